"""When to stop and see a clinician, and when to change the dose: the red flags, the symptoms that
stop exercise, the pain-monitoring zones and the progression rule of ../shared/CLINICAL.md
(sections 3, 4 and 4a), as pure functions over answers, sessions and check-ins, and the safety
flags that keep an "emergency" or "same day" answer until a clinician has checked it.

Nothing here diagnoses. Advice carries an urgency and the items that raised it, never a sentence:
the UI words it (calmly, as "worth checking") in the user's language. Each rule names its source
keys from CLINICAL.md, and the tests for it name the same keys.
"""

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum

from coach.domain.ceilings import (
    STRETCH_HOLD_SECONDS,
    Ceiling,
    ceiling_of,
    field_limit,
)
from coach.domain.exercises import Dosage, DoseKind
from coach.domain.routines import Routine, RoutineStep


class Urgency(IntEnum):
    """How soon to see someone, in rising order (the most urgent answer decides). Calibrated to
    the sources' own words (CLINICAL.md section 4a): an emergency only where they say so."""

    ASSESS = 1  # have it assessed before relying on self-care (NHSBP, DEVON)
    SOON = 2  # see a doctor soon (NHSBP, HSE, ICP, MAYO; the neck history: ICP, PCN, GPO)
    SAME_DAY = 3  # contact your doctor today: urgent GP or 111 (ARUK, HSE, NHSBP; GPR for the cord)
    EMERGENCY = 4  # call an emergency number now (NHSBP, IFO, GPO)

    @property
    def persists(self) -> bool:
        """Whether an answer this urgent is kept as a safety flag until a clinician has checked
        it: while one is open, exercise waits (CLINICAL.md section 4a, persistence)."""
        return self >= Urgency.SAME_DAY


class RedFlag(StrEnum):
    """The first run's safety questions (CLINICAL.md sections 4 and 4a), each with its urgency."""

    # Emergency (NHSBP; vascular signs IFO, PCN, GPO; meningitis GPO, ICP)
    CHEST_PAIN = "chest_pain"
    SADDLE_OR_BLADDER = "saddle_or_bladder"  # numbness around genitals/buttocks, bladder/bowel
    LEGS_WEAK_OR_NUMB = "legs_weak_or_numb"  # weakness or numbness in both legs
    SERIOUS_INJURY = "serious_injury"  # pain after a serious accident or fall
    SUDDEN_HEADACHE = "sudden_headache"  # sudden, severe, unlike any before (IFO)
    DIZZINESS_OR_VISION = "dizziness_or_vision"  # dizziness, drop attacks, double vision, speech,
    # swallowing (IFO, PCN, GPO)
    FACE_NUMBNESS = "face_numbness"  # IFO, PCN
    NAUSEA_NECK = "nausea_neck"  # nausea, especially with neck movement (IFO)
    MENINGITIS = "meningitis"  # fever and a stiff neck, with headache or light hurting (GPO, ICP)
    RASH = "rash"  # a rash that does not fade under a glass (GPO: non-blanching rash)
    # Contact a doctor today (NHSBP, ARUK, HSE; spinal-cord signs GPR, PCN, GPO, ICP)
    HIGH_FEVER = "high_fever"  # a high temperature with the pain, alone: urgent GP / 111 (NHSBP)
    ARM_WEAKNESS = "arm_or_hand_weakness"  # new weakness in one arm or hand (ARUK, HSE)
    CLUMSY_HANDS = "clumsy_hands"  # clumsy hands, dropping things (GPR, PCN)
    UNSTEADY_WALKING = "unsteady_walking"  # GPR, PCN
    BOTH_ARMS = "both_arms"  # symptoms in both arms (GPR, GPO)
    LHERMITTE = "lhermitte"  # an electric-shock feeling on bending the neck (GPR, PCN)
    BLADDER_BOWEL_CHANGE = "bladder_bowel_change"  # a new change, not a loss of control (GPR)
    # Asked before the clinical review as "weakness in an arm or leg, or trouble walking"; no
    # longer asked (one arm, both legs and walking are asked apart), kept so stored answers read.
    LIMB_WEAKNESS = "limb_weakness"
    # See a doctor soon (NHSBP, HSE, ICP, MAYO; the neck history: ICP, PCN, GPO)
    WEIGHT_LOSS = "weight_loss"  # unexplained
    MEDICAL_HISTORY = (
        "medical_history"  # cancer, TB, HIV, immune suppression, inflammatory arthritis
    )
    OSTEOPOROSIS = "osteoporosis"
    NECK_SURGERY = "neck_surgery"  # ICP, PCN
    PAST_INJURY = "past_injury"  # significant trauma, or a minor one with osteoporosis (ICP, GPO)
    LONG_TERM_STEROIDS = "long_term_steroids"  # ICP, PCN
    DRUG_INJECTION = "drug_injection"  # intravenous drug use (ICP, PCN)
    DOWN_SYNDROME = "down_syndrome"  # ICP, PCN
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


