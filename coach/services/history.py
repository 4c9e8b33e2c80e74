"""What was done: the day's records for Today, the routines cut off by the last run, and the
series the Progress page plots."""

import logging
import sqlite3
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from coach.domain.checkins import CheckIn
from coach.domain.days import local_day_bounds
from coach.domain.history import SessionRecord
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure

if TYPE_CHECKING:
    from coach.domain.timers import Timer  # loaded by the store with the first timer it reads

log = logging.getLogger(__name__)


# Named tuples rather than frozen dataclasses: this module is on the start-up path, and a frozen
# dataclass costs about 0.6 ms to define, a named tuple a tenth of that.


class RecordedDay(NamedTuple):
    """Everything recorded on one local day, each kind oldest first."""

    checkins: list[CheckIn]
    sessions: list[SessionRecord]
    timers: "list[Timer]"  # the timers that ended (running and paused ones are on the board)


class ProgressRecords(NamedTuple):
    """Every record the Progress page plots, in Unix seconds, oldest first."""

    ratings: list[tuple[float, int]]  # (at, pain)
    exercise: list[tuple[float, float, int]]  # (start, end of active time, 1 if completed)
    heat: list[tuple[float, float]]  # (start, end of time used)


class WeekGlance(NamedTuple):
    """Today's look at the week: the last seven local days, oldest first, each with its mean pain
    (None without a check-in: `HistoryService.week_pains`), and the streak (`streak`)."""

    days: list[tuple[date, float | None]]
    streak: int


class HistoryService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def recorded_on(self, moment: datetime) -> RecordedDay:
        """What was recorded on the local day of `moment` (Today's list)."""
        start, end = local_day_bounds(moment)
        repo = self._context.repo
        try:
            return RecordedDay(
                repo.checkins_between(start, end),
                repo.sessions_between(start, end),
                [t for t in repo.timers_between(start, end) if not t.status.active],
            )
        except sqlite3.Error as error:
            raise read_failure(error, "reading the day's records") from error

    def sessions_within(self, window: timedelta) -> list[SessionRecord]:
        """Sessions started in the last `window` (now included)."""
        now = self._context.clock.now()
        try:
            return self._context.repo.sessions_between(now - window, now + timedelta(seconds=1))
        except sqlite3.Error as error:
            raise read_failure(error, "reading the recent sessions") from error

    def close_interrupted_sessions(self) -> list[SessionRecord]:
        """Routines left "in progress" by a crash or kill become partial sessions (what was done
        is kept); returns them so the user can be told. ServiceError when that cannot be saved."""
        try:
            closed = self._context.repo.close_interrupted_sessions()
        except sqlite3.Error as error:
            raise store_failure(error, "closing interrupted sessions") from error
        if closed:
            self._context.changes.announce(Change.SESSIONS)
        return closed

    def streak(self, planned_weekdays: frozenset[int], zone: tzinfo | None = None) -> int:
        """Days in a row with a routine completed, up to today in `zone` (the system's when
        None), by the rule of coach.domain.progress.current_streak, as the Progress page counts.
        The sessions are read back from today only as far as the streak goes."""
        from coach.domain.progress import streak_back_from  # noqa: PLC0415 (with the first streak)

        today = self._context.clock.now().astimezone(zone)
        try:
            started = self._context.repo.completed_session_starts()
            zone_now = today.tzinfo
            days_done = (datetime.fromtimestamp(moment, zone_now).date() for moment in started)
            return streak_back_from(planned_weekdays, days_done, today.date())
        except sqlite3.Error as error:
            raise read_failure(error, "reading the sessions for the streak") from error

    def week_pains(self, zone: tzinfo | None = None) -> list[tuple[date, float | None]]:
        """The mean pain of each of the last seven days in `zone` (the system's when None), today
        last; None for a day without a check-in. (A week's check-ins: cheap to read again, unlike
        the streak, which reads every routine ever done.)"""
        now = self._context.clock.now()
        today = now.astimezone(zone).date()
        first_day = today - timedelta(days=6)
        start, _ = local_day_bounds(now - timedelta(days=6), zone)
        _, end = local_day_bounds(now, zone)
        try:
            checkins = self._context.repo.checkins_between(start, end)
        except sqlite3.Error as error:
            raise read_failure(error, "reading the week's check-ins") from error
        ratings: dict[date, list[int]] = {}
        for checkin in checkins:
            ratings.setdefault(checkin.at.astimezone(zone).date(), []).append(checkin.pain)
        days: list[tuple[date, float | None]] = []
        for offset in range(7):
            day = first_day + timedelta(days=offset)
            pains = ratings.get(day)
            days.append((day, sum(pains) / len(pains) if pains else None))
        return days

    def progress_records(self) -> ProgressRecords:
        repo = self._context.repo
        try:
            return ProgressRecords(
                repo.checkin_ratings(), repo.exercise_intervals(), repo.heat_intervals()
            )
        except sqlite3.Error as error:
            raise read_failure(error, "reading the progress records") from error
