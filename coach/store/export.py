"""All of a user's data out of the store and back: CSV (one file per table, ISO dates, a header
row) for spreadsheets, and one JSON backup that can be imported into any Coach store.

The export leaves out the database's own row ids: rows are ordered and matched by what they are
(a check-in by its time, rating and note; a session by its routine and start), and a session's
steps refer to it by its place in the export. So importing merges without duplicates, importing
the same file twice adds nothing, and export -> import into an empty store -> export gives the
same files.
"""

import csv
import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from coach.domain.checkins import check_symptoms
from coach.domain.days import aware_moment
from coach.domain.messages import Message, MessageError
from coach.domain.plan_summary import PLAN_ROUTINE_PREFIX, summarise
from coach.store import key_index
from coach.store.faults import write_failure
from coach.store.key_index import KeyIndex, Progress

BACKUP_FORMAT = "coach-backup"
BACKUP_VERSION = 1

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]  # as exported, in order
    key: tuple[str, ...]  # what makes a row the same row in another store
    select: str  # yields `columns`, in a stable order
    optional: tuple[str, ...] = ()  # columns an older backup may lack (read as empty)


TABLES: tuple[Table, ...] = (
    # First: sessions and the reminder settings refer to the user's routines, as "user:N" in a
    # store and as "user-routine:K" (the routine's place in the file) in a backup.
    Table(
        "routines",
        ("routine", "name", "aim", "steps", "updated_at"),
        ("name", "aim", "steps"),
        "SELECT ROW_NUMBER() OVER (ORDER BY id), name, aim, steps, updated_at FROM routines"
        " ORDER BY id",
        optional=("routine",),
    ),
    Table(
        "settings",
        ("key", "value"),
        ("key",),
        "SELECT key, value FROM settings ORDER BY key",
    ),
    Table(
        "checkins",
        ("at", "pain", "note", "stiffness", "sleep", "symptoms"),
        ("at", "pain", "note"),
        "SELECT at, pain, note, stiffness, sleep, symptoms FROM checkins"
        " ORDER BY at, pain, note, id",
        optional=("stiffness", "sleep", "symptoms"),
    ),
    Table(
        "sessions",
        (
            "session",
            "routine_id",
            "routine_name",
            "planned_seconds",
            "started_at",
            "ended_at",
            "status",
            "pain_before",
            "pain_after",
            "stop_reason",
            "symptoms",
        ),
        ("routine_id", "started_at"),
        "SELECT ROW_NUMBER() OVER (ORDER BY started_at, routine_id, id), routine_id,"
        " routine_name, planned_seconds, started_at, ended_at, status, pain_before, pain_after,"
        " stop_reason, symptoms FROM sessions ORDER BY started_at, routine_id, id",
        optional=("symptoms",),
    ),
    Table(
        "session_steps",
        (
            "session",
            "position",
            "exercise_id",
            "started_at",
            "ended_at",
            "completed",
            "reps_done",
            "active_seconds",
        ),
        ("session", "position", "started_at"),
        "SELECT o.n, st.position, st.exercise_id, st.started_at, st.ended_at, st.completed,"
        " st.reps_done, st.active_seconds FROM session_steps st JOIN (SELECT id, ROW_NUMBER()"
        " OVER (ORDER BY started_at, routine_id, id) AS n FROM sessions) o ON o.id = st.session_id"
        " ORDER BY o.n, st.position, st.started_at, st.id",
    ),
    Table(
        "timers",
        (
            "kind",
            "label",
            "source",
            "area",
            "planned_seconds",
            "started_at",
            "status",
            "deadline_at",
            "remaining_seconds",
            "skin_check_after",
            "ended_at",
            "actual_seconds",
        ),
        ("kind", "started_at"),
        "SELECT kind, label, source, area, planned_seconds, started_at, status, deadline_at,"
        " remaining_seconds, skin_check_after, ended_at, actual_seconds FROM timers"
        " ORDER BY started_at, kind, id",
    ),
    Table(
        "plans",
        (
            "plan",
            "title",
            "body",
            "source",
            "adopted_at",
            "reminders_before",
            "replaced",
            "heat_cap_minutes",
            "heat_session_minutes",
            "heat_max_per_day",
            "heat_min_gap_hours",
            "active",
        ),
        ("adopted_at", "title", "source"),
        "SELECT p.n, title, body, source, adopted_at, reminders_before, r.n, heat_cap_minutes,"
        " heat_session_minutes, heat_max_per_day, heat_min_gap_hours, active FROM plans"
        " JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM plans) p USING (id)"
        " LEFT JOIN (SELECT id AS rid, ROW_NUMBER() OVER (ORDER BY id) AS n FROM plans) r"
        " ON r.rid = plans.replaced_id ORDER BY plans.id",
    ),
    Table(
        "reminder_events",
        ("kind", "routine_id", "due_at", "event", "at"),
        ("kind", "routine_id", "due_at", "event", "at"),
        "SELECT kind, routine_id, due_at, event, at FROM reminder_events"
        " ORDER BY at, kind, due_at, event, routine_id",
    ),
    Table(
        "dose_changes",
        ("routine_id", "base", "steps", "direction", "reason", "decision", "at", "plan"),
        ("routine_id", "decision", "at"),
        # `plan`: the plan it was accepted under, by its place among the file's plans.
        "SELECT routine_id, base, steps, direction, reason, decision, at, (SELECT n FROM"
        " (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM plans) p"
        " WHERE p.id = dose_changes.plan_id) FROM dose_changes ORDER BY at, routine_id, id",
        optional=("plan",),
    ),
    Table(
        # Safety flags (CLINICAL.md section 4a): a backup from before them has none.
        "safety_flags",
        ("raised_at", "urgency", "reasons", "source", "cleared_at"),
        ("raised_at", "urgency", "source"),
        "SELECT raised_at, urgency, reasons, source, cleared_at FROM safety_flags"
        " ORDER BY raised_at, id",
    ),
)


