"""Faults from outside Coach are not damage (issue 16, point 3): a full disk, a read-only file or
folder, a missing permission. Each test checks that every committed row is still in
coach.sqlite3, nothing was moved aside, the message names the fault and the file or folder, and
the write that failed is said to be not saved."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.store.db import StoreError, connect, list_backups
from coach.store.faults import FaultKind, StoreWriteError
from coach.store.repo import Repo
from tests.helpers import REPO_ROOT, immutable
from tests.store.conftest import StoreDirs

DAY = 24 * 3600
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _store_with_rows(dirs: StoreDirs, clock: FakeClock, pains: list[int]) -> None:
    database = dirs.open(clock)
    repo = Repo(database.connection, clock)
    for pain in pains:
        repo.add_checkin(pain, f"note {pain}")
    database.close()


def _committed_pains(db: Path, closed_cleanly: bool = False) -> list[int]:
    """The rows in the file itself, read without Coach; `closed_cleanly` (all in the main file)
    reads without the shared-memory index, as on a full disk."""
    options = "mode=ro&immutable=1" if closed_cleanly else "mode=ro"
    connection = sqlite3.connect(f"{db.as_uri()}?{options}", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT pain FROM checkins ORDER BY id")]
    finally:
        connection.close()


def _nothing_moved_aside(dirs: StoreDirs) -> bool:
    return not dirs.damaged.exists() or not any(dirs.damaged.iterdir())


@contextmanager
def _small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    folder.mkdir(parents=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the disk holding `folder` to the last byte."""
    filler = folder / "filler"
    assert not filler.exists()
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for block in (65536, 4096, 512, 1):
            try:
                while os.write(descriptor, b"\0" * block):
                    pass
            except OSError:
                continue
    finally:
        os.close(descriptor)
    return filler


# ---- full disk ---------------------------------------------------------------------------------


def test_a_full_disk_at_the_write_is_not_saved_and_loses_nothing(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    """Fault injection that runs everywhere: SQLite's page limit gives the real SQLITE_FULL."""
    _store_with_rows(dirs, clock, [2, 5])
    database = dirs.open(clock)
    repo = Repo(database.connection, clock)
    pages = database.connection.execute("PRAGMA page_count").fetchone()[0]
    database.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreWriteError) as caught:
        repo.add_checkin(7, "x" * 20_000)
    assert caught.value.fault.kind is FaultKind.FULL
    assert str(caught.value).startswith("Not saved: the disk holding ")
    assert str(dirs.db.parent) in str(caught.value)
    assert "Free some space" in str(caught.value)
    assert isinstance(caught.value, sqlite3.Error)  # every store error handler sees it
    database.close()
    assert _committed_pains(dirs.db) == [2, 5]
    assert _nothing_moved_aside(dirs)


def test_a_real_full_disk_refuses_writes_as_not_saved_and_loses_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    with _small_disk(tmp_path / "disk") as disk:
        dirs = StoreDirs(disk / "store")
        _store_with_rows(dirs, clock, [1, 2])
        database = dirs.open(clock)
        repo = Repo(database.connection, clock)
        filler = _fill(disk)
        with pytest.raises(StoreWriteError) as caught:
            for _ in range(50):  # until the write-ahead log needs more of the disk
                repo.add_checkin(8, "y" * 4000)
        assert caught.value.fault.kind is FaultKind.FULL
        assert str(caught.value).startswith(f"Not saved: the disk holding {dirs.db.parent} is full")
        database.close()
        saved = _committed_pains(dirs.db)
        assert saved[:2] == [1, 2]
        assert 8 not in saved[len(saved) :]
        assert _nothing_moved_aside(dirs)

        filler.unlink()
        database = dirs.open(clock)
        assert database.recoveries == []
        Repo(database.connection, clock).add_checkin(4)
        database.close()
        assert _committed_pains(dirs.db) == [*saved, 4]
        assert _nothing_moved_aside(dirs)


