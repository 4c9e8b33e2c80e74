"""Typed reads and writes over the open database. Every write commits before it returns, so nothing a
user did is lost if the app is killed the moment after."""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from coach.clock import Clock
from coach.domain.checkins import CheckIn, check_rating, check_ratings, check_symptoms
from coach.domain.days import aware_moment
from coach.domain.heat import BodyArea, HeatLimits, HeatScreening, HeatSource, HeatUse
from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.messages import Message, MessageError
from coach.domain.settings import (
    SETTING_KEYS,
    AppSettings,
    SettingProblem,
    decode_settings,
    encode_settings,
)
from coach.domain.timers import Timer, TimerKind, TimerStatus
from coach.store.faults import StoreWriteError, write_failure

if TYPE_CHECKING:
    # The routine, session and reminder modules (and the exercise library under them) load on first
    # use: start-up shows the Today page, which needs none of them.
    from coach.domain.dosing import DoseChange
    from coach.domain.exercises import Library, LibraryError
    from coach.domain.onboarding import Onboarding
    from coach.domain.plan import Plan
    from coach.domain.reminders import ReminderEvent, ReminderSettings, ReminderState
    from coach.domain.routines import Routine
    from coach.domain.safety import SafetyFlag, Urgency
    from coach.domain.schedule import ReminderKind
    from coach.domain.session import StepResult

log = logging.getLogger(__name__)

WINDOW_GEOMETRY_KEY = "ui.window_geometry"
HEAT_SCREENING_KEY = "heat.screening"
REMINDERS_KEY = "reminders"
REMINDER_STATE_KEY = "reminders.state"
ONBOARDING_KEY = "onboarding"
ONBOARDING_READ_KEY = "onboarding.read"  # checksum of the answers last read or saved fine
USER_ROUTINE_PREFIX = "user:"
BUNDLED_PLAN_SOURCE = "bundled:"  # + the baked plan's checksum

_TIMER_COLUMNS = (
    "id, kind, label, source, area, planned_seconds, started_at, status, deadline_at,"
    " remaining_seconds, skin_check_after, ended_at, actual_seconds"
)
_SESSION_COLUMNS = """
    s.id, s.routine_id, s.routine_name, s.planned_seconds, s.started_at, s.ended_at, s.status,
    s.pain_before, s.pain_after, s.stop_reason, s.symptoms,
    COUNT(DISTINCT CASE WHEN st.completed THEN st.position END), COUNT(st.id),
    COALESCE(SUM(st.active_seconds), 0)
"""


