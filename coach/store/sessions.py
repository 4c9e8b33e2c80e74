"""Guided sessions and their steps (the `sessions` and `session_steps` tables), each step committed
as it finishes. Today's sessions are read before the first window, so this module loads only the
session history's values; the routine and session rules load with the player."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from coach.domain.checkins import check_rating, check_symptoms
from coach.domain.history import SessionRecord, SessionStatus
from coach.store.query_base import QueryBase, read_symptoms, stamp, unix_seconds

if TYPE_CHECKING:
    from coach.domain.routines import Routine
    from coach.domain.session import StepResult

_SESSION_COLUMNS = """
    s.id, s.routine_id, s.routine_name, s.planned_seconds, s.started_at, s.ended_at, s.status,
    s.pain_before, s.pain_after, s.stop_reason, s.symptoms,
    COUNT(DISTINCT CASE WHEN st.completed THEN st.position END), COUNT(st.id),
    COALESCE(SUM(st.active_seconds), 0)
"""


# completed_session_starts: a month and a bit of daily routines first, then twice as many each time.
_FIRST_STARTS_BATCH = 40
_LAST_STARTS_BATCH = 5120


class SessionQueries(QueryBase):
    """Starting, recording, finishing and reading guided sessions."""

    def start_session(self, routine: Routine, pain_before: int | None) -> int:
        """Record that a routine started; the row exists before the first step finishes."""
        if pain_before is not None:
            check_rating(pain_before, "pain before")
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (routine_id, routine_name, planned_seconds, started_at,"
                " status, pain_before) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    routine.id,
                    routine.name,
                    routine.planned_seconds(),
                    stamp(self._clock.now()),
                    SessionStatus.IN_PROGRESS.value,
                    pain_before,
                ),
            )
        session_id = cursor.lastrowid
        assert session_id is not None
        return session_id

    def record_step(self, session_id: int, result: StepResult) -> None:
        """Commit one finished (or abandoned) step at once."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO session_steps (session_id, position, exercise_id, started_at,"
                " ended_at, completed, reps_done, active_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    result.step_index,
                    result.exercise_id,
                    stamp(result.started_at),
                    stamp(result.ended_at),
                    int(result.completed),
                    result.reps_done,
                    result.active_seconds,
                ),
            )
            db.execute(
                "UPDATE sessions SET active_seconds = active_seconds + ? WHERE id = ?",
                (result.active_seconds, session_id),
            )

    def finish_session(
        self,
        session_id: int,
        status: SessionStatus,
        pain_after: int | None = None,
        stop_reason: str = "",
    ) -> None:
        if pain_after is not None:
            check_rating(pain_after, "pain after")
        with self._transaction() as db:
            db.execute(
                "UPDATE sessions SET ended_at = ?, status = ?, pain_after = ?, stop_reason = ?"
                " WHERE id = ?",
                (stamp(self._clock.now()), status.value, pain_after, stop_reason, session_id),
            )

    def set_pain_after(self, session_id: int, pain_after: int) -> None:
        check_rating(pain_after, "pain after")
        with self._transaction() as db:
            db.execute("UPDATE sessions SET pain_after = ? WHERE id = ?", (pain_after, session_id))

    def set_session_symptoms(self, session_id: int, symptoms: tuple[str, ...]) -> None:
        """The new symptoms reported when the user stopped a session because it hurt."""
        check_symptoms(symptoms)
        with self._transaction() as db:
            db.execute(
                "UPDATE sessions SET symptoms = ? WHERE id = ?", (",".join(symptoms), session_id)
            )

    def close_interrupted_sessions(self) -> list[SessionRecord]:
        """Sessions left in progress by a crash or kill become partial sessions that end with
        their last recorded step; returns them so the user can be told."""
        rows = self._db.execute(
            "SELECT id FROM sessions WHERE status = ?", (SessionStatus.IN_PROGRESS.value,)
        ).fetchall()
        if not rows:
            return []
        with self._transaction() as db:
            db.execute(
                "UPDATE sessions SET status = ?, ended_at = COALESCE("
                " (SELECT MAX(ended_at) FROM session_steps WHERE session_id = sessions.id),"
                " started_at) WHERE status = ?",
                (SessionStatus.INTERRUPTED.value, SessionStatus.IN_PROGRESS.value),
            )
        ids = {int(row[0]) for row in rows}
        marks = ",".join("?" * len(ids))
        return self._sessions_where(f"s.id IN ({marks})", tuple(ids))

    def sessions_between(self, start: datetime, end: datetime) -> list[SessionRecord]:
        """Sessions started in [start, end), oldest first."""
        return self._sessions_where(
            "s.started_at >= ? AND s.started_at < ?", (stamp(start), stamp(end))
        )

    def completed_session_starts(self) -> Iterator[float]:
        """When each completed session started (Unix seconds), newest first, read a batch at a
        time, each batch twice the last: a reader that needs only the latest ones (the streak)
        stops after a batch or two, and years of sessions are not all read. No statement stays
        open between batches, so a write in between is not held up."""
        batch = _FIRST_STARTS_BATCH
        before, after_last = "", ()
        while True:
            rows = self._db.execute(
                f"SELECT started_at, id, {unix_seconds('started_at')} FROM sessions"
                f" WHERE status = ?{before} ORDER BY started_at DESC, id DESC LIMIT ?",
                (SessionStatus.COMPLETED.value, *after_last, batch),
            ).fetchall()
            yield from (started for _, _, started in rows)
            if len(rows) < batch:
                return
            before, after_last = " AND (started_at, id) < (?, ?)", rows[-1][:2]
            batch = min(2 * batch, _LAST_STARTS_BATCH)

    def session(self, session_id: int) -> SessionRecord | None:
        found = self._sessions_where("s.id = ?", (session_id,))
        return found[0] if found else None

    def _sessions_where(self, condition: str, params: tuple[object, ...]) -> list[SessionRecord]:
        rows = self._db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions s"
            " LEFT JOIN session_steps st ON st.session_id = s.id"
            f" WHERE {condition} GROUP BY s.id ORDER BY s.started_at, s.id",
            params,
        ).fetchall()
        return [
            SessionRecord(
                id=int(r[0]),
                routine_id=str(r[1]),
                routine_name=str(r[2]),
                planned_seconds=int(r[3]),
                started_at=datetime.fromisoformat(r[4]),
                ended_at=datetime.fromisoformat(r[5]) if r[5] else None,
                status=SessionStatus(r[6]),
                pain_before=r[7],
                pain_after=r[8],
                stop_reason=str(r[9]),
                symptoms=read_symptoms(r[10]),
                steps_completed=int(r[11]),
                steps_recorded=int(r[12]),
                active_seconds=float(r[13]),
            )
            for r in rows
        ]

    def steps_of(self, session_id: int) -> list[StepResult]:
        from coach.domain.session import StepResult  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT position, exercise_id, started_at, ended_at, completed, reps_done,"
            " active_seconds FROM session_steps WHERE session_id = ? ORDER BY id",
            (session_id,),
        ).fetchall()
        return [
            StepResult(
                int(r[0]),
                str(r[1]),
                datetime.fromisoformat(r[2]),
                datetime.fromisoformat(r[3]),
                bool(r[4]),
                int(r[5]),
                float(r[6]),
            )
            for r in rows
        ]

    def step_counts_between(self, start: datetime, end: datetime) -> dict[str, tuple[int, int]]:
        """Per exercise id, (steps completed, steps begun) in the sessions started in [start, end);
        a step recorded twice in one session counts once."""
        rows = self._db.execute(
            "SELECT st.exercise_id,"
            " COUNT(DISTINCT CASE WHEN st.completed THEN st.session_id || ':' || st.position END),"
            " COUNT(DISTINCT st.session_id || ':' || st.position)"
            " FROM session_steps st JOIN sessions s ON s.id = st.session_id"
            " WHERE s.started_at >= ? AND s.started_at < ? GROUP BY st.exercise_id",
            (stamp(start), stamp(end)),
        ).fetchall()
        return {str(exercise): (int(done), int(begun)) for exercise, done, begun in rows}
