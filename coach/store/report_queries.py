"""Reads over years of history for the Progress page and the clinician report, across table groups
(check-ins, sessions, timers, reminder events): SQLite does the arithmetic, so no datetime object
is made per row. The timer rules load with the first chart of heat use. Also the range the user
last chose on the Progress page (a value in the `settings` table)."""

from datetime import datetime

from coach.domain.days import aware_moment
from coach.domain.history import SessionStatus
from coach.store.query_base import QueryBase, read_symptoms, stamp, unix_seconds

PROGRESS_RANGE_KEY = "ui.progress_range"


class ReportQueries(QueryBase):
    """Charts' series and the report's summaries."""

    # Closes a subquery that computes the start once for the outer query's start and end: with
    # an OFFSET, SQLite does not merge the two queries (which would compute it twice), and the
    # outer one streams the subquery's rows in their order (an outer ORDER BY would sort again).
    _ONCE = " LIMIT -1 OFFSET 0"

    def checkin_ratings(self) -> list[tuple[float, int]]:
        """Every check-in as (Unix time, rating), oldest first: the Progress page's pain chart."""
        return self._db.execute(
            f"SELECT {unix_seconds('at')}, pain FROM checkins ORDER BY at, id"
        ).fetchall()

    def exercise_intervals(self) -> list[tuple[float, float, int]]:
        """Every finished guided session as (start, start + active time, 1 when completed else
        0) in Unix time, oldest first: minutes of exercise per day, and sessions done against
        the plan. SQLite adds the times up: its rows are returned as they come."""
        return self._db.execute(
            "SELECT start, start + seconds, done FROM ("
            f"SELECT {unix_seconds('started_at')} AS start, active_seconds AS seconds,"
            " status = ? AS done FROM sessions WHERE status != ? ORDER BY started_at"
            f"{self._ONCE})",
            (SessionStatus.COMPLETED.value, SessionStatus.IN_PROGRESS.value),
        ).fetchall()

    def heat_intervals(self) -> list[tuple[float, float]]:
        """Every finished heat session as (start, start + time used) in Unix time, oldest first."""
        from coach.domain.timers import TimerKind, TimerStatus  # noqa: PLC0415

        return self._db.execute(
            "SELECT start, start + seconds FROM ("
            f"SELECT {unix_seconds('started_at')} AS start, actual_seconds AS seconds"
            " FROM timers WHERE kind = ? AND status IN (?, ?) AND actual_seconds IS NOT NULL"
            f" ORDER BY started_at{self._ONCE})",
            (TimerKind.HEAT.value, TimerStatus.COMPLETED.value, TimerStatus.STOPPED.value),
        ).fetchall()

    def reminder_responses_at(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[float, str]]:
        """Every reminder shown, started, snoozed or skipped (in [start, end) when given) as (Unix
        time, event), oldest first: the weekly charts of reminder responses (missed ones were never
        shown)."""
        from coach.domain.progress import RESPONSE_EVENTS  # noqa: PLC0415

        marks = ", ".join("?" * len(RESPONSE_EVENTS))
        period = "" if start is None or end is None else " AND at >= ? AND at < ?"
        bounds = () if start is None or end is None else (stamp(start), stamp(end))
        return self._db.execute(
            f"SELECT {unix_seconds('at')}, event FROM reminder_events"
            f" WHERE event IN ({marks}){period} ORDER BY at",
            (*RESPONSE_EVENTS, *bounds),
        ).fetchall()

    def progress_range(self) -> str | None:
        """The range the user last chose on the Progress page (None: never chosen)."""
        return self._read_values((PROGRESS_RANGE_KEY,)).get(PROGRESS_RANGE_KEY)

    def save_progress_range(self, key: str) -> None:
        self._write_values({PROGRESS_RANGE_KEY: key})

    def first_record_at(self) -> datetime | None:
        """When Coach first recorded anything (a check-in, session, timer or reminder): the
        report counts planned routines from then, not from before Coach was in use."""
        row = self._db.execute(
            "SELECT MIN(t) FROM (SELECT MIN(at) AS t FROM checkins"
            " UNION ALL SELECT MIN(started_at) FROM sessions"
            " UNION ALL SELECT MIN(started_at) FROM timers"
            " UNION ALL SELECT MIN(at) FROM reminder_events)"
        ).fetchone()
        return aware_moment(row[0]) if row and row[0] else None

    def symptoms_between(
        self, start: datetime, end: datetime
    ) -> list[tuple[datetime, str, tuple[str, ...]]]:
        """New symptoms reported in [start, end), oldest first, as (when, routine, symptoms): the
        routine's name for a session stopped because it hurt, "" for a check-in."""
        rows = self._db.execute(
            "SELECT at, '', symptoms FROM checkins WHERE at >= ? AND at < ? AND symptoms != ''"
            " UNION ALL SELECT started_at, routine_name, symptoms FROM sessions"
            " WHERE started_at >= ? AND started_at < ? AND symptoms != '' ORDER BY 1",
            (stamp(start), stamp(end), stamp(start), stamp(end)),
        ).fetchall()
        return [
            (datetime.fromisoformat(at), str(where), read_symptoms(found))
            for at, where, found in rows
        ]
