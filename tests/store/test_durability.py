"""Kill a writer with SIGKILL in the middle of its inserts, again and again: every row whose commit
returned must be there afterwards, and the file must pass the integrity check."""

import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coach.clock import SystemClock
from coach.store.db import open_database
from tests.helpers import REPO_ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def test_every_committed_row_survives_sigkill(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    committed: set[str] = set()
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, str(REPO_ROOT / "tests" / "store" / "writer_child.py"), str(tmp_path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
        )
        assert child.stdout is not None
        wanted = rng.randint(5, 150)
        for _ in range(wanted):
            line = child.stdout.readline()
            assert line, "the writer stopped before it was killed"
            committed.add(line.strip())
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL

    database = open_database(
        tmp_path / "coach.sqlite3", SystemClock(), tmp_path / "backups", tmp_path / "damaged"
    )
    assert database.recoveries == []
    connection = database.connection
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    stored = {
        note.split("-x")[0]
        for (note,) in connection.execute("SELECT note FROM checkins").fetchall()
    }
    assert committed <= stored
    assert len(committed) >= 8 * 5
    database.close()
    with sqlite3.connect(tmp_path / "coach.sqlite3") as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
