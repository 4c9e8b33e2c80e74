"""Opening the database safely: WAL, foreign keys, migrations by `PRAGMA user_version`, an integrity
check on every open, a daily backup with SQLite's backup API, and recovery from a damaged file.

A damaged file (not SQLite, truncated, failing the integrity check, or written by a newer Coach) is
moved aside into the `damaged` folder, never deleted; the newest readable copy (a backup, or a copy in
`damaged` newer than the last backup) is restored in its place and the caller gets a `Recovery` that
says what happened and names every file kept (`coach.store.recovery`, loaded only then).

A fault outside Coach (a full disk, a read-only or unwritable file or folder, an input/output error;
see `coach.store.faults`, loaded only then) is not damage: nothing is moved, no empty file is left
behind, and `open_database` raises a `StoreError` that says what is wrong with which file or folder.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from coach.clock import Clock
from coach.domain.messages import Message
from coach.store import errors

if TYPE_CHECKING:
    from coach.store.recovery import Recovery

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_PREFIX = "coach-"
BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP_BACKUPS = 7

# MIGRATIONS[n] takes a database from version n to version n + 1. Append only: never edit a step
# that has shipped, add a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE settings (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           )""",
    ),
    (
        """CREATE TABLE checkins (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
               note TEXT NOT NULL DEFAULT ''
           )""",
        "CREATE INDEX checkins_at ON checkins (at)",
    ),
    (
        """CREATE TABLE sessions (
               id INTEGER PRIMARY KEY,
               routine_id TEXT NOT NULL,
               routine_name TEXT NOT NULL,
               planned_seconds INTEGER NOT NULL,
               started_at TEXT NOT NULL,
               ended_at TEXT,
               status TEXT NOT NULL,
               pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
               pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
               stop_reason TEXT NOT NULL DEFAULT ''
           )""",
        "CREATE INDEX sessions_started_at ON sessions (started_at)",
        """CREATE TABLE session_steps (
               id INTEGER PRIMARY KEY,
               session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               exercise_id TEXT NOT NULL,
               started_at TEXT NOT NULL,
               ended_at TEXT NOT NULL,
               completed INTEGER NOT NULL,
               reps_done INTEGER NOT NULL,
               active_seconds REAL NOT NULL
           )""",
        "CREATE INDEX session_steps_session ON session_steps (session_id)",
        """CREATE TABLE routines (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               name TEXT NOT NULL,
               aim TEXT NOT NULL DEFAULT '',
               steps TEXT NOT NULL,
               updated_at TEXT NOT NULL
           )""",
    ),
    (
        # Heat, rest and custom timers: the running ones (so they survive a restart) and the
        # finished ones (the record of heat and rest used).
        """CREATE TABLE timers (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               kind TEXT NOT NULL,
               label TEXT NOT NULL DEFAULT '',
               source TEXT,
               area TEXT,
               planned_seconds REAL NOT NULL CHECK (planned_seconds > 0),
               started_at TEXT NOT NULL,
               status TEXT NOT NULL,
               deadline_at TEXT,
               remaining_seconds REAL,
               skin_check_after REAL,
               ended_at TEXT,
               actual_seconds REAL
           )""",
        "CREATE INDEX timers_started_at ON timers (started_at)",
        "CREATE INDEX timers_status ON timers (status)",
    ),
    (
        # What the user did with each reminder (shown, started, snoozed, skipped, missed), for
        # adherence.
        """CREATE TABLE reminder_events (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               kind TEXT NOT NULL,
               routine_id TEXT NOT NULL DEFAULT '',
               due_at TEXT NOT NULL,
               event TEXT NOT NULL,
               at TEXT NOT NULL
           )""",
        "CREATE INDEX reminder_events_at ON reminder_events (at)",
    ),
    (
        # Each session's time spent moving, kept with it as its steps are recorded, so the
        # Progress page reads years of sessions without summing their steps each time.
        "ALTER TABLE sessions ADD COLUMN active_seconds REAL NOT NULL DEFAULT 0",
        """UPDATE sessions SET active_seconds = COALESCE(
               (SELECT SUM(active_seconds) FROM session_steps WHERE session_id = sessions.id), 0)""",
    ),
    (
        # Optional ratings with a check-in: stiffness, and last night's sleep.
        "ALTER TABLE checkins ADD COLUMN stiffness INTEGER CHECK (stiffness BETWEEN 0 AND 10)",
        "ALTER TABLE checkins ADD COLUMN sleep INTEGER CHECK (sleep BETWEEN 0 AND 10)",
    ),
    (
        # Clinician plans, newest last; at most one is active. Each keeps the reminder settings
        # in force before it, and the plan it replaced, so "restore the previous plan" is exact.
        # Its heat limits are columns so start-up needs no plan parsing.
        """CREATE TABLE plans (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               title TEXT NOT NULL,
               body TEXT NOT NULL,
               source TEXT NOT NULL,
               adopted_at TEXT NOT NULL,
               reminders_before TEXT,
               replaced_id INTEGER REFERENCES plans (id),
               heat_cap_minutes INTEGER NOT NULL CHECK (heat_cap_minutes BETWEEN 1 AND 20),
               heat_session_minutes INTEGER NOT NULL,
               heat_max_per_day INTEGER NOT NULL CHECK (heat_max_per_day BETWEEN 1 AND 3),
               heat_min_gap_hours INTEGER NOT NULL CHECK (heat_min_gap_hours BETWEEN 2 AND 24),
               active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
           )""",
        "CREATE UNIQUE INDEX plans_one_active ON plans (active) WHERE active = 1",
    ),
    (
        # New symptoms reported with a check-in or on "stop - this hurts" (comma-separated
        # coach.domain.safety.Symptom values), and the dose changes suggested by the progression
        # rule that the user accepted or declined (coach.domain.dosing).
        "ALTER TABLE checkins ADD COLUMN symptoms TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sessions ADD COLUMN symptoms TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE dose_changes (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               routine_id TEXT NOT NULL,
               base TEXT NOT NULL,
               steps TEXT NOT NULL,
               direction TEXT NOT NULL,
               reason TEXT NOT NULL,
               decision TEXT NOT NULL CHECK (decision IN ('accepted', 'declined')),
               at TEXT NOT NULL
           )""",
        "CREATE INDEX dose_changes_routine ON dose_changes (routine_id, at)",
    ),
    (
        # The clinician plan active when a dose change was made: a change to a plan's routine
        # holds only under that plan (coach.domain.dosing). Changes made before this version are
        # given the plan adopted last before them (NULL when none was).
        "ALTER TABLE dose_changes ADD COLUMN plan_id INTEGER",
        """UPDATE dose_changes SET plan_id = (
               SELECT id FROM plans WHERE plans.adopted_at <= dose_changes.at
               ORDER BY plans.adopted_at DESC, plans.id DESC LIMIT 1
           )""",
    ),
    (
        # Safety flags (CLINICAL.md section 4a): an "emergency" or "same day" answer in the first
        # run, a check-in or "stop - this hurts", kept until the user says a clinician has
        # checked it. `urgency` is the coach.domain.safety.Urgency name, `reasons` the
        # comma-separated RedFlag or Symptom values that raised it.
        """CREATE TABLE safety_flags (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               raised_at TEXT NOT NULL,
               urgency TEXT NOT NULL CHECK (urgency IN ('same_day', 'emergency')),
               reasons TEXT NOT NULL CHECK (reasons != ''),
               source TEXT NOT NULL,
               cleared_at TEXT
           )""",
        "CREATE INDEX safety_flags_raised_at ON safety_flags (raised_at)",
        "CREATE INDEX safety_flags_open ON safety_flags (cleared_at) WHERE cleared_at IS NULL",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

StoreError = errors.StoreError  # defined on its own (see coach.store.errors); imported from here


class RecoveryReason(StrEnum):
    NOT_A_DATABASE = "not a database"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer version"


class Database:
    """An open store: its connection, where it lives, and what recovery did to open it."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        backup_dir: Path,
        recoveries: list[Recovery] | None = None,
    ) -> None:
        self.connection = connection
        self.path = path
        self.backup_dir = backup_dir
        self.recoveries: list[Recovery] = [] if recoveries is None else recoveries

    def close(self) -> None:
        self.connection.close()