def stamp(moment: datetime) -> str:
    """A sortable text timestamp: UTC, always with microseconds, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Repo:
    """The app's queries, over one connection."""

    def __init__(self, connection: sqlite3.Connection, clock: Clock) -> None:
        self._db = connection
        self._clock = clock

    @property
    def connection(self) -> sqlite3.Connection:
        """The store's one connection (for export and import, which work table by table)."""
        return self._db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed write. A fault outside Coach (full disk, read-only or unwritable file or
        folder, I/O error, another program holding the file) raises `StoreWriteError`: nothing
        of the write was saved, everything committed before is intact."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # also after a failed COMMIT (disk full)
                    self._db.execute("ROLLBACK")
                raise
        except (sqlite3.Error, OSError) as error:
            if isinstance(error, StoreWriteError):
                raise
            failure = write_failure(error, self._db)
            if failure is None:
                raise
            raise failure from error

    def _read_values(self, keys: tuple[str, ...]) -> dict[str, str]:
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(
            f"SELECT key, value FROM settings WHERE key IN ({marks})", keys
        ).fetchall()
        return {str(key): str(value) for key, value in rows}

    def _write_values(self, values: dict[str, str]) -> None:
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                values.items(),
            )

    def load_settings(self) -> tuple[AppSettings, list[SettingProblem]]:
        """The settings, with a problem for each stored value that could not be read."""
        return decode_settings(self._read_values(SETTING_KEYS))

    def save_settings(self, settings: AppSettings) -> None:
        self._write_values(encode_settings(settings))

    def load_window_geometry(self) -> bytes | None:
        value = self._read_values((WINDOW_GEOMETRY_KEY,)).get(WINDOW_GEOMETRY_KEY)
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def save_window_geometry(self, geometry: bytes) -> None:
        self._write_values({WINDOW_GEOMETRY_KEY: base64.b64encode(geometry).decode("ascii")})

    def load_heat_screening(self) -> tuple[HeatScreening, SettingProblem | None]:
        """The heat-safety answers; unreadable ones count as not answered (so the questions are
        asked again) and are reported."""
        stored = self._read_values((HEAT_SCREENING_KEY,)).get(HEAT_SCREENING_KEY)
        if stored is None:
            return HeatScreening(), None
        try:
            return HeatScreening.decode(stored), None
        except ValueError as error:
            problem = SettingProblem(HEAT_SCREENING_KEY, repr(stored), _readable_answers(error))
            return HeatScreening(), problem

    def save_heat_screening(self, screening: HeatScreening) -> None:
        self._write_values({HEAT_SCREENING_KEY: screening.encode()})

    def has_onboarding(self) -> bool:
        """Whether first-run answers are stored (readable or not), without reading them: start-up
        asks this, and loads the first run only when it is needed."""
        return ONBOARDING_KEY in self._read_values((ONBOARDING_KEY,))

    def needs_first_run(self) -> bool:
        """Whether start-up should offer the first run: no answers are stored, or they cannot be
        read (logged; the first run says so and asks again). Cheap on later starts: the answers
        are read (loading the first-run rules) only when they changed since they were last read
        or saved fine, as after importing a backup."""
        stored = self._read_values((ONBOARDING_KEY, ONBOARDING_READ_KEY))
        answers = stored.get(ONBOARDING_KEY)
        if answers is None:
            return True
        if stored.get(ONBOARDING_READ_KEY) == _checksum(answers):
            return False
        _loaded, problem = self.load_onboarding()
        if problem is not None:
            log.warning("first-run answers cannot be read, so asked again: %s", problem.describe())
            return True
        try:
            self._write_values({ONBOARDING_READ_KEY: _checksum(answers)})
        except sqlite3.Error as error:  # read again next time
            log.warning("could not note that the first-run answers were read: %s", error)
        return False

    def load_onboarding(self) -> tuple[Onboarding | None, SettingProblem | None]:
        """The first-run answers (None when there are none); unreadable ones count as none, so
        the first run asks again, and are reported."""
        from coach.domain.onboarding import Onboarding  # noqa: PLC0415

        stored = self._read_values((ONBOARDING_KEY,)).get(ONBOARDING_KEY)
        if stored is None:
            return None, None
        try:
            return Onboarding.decode(stored), None
        except (ValueError, TypeError) as error:
            return None, SettingProblem(ONBOARDING_KEY, repr(stored), _readable_answers(error))

    def save_onboarding(self, answers: Onboarding) -> None:
        text = answers.encode()
        self._write_values({ONBOARDING_KEY: text, ONBOARDING_READ_KEY: _checksum(text)})

    def load_reminder_settings(self) -> tuple[ReminderSettings, SettingProblem | None]:
        """The reminder settings; unreadable ones are replaced by the defaults and reported (the
        problem names the field)."""
        from coach.domain.reminders import ReminderSettings  # noqa: PLC0415
        from coach.domain.schedule import ScheduleError  # noqa: PLC0415

        stored = self._read_values((REMINDERS_KEY,)).get(REMINDERS_KEY)
        if stored is None:
            return ReminderSettings(), None
        try:
            return ReminderSettings.decode(stored), None
        except ScheduleError as error:
            return ReminderSettings(), SettingProblem(REMINDERS_KEY, repr(stored), error.message)

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

    def add_checkin(
        self,
        pain: int,
        note: str = "",
        at: datetime | None = None,
        stiffness: int | None = None,
        sleep: int | None = None,
        symptoms: tuple[str, ...] = (),
    ) -> CheckIn:
        """Record a pain rating (with the optional stiffness and sleep ratings and any new
        symptoms) now, or at `at`, and return it as stored."""
        when = at if at is not None else self._clock.now()
        checkin = CheckIn(0, when, pain, note, stiffness, sleep, symptoms)  # checks every value
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO checkins (at, pain, note, stiffness, sleep, symptoms)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (stamp(when), pain, note, stiffness, sleep, ",".join(symptoms)),
            )
        row_id = cursor.lastrowid
        assert row_id is not None
        return replace(checkin, id=row_id)

    def checkins_between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first."""
        rows = self._db.execute(
            "SELECT id, at, pain, note, stiffness, sleep, symptoms FROM checkins"
            " WHERE at >= ? AND at < ? ORDER BY at, id",
            (stamp(start), stamp(end)),
        ).fetchall()
        return [
            CheckIn(
                int(i), datetime.fromisoformat(a), int(p), str(n), stiff, slept, _symptoms(found)
            )
            for i, a, p, n, stiff, slept, found in rows
        ]

    # Unix seconds, computed by SQLite and rounded to the millisecond: years of rows for the
    # Progress page without a datetime object per row.
    _EPOCH = "ROUND((julianday({0}) - 2440587.5) * 86400000.0) / 1000.0"

    def checkin_ratings(self) -> list[tuple[float, int]]:
        """Every check-in as (Unix time, rating), oldest first: the Progress page's pain chart."""
        rows = self._db.execute(
            f"SELECT {self._EPOCH.format('at')}, pain FROM checkins ORDER BY at, id"
        ).fetchall()
        return [(float(at), int(pain)) for at, pain in rows]

    def exercise_intervals(self) -> list[tuple[float, float, bool]]:
        """Every finished guided session as (start, start + active time, completed) in Unix time,
        oldest first: minutes of exercise per day, and sessions done against the plan."""
        rows = self._db.execute(
            f"SELECT {self._EPOCH.format('started_at')}, active_seconds, status = ? FROM sessions"
            " WHERE status != ? ORDER BY started_at",
            (SessionStatus.COMPLETED.value, SessionStatus.IN_PROGRESS.value),
        ).fetchall()
        return [(float(s), float(s) + float(active), bool(done)) for s, active, done in rows]

    def heat_intervals(self) -> list[tuple[float, float]]:
        """Every finished heat session as (start, start + time used) in Unix time, oldest first."""
        rows = self._db.execute(
            f"SELECT {self._EPOCH.format('started_at')}, actual_seconds FROM timers"
            " WHERE kind = ? AND status IN (?, ?) AND actual_seconds IS NOT NULL"
            " ORDER BY started_at",
            (TimerKind.HEAT.value, TimerStatus.COMPLETED.value, TimerStatus.STOPPED.value),
        ).fetchall()
        return [(float(s), float(s) + float(seconds)) for s, seconds in rows]

    def update_checkin(
        self,
        checkin_id: int,
        pain: int,
        note: str,
        stiffness: int | None = None,
        sleep: int | None = None,
        symptoms: tuple[str, ...] | None = None,
    ) -> None:
        """Change a check-in's ratings and note, and its symptoms unless None (its time stays)."""
        check_ratings(pain, stiffness, sleep)
        with self._transaction() as db:
            db.execute(
                "UPDATE checkins SET pain = ?, note = ?, stiffness = ?, sleep = ? WHERE id = ?",
                (pain, note.strip(), stiffness, sleep, checkin_id),
            )
            if symptoms is not None:
                check_symptoms(symptoms)
                db.execute(
                    "UPDATE checkins SET symptoms = ? WHERE id = ?",
                    (",".join(symptoms), checkin_id),
                )

    def delete_checkin(self, checkin_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))

    def count_checkins(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM checkins").fetchone()[0]
        return count

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

    # ---- guided sessions -------------------------------------------------------------------------
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
            (datetime.fromisoformat(at), str(where), _symptoms(found)) for at, where, found in rows
        ]

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
                symptoms=_symptoms(r[10]),
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

    # ---- heat, rest and custom timers -------------------------------------------------------------
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

    # ---- the user's own routines -----------------------------------------------------------------
    def user_routines(self, library: Library) -> tuple[list[Routine], list[LibraryError]]:
        """The user's routines in the order they were made; one that names an exercise the library
        no longer has is reported, not dropped silently."""
        from coach.domain.exercises import LibraryError  # noqa: PLC0415
        from coach.domain.routines import Routine, parse_steps  # noqa: PLC0415

        routines: list[Routine] = []
        problems: list[LibraryError] = []
        for row_id, name, aim, steps_json in self._db.execute(
            "SELECT id, name, aim, steps FROM routines ORDER BY id"
        ).fetchall():
            label = Message("your routine '{name}'", name=str(name))
            try:
                steps = parse_steps(label, json.loads(steps_json), library)
            except (ValueError, LibraryError) as problem:
                problems.append(
                    problem
                    if isinstance(problem, LibraryError)
                    else LibraryError(label, "steps", Message("is not readable"))
                )
                continue
            routines.append(Routine(f"{USER_ROUTINE_PREFIX}{row_id}", str(name), str(aim), steps))
        return routines, problems

    def save_routine(
        self, routine: Routine, library: Library, steps_edited: bool = True
    ) -> Routine:
        """Insert a new user routine (id not yet `user:N`) or update an existing one; updating one
        that was deleted meanwhile stores it again as new. `steps_edited`: the user set its steps
        or doses (even to what they were): a dose accepted before no longer applies
        (coach.domain.dosing.since_edit); a new name alone keeps it."""
        if routine.builtin:
            raise ValueError("built-in routines cannot be changed; copy them instead")
        from coach.domain.routines import Routine, steps_to_json  # noqa: PLC0415

        steps = json.dumps(steps_to_json(routine.steps, library))
        now = stamp(self._clock.now())
        with self._transaction() as db:
            if routine.id.startswith(USER_ROUTINE_PREFIX):
                # updated_at is when the user last set the steps (routine_steps_changed_at).
                updated = db.execute(
                    "UPDATE routines SET name = ?, aim = ?, steps = ?,"
                    " updated_at = CASE WHEN ? THEN ? ELSE updated_at END WHERE id = ?",
                    (routine.name, routine.aim, steps, steps_edited, now, _row_id(routine.id)),
                )
                if updated.rowcount:
                    return routine
            cursor = db.execute(
                "INSERT INTO routines (name, aim, steps, updated_at) VALUES (?, ?, ?, ?)",
                (routine.name, routine.aim, steps, now),
            )
        return Routine(
            f"{USER_ROUTINE_PREFIX}{cursor.lastrowid}", routine.name, routine.aim, routine.steps
        )

    def routine_steps_changed_at(self, routine_id: str) -> datetime | None:
        """When the user last set the steps or doses of their own routine (None for a built-in or
        a plan's routine, which they cannot change, or one that is gone)."""
        if not routine_id.startswith(USER_ROUTINE_PREFIX):
            return None
        row = self._db.execute(
            "SELECT updated_at FROM routines WHERE id = ?", (_row_id(routine_id),)
        ).fetchone()
        if row is None:
            return None
        moment = aware_moment(row[0])
        if moment is None:
            log.warning("routine %s: unreadable updated_at %r", routine_id, row[0])
            return None  # the accepted doses are then judged by their steps alone
        return moment

    def delete_routine(self, routine: Routine) -> None:
        if routine.builtin or not routine.id.startswith(USER_ROUTINE_PREFIX):
            raise ValueError("built-in routines cannot be deleted")
        with self._transaction() as db:
            db.execute("DELETE FROM routines WHERE id = ?", (_row_id(routine.id),))

    # ---- dose changes (progression) ---------------------------------------------------------------
    def add_dose_change(self, change: DoseChange) -> None:
        """Record a suggested dose change the user accepted or declined."""
        from coach.domain.dosing import steps_to_text  # noqa: PLC0415

        with self._transaction() as db:
            db.execute(
                "INSERT INTO dose_changes (routine_id, base, steps, direction, reason, decision,"
                " at, plan_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    change.routine_id,
                    steps_to_text(change.base),
                    steps_to_text(change.steps),
                    change.direction.value,
                    change.reason.value,
                    change.decision.value,
                    stamp(change.at),
                    change.plan_id,
                ),
            )

    def dose_changes(self, routine_id: str) -> list[DoseChange]:
        """The routine's dose changes, oldest first; a row that cannot be read is logged and left
        out (the routine then runs at the dose before it)."""
        from coach.domain.dosing import Decision, DoseChange, steps_from_text  # noqa: PLC0415
        from coach.domain.safety import Direction, Reason  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT id, base, steps, direction, reason, decision, at, plan_id FROM dose_changes"
            " WHERE routine_id = ? ORDER BY at, id",
            (routine_id,),
        ).fetchall()
        changes = []
        for row_id, base, steps, direction, reason, decision, at, plan_id in rows:
            try:
                changes.append(
                    DoseChange(
                        routine_id,
                        steps_from_text(base),
                        steps_from_text(steps),
                        Direction(direction),
                        Reason(reason),
                        Decision(decision),
                        datetime.fromisoformat(at),
                        None if plan_id is None else int(plan_id),
                    )
                )
            except (ValueError, TypeError) as error:
                log.warning("dose change %s cannot be read (%s); it is left out", row_id, error)
        return changes

    # ---- safety flags (CLINICAL.md section 4a) ----------------------------------------------------
    def record_safety_flag(
        self, urgency: Urgency, reasons: Sequence[str], source: str
    ) -> SafetyFlag:
        """Keep an "emergency" or "same day" answer (its RedFlag or Symptom values as `reasons`)
        raised now, until the user says a clinician has checked it."""
        from coach.domain.safety import SafetyFlag  # noqa: PLC0415

        names = tuple(reasons)
        check_symptoms(names)  # plain names, as symptoms are stored
        flag = SafetyFlag(0, self._clock.now(), urgency, names, source)  # checks every value
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO safety_flags (raised_at, urgency, reasons, source)"
                " VALUES (?, ?, ?, ?)",
                (stamp(flag.raised_at), urgency.name.lower(), ",".join(names), source),
            )
        row_id = cursor.lastrowid
        assert row_id is not None
        return replace(flag, id=row_id)

    def has_open_safety_flags(self) -> bool:
        """Whether a safety flag waits for a clinician's check, without loading the safety rules:
        start-up asks this for Today and the reminders."""
        row = self._db.execute(
            "SELECT 1 FROM safety_flags WHERE cleared_at IS NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def open_safety_flags(self) -> list[SafetyFlag]:
        """The flags not cleared yet, oldest first."""
        return self._safety_flags_where("cleared_at IS NULL", ())

    def safety_flags_between(self, start: datetime, end: datetime) -> list[SafetyFlag]:
        """The flags that stood at some time in [start, end): raised before `end` and still open
        or cleared at or after `start`; oldest first."""
        return self._safety_flags_where(
            "raised_at < ? AND (cleared_at IS NULL OR cleared_at >= ?)", (stamp(end), stamp(start))
        )

    def clear_safety_flags(self) -> int:
        """The user says a clinician has checked it: every open flag is cleared now. Returns
        how many were."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE safety_flags SET cleared_at = ? WHERE cleared_at IS NULL",
                (stamp(self._clock.now()),),
            )
        return cursor.rowcount

    def _safety_flags_where(self, condition: str, params: tuple[object, ...]) -> list[SafetyFlag]:
        from coach.domain.safety import SafetyFlag, Urgency  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT id, raised_at, urgency, reasons, source, cleared_at FROM safety_flags"
            f" WHERE {condition} ORDER BY raised_at, id",
            params,
        ).fetchall()
        flags = []
        for row_id, raised, urgency, reasons, source, cleared in rows:
            try:
                flags.append(
                    SafetyFlag(
                        int(row_id),
                        datetime.fromisoformat(raised),
                        Urgency[str(urgency).upper()],
                        _symptoms(reasons),
                        str(source),
                        None if cleared is None else datetime.fromisoformat(cleared),
                    )
                )
            except (KeyError, ValueError, TypeError) as error:
                log.warning("safety flag %s cannot be read (%s); it is left out", row_id, error)
        return flags

    # ---- clinician plans ---------------------------------------------------------------------------
    def adopt_plan(self, plan: Plan, source: str) -> StoredPlan:
        """Make `plan` the active plan and put its schedule into the reminder settings, in one
        transaction; the settings and plan in force before are kept for `restore_previous_plan`."""
        before, _problem = self.load_reminder_settings()
        stored_before = self._read_values((REMINDERS_KEY,)).get(REMINDERS_KEY)
        limits = plan.heat.limits()
        with self._transaction() as db:
            row = db.execute("SELECT id FROM plans WHERE active = 1").fetchone()
            db.execute("UPDATE plans SET active = 0 WHERE active = 1")
            cursor = db.execute(
                "INSERT INTO plans (title, body, source, adopted_at, reminders_before, "
                "replaced_id, heat_cap_minutes, heat_session_minutes, heat_max_per_day, "
                "heat_min_gap_hours, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    plan.title,
                    plan.body,
                    source,
                    stamp(self._clock.now()),
                    stored_before,
                    row[0] if row else None,
                    limits.cap_minutes,
                    limits.session_minutes,
                    limits.max_sessions_per_day,
                    limits.min_gap_hours,
                ),
            )
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (REMINDERS_KEY, plan.reminder_settings(before).encode()),
            )
        stored = self.active_plan()
        assert stored is not None and stored.id == cursor.lastrowid
        return stored

    def active_plan_id(self) -> int | None:
        """The row id of the plan in force, without reading the plan (it may be megabytes)."""
        row = self._db.execute("SELECT id FROM plans WHERE active = 1").fetchone()
        return None if row is None else int(row[0])

    def active_plan(self) -> StoredPlan | None:
        """The plan in force, as stored (its body is parsed by the caller, when needed)."""
        row = self._db.execute(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE active = 1").fetchone()
        return _stored_plan(row) if row else None

    def plan_history(self) -> list[StoredPlan]:
        """Every plan adopted, newest first."""
        rows = self._db.execute(f"SELECT {_PLAN_COLUMNS} FROM plans ORDER BY id DESC").fetchall()
        return [_stored_plan(row) for row in rows]

    def heat_limits(self) -> HeatLimits:
        """The heat limits in force: the active plan's, or Coach's own."""
        plan = self.active_plan()
        return plan.heat_limits if plan else HeatLimits()

    def restore_previous_plan(self) -> StoredPlan | None:
        """Undo the last adoption: the plan before it (or none) is active again, with the
        reminder rules of that time. Only what a plan sets is put back: the working days, working
        hours and quiet hours stay as they are now (the patient may have changed them since).
        Returns the plan now in force."""
        current = self.active_plan()
        if current is None:
            return None
        now_stored = self._read_values((REMINDERS_KEY,)).get(REMINDERS_KEY)
        restored = _restored_reminders(current.reminders_before, now_stored)
        with self._transaction() as db:
            db.execute("UPDATE plans SET active = 0 WHERE id = ?", (current.id,))
            if current.replaced_id is not None:
                db.execute("UPDATE plans SET active = 1 WHERE id = ?", (current.replaced_id,))
            if restored is None:
                db.execute("DELETE FROM settings WHERE key = ?", (REMINDERS_KEY,))
            else:
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (REMINDERS_KEY, restored),
                )
        return self.active_plan()

    def has_plan_from(self, source: str) -> bool:
        row = self._db.execute("SELECT 1 FROM plans WHERE source = ? LIMIT 1", (source,)).fetchone()
        return row is not None


def _readable_answers(error: Exception) -> Message:
    """What stored answers that could not be read should have been, with what is wrong."""
    problem = error.message if isinstance(error, MessageError) else str(error)
    return Message("readable answers ({problem})", problem=problem)


def _restored_reminders(saved: str | None, now: str | None) -> str | None:
    """The reminder settings to put back when a plan is restored: the `saved` ones (None: the
    defaults, by deleting the key) with the `day` (work days, work hours, quiet hours) of those in
    force `now`. When either cannot be read, `saved` as it is."""
    from coach.domain.reminders import ReminderSettings  # noqa: PLC0415
    from coach.domain.schedule import ScheduleError  # noqa: PLC0415

    if now is None:
        return saved
    try:
        before = ReminderSettings() if saved is None else ReminderSettings.decode(saved)
        current = ReminderSettings.decode(now)
    except (ScheduleError, ValueError, TypeError) as error:
        log.warning("restoring the reminder settings as saved (%s)", error)
        return saved
    if saved is None and current.day == before.day:
        return None  # nothing of the patient's own to keep: back to the defaults, as before
    return replace(before, day=current.day).encode()


_PLAN_COLUMNS = (
    "id, title, body, source, adopted_at, reminders_before, replaced_id, heat_cap_minutes, "
    "heat_session_minutes, heat_max_per_day, heat_min_gap_hours"
)


@dataclass(frozen=True)
class StoredPlan:
    """A plan as kept in the store: its text, where it came from, and what it replaced."""

    id: int
    title: str
    body: str
    source: str
    adopted_at: datetime
    reminders_before: str | None
    replaced_id: int | None
    heat_limits: HeatLimits


def _stored_plan(r: tuple[Any, ...]) -> StoredPlan:
    return StoredPlan(
        id=int(r[0]),
        title=str(r[1]),
        body=str(r[2]),
        source=str(r[3]),
        adopted_at=datetime.fromisoformat(r[4]),
        reminders_before=None if r[5] is None else str(r[5]),
        replaced_id=None if r[6] is None else int(r[6]),
        heat_limits=HeatLimits(
            int(r[7]),
            session_minutes=int(r[8]),
            max_sessions_per_day=int(r[9]),
            min_gap_hours=int(r[10]),
        ),
    )


def _symptoms(stored: object) -> tuple[str, ...]:
    """Symptoms as stored: comma-separated names ("" for none). A text not stored Coach's way
    (spaces around a name, an empty name, not text at all) gives the names that can be read, and
    is logged (once): never an error, as start-up reads these."""
    if stored is None or stored == "":
        return ()
    text = stored if isinstance(stored, str) else ""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    if ",".join(names) != stored and stored not in _SYMPTOMS_LOGGED:
        _SYMPTOMS_LOGGED.add(stored)
        log.warning("symptoms stored as %r: read as %r", stored, names)
    return names


_SYMPTOMS_LOGGED: set[object] = set()  # unusual symptom texts already logged


def _checksum(text: str) -> str:
    """A short fingerprint of a stored text (to notice that it changed, not a safeguard)."""
    return f"crc32:{zlib.crc32(text.encode('utf-8')):08x}"


def _row_id(routine_id: str) -> int:
    return int(routine_id.removeprefix(USER_ROUTINE_PREFIX))


def _timer_from_row(r: tuple[Any, ...]) -> Timer:
    """A Timer from a row of _TIMER_COLUMNS (ValueError or TypeError when a value is not valid)."""
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
