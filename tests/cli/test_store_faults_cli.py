"""The command line and faults from outside Coach (issue 16, points 3 and 6): the file or folder
and the fault are named, never "a row does not fit the store"; `--out` is written only where
asked; `coach selftest` fails on a store it cannot write."""

import sqlite3
from pathlib import Path

import pytest

from coach import paths
from coach.cli import main
from coach.clock import SystemClock
from coach.store import export
from coach.store.db import open_database
from coach.store.repo import Repo
from tests.cli.test_cli import run_coach
from tests.helpers import committed_pains, immutable, nothing_moved_aside

PLAN = Path(__file__).resolve().parents[2] / "resources" / "plans" / "examples"


def _store_with_rows(pains: list[int]) -> Path:
    clock = SystemClock()
    database = open_database(paths.database_path(), clock, paths.backup_dir(), paths.damaged_dir())
    repo = Repo(database.connection, clock)
    for pain in pains:
        repo.add_checkin(pain)
    database.close()
    return paths.database_path()


# ---- point 6: --out only where asked -----------------------------------------------------------


def test_a_report_into_a_folder_that_does_not_exist_is_an_error_and_makes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "not" / "there" / "report.pdf"
    code = main(["report", "--from", "2026-05-01", "--to", "2026-05-07", "--out", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert err == (
        f"coach: the folder {out.parent} does not exist; create it first, or choose another --out\n"
    )
    assert not (tmp_path / "not").exists()


@pytest.mark.parametrize("form", ["csv", "json"])
def test_an_export_into_a_folder_that_does_not_exist_is_an_error_and_makes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    out = tmp_path / "not" / "there" / ("csv" if form == "csv" else "backup.json")
    assert main(["export", "--format", form, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"coach: the folder {out.parent} does not exist") and err.count("\n") == 1
    assert not (tmp_path / "not").exists()


def test_a_csv_export_makes_its_one_folder_inside_one_that_exists(tmp_path: Path) -> None:
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "checkins.csv").is_file()


# ---- point 3: the store, not the rows --------------------------------------------------------


def test_an_import_into_a_full_store_names_the_disk_not_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fault injection at the write: the store's disk fills up half-way through the import."""
    db = _store_with_rows([2, 4])
    backup = tmp_path / "backup.json"
    assert main(["export", "--format", "json", "--out", str(backup)]) == 0
    original = export._import_table

    def disk_fills_up(*args: object, **kwargs: object) -> int:
        if args[1] is not None and getattr(args[1], "name", "") == "checkins":
            full = sqlite3.OperationalError("database or disk is full")
            full.sqlite_errorcode = sqlite3.SQLITE_FULL
            full.sqlite_errorname = "SQLITE_FULL"
            raise full
        return original(*args, **kwargs)  # type: ignore[arg-type]

    db.unlink()  # a new store, into which the backup's check-ins would be new
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    _store_with_rows([1])
    capsys.readouterr()
    monkeypatch.setattr(export, "_import_table", disk_fills_up)
    assert main(["import", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "a row does not fit" not in err
    assert err == (
        f"coach: {backup}: nothing was imported. Not saved: the disk holding {db.parent} is "
        "full. Free some space on that disk, then try again.\n"
    )
    assert committed_pains(db) == [1]
    assert nothing_moved_aside(paths.damaged_dir())


def test_import_and_plan_import_into_a_read_only_store_name_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store_with_rows([3, 5])
    backup = tmp_path / "backup.json"
    assert main(["export", "--format", "json", "--out", str(backup)]) == 0
    plan = next(PLAN.glob("*.coachplan"))
    capsys.readouterr()
    with immutable(db):
        assert main(["import", str(backup)]) == 1
        import_err = capsys.readouterr().err
        assert main(["plan", "import", str(plan)]) == 1
        plan_err = capsys.readouterr().err
        # Reading is still possible: the data can be copied out.
        assert main(["export", "--format", "json", "--out", str(tmp_path / "out.json")]) == 0
    for err in (import_err, plan_err):
        assert err.startswith(f"coach: Coach cannot open its database {db}: {db} is read-only.")
        assert "Nothing was changed or moved." in err
        assert "a row does not fit" not in err
    assert committed_pains(db) == [3, 5]
    assert nothing_moved_aside(paths.damaged_dir())


def test_selftest_fails_on_a_store_it_cannot_write(coach_home: Path) -> None:
    db = coach_home / "data" / "coach.sqlite3"
    made = run_coach(coach_home, "export", "--format", "csv", "--out", str(coach_home / "csv"))
    assert made.returncode == 0, made.stderr
    assert db.is_file()
    with immutable(db):
        result = run_coach(coach_home, "selftest")
    assert result.returncode == 1, result.stdout
    assert "selftest passed" not in result.stdout
    assert f"selftest failed while opening the store: Coach cannot open its database {db}" in (
        result.stderr
    )
    assert f"{db} is read-only" in result.stderr