_EMERGENCY_FLAGS = (
    RedFlag.CHEST_PAIN,
    RedFlag.SADDLE_OR_BLADDER,
    RedFlag.LEGS_WEAK_OR_NUMB,
    RedFlag.SERIOUS_INJURY,
    RedFlag.SUDDEN_HEADACHE,
    RedFlag.DIZZINESS_OR_VISION,
    RedFlag.FACE_NUMBNESS,
    RedFlag.NAUSEA_NECK,
    RedFlag.MENINGITIS,
    RedFlag.RASH,
)
_SAME_DAY_FLAGS = (
    RedFlag.HIGH_FEVER,
    RedFlag.ARM_WEAKNESS,
    RedFlag.CLUMSY_HANDS,
    RedFlag.UNSTEADY_WALKING,
    RedFlag.BOTH_ARMS,
    RedFlag.LHERMITTE,
    RedFlag.BLADDER_BOWEL_CHANGE,
    RedFlag.LIMB_WEAKNESS,
)


def _red_flag_urgency(flag: RedFlag) -> Urgency:
    if flag in _EMERGENCY_FLAGS:
        return Urgency.EMERGENCY
    if flag in _SAME_DAY_FLAGS:
        return Urgency.SAME_DAY
    return Urgency.ASSESS if flag is RedFlag.NOT_ASSESSED else Urgency.SOON


_RED_FLAG_URGENCY = {flag: _red_flag_urgency(flag) for flag in RedFlag}
RETIRED_RED_FLAGS = (RedFlag.LIMB_WEAKNESS,)  # no longer asked; answered again, they go


class Symptom(StrEnum):
    """New symptoms a user can report in a check-in or with "stop, this hurts": the "stop and
    seek care" symptoms of CLINICAL.md section 3 and the signs of sections 4 and 4a that one can
    have now (each red flag of that kind has a symptom of the same name and urgency)."""

    CHEST_PAIN = "chest_pain"  # NHSBP: emergency
    ARM_OR_HAND_WEAKNESS = "arm_or_hand_weakness"  # ARUK, HSE: contact a doctor today
    DIZZINESS_OR_VISION = "dizziness_or_vision"  # IFO, PCN, GPO (AHP): emergency
    SADDLE_OR_BLADDER = "saddle_or_bladder"  # NHSBP: emergency
    LEG_WEAKNESS = "leg_weakness"  # retired ("weakness in a leg, or trouble walking"): same day
    SERIOUS_INJURY = "serious_injury"  # NHSBP: emergency
    HIGH_FEVER = "high_fever"  # NHSBP: a high temperature with back pain alone: same day
    NUMBNESS = "numbness"  # AHP: new numbness: contact a doctor today
    TINGLING = "tingling"  # NHSBP: pins and needles
    PAIN_SPREADING = "pain_spreading"  # NHSBP, HSE: pain spreading down the arms
    SEVERE_PAIN = "severe_pain"  # ARUK, HSE: severe neck pain: contact a doctor today
    # The neck-specific signs of section 4a, named as their red flags.
    LEGS_WEAK_OR_NUMB = "legs_weak_or_numb"  # NHSBP: emergency
    SUDDEN_HEADACHE = "sudden_headache"  # IFO: emergency
    FACE_NUMBNESS = "face_numbness"  # IFO, PCN: emergency
    NAUSEA_NECK = "nausea_neck"  # IFO: emergency
    MENINGITIS = "meningitis"  # GPO, ICP: emergency
    RASH = "rash"  # GPO: emergency
    CLUMSY_HANDS = "clumsy_hands"  # GPR, PCN: same day, no exercise until checked
    UNSTEADY_WALKING = "unsteady_walking"  # GPR, PCN
    BOTH_ARMS = "both_arms"  # GPR, GPO
    LHERMITTE = "lhermitte"  # GPR, PCN
    BLADDER_BOWEL_CHANGE = "bladder_bowel_change"  # GPR

    @property
    def urgency(self) -> Urgency:
        """As the red flag of the same name; the others as CLINICAL.md 4a calibrates them."""
        if self in (Symptom.TINGLING, Symptom.PAIN_SPREADING):
            return Urgency.SOON
        if self.value in _RED_FLAG_VALUES:
            return RedFlag(self.value).urgency
        return Urgency.SAME_DAY  # arm or hand weakness, numbness, severe pain, the retired leg


