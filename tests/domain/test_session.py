from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.clock import FakeClock
from coach.domain.exercises import RELAX_SECONDS, Dosage
from coach.domain.routines import PREPARE_SECONDS, SWITCH_SECONDS, Routine, RoutineStep
from coach.domain.session import (
    PhaseKind,
    PhaseStarted,
    Session,
    SessionEnded,
    SessionState,
    Side,
    StepFinished,
    build_phases,
)


def routine(*steps: tuple[str, Dosage]) -> Routine:
    return Routine("r", "Test routine", "", tuple(RoutineStep(i, d) for i, d in steps))


HOLDS = Dosage(hold_seconds=5, reps=2, sets=2, rest_seconds=10, per_side=True)
MOVES = Dosage(reps=3, rep_seconds=4)


def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 10, tzinfo=UTC))


def test_the_timeline_of_a_two_sided_two_set_hold() -> None:
    phases = build_phases(routine(("neck_side_bend", HOLDS)))
    kinds = [(p.kind, p.set_number, p.side, p.rep_number, p.seconds) for p in phases]
    hold, relax = PhaseKind.HOLD, PhaseKind.RELAX
    left, right = Side.LEFT, Side.RIGHT
    assert kinds == [
        (PhaseKind.PREPARE, 0, None, 0, PREPARE_SECONDS),
        (hold, 1, left, 1, 5),
        (relax, 1, left, 1, RELAX_SECONDS),
        (hold, 1, left, 2, 5),
        (PhaseKind.SWITCH, 1, None, 0, SWITCH_SECONDS),
        (hold, 1, right, 1, 5),
        (relax, 1, right, 1, RELAX_SECONDS),
        (hold, 1, right, 2, 5),
        (PhaseKind.REST, 1, None, 0, 10),
        (hold, 2, left, 1, 5),
        (relax, 2, left, 1, RELAX_SECONDS),
        (hold, 2, left, 2, 5),
        (PhaseKind.SWITCH, 2, None, 0, SWITCH_SECONDS),
        (hold, 2, right, 1, 5),
        (relax, 2, right, 1, RELAX_SECONDS),
        (hold, 2, right, 2, 5),
    ]


def test_a_whole_routine_runs_to_the_end_on_the_clock() -> None:
    fake = clock()
    session = Session(routine(("chin_tuck", MOVES), ("neck_side_bend", HOLDS)), fake)
    events = session.start()
    assert isinstance(events[0], PhaseStarted) and events[0].first_of_step
    seen: list[object] = list(events)
    for _ in range(session.total_seconds):
        fake.advance(1)
        seen.extend(session.update())
    finished = [e.result for e in seen if isinstance(e, StepFinished)]
    assert [(r.exercise_id, r.completed, r.reps_done) for r in finished] == [
        ("chin_tuck", True, 3),
        ("neck_side_bend", True, 8),
    ]
    assert finished[0].active_seconds == 12
    assert isinstance(seen[-1], SessionEnded) and seen[-1].state is SessionState.FINISHED
    assert session.elapsed_seconds() == session.total_seconds
    assert sum(isinstance(e, PhaseStarted) for e in seen) == len(session.phases)


def test_a_late_update_catches_up_without_drift() -> None:
    fake = clock()
    session = Session(routine(("shoulder_rolls", MOVES)), fake)
    session.start()
    fake.advance(PREPARE_SECONDS + 4 + 1.5)  # one update, well after two deadlines
    events = session.update()
    assert [e.phase.rep_number for e in events if isinstance(e, PhaseStarted)] == [1, 2]
    assert session.phase_remaining() == pytest.approx(2.5)


def test_pause_and_resume_keep_the_remaining_time_exact() -> None:
    fake = clock()
    session = Session(routine(("chin_tuck", Dosage(hold_seconds=20, reps=1))), fake)
    session.start()
    fake.advance(PREPARE_SECONDS)
    session.update()
    fake.advance(7.25)
    session.pause()
    assert session.phase_remaining() == pytest.approx(12.75)
    fake.advance(300)
    assert session.update() == []
    assert session.phase_remaining() == pytest.approx(12.75)
    session.resume()
    fake.advance(12.7)
    assert session.update() == []
    fake.advance(0.05)
    assert isinstance(session.update()[-1], SessionEnded)
    assert session.active_seconds() == pytest.approx(PREPARE_SECONDS + 20)


def test_a_suspended_laptop_pauses_rather_than_skips() -> None:
    fake = clock()
    session = Session(routine(("chin_tuck", Dosage(hold_seconds=20, reps=1))), fake)
    session.start()
    fake.suspend(3600)  # the wall clock moves, the monotonic one does not
    assert session.update() == []
    assert session.phase.kind is PhaseKind.PREPARE


