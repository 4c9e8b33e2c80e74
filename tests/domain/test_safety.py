"""Red flags, stop-and-seek-care symptoms, pain zones and the progression rule; each test names
the CLINICAL.md source keys of its rule."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.exercises import Dosage
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import (
    HISTORY_AND_PAIN,
    RETIRED_RED_FLAGS,
    RETIRED_SYMPTOMS,
    SIGNS_NOW,
    SYMPTOM_GROUPS,
    Advice,
    Bounds,
    Direction,
    FlagSource,
    PainZone,
    Reason,
    RedFlag,
    SafetyFlag,
    SessionPain,
    Symptom,
    Urgency,
    exercise_pain_zone,
    flag_to_raise,
    planned_sessions,
    red_flag_advice,
    suggest_dose,
    symptom_advice,
)

TODAY = date(2026, 3, 16)  # a Monday
STRETCH = RoutineStep("upper_trapezius_stretch", Dosage(hold_seconds=20, reps=2))
TUCK = RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=8))
ROUTINE = Routine("plan:neck", "Neck", "", (STRETCH, TUCK))
BASELINE = {TODAY - timedelta(days=n): 4.0 for n in range(8, 28)}
# The baseline and a check-in on every day of the window, none above it: no day was worse.
CHECKED = {**BASELINE, **{TODAY - timedelta(days=n): 3.0 for n in range(7)}}


def week(pain_after: int | None, count: int = 7, completed: bool = True) -> list[SessionPain]:
    return [SessionPain(TODAY - timedelta(days=n), pain_after, completed) for n in range(count)]


@pytest.mark.parametrize(
    "flag",
    [
        RedFlag.CHEST_PAIN,
        RedFlag.SADDLE_OR_BLADDER,
        RedFlag.LEGS_WEAK_OR_NUMB,
        RedFlag.SERIOUS_INJURY,
    ],
)
def test_emergency_only_for_what_the_nhs_calls_one_NHSBP(flag: RedFlag) -> None:
    """CLINICAL.md 4a: "call an emergency line now" for chest pain, weakness or numbness in BOTH
    legs, saddle numbness, loss of bladder or bowel control and a serious accident (NHSBP)."""
    advice = red_flag_advice([flag])
    assert advice is not None and advice.urgency is Urgency.EMERGENCY
    assert advice.red_flags == (flag,)
    assert Symptom(flag.value).urgency is Urgency.EMERGENCY  # the same in "New symptoms?"


def test_a_high_temperature_with_back_pain_alone_is_urgent_gp_not_999_NHSBP() -> None:
    """Changed by the clinical review: a fever alone was an emergency; the NHS says urgent GP or
    111, the same day."""
    advice = red_flag_advice([RedFlag.HIGH_FEVER])
    assert advice is not None and advice.urgency is Urgency.SAME_DAY
    assert Symptom.HIGH_FEVER.urgency is Urgency.SAME_DAY


@pytest.mark.parametrize(
    "flag",
    [
        RedFlag.SUDDEN_HEADACHE,
        RedFlag.DIZZINESS_OR_VISION,
        RedFlag.FACE_NUMBNESS,
        RedFlag.NAUSEA_NECK,
    ],
)
def test_vascular_signs_call_for_an_emergency_IFO_PCN_GPO(flag: RedFlag) -> None:
    """A sudden severe headache unlike any before, dizziness, drop attacks, double vision,
    trouble speaking or swallowing, face numbness, nausea with neck movement (IFO's cervical
    framework): emergency now, in the first run and as a new symptom."""
    advice = red_flag_advice([flag, RedFlag.CLUMSY_HANDS, RedFlag.NECK_SURGERY])
    assert advice is not None and advice.urgency is Urgency.EMERGENCY
    assert advice.red_flags == (flag,)
    assert symptom_advice([Symptom(flag.value)]) == Advice(
        Urgency.EMERGENCY, symptoms=(Symptom(flag.value),)
    )


@pytest.mark.parametrize("flag", [RedFlag.MENINGITIS, RedFlag.RASH])
def test_the_meningitis_pattern_is_an_emergency_GPO_ICP(flag: RedFlag) -> None:
    """Fever with a stiff neck and headache or light sensitivity, or a rash that does not fade
    (GPO: emergency admission): emergency now, not the same-day fever."""
    advice = red_flag_advice([RedFlag.HIGH_FEVER, flag])
    assert advice is not None and (advice.urgency, advice.red_flags) == (Urgency.EMERGENCY, (flag,))
    assert Symptom(flag.value).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "flag",
    [
        RedFlag.CLUMSY_HANDS,
        RedFlag.UNSTEADY_WALKING,
        RedFlag.BOTH_ARMS,
        RedFlag.LHERMITTE,
        RedFlag.BLADDER_BOWEL_CHANGE,
    ],
)
def test_spinal_cord_signs_same_day_and_no_exercise_until_checked_GPR_PCN(flag: RedFlag) -> None:
    """Myelopathy (GPR: urgent imaging, progression irreversible): see a doctor today, and it
    persists as a safety flag that holds exercise until a clinician has checked it."""
    advice = red_flag_advice([flag, RedFlag.OSTEOPOROSIS])
    assert advice is not None and (advice.urgency, advice.red_flags) == (Urgency.SAME_DAY, (flag,))
    assert advice.urgency.persists
    assert flag_to_raise([flag, RedFlag.OSTEOPOROSIS]) == (Urgency.SAME_DAY, (flag.value,))
    assert Symptom(flag.value).urgency is Urgency.SAME_DAY


@pytest.mark.parametrize(
    "flag",
    [
        RedFlag.NECK_SURGERY,
        RedFlag.PAST_INJURY,
        RedFlag.MEDICAL_HISTORY,  # inflammatory arthritis, immune suppression among them
        RedFlag.DOWN_SYNDROME,
        RedFlag.DRUG_INJECTION,
        RedFlag.LONG_TERM_STEROIDS,
    ],
)
def test_the_neck_history_calls_for_a_doctor_soon_ICP_PCN_GPO(flag: RedFlag) -> None:
    """The history items of CLINICAL.md 4a: see a doctor soon, before relying on self-care; they
    do not persist as a flag (nothing to check today)."""
    advice = red_flag_advice([flag])
    assert advice is not None and advice.urgency is Urgency.SOON
    assert not advice.urgency.persists and flag_to_raise([flag]) is None


@pytest.mark.parametrize(
    "flag",
    [
        RedFlag.WEIGHT_LOSS,
        RedFlag.MEDICAL_HISTORY,
        RedFlag.OSTEOPOROSIS,
        RedFlag.NIGHT_PAIN,
        RedFlag.COUGH_PAIN,
        RedFlag.BACK_SHAPE,
        RedFlag.ARM_NERVES,
        RedFlag.PAIN_DOWN_ARMS,
        RedFlag.AGE_ONSET,
        RedFlag.NOT_IMPROVING,
    ],
)
def test_see_a_doctor_soon_red_flags_nhsbp_hse_icp_mayo(flag: RedFlag) -> None:
    advice = red_flag_advice([flag])
    assert advice is not None and advice.urgency is Urgency.SOON


def test_upper_back_pain_not_assessed_nhsbp_devon() -> None:
    advice = red_flag_advice([RedFlag.NOT_ASSESSED])
    assert advice is not None and advice.urgency is Urgency.ASSESS


def test_no_yes_means_no_advice_and_the_most_urgent_decides() -> None:
    assert red_flag_advice([]) is None
    advice = red_flag_advice([RedFlag.NOT_ASSESSED, RedFlag.NIGHT_PAIN, RedFlag.CHEST_PAIN])
    assert advice is not None
    assert (advice.urgency, advice.red_flags) == (Urgency.EMERGENCY, (RedFlag.CHEST_PAIN,))


def test_every_red_flag_has_an_urgency_and_every_one_asked_is_asked_once() -> None:
    assert {flag.urgency for flag in RedFlag} == set(Urgency)
    asked = [flag for _topic, flags in (*SIGNS_NOW, *HISTORY_AND_PAIN) for flag in flags]
    assert len(asked) == len(set(asked))
    assert set(RedFlag) - set(asked) == {*RETIRED_RED_FLAGS, RedFlag.NOT_ASSESSED}
    # The first step asks what persists (emergency or today), the second what does not.
    assert all(flag.urgency.persists for _topic, flags in SIGNS_NOW for flag in flags)
    assert not any(flag.urgency.persists for _topic, flags in HISTORY_AND_PAIN for flag in flags)
    offered = [symptom for _topic, symptoms in SYMPTOM_GROUPS for symptom in symptoms]
    assert len(offered) == len(set(offered))
    assert set(Symptom) - set(offered) == set(RETIRED_SYMPTOMS)


@pytest.mark.parametrize(
    ("symptom", "urgency"),
    [
        (Symptom.CHEST_PAIN, Urgency.EMERGENCY),  # NHSBP
        (Symptom.ARM_OR_HAND_WEAKNESS, Urgency.SAME_DAY),  # ARUK, HSE: contact your doctor
        (Symptom.DIZZINESS_OR_VISION, Urgency.EMERGENCY),  # IFO (AHP)
        (Symptom.NUMBNESS, Urgency.SAME_DAY),  # AHP: stop and seek care
        (Symptom.TINGLING, Urgency.SOON),  # NHSBP
        (Symptom.PAIN_SPREADING, Urgency.SOON),  # NHSBP, HSE
        (Symptom.SEVERE_PAIN, Urgency.SAME_DAY),  # ARUK, HSE: contact your doctor
        (Symptom.SADDLE_OR_BLADDER, Urgency.EMERGENCY),  # NHSBP
        (Symptom.LEG_WEAKNESS, Urgency.SAME_DAY),  # retired; unsteady walking: GPR
        (Symptom.SERIOUS_INJURY, Urgency.EMERGENCY),  # NHSBP
        (Symptom.HIGH_FEVER, Urgency.SAME_DAY),  # NHSBP: urgent GP or 111
    ],
)
def test_symptoms_stop_and_seek_care_aruk_ahp(symptom: Symptom, urgency: Urgency) -> None:
    """Changed by the clinical review (CLINICAL.md 4a): severe neck pain, weakness in one arm or
    hand, new numbness and a fever were "urgent" (an emergency); the sources say the same day."""
    advice = symptom_advice([symptom])
    assert advice is not None and advice.urgency is urgency and advice.symptoms == (symptom,)
    assert symptom_advice([]) is None


def test_severe_neck_pain_or_one_weak_arm_means_your_doctor_today_ARUK_HSE() -> None:
    """ARUK, HSE: "contact your doctor" for severe neck pain or new weakness in an arm or hand,
    not an emergency line; it persists as a safety flag."""
    for answers in (
        [Symptom.SEVERE_PAIN],
        [Symptom.ARM_OR_HAND_WEAKNESS, Symptom.TINGLING],
    ):
        advice = symptom_advice(answers)
        assert advice is not None and advice.urgency is Urgency.SAME_DAY
    advice = red_flag_advice([RedFlag.ARM_WEAKNESS, RedFlag.PAIN_DOWN_ARMS])
    assert advice is not None and advice.urgency is Urgency.SAME_DAY
    assert flag_to_raise([Symptom.TINGLING, Symptom.SEVERE_PAIN, Symptom.ARM_OR_HAND_WEAKNESS]) == (
        Urgency.SAME_DAY,
        ("arm_or_hand_weakness", "severe_pain"),
    )


def test_every_sign_of_now_can_be_reported_as_a_new_symptom_of_the_same_urgency() -> None:
    """CLINICAL.md sections 4 and 4a ask the red flags in check-ins too: every sign asked in the
    first run's first step is a symptom of the same name and urgency."""
    for _topic, flags in SIGNS_NOW:
        for flag in flags:
            assert Symptom(flag.value).urgency is flag.urgency, flag


