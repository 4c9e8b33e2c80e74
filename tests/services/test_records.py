"""Check-ins, the day's records, interrupted routines, safety flags, timers, reminders' data and
the user's routines, through their services: each write is committed and announced, each refused
write is a ServiceError in the store's words and announces nothing."""

from datetime import UTC, timedelta

import pytest

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.reminders import ReminderEvent, ReminderSettings
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import FlagSource, Symptom
from coach.domain.schedule import ReminderKind
from coach.domain.timers import TimerBoard, TimerKind
from coach.services.active_plan import ActivePlanService
from coach.services.catalog import builtin_catalog
from coach.services.changes import Change
from coach.services.checkins import CheckinService
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.history import HistoryService
from coach.services.reminders import ReminderService
from coach.services.routines import RoutineService
from coach.services.safety import SafetyService
from coach.services.timers import TimerService
from tests.services.conftest import read_only


def test_a_check_in_is_saved_changed_and_deleted(
    context: ServiceContext, announced: list[Change]
) -> None:
    service = CheckinService(context)
    saved = service.save(6, "after lunch", stiffness=3, symptoms=("numbness",))
    assert saved.id > 0 and saved.pain == 6 and saved.symptoms == ("numbness",)
    service.edit(saved.id, 4, "better", None, 7, ())
    now = context.clock.now()
    (edited,) = service.between(now - timedelta(hours=1), now + timedelta(hours=1))
    assert (edited.pain, edited.note, edited.sleep, edited.symptoms) == (4, "better", 7, ())
    service.delete(saved.id)
    assert service.between(now - timedelta(hours=1), now + timedelta(hours=1)) == []
    assert announced == [Change.CHECKINS] * 3


def test_a_check_in_that_is_refused_is_not_saved_and_not_announced(
    context: ServiceContext, announced: list[Change]
) -> None:
    with read_only(context), pytest.raises(ServiceError) as caught:
        CheckinService(context).save(5)
    assert str(caught.value.message).startswith("Not saved: ")
    assert caught.value.outside_coach
    assert announced == []


def test_the_day_holds_check_ins_sessions_and_finished_timers_only(
    context: ServiceContext, clock: FakeClock, announced: list[Change]
) -> None:
    repo = context.repo
    repo.add_checkin(3)
    routine = builtin_catalog().routines[0]
    session = repo.start_session(routine, 4)
    repo.finish_session(session, SessionStatus.COMPLETED, 2)
    board = TimerBoard(clock)
    timers = TimerService(context)
    running = board.start(TimerKind.CUSTOM, 600, "Tea")
    timers.save(running)
    done = board.start(TimerKind.CUSTOM, 60, "Short")
    timers.save(done)
    clock.advance(61)
    for event in board.due():
        timers.save(event.timer)
    day = HistoryService(context).recorded_on(clock.now())
    assert [c.pain for c in day.checkins] == [3]
    assert [s.routine_id for s in day.sessions] == [routine.id]
    assert [t.label for t in day.timers] == ["Short"]  # the running one is on the board
    assert [s.id for s in HistoryService(context).sessions_within(timedelta(days=7))] == [session]
    yesterday = HistoryService(context).recorded_on(clock.now() - timedelta(days=1))
    assert yesterday == ([], [], [])
    assert set(announced) == {Change.TIMERS}  # the check-in and session went in below it


def test_the_week_has_each_days_mean_pain_today_last_and_the_streak(
    context: ServiceContext, clock: FakeClock
) -> None:
    repo = context.repo
    now = clock.now()  # Wednesday 10 June 2026, 09:30 UTC
    repo.add_checkin(2, at=now)
    repo.add_checkin(5, at=now - timedelta(days=2))
    repo.add_checkin(6, at=now - timedelta(days=2, hours=1))
    repo.add_checkin(9, at=now - timedelta(days=7))  # eight days ago: not in the week
    routine = builtin_catalog().routines[0]
    clock.jump_wall(-86400)  # a routine done yesterday and one today
    for _day in range(2):
        session = repo.start_session(routine, 4)
        repo.finish_session(session, SessionStatus.COMPLETED, 2)
        clock.jump_wall(86400)
    clock.jump_wall(-86400)
    history = HistoryService(context)
    week = history.week_pains(UTC)
    assert [day.isoformat() for day, _pain in week] == [
        "2026-06-04",
        "2026-06-05",
        "2026-06-06",
        "2026-06-07",
        "2026-06-08",
        "2026-06-09",
        "2026-06-10",
    ]
    assert [pain for _day, pain in week] == [None, None, None, None, 5.5, None, 2.0]
    assert history.streak(frozenset(range(5)), UTC) == 2  # yesterday and today


