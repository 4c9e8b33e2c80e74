"""How an import matches a backup's rows with the store's: as multisets, by key.

The n-th row of the file with a key is the n-th such row of the store (by id), so a row is new only
when the store holds fewer copies of its key than the file has shown so far. These tests pin that
rule as it was when rows were matched one query at a time, so the one-pass matching keeps it: the
counts, which copy a row that differs only in optional columns is taken for, where a session's
steps go, values written the way SQLite compares them ("5" for 5), and a second import adding
nothing.
"""

import json
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.clock import FakeClock
from coach.store.export import TABLES_INDEX, import_backup, write_json
from tests.store.conftest import StoreDirs

T1 = "2026-05-01T08:00:00.000000+00:00"
T2 = "2026-05-01T09:00:00.000000+00:00"
T3 = "2026-05-01T10:00:00.000000+00:00"


def write_backup(path: Path, tables: dict[str, list[list[Any]]]) -> Path:
    """A backup file holding `tables` (rows in the export's column order)."""
    path.write_text(
        json.dumps(
            {
                "format": "coach-backup",
                "version": 1,
                "tables": {
                    name: {"columns": list(TABLES_INDEX[name].columns), "rows": rows}
                    for name, rows in tables.items()
                },
            }
        )
    )
    return path


def open_store(root: Path, clock: FakeClock) -> sqlite3.Connection:
    return StoreDirs(root).open(clock).connection


def exported(connection: sqlite3.Connection, folder: Path) -> dict[str, list[list[Any]]]:
    write_json(connection, folder / "out.json")
    tables = json.loads((folder / "out.json").read_text())["tables"]
    return {name: part["rows"] for name, part in tables.items()}


def session(place: int, routine: str, started: str, status: str, pain: int) -> list[Any]:
    return [place, routine, routine.title(), 300, started, T3, status, pain, None, "", ""]


def step(place: int, position: int, started: str, reps: int) -> list[Any]:
    return [place, position, "chin_tuck", started, T3, 1, reps, 10.0 * reps]


BACKUP: dict[str, list[list[Any]]] = {
    "checkins": [
        [T1, 3, "same", 2, None, ""],  # three copies of one key, differing in optional columns
        [T1, 3, "same", 5, 4, ""],
        [T1, 3, "same", None, None, "numbness"],
        [T2, 1, "", None, None, ""],  # two copies of another, alike in everything
        [T2, 1, "", None, None, ""],
    ],
    "sessions": [
        session(1, "desk_reset", T1, "completed", 2),
        session(2, "desk_reset", T1, "stopped", 5),  # the same key as session 1
        session(3, "neck", T2, "completed", 1),
    ],
    "session_steps": [
        step(1, 0, T1, 8),
        step(1, 0, T1, 8),  # a step twice, as a store may hold it
        step(1, 1, T2, 6),
        step(2, 0, T1, 3),
        step(3, 0, T2, 5),
    ],
    "timers": [
        ["heat", "", "pad", "neck", 900.0, T1, "completed", None, None, None, T2, 900.0],
        ["heat", "", "pad", "back", 600.0, T1, "cancelled", None, None, None, T2, 60.0],
    ],
    "reminder_events": [["movement", "", T1, "shown", T1], ["movement", "", T1, "shown", T1]],
    "dose_changes": [
        ["desk_reset", "[]", "[]", "up", "easy_and_regular", "accepted", T1, None],
        ["desk_reset", "[1]", "[]", "up", "easy_and_regular", "accepted", T1, None],
    ],
    "safety_flags": [
        [T1, "same_day", "clumsy_hands", "check_in", None],
        [T1, "same_day", "both_arms", "check_in", T2],
    ],
}