def test_a_safety_flag_holds_only_what_persists_with_its_moments() -> None:
    raised = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)
    flag = SafetyFlag(1, raised, Urgency.SAME_DAY, ("clumsy_hands",), FlagSource.FIRST_RUN)
    assert flag.is_open
    assert not replace(flag, cleared_at=raised + timedelta(days=2)).is_open
    for wrong in (
        {"raised_at": raised.replace(tzinfo=None)},
        {"urgency": Urgency.SOON},
        {"reasons": ()},
        {"cleared_at": datetime(2026, 6, 11)},
    ):
        with pytest.raises(ValueError):
            replace(flag, **wrong)
    assert flag_to_raise([]) is None
    assert flag_to_raise([RedFlag.NOT_ASSESSED, RedFlag.NIGHT_PAIN]) is None


@pytest.mark.parametrize(
    ("pain", "zone"),
    [(0, PainZone.SAFE), (3, PainZone.SAFE), (4, PainZone.ACCEPTABLE), (5, PainZone.ACCEPTABLE)]
    + [(n, PainZone.TOO_MUCH) for n in range(6, 11)],
)
def test_pain_zones_during_exercise_bim_prov_sil(pain: int, zone: PainZone) -> None:
    assert exercise_pain_zone(pain) is zone


def test_step_up_when_easy_regular_and_no_worse_next_day_bim_prov() -> None:
    sessions = week(2)
    daily = {**BASELINE, **{TODAY - timedelta(days=n): 3.0 for n in range(7)}}
    suggestion = suggest_dose(ROUTINE, TODAY, sessions, daily, planned=7, last_change=None)
    assert (suggestion.direction, suggestion.reason) == (Direction.UP, Reason.EASY_AND_REGULAR)
    stretch, tuck = suggestion.steps
    assert stretch.dosage.hold_seconds == 25  # a stretch holds longer (ACSM 10-30 s)
    assert tuck.dosage.reps == 10  # others: 2 more reps
    assert (suggestion.highest_pain, suggestion.done, suggestion.planned) == (2, 7, 7)