def test_routines_cut_off_by_the_last_run_are_closed_once(
    context: ServiceContext, announced: list[Change]
) -> None:
    routine = builtin_catalog().routines[0]
    context.repo.start_session(routine, None)
    history = HistoryService(context)
    (closed,) = history.close_interrupted_sessions()
    assert closed.status is SessionStatus.INTERRUPTED
    assert history.close_interrupted_sessions() == []
    assert announced == [Change.SESSIONS]  # only when something was closed


def test_the_progress_records_are_the_stores_series(context: ServiceContext) -> None:
    context.repo.add_checkin(5)
    records = HistoryService(context).progress_records()
    assert [pain for _at, pain in records.ratings] == [5]
    assert records.exercise == [] and records.heat == []


def test_a_safety_flag_is_raised_read_and_cleared(
    context: ServiceContext, announced: list[Change]
) -> None:
    service = SafetyService(context)
    assert not service.any_open()
    assert service.raise_for([Symptom.TINGLING], FlagSource.CHECK_IN) is None  # not urgent
    assert announced == []
    flag = service.raise_for([Symptom.CHEST_PAIN, Symptom.TINGLING], FlagSource.CHECK_IN)
    assert flag is not None and flag.reasons == ("chest_pain",)
    assert service.any_open()
    assert [f.id for f in service.open_flags()] == [flag.id]
    assert service.clear() == 1
    assert not service.any_open()
    assert announced == [Change.SAFETY, Change.SAFETY]


def test_a_safety_flag_that_cannot_be_stored_is_a_service_error(
    context: ServiceContext, announced: list[Change]
) -> None:
    with read_only(context), pytest.raises(ServiceError):
        SafetyService(context).raise_for([Symptom.CHEST_PAIN], FlagSource.CHECK_IN)
    assert announced == []
    assert not SafetyService(context).any_open()


def test_a_timer_that_cannot_be_stored_says_why_in_sqlites_words(
    context: ServiceContext, clock: FakeClock, announced: list[Change]
) -> None:
    timer = TimerBoard(clock).start(TimerKind.REST, 300)
    with read_only(context), pytest.raises(ServiceError) as caught:
        TimerService(context).save(timer)
    assert "read-only" in str(caught.value.reason)
    assert announced == []
    assert TimerService(context).active([]) == []


def test_heat_limits_are_coachs_own_without_a_plan(context: ServiceContext) -> None:
    limits = TimerService(context).heat_limits()
    assert limits.cap_minutes > 0
    assert TimerService(context).heat_uses_since(context.clock.now()) == []


def test_reminder_settings_state_and_events(
    context: ServiceContext, announced: list[Change]
) -> None:
    service = ReminderService(context)
    settings, problem = service.settings()
    assert problem is None and settings == ReminderSettings()
    service.save_settings(settings)
    assert announced == [Change.REMINDERS]
    state = service.state()
    service.save_state(state)
    service.record_event(ReminderKind.MOVEMENT, ReminderEvent.SNOOZED, context.clock.now())
    assert announced == [Change.REMINDERS]  # neither shows anywhere
    with read_only(context), pytest.raises(ServiceError):
        service.save_settings(settings)


def test_the_users_routines_are_saved_and_deleted(
    context: ServiceContext, announced: list[Change]
) -> None:
    library = builtin_catalog().library
    first = library.exercises[0]
    service = RoutineService(context)
    saved = service.save(Routine("", "Mine", "", (RoutineStep(first.id, first.dosage),)), library)
    assert saved.id.startswith("user:")
    assert [r.id for r in service.user_routines(library)[0]] == [saved.id]
    service.delete(saved)
    assert service.user_routines(library) == ([], [])
    assert announced == [Change.ROUTINES, Change.ROUTINES]


def test_no_active_plan(context: ServiceContext) -> None:
    plan = ActivePlanService(context)
    assert not plan.any() and plan.title() is None and plan.summary() is None
