"""Pain check-ins on the 0-10 Numeric Rating Scale, with the same anchors everywhere (CLINICAL.md §3, CPA)."""

from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

NRS_MIN = 0
NRS_MAX = 10
NRS_LOW_ANCHOR = "0 = no pain"
NRS_HIGH_ANCHOR = "10 = worst imaginable pain"


class PainBand(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


def check_rating(value: int, field: str = "pain") -> int:
    """A rating as given, or ValueError naming the field when it is off the scale."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{field} must be a whole number from {NRS_MIN} to {NRS_MAX}")
    if not NRS_MIN <= value <= NRS_MAX:
        raise ValueError(f"{field} must be from {NRS_MIN} to {NRS_MAX}, got {value}")
    return value


def check_ratings(pain: int, stiffness: int | None, sleep: int | None) -> None:
    """A check-in's pain rating, and its optional stiffness and sleep ratings (ValueError)."""
    check_rating(pain)
    for field, value in (("stiffness", stiffness), ("sleep", sleep)):
        if value is not None:
            check_rating(value, field)


def check_symptoms(symptoms: tuple[str, ...]) -> None:
    """Symptom names as stored (comma-separated in the store): plain words, no commas."""
    for name in symptoms:
        if not isinstance(name, str) or not name or "," in name or name != name.strip():
            raise ValueError(f"a symptom must be a plain name, got {name!r}")


def pain_band(value: int) -> PainBand:
    """Bands from CPA: 1-3 mild, 4-6 moderate, 7-10 severe."""
    check_rating(value)
    if value == 0:
        return PainBand.NONE
    if value <= 3:
        return PainBand.MILD
    if value <= 6:
        return PainBand.MODERATE
    return PainBand.SEVERE


class _CheckInFields(NamedTuple):
    id: int
    at: datetime
    pain: int
    note: str = ""
    stiffness: int | None = None  # optional, 0 = none to 10 = worst imaginable
    sleep: int | None = None  # optional: last night's sleep, 0 = very poor to 10 = very good
    # New symptoms reported with it: values of coach.domain.safety.Symptom (kept as text here so
    # that start-up need not load the safety rules; unknown ones from a newer Coach are kept).
    symptoms: tuple[str, ...] = ()


class CheckIn(_CheckInFields):
    """A 0-10 pain rating at a moment, with the optional note, stiffness and sleep ratings,
    checked when made. (A named tuple rather than a frozen dataclass: defined at every start,
    for a fraction of what the dataclasses module and one class cost.)"""

    __slots__ = ()

    def __new__(
        cls,
        id: int,
        at: datetime,
        pain: int,
        note: str = "",
        stiffness: int | None = None,
        sleep: int | None = None,
        symptoms: tuple[str, ...] = (),
    ) -> "CheckIn":
        check_ratings(pain, stiffness, sleep)
        check_symptoms(symptoms)
        if at.tzinfo is None:
            raise ValueError("check-in time must be timezone-aware")
        return super().__new__(cls, id, at, pain, note, stiffness, sleep, symptoms)