def fill_target(connection: sqlite3.Connection) -> int:
    """One copy of some of the backup's keys, as another computer holds them; the session's id."""
    connection.execute(
        "INSERT INTO checkins (at, pain, note, stiffness) VALUES (?, 3, 'same', 9)", (T1,)
    )
    cursor = connection.execute(
        "INSERT INTO sessions (routine_id, routine_name, planned_seconds, started_at, status)"
        " VALUES ('desk_reset', 'Here', 60, ?, 'in_progress')",
        (T1,),
    )
    connection.execute(
        "INSERT INTO timers (kind, planned_seconds, started_at, status) VALUES ('heat', 60, ?,"
        " 'running')",
        (T1,),
    )
    connection.execute(
        "INSERT INTO reminder_events (kind, due_at, event, at) VALUES ('movement', ?, 'shown', ?)",
        (T1, T1),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def test_the_same_backup_twice_adds_what_the_multiset_rule_says_then_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    source = write_backup(tmp_path / "backup.json", BACKUP)
    target = open_store(tmp_path / "b", clock)
    session_here = fill_target(target)
    added = import_backup(target, source)
    assert {name: n for name, n in added.items() if n} == {
        "checkins": 4,  # the 2nd and 3rd copy of (T1, 3, "same"), both of (T2, 1, "")
        "sessions": 2,  # the first desk_reset at T1 is the one here
        "session_steps": 5,
        "timers": 1,
        "reminder_events": 1,
        "dose_changes": 2,
        "safety_flags": 2,
    }
    rows = exported(target, tmp_path)
    # The store's own row stands for the file's first copy; the file's later copies come in.
    assert [r[:6] for r in rows["checkins"]] == [
        [T1, 3, "same", 9, None, ""],
        [T1, 3, "same", 5, 4, ""],
        [T1, 3, "same", None, None, "numbness"],
        [T2, 1, "", None, None, ""],
        [T2, 1, "", None, None, ""],
    ]
    assert [(r[1], r[6]) for r in rows["sessions"]] == [
        ("desk_reset", "in_progress"),
        ("desk_reset", "stopped"),
        ("neck", "completed"),
    ]
    # The first session's steps went to the session that was here, which now counts their time.
    steps_here = target.execute(
        "SELECT position, reps_done FROM session_steps WHERE session_id = ? ORDER BY id",
        (session_here,),
    ).fetchall()
    assert steps_here == [(0, 8), (0, 8), (1, 6)]
    (active,) = target.execute(
        "SELECT active_seconds FROM sessions WHERE id = ?", (session_here,)
    ).fetchone()
    assert active == 220.0
    assert [r[6] for r in rows["timers"]] == ["running", "cancelled"]

    again = import_backup(target, source)
    assert set(again.values()) == {0}
    assert exported(target, tmp_path) == rows


def test_a_backup_with_fewer_copies_than_the_store_adds_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    target = open_store(tmp_path / "b", clock)
    for _ in range(3):
        target.execute("INSERT INTO checkins (at, pain, note) VALUES (?, 3, 'same')", (T1,))
    source = write_backup(tmp_path / "one.json", {"checkins": [[T1, 3, "same", 1, 1, ""]] * 2})
    assert import_backup(target, source)["checkins"] == 0
    assert target.execute("SELECT COUNT(*) FROM checkins").fetchone() == (3,)


def test_values_match_as_sqlite_compares_them_and_copies_count_as_python_sees_them(
    tmp_path: Path, clock: FakeClock
) -> None:
    """A rating written as "5" or 5.0 is the stored 5 and a note written 7 is the stored "7" (the
    column's type decides, as in SQLite); the copies of a key are counted by the values as the
    file writes them, so "5" and 5 are counted apart, 5 and 5.0 together."""
    target = open_store(tmp_path / "b", clock)
    target.execute("INSERT INTO checkins (at, pain, note) VALUES (?, 5, '7')", (T1,))
    source = write_backup(
        tmp_path / "odd.json",
        {
            "checkins": [
                [T1, "5", 7, None, None, ""],  # matches the stored row
                [T1, 5, "7", None, None, ""],  # counted apart from the first: also matches it
                [T1, 5.0, "7", None, None, ""],  # the second copy of 5: new
                [T1, " 5 ", "7", None, None, ""],  # SQLite reads " 5 " as 5 too
                [T2, True, 1.5, None, None, ""],
                [T2, 1, "1.5", None, None, ""],
            ]
        },
    )
    assert import_backup(target, source)["checkins"] == 2
    rows = exported(target, tmp_path)["checkins"]
    assert [r[:3] for r in rows] == [[T1, 5, "7"], [T1, 5, "7"], [T2, 1, "1.5"]]
    assert import_backup(target, source)["checkins"] == 0


def reference_import(connection: sqlite3.Connection, backup: dict[str, list[list[Any]]]) -> None:
    """The rule as it was, one query per row, for check-ins, sessions and their steps."""
    seen: Counter[tuple[Any, ...]] = Counter()
    session_ids: dict[int, int] = {}
    for name in ("checkins", "sessions", "session_steps"):
        table = TABLES_INDEX[name]
        for raw in backup.get(name, []):
            row = dict(zip(table.columns, raw, strict=True))
            if name == "sessions":
                row.pop("session")
            if name == "session_steps":
                row["session_id"] = session_ids[row.pop("session")]
            key = ("session_id", "position", "started_at") if name == "session_steps" else table.key
            values = tuple(row[k] for k in key)
            occurrence = seen[(name, *values)]
            seen[(name, *values)] += 1
            existing = connection.execute(
                f"SELECT id FROM {name} WHERE {' AND '.join(f'{k} IS ?' for k in key)}"
                " ORDER BY id LIMIT 1 OFFSET ?",
                (*values, occurrence),
            ).fetchone()
            if existing is None:
                existing = (
                    connection.execute(
                        f"INSERT INTO {name} ({', '.join(row)}) VALUES"
                        f" ({', '.join('?' for _ in row)})",
                        tuple(row.values()),
                    ).lastrowid,
                )
            if name == "sessions":
                session_ids[raw[0]] = existing[0]
    connection.execute(
        "UPDATE sessions SET active_seconds = COALESCE((SELECT SUM(active_seconds)"
        " FROM session_steps WHERE session_id = sessions.id), 0)"
    )


MOMENTS = st.sampled_from([T1, T2, T3])
CHECKINS = st.lists(
    st.tuples(
        MOMENTS,
        st.integers(0, 2),
        st.sampled_from(["", "a"]),
        st.sampled_from([None, 1]),
        st.sampled_from(["", "numbness"]),
    ).map(lambda c: [c[0], c[1], c[2], c[3], None, c[4]]),
    max_size=8,
)
SESSIONS = st.lists(
    st.tuples(st.sampled_from(["a", "b"]), MOMENTS, st.sampled_from(["completed", "stopped"])),
    max_size=5,
)
STEPS = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 1), MOMENTS), max_size=8)


