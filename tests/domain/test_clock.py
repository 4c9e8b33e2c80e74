from datetime import UTC, datetime, timedelta

import pytest

from coach.clock import FakeClock, SystemClock


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(datetime(2026, 3, 1, 8, tzinfo=UTC), monotonic_start=50.0)
    assert clock.now() == datetime(2026, 3, 1, 8, tzinfo=UTC)
    clock.advance(90)
    assert clock.now() == datetime(2026, 3, 1, 8, 1, 30, tzinfo=UTC)
    assert clock.monotonic() == 140.0


def test_suspend_and_clock_changes_move_only_the_wall_clock() -> None:
    clock = FakeClock()
    before_wall, before_mono = clock.now(), clock.monotonic()
    clock.suspend(3600)
    clock.jump_wall(-7200)
    assert clock.now() == before_wall - timedelta(hours=1)
    assert clock.monotonic() == before_mono


def test_fake_clock_refuses_backwards_advance_and_naive_start() -> None:
    with pytest.raises(ValueError):
        FakeClock().advance(-1)
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 1, 1))


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)
