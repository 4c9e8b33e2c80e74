"""The reminders' data: the user's settings (the schedule, quiet hours, the routine reminder), what
the reminders remember between runs (pauses, snoozes, the last break), and what the user did with
each reminder (kept for the report). The reminder rules load with the reminders, not with this."""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from coach.services.changes import Change
from coach.services.errors import store_failure

if TYPE_CHECKING:
    from datetime import datetime

    from coach.domain.reminders import ReminderEvent, ReminderSettings, ReminderState
    from coach.domain.schedule import ReminderKind
    from coach.domain.settings import SettingProblem
    from coach.services.context import ServiceContext

log = logging.getLogger(__name__)


class ReminderService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def settings(self) -> tuple[ReminderSettings, SettingProblem | None]:
        """The reminder settings; unreadable ones are replaced by the defaults and reported."""
        return self._context.repo.load_reminder_settings()

    def save_settings(self, settings: ReminderSettings) -> None:
        try:
            self._context.repo.save_reminder_settings(settings)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the reminder settings") from error
        self._context.changes.announce(Change.REMINDERS)

    def state(self) -> ReminderState:
        """What the reminders remembered (an unreadable state starts afresh)."""
        return self._context.repo.load_reminder_state()

    def save_state(self, state: ReminderState) -> None:
        """Kept for the next run; nothing shown follows it, so nothing is announced."""
        try:
            self._context.repo.save_reminder_state(state)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the reminder state") from error

    def record_event(
        self, kind: ReminderKind, event: ReminderEvent, due_at: datetime, routine_id: str = ""
    ) -> None:
        """What the user did with a reminder (for the report; nothing on screen shows it)."""
        try:
            self._context.repo.record_reminder_event(kind, event, due_at, routine_id)
        except sqlite3.Error as error:
            raise store_failure(error, "recording a reminder event") from error
