"""A session's time, defined once (coach.domain.session_time): the active time of its steps, and
beside it the time from start to end when that is known and can be right."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.session_time import SessionTime, record_time, session_time

START = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


def record(active: float, ended_after: float | None, status: SessionStatus) -> SessionRecord:
    return SessionRecord(
        id=1,
        routine_id="desk_reset",
        routine_name="3-minute desk reset",
        planned_seconds=180,
        started_at=START,
        ended_at=None if ended_after is None else START + timedelta(seconds=ended_after),
        status=status,
        pain_before=4,
        pain_after=None,
        stop_reason="",
        steps_completed=3,
        steps_recorded=3,
        active_seconds=active,
    )


def test_the_active_time_is_the_sessions_time_and_start_to_end_stands_beside_it() -> None:
    """The review's routine: 1:55 of holds and movements in 2:59 from start to end."""
    assert record_time(record(115.0, 179.0, SessionStatus.COMPLETED)) == SessionTime(115.0, 179.0)


def test_a_session_without_an_end_has_only_its_active_time() -> None:
    assert record_time(record(40.0, None, SessionStatus.IN_PROGRESS)) == SessionTime(40.0, None)


def test_a_start_to_end_shorter_than_the_active_time_is_not_believed() -> None:
    """A clock moved back mid-routine, or rows from a hand-made backup."""
    assert session_time(80.0, START, START) == SessionTime(80.0, None)
    assert session_time(80.0, START, START - timedelta(hours=1)) == SessionTime(80.0, None)


@given(
    st.floats(0, 10_000, allow_nan=False),
    st.floats(-10_000, 100_000, allow_nan=False),
)
def test_start_to_end_is_never_below_the_active_time(active: float, after: float) -> None:
    time = session_time(active, START, START + timedelta(seconds=after))
    assert time.active == active
    assert time.start_to_end is None or time.start_to_end >= time.active
