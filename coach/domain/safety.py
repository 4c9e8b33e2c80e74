"""When to stop and see a clinician, and when to change the dose: the red flags, the symptoms that
stop exercise, the pain-monitoring zones and the progression rule of ../shared/CLINICAL.md
(sections 3 and 4), as pure functions over answers, sessions and check-ins.

Nothing here diagnoses. Advice carries an urgency and the items that raised it, never a sentence:
the UI words it (calmly, as "worth checking") in the user's language. Each rule names its source
keys from CLINICAL.md, and the tests for it name the same keys.
"""

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from coach.domain.exercises import MAX_HOLD_SECONDS, MAX_REPS, MAX_SETS, Dosage
from coach.domain.routines import Routine, RoutineStep


class Urgency(IntEnum):
    """How soon to see someone, in rising order (the most urgent answer decides)."""

    ASSESS = 1  # have it assessed before relying on self-care (NHSBP, DEVON)
    SOON = 2  # see a doctor soon (NHSBP, HSE, ICP, MAYO)
    URGENT = 3  # call a doctor or an emergency line now (NHSBP, MAYO, KCE)


class RedFlag(StrEnum):
    """The onboarding and check-in questions of CLINICAL.md section 4, by urgency."""

    # Urgent (NHSBP, MAYO, KCE)
    CHEST_PAIN = "chest_pain"
    SADDLE_OR_BLADDER = "saddle_or_bladder"  # numbness around genitals/buttocks, bladder/bowel
    LIMB_WEAKNESS = "limb_weakness"  # weakness in an arm or leg, or trouble walking
    SERIOUS_INJURY = "serious_injury"  # pain after a serious accident or fall
    HIGH_FEVER = "high_fever"  # high fever with back or neck pain
    # See a doctor soon (NHSBP, HSE, ICP, MAYO)
    WEIGHT_LOSS = "weight_loss"  # unexplained
    MEDICAL_HISTORY = (
        "medical_history"  # cancer, TB, HIV, immune suppression, inflammatory arthritis
    )
    OSTEOPOROSIS = "osteoporosis"
    NIGHT_PAIN = "night_pain"  # constant, worse at night, disturbs sleep
    COUGH_PAIN = "cough_pain"  # worse on coughing or sneezing
    BACK_SHAPE = "back_shape"  # swelling or a change in the shape of the back
    ARM_NERVES = "arm_nerves"  # pins and needles, or a cold arm
    PAIN_DOWN_ARMS = "pain_down_arms"
    AGE_ONSET = "age_onset"  # new symptoms under 20 or over 55
    NOT_IMPROVING = "not_improving"  # after a few weeks of self-care
    # Upper-back pain not yet assessed (NHSBP, DEVON)
    NOT_ASSESSED = "not_assessed"

    @property
    def urgency(self) -> Urgency:
        return _RED_FLAG_URGENCY[self]


_URGENT_FLAGS = (
    RedFlag.CHEST_PAIN,
    RedFlag.SADDLE_OR_BLADDER,
    RedFlag.LIMB_WEAKNESS,
    RedFlag.SERIOUS_INJURY,
    RedFlag.HIGH_FEVER,
)
_RED_FLAG_URGENCY = {
    flag: Urgency.URGENT
    if flag in _URGENT_FLAGS
    else Urgency.ASSESS
    if flag is RedFlag.NOT_ASSESSED
    else Urgency.SOON
    for flag in RedFlag
}


