"""Heat safety: the session cap, the gap between sessions, sessions per day and the one-time safety
questions, with the numbers and sources of ../shared/CLINICAL.md section 1.

Nothing here blocks a user who confirms, except the hard cap: the rules return warnings and the UI
asks. Warnings carry kinds and numbers, not sentences, so the UI can word them in the user's language.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from coach.domain.errors import ReasonedError

HARD_CAP_MINUTES = 20  # ABC, HSE: no session longer than 20 minutes; nothing raises it
PRESET_MINUTES = (10, 15, 20)  # MPFT (10-15), HSE (20), HW (10-20)
DEFAULT_MINUTES = 15
MIN_GAP = timedelta(hours=2)  # HK: at least 2 hours between sessions
MAX_SESSIONS_PER_DAY = 3  # MPFT: up to 3 times a day; warn above
EXTEND_STEP_MINUTES = 5


class HeatProblem(StrEnum):
    NOT_POSITIVE = "not_positive"
    OVER_CAP = "over_cap"  # limit: the cap in minutes
    CAP_OUT_OF_RANGE = "cap_out_of_range"  # limit: HARD_CAP_MINUTES


class HeatLimitError(ReasonedError):
    """A heat length or limit outside the safe range (reason: a HeatProblem)."""


class HeatSource(StrEnum):
    PACK = "pack"
    PAD = "pad"
    WRAP = "wrap"
    SHOWER = "shower"  # a warm shower or bath


class BodyArea(StrEnum):
    NECK = "neck"
    SHOULDERS = "shoulders"
    UPPER_BACK = "upper_back"  # between the shoulder blades
    MIDDLE_BACK = "middle_back"


@dataclass(frozen=True)
class HeatLimits:
    """The limits in force: Coach's defaults, or a clinician plan's lower cap."""

    cap_minutes: int = HARD_CAP_MINUTES
    session_minutes: int = DEFAULT_MINUTES  # the usual length, offered first (within the cap)
    max_sessions_per_day: int = MAX_SESSIONS_PER_DAY  # a plan may only lower it
    min_gap_hours: int = 2  # MIN_GAP; a plan may only raise it

    def __post_init__(self) -> None:
        if not (
            1 <= self.max_sessions_per_day <= MAX_SESSIONS_PER_DAY
            and MIN_GAP <= self.min_gap <= timedelta(hours=24)
        ):
            raise HeatLimitError(
                HeatProblem.CAP_OUT_OF_RANGE,
                f"heat limits of {self.max_sessions_per_day} sessions a day and "
                f"{self.min_gap_hours} hours apart are looser than Coach's own "
                f"({MAX_SESSIONS_PER_DAY} a day, {MIN_GAP.total_seconds() / 3600:g} hours apart)",
                HARD_CAP_MINUTES,
            )
        if not 1 <= self.cap_minutes <= HARD_CAP_MINUTES:
            raise HeatLimitError(
                HeatProblem.CAP_OUT_OF_RANGE,
                f"the heat session cap is {self.cap_minutes} minutes; it must be between 1 and "
                f"{HARD_CAP_MINUTES} minutes (CLINICAL.md: no session longer than "
                f"{HARD_CAP_MINUTES} minutes)",
                HARD_CAP_MINUTES,
            )

    @property
    def cap_seconds(self) -> int:
        return self.cap_minutes * 60

    def presets(self) -> tuple[int, ...]:
        """The preset lengths allowed under the cap (the cap itself when it is below them all)."""
        allowed = tuple(m for m in PRESET_MINUTES if m <= self.cap_minutes)
        return allowed or (self.cap_minutes,)

    @property
    def min_gap(self) -> timedelta:
        return timedelta(hours=self.min_gap_hours)

    def default_minutes(self) -> int:
        return max(1, min(self.session_minutes, self.cap_minutes))

    def check_length(self, seconds: float) -> None:
        """Raise HeatLimitError when a session of `seconds` would pass the cap."""
        if seconds <= 0:
            raise HeatLimitError(
                HeatProblem.NOT_POSITIVE, "a heat session needs a length above zero"
            )
        if seconds > self.cap_seconds + 1e-6:
            raise HeatLimitError(
                HeatProblem.OVER_CAP,
                f"a heat session may last at most {self.cap_minutes} minutes; "
                f"{seconds / 60:g} minutes is over the cap",
                self.cap_minutes,
            )


class Concern(StrEnum):
    """The heat-safety questions. `avoid` ones mean do not use heat; `ask` ones mean ask a clinician
    first (CLINICAL.md section 1: HW, HK, FPN; FDA, MPFT, HK). NECK_FRONT is asked only when the
    heat goes on the neck (`questions_for`)."""

    BROKEN_SKIN = "broken_skin"  # broken skin, wounds, dermatitis
    REDUCED_SENSATION = "reduced_sensation"
    POOR_CIRCULATION = "poor_circulation"
    FRESH_INJURY = "fresh_injury"  # injury or swelling under 72 hours
    FEVER = "fever"
    RADIOTHERAPY = "radiotherapy"
    THROMBOSIS = "thrombosis"
    PREGNANCY = "pregnancy"
    DIABETES = "diabetes"
    STROKE_OR_SPINAL_INJURY = "stroke_or_spinal_injury"
    HEART = "heart"
    CANCER = "cancer"
    SKIN_CONDITION = "skin_condition"
    SEDATING_MEDICATION = "sedating_medication"  # sleep or strong pain medication, alcohol
    # HK: ask before heat near the neck; heat goes on the back of the neck only, never the front or
    # the sides over the throat. Ticked when the user is not sure it would stay there.
    NECK_FRONT = "neck_front"

    @property
    def avoid_heat(self) -> bool:
        return self in _AVOID

    @property
    def neck_only(self) -> bool:
        """Asked, and counted, only when the heat goes on the neck."""
        return self is Concern.NECK_FRONT


_AVOID = frozenset(
    {
        Concern.BROKEN_SKIN,
        Concern.REDUCED_SENSATION,
        Concern.POOR_CIRCULATION,
        Concern.FRESH_INJURY,
        Concern.FEVER,
        Concern.RADIOTHERAPY,
        Concern.THROMBOSIS,
    }
)


def questions_for(area: BodyArea | None) -> tuple[Concern, ...]:
    """The heat-safety questions to ask: the neck question only when the heat goes on the neck
    (HK), so that the general ones stay short."""
    return tuple(c for c in Concern if not c.neck_only or area is BodyArea.NECK)


@dataclass(frozen=True)
class HeatScreening:
    """The answers to the one-time heat-safety questions; `answered` is False until the user has
    been through them once, `neck_answered` until they have answered the neck question (asked the
    first time heat goes on the neck)."""

    answered: bool = False
    concerns: frozenset[Concern] = frozenset()
    neck_answered: bool = False

    def complete_for(self, area: BodyArea | None) -> bool:
        """Whether every question for heat on `area` has been answered."""
        return self.answered and (area is not BodyArea.NECK or self.neck_answered)

    def encode(self) -> str:
        return json.dumps(
            {
                "answered": self.answered,
                "concerns": sorted(c.value for c in self.concerns),
                "neck_answered": self.neck_answered,
            }
        )

    @classmethod
    def decode(cls, text: str) -> "HeatScreening":
        """Stored answers; raises ValueError naming the problem when they cannot be read."""
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("answered"), bool):
            raise ValueError("expected an object with 'answered' true or false")
        raw = data.get("concerns", [])
        if not isinstance(raw, list):
            raise ValueError("'concerns' must be a list")
        known = {c.value for c in Concern}
        unknown = [item for item in raw if item not in known]
        if unknown:
            raise ValueError(f"unknown concern(s) {unknown}")
        neck = data.get("neck_answered", False)  # answers stored before the neck question: False
        if not isinstance(neck, bool):
            raise ValueError("'neck_answered' must be true or false")
        return cls(data["answered"], frozenset(Concern(item) for item in raw), neck)


class WarningKind(StrEnum):
    NOT_SCREENED = "not_screened"  # the safety questions were never answered
    AVOID_HEAT = "avoid_heat"  # an answer says heat should not be used
    ASK_CLINICIAN = "ask_clinician"  # an answer says ask a clinician first
    NECK_FRONT = "neck_front"  # heat on the neck, and not sure it stays off the front (HK)
    ALREADY_RUNNING = "already_running"
    TOO_SOON = "too_soon"  # under MIN_GAP since the last session ended
    TOO_MANY_TODAY = "too_many_today"  # this would be above MAX_SESSIONS_PER_DAY


@dataclass(frozen=True)
class HeatWarning:
    """Why a heat session should not start now, in kinds and numbers the UI puts into words."""

    kind: WarningKind
    concerns: tuple[Concern, ...] = ()
    wait: timedelta = timedelta(0)  # TOO_SOON: how much longer the gap should be
    count: int = 0  # TOO_MANY_TODAY: sessions already today
    limit: int = 0  # TOO_SOON: the gap in hours; TOO_MANY_TODAY: the sessions allowed a day


@dataclass(frozen=True)
class HeatUse:
    """One heat session as the rules need it: when it started and when it ended (None if running)."""

    started_at: datetime
    ended_at: datetime | None


def heat_start_warnings(
    now: datetime,
    day_start: datetime,
    uses: Sequence[HeatUse],
    screening: HeatScreening,
    limits: HeatLimits | None = None,
    area: BodyArea | None = None,
) -> list[HeatWarning]:
    """What to tell the user before a new heat session starts at `now`. `uses` are recent heat
    sessions (at least those since `day_start` and the last MIN_GAP); `day_start` is the start of the
    user's local day. A clinician plan's `limits` may ask for a longer gap or fewer sessions. The
    neck question counts only when the heat goes on the neck (`area`)."""
    limits = limits or HeatLimits()
    warnings: list[HeatWarning] = []
    if not screening.complete_for(area):
        warnings.append(HeatWarning(WarningKind.NOT_SCREENED))
    general = sorted((c for c in screening.concerns if not c.neck_only), key=list(Concern).index)
    avoid = tuple(c for c in general if c.avoid_heat)
    ask = tuple(c for c in general if not c.avoid_heat)
    if avoid:
        warnings.append(HeatWarning(WarningKind.AVOID_HEAT, concerns=avoid))
    if ask:
        warnings.append(HeatWarning(WarningKind.ASK_CLINICIAN, concerns=ask))
    if area is BodyArea.NECK and Concern.NECK_FRONT in screening.concerns:
        warnings.append(HeatWarning(WarningKind.NECK_FRONT, concerns=(Concern.NECK_FRONT,)))
    if any(use.ended_at is None for use in uses):
        warnings.append(HeatWarning(WarningKind.ALREADY_RUNNING))
    ended = [use.ended_at for use in uses if use.ended_at is not None and use.ended_at <= now]
    if ended:
        since = now - max(ended)
        if since < limits.min_gap:
            warnings.append(
                HeatWarning(
                    WarningKind.TOO_SOON,
                    wait=limits.min_gap - since,
                    limit=limits.min_gap_hours,
                )
            )
    today = sum(1 for use in uses if day_start <= use.started_at <= now)
    if today >= limits.max_sessions_per_day:
        warnings.append(
            HeatWarning(WarningKind.TOO_MANY_TODAY, count=today, limit=limits.max_sessions_per_day)
        )
    return warnings