def test_step_down_when_pain_goes_above_5_bim_prov() -> None:
    sessions = [*week(2, 6), SessionPain(TODAY, 6, True)]
    suggestion = suggest_dose(ROUTINE, TODAY, sessions, BASELINE, planned=7, last_change=None)
    assert (suggestion.direction, suggestion.reason) == (Direction.DOWN, Reason.TOO_PAINFUL)
    assert suggestion.steps[1].dosage.reps == 6
    assert suggestion.steps[0].dosage.hold_seconds == 15  # a stretch with 2 reps holds less


def test_step_down_when_the_next_day_is_worse_than_usual_prov_bim() -> None:
    sessions = week(2)
    worse = TODAY - timedelta(days=2)
    daily = {**BASELINE, worse: 6.0}
    suggestion = suggest_dose(ROUTINE, TODAY, sessions, daily, planned=7, last_change=None)
    assert (suggestion.direction, suggestion.reason) == (Direction.DOWN, Reason.WORSE_NEXT_DAY)
    assert suggestion.worse_day == worse


def test_never_more_than_one_step_up_a_week() -> None:
    suggestion = suggest_dose(
        ROUTINE, TODAY, week(2), CHECKED, planned=7, last_change=TODAY - timedelta(days=6)
    )
    assert (suggestion.direction, suggestion.reason) == (
        Direction.HOLD,
        Reason.CHANGED_THIS_WEEK,
    )
    assert suggestion.steps == ROUTINE.steps
    later = suggest_dose(
        ROUTINE, TODAY, week(2), CHECKED, planned=7, last_change=TODAY - timedelta(days=7)
    )
    assert later.direction is Direction.UP


