import os
import sqlite3
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.store.db import (
    MIGRATIONS,
    SCHEMA_VERSION,
    RecoveryReason,
    StoreError,
    connect,
    list_backups,
    maybe_backup,
    migrate,
    schema_version,
)
from coach.store.repo import Repo
from tests.helpers import REPO_ROOT
from tests.store.conftest import StoreDirs

DAY = 24 * 3600


def _fill(dirs: StoreDirs, clock: FakeClock, ratings: list[int]) -> None:
    database = dirs.open(clock)
    repo = Repo(database.connection, clock)
    for rating in ratings:
        repo.add_checkin(rating)
    database.close()


def _pains(dirs: StoreDirs, clock: FakeClock) -> list[int]:
    database = dirs.open(clock)
    try:
        rows = database.connection.execute("SELECT pain FROM checkins ORDER BY id").fetchall()
        return [row[0] for row in rows]
    finally:
        database.close()


def test_new_database_is_wal_with_foreign_keys_at_newest_version(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    database = dirs.open(clock)
    connection = database.connection
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert schema_version(connection) == SCHEMA_VERSION
    assert database.recoveries == []
    database.close()


def test_a_version_1_file_migrates_to_the_newest_and_keeps_its_data(
    tmp_path: Path, dirs: StoreDirs, clock: FakeClock
) -> None:
    # A real file written by schema version 1, committed so that editing migration 1 is caught.
    fixture = REPO_ROOT / "tests" / "data" / "coach-v1.sqlite3"
    dirs.db.parent.mkdir(parents=True)
    dirs.db.write_bytes(fixture.read_bytes())
    with sqlite3.connect(dirs.db) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1

    database = dirs.open(clock)
    assert schema_version(database.connection) == SCHEMA_VERSION
    repo = Repo(database.connection, clock)
    settings, problems = repo.load_settings()
    assert problems == []
    assert settings.theme.value == "dark"
    assert settings.sound_enabled is False
    repo.add_checkin(4, "after migration")
    assert repo.count_checkins() == 1
    # The pre-migration state was backed up before the schema changed.
    (backup,) = list_backups(dirs.backups)
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    database.close()


def test_migrations_built_from_scratch_match_the_stored_version_1_fixture(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "fresh.sqlite3", isolation_level=None)
    migrate(connection, MIGRATIONS[:1])
    fresh = connection.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    fixture = REPO_ROOT / "tests" / "data" / "coach-v1.sqlite3"
    with sqlite3.connect(fixture) as old:
        stored = old.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert fresh == stored


def test_a_failing_migration_step_leaves_the_previous_version(tmp_path: Path) -> None:
    connection = connect(tmp_path / "x.sqlite3")
    broken = (*MIGRATIONS, ("CREATE TABLE extra (a INTEGER)", "THIS IS NOT SQL"))
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection, broken)
    assert schema_version(connection) == SCHEMA_VERSION
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables


def test_backup_is_made_at_most_once_a_day_and_the_last_seven_are_kept(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _fill(dirs, clock, [1])
    assert len(list_backups(dirs.backups)) == 0  # the very first open had nothing to back up
    database = dirs.open(clock)
    assert len(list_backups(dirs.backups)) == 1
    assert maybe_backup(database.connection, dirs.backups, clock.now()) is None
    database.close()
    for _ in range(10):
        clock.advance(DAY)
        dirs.open(clock).close()
    backups = list_backups(dirs.backups)
    assert len(backups) == 7
    assert backups[-1].name == f"coach-{clock.now().astimezone().date().isoformat()}.sqlite3"
    assert not list(dirs.backups.glob("*.partial"))


def test_backups_are_complete_databases(dirs: StoreDirs, clock: FakeClock) -> None:
    _fill(dirs, clock, [2, 5, 7])
    dirs.open(clock).close()
    (backup,) = list_backups(dirs.backups)
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in copy.execute("SELECT pain FROM checkins ORDER BY id")] == [2, 5, 7]


def _backed_up_store(dirs: StoreDirs, clock: FakeClock) -> bytes:
    """A store with data and a backup of it; returns the database's bytes before damage."""
    _fill(dirs, clock, [3, 6])
    dirs.open(clock).close()  # takes today's backup
    assert len(list_backups(dirs.backups)) == 1
    return dirs.db.read_bytes()


def _damaged_files(dirs: StoreDirs) -> list[Path]:
    return sorted(p for p in dirs.damaged.iterdir() if p.suffix == ".sqlite3")


