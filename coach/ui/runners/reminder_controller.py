"""Runs the reminders: one single-shot QTimer aimed at the next reminder due (or at most a minute
ahead), the user's answers stored as events, and what fell due while the computer slept or Coach
was closed coalesced into one notice per kind.

The minute tick is what notices a sleep (Qt's timers stop while the computer sleeps, the wall clock
does not), polls the idle time so that time away from the keyboard counts as a movement break, and
retries a reminder held back by a full-screen window.
"""

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from coach.domain.days import local_day_bounds
from coach.domain.messages import Message
from coach.domain.reminders import (
    AWAY_SECONDS,
    ReminderEvent,
    ReminderSettings,
    held_for_safety,
)
from coach.domain.schedule import (
    Missed,
    MovementRule,
    ReminderKind,
    TimedRule,
    end_of_quiet,
    in_quiet_hours,
    missed,
    next_movement,
    next_timed,
)
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.reminders import ReminderService
from coach.ui.runners.presence import PresenceReading
from coach.ui.text.core import core_text

if TYPE_CHECKING:
    from coach.ui.runners.safety_flags import SafetyFlags
    from coach.ui.shell.changes import ChangeSignal

log = logging.getLogger(__name__)

TICK_SECONDS = 60.0
SLEEP_GAP_SECONDS = 90.0  # wall time beyond the tick that says the computer slept
SAVE_LAST_SEEN_SECONDS = 600.0
RESTART_GAP = timedelta(seconds=AWAY_SECONDS)  # closed for less than this: nothing was missed
HEARTBEAT_MIN_SECONDS = 50.0  # a heartbeat sooner than this after a check does nothing
HEARTBEAT_SLACK_SECONDS = 5.0  # after a heartbeat, the own tick waits this much longer


@dataclass(frozen=True)
class Reminder:
    """One reminder falling due now."""

    kind: ReminderKind
    due_at: datetime
    routine_id: str = ""