_RED_FLAG_VALUES = frozenset(flag.value for flag in RedFlag)
RETIRED_SYMPTOMS = (Symptom.LEG_WEAKNESS,)  # no tick box any more; stored ones still read


class Topic(StrEnum):
    """What a group of questions is about: the first run and the symptom list ask them in
    groups with short headings, so a long list stays readable."""

    HEAD = "head"  # head, face, eyes and speech
    FEVER = "fever"
    BODY = "body"  # chest, legs, bladder and bowel
    ARMS = "arms"  # arms, hands and walking
    INJURY = "injury"
    PAIN = "pain"  # how the pain behaves
    HISTORY = "history"  # health history


Group = tuple[Topic, tuple[RedFlag, ...]]
# The first run's first safety step: signs one has now (emergency or today).
SIGNS_NOW: tuple[Group, ...] = (
    (
        Topic.HEAD,
        (
            RedFlag.SUDDEN_HEADACHE,
            RedFlag.DIZZINESS_OR_VISION,
            RedFlag.FACE_NUMBNESS,
            RedFlag.NAUSEA_NECK,
        ),
    ),
    (Topic.FEVER, (RedFlag.MENINGITIS, RedFlag.RASH, RedFlag.HIGH_FEVER)),
    (
        Topic.BODY,
        (
            RedFlag.CHEST_PAIN,
            RedFlag.LEGS_WEAK_OR_NUMB,
            RedFlag.SADDLE_OR_BLADDER,
            RedFlag.BLADDER_BOWEL_CHANGE,
        ),
    ),
    (
        Topic.ARMS,
        (
            RedFlag.ARM_WEAKNESS,
            RedFlag.CLUMSY_HANDS,
            RedFlag.BOTH_ARMS,
            RedFlag.LHERMITTE,
            RedFlag.UNSTEADY_WALKING,
        ),
    ),
    (Topic.INJURY, (RedFlag.SERIOUS_INJURY,)),
)
# The second: the history and how the pain behaves (see a doctor soon).
HISTORY_AND_PAIN: tuple[Group, ...] = (
    (
        Topic.HISTORY,
        (
            RedFlag.MEDICAL_HISTORY,
            RedFlag.OSTEOPOROSIS,
            RedFlag.NECK_SURGERY,
            RedFlag.PAST_INJURY,
            RedFlag.LONG_TERM_STEROIDS,
            RedFlag.DRUG_INJECTION,
            RedFlag.DOWN_SYNDROME,
            RedFlag.WEIGHT_LOSS,
        ),
    ),
    (
        Topic.PAIN,
        (
            RedFlag.NIGHT_PAIN,
            RedFlag.COUGH_PAIN,
            RedFlag.BACK_SHAPE,
            RedFlag.AGE_ONSET,
            RedFlag.NOT_IMPROVING,
        ),
    ),
    (Topic.ARMS, (RedFlag.ARM_NERVES, RedFlag.PAIN_DOWN_ARMS)),
)
# "New symptoms?": every sign one can have now, grouped as in the first run.
SYMPTOM_GROUPS: tuple[tuple[Topic, tuple[Symptom, ...]], ...] = (
    (
        Topic.HEAD,
        (
            Symptom.SUDDEN_HEADACHE,
            Symptom.DIZZINESS_OR_VISION,
            Symptom.FACE_NUMBNESS,
            Symptom.NAUSEA_NECK,
        ),
    ),
    (Topic.FEVER, (Symptom.MENINGITIS, Symptom.RASH, Symptom.HIGH_FEVER)),
    (
        Topic.BODY,
        (
            Symptom.CHEST_PAIN,
            Symptom.LEGS_WEAK_OR_NUMB,
            Symptom.SADDLE_OR_BLADDER,
            Symptom.BLADDER_BOWEL_CHANGE,
        ),
    ),
    (
        Topic.ARMS,
        (
            Symptom.ARM_OR_HAND_WEAKNESS,
            Symptom.CLUMSY_HANDS,
            Symptom.BOTH_ARMS,
            Symptom.LHERMITTE,
            Symptom.UNSTEADY_WALKING,
            Symptom.NUMBNESS,
            Symptom.TINGLING,
            Symptom.PAIN_SPREADING,
        ),
    ),
    (Topic.PAIN, (Symptom.SEVERE_PAIN,)),
    (Topic.INJURY, (Symptom.SERIOUS_INJURY,)),
)


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


