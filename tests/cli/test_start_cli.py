"""`coach start ROUTINE_ID` and `coach start --list`: the ids are listed and checked without a
display, Qt or a window; a known id goes on to the app."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coach import paths
from coach.cli import main
from coach.clock import SystemClock
from coach.domain.routines import Routine
from coach.services.catalog import builtin_catalog, startable_routines
from coach.services.plans import builtin_library
from coach.store.db import open_database
from coach.store.repo import Repo
from tests.helpers import REPO_ROOT, child_env, coach_command

PLAN = REPO_ROOT / "resources" / "plans" / "examples" / "strength-at-work.coachplan"


def without_display(home: Path) -> dict[str, str]:
    env = child_env(home)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def run_coach(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        coach_command(*args),
        env=without_display(home),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )


def add_my_routine(name: str) -> str:
    database = open_database(
        paths.database_path(), SystemClock(), paths.backup_dir(), paths.damaged_dir()
    )
    try:
        repo = Repo(database.connection, SystemClock())
        library = builtin_library()
        desk = next(r for r in builtin_catalog().routines if r.id == "desk_reset")
        return repo.save_routine(Routine("", name, "", desk.steps), library).id
    finally:
        database.close()


def test_the_list_needs_no_display_and_starts_nothing(coach_home: Path) -> None:
    result = run_coach(coach_home, "start", "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "desk_reset           3-minute desk reset" in lines
    assert len(lines) == len(list((REPO_ROOT / "resources" / "routines").glob("*.json")))
    assert not (coach_home / "data" / "coach.sqlite3").exists()  # no store made just to list
    assert not (coach_home / "data" / "coach.lock").exists()  # and no app started


def test_the_list_holds_the_plans_and_the_users_routines(coach_home: Path) -> None:
    assert run_coach(coach_home, "plan", "import", str(PLAN)).returncode == 0
    mine = add_my_routine("Morning stretch")
    result = run_coach(coach_home, "start", "--list")
    assert result.returncode == 0, result.stderr
    ids = [line.split()[0] for line in result.stdout.splitlines()]
    assert ids[0] == "plan:band_two_minutes"  # as the app orders them: the plan's first
    assert ids[-1] == mine
    assert result.stdout.splitlines()[-1].endswith("  Morning stretch")


def test_the_list_loads_no_qt(coach_home: Path) -> None:
    code = (
        "import sys; from coach.cli import main; main(['start', '--list']); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=without_display(coach_home),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_an_unknown_id_is_one_line_that_says_how_to_see_the_ids(coach_home: Path) -> None:
    result = run_coach(coach_home, "start", "desk_rest")
    assert result.returncode == 1
    assert result.stderr == (
        "coach: there is no routine with the id 'desk_rest'; `coach start --list` shows the ids\n"
    )
    assert not (coach_home / "data" / "coach.lock").exists()


def test_a_known_id_goes_on_to_the_app(coach_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = add_my_routine("Evening")
    calls: list[dict[str, object]] = []

    def run_gui(**kwargs: object) -> int:
        calls.append(kwargs)
        return 0

    monkeypatch.setattr("coach.ui.lifecycle.app.run_gui", run_gui)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["start", "desk_reset"]) == 0
    assert main(["start", mine]) == 0
    assert [call["routine_id"] for call in calls] == ["desk_reset", mine]


@pytest.mark.parametrize("args", [["start"], ["start", "--list", "desk_reset"]])
def test_start_wants_an_id_or_the_list(
    coach_home: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert "coach start --list" in capsys.readouterr().err


def test_a_store_that_cannot_be_read_leaves_the_check_to_the_app(
    coach_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = paths.database_path()
    database.write_bytes(b"not a database at all" * 100)
    routines, problem = startable_routines(database, SystemClock())
    assert problem is not None and isinstance(problem.cause, sqlite3.DatabaseError)
    assert {r.id for r in routines} == {r.id for r in builtin_catalog().routines}
    assert main(["start", "--list"]) == 1
    captured = capsys.readouterr()
    assert "desk_reset" in captured.out
    assert "only the built-in ones are listed" in captured.err
    monkeypatch.setattr("coach.ui.lifecycle.app.run_gui", lambda **kwargs: 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["start", "user:7"]) == 0  # not known here: the app says so if it has none
    assert database.read_bytes().startswith(b"not a database")  # nothing moved or repaired
