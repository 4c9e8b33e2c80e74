"""Red flags, stop-and-seek-care symptoms, pain zones and the progression rule; each test names
the CLINICAL.md source keys of its rule."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.exercises import Dosage
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import (
    Bounds,
    Direction,
    PainZone,
    Reason,
    RedFlag,
    SessionPain,
    Symptom,
    Urgency,
    exercise_pain_zone,
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
        RedFlag.LIMB_WEAKNESS,
        RedFlag.SERIOUS_INJURY,
        RedFlag.HIGH_FEVER,
    ],
)
def test_urgent_red_flags_nhsbp_mayo_kce(flag: RedFlag) -> None:
    advice = red_flag_advice([flag])
    assert advice is not None and advice.urgency is Urgency.URGENT
    assert advice.red_flags == (flag,)


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
    assert (advice.urgency, advice.red_flags) == (Urgency.URGENT, (RedFlag.CHEST_PAIN,))


def test_every_red_flag_has_an_urgency() -> None:
    assert {flag.urgency for flag in RedFlag} == set(Urgency)


@pytest.mark.parametrize(
    ("symptom", "urgency"),
    [
        (Symptom.CHEST_PAIN, Urgency.URGENT),  # NHSBP, MAYO, KCE
        (Symptom.ARM_OR_HAND_WEAKNESS, Urgency.URGENT),  # ARUK, NHSBP
        (Symptom.DIZZINESS_OR_VISION, Urgency.URGENT),  # AHP (the cautious reading)
        (Symptom.NUMBNESS, Urgency.URGENT),  # AHP: stop and seek care
        (Symptom.TINGLING, Urgency.SOON),  # NHSBP
        (Symptom.PAIN_SPREADING, Urgency.SOON),  # NHSBP, HSE
        (Symptom.SEVERE_PAIN, Urgency.URGENT),  # ARUK: stop and seek care
        (Symptom.SADDLE_OR_BLADDER, Urgency.URGENT),  # NHSBP, MAYO, KCE
        (Symptom.LEG_WEAKNESS, Urgency.URGENT),  # NHSBP, MAYO, KCE
        (Symptom.SERIOUS_INJURY, Urgency.URGENT),  # NHSBP, MAYO, KCE
        (Symptom.HIGH_FEVER, Urgency.URGENT),  # NHSBP, MAYO, KCE
    ],
)
def test_symptoms_stop_and_seek_care_aruk_ahp(symptom: Symptom, urgency: Urgency) -> None:
    advice = symptom_advice([symptom])
    assert advice is not None and advice.urgency is urgency and advice.symptoms == (symptom,)
    assert symptom_advice([]) is None


def test_every_urgent_red_flag_can_be_reported_as_a_new_symptom_nhsbp_mayo_kce() -> None:
    """CLINICAL.md section 4 asks the red flags in check-ins too: each urgent one has a symptom
    of the same urgency (weakness in an arm as ARM_OR_HAND_WEAKNESS, in a leg as LEG_WEAKNESS)."""
    reportable = {s.value for s in Symptom if s.urgency is Urgency.URGENT}
    urgent = {f.value for f in RedFlag if f.urgency is Urgency.URGENT}
    assert urgent - {RedFlag.LIMB_WEAKNESS.value} <= reportable
    assert {Symptom.ARM_OR_HAND_WEAKNESS.value, Symptom.LEG_WEAKNESS.value} <= reportable


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
    assert stretch.dosage.hold_seconds == 20 and stretch.dosage.reps == 4
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
