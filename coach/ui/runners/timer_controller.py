"""Runs the timer board for the whole app: one single-shot QTimer aimed at the next thing due, the
store kept in step with every change (through `coach.services.timers`), and a re-check after the
computer wakes or the clock moves.

Nothing polls. The alarm is aimed at the earliest of: the next deadline or skin check; the next
change of the displayed countdown (every second while a countdown is on screen, every minute for
the window title and tray otherwise); and at most a minute ahead while timers run, which also bounds
how late a deadline can be noticed after a sleep where logind's wake signal is not available.

The timer rules (coach.domain.timers and coach.domain.heat) load with the first timer that runs,
starts or is restored: a start without running timers pays for neither.
"""

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from coach.domain.days import local_day_bounds
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.timers import TimerService
from coach.ui.text.core import core_text

if TYPE_CHECKING:
    from coach.domain.heat import BodyArea, HeatLimits, HeatScreening, HeatSource, HeatWarning
    from coach.domain.timers import Timer, TimerBoard, TimerKind
    from coach.ui.runners.background import ServiceThread
    from coach.ui.shell.changes import ChangeSignal

log = logging.getLogger(__name__)

SLOW_TICK_SECONDS = 60.0  # window title, tray, and the wake/clock-change check
FAST_TICK_SECONDS = 1.0  # a countdown on screen


