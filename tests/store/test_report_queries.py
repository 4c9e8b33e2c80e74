"""The store's queries behind the clinician report: steps per exercise, reminder answers counted,
and when Coach first recorded anything."""

from datetime import UTC, datetime, timedelta

import pytest

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.reminders import ReminderEvent
from coach.domain.routines import Routine
from coach.domain.schedule import ReminderKind
from coach.domain.session import StepResult
from coach.store.repo import Repo
from tests.store.conftest import StoreDirs


@pytest.fixture
def repo(dirs: StoreDirs, clock: FakeClock) -> Repo:
    return Repo(dirs.open(clock).connection, clock)


def _step(index: int, exercise: str, at: datetime, completed: bool) -> StepResult:
    return StepResult(index, exercise, at, at + timedelta(seconds=30), completed, 5, 30.0)


def test_step_counts_per_exercise_in_the_period(repo: Repo, clock: FakeClock) -> None:
    routine = Routine("desk_reset", "Desk reset", "", ())
    start = clock.now()
    session = repo.start_session(routine, 3)
    now = clock.now()
    repo.record_step(session, _step(0, "chin_tuck", now, True))
    repo.record_step(session, _step(0, "chin_tuck", now, True))  # the same step again: once
    repo.record_step(session, _step(1, "neck_side_bend", now, False))
    repo.record_step(session, _step(2, "chin_tuck", now, True))
    repo.finish_session(session, SessionStatus.ENDED_EARLY)
    clock.advance(86400)
    later = repo.start_session(routine, None)
    repo.record_step(later, _step(0, "chin_tuck", clock.now(), True))
    counts = repo.step_counts_between(start, start + timedelta(hours=1))
    assert counts == {"chin_tuck": (2, 2), "neck_side_bend": (0, 1)}
    assert repo.step_counts_between(start, clock.now() + timedelta(1))["chin_tuck"] == (3, 3)


def test_reminder_events_are_counted_by_kind_and_answer(repo: Repo, clock: FakeClock) -> None:
    start = clock.now()
    for event in (ReminderEvent.SHOWN, ReminderEvent.SNOOZED, ReminderEvent.SHOWN):
        repo.record_reminder_event(ReminderKind.MOVEMENT, event, clock.now())
    repo.record_reminder_event(ReminderKind.ROUTINE, ReminderEvent.SKIPPED, clock.now(), "x")
    repo.connection.execute(
        "INSERT INTO reminder_events (kind, routine_id, due_at, event, at) VALUES"
        " ('newer_kind', '', ?, 'shown', ?)",
        (clock.now().isoformat(), clock.now().isoformat()),
    )
    counts = repo.reminder_event_counts(start, start + timedelta(minutes=1))
    assert counts == {
        (ReminderKind.MOVEMENT, ReminderEvent.SHOWN): 2,
        (ReminderKind.MOVEMENT, ReminderEvent.SNOOZED): 1,
        (ReminderKind.ROUTINE, ReminderEvent.SKIPPED): 1,
    }
    assert repo.reminder_event_counts(start + timedelta(minutes=1), start + timedelta(1)) == {}


def test_first_record_is_the_earliest_of_any_kind(repo: Repo, clock: FakeClock) -> None:
    assert repo.first_record_at() is None
    repo.add_checkin(4, at=datetime(2026, 3, 2, 9, tzinfo=UTC))
    repo.record_reminder_event(
        ReminderKind.MOVEMENT, ReminderEvent.SHOWN, datetime(2026, 3, 1, tzinfo=UTC)
    )  # recorded now, whenever it was due
    assert repo.first_record_at() == datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_the_progress_series_are_unix_seconds_oldest_first(repo: Repo, clock: FakeClock) -> None:
    """SQLite turns the stored times into Unix seconds (to the millisecond) and adds the time
    spent, so ten years of rows need no datetime each: (start, end, 1 if completed else 0)."""
    routine = Routine("desk_reset", "Desk reset", "", ())
    kept_at = clock.now()
    kept = repo.start_session(routine, None)
    repo.record_step(kept, _step(0, "chin_tuck", kept_at, True))  # 30 s of exercise
    repo.finish_session(kept, SessionStatus.COMPLETED)
    clock.advance(3600.25)
    stopped_at = clock.now()
    stopped = repo.start_session(routine, None)
    repo.record_step(
        stopped,
        StepResult(0, "chin_tuck", stopped_at, stopped_at + timedelta(seconds=13), False, 2, 12.5),
    )
    repo.finish_session(stopped, SessionStatus.ENDED_EARLY)
    repo.start_session(routine, None)  # still running: not a record yet
    repo.add_checkin(3, at=kept_at)
    repo.add_checkin(6, at=kept_at - timedelta(days=1))
    heat_at = kept_at - timedelta(hours=2)
    repo.connection.execute(
        "INSERT INTO timers (kind, planned_seconds, started_at, status, actual_seconds)"
        " VALUES ('heat', 900, ?, 'completed', 600.5)",
        (heat_at.isoformat(),),
    )
    day = 86400.0
    assert repo.checkin_ratings() == [(kept_at.timestamp() - day, 6), (kept_at.timestamp(), 3)]
    start, later = kept_at.timestamp(), stopped_at.timestamp()
    assert repo.exercise_intervals() == [(start, start + 30.0, 1), (later, later + 12.5, 0)]
    assert repo.heat_intervals() == [(heat_at.timestamp(), heat_at.timestamp() + 600.5)]


def test_reminder_responses_are_read_in_time_order_without_missed_ones(
    repo: Repo, clock: FakeClock
) -> None:
    """The Progress page's weekly chart reads every reminder shown, started, snoozed or skipped
    as (Unix time, event); missed reminders were never shown."""
    first = clock.now()
    repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.SHOWN, first)
    clock.advance(60)
    repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.SNOOZED, first)
    repo.record_reminder_event(ReminderKind.ROUTINE, ReminderEvent.MISSED, first, "desk_reset")
    clock.advance(60)
    repo.record_reminder_event(ReminderKind.CHECKIN, ReminderEvent.STARTED, first)
    rows = repo.reminder_responses_at()
    start = first.timestamp()
    assert rows == [(start, "shown"), (start + 60, "snoozed"), (start + 120, "started")]


def test_the_progress_range_chosen_is_kept(repo: Repo) -> None:
    assert repo.progress_range() is None
    repo.save_progress_range("1y")
    repo.save_progress_range("3m")
    assert repo.progress_range() == "3m"


def test_reminder_responses_are_read_for_a_period(repo: Repo, clock: FakeClock) -> None:
    first = clock.now()
    repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.SHOWN, first)
    clock.advance(3600)
    repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.SHOWN, first)
    rows = repo.reminder_responses_at(first, first + timedelta(minutes=30))
    assert rows == [(first.timestamp(), "shown")]