def test_a_step_down_is_allowed_the_week_of_a_change_bim_prov() -> None:
    """Pain above 5, or a worse next day, after this week's step up: a step down (back to the
    dose before it) is always allowed; only steps up wait a week."""
    painful = suggest_dose(
        ROUTINE, TODAY, week(8), BASELINE, planned=7, last_change=TODAY - timedelta(days=6)
    )
    assert (painful.direction, painful.reason) == (Direction.DOWN, Reason.TOO_PAINFUL)
    after_step_up = [SessionPain(TODAY - timedelta(days=1), 8, True)]
    since = suggest_dose(
        ROUTINE, TODAY, after_step_up, BASELINE, planned=7, last_change=TODAY - timedelta(days=2)
    )
    assert (since.direction, since.reason) == (Direction.DOWN, Reason.TOO_PAINFUL)
    worse = suggest_dose(
        ROUTINE,
        TODAY,
        week(2, 3),
        {**BASELINE, TODAY - timedelta(days=1): 7.0},
        planned=7,
        last_change=TODAY - timedelta(days=3),
    )
    assert (worse.direction, worse.reason) == (Direction.DOWN, Reason.WORSE_NEXT_DAY)


def test_hold_under_70_percent_done_or_with_some_pain() -> None:
    few = suggest_dose(ROUTINE, TODAY, week(2, 4), BASELINE, planned=7, last_change=None)
    assert (few.direction, few.reason) == (Direction.HOLD, Reason.NOT_ENOUGH_DONE)
    enough = suggest_dose(ROUTINE, TODAY, week(2, 5), CHECKED, planned=7, last_change=None)
    assert enough.direction is Direction.UP  # 5 of 7 is 71 %
    some = suggest_dose(ROUTINE, TODAY, week(4), BASELINE, planned=7, last_change=None)
    assert (some.direction, some.reason) == (Direction.HOLD, Reason.SOME_PAIN)
    none = suggest_dose(ROUTINE, TODAY, week(None), BASELINE, planned=7, last_change=None)
    assert none.reason is Reason.TOO_FEW_SESSIONS