def test_random_bytes_are_moved_aside_and_the_backup_restored(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _backed_up_store(dirs, clock)
    garbage = os.urandom(50_000)
    dirs.db.write_bytes(garbage)
    clock.advance(60)
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    assert recovery.reason is RecoveryReason.NOT_A_DATABASE
    assert recovery.restored_from == list_backups(dirs.backups)[0]
    assert recovery.moved_to.read_bytes() == garbage  # never deleted
    assert str(recovery.moved_to) in str(recovery.describe())
    assert "restored from the backup" in str(recovery.describe())
    database.close()
    assert _pains(dirs, clock) == [3, 6]


def test_a_truncated_database_is_detected_and_recovered(dirs: StoreDirs, clock: FakeClock) -> None:
    _fill(dirs, clock, list(range(11)) * 200)  # enough rows for several pages
    dirs.open(clock).close()
    original = dirs.db.read_bytes()
    assert len(original) > 8 * 4096
    dirs.db.write_bytes(original[: len(original) // 2])
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    assert recovery.reason is RecoveryReason.DAMAGED
    assert recovery.moved_to.read_bytes() == original[: len(original) // 2]
    database.close()
    assert len(_pains(dirs, clock)) == 11 * 200


def test_a_database_from_a_newer_coach_is_kept_aside_not_used(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _backed_up_store(dirs, clock)
    with sqlite3.connect(dirs.db) as newer:
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    newer_bytes = dirs.db.read_bytes()
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    assert recovery.reason is RecoveryReason.NEWER_VERSION
    assert f"schema version {SCHEMA_VERSION + 5}" in str(recovery.describe())
    assert recovery.moved_to.read_bytes() == newer_bytes
    assert schema_version(database.connection) == SCHEMA_VERSION
    database.close()
    assert _pains(dirs, clock) == [3, 6]


def test_without_a_usable_backup_coach_starts_empty_and_says_so(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _backed_up_store(dirs, clock)
    (backup,) = list_backups(dirs.backups)
    backup.write_bytes(b"also broken")
    dirs.db.write_bytes(b"broken")
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    assert recovery.restored_from is None
    assert "started with an empty database" in str(recovery.describe())
    assert backup.read_bytes() == b"also broken"  # a bad backup is skipped, not removed
    database.close()
    assert _pains(dirs, clock) == []


def test_the_newest_good_backup_wins(dirs: StoreDirs, clock: FakeClock) -> None:
    _fill(dirs, clock, [1])
    dirs.open(clock).close()
    clock.advance(DAY)
    _fill(dirs, clock, [2])  # opening on the new day backed up [1]; now the db holds [1, 2]
    clock.advance(DAY)
    dirs.open(clock).close()  # backs up [1, 2]
    clock.advance(DAY)
    _fill(dirs, clock, [3])  # backs up [1, 2] again on this day, then adds 3
    newest = list_backups(dirs.backups)[-1]
    newest.write_bytes(b"damaged backup")
    dirs.db.write_bytes(b"damaged db")
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    assert recovery.restored_from == list_backups(dirs.backups)[-2]
    database.close()
    assert _pains(dirs, clock) == [1, 2]


def test_wal_and_shm_companions_move_with_the_damaged_file(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    _backed_up_store(dirs, clock)
    dirs.db.write_bytes(b"x" * 5000)
    wal = dirs.db.with_name(dirs.db.name + "-wal")
    wal.write_bytes(b"wal bytes")
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    assert recovery.moved_to.with_name(recovery.moved_to.name + "-wal").read_bytes() == (
        b"wal bytes"
    )
    database.close()


def test_an_empty_file_with_backups_is_treated_as_damage(dirs: StoreDirs, clock: FakeClock) -> None:
    _backed_up_store(dirs, clock)
    dirs.db.write_bytes(b"")
    database = dirs.open(clock)
    assert [r.reason for r in database.recoveries] == [RecoveryReason.DAMAGED]
    database.close()
    assert _pains(dirs, clock) == [3, 6]
    assert len(_damaged_files(dirs)) == 1


def test_an_unopenable_location_raises_a_store_error_naming_the_file(
    tmp_path: Path, clock: FakeClock
) -> None:
    from coach.store.db import open_database

    folder_in_the_way = tmp_path / "coach.sqlite3"
    folder_in_the_way.mkdir()
    (folder_in_the_way / "keep").write_text("x")
    with pytest.raises(StoreError, match=r"coach\.sqlite3 is a folder, not a file"):
        open_database(folder_in_the_way, clock, tmp_path / "b", tmp_path / "d")


def test_an_unwritable_folder_raises_a_store_error_naming_the_file(
    tmp_path: Path, clock: FakeClock
) -> None:
    from coach.store.db import open_database

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError, match=r"not-a-folder/coach\.sqlite3"):
        open_database(blocker / "coach.sqlite3", clock, tmp_path / "b", tmp_path / "d")


def test_a_leftover_partial_backup_does_not_stop_the_start(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    """Review finding: a half-written .partial file made every start that day fail."""
    _fill(dirs, clock, [4])
    today = list_backups(dirs.backups)
    assert today == []
    partial = dirs.backups / f"coach-{clock.now().astimezone().date().isoformat()}.sqlite3.partial"
    partial.write_bytes(b"cut off half-way")
    database = dirs.open(clock)
    assert len(list_backups(dirs.backups)) == 1
    assert not partial.exists()
    database.close()


def test_version_6_keeps_each_sessions_active_time_from_its_steps(tmp_path: Path) -> None:
    connection = connect(tmp_path / "v5.sqlite3")
    migrate(connection, MIGRATIONS[:5])
    connection.execute(
        "INSERT INTO sessions (id, routine_id, routine_name, planned_seconds, started_at, status)"
        " VALUES (1, 'r', 'R', 60, '2026-01-01T10:00:00.000000+00:00', 'completed')"
    )
    for seconds in (30.0, 12.5):
        connection.execute(
            "INSERT INTO session_steps (session_id, position, exercise_id, started_at, ended_at,"
            " completed, reps_done, active_seconds) VALUES (1, 0, 'x', 'a', 'b', 1, 1, ?)",
            (seconds,),
        )
    migrate(connection)
    assert connection.execute("SELECT active_seconds FROM sessions").fetchone() == (42.5,)
