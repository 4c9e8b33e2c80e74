"""The keys of one table's rows, read once, so an import matches a backup in one pass.

An import treats rows as a multiset: the n-th row of the file with a key is the n-th such row of
the store (by id), and a row is new when the store holds no n-th copy. Asking SQLite for "the n-th
row with this key" once per row grew with the square of the copies (100,000 identical sessions
took 22 minutes). `KeyIndex` reads the store's keys once, counts the file's copies as they come and
notes the rows the import adds, which gives the same answers in time linear in the rows.

Two details keep the answers exactly SQLite's: a key is compared as the column stores it (an
INTEGER column reads "5" as 5, a TEXT column reads 7 as "7"; `stored_key`), while the copies are
counted by the values as the file writes them ("5" and 5 apart, 5 and 5.0 together).
"""

import math
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

Key = tuple[Any, ...]
INT64 = 2**63

# A value SQLite stores as it is, by the column's affinity (anything else goes through SQLite).
_AS_IS: dict[str, Callable[[Any], bool]] = {
    "TEXT": lambda v: type(v) is str,
    "INTEGER": lambda v: (type(v) is int or type(v) is bool) and -INT64 <= v < INT64,
    "NUMERIC": lambda v: (type(v) is int or type(v) is bool) and -INT64 <= v < INT64,
    "REAL": lambda v: type(v) is float and not math.isnan(v),  # NaN is stored as NULL
    "BLOB": lambda v: type(v) in (str, bytes) or (type(v) is int and -INT64 <= v < INT64),
}


class ImportCancelledError(Exception):
    """The import's progress callback asked it to stop: nothing was imported."""


class Progress:
    """Tells the caller how many of the file's rows are done, now and then; stops the import
    (ImportCancelledError) when the callback returns False."""

    EVERY = 1000  # rows between two reports: a cancel is heard within a few milliseconds

    def __init__(self, callback: Callable[[int, int], bool | None] | None, total: int) -> None:
        self._callback = callback
        self.total = total
        self.done = 0
        self._next = 0

    def advance(self, rows: int = 1) -> None:
        self.done += rows
        if self.done >= self._next:
            self.report()

    def report(self) -> None:
        self._next = self.done + self.EVERY
        if self._callback is not None and self._callback(self.done, self.total) is False:
            raise ImportCancelledError


def affinity(declared: str) -> str:
    """The affinity SQLite gives a column declared with this type (its rules, in their order)."""
    kind = declared.upper()
    if "INT" in kind:
        return "INTEGER"
    if any(word in kind for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in kind or not kind:
        return "BLOB"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


class KeyIndex:
    """One table's rows by key: how many copies the store holds, and, with `keep_ids`, their ids
    oldest first (for the tables later rows refer to)."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        table: str,
        key: Sequence[str],
        id_column: str = "id",
        keep_ids: bool = False,
    ) -> None:
        self._connection = connection
        self._table = table
        self._key = tuple(key)
        declared = {row[1]: row[2] for row in connection.execute(f"PRAGMA table_info({table})")}
        self._as_is = tuple(_AS_IS[affinity(declared[column])] for column in self._key)
        self._converter = ""  # the temporary table that stores odd values the column's way
        self._seen: Counter[Key] = Counter()  # the file's copies so far, by the file's values
        self._ids: dict[Key, list[int]] | None = {} if keep_ids else None
        self._counts: Counter[Key] = Counter()
        rows = connection.execute(
            f"SELECT {id_column}, {', '.join(self._key)} FROM {table} ORDER BY {id_column}"
        )
        if self._ids is not None:
            for row_id, *values in rows:
                self._ids.setdefault(tuple(values), []).append(row_id)
        else:
            self._counts.update(tuple(values) for _row_id, *values in rows)

    def match(self, values: Key) -> tuple[Key, int | None, bool]:
        """The file's next row with these key values: (the key as stored, the id of the store's
        copy it is (with `keep_ids`), whether the store has that copy)."""
        occurrence = self._seen[values]
        self._seen[values] = occurrence + 1
        key = self.stored_key(values)
        if self._ids is None:
            return key, None, self._counts[key] > occurrence
        ids = self._ids.get(key)
        if ids is not None and len(ids) > occurrence:
            return key, ids[occurrence], True
        return key, None, False

    def add(self, key: Key, row_id: int | None = None) -> None:
        """The import added a row with this stored key (ids grow, so it is the newest copy)."""
        if self._ids is None:
            self._counts[key] += 1
        else:
            assert row_id is not None
            self._ids.setdefault(key, []).append(row_id)

    def stored_key(self, values: Key) -> Key:
        """The key as the table's columns store it, which is how `column IS ?` compares it."""
        if all(as_is(v) or v is None for as_is, v in zip(self._as_is, values, strict=True)):
            return values
        if not self._converter:
            self._converter = f"coach_import_{self._table}"
            self._connection.execute(
                f"CREATE TEMP TABLE {self._converter} AS"
                f" SELECT {', '.join(self._key)} FROM main.{self._table} WHERE 0"
            )
        marks = ", ".join("?" for _ in self._key)
        self._connection.execute(f"INSERT INTO temp.{self._converter} VALUES ({marks})", values)
        stored = self._connection.execute(f"SELECT * FROM temp.{self._converter}").fetchone()
        self._connection.execute(f"DELETE FROM temp.{self._converter}")
        return tuple(stored)

    def close(self) -> None:
        """Drop the temporary table, if odd values needed one."""
        if self._converter:
            self._connection.execute(f"DROP TABLE temp.{self._converter}")
            self._converter = ""