def test_skip_records_the_exercise_as_not_completed_and_moves_on() -> None:
    fake = clock()
    session = Session(routine(("chin_tuck", MOVES), ("neck_rotation", MOVES)), fake)
    session.start()
    fake.advance(PREPARE_SECONDS + 4)
    session.update()
    events = session.skip()
    assert isinstance(events[0], StepFinished)
    assert (events[0].result.completed, events[0].result.reps_done) == (False, 1)
    assert session.step_index == 1 and session.phase.kind is PhaseKind.PREPARE
    events = session.skip()
    assert isinstance(events[-1], SessionEnded) and session.state is SessionState.FINISHED


def test_back_restarts_the_exercise_or_goes_to_the_previous_one() -> None:
    fake = clock()
    session = Session(routine(("chin_tuck", MOVES), ("neck_rotation", MOVES)), fake)
    session.start()
    fake.advance(PREPARE_SECONDS + 8)
    session.update()
    session.back()  # well into the first exercise: restart it
    assert (session.step_index, session.phase.kind) == (0, PhaseKind.PREPARE)
    session.skip()
    fake.advance(1)
    session.back()  # one second into the second exercise: back to the first
    assert session.step_index == 0
    assert session.results[-1].completed is False  # the skip was recorded, the back was not


def test_end_early_records_the_partial_exercise() -> None:
    fake = clock()
    session = Session(routine(("chin_tuck", Dosage(hold_seconds=10, reps=3))), fake)
    session.start()
    fake.advance(PREPARE_SECONDS + 4)
    session.update()
    events = session.end_early()
    result = events[0].result if isinstance(events[0], StepFinished) else None
    assert result is not None and not result.completed
    assert result.active_seconds == pytest.approx(4)
    assert session.state is SessionState.ENDED_EARLY
    assert session.end_early() == []


def test_ending_before_starting_records_nothing() -> None:
    session = Session(routine(("chin_tuck", MOVES)), clock())
    assert session.end_early() == [SessionEnded(SessionState.ENDED_EARLY)]


dosages = st.builds(
    Dosage,
    hold_seconds=st.sampled_from([0, 5, 30]),
    reps=st.integers(1, 5),
    sets=st.integers(1, 3),
    rest_seconds=st.sampled_from([0, 15]),
    per_side=st.booleans(),
    rep_seconds=st.sampled_from([3, 5]),
)


@given(st.lists(dosages, min_size=1, max_size=4))
def test_planned_duration_is_the_sum_of_the_steps(step_dosages: list[Dosage]) -> None:
    plan = routine(*((f"ex{i}", d) for i, d in enumerate(step_dosages)))
    session = Session(plan, clock())
    assert session.total_seconds == plan.planned_seconds()
    assert plan.planned_seconds() == sum(
        PREPARE_SECONDS + d.seconds() + d.sets * (d.sides - 1) * SWITCH_SECONDS
        for d in step_dosages
    )


actions = st.lists(
    st.tuples(
        st.sampled_from(["wait", "pause", "resume", "skip", "back", "update"]),
        st.floats(0, 20, allow_nan=False),
    ),
    max_size=40,
)


@settings(max_examples=150)
@given(st.lists(dosages, min_size=1, max_size=3), actions)
def test_time_never_runs_backwards(
    step_dosages: list[Dosage], steps: list[tuple[str, float]]
) -> None:
    fake = clock()
    session = Session(routine(*((f"ex{i}", d) for i, d in enumerate(step_dosages))), fake)
    session.start()
    active = session.active_seconds()
    position = session.elapsed_seconds()
    for action, seconds in steps:
        fake.advance(seconds)
        went_back = False
        if action == "pause":
            session.pause()
        elif action == "resume":
            session.resume()
        elif action == "skip":
            session.skip()
        elif action == "back":
            session.back()
            went_back = True
        session.update()
        assert session.active_seconds() >= active
        assert 0 <= session.phase_remaining() <= session.phase.seconds
        if not went_back:
            assert session.elapsed_seconds() >= position - 1e-9
        active, position = session.active_seconds(), session.elapsed_seconds()


def test_an_action_first_finishes_what_was_already_due() -> None:
    """Review finding: End pressed just after the routine's time was up recorded it as ended early."""
    fake = clock()
    session = Session(routine(("chin_tuck", MOVES)), fake)
    session.start()
    fake.advance(session.total_seconds + 0.05)
    events = session.end_early()
    finished = [e.result for e in events if isinstance(e, StepFinished)]
    assert [(r.completed, r.reps_done) for r in finished] == [(True, 3)]
    assert session.state is SessionState.FINISHED
    paused = Session(routine(("chin_tuck", MOVES)), fake)
    paused.start()
    fake.advance(paused.total_seconds + 0.05)
    assert isinstance(paused.pause()[-1], SessionEnded)
    assert paused.state is SessionState.FINISHED


def test_skip_keeps_the_time_already_spent_on_the_exercise() -> None:
    fake = clock()
    session = Session(routine(("chin_tuck", Dosage(hold_seconds=10, reps=2))), fake)
    session.start()
    fake.advance(PREPARE_SECONDS + 8)
    (finished,) = [e for e in session.skip() if isinstance(e, StepFinished)]
    assert finished.result.active_seconds == pytest.approx(8)