TABLES_INDEX = {table.name: table for table in TABLES}

ImportCancelledError = key_index.ImportCancelledError  # import_backup stopped by its progress


class BackupError(MessageError):
    """A backup file that cannot be imported; the message names the file and what is wrong
    (`str()` in English, `.message` for the user's language)."""


class _RowError(MessageError):
    """A row of the file that refers to one that is not in the file before it."""


STORE_ROUTINE = "user:"  # how the store names a user routine: by its row id
FILE_ROUTINE = "user-routine:"  # how a backup names it: by its place among the file's routines
REMINDERS_SETTING = "reminders"


def export_rows(connection: sqlite3.Connection) -> dict[str, list[Row]]:
    """Every exported table's rows, in the export's stable order, with references to the user's
    routines by their place in the file (row ids differ from store to store)."""
    rows = {table.name: connection.execute(table.select).fetchall() for table in TABLES}
    places = {
        f"{STORE_ROUTINE}{row_id}": f"{FILE_ROUTINE}{place}"
        for row_id, place in connection.execute(
            "SELECT id, ROW_NUMBER() OVER (ORDER BY id) FROM routines"
        )
    }
    rows["sessions"] = [(r[0], places.get(r[1], r[1]), *r[2:]) for r in rows["sessions"]]
    rows["dose_changes"] = [(places.get(r[0], r[0]), *r[1:]) for r in rows["dose_changes"]]
    rows["settings"] = [
        (key, _rename_routine(value, places) if key == REMINDERS_SETTING else value)
        for key, value in rows["settings"]
    ]
    # A plan keeps the reminder settings it replaced, to give them back when it is restored.
    before = TABLES_INDEX["plans"].columns.index("reminders_before")
    rows["plans"] = [
        (*r[:before], _rename_optional(r[before], places), *r[before + 1 :]) for r in rows["plans"]
    ]
    return rows


def _rename_optional(reminders_json: str | None, names: Mapping[str, str]) -> str | None:
    return None if reminders_json is None else _rename_routine(reminders_json, names)


def _rename_routine(reminders_json: str, names: Mapping[str, str]) -> str:
    """The reminder settings' JSON with its routine reference renamed through `names` (left as
    it is when it is not JSON or names no user routine)."""
    try:
        data = json.loads(reminders_json)
        routine = data["routine"]["routine"]
    except (ValueError, TypeError, KeyError):
        return reminders_json
    if not isinstance(routine, str) or routine not in names:
        return reminders_json
    data["routine"]["routine"] = names[routine]
    return json.dumps(data, sort_keys=True)


def write_csv(connection: sqlite3.Connection, folder: Path) -> list[Path]:
    """One CSV file per table in `folder` (made if needed, inside a folder that exists: never a
    folder tree); returns the files written."""
    folder.mkdir(exist_ok=True)
    written = []
    rows = export_rows(connection)
    for table in TABLES:
        target = folder / f"{table.name}.csv"
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.columns)
            writer.writerows(["" if v is None else v for v in row] for row in rows[table.name])
        written.append(target)
    return written