def test_no_step_up_when_the_next_day_cannot_be_checked_prov_bim() -> None:
    """'No next-day worsening' must be seen, not assumed: with no rating on any day after a
    session, hold."""
    unchecked = suggest_dose(ROUTINE, TODAY, week(2), BASELINE, planned=7, last_change=None)
    assert (unchecked.direction, unchecked.reason) == (Direction.HOLD, Reason.NO_NEXT_DAY_RATINGS)
    new_user = suggest_dose(ROUTINE, TODAY, week(2), {}, planned=7, last_change=None)
    assert (new_user.direction, new_user.reason) == (Direction.HOLD, Reason.NO_NEXT_DAY_RATINGS)


def test_without_a_baseline_the_next_day_is_compared_with_the_day_before_it_prov_bim() -> None:
    """A new user (no check-ins in the 3 weeks before): pain 2 after each session, but every
    next day rated 8, the day of the first session 1 before starting."""
    sessions = [SessionPain(TODAY - timedelta(days=n), 2, True) for n in range(1, 7)]
    daily = {TODAY - timedelta(days=n): 8.0 for n in range(6)}
    daily[TODAY - timedelta(days=6)] = 1.0
    worse = suggest_dose(ROUTINE, TODAY, sessions, daily, planned=6, last_change=None)
    assert (worse.direction, worse.reason) == (Direction.DOWN, Reason.WORSE_NEXT_DAY)
    assert worse.worse_day == TODAY - timedelta(days=5)

    # No check-ins at all: the pain rated before each session is that day's and the next day's.
    def rated(before: int, n: int) -> SessionPain:
        return SessionPain(TODAY - timedelta(days=n), 2, True, pain_before=before)

    steady = [rated(2, n) for n in range(7)]
    up = suggest_dose(ROUTINE, TODAY, steady, {}, planned=7, last_change=None)
    assert (up.direction, up.reason) == (Direction.UP, Reason.EASY_AND_REGULAR)
    rising = [rated(2, n) for n in range(2, 7)] + [rated(6, 1), rated(6, 0)]
    down = suggest_dose(ROUTINE, TODAY, rising, {}, planned=7, last_change=None)
    assert (down.direction, down.reason) == (Direction.DOWN, Reason.WORSE_NEXT_DAY)
    assert down.worse_day == TODAY - timedelta(days=1)