class Symptom(StrEnum):
    """New symptoms a user can report in a check-in or with "stop, this hurts": the "stop and
    seek care" symptoms of CLINICAL.md section 3 and the red flags of section 4 (every urgent one
    has a symptom, so a check-in can report it when it is new)."""

    CHEST_PAIN = "chest_pain"  # NHSBP, MAYO, KCE: urgent
    ARM_OR_HAND_WEAKNESS = "arm_or_hand_weakness"  # ARUK; NHSBP weakness in an arm: urgent
    DIZZINESS_OR_VISION = "dizziness_or_vision"  # AHP: dizziness, drop attacks, vision,
    # speech or swallowing problems: stop and seek care (taken as urgent, the cautious reading)
    SADDLE_OR_BLADDER = "saddle_or_bladder"  # NHSBP, MAYO, KCE: urgent (as the red flag)
    LEG_WEAKNESS = "leg_weakness"  # NHSBP, MAYO, KCE: weakness in a leg, trouble walking: urgent
    SERIOUS_INJURY = "serious_injury"  # NHSBP, MAYO, KCE: after a serious accident or fall
    HIGH_FEVER = "high_fever"  # NHSBP, MAYO, KCE: high fever with back or neck pain: urgent
    NUMBNESS = "numbness"  # AHP: new numbness: stop and seek care (urgent, as DIZZINESS)
    TINGLING = "tingling"  # NHSBP: pins and needles
    PAIN_SPREADING = "pain_spreading"  # NHSBP, HSE: pain spreading down the arms
    SEVERE_PAIN = "severe_pain"  # ARUK: severe neck pain: stop and seek care (urgent)

    @property
    def urgency(self) -> Urgency:
        """Urgent for every "stop and seek care" symptom (ARUK, AHP: never weaker than the
        player's own advice on stopping, "get medical help now") and every urgent red flag; the
        "see a doctor soon" ones of section 4 (pins and needles, pain down the arms) stay so."""
        if self in (Symptom.TINGLING, Symptom.PAIN_SPREADING):
            return Urgency.SOON
        return Urgency.URGENT


@dataclass(frozen=True)
class Advice:
    """See someone: how soon, and the answers or symptoms that are the reason."""

    urgency: Urgency
    red_flags: tuple[RedFlag, ...] = ()
    symptoms: tuple[Symptom, ...] = ()


def red_flag_advice(yes: Iterable[RedFlag]) -> Advice | None:
    """The advice for the questions answered "yes" (None when all are "no"): the most urgent
    answer decides how soon; every "yes" of that urgency is a reason (CLINICAL.md section 4)."""
    flags = sorted(set(yes), key=list(RedFlag).index)
    if not flags:
        return None
    urgency = max(flag.urgency for flag in flags)
    return Advice(urgency, red_flags=tuple(f for f in flags if f.urgency == urgency))


def symptom_advice(symptoms: Iterable[Symptom]) -> Advice | None:
    """The advice for new symptoms (CLINICAL.md section 3, "stop and seek care", and section 4)."""
    found = sorted(set(symptoms), key=list(Symptom).index)
    if not found:
        return None
    urgency = max(symptom.urgency for symptom in found)
    return Advice(urgency, symptoms=tuple(s for s in found if s.urgency == urgency))


class PainZone(StrEnum):
    """Pain during exercise (BIM, PROV, adapted from the pain-monitoring model of SIL)."""

    SAFE = "safe"  # 0-3
    ACCEPTABLE = "acceptable"  # 4-5
    TOO_MUCH = "too_much"  # above 5: reduce or change the exercise


SAFE_MAX = 3
ACCEPTABLE_MAX = 5


def exercise_pain_zone(pain: int) -> PainZone:
    if pain <= SAFE_MAX:
        return PainZone.SAFE
    if pain <= ACCEPTABLE_MAX:
        return PainZone.ACCEPTABLE
    return PainZone.TOO_MUCH


# ---- progression (product choice on BIM/PROV, CLINICAL.md section 3) ----------------------------

WINDOW = timedelta(days=7)
ADHERENCE_FOR_STEP_UP = 0.7
HOLD_STEP_SECONDS = 5
REP_STEP = 2
STRETCH_HOLD_SECONDS = 10  # holds from 10 s are stretches: they grow by holding longer
DEFAULT_MAX_HOLD_SECONDS = 30  # ACSM: static stretches held 10-30 s
DEFAULT_MAX_REPS = 12  # PS, A08: 8-12 reps
DEFAULT_MAX_SETS = 3  # PS, A08: 2-3 sets


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    HOLD = "hold"


