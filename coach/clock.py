"""Clocks: every timer, reminder and timestamp in Coach asks one of these, never `time` directly.

The wall clock (`now`) is what deadlines are stored in, because it keeps running while a laptop sleeps;
the monotonic clock (`monotonic`) measures short intervals and cannot jump. Tests use `FakeClock` so no
test ever waits for real time.
"""

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What Coach needs from a clock."""

    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (it may pause during suspend)."""
        ...


class SystemClock:
    """The real clocks of the machine."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: `advance` moves both clocks, `jump_wall` only the wall
    clock (a user changing the time), `suspend` only the wall clock too (monotonic time stops while
    asleep on Linux)."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._wall = start if start is not None else datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        if self._wall.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._mono = monotonic_start

    def now(self) -> datetime:
        return self._wall.astimezone(UTC)

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward; use jump_wall for a clock change")
        self._wall += timedelta(seconds=seconds)
        self._mono += seconds

    def jump_wall(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        self.jump_wall(seconds)