class _UnusableError(Exception):
    def __init__(self, reason: RecoveryReason, detail: Message | str) -> None:
        super().__init__(str(detail))
        self.reason = reason
        self.detail = detail


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with WAL, full sync and FKs on."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def connect_read_only(path: Path) -> sqlite3.Connection:
    """The store at `path` for reading only: nothing is created, migrated or backed up, so a
    running Coach is not disturbed (`coach start --list`). sqlite3.Error when it cannot be read."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=2.0)


def open_database(
    path: Path,
    clock: Clock,
    backup_dir: Path,
    damaged_dir: Path,
    keep_backups: int = DEFAULT_KEEP_BACKUPS,
    read_only_ok: bool = False,
) -> Database:
    """Open (creating, checking, backing up, migrating or recovering) the database at `path`.

    StoreError when it cannot be used: a fault outside Coach (full disk, read-only or unwritable
    file or folder, input/output error) is said in plain words and changes nothing. Unless
    `read_only_ok` (reading only, as an export does), a store that cannot be written is refused
    here rather than losing the first thing the user saves.
    """
    recoveries: list[Recovery] = []
    companions = _with_companions(path)
    existed = {file: _exists(file) for file in companions}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise StoreError(
                Message(
                    "Coach's database {path} is a folder, not a file: move that folder elsewhere",
                    path=str(path),
                )
            )
        try:
            _check_usable(path, has_backups=bool(list_backups(backup_dir)))
        except _UnusableError as problem:
            log.error("database %s is unusable: %s", path, problem.detail)
            from coach.store.recovery import recover  # noqa: PLC0415 (needed only now)

            recovery = recover(
                path, problem.reason, problem.detail, backup_dir, damaged_dir, clock.now()
            )
            log.warning("%s", recovery.describe())
            recoveries.append(recovery)
        connection = connect(path)
        try:
            if not read_only_ok:
                _check_writable(connection)
            try:
                backup_dir.mkdir(parents=True, exist_ok=True)
                maybe_backup(connection, backup_dir, clock.now(), keep_backups)
            except (OSError, sqlite3.Error) as error:  # no backup today is no reason not to start
                log.error("could not back up the database into %s: %s", backup_dir, error)
            migrate(connection)
        except BaseException:
            connection.close()
            raise
    except (OSError, sqlite3.Error) as error:
        from coach.store.faults import diagnose  # noqa: PLC0415 (needed only on a failure)

        _remove_new_empty_files(existed)
        fault = diagnose(error, path)
        if fault is not None:
            log.info("cannot open %s (%s, %s): %s", path, fault.kind.value, fault.where, error)
            raise StoreError(fault.cannot_open(path)) from error
        raise StoreError(
            Message(
                "Coach could not open its database {path}: {error}. Check that the folder exists, "
                "is writable and has free space.",
                path=str(path),
                error=str(error),
            )
        ) from error
    return Database(connection, path, backup_dir, recoveries)


def _with_companions(path: Path) -> tuple[Path, ...]:
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True  # cannot tell: count it as there, so it is never removed


def _remove_new_empty_files(existed: dict[Path, bool]) -> None:
    """After a failed open: remove the empty files the attempt created (a full disk must not be
    left with a 0-byte database that a later start would take for damage), and a shared-memory
    index it started (it holds no data; SQLite builds it again)."""
    for file, was_there in existed.items():
        try:
            if was_there or not file.is_file():
                continue
            if file.stat().st_size == 0 or file.name.endswith("-shm"):
                file.unlink()
                log.info("removed %s, left empty by the failed open", file)
        except OSError as error:
            log.warning("could not remove the empty %s: %s", file, error)


def _check_writable(connection: sqlite3.Connection) -> None:
    """Raise SQLite's error when the database cannot be written (a read-only file, folder or
    disk). Writes nothing: the change is rolled back before it reaches the disk."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(connection)
        connection.execute(f"PRAGMA user_version = {int(version)}")
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")


