"""What the Progress page reads besides the records it plots (`HistoryService.progress_records`):
the reminders shown and answered, week by week, and the range the user last chose.

A module of its own, light to import: the page loads when first opened, and the clinician report's
service (`coach.services.report`) brings in the plan and dose rules, which the page never needs.
"""

import logging
import sqlite3
from datetime import tzinfo

from coach.domain.progress import WeekResponses, weekly_responses
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure

log = logging.getLogger(__name__)


class ProgressService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def reminder_weeks(self, zone: tzinfo) -> list[WeekResponses]:
        """The reminders shown, started, snoozed and skipped in each local week that has any,
        oldest first. ServiceError when the store cannot be read."""
        try:
            events = self._context.repo.reminder_responses_at()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the reminder responses") from error
        return weekly_responses(events, zone)

    def chosen_range(self) -> str | None:
        """The range the user last chose on the Progress page (None: never chosen, or the store
        cannot be read: the page then picks the one that fits the data)."""
        try:
            return self._context.repo.progress_range()
        except sqlite3.Error as error:
            log.warning("the Progress page's range cannot be read: %s", error)
            return None

    def choose_range(self, key: str) -> None:
        """Remembered for the next time the page opens; nothing else shows it, so nothing is
        announced. ServiceError when it cannot be stored."""
        try:
            self._context.repo.save_progress_range(key)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the Progress page's range") from error
