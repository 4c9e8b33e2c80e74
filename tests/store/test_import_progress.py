"""An import tells how far it got and can be stopped with nothing imported; and a store of any
check-ins, sessions and steps goes through a backup into an empty store unchanged."""

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.clock import FakeClock
from coach.store import key_index
from coach.store.export import ImportCancelledError, import_backup, write_json
from tests.store.conftest import StoreDirs
from tests.store.test_import_matching import BACKUP, T1, T2, T3, write_backup


def open_store(root: Path, clock: FakeClock) -> sqlite3.Connection:
    return StoreDirs(root).open(clock).connection


def counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {
        table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("checkins", "sessions", "session_steps", "timers", "safety_flags")
    }


def test_progress_counts_the_files_rows_up_to_all_of_them(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(key_index.Progress, "EVERY", 4)
    source = write_backup(tmp_path / "backup.json", BACKUP)
    rows = sum(len(r) for r in BACKUP.values())
    heard: list[tuple[int, int]] = []
    import_backup(open_store(tmp_path / "a", clock), source, lambda *p: heard.append(p))
    assert heard[0] == (0, rows) and heard[-1] == (rows, rows)
    assert {total for _, total in heard} == {rows}
    done = [d for d, _ in heard]
    assert done == sorted(done) and len(heard) > 3


@pytest.mark.parametrize("how", ["returns False", "raises"])
@pytest.mark.parametrize("after", [0, 6, 21])
def test_a_stopped_import_keeps_nothing(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, how: str, after: int
) -> None:
    monkeypatch.setattr(key_index.Progress, "EVERY", 1)
    source = write_backup(tmp_path / "backup.json", BACKUP)
    target = open_store(tmp_path / "a", clock)
    target.execute("INSERT INTO checkins (at, pain, note) VALUES (?, 1, 'mine')", (T1,))
    before = counts(target)

    def progress(done: int, total: int) -> bool:
        if done >= after:
            if how == "raises":
                raise ImportCancelledError
            return False
        return True

    with pytest.raises(ImportCancelledError):
        import_backup(target, source, progress)
    assert not target.in_transaction
    assert counts(target) == before
    assert import_backup(target, source)["checkins"] == 5  # and it can be imported after all


CHECKINS = st.lists(
    st.tuples(
        st.sampled_from([T1, T2, T3]),
        st.integers(0, 10),
        st.sampled_from(["", "stiff", 'a "quote", a comma']),
        st.none() | st.integers(0, 10),
        st.none() | st.integers(0, 10),
        st.sampled_from(["", "numbness", "numbness,tingling"]),
    ),
    max_size=10,
)
SESSIONS = st.lists(
    st.tuples(
        st.sampled_from(["desk_reset", "neck"]),
        st.sampled_from([T1, T2]),
        st.sampled_from(["completed", "stopped"]),
        st.none() | st.integers(0, 10),
        st.lists(st.tuples(st.integers(0, 2), st.sampled_from([T1, T3])), max_size=3),
    ),
    max_size=6,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(CHECKINS, SESSIONS)
def test_import_of_an_export_into_an_empty_store_exports_the_same(
    clock: FakeClock,
    checkins: list[tuple[Any, ...]],
    sessions: list[tuple[str, str, str, int | None, list[tuple[int, str]]]],
) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        first = open_store(root / "a", clock)
        first.executemany(
            "INSERT INTO checkins (at, pain, note, stiffness, sleep, symptoms)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            checkins,
        )
        for routine, started, status, pain, steps in sessions:
            cursor = first.execute(
                "INSERT INTO sessions (routine_id, routine_name, planned_seconds, started_at,"
                " ended_at, status, pain_before) VALUES (?, 'R', 60, ?, ?, ?, ?)",
                (routine, started, T3, status, pain),
            )
            first.executemany(
                "INSERT INTO session_steps (session_id, position, exercise_id, started_at,"
                " ended_at, completed, reps_done, active_seconds)"
                " VALUES (?, ?, 'chin_tuck', ?, ?, 1, 5, 20.0)",
                [(cursor.lastrowid, position, at, T3) for position, at in steps],
            )
        write_json(first, root / "a.json")
        second = open_store(root / "b", clock)
        import_backup(second, root / "a.json")
        write_json(second, root / "b.json")
        assert (root / "a.json").read_text() == (root / "b.json").read_text()
        assert set(import_backup(second, root / "a.json").values()) == {0}
        tables = json.loads((root / "b.json").read_text())["tables"]
        assert len(tables["checkins"]["rows"]) == len(checkins)
        assert len(tables["session_steps"]["rows"]) == sum(len(s[4]) for s in sessions)