def test_a_start_on_a_full_disk_moves_nothing_and_keeps_the_newest_check_in(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The issue's case: a good database with a check-in newer than the last backup, on a full
    2 MB disk: the start is refused in plain words, nothing is moved aside and no file is left
    behind; once space is freed, everything is there."""
    with _small_disk(tmp_path / "disk") as disk:
        dirs = StoreDirs(disk / "store")
        _store_with_rows(dirs, clock, [1, 2])
        clock.advance(DAY)
        _store_with_rows(dirs, clock, [3])  # opening on the new day backed up [1, 2]
        assert len(list_backups(dirs.backups)) == 1
        before = sorted(p.name for p in dirs.db.parent.iterdir())
        filler = _fill(disk)
        with pytest.raises(StoreError) as refused:
            dirs.open(clock)
        assert str(refused.value) == (
            f"Coach cannot open its database {dirs.db}: the disk holding {dirs.db.parent} is "
            "full. Free some space on that disk, then try again. Nothing was changed or moved."
        )
        assert sorted(p.name for p in dirs.db.parent.iterdir()) == before
        assert _nothing_moved_aside(dirs)
        assert _committed_pains(dirs.db, closed_cleanly=True) == [1, 2, 3]

        filler.unlink()
        database = dirs.open(clock)
        assert database.recoveries == []
        database.close()
        assert _committed_pains(dirs.db) == [1, 2, 3]
        assert _nothing_moved_aside(dirs)


def test_a_first_start_on_a_full_disk_leaves_no_empty_database(
    tmp_path: Path, clock: FakeClock
) -> None:
    with _small_disk(tmp_path / "disk", size="1m") as disk:
        dirs = StoreDirs(disk / "store")
        dirs.db.parent.mkdir()
        _fill(disk)
        with pytest.raises(StoreError, match="is full"):
            dirs.open(clock)
        assert not dirs.db.exists()
        assert [p.name for p in dirs.db.parent.iterdir()] == []
        assert _nothing_moved_aside(dirs)


# ---- read-only file and folder ----------------------------------------------------------------


def test_a_read_only_database_file_is_refused_at_start_and_its_writes_not_saved(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _store_with_rows(dirs, clock, [4, 6])
    with immutable(dirs.db):
        with pytest.raises(StoreError) as refused:
            dirs.open(clock)
        assert f"{dirs.db} is read-only" in str(refused.value)
        assert "Make it writable" in str(refused.value)
        # A store that was opened anyway (as before this fix): the write is said to be not saved.
        connection = connect(dirs.db)
        try:
            with pytest.raises(StoreWriteError) as caught:
                Repo(connection, clock).add_checkin(9)
        finally:
            connection.close()
        assert caught.value.fault.kind is FaultKind.READ_ONLY
        assert str(caught.value).startswith(f"Not saved: {dirs.db} is read-only")
    assert _committed_pains(dirs.db) == [4, 6]
    assert _nothing_moved_aside(dirs)


def test_a_read_only_folder_is_refused_and_nothing_is_moved(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _store_with_rows(dirs, clock, [3, 3, 8])
    with immutable(dirs.db.parent):
        with pytest.raises(StoreError) as refused:
            dirs.open(clock)
        assert f"{dirs.db.parent} is read-only" in str(refused.value)
        with pytest.raises(sqlite3.Error):
            connect(dirs.db).close()
    assert _committed_pains(dirs.db) == [3, 3, 8]
    assert _nothing_moved_aside(dirs)


# ---- permission denied ---------------------------------------------------------------------------


def _run_as_other_user(root: Path) -> dict[str, str | None]:
    """The child script as a user who may read the store but not write it: nobody when the
    tests run as root (root writes through any permission), else this user after chmod."""
    command = [sys.executable, str(REPO_ROOT / "tests" / "store" / "fault_child.py"), str(root)]
    if IS_ROOT:
        if shutil.which("setpriv") is None:
            pytest.skip("dropping to another user needs setpriv")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), HOME=str(root))
    result = subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, str | None] = json.loads(result.stdout)
    return answer


def _readable_by_all(path: Path) -> None:
    for folder in [path, *path.parents]:
        if folder == Path("/"):
            break
        folder.chmod(folder.stat().st_mode | 0o005)


def test_without_write_permission_on_the_file_nothing_is_saved_or_moved(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _store_with_rows(dirs, clock, [5, 7])
    _readable_by_all(dirs.db.parent)
    dirs.db.chmod(0o444)
    dirs.db.parent.chmod(0o777)  # the folder stays writable: only the file is not
    answer = _run_as_other_user(dirs.db.parent)
    dirs.db.chmod(0o644)
    assert answer["open"] != "ok"
    assert f"{dirs.db} is read-only" in str(answer["open"]) or (
        f"not allowed to write to {dirs.db}" in str(answer["open"])
    )
    assert str(answer["write"]).startswith("Not saved: ")
    assert answer["kind"] in (FaultKind.READ_ONLY, FaultKind.PERMISSION)
    assert _committed_pains(dirs.db) == [5, 7]
    assert _nothing_moved_aside(dirs)


def test_without_write_permission_on_the_folder_nothing_is_saved_or_moved(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _store_with_rows(dirs, clock, [1, 9])
    _readable_by_all(dirs.db.parent)
    dirs.db.chmod(0o666)
    dirs.db.parent.chmod(0o555)
    try:
        answer = _run_as_other_user(dirs.db.parent)
        assert sorted(p.name for p in dirs.db.parent.iterdir()) == ["backups", "coach.sqlite3"]
    finally:
        dirs.db.parent.chmod(0o755)
    assert answer["open"] == (
        f"Coach cannot open its database {dirs.db}: Coach is not allowed to write to "
        f"{dirs.db.parent}. Give your user account write permission to it, then try again. "
        "Nothing was changed or moved."
    )
    assert answer["write"] == (
        f"Not saved: Coach is not allowed to write to {dirs.db.parent}. Give your user account "
        "write permission to it, then try again."
    )
    assert _committed_pains(dirs.db) == [1, 9]
    assert _nothing_moved_aside(dirs)


# ---- damage is still recovered, from the newest readable copy ----------------------------------


def test_recovery_restores_a_set_aside_copy_newer_than_the_last_backup(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    """What an older Coach did on a full disk: the good database was moved into damaged/ and an
    empty one left. The next start restores that copy, not the older backup, and says so."""
    _store_with_rows(dirs, clock, [1, 2])
    clock.advance(DAY)
    _store_with_rows(dirs, clock, [3])  # the backup holds [1, 2]; the database [1, 2, 3]
    dirs.damaged.mkdir()
    set_aside = dirs.damaged / "coach-20260505-120000.sqlite3"
    os.replace(dirs.db, set_aside)
    dirs.db.write_bytes(b"")
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    database.close()
    assert recovery.restored_from == set_aside
    described = str(recovery.describe())
    assert str(set_aside) in described
    assert str(recovery.moved_to) in described
    assert _committed_pains(dirs.db) == [1, 2, 3]
    assert set_aside.exists()  # restored from, and kept


def test_the_recovery_message_names_every_file_kept(dirs: StoreDirs, clock: FakeClock) -> None:
    _store_with_rows(dirs, clock, [4])
    clock.advance(DAY)
    _store_with_rows(dirs, clock, [5])
    dirs.db.write_bytes(b"not a database at all" * 100)
    wal = dirs.db.with_name(dirs.db.name + "-wal")
    wal.write_bytes(b"some log")
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    database.close()
    assert len(recovery.kept) == 2
    for kept in recovery.kept:
        assert kept.exists()
        assert str(kept) in str(recovery.describe())
    assert _committed_pains(dirs.db) == [4]
