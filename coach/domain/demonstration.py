"""Where the exercise figure is at each moment of a guided session (issue 19): the timing rules of
`coach.domain.pose.motion` applied to a `Session`'s phases. The player only draws what this says,
so the timing is tested without a window and follows the session's deadlines, never ticks.

- A hold: the figure moves into the held position over the last `move_seconds` of the pause
  before the hold (the get-ready, the relax, the switch of sides or the rest between sets), so
  the position is reached when the hold starts counting; it stays still while the hold counts and
  moves back out over the first `move_seconds` of the relax, switch or rest after it (each move
  takes half of a pause too short for both). After a step's last hold the next exercise's
  get-ready shows that exercise's start position.
- A movement: one cycle per rep, the phase being the share of the rep done; the start position
  before, between and after the reps.
- The side: the work's own; before and between the work the side about to be worked (while
  moving out, the side just worked). A right side is drawn as the mirror image.
- "Reduce motion": `still`, the key pose to show instead: the start position before and between
  the work, the held position during a hold, the position last reached during a rep.
- A dose that does not fit the motion (a routine that holds a movement, or repeats a hold as
  reps) plays one cycle per hold, or moves in and back out once per rep.
"""

from dataclasses import dataclass

from coach.domain.pose.angles import BodySide
from coach.domain.pose.motion import Motion, reached_key
from coach.domain.session import Phase, PhaseKind, Session, SessionState, Side


@dataclass(frozen=True)
class FigureMoment:
    """What the figure shows now: which step and side, the motion's phase (0 to 1), whether it is
    on a hold's way back out, whether it moves (a player draws frames only then), and the key pose
    to show instead when motion is reduced (a keyframe's index)."""

    step_index: int
    side: BodySide | None
    phase: float
    returning: bool = False
    moving: bool = False
    still: int = 0


def figure_moment(session: Session, motion: Motion | None) -> FigureMoment:
    """The figure at the session's time; `motion` is the movement of the current phase's
    exercise (None: an exercise with pictures only, shown by phase: start, then end)."""
    phase = session.phase
    seconds = float(phase.seconds)
    elapsed = session.phase_elapsed()
    running = session.state is SessionState.RUNNING
    share = min(1.0, elapsed / seconds) if seconds > 0 else 1.0
    if phase.is_work:
        side = _body_side(phase.side)
        if motion is None:
            held = phase.kind is PhaseKind.HOLD
            return FigureMoment(phase.step_index, side, 1.0 if held else share)
        if motion.hold and phase.kind is PhaseKind.HOLD:
            return FigureMoment(phase.step_index, side, 1.0, still=len(motion.keyframes) - 1)
        if motion.hold:  # a hold done as reps: in and back out once per rep
            returning = share >= 0.5
            place = 2.0 - 2.0 * share if returning else 2.0 * share
            still = reached_key(motion, place, returning)
            return FigureMoment(phase.step_index, side, place, returning, running, still)
        place = share if share < 1.0 else 0.0
        return FigureMoment(
            phase.step_index, side, place, False, running, reached_key(motion, place)
        )
    return _between(session, motion, elapsed, running)


def _between(
    session: Session, motion: Motion | None, elapsed: float, running: bool
) -> FigureMoment:
    """A pause (get ready, relax, switch, rest): the start position, with a hold's moves out of
    the position before it and into the one after it."""
    phase = session.phase
    seconds = float(phase.seconds)
    before, after = _neighbours(session)
    coming = _body_side(session.coming_side())
    worked = _body_side(before.side) if before is not None else None
    side = coming if coming is not None else worked
    if motion is None or not motion.hold:
        return FigureMoment(phase.step_index, side, 0.0)
    out = before is not None and before.kind is PhaseKind.HOLD
    back_in = after is not None and after.kind is PhaseKind.HOLD
    move = min(motion.move_seconds, seconds / 2 if out and back_in else seconds)
    if move <= 0:
        return FigureMoment(phase.step_index, side, 0.0)
    if out and elapsed < move:
        return FigureMoment(phase.step_index, worked, 1.0 - elapsed / move, True, running)
    if back_in and elapsed > seconds - move:
        place = min(1.0, (elapsed - (seconds - move)) / move)
        return FigureMoment(phase.step_index, side, place, False, running and place < 1.0)
    return FigureMoment(phase.step_index, side, 0.0)


def _neighbours(session: Session) -> tuple[Phase | None, Phase | None]:
    """The work phases of this step just before and just after the current phase, if they are
    its neighbours (a pause between two holds has both; a get-ready only the one after)."""
    index, phases = session.phase_index, session.phases
    step = session.phase.step_index
    before = phases[index - 1] if index > 0 else None
    after = phases[index + 1] if index + 1 < len(phases) else None
    if before is not None and (before.step_index != step or not before.is_work):
        before = None
    if after is not None and (after.step_index != step or not after.is_work):
        after = None
    return before, after


def _body_side(side: Side | None) -> BodySide | None:
    return BodySide(side.value) if side is not None else None
