"""Heat, rest and custom timers (the `timers` table): the running ones, so they survive a restart,
and the finished ones, the record of heat and rest used. The timer and heat rules load when a timer
is first saved or read, not when the store is opened."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from coach.store.query_base import QueryBase, stamp

if TYPE_CHECKING:
    from coach.domain.heat import HeatUse
    from coach.domain.timers import Timer

log = logging.getLogger(__name__)

_TIMER_COLUMNS = (
    "id, kind, label, source, area, planned_seconds, started_at, status, deadline_at,"
    " remaining_seconds, skin_check_after, ended_at, actual_seconds"
)


class TimerQueries(QueryBase):
    """Saving and reading timers, and the heat sessions the heat limits count."""

    def save_timer(self, timer: Timer) -> None:
        """Store a timer as it is now (a new one gets its row id); committed at once."""
        values = (
            timer.kind.value,
            timer.label,
            timer.source.value if timer.source else None,
            timer.area.value if timer.area else None,
            timer.planned_seconds,
            stamp(timer.started_at),
            timer.status.value,
            stamp(timer.deadline_at) if timer.deadline_at else None,
            timer.remaining_paused,
            timer.skin_check_after,
            stamp(timer.ended_at) if timer.ended_at else None,
            timer.actual_seconds,
        )
        with self._transaction() as db:
            if timer.id:
                db.execute(
                    "UPDATE timers SET kind = ?, label = ?, source = ?, area = ?,"
                    " planned_seconds = ?, started_at = ?, status = ?, deadline_at = ?,"
                    " remaining_seconds = ?, skin_check_after = ?, ended_at = ?,"
                    " actual_seconds = ? WHERE id = ?",
                    (*values, timer.id),
                )
                return
            cursor = db.execute(
                f"INSERT INTO timers ({_TIMER_COLUMNS.removeprefix('id, ')})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        assert cursor.lastrowid is not None
        timer.id = cursor.lastrowid

    def active_timers(self, unreadable: list[str] | None = None) -> list[Timer]:
        """Timers left running or paused (by the last run, after a restart). A row that cannot be
        read is logged, described into `unreadable` and left out, so the others still restore."""
        from coach.domain.timers import TimerStatus  # noqa: PLC0415

        return self._timers_where(
            "status IN (?, ?)", (TimerStatus.RUNNING.value, TimerStatus.PAUSED.value), unreadable
        )

    def timers_between(
        self, start: datetime, end: datetime, unreadable: list[str] | None = None
    ) -> list[Timer]:
        """Timers started in [start, end), oldest first (unreadable rows as in active_timers)."""
        return self._timers_where(
            "started_at >= ? AND started_at < ?", (stamp(start), stamp(end)), unreadable
        )

    def heat_uses_since(self, moment: datetime) -> list[HeatUse]:
        """Heat sessions that started or ended at or after `moment`, running ones included."""
        from coach.domain.heat import HeatUse  # noqa: PLC0415
        from coach.domain.timers import TimerKind  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT started_at, ended_at FROM timers WHERE kind = ?"
            " AND (started_at >= ? OR ended_at >= ? OR ended_at IS NULL) ORDER BY started_at",
            (TimerKind.HEAT.value, stamp(moment), stamp(moment)),
        ).fetchall()
        return [
            HeatUse(datetime.fromisoformat(s), datetime.fromisoformat(e) if e else None)
            for s, e in rows
        ]

    def _timers_where(
        self, condition: str, params: tuple[object, ...], unreadable: list[str] | None
    ) -> list[Timer]:
        rows = self._db.execute(
            f"SELECT {_TIMER_COLUMNS} FROM timers WHERE {condition} ORDER BY started_at, id",
            params,
        ).fetchall()
        timers = []
        for r in rows:
            try:
                timers.append(_timer_from_row(r))
            except (ValueError, TypeError) as error:
                problem = f"timer {r[0]} in the timers table cannot be read: {error}"
                log.warning("%s; it is left out", problem)
                if unreadable is not None:
                    unreadable.append(problem)
        return timers


def _timer_from_row(r: tuple[Any, ...]) -> Timer:
    """A Timer from a row of _TIMER_COLUMNS (ValueError or TypeError when a value is not valid)."""
    from coach.domain.heat import BodyArea, HeatSource  # noqa: PLC0415
    from coach.domain.timers import Timer, TimerKind, TimerStatus  # noqa: PLC0415

    return Timer(
        id=int(r[0]),
        kind=TimerKind(r[1]),
        label=str(r[2]),
        source=HeatSource(r[3]) if r[3] else None,
        area=BodyArea(r[4]) if r[4] else None,
        planned_seconds=float(r[5]),
        started_at=datetime.fromisoformat(r[6]),
        status=TimerStatus(r[7]),
        deadline_at=datetime.fromisoformat(r[8]) if r[8] else None,
        remaining_paused=None if r[9] is None else float(r[9]),
        skin_check_after=None if r[10] is None else float(r[10]),
        ended_at=datetime.fromisoformat(r[11]) if r[11] else None,
        actual_seconds=None if r[12] is None else float(r[12]),
    )
