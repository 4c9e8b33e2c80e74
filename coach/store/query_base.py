"""What every table group's queries stand on: the one connection, the clock, the committed write,
the `settings` table's key-value reads and writes, and the stored forms of a moment and of a list
of symptoms.

`coach.store.repo.Repo` is composed of one mixin per table group (settings, onboarding, reminders,
check-ins, sessions, timers, routines, safety flags, plans, report reads); each mixin derives from
`QueryBase`, so each group's module imports only the domain types its own queries need.
"""

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from coach.clock import Clock

log = logging.getLogger(__name__)


def stamp(moment: datetime) -> str:
    """A sortable text timestamp: UTC, always with microseconds, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def unix_seconds(column: str) -> str:
    """SQL for a stored time (`stamp`'s text) as Unix seconds, rounded to the millisecond and
    computed by SQLite: years of rows read without a datetime object per row."""
    return f"ROUND((julianday({column}) - 2440587.5) * 86400000.0) / 1000.0"


class QueryBase:
    """One connection and one clock, shared by every table group's queries. Every write commits
    before it returns, so nothing a user did is lost if the app is killed the moment after."""

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
            # The faults are told apart only when a write failed: loaded then, not at start-up.
            from coach.store.faults import StoreWriteError, write_failure  # noqa: PLC0415

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


def read_symptoms(stored: object) -> tuple[str, ...]:
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
