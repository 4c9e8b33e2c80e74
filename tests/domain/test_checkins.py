from datetime import UTC, datetime

import pytest

from coach.domain.checkins import CheckIn, PainBand, check_rating, pain_band


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, PainBand.NONE),
        (1, PainBand.MILD),
        (3, PainBand.MILD),
        (4, PainBand.MODERATE),
        (6, PainBand.MODERATE),
        (7, PainBand.SEVERE),
        (10, PainBand.SEVERE),
    ],
)
def test_cpa_bands(value: int, band: PainBand) -> None:
    """CPA: 1-3 mild, 4-6 moderate, 7-10 severe."""
    assert pain_band(value) is band


@pytest.mark.parametrize("value", [-1, 11, 100])
def test_off_scale_ratings_are_refused(value: int) -> None:
    with pytest.raises(ValueError, match="pain must be from 0 to 10"):
        check_rating(value)


def test_non_integer_ratings_are_refused() -> None:
    with pytest.raises(ValueError, match="whole number"):
        check_rating(True)
    with pytest.raises(ValueError, match="whole number"):
        check_rating(3.5)  # type: ignore[arg-type]


def test_checkin_needs_aware_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        CheckIn(1, datetime(2026, 1, 1), 3)
    assert CheckIn(1, datetime(2026, 1, 1, tzinfo=UTC), 3).pain == 3
