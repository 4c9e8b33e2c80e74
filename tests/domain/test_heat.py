"""Heat-safety rules; each test names its source key from ../shared/CLINICAL.md."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.heat import (
    HARD_CAP_MINUTES,
    MAX_SESSIONS_PER_DAY,
    MIN_GAP,
    Concern,
    HeatLimitError,
    HeatLimits,
    HeatScreening,
    HeatUse,
    HeatWarning,
    WarningKind,
    heat_start_warnings,
)

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
DAY_START = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
SCREENED = HeatScreening(answered=True)


def kinds(warnings: list[HeatWarning]) -> list[WarningKind]:
    return [w.kind for w in warnings]


def test_presets_and_default_follow_the_sources() -> None:
    """Presets 10, 15, 20 min, default 15 (MPFT, HSE, HW, ABC); cap 20 (ABC, HSE)."""
    limits = HeatLimits()
    assert limits.presets() == (10, 15, 20)
    assert limits.default_minutes() == 15
    assert HARD_CAP_MINUTES == 20 and limits.cap_seconds == 1200


def test_a_plan_may_lower_the_cap_but_never_raise_it() -> None:
    """ABC, HSE: nothing raises the 20-minute cap."""
    assert HeatLimits(12).presets() == (10,)
    assert HeatLimits(8).presets() == (8,) and HeatLimits(8).default_minutes() == 8
    with pytest.raises(HeatLimitError, match="between 1 and 20"):
        HeatLimits(25)
    with pytest.raises(HeatLimitError):
        HeatLimits(0)


def test_no_warning_for_a_screened_user_with_a_free_day() -> None:
    assert heat_start_warnings(NOW, DAY_START, [], SCREENED) == []


def test_unanswered_safety_questions_are_a_warning() -> None:
    assert kinds(heat_start_warnings(NOW, DAY_START, [], HeatScreening())) == [
        WarningKind.NOT_SCREENED
    ]


def test_a_session_within_two_hours_of_the_last_one_warns_with_the_wait() -> None:
    """HK: at least 2 h apart."""
    last = HeatUse(NOW - timedelta(minutes=110), NOW - timedelta(minutes=90))
    warnings = heat_start_warnings(NOW, DAY_START, [last], SCREENED)
    assert warnings == [HeatWarning(WarningKind.TOO_SOON, wait=timedelta(minutes=30), limit=2)]
    old = HeatUse(NOW - MIN_GAP - timedelta(minutes=20), NOW - MIN_GAP)
    assert heat_start_warnings(NOW, DAY_START, [old], SCREENED) == []


def test_a_fourth_session_in_a_day_warns() -> None:
    """MPFT: up to 3 times a day."""
    uses = [
        HeatUse(DAY_START + timedelta(hours=h), DAY_START + timedelta(hours=h, minutes=15))
        for h in (7, 10)
    ]
    assert heat_start_warnings(NOW, DAY_START, uses, SCREENED) == []
    uses.append(
        HeatUse(DAY_START + timedelta(hours=12), DAY_START + timedelta(hours=12, minutes=15))
    )
    assert heat_start_warnings(NOW, DAY_START, uses, SCREENED) == [
        HeatWarning(WarningKind.TOO_MANY_TODAY, count=MAX_SESSIONS_PER_DAY, limit=3)
    ]
    yesterday = [HeatUse(DAY_START - timedelta(hours=h), DAY_START) for h in (5, 8, 11)]
    assert heat_start_warnings(NOW, DAY_START, yesterday, SCREENED) == []


def test_a_plan_may_ask_for_a_longer_gap_and_fewer_sessions() -> None:
    """HK (2 h apart) and MPFT (3 a day) are Coach's floor; a clinician plan may be stricter."""
    strict = HeatLimits(15, max_sessions_per_day=2, min_gap_hours=3)
    last = HeatUse(NOW - timedelta(minutes=170), NOW - timedelta(minutes=150))
    assert heat_start_warnings(NOW, DAY_START, [last], SCREENED) == []
    assert heat_start_warnings(NOW, DAY_START, [last], SCREENED, strict) == [
        HeatWarning(WarningKind.TOO_SOON, wait=timedelta(minutes=30), limit=3)
    ]
    two = [
        HeatUse(DAY_START + timedelta(hours=h), DAY_START + timedelta(hours=h, minutes=15))
        for h in (6, 9)
    ]
    assert kinds(heat_start_warnings(NOW, DAY_START, two, SCREENED, strict)) == [
        WarningKind.TOO_MANY_TODAY
    ]


@pytest.mark.parametrize(
    ("per_day", "gap"), [(4, 2), (0, 2), (3, 1), (3, 25)], ids=["4 a day", "0", "1 h", "25 h"]
)
def test_limits_looser_than_coachs_own_are_refused(per_day: int, gap: int) -> None:
    with pytest.raises(HeatLimitError):
        HeatLimits(20, max_sessions_per_day=per_day, min_gap_hours=gap)


def test_a_running_heat_session_is_a_warning() -> None:
    running = HeatUse(NOW - timedelta(minutes=5), None)
    assert kinds(heat_start_warnings(NOW, DAY_START, [running], SCREENED)) == [
        WarningKind.ALREADY_RUNNING
    ]


def test_answers_split_into_do_not_use_and_ask_a_clinician() -> None:
    """HW, HK, FPN (do not use heat); FDA, MPFT, HK (ask a clinician first)."""
    screening = HeatScreening(
        True,
        frozenset({Concern.DIABETES, Concern.REDUCED_SENSATION, Concern.BROKEN_SKIN}),
    )
    warnings = heat_start_warnings(NOW, DAY_START, [], screening)
    assert warnings == [
        HeatWarning(
            WarningKind.AVOID_HEAT, concerns=(Concern.BROKEN_SKIN, Concern.REDUCED_SENSATION)
        ),
        HeatWarning(WarningKind.ASK_CLINICIAN, concerns=(Concern.DIABETES,)),
    ]


@given(st.frozensets(st.sampled_from(list(Concern))), st.booleans())
def test_screening_answers_round_trip(concerns: frozenset[Concern], answered: bool) -> None:
    screening = HeatScreening(answered, concerns)
    assert HeatScreening.decode(screening.encode()) == screening


@pytest.mark.parametrize(
    "text", ["[]", '{"answered": "yes"}', '{"answered": true, "concerns": ["gills"]}', "{"]
)
def test_unreadable_screening_answers_raise_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        HeatScreening.decode(text)