def backup_of(
    checkins: list[list[Any]],
    sessions: list[tuple[str, str, str]],
    steps: list[tuple[int, int, str]],
) -> dict[str, list[list[Any]]]:
    return {
        "checkins": checkins,
        "sessions": [
            session(n + 1, r, at, status, 0) for n, (r, at, status) in enumerate(sessions)
        ],
        "session_steps": [
            step(place + 1, position, at, 1)
            for place, position, at in steps
            if place < len(sessions)
        ],
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(CHECKINS, SESSIONS, STEPS, CHECKINS, SESSIONS, STEPS)
def test_any_store_and_backup_end_as_the_row_by_row_rule_says(
    clock: FakeClock,
    checkins: list[list[Any]],
    sessions: list[tuple[str, str, str]],
    steps: list[tuple[int, int, str]],
    checkins_here: list[list[Any]],
    sessions_here: list[tuple[str, str, str]],
    steps_here: list[tuple[int, int, str]],
) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        source = write_backup(root / "backup.json", backup_of(checkins, sessions, steps))
        here = backup_of(checkins_here, sessions_here, steps_here)
        stores = [open_store(root / "a", clock), open_store(root / "b", clock)]
        for connection in stores:  # the same rows, as any store may hold them
            reference_import(connection, here)
        reference_import(stores[0], backup_of(checkins, sessions, steps))
        for _ in range(2):
            import_backup(stores[1], source)
        for table in ("checkins", "sessions", "session_steps"):
            assert (
                stores[0].execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                == stores[1].execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            )


@pytest.mark.parametrize("copies", [1, 3])
def test_a_round_trip_through_an_empty_store_keeps_every_copy(
    tmp_path: Path, clock: FakeClock, copies: int
) -> None:
    tables = {k: v * copies for k, v in BACKUP.items() if k not in ("sessions", "session_steps")}
    tables["sessions"] = [[n * 3 + r[0], *r[1:]] for n in range(copies) for r in BACKUP["sessions"]]
    tables["session_steps"] = [
        [n * 3 + r[0], *r[1:]] for n in range(copies) for r in BACKUP["session_steps"]
    ]
    source = write_backup(tmp_path / "backup.json", tables)
    first = open_store(tmp_path / "a", clock)
    import_backup(first, source)
    write_json(first, tmp_path / "a.json")
    second = open_store(tmp_path / "b", clock)
    import_backup(second, tmp_path / "a.json")
    write_json(second, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_text() == (tmp_path / "b.json").read_text()
    assert second.execute("SELECT COUNT(*) FROM checkins").fetchone() == (5 * copies,)
    assert second.execute("SELECT COUNT(*) FROM session_steps").fetchone() == (5 * copies,)


def test_sessions_after_the_largest_possible_id_still_get_their_steps(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Past the largest id SQLite picks free ids at random: the import asks it for each one."""
    target = open_store(tmp_path / "b", clock)
    target.execute(
        "INSERT INTO sessions (id, routine_id, routine_name, planned_seconds, started_at, status)"
        " VALUES (?, 'other', 'Other', 60, ?, 'completed')",
        (2**63 - 1, T3),
    )
    source = write_backup(tmp_path / "backup.json", BACKUP)
    assert import_backup(target, source)["session_steps"] == 5
    steps_by_session = target.execute(
        "SELECT s.routine_id, s.status, COUNT(*) FROM session_steps st"
        " JOIN sessions s ON s.id = st.session_id GROUP BY s.id ORDER BY s.started_at, s.status"
    ).fetchall()
    assert steps_by_session == [
        ("desk_reset", "completed", 3),
        ("desk_reset", "stopped", 1),
        ("neck", "completed", 1),
    ]
