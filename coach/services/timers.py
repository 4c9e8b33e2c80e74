"""Heat, rest and custom timers as stored: every change is committed at once, so a timer survives
a restart; and the heat limits and past heat sessions that decide whether heat may start."""

import logging
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure

if TYPE_CHECKING:
    # Loaded with the first timer or heat limit (by the store that reads them): the app starts
    # without the timer rules when no timer runs.
    from coach.domain.heat import HeatLimits, HeatUse
    from coach.domain.timers import Timer

log = logging.getLogger(__name__)


class TimerService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save(self, timer: "Timer") -> None:
        """Store the timer as it is now (a new one gets its row id); ServiceError when it
        cannot be stored."""
        try:
            self._context.repo.save_timer(timer)
        except sqlite3.Error as error:
            raise store_failure(error, f"saving timer {timer.id}") from error
        self._context.changes.announce(Change.TIMERS)

    def active(self, unreadable: list[str]) -> "list[Timer]":
        """The timers the last run left running or paused; one that cannot be read is described
        into `unreadable` and left out. ServiceError when none can be read."""
        try:
            return self._context.repo.active_timers(unreadable)
        except sqlite3.Error as error:
            raise read_failure(error, "reading the running timers") from error

    def heat_limits(self) -> "HeatLimits":
        """The heat limits of the plan in force; Coach's own when there is none, or when the
        plan's cannot be read (logged: the safe defaults are never worse than none)."""
        try:
            return self._context.repo.heat_limits()
        except (sqlite3.Error, ValueError) as error:
            log.error("cannot read the plan's heat limits, keeping Coach's own: %s", error)
            from coach.domain.heat import HeatLimits  # noqa: PLC0415

            return HeatLimits()

    def heat_uses_since(self, moment: datetime) -> "list[HeatUse]":
        """Heat sessions that started or ended at or after `moment`, running ones included."""
        return self._context.repo.heat_uses_since(moment)
