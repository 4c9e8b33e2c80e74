"""Words for the library's codes (areas, goals, equipment, positions) and dosages, translatable."""

import math
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime

from coach.domain.errors import ReasonedError
from coach.domain.heat import BodyArea, HeatProblem, HeatSource
from coach.domain.timers import Timer, TimerKind, TimerProblem

if TYPE_CHECKING:
    from coach.domain.exercises import Dosage  # the library is not needed at start-up


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


class Labels(QObject):
    """The same translation context for texts with a number, `Labels.tr(text, "", n)` on the
    class (PySide6 allows it; its stubs do not): pyside6-lupdate reads plural forms from tr() calls,
    not from translate()."""


def area_label(code: str) -> str:
    return {
        "neck": _tr("Neck"),
        "shoulders": _tr("Shoulders"),
        "upper_back": _tr("Upper back"),
        "middle_back": _tr("Middle back"),
        "chest": _tr("Chest"),
    }.get(code, code)


def goal_label(code: str) -> str:
    return {
        "mobility": _tr("Mobility"),
        "stretch": _tr("Stretch"),
        "strength": _tr("Strength"),
        "posture": _tr("Posture"),
    }.get(code, code)


def equipment_label(code: str) -> str:
    return {
        "none": _tr("No equipment"),
        "chair": _tr("Chair"),
        "wall": _tr("Wall"),
        "towel": _tr("Towel"),
        "band": _tr("Elastic band"),
        "doorway": _tr("Doorway"),
    }.get(code, code)


def position_label(code: str) -> str:
    return {
        "sitting": _tr("Sitting"),
        "standing": _tr("Standing"),
        "kneeling": _tr("On hands and knees"),
    }.get(code, code)


def dosage_text(dosage: "Dosage") -> str:
    """For example "Hold 5 s, 10 times · 2 sets, rest 30 s · each side"."""
    if dosage.hold_seconds:
        work = _tr("Hold {hold} s, {reps} times").format(hold=dosage.hold_seconds, reps=dosage.reps)
    else:
        work = _tr("{reps} slow repetitions").format(reps=dosage.reps)
    parts = [work]
    if dosage.sets > 1:
        sets = _tr("{sets} sets").format(sets=dosage.sets)
        if dosage.rest_seconds:
            sets += ", " + _tr("rest {rest} s").format(rest=dosage.rest_seconds)
        parts.append(sets)
    if dosage.per_side:
        parts.append(_tr("each side"))
    return " · ".join(parts)


def duration_text(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    if minutes and rest:
        return _tr("{m} min {s} s").format(m=minutes, s=rest)
    if minutes:
        return _tr("{m} min").format(m=minutes)
    return _tr("{s} s").format(s=rest)


def heat_source_label(source: HeatSource) -> str:
    return {
        HeatSource.PACK: _tr("Heat pack"),
        HeatSource.PAD: _tr("Heating pad"),
        HeatSource.WRAP: _tr("Heat wrap"),
        HeatSource.SHOWER: _tr("Warm shower or bath"),
    }[source]


def area_in_sentence(area: BodyArea) -> str:
    """A body area as written inside a sentence ("neck", not "Neck")."""
    return {
        BodyArea.NECK: _tr("neck"),
        BodyArea.SHOULDERS: _tr("shoulders"),
        BodyArea.UPPER_BACK: _tr("upper back"),
        BodyArea.MIDDLE_BACK: _tr("middle back"),
    }[area]


def timer_title(timer: Timer) -> str:
    """What a timer is, in a few words: "Heat: Heating pad, neck", "Rest break", or its label."""
    if timer.kind is TimerKind.HEAT:
        if timer.source and timer.area:
            return _tr("Heat: {source}, {area}").format(
                source=heat_source_label(timer.source), area=area_in_sentence(timer.area)
            )
        if timer.source:
            return _tr("Heat: {source}").format(source=heat_source_label(timer.source))
        if timer.area:
            return _tr("Heat: {area}").format(area=area_in_sentence(timer.area))
        return _tr("Heat")
    if timer.kind is TimerKind.REST:
        return _tr("Rest break")
    return timer.label or _tr("Timer")


def timer_problem_text(error: ReasonedError) -> str:
    """Why a timer cannot start or change, in the user's language."""
    texts: dict[StrEnum, str] = {
        TimerProblem.LABEL_TOO_LONG: _tr("A timer label may have at most {n} characters."),
        TimerProblem.REST_TOO_LONG: _tr(
            "A rest break lasts at most {n} minutes: a short rest, then move. Keeping active "
            "helps you recover."
        ),
        TimerProblem.TOO_LONG: _tr("A timer lasts at most {n} hours."),
        TimerProblem.ENDED: _tr("This timer has already ended."),
        TimerProblem.UNREADABLE: _tr("This timer could not be read back from the store."),
        HeatProblem.OVER_CAP: _tr("A heat session may last at most {n} minutes."),
        HeatProblem.CAP_OUT_OF_RANGE: _tr(
            "The heat session cap must be between 1 and {n} minutes."
        ),
    }
    text = texts.get(error.reason, _tr("A timer needs a length above zero."))
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
