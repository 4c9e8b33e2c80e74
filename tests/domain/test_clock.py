from datetime import UTC, datetime, timedelta

import pytest

from coach.clock import FakeClock, SystemClock


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(datetime(2026, 3, 1, 8, tzinfo=UTC), monotonic_start=50.0)
    assert clock.now() == datetime(2026, 3, 1, 8, tzinfo=UTC)
    clock.advance(90)
    assert clock.now() == datetime(2026, 3, 1, 8, 1, 30, tzinfo=UTC)
    assert clock.monotonic() == 140.0


def test_suspend_stops_only_the_monotonic_clock_and_a_clock_change_moves_only_the_wall() -> None:
    clock = FakeClock()
    before_wall, before_mono, before_boot = clock.now(), clock.monotonic(), clock.boottime()
    clock.suspend(3600)
    assert (clock.monotonic(), clock.boottime()) == (before_mono, before_boot + 3600)
    clock.jump_wall(-7200)
    assert clock.now() == before_wall - timedelta(hours=1)
    assert (clock.monotonic(), clock.boottime()) == (before_mono, before_boot + 3600)


def test_fake_clock_refuses_backwards_advance_and_naive_start() -> None:
    with pytest.raises(ValueError):
        FakeClock().advance(-1)
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 1, 1))


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)


def test_system_boottime_never_goes_backwards_and_keeps_pace_with_monotonic() -> None:
    clock = SystemClock()
    boot, mono = clock.boottime(), clock.monotonic()
    later_boot, later_mono = clock.boottime(), clock.monotonic()
    assert later_boot >= boot
    assert abs((later_boot - boot) - (later_mono - mono)) < 0.5