class Reason(StrEnum):
    """Why, in one sentence each (the UI words it with the numbers of the suggestion)."""

    EASY_AND_REGULAR = "easy_and_regular"  # UP: pain <= 3, no next-day worsening, >= 70 % done
    TOO_PAINFUL = "too_painful"  # DOWN: pain above 5 during or right after exercise
    WORSE_NEXT_DAY = "worse_next_day"  # DOWN: the next day's pain above the usual baseline
    CHANGED_THIS_WEEK = "changed_this_week"  # HOLD: never more than one step up a week
    STOPPED_FOR_PAIN = "stopped_for_pain"  # HOLD: a session was stopped because it hurt
    NO_NEXT_DAY_RATINGS = "no_next_day_ratings"  # HOLD: no day after a session was rated
    NOT_ENOUGH_DONE = "not_enough_done"  # HOLD: under 70 % of planned sessions
    SOME_PAIN = "some_pain"  # HOLD: pain 4-5, acceptable but not a reason to add
    TOO_FEW_SESSIONS = "too_few_sessions"  # HOLD: no session with a rating in the last 7 days
    AT_THE_LIMIT = "at_the_limit"  # HOLD: every step is at its upper bound
    AT_THE_FLOOR = "at_the_floor"  # HOLD: nothing left to take away
    OFF_IN_PLAN = "off_in_plan"  # HOLD: the clinician's plan turned suggestions off


@dataclass(frozen=True)
class Bounds:
    """The most a suggestion may reach (a clinician plan may lower Coach's defaults)."""

    max_hold_seconds: int = DEFAULT_MAX_HOLD_SECONDS
    max_reps: int = DEFAULT_MAX_REPS
    max_sets: int = DEFAULT_MAX_SETS
    enabled: bool = True


@dataclass(frozen=True)
class SessionPain:
    """One session of the routine, as the rule needs it."""

    day: date  # the user's local day it was done
    pain_after: int | None  # the rating right after (the pain of the exercise)
    completed: bool
    pain_before: int | None = None  # the rating before starting (that day's pain)
    stopped_for_pain: bool = False  # ended with "stop - this hurts"


@dataclass(frozen=True)
class Suggestion:
    routine_id: str
    direction: Direction
    reason: Reason
    steps: tuple[RoutineStep, ...]  # the routine's steps with the suggested dosage
    highest_pain: int | None = None  # during or after exercise in the window
    done: int = 0  # sessions completed in the window
    planned: int = 0  # sessions planned in the window
    worse_day: date | None = None  # WORSE_NEXT_DAY: the day that was worse

    @property
    def changes(self) -> bool:
        return self.direction is not Direction.HOLD


def suggest_dose(
    routine: Routine,
    today: date,
    sessions: Sequence[SessionPain],
    daily_pain: Mapping[date, float],
    planned: int,
    last_change: date | None,
    bounds: Bounds = Bounds(),
) -> Suggestion:
    """Hold, reduce or increase `routine`'s dose from the last 7 days (CLINICAL.md section 3):
    one step up when pain during exercise stayed at 3 or below (no session stopped because it
    hurt), a day after a session was rated and none was worse than usual, and at least 70 % of
    the planned sessions were done; one step down when pain went above 5 or the next day was
    worse than usual. Never more than one step up a week: a step down (or back to the dose
    before a step up) is always allowed.

    `sessions` are the sessions at the current dose (see `dosing.session_pains`); `daily_pain`
    is the user's check-in pain per local day (over at least the last 4 weeks, for the
    baseline); `planned` is how many sessions the schedule asked for in the window."""
    start = today - WINDOW
    recent = [s for s in sessions if start < s.day <= today]
    rated = [s.pain_after for s in recent if s.pain_after is not None]
    done = sum(1 for s in recent if s.completed)
    highest = max(rated) if rated else None

    worse, checked = _next_days(recent, daily_pain, start)
    rules = (
        (not bounds.enabled, Direction.HOLD, Reason.OFF_IN_PLAN),
        (highest is not None and highest > ACCEPTABLE_MAX, Direction.DOWN, Reason.TOO_PAINFUL),
        (worse is not None, Direction.DOWN, Reason.WORSE_NEXT_DAY),
        # Only steps up wait a week after a change.
        (
            last_change is not None and today - last_change < WINDOW,
            Direction.HOLD,
            Reason.CHANGED_THIS_WEEK,
        ),
        (any(s.stopped_for_pain for s in recent), Direction.HOLD, Reason.STOPPED_FOR_PAIN),
        (not rated, Direction.HOLD, Reason.TOO_FEW_SESSIONS),
        (highest is not None and highest > SAFE_MAX, Direction.HOLD, Reason.SOME_PAIN),
        (
            planned <= 0 or done / planned < ADHERENCE_FOR_STEP_UP,
            Direction.HOLD,
            Reason.NOT_ENOUGH_DONE,
        ),
        (not checked, Direction.HOLD, Reason.NO_NEXT_DAY_RATINGS),
        (True, Direction.UP, Reason.EASY_AND_REGULAR),
    )
    direction, reason = next((d, r) for applies, d, r in rules if applies)
    steps = routine.steps
    if direction is not Direction.HOLD:
        moved = _step(routine.steps, direction, bounds)
        if moved is None:
            limit = Reason.AT_THE_LIMIT if direction is Direction.UP else Reason.AT_THE_FLOOR
            direction, reason = Direction.HOLD, limit
        else:
            steps = moved
    return Suggestion(
        routine.id,
        direction,
        reason,
        steps,
        highest,
        done,
        planned,
        worse if reason is Reason.WORSE_NEXT_DAY else None,
    )