def _position(answer: RedFlag | Symptom) -> int:
    """Where the answer is asked (the enum's order)."""
    if isinstance(answer, RedFlag):
        return list(RedFlag).index(answer)
    return list(Symptom).index(answer)


# ---- safety flags that persist (CLINICAL.md section 4a, persistence; product choice) ------------


class FlagSource(StrEnum):
    """Where the answer that raised a safety flag was given."""

    FIRST_RUN = "first_run"
    CHECK_IN = "check_in"
    PLAYER = "player"  # "stop - this hurts"


@dataclass(frozen=True)
class SafetyFlag:
    """An "emergency" or "same day" answer, kept until the user says a clinician has checked
    it: until then Today shows it, exercise reminders wait and a routine asks before it starts."""

    id: int
    raised_at: datetime  # timezone-aware
    urgency: Urgency  # SAME_DAY or EMERGENCY (only those persist)
    reasons: tuple[str, ...]  # the RedFlag or Symptom values that raised it
    source: str  # a FlagSource value
    cleared_at: datetime | None = None  # when the user said "a clinician has checked this"

    def __post_init__(self) -> None:
        if self.raised_at.tzinfo is None:
            raise ValueError("raised_at must be timezone-aware")
        if self.cleared_at is not None and self.cleared_at.tzinfo is None:
            raise ValueError("cleared_at must be timezone-aware")
        if not self.urgency.persists:
            raise ValueError(f"a {self.urgency.name} answer does not persist as a safety flag")
        if not self.reasons:
            raise ValueError("a safety flag needs at least one reason")

    @property
    def is_open(self) -> bool:
        return self.cleared_at is None


def flag_to_raise(
    answers: Iterable[RedFlag] | Iterable[Symptom],
) -> tuple[Urgency, tuple[str, ...]] | None:
    """The urgency and reasons of the safety flag that `answers` (the "yes" answers, or the new
    symptoms) raise: the highest urgency among them, with every answer that calls for a doctor
    today or sooner as a reason, in the questions' order; None when none does."""
    kept = sorted({a for a in answers if a.urgency.persists}, key=_position)
    if not kept:
        return None
    return max(a.urgency for a in kept), tuple(a.value for a in kept)


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
# Holds from STRETCH_HOLD_SECONDS grow by holding longer. How far any dose may grow is its
# exercise kind's ceiling (coach.domain.ceilings, CLINICAL.md section 3), lowered by a plan.


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
    AT_THE_LIMIT = "at_the_limit"  # HOLD: every step is at its ceiling or the plan's bound
    AT_THE_FLOOR = "at_the_floor"  # HOLD: nothing left to take away
    OFF_IN_PLAN = "off_in_plan"  # HOLD: the clinician's plan turned suggestions off