SELFTEST_KEY = "selftest.probe"


def probe_write(connection: sqlite3.Connection) -> None:
    """A real committed write, then its removal (also committed): the user's data is as before.
    StoreWriteError (or another sqlite3.Error) when the store cannot be written.

    The probe's pages reach the file (a full disk or a read-only file fails here) but are not
    forced to the disk: a row that is removed at once needs no durability, and the four syncs it
    would cost (new log header, folder, two commits) are most of what `coach selftest` waits for
    on a busy disk. The user's own data is untouched by this: the write-ahead log's checksums make
    a probe cut short by a power failure invisible, and the next checkpoint syncs as always."""
    (level,) = connection.execute("PRAGMA synchronous").fetchone()
    connection.execute("PRAGMA synchronous=OFF")
    try:
        for statement, values in (
            (
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (SELFTEST_KEY, "x" * 4096),
            ),
            ("DELETE FROM settings WHERE key = ?", (SELFTEST_KEY,)),
        ):
            _probe_step(connection, statement, values)
    finally:
        connection.execute(f"PRAGMA synchronous={int(level)}")


def _probe_step(connection: sqlite3.Connection, statement: str, values: tuple[str, ...]) -> None:
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute(statement, values)
            connection.execute("COMMIT")
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        from coach.store.faults import write_failure  # noqa: PLC0415 (needed only now)

        failure = write_failure(error, connection)
        if failure is None:
            raise
        raise failure from error