def test_a_session_stopped_because_it_hurt_blocks_a_step_up_bim_prov() -> None:
    """Six easy sessions, and yesterday "Stop - this hurts" (pain 3 once stopped): pain during
    exercise did not stay at 3 or below, so no step up."""
    sessions = [
        *week(2, 6),
        SessionPain(TODAY - timedelta(days=6), 3, False, stopped_for_pain=True),
    ]
    stopped = suggest_dose(ROUTINE, TODAY, sessions, CHECKED, planned=7, last_change=None)
    assert (stopped.direction, stopped.reason) == (Direction.HOLD, Reason.STOPPED_FOR_PAIN)
    painful = [*sessions, SessionPain(TODAY, 7, True)]
    down = suggest_dose(ROUTINE, TODAY, painful, CHECKED, planned=7, last_change=None)
    assert down.direction is Direction.DOWN  # pain above 5 still steps down


def test_a_plan_bounds_or_turns_off_suggestions() -> None:
    capped = suggest_dose(
        ROUTINE, TODAY, week(1), CHECKED, 7, None, Bounds(max_hold_seconds=20, max_reps=8)
    )
    stretch, tuck = capped.steps
    # 3 holds of 20 s, not 4: a stretch accumulates at most 60 s a side (ACSM ceiling).
    assert stretch.dosage.hold_seconds == 20 and stretch.dosage.reps == 3
    assert tuck.dosage.reps == 8 and tuck.dosage.sets == 2
    at_limit = suggest_dose(
        ROUTINE, TODAY, week(1), CHECKED, 7, None, Bounds(20, max_reps=2, max_sets=1)
    )
    assert (at_limit.direction, at_limit.reason) == (Direction.HOLD, Reason.AT_THE_LIMIT)
    off = suggest_dose(ROUTINE, TODAY, week(9), BASELINE, 7, None, Bounds(enabled=False))
    assert (off.direction, off.reason) == (Direction.HOLD, Reason.OFF_IN_PLAN)


def test_planned_sessions_count_the_schedule() -> None:
    assert planned_sessions(frozenset(range(5)), 2, TODAY) == 10
    assert planned_sessions(frozenset({6}), 1, TODAY) == 1


@given(
    st.lists(st.tuples(st.integers(0, 13), st.none() | st.integers(0, 10), st.booleans())),
    st.dictionaries(st.integers(0, 40), st.floats(0, 10)),
    st.integers(0, 20),
    st.none() | st.integers(0, 20),
)
def test_any_history_gives_a_valid_one_step_suggestion(
    raw: list[tuple[int, int | None, bool]],
    pains: dict[int, float],
    planned: int,
    changed: int | None,
) -> None:
    sessions = [SessionPain(TODAY - timedelta(days=d), p, c) for d, p, c in raw]
    daily = {TODAY - timedelta(days=d): p for d, p in pains.items()}
    last = None if changed is None else TODAY - timedelta(days=changed)
    suggestion = suggest_dose(ROUTINE, TODAY, sessions, daily, planned, last)
    if not suggestion.changes:
        assert suggestion.steps == ROUTINE.steps
        return
    if suggestion.direction is Direction.UP:  # never when the next day could not be checked
        assert any(s.day + timedelta(days=1) in daily for s in sessions)
    for before, after in zip(ROUTINE.steps, suggestion.steps, strict=True):
        moved = [
            name
            for name in ("hold_seconds", "reps", "sets")
            if getattr(before.dosage, name) != getattr(after.dosage, name)
        ]
        assert len(moved) <= 1  # one step: one field per exercise
    assert suggestion.direction is Direction.DOWN or last is None or TODAY - last >= timedelta(7)
