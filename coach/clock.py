"""Clocks: every timer, reminder and timestamp in Coach asks one of these, never `time` directly.

Three clocks, because they answer different questions:
- `now`, the wall clock: what deadlines are stored and shown in; it survives a restart but the user
  (or NTP) can move it.
- `monotonic`: cannot jump and stops while the computer sleeps, so an exercise hold does not finish
  while the laptop lid is shut.
- `boottime`: cannot jump and keeps counting while the computer sleeps, so a heat pack that was on for
  twenty minutes of real time has finished, whatever the wall clock says.
Tests use `FakeClock` so no test ever waits for real time.
"""

import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What Coach needs from a clock."""

    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards and stops while the computer sleeps."""
        ...

    def boottime(self) -> float:
        """Seconds on a clock that never goes backwards and keeps counting while asleep."""
        ...


def _suspend_counting_clock() -> int | None:
    """The system clock that counts sleep: CLOCK_BOOTTIME on Linux, CLOCK_MONOTONIC on macOS (which
    counts sleep there); None where `time.monotonic` already does (Windows)."""
    name = {"linux": "CLOCK_BOOTTIME", "darwin": "CLOCK_MONOTONIC"}.get(sys.platform)
    clock_id: int | None = getattr(time, name, None) if name else None
    return clock_id


class SystemClock:
    """The real clocks of the machine."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __init__(self) -> None:
        self._boot_clock = _suspend_counting_clock()

    def monotonic(self) -> float:
        return time.monotonic()

    def boottime(self) -> float:
        if self._boot_clock is None:
            return time.monotonic()
        return time.clock_gettime(self._boot_clock)


class FakeClock:
    """A clock that moves only when told to: `advance` moves all three clocks, `jump_wall` only the
    wall clock (a user changing the time), `suspend` the wall clock and the boot-time clock (the
    monotonic clock stops while asleep)."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._wall = start if start is not None else datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        if self._wall.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._mono = monotonic_start
        self._boot = monotonic_start

    def now(self) -> datetime:
        return self._wall.astimezone(UTC)

    def monotonic(self) -> float:
        return self._mono

    def boottime(self) -> float:
        return self._boot

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward; use jump_wall for a clock change")
        self._wall += timedelta(seconds=seconds)
        self._mono += seconds
        self._boot += seconds

    def jump_wall(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a suspend lasts a positive time")
        self._wall += timedelta(seconds=seconds)
        self._boot += seconds