@dataclass(frozen=True)
class Bounds:
    """A clinician plan's bounds on suggestions: they lower the ceilings of every exercise kind
    (`coach.domain.ceilings`), never raise them; None leaves the ceiling as it is."""

    max_hold_seconds: int | None = None
    max_reps: int | None = None
    max_sets: int | None = None
    enabled: bool = True

    def limit(self, name: str) -> int | None:
        """The plan's most for hold_seconds, reps or sets (None: none)."""
        value: int | None = getattr(self, f"max_{name}")
        return value


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
    # Strength exercises (by id) at their ceiling of 3 sets of 15 when the rule would step up:
    # they progress with a stronger band, not more repetitions (A08, ACSM).
    stronger_band: tuple[str, ...] = ()

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
    kinds: Mapping[str, DoseKind] | None = None,
) -> Suggestion:
    """Hold, reduce or increase `routine`'s dose from the last 7 days (CLINICAL.md section 3):
    one step up when pain during exercise stayed at 3 or below (no session stopped because it
    hurt), a day after a session was rated and none was worse than usual, and at least 70 % of
    the planned sessions were done; one step down when pain went above 5 or the next day was
    worse than usual. Never more than one step up a week: a step down (or back to the dose
    before a step up) is always allowed.

    `sessions` are the sessions at the current dose (see `dosing.session_pains`); `daily_pain`
    is the user's check-in pain per local day (over at least the last 4 weeks, for the
    baseline); `planned` is how many sessions the schedule asked for in the window; `kinds` gives
    each exercise's kind by id, for its dose ceiling (CLINICAL.md section 3): no step up ever
    passes it, nor the plan's `bounds`."""
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
    kinds = kinds or {}
    stronger: tuple[str, ...] = ()
    if direction is Direction.UP:
        stronger = _stronger_band(routine.steps, kinds)
    if direction is not Direction.HOLD:
        moved = _step(routine.steps, direction, bounds, kinds)
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
        stronger,
    )


def _stronger_band(steps: Sequence[RoutineStep], kinds: Mapping[str, DoseKind]) -> tuple[str, ...]:
    """The strength exercises that cannot step up within their own ceiling (A08, ACSM)."""
    return tuple(
        step.exercise_id
        for step in steps
        if kinds.get(step.exercise_id) is DoseKind.STRENGTH
        and _step_dosage(
            step.dosage, Direction.UP, Bounds(), ceiling_of(step.exercise_id, step.dosage, kinds)
        )
        is None
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
    steps: tuple[RoutineStep, ...],
    direction: Direction,
    bounds: Bounds,
    kinds: Mapping[str, DoseKind],
) -> tuple[RoutineStep, ...] | None:
    """Every step one step up or down (a longer hold for stretches, else 2 more reps, else one
    more set; the reverse going down); None when no step can move."""
    moved = [
        _step_dosage(
            step.dosage, direction, bounds, ceiling_of(step.exercise_id, step.dosage, kinds)
        )
        for step in steps
    ]
    if all(new is None for new in moved):
        return None
    return tuple(
        RoutineStep(step.exercise_id, new if new is not None else step.dosage)
        for step, new in zip(steps, moved, strict=True)
    )


def _step_dosage(
    dosage: Dosage, direction: Direction, bounds: Bounds, ceiling: Ceiling
) -> Dosage | None:
    """One step of one dose, or None. Up, the first part below its limit grows (the last step
    may be smaller, to reach the limit exactly); the limit is the ceiling with the dose's other
    parts as they are, lowered by the plan's bound."""
    stretch = dosage.hold_seconds >= STRETCH_HOLD_SECONDS
    if direction is Direction.UP:
        for applies, name, change in (
            (stretch, "hold_seconds", HOLD_STEP_SECONDS),
            (True, "reps", REP_STEP),
            (True, "sets", 1),
        ):
            limit = field_limit(dosage, name, ceiling)
            bound = bounds.limit(name)
            if bound is not None:
                limit = min(limit, bound)
            value = getattr(dosage, name)
            if applies and value < limit:
                return replace(dosage, **{name: min(value + change, limit)})
        return None
    # (applies, field, change, floor): the first that stays at or above its floor is the step.
    for applies, name, change, floor in (
        (True, "sets", -1, 1),
        (True, "reps", -REP_STEP, 1),
        (stretch, "hold_seconds", -HOLD_STEP_SECONDS, STRETCH_HOLD_SECONDS),
    ):
        value = getattr(dosage, name) + change
        if applies and value >= floor:
            return replace(dosage, **{name: value})
    return None


def planned_sessions(weekdays: frozenset[int], times_a_day: int, today: date) -> int:
    """How many sessions a weekly schedule asked for in the 7 days up to `today`."""
    days = [today - timedelta(days=n) for n in range(7)]
    return sum(times_a_day for day in days if day.weekday() in weekdays)
