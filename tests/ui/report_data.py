"""Three weeks of a patient's records as a physiotherapist would read them in the report: an adopted
plan, routines on most working days (some ended early), pain before and after, daily check-ins with
stiffness and sleep, reminders answered in every way, heat in the evenings, and new symptoms."""

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from coach.clock import FakeClock
from coach.domain.heat import BodyArea, HeatSource
from coach.domain.history import SessionStatus
from coach.domain.onboarding import Onboarding
from coach.domain.reminders import ReminderEvent
from coach.domain.routines import Routine
from coach.domain.safety import RedFlag, Urgency
from coach.domain.schedule import ReminderKind
from coach.domain.session import StepResult
from coach.domain.timers import Timer, TimerKind, TimerStatus
from coach.ui.lifecycle import startup
from tests.helpers import REPO_ROOT

ZONE = ZoneInfo("Europe/Berlin")
FIRST = date(2026, 5, 18)  # a Monday
LAST = date(2026, 6, 7)  # a Sunday: three weeks
FLAG_DAY = 9  # a check-in reports weakness in an arm: "contact your doctor today"
PLAN_FILE = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"


@dataclass(frozen=True)
class Seeded:
    first: date
    last: date
    sessions: int
    checkins: int


def set_clock(clock: FakeClock, moment: datetime) -> None:
    clock.jump_wall((moment - clock.now()).total_seconds())


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


def adopt_example_plan(
    services: startup.Services, clock: FakeClock, folder: Path, first: date = FIRST
) -> Routine:
    """The example plan, dated to start with the period; returns its scheduled routine."""
    from coach.services.plans import read_plan

    data = json.loads(PLAN_FILE.read_text(encoding="utf-8"))
    data["start"] = first.isoformat()
    data["review"] = (first + timedelta(days=28)).isoformat()
    path = folder / "plan.coachplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    set_clock(clock, local(first, 8))
    plan = read_plan(path)
    services.repo.adopt_plan(plan, "test")
    return plan.scheduled_routine()


def seed_three_weeks(
    services: startup.Services,
    clock: FakeClock,
    folder: Path,
    first: date = FIRST,
    last: date = LAST,
) -> Seeded:
    """Fill the store for `first`..`last` (three weeks unless told); the clock ends the morning
    after `last`."""
    rng = random.Random(17)
    repo = services.repo
    routine = adopt_example_plan(services, clock, folder, first)
    repo.save_onboarding(
        Onboarding(updated_at=clock.now()).with_answers(frozenset(RedFlag), frozenset())
    )
    sessions = checkins = 0
    day = first
    while day <= last:
        n = (day - first).days
        working = day.weekday() < 5
        for hour, minute in ((10, 30), (15, 0)) if working else ():
            due = local(day, hour, minute)
            set_clock(clock, due)
            repo.record_reminder_event(ReminderKind.ROUTINE, ReminderEvent.SHOWN, due, routine.id)
            answer = rng.random()
            if answer < 0.15:
                repo.record_reminder_event(
                    ReminderKind.ROUTINE, ReminderEvent.SKIPPED, due, routine.id
                )
                continue
            if answer < 0.3:
                repo.record_reminder_event(
                    ReminderKind.ROUTINE, ReminderEvent.SNOOZED, due, routine.id
                )
                set_clock(clock, due + timedelta(minutes=10))
            repo.record_reminder_event(ReminderKind.ROUTINE, ReminderEvent.STARTED, due, routine.id)
            _session(services, clock, routine, rng, n)
            sessions += 1
        _movement_breaks(services, clock, rng, day, working)
        if n % 2 == 0:
            _heat(services, clock, local(day, 19, 30), rng)
        pain = max(1, round(6 - 3 * min(n, 21) / 21 + rng.choice((-1, 0, 0, 1))))
        set_clock(clock, local(day, 17))
        repo.add_checkin(
            pain,
            rng.choice(("", "", "", "Stiff after a long meeting.", "Slept badly, neck sore.")),
            at=local(day, 17),
            stiffness=max(0, min(10, pain + rng.choice((-1, 0, 1)))),
            sleep=min(10, 4 + min(n, 21) // 5 + rng.choice((0, 1))),
            symptoms=("arm_or_hand_weakness",) if n == FLAG_DAY else (),
        )
        if n == FLAG_DAY:  # the check-in's "same day" answer stands until a clinician checked it
            repo.record_safety_flag(Urgency.SAME_DAY, ("arm_or_hand_weakness",), "check_in")
        if n == FLAG_DAY + 2:
            repo.clear_safety_flags()
        checkins += 1
        day += timedelta(days=1)
    set_clock(clock, local(last + timedelta(days=1), 9))
    return Seeded(first, last, sessions, checkins)


def _session(
    services: startup.Services, clock: FakeClock, routine: Routine, rng: random.Random, n: int
) -> None:
    repo = services.repo
    before = max(1, round(5 - 2 * min(n, 21) / 21 + rng.choice((-1, 0, 1))))
    session = repo.start_session(routine, before)
    stop_at = len(routine.steps) if rng.random() > 0.15 else rng.randrange(1, len(routine.steps))
    moment = clock.now()
    for index, step in enumerate(routine.steps[:stop_at]):
        seconds = step.dosage.seconds()
        end = moment + timedelta(seconds=seconds + 5)
        last = index == stop_at - 1 and stop_at < len(routine.steps)
        repo.record_step(
            session,
            StepResult(index, step.exercise_id, moment, end, not last, step.dosage.reps, seconds),
        )
        moment = end
    set_clock(clock, moment)
    if stop_at < len(routine.steps):
        repo.finish_session(session, SessionStatus.ENDED_EARLY, None, "the user ended it")
    else:
        after = max(0, before - rng.choice((0, 1, 1, 2, 2, 3)))
        repo.finish_session(session, SessionStatus.COMPLETED, after)


def _movement_breaks(
    services: startup.Services, clock: FakeClock, rng: random.Random, day: date, working: bool
) -> None:
    if not working:
        return
    repo = services.repo
    for slot in range(14):
        due = local(day, 9) + timedelta(minutes=30 * (slot + 1))
        set_clock(clock, due)
        if rng.random() < 0.05:
            repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.MISSED, due)
            continue
        repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.SHOWN, due)
        answer = rng.random()
        event = (
            ReminderEvent.STARTED
            if answer < 0.55
            else ReminderEvent.SNOOZED
            if answer < 0.7
            else ReminderEvent.SKIPPED
            if answer < 0.9
            else None
        )
        if event is not None:
            repo.record_reminder_event(ReminderKind.MOVEMENT, event, due)


def _heat(
    services: startup.Services, clock: FakeClock, start: datetime, rng: random.Random
) -> None:
    set_clock(clock, start)
    services.repo.record_reminder_event(ReminderKind.HEAT, ReminderEvent.SHOWN, start)
    services.repo.record_reminder_event(ReminderKind.HEAT, ReminderEvent.STARTED, start)
    minutes = rng.choice((10, 15, 15))
    services.repo.save_timer(
        Timer(
            TimerKind.HEAT,
            "Heat",
            minutes * 60,
            start,
            status=TimerStatus.COMPLETED,
            source=HeatSource.PAD,
            area=BodyArea.UPPER_BACK,
            ended_at=start + timedelta(minutes=minutes),
            actual_seconds=minutes * 60,
        )
    )
