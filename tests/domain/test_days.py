from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.days import LocalDays, aware_moment, local_day_bounds

ZONES = [ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney")]


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)),
    st.sampled_from(ZONES),
)
def test_bounds_contain_the_moment_and_start_at_local_midnight(
    naive: datetime, zone: ZoneInfo
) -> None:
    moment = naive.replace(tzinfo=UTC)
    start, end = local_day_bounds(moment, zone)
    assert start <= moment < end
    assert start.astimezone(zone).time().hour == 0
    assert end.astimezone(zone).date() == start.astimezone(zone).date() + timedelta(days=1)


def test_daylight_saving_days_have_23_and_25_hours() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    spring = datetime(2026, 3, 29, 12, tzinfo=berlin)
    autumn = datetime(2026, 10, 25, 12, tzinfo=berlin)
    start, end = local_day_bounds(spring, berlin)
    assert end - start == timedelta(hours=23)
    start, end = local_day_bounds(autumn, berlin)
    assert end - start == timedelta(hours=25)


def test_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        local_day_bounds(datetime(2026, 1, 1))


def test_only_a_time_with_its_zone_is_a_moment() -> None:
    """Stored and imported times must carry their zone to compare with Coach's own."""
    assert aware_moment("2026-03-01T08:30:00+00:00") == datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    for unreadable in ("2026-03-01T08:30:00", "yesterday", "", None, 20260301):
        assert aware_moment(unreadable) is None


@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.75])
def test_a_daylight_saving_change_is_found_from_bounds_with_fractions_of_a_second(
    fraction: float,
) -> None:
    """Records carry fractions of a second: the search for the change must still end, on the
    first second of the new offset (Berlin, 2026-03-29 01:00 UTC)."""
    berlin = ZoneInfo("Europe/Berlin")
    change = datetime(2026, 3, 29, 1, tzinfo=UTC).timestamp()
    days = LocalDays(berlin, change - 86400, change + 86400)
    # From a whole second just before the change to a fraction after it: halving on fractions
    # used to come back to the same middle for ever.
    assert days._change_between(change - 1, change + fraction) == change
    assert days._change_between(change - 1 - fraction, change + 1) == change
    assert days.offset(change - 1 + fraction) == 3600
    assert days.offset(change) == 7200
