"""What the player shows and says at each phase: the instruction, the words spoken, the sound,
the ring's caption, the cue line under it and the times. Texts keep the player's translation
context."""

from coach.domain.exercises import Exercise
from coach.domain.session import Phase, PhaseKind, Side
from coach.ui.runners.cues import Cues
from coach.ui.text.data import side_cue
from coach.ui.text.translate import translate


def phase_caption(phase: Phase) -> str:
    """The word inside the ring under the seconds left."""
    return {
        PhaseKind.PREPARE: translate("PlayerWindow", "Get ready"),
        PhaseKind.HOLD: translate("PlayerWindow", "Hold"),
        PhaseKind.MOVE: translate("PlayerWindow", "Move"),
        PhaseKind.RELAX: translate("PlayerWindow", "Relax"),
        PhaseKind.SWITCH: translate("PlayerWindow", "Switch sides"),
        PhaseKind.REST: translate("PlayerWindow", "Rest"),
    }[phase.kind]


def side_label(side: Side | None) -> str:
    return {
        Side.LEFT: translate("PlayerWindow", "Left side"),
        Side.RIGHT: translate("PlayerWindow", "Right side"),
        None: "",
    }[side]


def side_direction(exercise: Exercise | None, side: Side | None) -> str:
    """The cue for one side: the exercise's own, naming the side and the direction ("Tilt your
    head to the left"), or the side alone for an exercise without one (a plan's own written
    without side cues: `coach plan validate` warns about it)."""
    if side is None:
        return ""
    return side_cue(exercise, side.value) or side_label(side)


def cue_for(phase: Phase, name: str, direction: str) -> tuple[str, str, str]:
    """(instruction shown, words spoken or "", sound name or "") for a phase. Every cue of a
    per-side exercise says which side and which way (`direction`); the first rep of each side
    of each set is spoken."""
    first_rep = phase.rep_number == 1
    if phase.kind is PhaseKind.PREPARE:
        text = translate("PlayerWindow", "Get ready: {name}").format(name=name)
        return text, text, ""
    if phase.kind in (PhaseKind.HOLD, PhaseKind.MOVE):
        if phase.kind is PhaseKind.HOLD:
            words = translate("PlayerWindow", "Hold {seconds} seconds").format(
                seconds=phase.seconds
            )
        else:
            words = translate("PlayerWindow", "Move slowly, {seconds} seconds each time").format(
                seconds=phase.seconds
            )
        if direction:
            words = translate("PlayerWindow", "{direction}. {words}").format(
                direction=direction, words=words
            )
        sound = "start" if phase.kind is PhaseKind.HOLD else "tick"
        return words, words if first_rep else "", sound
    if phase.kind is PhaseKind.RELAX:
        return translate("PlayerWindow", "Relax"), "", "relax"
    if phase.kind is PhaseKind.SWITCH:
        words = (
            translate("PlayerWindow", "Switch sides. {direction}").format(direction=direction)
            if direction
            else translate("PlayerWindow", "Switch sides")
        )
        return words, words, "switch"
    words = translate("PlayerWindow", "Rest {seconds} seconds").format(seconds=phase.seconds)
    return words, words, "rest"


def cue_status(cues: Cues, text: str) -> str:
    """The cue line: the last cue in text, and whether it was also heard (muted, or visual cues
    only and why)."""
    problems = []
    if not cues.sound_available:
        problems.append(
            translate("PlayerWindow", "no sound ({why})").format(why=cues.sound_problem)
        )
    if not cues.speech_available:
        problems.append(
            translate("PlayerWindow", "no voice ({why})").format(why=cues.speech_problem)
        )
    line = translate("PlayerWindow", "Cue: {text}").format(text=text)
    if cues.muted:
        line += "  " + translate("PlayerWindow", "(muted)")
    elif problems:
        line += "  " + translate("PlayerWindow", "(visual cues only: {problems})").format(
            problems="; ".join(problems)
        )
    return line