class ReminderController(QObject):
    reminder_due = Signal(object)  # Reminder
    missed_while_away = Signal(object)  # schedule.Missed, one per kind
    changed = Signal()  # settings, pause or snoozes changed
    problem = Signal(str)

    def __init__(
        self,
        context: ServiceContext,
        changes: "ChangeSignal",
        presence: PresenceReading,
        zone: Callable[[], tzinfo | None] = lambda: None,
        parent: QObject | None = None,
        safety: "SafetyFlags | None" = None,
    ) -> None:
        super().__init__(parent)
        self._service = ReminderService(context)
        self._clock = context.clock
        self.presence = presence
        self._zone = zone
        self.settings, problem = self._service.settings()
        if problem is not None:
            log.warning("%s", problem.describe())
            self._startup_problem: Message | None = problem.describe()
        else:
            self._startup_problem = None
        self.state = self._service.state()
        self._base: dict[ReminderKind, datetime] = {}  # no reminder of a kind at or before this
        self._waiting_fullscreen = False
        self._away = False
        self._pending_missed: dict[ReminderKind, Missed] = {}
        self._last_tick_wall: datetime | None = None
        self._last_saved_seen: datetime | None = None
        self._alarm = QTimer(self)
        self._alarm.setSingleShot(True)
        self._alarm.timeout.connect(self.check)
        self._started = False
        self.next_check_at: datetime | None = None  # when the alarm fires next, on the clock
        # While a safety flag is open, exercise reminders are held (CLINICAL.md section 4a):
        # followed from the flags' change signal.
        self._safety = safety
        self.exercise_held = safety is not None and safety.any_open()
        if safety is not None:
            safety.changed.connect(self._safety_changed)
        changes.changed.connect(self._store_changed)

    def _store_changed(self, change: Change) -> None:
        """A plan adopted or restored, or a backup imported, brings its own reminder rules:
        they apply from now."""
        if change in (Change.PLAN, Change.DATA):
            settings, _problem = self._service.settings()
            self.apply_settings(settings)

    # ---- start and the schedule ------------------------------------------------------------------
    def start(self) -> None:
        """Begin: report what fell due while Coach was closed, then continue from now."""
        if self._startup_problem is not None:
            self.problem.emit(
                self.tr(
                    "Your reminder settings could not be read ({problem}); the defaults are in "
                    "use until you change them in Settings."
                ).format(problem=core_text(self._startup_problem))
            )
        from PySide6.QtCore import Qt  # noqa: PLC0415 (Qt's namespace is slow to load at start-up)

        # Precise: a coarse timer may fire up to 5 % late, and "every 30 minutes" should mean it.
        self._alarm.setTimerType(Qt.TimerType.PreciseTimer)
        self._started = True
        now = self._clock.now()
        last_seen = self.state.last_seen
        if last_seen is not None and timedelta(0) <= now - last_seen < RESTART_GAP:
            # Restarted within moments: the schedule, the last break and snoozes carry on.
            for rule in self.settings.rules():
                self._base[rule.kind] = last_seen
        else:
            self._catch_up(last_seen, now)
        self._last_tick_wall = now
        self._arm()

    @property
    def safety(self) -> "SafetyFlags | None":
        """The safety flags that hold exercise reminders (Settings offers to clear them)."""
        return self._safety

    def zone(self) -> tzinfo:
        """The user's time zone now (it may change while Coach runs)."""
        return self._zone() or system_zone()

    def next_due(self) -> dict[ReminderKind, datetime]:
        """When each kind of reminder falls due next (snoozes included), for display and tests."""
        now = self._clock.now()
        zone = self.zone()
        day = self.settings.day
        upcoming: dict[ReminderKind, datetime] = {}
        for rule in self.schedule().rules():
            base = self._base.get(rule.kind, now)
            when: datetime | None
            if isinstance(rule, MovementRule):
                when = next_movement(rule, self.state.last_break or base, base, day, zone)
            else:
                when = next_timed(rule, base, day, zone)
            snoozed = self.state.snoozed_until.get(rule.kind)
            if snoozed is not None and rule.enabled:
                if in_quiet_hours(snoozed, day, zone):
                    snoozed = end_of_quiet(snoozed, day, zone)
                if when is None or snoozed < when:
                    when = snoozed
            if when is not None:
                upcoming[rule.kind] = when
        return upcoming

    def schedule(self) -> ReminderSettings:
        """The reminders in force now: the user's settings, with the exercise reminders held
        while a safety flag is open (movement breaks, heat and check-ins go on)."""
        return held_for_safety(self.settings) if self.exercise_held else self.settings

    @Slot()
    def _safety_changed(self) -> None:
        """A flag was raised or cleared: hold the exercise reminders, or bring them back at
        once (from now: what fell due meanwhile is not shown late)."""
        assert self._safety is not None
        held = self._safety.any_open()
        if held == self.exercise_held:
            return
        self.exercise_held = held
        log.info("exercise reminders %s", "held: a safety flag is open" if held else "back")
        if not held:
            now = self._clock.now()
            self._base[ReminderKind.ROUTINE] = max(self._base.get(ReminderKind.ROUTINE, now), now)
        self.changed.emit()
        if self._started:
            self._arm()

    def alarm_interval_ms(self) -> int | None:
        return self._alarm.remainingTime() if self._alarm.isActive() else None

    def _arm(self, tick: float = TICK_SECONDS) -> None:
        now = self._clock.now()
        waits = [(when - now).total_seconds() for when in self.next_due().values()]
        if self._waiting_fullscreen:
            waits = [w for w in waits if w > 0]  # held back: look again at the next tick
        wait = max(0.0, min([tick, *waits]))
        self.next_check_at = now + timedelta(seconds=wait)
        self._alarm.start(math.ceil(wait * 1000))

    # ---- time passing ----------------------------------------------------------------------------
    @Slot()
    def heartbeat(self) -> None:
        """Another part of the app woke up anyway (a running timer's minute tick): do the minute
        tick's work now and push this controller's own tick past the next heartbeat, so a hidden
        Coach wakes once a minute, not once per part."""
        if self._last_tick_wall is not None:
            since = (self._clock.now() - self._last_tick_wall).total_seconds()
            if since < HEARTBEAT_MIN_SECONDS:
                return
        self.check(tick=TICK_SECONDS + HEARTBEAT_SLACK_SECONDS)

    @Slot()
    def check(self, tick: float = TICK_SECONDS) -> None:
        """Show what is due now; called by the alarm (and by tests)."""
        now = self._clock.now()
        if self._last_tick_wall is not None:
            gap = (now - self._last_tick_wall).total_seconds()
            if gap > TICK_SECONDS + SLEEP_GAP_SECONDS:
                log.info("%.0f s passed between two checks: the computer slept", gap)
                self._catch_up(self._last_tick_wall, now)
        self._last_tick_wall = now
        self._show_pending_missed(now)
        self._notice_time_away(now)
        held_back = False
        for kind, when in sorted(self.next_due().items(), key=lambda item: item[1]):
            if when > now:
                continue
            if self._paused(now):
                # Not shown, and the schedule goes on past it (a movement break's count too).
                self._base[kind] = now
                if kind is ReminderKind.MOVEMENT:
                    self.state = replace(self.state, last_break=now)
                self._clear_snooze(kind)
                continue
            if self.presence.fullscreen_in_front():
                if not self._waiting_fullscreen:
                    log.info("holding reminders back while a full-screen window is in front")
                self._waiting_fullscreen = held_back = True
                continue
            self._fire(Reminder(kind, when, self._routine_id(kind)))
        if not held_back:
            self._waiting_fullscreen = False
        self._remember_seen(now)
        self._arm(tick)

    def _fire(self, reminder: Reminder) -> None:
        # From now: occurrences held back meanwhile (a full-screen window) are this one, not a
        # burst of notices when the hold ends.
        now = self._clock.now()
        self._base[reminder.kind] = max(now, self._base.get(reminder.kind, now))
        if reminder.kind is ReminderKind.MOVEMENT:
            # The count starts again from a break shown, answered or not.
            self.state = replace(self.state, last_break=now)
        self._clear_snooze(reminder.kind)
        self._record(reminder, ReminderEvent.SHOWN)
        self._remember_seen(self._clock.now(), force=True)  # a crash must not count it as missed
        log.info("%s reminder due at %s", reminder.kind.value, reminder.due_at)
        self.reminder_due.emit(reminder)

    def _catch_up(self, since: datetime | None, now: datetime) -> None:
        """What fell due in (since, now): stored as missed, and summed up in one notice per kind,
        shown when quiet hours and full-screen windows allow; the schedule then continues from
        now."""
        if since is not None and since < now:
            zone = self.zone()
            for rule in self.schedule().rules():
                summary = self._missed(rule, since, now, zone)
                snoozed = self.state.snoozed_until.get(rule.kind)
                if snoozed is not None and since < snoozed <= now and rule.enabled:
                    moments = (*(summary.moments if summary else ()), snoozed)
                    summary = Missed(rule.kind, moments, self._routine_id(rule.kind))
                if summary is None:
                    continue
                for moment in summary.moments:
                    self._record(
                        Reminder(rule.kind, moment, summary.routine_id), ReminderEvent.MISSED
                    )
                earlier = self._pending_missed.get(rule.kind)
                if earlier is not None:
                    summary = Missed(
                        rule.kind, earlier.moments + summary.moments, summary.routine_id
                    )
                self._pending_missed[rule.kind] = summary
        for rule in self.settings.rules():
            self._base[rule.kind] = now
        self.state = replace(self.state, last_break=now, snoozed_until={})
        self._remember_seen(now, force=True)
        self._show_pending_missed(now)

    def _show_pending_missed(self, now: datetime) -> None:
        if not self._pending_missed or self._paused(now):
            return
        if (
            in_quiet_hours(now, self.settings.day, self.zone())
            or self.presence.fullscreen_in_front()
        ):
            return
        for summary in self._pending_missed.values():
            self.missed_while_away.emit(summary)
        self._pending_missed.clear()

    def _missed(
        self, rule: MovementRule | TimedRule, since: datetime, now: datetime, zone: tzinfo
    ) -> Missed | None:
        pause = self.state.paused_until
        if pause is not None and pause > since:
            since = min(pause, now)  # nothing is missed while reminders were paused
        return missed(rule, since, now, self.settings.day, zone, self.state.last_break)

    def _notice_time_away(self, now: datetime) -> None:
        """Time away from the keyboard longer than a break counts as the break: while the user
        is away, the movement-break count starts again at every tick (stored once they are
        back)."""
        idle = self.presence.idle_seconds()
        if idle is not None and idle >= AWAY_SECONDS:
            if not self._away:
                log.info("away from the keyboard for %.0f s: that counts as a movement break", idle)
            self._away = True
            self.state = replace(self.state, last_break=now)
            self._base[ReminderKind.MOVEMENT] = max(self._base.get(ReminderKind.MOVEMENT, now), now)
        elif self._away:
            self._away = False
            self._save_state()

    # ---- what the user does ----------------------------------------------------------------------
    def started(self, reminder: Reminder) -> None:
        """The user chose Start now (the routine, the check-in, the heat page or a break)."""
        self._record(reminder, ReminderEvent.STARTED)
        self._took_break_if_movement(reminder)

    def snooze(self, reminder: Reminder, minutes: int) -> None:
        until = self._clock.now() + timedelta(minutes=minutes)
        self._record(reminder, ReminderEvent.SNOOZED)
        snoozes = dict(self.state.snoozed_until)
        snoozes[reminder.kind] = until
        self.state = replace(self.state, snoozed_until=snoozes)
        self._save_state()
        self._arm()

    def skip(self, reminder: Reminder) -> None:
        self._record(reminder, ReminderEvent.SKIPPED)
        self._took_break_if_movement(reminder)

    def pause(self, until: datetime | None) -> None:
        """Pause every reminder until `until` (None resumes them)."""
        self.state = replace(self.state, paused_until=until)
        self._save_state()
        log.info("reminders paused until %s", until)
        self.changed.emit()
        self._arm()

    def pause_minutes(self, minutes: int) -> None:
        self.pause(self._clock.now() + timedelta(minutes=minutes))

    def pause_until_tomorrow(self) -> None:
        _, tomorrow = local_day_bounds(self._clock.now(), self.zone())
        self.pause(tomorrow)

    def paused_until(self) -> datetime | None:
        until = self.state.paused_until
        return until if until is not None and until > self._clock.now() else None

    def apply_settings(self, settings: ReminderSettings) -> None:
        """New settings from the Settings page: stored, and the schedule recomputed from now."""
        try:
            self._service.save_settings(settings)
        except ServiceError as error:
            log.error("could not save the reminder settings: %s", error)
            self.problem.emit(
                self.tr(
                    "Coach could not save your reminder settings ({error}); they apply until "
                    "Coach closes."
                ).format(error=core_text(error.reason))
            )
        self.settings = settings
        now = self._clock.now()
        for rule in settings.rules():
            self._base[rule.kind] = max(self._base.get(rule.kind, now), now)
        kept = {k: v for k, v in self.state.snoozed_until.items() if settings.rule(k).enabled}
        if kept != self.state.snoozed_until:
            self.state = replace(self.state, snoozed_until=kept)
            self._save_state()
        self.changed.emit()
        if self._started:
            self._arm()

    # ---- helpers ---------------------------------------------------------------------------------
    def _paused(self, now: datetime) -> bool:
        return self.state.paused_until is not None and now < self.state.paused_until

    def _routine_id(self, kind: ReminderKind) -> str:
        return self.settings.routine.routine_id if kind is ReminderKind.ROUTINE else ""

    def _took_break_if_movement(self, reminder: Reminder) -> None:
        if reminder.kind is ReminderKind.MOVEMENT:
            now = self._clock.now()
            self.state = replace(self.state, last_break=now)
            self._base[ReminderKind.MOVEMENT] = now
            self._save_state()
            self._arm()

    def _clear_snooze(self, kind: ReminderKind) -> None:
        if kind in self.state.snoozed_until:
            snoozes = {k: v for k, v in self.state.snoozed_until.items() if k is not kind}
            self.state = replace(self.state, snoozed_until=snoozes)
            self._save_state()

    def _record(self, reminder: Reminder, event: ReminderEvent) -> None:
        try:
            self._service.record_event(reminder.kind, event, reminder.due_at, reminder.routine_id)
        except ServiceError as error:
            log.error("could not record a reminder event: %s", error)
            self.problem.emit(
                self.tr("Coach could not record what you did with a reminder ({error}).").format(
                    error=core_text(error.reason)
                )
            )

    def _remember_seen(self, now: datetime, force: bool = False) -> None:
        """Store when Coach last looked, so a restart knows what it missed; at most every ten
        minutes (a write a minute would keep the disk awake)."""
        self.state = replace(self.state, last_seen=now)
        last = self._last_saved_seen
        if force or last is None or (now - last).total_seconds() >= SAVE_LAST_SEEN_SECONDS:
            self._save_state()

    def _save_state(self) -> None:
        try:
            self._service.save_state(self.state)
            self._last_saved_seen = self.state.last_seen
        except ServiceError as error:
            log.error("could not save the reminder state: %s", error)

    def save_on_quit(self) -> None:
        self._remember_seen(self._clock.now(), force=True)


def system_zone() -> tzinfo:
    """The system's time zone as a zoneinfo zone (so daylight saving is known), from Qt's IANA id;
    the current fixed offset when that zone is not in the zone database."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

    from PySide6.QtCore import QTimeZone  # noqa: PLC0415

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("time zone %r is not in the zone database; using the current offset", name)
        offset = datetime.now().astimezone().tzinfo
        assert offset is not None
        return offset
