"""The clinician report's data for a period, read and summed up without Qt: the records inside
the period only, the plan with the doses in use, adherence from the day Coach was first used, and
a period Coach cannot report on refused before anything is read. The PDF built from it is tested
in tests/ui/test_report.py."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.clock import FakeClock
from coach.domain.dosing import Decision, DoseChange
from coach.domain.history import SessionStatus
from coach.domain.reminders import ReminderEvent, ReminderSettings
from coach.domain.safety import Direction, Reason, Urgency
from coach.domain.schedule import ReminderKind
from coach.services.catalog import builtin_catalog
from coach.services.context import ServiceContext
from coach.services.doses import DoseService
from coach.services.plans import PlanService, read_plan
from coach.services.report import PeriodError, ReportRequest, ReportService
from tests.helpers import REPO_ROOT

ZONE = ZoneInfo("Europe/Berlin")
NECK = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"
FIRST = date(2026, 6, 1)  # a Monday
LAST = date(2026, 6, 7)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), ZONE)


def set_clock(clock: FakeClock, moment: datetime) -> None:
    clock.jump_wall((moment - clock.now()).total_seconds())


def test_the_period_holds_its_own_records_only(context: ServiceContext, clock: FakeClock) -> None:
    repo = context.repo
    for day, pain, note in ((FIRST - timedelta(days=1), 8, "before"), (FIRST, 5, "first")):
        repo.add_checkin(pain, note, at=at(day, 17), stiffness=pain, sleep=6)
    repo.add_checkin(3, at=at(LAST, 17))
    set_clock(clock, at(FIRST, 10))
    desk = next(r for r in builtin_catalog().routines if r.id == "desk_reset")
    session = repo.start_session(desk, 4)
    clock.advance(180)
    repo.finish_session(session, SessionStatus.COMPLETED, 2)
    repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.SHOWN, at(FIRST, 11))
    repo.record_safety_flag(Urgency.SAME_DAY, ("arm_or_hand_weakness",), "check_in")
    set_clock(clock, at(LAST + timedelta(days=1), 9))
    data = ReportService(context).data(ReportRequest(FIRST, LAST, "Sam"), ZONE, ReminderSettings())
    assert (data.start, data.end) == (at(FIRST, 0), at(LAST + timedelta(days=1), 0))
    assert data.today == LAST + timedelta(days=1)
    assert [c.note for c in data.notes] == ["first"]
    assert [(w.week_start, w.checkins) for w in data.weeks] == [(FIRST, 2)]
    assert [s.id for s in data.sessions] == [session]
    assert data.pain_around is not None and data.pain_around.median_change == -2
    assert [f.reasons for f in data.safety_flags] == [("arm_or_hand_weakness",)]
    assert [(r.kind, r.shown) for r in data.reminders] == [(ReminderKind.MOVEMENT, 1)]
    assert data.adherence.done == {FIRST: 1}
    assert data.stored_plan is None and data.plan is None and data.heat == []
    assert data.answers is None and data.answers_problem is None


def test_the_plan_and_the_doses_in_use(context: ServiceContext, clock: FakeClock) -> None:
    set_clock(clock, at(FIRST, 8))
    plans = PlanService(context)
    plan = read_plan(NECK)
    plans.adopt(plan, "neck")
    routine = plan.routines[0]
    step = routine.steps[0]
    more = (
        replace(step, dosage=replace(step.dosage, reps=step.dosage.reps + 1)),
        *routine.steps[1:],
    )
    context.repo.add_dose_change(
        DoseChange(
            routine.id,
            routine.steps,
            more,
            Direction.UP,
            Reason.EASY_AND_REGULAR,
            Decision.ACCEPTED,
            clock.now(),
            plans.active_id(),
        )
    )
    context.repo.add_checkin(3, at=at(FIRST, 9))  # Coach was in use from the first day
    set_clock(clock, at(LAST, 20))
    data = ReportService(context).data(ReportRequest(FIRST, LAST), ZONE)  # settings as stored
    assert data.plan is not None and data.plan.title == plan.title
    assert data.stored_plan is not None and data.stored_plan.source == "neck"
    assert data.reminded is not None and data.reminded.id == plan.scheduled_routine().id
    assert [d.routine.id for d in data.dosed] == [r.id for r in plan.routines]
    assert data.dosed[0].in_use == DoseService(context).routine_at_dose(routine)
    assert data.dosed[0].in_use.steps == more
    assert {e.id for e in plan.exercises} <= {e.id for e in data.exercises}
    assert (data.adherence.first, data.adherence.last) == (FIRST, LAST)
    assert sum(data.adherence.planned.values()) > 0
    assert {row.exercise_id for row in data.exercise_adherence} >= {
        s.exercise_id for s in data.reminded.steps
    }


@pytest.mark.parametrize(
    ("first", "last"),
    [(date(2026, 6, 7), date(2026, 6, 1)), (date(2026, 1, 1), date(9999, 12, 31))],
    ids=["backwards", "beyond the years Coach records"],
)
def test_a_period_coach_cannot_report_on_is_refused(
    context: ServiceContext, first: date, last: date
) -> None:
    with pytest.raises(PeriodError):
        ReportService(context).data(ReportRequest(first, last), ZONE)
