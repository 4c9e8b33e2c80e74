"""Typed reads and writes over the open database. Every write commits before it returns, so nothing a
user did is lost if the app is killed the moment after."""

import base64
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from coach.clock import Clock
from coach.domain.checkins import CheckIn, check_rating
from coach.domain.settings import (
    SETTING_KEYS,
    AppSettings,
    SettingProblem,
    decode_settings,
    encode_settings,
)

WINDOW_GEOMETRY_KEY = "ui.window_geometry"


def stamp(moment: datetime) -> str:
    """A sortable text timestamp: UTC, always with microseconds, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Repo:
    """The app's queries, over one connection."""

    def __init__(self, connection: sqlite3.Connection, clock: Clock) -> None:
        self._db = connection
        self._clock = clock

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

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

    def add_checkin(self, pain: int, note: str = "", at: datetime | None = None) -> CheckIn:
        """Record a pain rating now (or at `at`) and return it as stored."""
        check_rating(pain)
        when = at if at is not None else self._clock.now()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO checkins (at, pain, note) VALUES (?, ?, ?)",
                (stamp(when), pain, note),
            )
        row_id = cursor.lastrowid
        assert row_id is not None
        return CheckIn(row_id, when, pain, note)

    def checkins_between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first."""
        rows = self._db.execute(
            "SELECT id, at, pain, note FROM checkins WHERE at >= ? AND at < ? ORDER BY at, id",
            (stamp(start), stamp(end)),
        ).fetchall()
        return [CheckIn(int(i), datetime.fromisoformat(a), int(p), str(n)) for i, a, p, n in rows]

    def count_checkins(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM checkins").fetchone()[0]
        return count
