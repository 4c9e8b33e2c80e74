"""The reminder settings and state (values in the `settings` table) and what the user did with each
reminder (the `reminder_events` table). The reminder and schedule rules load on first use: the
first window needs neither."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from coach.domain.settings import SettingProblem
from coach.store.query_base import QueryBase, stamp

if TYPE_CHECKING:
    from coach.domain.reminders import ReminderEvent, ReminderSettings, ReminderState
    from coach.domain.schedule import ReminderKind

log = logging.getLogger(__name__)

REMINDERS_KEY = "reminders"
REMINDER_STATE_KEY = "reminders.state"


class ReminderQueries(QueryBase):
    """Reads and writes of the reminder settings, the reminder state and the reminder events."""

    def load_reminder_settings(self) -> tuple[ReminderSettings, SettingProblem | None]:
        """The reminder settings; unreadable ones are replaced by the defaults and reported (the
        problem names the field)."""
        return reminder_settings_from(self._read_values((REMINDERS_KEY,)).get(REMINDERS_KEY))

    def save_reminder_settings(self, settings: ReminderSettings) -> None:
        self._write_values({REMINDERS_KEY: settings.encode()})

    def load_reminder_state(self) -> ReminderState:
        """What the reminders remembered; an unreadable state is logged and starts afresh (it
        holds nothing the user entered)."""
        from coach.domain.reminders import ReminderState  # noqa: PLC0415

        stored = self._read_values((REMINDER_STATE_KEY,)).get(REMINDER_STATE_KEY)
        if stored is None:
            return ReminderState()
        try:
            return ReminderState.decode(stored)
        except (ValueError, TypeError) as error:
            log.warning("the reminder state cannot be read (%s); starting afresh", error)
            return ReminderState()

    def save_reminder_state(self, state: ReminderState) -> None:
        self._write_values({REMINDER_STATE_KEY: state.encode()})

    def record_reminder_event(
        self, kind: ReminderKind, event: ReminderEvent, due_at: datetime, routine_id: str = ""
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO reminder_events (kind, routine_id, due_at, event, at)"
                " VALUES (?, ?, ?, ?, ?)",
                (kind.value, routine_id, stamp(due_at), event.value, stamp(self._clock.now())),
            )

    def reminder_events_between(
        self, start: datetime, end: datetime
    ) -> list[tuple[ReminderKind, ReminderEvent, datetime, datetime, str]]:
        """(kind, event, due at, recorded at, routine id) recorded in [start, end), oldest first;
        rows of kinds or events this version does not know are left out."""
        from coach.domain.reminders import ReminderEvent  # noqa: PLC0415
        from coach.domain.schedule import ReminderKind  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT kind, event, due_at, at, routine_id FROM reminder_events"
            " WHERE at >= ? AND at < ? ORDER BY at, id",
            (stamp(start), stamp(end)),
        ).fetchall()
        events = []
        for kind, event, due_at, at, routine_id in rows:
            try:
                events.append(
                    (
                        ReminderKind(kind),
                        ReminderEvent(event),
                        datetime.fromisoformat(due_at),
                        datetime.fromisoformat(at),
                        str(routine_id),
                    )
                )
            except ValueError as error:
                log.warning("a reminder event cannot be read (%s); it is left out", error)
        return events

    def reminder_event_counts(
        self, start: datetime, end: datetime
    ) -> dict[tuple[ReminderKind, ReminderEvent], int]:
        """How often each kind of reminder met each event in [start, end) (by when the event was
        recorded): the report's reminder responses, counted by SQLite for a year of breaks."""
        from coach.domain.reminders import ReminderEvent  # noqa: PLC0415
        from coach.domain.schedule import ReminderKind  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT kind, event, COUNT(*) FROM reminder_events WHERE at >= ? AND at < ?"
            " GROUP BY kind, event",
            (stamp(start), stamp(end)),
        ).fetchall()
        counts: dict[tuple[ReminderKind, ReminderEvent], int] = {}
        for kind, event, count in rows:
            try:
                counts[(ReminderKind(kind), ReminderEvent(event))] = int(count)
            except ValueError:
                log.warning("reminder events of kind %r, event %r are left out", kind, event)
        return counts


def reminder_settings_from(stored: str | None) -> tuple[ReminderSettings, SettingProblem | None]:
    """Reminder settings from their stored text (None: none stored, the defaults); an unreadable
    text gives the defaults and a problem that names the field."""
    from coach.domain.reminders import ReminderSettings  # noqa: PLC0415
    from coach.domain.schedule import ScheduleError  # noqa: PLC0415

    if stored is None:
        return ReminderSettings(), None
    try:
        return ReminderSettings.decode(stored), None
    except ScheduleError as error:
        return ReminderSettings(), SettingProblem(REMINDERS_KEY, repr(stored), error.message)