def write_json(connection: sqlite3.Connection, target: Path) -> None:
    """The whole store as one JSON backup."""
    rows = export_rows(connection)
    backup = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "tables": {
            table.name: {
                "columns": list(table.columns),
                "rows": [list(r) for r in rows[table.name]],
            }
            for table in TABLES
        },
    }
    # Beside the target, then moved over it: a failure never leaves half a backup behind.
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(json.dumps(backup, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(target)


def read_backup(source: Path) -> dict[str, list[dict[str, Any]]]:
    """The rows of a JSON backup by table, as column -> value; BackupError says what is wrong."""
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise BackupError(
            Message("{file}: cannot be read ({error})", file=str(source), error=str(error))
        ) from error
    except json.JSONDecodeError as error:
        raise BackupError(
            Message(
                "{file}: not JSON (line {line}, column {column}: {error})",
                file=str(source),
                line=error.lineno,
                column=error.colno,
                error=error.msg,
            )
        ) from error
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise BackupError(
            Message(
                '{file}: not a Coach backup (expected "format": "{name}")',
                file=str(source),
                name=BACKUP_FORMAT,
            )
        )
    version = data.get("version")
    if type(version) is not int or version > BACKUP_VERSION:
        raise BackupError(
            Message(
                "{file}: backup version {version}; this Coach reads versions up to "
                "{latest} (update Coach to import it)",
                file=str(source),
                version=repr(version),
                latest=BACKUP_VERSION,
            )
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise BackupError(Message('{file}: "tables" must be an object', file=str(source)))
    result: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        part = tables.get(table.name, {"columns": list(table.columns), "rows": []})
        result[table.name] = _table_rows(source, table, part)
    return result


def _table_rows(source: Path, table: Table, part: object) -> list[dict[str, Any]]:
    where = f"{source}: tables.{table.name}"
    if not isinstance(part, dict):
        raise BackupError(
            Message('{where} must be an object with "columns" and "rows"', where=where)
        )
    columns, rows = part.get("columns"), part.get("rows")
    if not isinstance(columns, list) or not isinstance(rows, list):
        raise BackupError(
            Message('{where} must have a "columns" list and a "rows" list', where=where)
        )
    missing = [c for c in table.columns if c not in columns and c not in table.optional]
    if missing:
        raise BackupError(
            Message("{where}.columns lacks {columns}", where=where, columns=", ".join(missing))
        )
    result = []
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(columns):
            raise BackupError(
                Message(
                    "{where}.rows[{index}] must be a list of {count} values",
                    where=where,
                    index=index,
                    count=len(columns),
                )
            )
        if any(isinstance(v, (dict, list)) for v in row):
            raise BackupError(
                Message("{where}.rows[{index}] holds a nested value", where=where, index=index)
            )
        values = dict.fromkeys(table.optional) | dict(zip(columns, row, strict=True))
        result.append(values)
        rows[index] = None  # the file's list, now in `values`: a large backup needs it once
    return result


def import_backup(
    connection: sqlite3.Connection,
    source: Path,
    progress: Callable[[int, int], bool | None] | None = None,
) -> dict[str, int]:
    """Merge a JSON backup into the store in one transaction: rows the store already has (by
    their key) are skipped, settings already set are kept. Returns how many rows each table got.
    BackupError (nothing imported) when the file is not a backup this Coach can read, or a row
    breaks the store's rules. `progress(done, total)` hears now and then how many of the file's
    rows are done; when it returns False (or raises ImportCancelledError), the import stops with
    ImportCancelledError and nothing is imported."""
    backup = read_backup(source)
    _check_moments(source, backup)
    _check_symptoms(source, backup)
    counter = Progress(progress, sum(len(rows) for rows in backup.values()))
    counter.report()
    added: dict[str, int] = {}
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        _raise_if_unwritable(error, connection, source)
        raise BackupError(
            Message(
                "{file}: the store is busy ({error}); try again", file=str(source), error=str(error)
            )
        ) from error
    try:
        row_ids: dict[tuple[str, Any], int] = {}  # (table, place in the file) -> id in the store
        routine_names: dict[str, str] = {}  # "user-routine:K" -> "user:N" in this store
        for table in TABLES:
            added[table.name] = _import_table(
                connection, table, backup[table.name], row_ids, routine_names, counter
            )
        counter.report()  # every row is in: the last moment to stop
        if row_ids.get(("settings", REMINDERS_SETTING)) and _orphan_plan_reminders(connection):
            # Reminders of a plan's routine without the plan in force: keep this store's own.
            connection.execute("DELETE FROM settings WHERE key = ?", (REMINDERS_SETTING,))
            added["settings"] -= 1
        if added.get("session_steps"):
            connection.execute(
                "UPDATE sessions SET active_seconds = COALESCE((SELECT SUM(active_seconds)"
                " FROM session_steps WHERE session_id = sessions.id), 0)"
            )
        connection.execute("COMMIT")
    except (sqlite3.Error, OverflowError, ValueError, TypeError) as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        _raise_if_unwritable(error, connection, source)
        raise BackupError(
            Message(
                "{file}: a row does not fit the store ({problem}); nothing was imported",
                file=str(source),
                problem=error.message if isinstance(error, MessageError) else str(error),
            )
        ) from error
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return added


def store_file(connection: sqlite3.Connection) -> Path | None:
    """The file of the connection's main database (None for one in memory), for a connection
    of another thread to open."""
    for _number, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def _raise_if_unwritable(error: Exception, connection: sqlite3.Connection, source: Path) -> None:
    """A store that cannot be written (full disk, read-only, no permission) is blamed, not the
    backup's rows."""
    failure = write_failure(error, connection)
    if failure is not None:
        raise BackupError(
            Message(
                "{file}: nothing was imported. {problem}",
                file=str(source),
                problem=failure.message,
            )
        ) from error


def _prepare_row(
    connection: sqlite3.Connection,
    table: Table,
    row: dict[str, Any],
    row_ids: Mapping[tuple[str, Any], int],
    routine_names: Mapping[str, str],
) -> None:
    """Point a row's references at this store: user routines, and the plan a plan replaced."""
    if table.name == "plans":
        # The file's active plan stays active only where its reminder settings were taken too
        # (the store had none) and no plan was active: settings already set are kept, and the
        # plan in force with them.
        row["active"] = int(
            bool(row["active"])
            and bool(row_ids.get(("settings", REMINDERS_SETTING)))
            and connection.execute("SELECT 1 FROM plans WHERE active = 1").fetchone() is None
        )
        row["reminders_before"] = _rename_optional(row["reminders_before"], routine_names)
        replaced = row["replaced"]
        row["replaced_id"] = None
        if replaced is not None:
            row["replaced_id"] = row_ids.get(("plans", replaced))
            if row["replaced_id"] is None:
                raise _RowError(
                    Message(
                        "a plan replaces plan {plan}, not before it in the file",
                        plan=repr(replaced),
                    )
                )
    elif table.name in ("sessions", "dose_changes"):
        name = row["routine_id"]
        row["routine_id"] = routine_names.get(name, name)
        if table.name == "dose_changes":
            plan = row.get("plan")
            row["plan_id"] = None if plan is None else row_ids.get(("plans", plan))
            if plan is not None and row["plan_id"] is None:
                raise _RowError(
                    Message("a dose change refers to plan {plan}, not in the file", plan=repr(plan))
                )
    if "symptoms" in table.optional and row.get("symptoms") is None:
        row["symptoms"] = ""  # a backup from before symptoms were recorded
    elif table.name == "settings" and row["key"] == REMINDERS_SETTING:
        row["value"] = _rename_routine(row["value"], routine_names)


def _orphan_plan_reminders(connection: sqlite3.Connection) -> bool:
    """Whether the stored reminder settings name a plan's routine that the active plan (if any)
    does not have."""
    row = connection.execute(
        "SELECT value FROM settings WHERE key = ?", (REMINDERS_SETTING,)
    ).fetchone()
    try:
        routine = json.loads(row[0])["routine"]["routine"]
    except (ValueError, TypeError, KeyError, RecursionError):
        return False
    if not isinstance(routine, str) or not routine.startswith(PLAN_ROUTINE_PREFIX):
        return False
    active = connection.execute("SELECT body FROM plans WHERE active = 1").fetchone()
    summary = summarise(str(active[0])) if active else None
    return summary is None or routine not in {r for r, _name in summary.routines}


# The columns written for each table's rows, and the key that matches them with the store's rows.
_COLUMNS = {
    table.name: [c for c in table.columns if c not in ("session", "routine", "plan", "replaced")]
    + {"session_steps": ["session_id"], "plans": ["replaced_id"], "dose_changes": ["plan_id"]}.get(
        table.name, []
    )
    for table in TABLES
}
_KEYS = {table.name: table.key for table in TABLES} | {
    "session_steps": ("session_id", "position", "started_at")
}
_PLACES = {"sessions": "session", "routines": "routine", "plans": "plan"}  # referred to by place
# Few rows, each of which may change what the next one finds: written one at a time.
_ONE_BY_ONE = ("routines", "plans")
_BATCH_ROWS = 5000


def _import_table(
    connection: sqlite3.Connection,
    table: Table,
    rows: list[dict[str, Any]],
    row_ids: dict[tuple[str, Any], int],
    routine_names: dict[str, str],
    progress: Progress,
) -> int:
    """One table's rows of the file, matched with the store's in one pass; how many were new.

    Rows are a multiset: the n-th row of the file with a key matches the n-th such row of the
    store, so two identical check-ins stay two, and a second import still adds nothing."""
    key = _KEYS[table.name]
    index = KeyIndex(
        connection,
        table.name,
        key,
        "key" if table.name == "settings" else "id",
        keep_ids=table.name in _PLACES,
    )
    inserts = _Inserts(connection, table.name, _COLUMNS[table.name], len(rows))
    added = 0
    for row in rows:
        try:
            _prepare_row(connection, table, row, row_ids, routine_names)
            if table.name == "session_steps":
                row["session_id"] = _step_session(row, row_ids)
            stored, existing, present = index.match(tuple(row[k] for k in key))
        except BaseException:
            inserts.flush()  # a row before this one that does not fit is the one to blame
            raise
        if present:
            _remember_id(table, row, row_ids, existing)
            if table.name == "plans" and row["active"]:
                # The file's active plan is here already (e.g. it was restored away since the
                # backup), and the store took the file's reminder settings: put the plan back in
                # force with them (no other plan is active, see _prepare_row).
                connection.execute("UPDATE plans SET active = 1 WHERE id = ?", (existing,))
        else:
            new_id = inserts.add(row)
            index.add(stored, new_id)
            _remember_id(table, row, row_ids, new_id)
            if table.name == "settings" and row["key"] == REMINDERS_SETTING:
                row_ids[("settings", REMINDERS_SETTING)] = 1  # the store took the file's settings
            added += 1
        if table.name == "routines" and row.get("routine") is not None:
            routine_names[f"{FILE_ROUTINE}{row['routine']}"] = (
                f"{STORE_ROUTINE}{row_ids[('routines', row['routine'])]}"
            )
        progress.advance()
    inserts.flush()
    index.close()
    return added


def _step_session(row: Mapping[str, Any], row_ids: Mapping[tuple[str, Any], int]) -> int:
    session_id = row_ids.get(("sessions", row["session"]))
    if session_id is None:
        raise _RowError(
            Message(
                "a step refers to session {session}, not in the file",
                session=repr(row["session"]),
            )
        )
    return session_id


class _Inserts:
    """A table's new rows, written many at a time. Sessions, which steps refer to, are given
    their ids here: the ones SQLite would give them one by one (the largest id so far, plus one).
    Routines and plans are written one at a time, as SQLite gives them their ids."""

    def __init__(
        self, connection: sqlite3.Connection, table: str, columns: list[str], most: int
    ) -> None:
        self._connection = connection
        self._columns = columns
        self._pending: list[list[Any]] = []
        self._next_id: int | None = None
        if table == "sessions":
            (largest,) = connection.execute("SELECT MAX(id) FROM sessions").fetchone()
            if (largest or 0) + most < 2**63 - 1:  # else SQLite picks ids at random: ask it
                self._next_id = (largest or 0) + 1
        self._one_by_one = table in _ONE_BY_ONE or (table in _PLACES and self._next_id is None)
        named = ["id", *columns] if self._next_id is not None else columns
        self._sql = (
            f"INSERT INTO {table} ({', '.join(named)}) VALUES ({', '.join('?' for _ in named)})"
        )

    def add(self, row: Mapping[str, Any]) -> int | None:
        """Write the row (now, or with the next batch); its id where later rows need it."""
        values = [row[c] for c in self._columns]
        row_id = None
        if self._one_by_one:
            cursor = self._connection.execute(self._sql, values)
            assert cursor.lastrowid is not None
            return cursor.lastrowid
        if self._next_id is not None:
            row_id = self._next_id
            self._next_id += 1
            values.insert(0, row_id)
        self._pending.append(values)
        if len(self._pending) >= _BATCH_ROWS:
            self.flush()
        return row_id

    def flush(self) -> None:
        if self._pending:
            self._connection.executemany(self._sql, self._pending)
            self._pending.clear()


def _remember_id(
    table: Table, row: Mapping[str, Any], row_ids: dict[tuple[str, Any], int], row_id: Any
) -> None:
    """Sessions and routines are referred to by their place in the file: note their id here."""
    place = _PLACES.get(table.name)
    if place is not None:
        row_ids[(table.name, row.get(place))] = int(row_id)


# Columns holding moments, by table: each must be a time with a zone, between these years.
MOMENT_COLUMNS = {
    "checkins": ("at",),
    "sessions": ("started_at", "ended_at"),
    "session_steps": ("started_at", "ended_at"),
    "routines": ("updated_at",),
    "timers": ("started_at", "deadline_at", "ended_at"),
    "reminder_events": ("due_at", "at"),
    "plans": ("adopted_at",),
    "dose_changes": ("at",),
    "safety_flags": ("raised_at", "cleared_at"),
}
FIRST_YEAR, LAST_YEAR = 1970, 2200


def _check_moments(source: Path, backup: dict[str, list[dict[str, Any]]]) -> None:
    """Every moment readable, with a time zone, in a sensible year; stored the store's way (UTC
    with microseconds), so that it sorts and matches like the store's own rows."""
    for table, columns in MOMENT_COLUMNS.items():
        for index, row in enumerate(backup[table]):
            for column in columns:
                value = row.get(column)
                if value is None and column in ("ended_at", "deadline_at", "cleared_at"):
                    continue
                where = f"{source}: tables.{table}.rows[{index}].{column}"
                moment = aware_moment(value)
                if moment is None:
                    raise BackupError(
                        Message(
                            "{where} holds {value}; expected a time with its zone, such as "
                            "2026-03-01T08:30:00+00:00",
                            where=where,
                            value=repr(value),
                        )
                    )
                if not FIRST_YEAR <= moment.year <= LAST_YEAR:
                    raise BackupError(
                        Message(
                            "{where} is in the year {year}; expected {first} to {last}",
                            where=where,
                            year=moment.year,
                            first=FIRST_YEAR,
                            last=LAST_YEAR,
                        )
                    )
                if not _in_stored_form(value):
                    row[column] = moment.astimezone(UTC).isoformat(timespec="microseconds")


def _in_stored_form(moment: object) -> bool:
    """Whether a readable moment is written as the store writes it already (as in every backup
    Coach made), "2026-03-01T08:30:00.000000+00:00": a large backup skips writing it again."""
    return (
        isinstance(moment, str)
        and len(moment) == 32
        and moment[10] == "T"
        and moment[19] == "."
        and moment.endswith("+00:00")
        and moment.isascii()
    )


def _check_symptoms(source: Path, backup: dict[str, list[dict[str, Any]]]) -> None:
    """Every symptoms text a list of plain names separated by commas, stored the store's way
    (spaces around a name left out: "numbness, tingling" is "numbness,tingling"). Any other text
    (an empty name, a value that is not text) is refused: the store must never hold symptoms its
    check-ins and sessions cannot be read with."""
    for table in TABLES:
        if "symptoms" not in table.columns:
            continue
        for index, row in enumerate(backup[table.name]):
            value = row.get("symptoms")
            if value is None:
                continue  # a backup from before symptoms were recorded: none
            names = _symptom_names(value)
            if names is None:
                raise BackupError(
                    Message(
                        "{where} holds {value};"
                        ' expected symptom names separated by commas, such as "numbness,tingling"',
                        where=f"{source}: tables.{table.name}.rows[{index}].symptoms",
                        value=repr(value),
                    )
                )
            row["symptoms"] = ",".join(names)


def _symptom_names(value: object) -> tuple[str, ...] | None:
    """The names in a symptoms text, without spaces around them; None when it is not one."""
    if not isinstance(value, str):
        return None
    names = tuple(name.strip() for name in value.split(","))
    if not any(names):
        return ()  # empty, or only spaces: none
    try:
        check_symptoms(names)
    except ValueError:
        return None
    return names
