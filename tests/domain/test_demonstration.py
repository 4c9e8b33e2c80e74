"""The figure in step with a session (issue 19, coach.domain.demonstration): a hold's position is
reached before the hold counts and left in the pause after it, a movement makes one cycle per rep,
per-side work is shown for its side, a pause freezes the figure and reduce motion has its stills."""

from datetime import UTC, datetime
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.clock import FakeClock
from coach.domain.demonstration import FigureMoment, figure_moment
from coach.domain.exercises import Dosage, load_library
from coach.domain.pose import BodySide, Motion
from coach.domain.routines import Routine, RoutineStep
from coach.domain.session import PhaseKind, Session
from tests.helpers import REPO_ROOT

LIBRARY = load_library(REPO_ROOT / "resources" / "exercises")
STEP = 0.05  # seconds between two looks, as a player ticking at 20 frames a second


def motion(exercise_id: str) -> Motion:
    exercise = LIBRARY.get(exercise_id)
    assert exercise is not None and exercise.motion is not None
    return exercise.motion


def session_of(exercise_id: str, dosage: Dosage) -> tuple[Session, FakeClock]:
    clock = FakeClock(datetime(2026, 3, 2, 10, tzinfo=UTC))
    routine = Routine("r", "Test", "", (RoutineStep(exercise_id, dosage),))
    session = Session(routine, clock)
    session.start()
    return session, clock


def walk(
    session: Session, clock: FakeClock, motion: Motion | None
) -> list[tuple[PhaseKind, int, float, FigureMoment]]:
    """(phase kind, phase index, seconds into it, moment) at every look until the end."""
    seen = []
    while not session.is_over:
        seen.append(
            (
                session.phase.kind,
                session.phase_index,
                session.phase_elapsed(),
                figure_moment(session, motion),
            )
        )
        clock.advance(STEP)
        session.update()
    return seen


HOLDS = Dosage(hold_seconds=5, reps=2, sets=2, rest_seconds=10, per_side=True)


def test_a_hold_is_reached_before_it_counts_held_while_it_counts_and_left_after() -> None:
    side_bend = motion("neck_side_bend")  # 1.5 s to move in
    session, clock = session_of("neck_side_bend", HOLDS)
    seen = walk(session, clock, side_bend)
    last = len(side_bend.keyframes) - 1
    for index, (kind, _, elapsed, moment) in enumerate(seen):
        if kind is PhaseKind.HOLD:
            # In position from the hold's first moment to its last, still, on the work's side.
            assert (moment.phase, moment.moving, moment.still) == (1.0, False, last)
            assert moment.side is not None
            before_kind, _, _, before = seen[index - 1]
            if before_kind is not PhaseKind.HOLD:  # the last look before the count began
                assert before.phase >= 1.0 - STEP / side_bend.move_seconds - 1e-9
                assert before.moving and not before.returning
        elif kind is PhaseKind.PREPARE:
            assert moment.still == 0
            if elapsed < 5 - side_bend.move_seconds:
                assert (moment.phase, moment.moving) == (0.0, False)  # the start position
            else:
                assert moment.moving and 0.0 <= moment.phase <= 1.0
    relax = [m for k, _, _, m in seen if k is PhaseKind.RELAX]
    assert relax[0].returning and relax[0].phase > 0.95  # out of the position ...
    assert min(m.phase for m in relax) <= STEP  # ... all the way ...
    assert not relax[-1].returning and relax[-1].phase > 0.9  # ... and back in
    assert all(m.still == 0 for m in relax)  # reduce motion: the start position between holds


def test_per_side_work_is_shown_for_its_side_and_the_switch_moves_out_then_in() -> None:
    session, clock = session_of("neck_side_bend", HOLDS)
    seen = walk(session, clock, motion("neck_side_bend"))
    for kind, index, _, moment in seen:
        if kind is PhaseKind.HOLD:
            side = session.phases[index].side
            assert side is not None and moment.side is BodySide(side.value)
    first_switch = [m for k, i, _, m in seen if k is PhaseKind.SWITCH and i == 4]
    assert first_switch[0].side is BodySide.LEFT and first_switch[0].returning
    assert first_switch[-1].side is BodySide.RIGHT and not first_switch[-1].returning
    rest = [m for k, _, _, m in seen if k is PhaseKind.REST]
    assert rest[0].side is BodySide.RIGHT and rest[0].returning  # the side just worked
    assert rest[-1].side is BodySide.LEFT and rest[-1].phase > 0.9  # the next set's first side
    assert any(m.phase == 0.0 and not m.moving for m in rest)  # resting in the start position