class TimerController(QObject):
    changed = Signal()  # a timer started, paused, resumed, was extended, stopped or finished
    finished = Signal(object, float)  # Timer, seconds since it ended
    skin_check = Signal(object)  # Timer
    tick = Signal()  # the displayed remaining times may have changed
    problem = Signal(str)  # a timer change could not be saved

    def __init__(
        self, context: ServiceContext, changes: "ChangeSignal", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = TimerService(context)
        self._clock = context.clock
        self._board: TimerBoard | None = None  # made with the first timer
        self._limits: HeatLimits | None = None  # read when first needed, again after a new plan
        changes.changed.connect(self._store_changed)
        self._screens_showing_seconds = 0
        self._alarm = QTimer(self)
        self._alarm.setSingleShot(True)
        self._alarm.timeout.connect(self.reevaluate)
        self._alarm_made_precise = False
        self._watching_sleep = False
        # Made with the first timer that runs: start-up pays for no thread (and no module) of it.
        self.sleep_service: ServiceThread | None = None

    # ---- state the UI shows ----------------------------------------------------------------------
    @property
    def board(self) -> "TimerBoard":
        """The timers of this run, made with the first one."""
        if self._board is None:
            from coach.domain.timers import TimerBoard  # noqa: PLC0415

            self._board = TimerBoard(self._clock)
        return self._board

    @property
    def active(self) -> "list[Timer]":
        return self._board.active if self._board is not None else []

    @property
    def limits(self) -> "HeatLimits":
        """The heat limits of the plan in force (Coach's own when there is none)."""
        if self._limits is None:
            self._limits = self._service.heat_limits()
        return self._limits

    def remaining(self, timer: "Timer") -> float:
        return self.board.remaining(timer)

    def elapsed(self, timer: "Timer") -> float:
        return self.board.elapsed(timer)

    def alarm_interval_ms(self) -> int | None:
        """When the alarm fires next, in ms (None when nothing runs): for tests and diagnostics."""
        return self._alarm.remainingTime() if self._alarm.isActive() else None

    def show_seconds(self, visible: bool) -> None:
        """A countdown with seconds came on screen (True) or went away (False)."""
        self._screens_showing_seconds = max(
            0, self._screens_showing_seconds + (1 if visible else -1)
        )
        self._arm()

    def reload_limits(self) -> None:
        """Read the heat limits again when next needed: the plan in force changed."""
        self._limits = None

    def _store_changed(self, change: Change) -> None:
        if change in (Change.PLAN, Change.DATA):  # a plan brings its own heat limits
            self.reload_limits()

    # ---- what the user does ----------------------------------------------------------------------
    def heat_warnings(
        self, screening: "HeatScreening", area: "BodyArea | None" = None
    ) -> "list[HeatWarning]":
        from coach.domain.heat import heat_start_warnings  # noqa: PLC0415

        now = self._clock.now()
        day_start, _ = local_day_bounds(now)
        uses = self._service.heat_uses_since(min(day_start, now - self.limits.min_gap))
        return heat_start_warnings(now, day_start, uses, screening, self.limits, area)

    def start(
        self,
        kind: "TimerKind",
        seconds: float,
        label: str = "",
        source: "HeatSource | None" = None,
        area: "BodyArea | None" = None,
    ) -> "Timer":
        """Start a timer. Raises TimerError or HeatLimitError with the reason it cannot, and
        ServiceError when it cannot be stored (then it does not start: a timer that would be
        lost at the next restart is not started at all)."""
        timer = self.board.start(kind, seconds, label, source, area, self.limits)
        try:
            self._service.save(timer)
        except ServiceError:
            self.board.forget(timer)
            raise
        log.info("%s timer started for %.0f s", kind.value, seconds)
        self._watch_sleep()
        self._changed()
        return timer

    def pause(self, timer: "Timer") -> None:
        self._catch_up()
        self.board.pause(timer)
        self._save(timer)
        self._changed()

    def resume(self, timer: "Timer") -> None:
        self._catch_up()
        self.board.resume(timer)
        self._save(timer)
        self._changed()

    def toggle_pause(self, timer: "Timer") -> None:
        from coach.domain.timers import TimerStatus  # noqa: PLC0415

        if timer.status is TimerStatus.PAUSED:
            self.resume(timer)
        else:
            self.pause(timer)

    def extend(self, timer: "Timer", seconds: float) -> None:
        self._catch_up()
        self.board.extend(timer, seconds, self.limits)
        self._save(timer)
        self._changed()

    def can_extend(self, timer: "Timer", seconds: float) -> bool:
        return self.board.can_extend(timer, seconds, self.limits)

    def stop(self, timer: "Timer") -> None:
        self._catch_up()
        self.board.stop(timer)
        self._save(timer)
        log.info("%s timer stopped after %.0f s", timer.kind.value, timer.actual_seconds or 0)
        self._changed()

    def _catch_up(self) -> None:
        """Report what fell due before acting on the user's click: after a wake-up the alarm may
        not have fired yet, and a timer past its deadline has ended, not been stopped early."""
        if self.board.seconds_until_next() == 0:
            self.reevaluate()

    # ---- time passing ----------------------------------------------------------------------------
    def restore(self) -> None:
        """Take over the timers the last run left running; those that ended while Coach was
        closed are reported now, once. One that cannot be read is reported and closed, and the
        others still run."""
        unreadable: list[str] = []
        try:
            stored = self._service.active(unreadable)
        except ServiceError as error:
            log.error("could not read the running timers: %s", error)
            self.problem.emit(
                self.tr("Coach could not read the timers of its last run ({error}).").format(
                    error=core_text(error.reason)
                )
            )
            stored = []
        rejected = self.board.adopt(stored) if stored else []
        for timer, reason in rejected:
            from coach.domain.timers import TimerStatus  # noqa: PLC0415

            log.error("could not restore a timer: %s", reason)
            timer.status = TimerStatus.STOPPED
            timer.ended_at = self._clock.now()
            self._save(timer)
        for text in unreadable:
            log.error("could not restore a timer: %s", text)
        if rejected or unreadable:
            self.problem.emit(
                self.tr(
                    "Some timers of the last run could not be restored ({n}); the log file "
                    "says which."
                ).format(n=len(rejected) + len(unreadable))
            )
        if self.active:
            log.info("restored %d timer(s) from the last run", len(self.active))
            self._watch_sleep()
        self.reevaluate()

    @Slot()
    def reevaluate(self) -> None:
        """Ask the board what is due now; called by the alarm, after a wake, and by tests."""
        if self._board is None:  # no timer has run in this session: nothing can be due
            self.tick.emit()
            self._alarm.stop()
            return
        from coach.domain.timers import SkinCheckDue, TimerFinished  # noqa: PLC0415

        for timer in self.board.reconcile():
            log.warning(
                "the wall clock changed; timer %d now ends at %s", timer.id, timer.deadline_at
            )
            self._save(timer)
        events = self.board.due()
        for event in events:
            self._save(event.timer)
        for event in events:
            if isinstance(event, TimerFinished):
                log.info("%s timer ended (%.1f s ago)", event.timer.kind.value, event.late_seconds)
                self.finished.emit(event.timer, event.late_seconds)
            elif isinstance(event, SkinCheckDue):
                self.skin_check.emit(event.timer)
        if events:
            self.changed.emit()
        self.tick.emit()
        self._arm()

    def _changed(self) -> None:
        self.changed.emit()
        self.tick.emit()
        self._arm()

    def _arm(self) -> None:
        due = self._board.seconds_until_next() if self._board is not None else None
        if due is None:
            self._alarm.stop()
            return
        from coach.domain.timers import TimerStatus  # noqa: PLC0415

        step = FAST_TICK_SECONDS if self._screens_showing_seconds else SLOW_TICK_SECONDS
        display = min(
            _until_display_changes(self.board.remaining(t), step)
            for t in self.board.active
            if t.status is TimerStatus.RUNNING
        )
        wait = min(due, display, SLOW_TICK_SECONDS)
        if not self._alarm_made_precise:
            # Qt's namespace costs ~30 ms to load on first use, so start-up waits until a timer runs.
            from PySide6.QtCore import Qt  # noqa: PLC0415

            self._alarm.setTimerType(Qt.TimerType.PreciseTimer)
            self._alarm_made_precise = True
        self._alarm.start(max(0, math.ceil(wait * 1000)))

    def _save(self, timer: "Timer") -> None:
        try:
            self._service.save(timer)
        except ServiceError as error:
            log.error("could not save timer %d: %s", timer.id, error)
            self.problem.emit(
                self.tr(
                    "Coach could not save a change to a timer ({error}). The timer goes on, but "
                    "may not be there after a restart."
                ).format(error=core_text(error.reason))
            )

    def _watch_sleep(self) -> None:
        """Re-check at once when the computer wakes, where logind says so over D-Bus. Joining
        the system bus and subscribing are calls to other processes: made off the UI thread."""
        if self._watching_sleep:
            return
        self._watching_sleep = True
        from coach.ui.runners import dbus_probe  # noqa: PLC0415
        from coach.ui.runners.background import ServiceThread  # noqa: PLC0415

        try:
            from PySide6.QtCore import SLOT  # noqa: PLC0415
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415
        except ImportError as error:
            log.info(
                "no wake signal (Qt D-Bus cannot load: %s); timers re-check every minute", error
            )
            return
        receiver = self

        def subscribe() -> bool:
            if not dbus_probe.bus_answers(dbus_probe.system_bus_address()):
                return False  # Qt would wait on such a bus for ever, holding Python's lock
            bus = QDBusConnection.systemBus()
            return bus.isConnected() and bus.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                receiver,
                SLOT("_prepare_for_sleep(bool)").encode(),
            )

        self.sleep_service = ServiceThread("logind wake signal", parent=self)
        self.sleep_service.call(subscribe, self._subscribed, self._not_subscribed)

    def _subscribed(self, connected: bool) -> None:
        if connected:
            log.info("listening for logind's wake signal")
        else:
            log.info(
                "no wake signal from logind (no system bus, or it does not answer); timers "
                "re-check every minute"
            )

    def _not_subscribed(self, reason: str) -> None:
        log.info("no wake signal from logind (%s); timers re-check every minute", reason)

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            log.info("the computer woke up; re-checking timers")
            self.reevaluate()


def _until_display_changes(remaining: float, step: float) -> float:
    """Seconds until a countdown shown in whole `step`s (rounded up) shows its next value."""
    part = remaining % step
    return part if part > 1e-3 else step
