"""Words for the library's codes (areas, goals, equipment, positions) and dosages, translatable."""

import math
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime

from coach.domain.errors import ReasonedError
from coach.ui.text.translate import translate

if TYPE_CHECKING:
    # Neither the library nor the timer rules are needed at start-up: the words for timers import
    # the rules when they are first asked for (there is a timer then).
    from coach.domain.exercises import Dosage
    from coach.domain.heat import BodyArea, HeatSource
    from coach.domain.session_time import SessionTime
    from coach.domain.timers import Timer


class Labels(QObject):
    """The same translation context for texts with a number, `Labels.tr(text, "", n)` on the
    class (PySide6 allows it; its stubs do not): pyside6-lupdate reads plural forms from tr() calls,
    not from translate()."""


def area_label(code: str) -> str:
    return {
        "neck": translate("Labels", "Neck"),
        "shoulders": translate("Labels", "Shoulders"),
        "upper_back": translate("Labels", "Upper back"),
        "middle_back": translate("Labels", "Middle back"),
        "chest": translate("Labels", "Chest"),
    }.get(code, code)


def goal_label(code: str) -> str:
    return {
        "mobility": translate("Labels", "Mobility"),
        "stretch": translate("Labels", "Stretch"),
        "strength": translate("Labels", "Strength"),
        "posture": translate("Labels", "Posture"),
    }.get(code, code)


def equipment_label(code: str) -> str:
    return {
        "none": translate("Labels", "No equipment"),
        "chair": translate("Labels", "Chair"),
        "wall": translate("Labels", "Wall"),
        "towel": translate("Labels", "Towel"),
        "band": translate("Labels", "Elastic band"),
        "doorway": translate("Labels", "Doorway"),
    }.get(code, code)


def position_label(code: str) -> str:
    return {
        "sitting": translate("Labels", "Sitting"),
        "standing": translate("Labels", "Standing"),
        "kneeling": translate("Labels", "On hands and knees"),
    }.get(code, code)


def dosage_text(dosage: "Dosage") -> str:
    """For example "Hold 5 s, 10 times · 2 sets, rest 30 s · each side"."""
    if dosage.hold_seconds:
        work = translate("Labels", "Hold {hold} s, {reps} times").format(
            hold=dosage.hold_seconds, reps=dosage.reps
        )
    else:
        work = translate("Labels", "{reps} slow repetitions").format(reps=dosage.reps)
    parts = [work]
    if dosage.sets > 1:
        sets = translate("Labels", "{sets} sets").format(sets=dosage.sets)
        if dosage.rest_seconds:
            sets += ", " + translate("Labels", "rest {rest} s").format(rest=dosage.rest_seconds)
        parts.append(sets)
    if dosage.per_side:
        parts.append(translate("Labels", "each side"))
    return " · ".join(parts)