def _next_days(
    recent: Sequence[SessionPain], daily_pain: Mapping[date, float], start: date
) -> tuple[date | None, bool]:
    """The first day after a session day whose pain is above the usual level (PROV, BIM), and
    whether any day after a session could be compared at all.

    The usual level is the baseline, the median of the daily pain in the 3 weeks before the
    window; without one (a new user, or one who does not check in) it is the session day's own
    pain: the lowest rating before a session that day, else that day's check-in. A day's pain is
    its check-in and the ratings before its sessions; the highest counts."""
    before = [p for d, p in daily_pain.items() if start - timedelta(days=21) < d <= start]
    baseline = statistics.median(before) if before else None
    rated_before: dict[date, list[int]] = {}
    for session in recent:
        if session.pain_before is not None:
            rated_before.setdefault(session.day, []).append(session.pain_before)
    checked = False
    for day in sorted({s.day for s in recent}):
        usual = baseline
        if usual is None:
            usual = min(rated_before[day]) if day in rated_before else daily_pain.get(day)
        next_day = day + timedelta(days=1)
        ratings = [*rated_before.get(next_day, ())]
        if next_day in daily_pain:
            ratings.append(daily_pain[next_day])
        if usual is None or not ratings:
            continue
        if max(ratings) > usual:
            return next_day, True
        checked = True
    return None, checked


def _step(
    steps: tuple[RoutineStep, ...], direction: Direction, bounds: Bounds
) -> tuple[RoutineStep, ...] | None:
    """Every step one step up or down (a longer hold for stretches, else 2 more reps, else one
    more set; the reverse going down); None when no step can move."""
    moved = [_step_dosage(step.dosage, direction, bounds) for step in steps]
    if all(new is None for new in moved):
        return None
    return tuple(
        RoutineStep(step.exercise_id, new if new is not None else step.dosage)
        for step, new in zip(steps, moved, strict=True)
    )


def _step_dosage(dosage: Dosage, direction: Direction, bounds: Bounds) -> Dosage | None:
    stretch = dosage.hold_seconds >= STRETCH_HOLD_SECONDS
    # (applies, field, change, limit): the first that stays within its limit is the step.
    if direction is Direction.UP:
        candidates = (
            (
                stretch,
                "hold_seconds",
                HOLD_STEP_SECONDS,
                min(bounds.max_hold_seconds, MAX_HOLD_SECONDS),
            ),
            (True, "reps", REP_STEP, min(bounds.max_reps, MAX_REPS)),
            (True, "sets", 1, min(bounds.max_sets, MAX_SETS)),
        )
    else:
        candidates = (
            (True, "sets", -1, 1),
            (True, "reps", -REP_STEP, 1),
            (stretch, "hold_seconds", -HOLD_STEP_SECONDS, STRETCH_HOLD_SECONDS),
        )
    for applies, name, change, limit in candidates:
        value = getattr(dosage, name) + change
        if applies and (value <= limit if change > 0 else value >= limit):
            return replace(dosage, **{name: value})
    return None


def planned_sessions(weekdays: frozenset[int], times_a_day: int, today: date) -> int:
    """How many sessions a weekly schedule asked for in the 7 days up to `today`."""
    days = [today - timedelta(days=n) for n in range(7)]
    return sum(times_a_day for day in days if day.weekday() in weekdays)
