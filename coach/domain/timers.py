"""Heat, rest and custom countdowns as deadlines, so they end on time whatever happens to the app.

A running timer is a deadline on the wall clock (stored, shown, and used after a restart) plus the
same deadline on the boot-time clock (which keeps counting through sleep and cannot be moved by a
clock change). Remaining time is always the boot-time deadline minus the boot-time clock, never a
count of ticks. When the two disagree by more than a couple of seconds the wall clock was changed, and
the wall deadline is moved to match (`reconcile`), so a restart afterwards still ends on time.

The board answers two questions for the UI: what is due now (`due`), and how long until the next
thing is (`seconds_until_next`), so the UI arms one single-shot timer and nothing polls.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from coach.clock import Clock
from coach.domain.errors import ReasonedError
from coach.domain.heat import BodyArea, HeatLimitError, HeatLimits, HeatSource

CLOCK_CHANGE_TOLERANCE_SECONDS = 2.0
REST_PRESET_MINUTES = (2, 5, 10)  # CLINICAL.md section 5: rest short, then move (product choice)
REST_MAX_MINUTES = 30  # (product choice) a rest break longer than this is inactivity, not a break
CUSTOM_MAX_MINUTES = 12 * 60
LABEL_MAX_LENGTH = 80


class TimerProblem(StrEnum):
    NOT_POSITIVE = "not_positive"
    LABEL_TOO_LONG = "label_too_long"  # limit: characters
    REST_TOO_LONG = "rest_too_long"  # limit: minutes
    TOO_LONG = "too_long"  # limit: hours
    ENDED = "ended"  # the timer has ended (or its deadline has passed) meanwhile
    UNREADABLE = "unreadable"  # a stored timer that cannot be taken over


class TimerError(ReasonedError):
    """A timer that cannot be started or changed as asked (reason: a TimerProblem)."""


class TimerKind(StrEnum):
    HEAT = "heat"
    REST = "rest"
    CUSTOM = "custom"


class TimerStatus(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"  # ran to its end
    STOPPED = "stopped"  # stopped early by the user

    @property
    def active(self) -> bool:
        return self in (TimerStatus.RUNNING, TimerStatus.PAUSED)


@dataclass(eq=False)
class Timer:
    """One countdown. `planned_seconds` is the running time asked for, extensions included."""

    kind: TimerKind
    label: str
    planned_seconds: float
    started_at: datetime
    status: TimerStatus = TimerStatus.RUNNING
    deadline_at: datetime | None = None  # wall clock, while running
    remaining_paused: float | None = None  # while paused
    skin_check_after: float | None = None  # heat: running seconds until the half-time skin check
    source: HeatSource | None = None
    area: BodyArea | None = None
    ended_at: datetime | None = None
    actual_seconds: float | None = None
    id: int = 0  # the store's row id, 0 until stored
    deadline_ref: float | None = field(default=None, repr=False)  # boot-time clock, while running


@dataclass(frozen=True)
class TimerFinished:
    """A timer reached its deadline (possibly while the computer slept or Coach was closed)."""

    timer: Timer
    late_seconds: float  # how long ago it ended: about 0, or the time asleep or closed


@dataclass(frozen=True)
class SkinCheckDue:
    """A heat timer reached half time: the moment to check the skin."""

    timer: Timer


TimerEvent = TimerFinished | SkinCheckDue


class TimerBoard:
    """The timers that are running or paused. Finished and stopped ones leave the board; the events
    and return values hand them to the caller to store."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._timers: list[Timer] = []

    @property
    def active(self) -> list[Timer]:
        return list(self._timers)

    def adopt(self, timers: Iterable[Timer]) -> list[tuple[Timer, TimerError]]:
        """Take over timers restored from the store after a restart: a running one is anchored to
        this run's boot-time clock from its wall deadline (the only clock that outlives the app).
        One that cannot be taken over is left out and returned, so the others still run."""
        now, boot = self._clock.now(), self._clock.boottime()
        problems: list[tuple[Timer, TimerError]] = []
        for timer in timers:
            if not timer.status.active:
                continue
            if timer.status is TimerStatus.RUNNING:
                if timer.deadline_at is None:
                    problems.append(
                        (
                            timer,
                            TimerError(
                                TimerProblem.UNREADABLE,
                                f"running timer {timer.id} has no deadline",
                            ),
                        )
                    )
                    continue
                timer.deadline_ref = boot + (timer.deadline_at - now).total_seconds()
            elif timer.remaining_paused is None:
                problems.append(
                    (
                        timer,
                        TimerError(
                            TimerProblem.UNREADABLE,
                            f"paused timer {timer.id} has no remaining time",
                        ),
                    )
                )
                continue
            self._timers.append(timer)
        return problems

    def start(
        self,
        kind: TimerKind,
        seconds: float,
        label: str = "",
        source: HeatSource | None = None,
        area: BodyArea | None = None,
        limits: HeatLimits | None = None,
    ) -> Timer:
        """Start a countdown of `seconds`. Heat is held to the cap in `limits` (HeatLimitError);
        rest and custom timers to their own maximum (TimerError)."""
        label = label.strip()
        if len(label) > LABEL_MAX_LENGTH:
            raise TimerError(
                TimerProblem.LABEL_TOO_LONG,
                f"a timer label may have at most {LABEL_MAX_LENGTH} characters",
                LABEL_MAX_LENGTH,
            )
        _check_length(kind, seconds, limits)
        now = self._clock.now()
        timer = Timer(
            kind=kind,
            label=label,
            planned_seconds=float(seconds),
            started_at=now,
            deadline_at=now + timedelta(seconds=seconds),
            skin_check_after=seconds / 2 if kind is TimerKind.HEAT else None,
            source=source,
            area=area,
            deadline_ref=self._clock.boottime() + seconds,
        )
        self._timers.append(timer)
        return timer

    def forget(self, timer: Timer) -> None:
        """Drop a timer as if it had never started (it could not be stored)."""
        if timer in self._timers:
            self._timers.remove(timer)

    def remaining(self, timer: Timer) -> float:
        """Seconds left (negative once the deadline has passed and `due` has not yet run)."""
        if timer.status is TimerStatus.PAUSED:
            assert timer.remaining_paused is not None
            return timer.remaining_paused
        if timer.status is TimerStatus.RUNNING:
            assert timer.deadline_ref is not None
            return timer.deadline_ref - self._clock.boottime()
        return 0.0

    def elapsed(self, timer: Timer) -> float:
        """Running seconds so far (pauses do not count)."""
        if not timer.status.active:
            return timer.actual_seconds or 0.0
        return min(timer.planned_seconds, timer.planned_seconds - self.remaining(timer))

    def pause(self, timer: Timer) -> None:
        self._require(timer, TimerStatus.RUNNING)
        timer.remaining_paused = max(self.remaining(timer), 0.0)
        timer.status = TimerStatus.PAUSED
        timer.deadline_at = None
        timer.deadline_ref = None

    def resume(self, timer: Timer) -> None:
        self._require(timer, TimerStatus.PAUSED)
        assert timer.remaining_paused is not None
        left = timer.remaining_paused
        timer.status = TimerStatus.RUNNING
        timer.remaining_paused = None
        timer.deadline_at = self._clock.now() + timedelta(seconds=left)
        timer.deadline_ref = self._clock.boottime() + left

    def extend(self, timer: Timer, seconds: float, limits: HeatLimits | None = None) -> None:
        """Add `seconds` of running time; heat only up to the cap. A heat session's skin check
        moves with it: half-way through the new length if it is still to come, else half-way
        through what is left."""
        if seconds <= 0:
            raise TimerError(
                TimerProblem.NOT_POSITIVE, "a timer can only be extended by a positive time"
            )
        self._require_active(timer)
        _check_length(timer.kind, timer.planned_seconds + seconds, limits)
        elapsed = self.elapsed(timer)
        timer.planned_seconds += seconds
        if timer.status is TimerStatus.PAUSED:
            assert timer.remaining_paused is not None
            timer.remaining_paused += seconds
        else:
            assert timer.deadline_at is not None and timer.deadline_ref is not None
            timer.deadline_at += timedelta(seconds=seconds)
            timer.deadline_ref += seconds
        if timer.kind is TimerKind.HEAT:
            if timer.skin_check_after is not None:
                timer.skin_check_after = timer.planned_seconds / 2
            else:
                timer.skin_check_after = elapsed + (timer.planned_seconds - elapsed) / 2

    def can_extend(self, timer: Timer, seconds: float, limits: HeatLimits | None = None) -> bool:
        """Whether `extend` would accept `seconds` more (for enabling the button)."""
        try:
            _check_length(timer.kind, timer.planned_seconds + seconds, limits)
        except (TimerError, HeatLimitError):
            return False
        return timer.status.active

    def stop(self, timer: Timer) -> None:
        """End a timer early; it leaves the board with the running time it had."""
        self._require_active(timer)
        timer.actual_seconds = self.elapsed(timer)
        timer.status = TimerStatus.STOPPED
        timer.ended_at = self._clock.now()
        timer.deadline_ref = None
        self._timers.remove(timer)

    def due(self) -> list[TimerEvent]:
        """What is due now: each passed deadline once (saying how late), and each half-time skin
        check once. A heat timer that ends before its skin check was shown only reports its end
        (the end notice asks for the skin check too)."""
        events: list[TimerEvent] = []
        now = self._clock.now()
        for timer in list(self._timers):
            if timer.status is not TimerStatus.RUNNING:
                continue
            left = self.remaining(timer)
            if left <= 0:
                late = -left
                timer.status = TimerStatus.COMPLETED
                timer.actual_seconds = timer.planned_seconds
                timer.ended_at = now - timedelta(seconds=late)
                timer.deadline_at = timer.ended_at
                timer.deadline_ref = None
                timer.skin_check_after = None
                self._timers.remove(timer)
                events.append(TimerFinished(timer, late))
            elif timer.skin_check_after is not None and self.elapsed(timer) >= (
                timer.skin_check_after
            ):
                timer.skin_check_after = None
                events.append(SkinCheckDue(timer))
        return events

    def seconds_until_next(self) -> float | None:
        """Seconds until the next deadline or skin check (0 when one is due), None when nothing
        runs."""
        waits: list[float] = []
        for timer in self._timers:
            if timer.status is not TimerStatus.RUNNING:
                continue
            left = self.remaining(timer)
            waits.append(left)
            if timer.skin_check_after is not None:
                waits.append(timer.skin_check_after - self.elapsed(timer))
        return max(min(waits), 0.0) if waits else None

    def reconcile(self) -> list[Timer]:
        """After a wall-clock change, move the stored wall deadlines to where the boot-time clock
        says they are; returns the timers whose wall deadline moved (to store again)."""
        moved: list[Timer] = []
        now = self._clock.now()
        for timer in self._timers:
            if timer.status is not TimerStatus.RUNNING:
                continue
            assert timer.deadline_at is not None
            left = self.remaining(timer)
            wall_left = (timer.deadline_at - now).total_seconds()
            if abs(wall_left - left) > CLOCK_CHANGE_TOLERANCE_SECONDS:
                timer.deadline_at = now + timedelta(seconds=left)
                moved.append(timer)
        return moved

    def _require(self, timer: Timer, status: TimerStatus) -> None:
        self._require_active(timer)
        if timer.status is not status:
            raise TimerError(
                TimerProblem.ENDED, f"this timer is {timer.status.value}, not {status.value}"
            )

    def _require_active(self, timer: Timer) -> None:
        """A timer on the board that has not ended, nor run past its deadline (which `due` has
        not reported yet, for instance just after a wake-up)."""
        if timer not in self._timers or not timer.status.active:
            raise TimerError(TimerProblem.ENDED, "this timer has already ended")
        if timer.status is TimerStatus.RUNNING and self.remaining(timer) <= 0:
            raise TimerError(TimerProblem.ENDED, "this timer has run out; it ends now")


def _check_length(kind: TimerKind, seconds: float, limits: HeatLimits | None) -> None:
    if seconds <= 0:
        raise TimerError(TimerProblem.NOT_POSITIVE, "a timer needs a length above zero")
    if kind is TimerKind.HEAT:
        (limits or HeatLimits()).check_length(seconds)
    elif kind is TimerKind.REST and seconds > REST_MAX_MINUTES * 60:
        raise TimerError(
            TimerProblem.REST_TOO_LONG,
            f"a rest break lasts at most {REST_MAX_MINUTES} minutes: a short rest, then move",
            REST_MAX_MINUTES,
        )
    elif seconds > CUSTOM_MAX_MINUTES * 60:
        raise TimerError(
            TimerProblem.TOO_LONG,
            f"a timer lasts at most {CUSTOM_MAX_MINUTES // 60} hours",
            CUSTOM_MAX_MINUTES // 60,
        )