def duration_text(seconds: float) -> str:
    """A duration in words, always with its units: "45 s", "2 min 59 s", "3 min", "1 h 5 min".
    The one way Coach writes how long something took or takes (the player, Today, the report,
    routines and timers); only a running countdown shows a clock face (`format_countdown`).
    Rounded to the nearest second, and from an hour on to the nearest minute."""
    whole = math.floor(max(0.0, seconds) + 0.5)  # half a second up, as people round
    if whole >= 3600:
        hours, minutes = divmod((whole + 30) // 60, 60)
        if minutes:
            return translate("Labels", "{h} h {m} min").format(h=hours, m=minutes)
        return translate("Labels", "{h} h").format(h=hours)
    minutes, rest = divmod(whole, 60)
    if minutes and rest:
        return translate("Labels", "{m} min {s} s").format(m=minutes, s=rest)
    if minutes:
        return translate("Labels", "{m} min").format(m=minutes)
    return translate("Labels", "{s} s").format(s=rest)


def session_time_text(time: "SessionTime") -> str:
    """A guided session's time as `coach.domain.session_time` defines it, the same words on the
    player's last page, Today and the report: "active 1 min 55 s of 2 min 59 s" (the exercises
    themselves, of the time from start to end), or "active 1 min 55 s" when the time from start
    to end is not known or adds nothing."""
    active = duration_text(time.active)
    if time.start_to_end is not None:
        whole = duration_text(time.start_to_end)
        if whole != active:
            return translate("Labels", "active {active} of {whole}").format(
                active=active, whole=whole
            )
    return translate("Labels", "active {active}").format(active=active)


def heat_source_label(source: "HeatSource") -> str:
    from coach.domain.heat import HeatSource  # noqa: PLC0415

    return {
        HeatSource.PACK: translate("Labels", "Heat pack"),
        HeatSource.PAD: translate("Labels", "Heating pad"),
        HeatSource.WRAP: translate("Labels", "Heat wrap"),
        HeatSource.SHOWER: translate("Labels", "Warm shower or bath"),
    }[source]


def area_in_sentence(area: "BodyArea") -> str:
    """A body area as written inside a sentence ("neck", not "Neck")."""
    from coach.domain.heat import BodyArea  # noqa: PLC0415

    return {
        BodyArea.NECK: translate("Labels", "neck"),
        BodyArea.SHOULDERS: translate("Labels", "shoulders"),
        BodyArea.UPPER_BACK: translate("Labels", "upper back"),
        BodyArea.MIDDLE_BACK: translate("Labels", "middle back"),
    }[area]


def timer_title(timer: "Timer") -> str:
    """What a timer is, in a few words: "Heat: Heating pad, neck", "Rest break", or its label."""
    from coach.domain.timers import TimerKind  # noqa: PLC0415

    if timer.kind is TimerKind.HEAT:
        if timer.source and timer.area:
            return translate("Labels", "Heat: {source}, {area}").format(
                source=heat_source_label(timer.source), area=area_in_sentence(timer.area)
            )
        if timer.source:
            return translate("Labels", "Heat: {source}").format(
                source=heat_source_label(timer.source)
            )
        if timer.area:
            return translate("Labels", "Heat: {area}").format(area=area_in_sentence(timer.area))
        return translate("Labels", "Heat")
    if timer.kind is TimerKind.REST:
        return translate("Labels", "Rest break")
    return timer.label or translate("Labels", "Timer")


def timer_problem_text(error: ReasonedError) -> str:
    """Why a timer cannot start or change, in the user's language."""
    from coach.domain.heat import HeatProblem  # noqa: PLC0415
    from coach.domain.timers import TimerProblem  # noqa: PLC0415

    texts: dict[StrEnum, str] = {
        TimerProblem.LABEL_TOO_LONG: translate(
            "Labels", "A timer label may have at most {n} characters."
        ),
        TimerProblem.REST_TOO_LONG: translate(
            "Labels",
            "A rest break lasts at most {n} minutes: a short rest, then move. Keeping active "
            "helps you recover.",
        ),
        TimerProblem.TOO_LONG: translate("Labels", "A timer lasts at most {n} hours."),
        TimerProblem.ENDED: translate("Labels", "This timer has already ended."),
        TimerProblem.UNREADABLE: translate(
            "Labels", "This timer could not be read back from the store."
        ),
        HeatProblem.OVER_CAP: translate("Labels", "A heat session may last at most {n} minutes."),
        HeatProblem.CAP_OUT_OF_RANGE: translate(
            "Labels", "The heat session cap must be between 1 and {n} minutes."
        ),
    }
    text = texts.get(error.reason, translate("Labels", "A timer needs a length above zero."))
    return text.format(n=error.limit)


def format_countdown(seconds: float) -> str:
    """Remaining time as m:ss or h:mm:ss, rounded up so 0:00 shows only at the end."""
    whole = max(0, math.ceil(seconds - 1e-6))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_left(seconds: float) -> str:
    """Remaining time in whole minutes, rounded up: for the title bar and tray, which change once a
    minute."""
    minutes = max(0, math.ceil(seconds / 60 - 1e-9))
    return Labels.tr("%n min left", "", minutes)  # type: ignore[arg-type]


def clock_time(moment: datetime) -> str:
    """The local time of day in the user's locale, for example 14:05 or 2:05 PM."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