def test_a_movement_makes_one_cycle_per_rep_at_the_rep_tempo() -> None:
    rolls = motion("shoulder_rolls")
    session, clock = session_of("shoulder_rolls", Dosage(reps=3, rep_seconds=4))
    seen = walk(session, clock, rolls)
    reps: dict[int, list[tuple[float, FigureMoment]]] = {}
    for kind, index, elapsed, moment in seen:
        if kind is PhaseKind.MOVE:
            reps.setdefault(index, []).append((elapsed, moment))
        else:
            assert (moment.phase, moment.moving, moment.still) == (0.0, False, 0)
    assert len(reps) == 3
    far = 0.5  # the keyframe furthest round the roll (up and back)
    for moments in reps.values():
        phases = [m.phase for _, m in moments]
        assert phases[0] < STEP  # each rep starts from the start position
        assert all(b > a for a, b in pairwise(phases))  # one way round
        assert sum(a < far <= b for a, b in pairwise(phases)) == 1
        assert phases[-1] > 1 - 2 * STEP / 4  # and comes round by its end
        for elapsed, moment in moments:
            assert abs(moment.phase - elapsed / 4) < 1e-9 and moment.moving
            reached = max(i for i, k in enumerate(rolls.keyframes) if k.at <= moment.phase)
            assert moment.still == reached


def test_a_pause_freezes_the_figure_where_it_is() -> None:
    rolls = motion("shoulder_rolls")
    session, clock = session_of("shoulder_rolls", Dosage(reps=3, rep_seconds=4))
    clock.advance(5 + 1.3)  # 1.3 s into the first rep
    session.update()
    moving = figure_moment(session, rolls)
    session.pause()
    paused = figure_moment(session, rolls)
    assert paused.phase == moving.phase and not paused.moving
    clock.advance(60)
    session.update()
    assert figure_moment(session, rolls) == paused
    session.resume()
    assert figure_moment(session, rolls).phase == moving.phase
    clock.advance(0.4)
    session.update()
    assert abs(figure_moment(session, rolls).phase - (moving.phase + 0.1)) < 1e-9


def test_a_dose_that_does_not_fit_the_motion_still_moves_sensibly() -> None:
    # A hold done as reps: in and back out once per rep.
    session, clock = session_of("chin_tuck", Dosage(reps=2, rep_seconds=4))
    clock.advance(5 + 1)
    session.update()
    going = figure_moment(session, motion("chin_tuck"))
    assert (going.phase, going.returning, going.moving) == (0.5, False, True)
    clock.advance(2)
    session.update()
    back = figure_moment(session, motion("chin_tuck"))
    assert (back.phase, back.returning) == (0.5, True)
    # A movement held: one cycle over the hold.
    session, clock = session_of("shoulder_rolls", Dosage(hold_seconds=10, reps=1))
    clock.advance(5 + 2.5)
    session.update()
    assert figure_moment(session, motion("shoulder_rolls")).phase == 0.25
    # Pictures only: the start, then the end while working.
    session, clock = session_of("chin_tuck", HOLDS)
    assert figure_moment(session, None).phase == 0.0
    clock.advance(5.5)
    session.update()
    assert figure_moment(session, None).phase == 1.0


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 30),
    st.integers(1, 3),
    st.integers(1, 2),
    st.sampled_from([0, 5, 20]),
    st.booleans(),
    st.sampled_from(["chin_tuck", "neck_side_bend", "upper_trapezius_stretch"]),
)
def test_every_hold_of_any_dose_counts_only_once_in_position(
    hold: int, reps: int, sets: int, rest: int, per_side: bool, exercise_id: str
) -> None:
    held = motion(exercise_id)
    dosage = Dosage(hold_seconds=hold, reps=reps, sets=sets, rest_seconds=rest, per_side=per_side)
    session, clock = session_of(exercise_id, dosage)
    for kind, _, _, moment in walk(session, clock, held):
        assert 0.0 <= moment.phase <= 1.0
        if kind is PhaseKind.HOLD:
            assert moment.phase == 1.0 and not moment.moving