def _check_usable(path: Path, has_backups: bool) -> None:
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        if has_backups:
            raise _UnusableError(RecoveryReason.DAMAGED, Message("the file is empty"))
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _UnusableError(
            RecoveryReason.NOT_A_DATABASE, Message("the file is not an SQLite database")
        )
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _UnusableError(
                    RecoveryReason.NEWER_VERSION,
                    Message(
                        "schema version {version}; this Coach knows up to {known}",
                        version=version,
                        known=SCHEMA_VERSION,
                    ),
                )
            problems = integrity_problems(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        from coach.store.faults import diagnose, is_damage  # noqa: PLC0415 (needed only now)

        if not is_damage(error) and diagnose(error, path) is not None:
            raise  # the disk or the permissions, not the file: nothing is moved
        raise _UnusableError(RecoveryReason.DAMAGED, str(error)) from error
    if problems:
        raise _UnusableError(
            RecoveryReason.DAMAGED,
            Message("integrity check: {problems}", problems="; ".join(problems[:3])),
        )


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity check found wrong ([] when the file is sound)."""
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups, oldest first (their names carry the date)."""
    if not backup_dir.is_dir():
        return []
    return sorted(
        p
        for p in backup_dir.iterdir()
        if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    )


def backup_path_for(backup_dir: Path, now: datetime) -> Path:
    local_day = now.astimezone().date().isoformat()
    return backup_dir / f"{BACKUP_PREFIX}{local_day}{BACKUP_SUFFIX}"


def maybe_backup(
    connection: sqlite3.Connection,
    backup_dir: Path,
    now: datetime,
    keep: int = DEFAULT_KEEP_BACKUPS,
) -> Path | None:
    """Copy the database into today's backup file unless today's exists; keep the newest `keep`.

    An empty database (nothing ever written) is not backed up, so a fresh start does not push out
    real backups. Returns the new backup's path, or None when none was needed.
    """
    target = backup_path_for(backup_dir, now)
    if target.exists() or schema_version(connection) == 0:  # 0: nothing was ever written
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)  # left by a backup that was cut off
    try:
        destination = sqlite3.connect(partial)
        try:
            connection.backup(destination)
        finally:
            destination.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk keeps no half backup
        raise
    log.info("backed up the database to %s", target)
    for old in list_backups(backup_dir)[:-keep]:
        old.unlink()
        log.info("removed old backup %s", old)
    return target


def schema_version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(
    connection: sqlite3.Connection, migrations: Sequence[tuple[str, ...]] = MIGRATIONS
) -> int:
    """Apply each missing step in its own transaction, so a failed step leaves the last good version."""
    current = schema_version(connection)
    for version in range(current, len(migrations)):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in migrations[version]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        log.info("migrated the database to schema version %d", version + 1)
    return schema_version(connection)
