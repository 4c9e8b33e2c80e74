"""A guided session as the player records it through the sessions service: each write committed
at once and announced; one that cannot be made is a ServiceError, and what was written before it
stays."""

from datetime import timedelta

import pytest

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine
from coach.domain.session import StepResult
from coach.services.catalog import builtin_catalog
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.sessions import SessionService
from tests.services.conftest import read_only


def desk_reset() -> Routine:
    return next(r for r in builtin_catalog().routines if r.id == "desk_reset")


def first_step(routine: Routine, clock: FakeClock) -> StepResult:
    step = routine.steps[0]
    start = clock.now()
    return StepResult(0, step.exercise_id, start, start + timedelta(seconds=30), True, 5, 30.0)


def test_a_session_is_recorded_write_by_write(
    context: ServiceContext, clock: FakeClock, announced: list[Change]
) -> None:
    sessions = SessionService(context)
    routine = desk_reset()
    session_id = sessions.start(routine, 3)
    sessions.record_step(session_id, first_step(routine, clock))
    clock.advance(60)
    sessions.finish(session_id, SessionStatus.STOPPED_PAIN, stop_reason="the user reported pain")
    sessions.set_symptoms(session_id, ("numbness",))
    sessions.set_pain_after(session_id, 6)
    assert announced == [Change.SESSIONS] * 5
    record = sessions.session(session_id)
    assert record is not None
    assert (record.routine_id, record.pain_before, record.pain_after) == ("desk_reset", 3, 6)
    assert (record.status, record.stop_reason) == (
        SessionStatus.STOPPED_PAIN,
        "the user reported pain",
    )
    assert (record.steps_completed, record.symptoms) == (1, ("numbness",))
    assert sessions.session(session_id + 1) is None


def test_a_write_that_cannot_be_made_keeps_what_came_before(
    context: ServiceContext, clock: FakeClock, announced: list[Change]
) -> None:
    sessions = SessionService(context)
    routine = desk_reset()
    session_id = sessions.start(routine, None)
    with read_only(context):
        with pytest.raises(ServiceError) as caught:
            sessions.record_step(session_id, first_step(routine, clock))
        assert str(caught.value.message).startswith("Not saved: ")
        assert caught.value.outside_coach
        with pytest.raises(ServiceError):
            sessions.start(routine, 2)
    assert announced == [Change.SESSIONS]
    record = sessions.session(session_id)
    assert record is not None and record.steps_recorded == 0


def test_a_rating_out_of_range_is_refused(context: ServiceContext) -> None:
    sessions = SessionService(context)
    with pytest.raises(ValueError):
        sessions.start(desk_reset(), 11)
    session_id = sessions.start(desk_reset(), None)
    with pytest.raises(ValueError):
        sessions.set_pain_after(session_id, -1)
