import re
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from coach import __version__
from coach.cli import build_parser, main
from coach.store.settings_queries import WINDOW_GEOMETRY_KEY
from tests.helpers import REPO_ROOT, child_env, coach_command


def run_coach(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        coach_command(*args),
        env=child_env(home, **env),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"coach {__version__}"


def test_unknown_arguments_print_usage_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--frobnicate"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: coach")
    assert "--frobnicate" in err


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["dance"])
    assert exit_info.value.code == 2
    assert "usage: coach" in capsys.readouterr().err


def test_selftest_passes_in_a_fresh_home(coach_home: Path) -> None:
    result = run_coach(coach_home, "selftest")
    assert result.returncode == 0, result.stderr
    assert "selftest passed" in result.stdout
    assert f"store: {coach_home / 'data' / 'coach.sqlite3'}" in result.stdout
    assert (coach_home / "logs" / "coach.log").is_file()
    assert "Traceback" not in result.stderr


def test_selftest_leaves_the_saved_window_where_the_user_put_it(coach_home: Path) -> None:
    """The self-test's window is a check, not the user's: closing it must not save its size and
    place over the ones the app restores (it may run while Coach is open)."""
    assert run_coach(coach_home, "selftest").returncode == 0  # creates the store
    store = coach_home / "data" / "coach.sqlite3"
    with closing(sqlite3.connect(store)) as db, db:
        db.execute("DELETE FROM settings WHERE key = ?", (WINDOW_GEOMETRY_KEY,))
    result = run_coach(coach_home, "selftest")
    assert result.returncode == 0, result.stderr
    with closing(sqlite3.connect(store)) as db:
        saved = db.execute("SELECT value FROM settings WHERE key = ?", (WINDOW_GEOMETRY_KEY,))
        assert saved.fetchall() == []


def test_selftest_reports_what_failed_and_exits_1(coach_home: Path) -> None:
    (coach_home / "data" / "coach.sqlite3").mkdir(parents=True)
    result = run_coach(coach_home, "selftest")
    assert result.returncode == 1
    assert "selftest failed while opening the store" in result.stderr
    assert "is a folder, not a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_selftest_reports_a_repaired_database(coach_home: Path) -> None:
    (coach_home / "data").mkdir(parents=True)
    (coach_home / "data" / "coach.sqlite3").write_bytes(b"not a database at all" * 100)
    result = run_coach(coach_home, "selftest")
    assert result.returncode == 0, result.stderr
    assert "repaired: The database was not a Coach database" in result.stdout
    assert len(list((coach_home / "data" / "damaged").glob("*.sqlite3"))) == 1


def test_no_display_is_one_line_and_exit_1(coach_home: Path) -> None:
    env = child_env(coach_home)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    result = subprocess.run(
        coach_command("selftest"), env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("coach: no graphical display found")


def test_a_home_that_cannot_be_created_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    result = run_coach(blocker / "home", "selftest")
    assert result.returncode == 1
    assert result.stderr.startswith("coach: cannot create Coach's folders")
    assert "Traceback" not in result.stderr


# Not needed to show the Today page; each costs start-up time (see README, Budgets).
LOADED_ON_FIRST_USE = (
    "pyqtgraph",
    "numpy",
    "coach.domain.exercises",
    "coach.domain.routines",
    "coach.domain.session",
    "coach.ui.player.window",
    "coach.ui.runners.notice",
    "coach.ui.pages.timers",
    "coach.domain.schedule",
    "coach.ui.runners.presence",
    "coach.domain.plan",
    "coach.domain.plan_json",
    "coach.domain.plan_schema",
    "coach.domain.plan_checks",
    "coach.store.faults",
    "coach.store.recovery",
    "coach.services.plans",
    "coach.services.catalog",
    "coach.services.doses",
    "coach.services.report",
    "coach.services.sessions",
    "jsonschema",
    "coach.domain.safety",
    "coach.domain.onboarding",
    "coach.domain.dosing",
    "coach.ui.dialogs.first_run",
    "coach.ui.text.advice",
    "coach.ui.dialogs.symptoms",
    "coach.ui.pages.today.progression",
    "coach.ui.widgets.figure",
    "coach.ui.widgets.figure_paint",
    "coach.ui.widgets.figure_view",
    "coach.ui.widgets.figure_frame",
    "coach.ui.widgets.figure_arrows",
    "coach.ui.widgets.figure_geometry",
    "coach.ui.widgets.exercise_figures",
    "coach.ui.pages.exercises",
    "coach.ui.pages.routines",
    "coach.ui.plans.editor.movement",
    "coach.domain.pose.motion_json",
    "coach.services.handout",
    "coach.ui.dialogs.handout",
    "coach.ui.dialogs.handout_pdf",
    "coach.ui.widgets.figure_colours",
    # The timer rules: loaded with the first timer that starts or is restored, not at every start.
    "coach.domain.timers",
    # The pages' icons: given once the window is on screen (coach.ui.shell.navigation_icons).
    "coach.ui.shell.navigation_icons",
    "coach.ui.widgets.action_icons",
    "PySide6.QtSvg",
)


@pytest.mark.parametrize("with_plan", [False, True], ids=["no plan", "a plan"])
def test_the_start_up_path_loads_only_what_the_first_page_needs(
    coach_home: Path, with_plan: bool
) -> None:
    if with_plan:  # Today shows the plan from its stored text, without the plan checks
        plan = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"
        assert run_coach(coach_home, "plan", "import", str(plan)).returncode == 0
    code = (
        "import sys\n"
        "from coach.cli import main\n"
        "rc = main(['selftest'])\n"
        f"heavy = sorted(m for m in {LOADED_ON_FIRST_USE!r} if m in sys.modules)\n"
        "print('heavy:', heavy)\n"
        "import PySide6.QtCore\n"
        "print('Qt namespace loaded:', 'Qt' in vars(PySide6.QtCore))\n"
        "sys.exit(rc or bool(heavy))\n"
    )
    result = subprocess.run(
        [*coach_command()[:1], "-c", code],
        env=child_env(coach_home),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )
    assert "heavy: []" in result.stdout, result.stdout + result.stderr
    # Qt's namespace makes its ~90 enums when first imported: 25 ms and 1 MiB of start-up (a
    # module-level `from PySide6.QtCore import Qt` on Today cost that from the plans work on).
    # Today's plan card needs it; without a plan nothing on the way to the first page does.
    assert f"Qt namespace loaded: {with_plan}" in result.stdout, result.stdout
    assert result.returncode == 0


def test_export_and_import_from_the_command_line_without_a_display(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    backup = tmp_path / "backup.json"
    assert main(["export", "--format", "json", "--out", str(backup)]) == 0
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "checkins.csv").read_text().startswith("at,pain,note")
    assert main(["import", str(backup)]) == 0
    assert "imported nothing new" in capsys.readouterr().out
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    assert main(["import", str(broken)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"coach: {broken}: not JSON (line 1") and "Traceback" not in error


def test_the_report_is_written_from_the_command_line_without_a_display(
    coach_home: Path, tmp_path: Path
) -> None:
    env = child_env(coach_home)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    target = tmp_path / "report.pdf"
    result = subprocess.run(
        coach_command("report", "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(target)),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", target.read_bytes()))
    assert f"wrote a {pages}-page report" in result.stdout
    backwards = subprocess.run(
        coach_command("report", "--from", "2026-02-01", "--to", "2026-01-01", "--out", "x.pdf"),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert backwards.returncode == 1 and "--to must not be before --from" in backwards.stderr


def _report_in_child(
    home: Path, out: Path, *first_last: str, setup: str = ""
) -> subprocess.CompletedProcess[str]:
    """`coach report` in a child process, after running `setup` there."""
    code = (
        "import sys\n"
        f"{setup}\n"
        "from coach.cli import main\n"
        f"sys.exit(main(['report', '--from', {first_last[0]!r}, '--to', {first_last[1]!r},"
        f" '--out', {str(out)!r}]))\n"
    )
    return subprocess.run(
        [*coach_command()[:1], "-c", code],
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )


def test_the_report_blames_from_and_to_only_for_the_period(
    coach_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    outside = _report_in_child(coach_home, out, "1900-01-01", "1900-01-31")
    assert outside.returncode == 1
    assert "coach: --from/--to: the period must lie between 1970 and 2200" in outside.stderr
    broken_data = _report_in_child(
        coach_home,
        out,
        "2026-01-01",
        "2026-01-31",
        setup=(
            "import coach.ui.dialogs.report\n"
            "def broken(*args, **kwargs):\n"
            "    raise ValueError('a stored value cannot be read')\n"
            "coach.ui.dialogs.report.write_report = broken"
        ),
    )
    assert broken_data.returncode == 2, broken_data.stderr
    assert "--from" not in broken_data.stderr and "--to" not in broken_data.stderr
    assert "the report could not be made (a stored value cannot be read)" in broken_data.stderr
    assert "Traceback" not in broken_data.stderr


def test_the_report_is_written_with_unreadable_first_run_answers(
    coach_home: Path, tmp_path: Path
) -> None:
    """Answers of the wrong type raised TypeError in decoding, which `coach report` did not
    survive."""
    from coach import paths
    from coach.clock import SystemClock
    from coach.store.db import open_database

    database = open_database(
        paths.database_path(), SystemClock(), paths.backup_dir(), paths.damaged_dir()
    )
    database.connection.execute(
        "INSERT INTO settings (key, value) VALUES ('onboarding', ?)",
        ('{"version": 1, "goals": [{"x": 1}], "reminders": []}',),
    )
    database.close()
    out = tmp_path / "report.pdf"
    result = _report_in_child(coach_home, out, "2026-01-01", "2026-01-31")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("selftest", "export", "import", "report", "plan", "start", "open"):
        assert re.search(rf"^\s+{command}\s", out, re.MULTILINE), out


def test_a_mistyped_command_is_told_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["selftset"])
    assert "choose from 'selftest', 'export', 'import', 'report', 'plan'" in capsys.readouterr().err


def test_the_parser_for_one_command_holds_only_that_command() -> None:
    """Every start parses its words: the parser is built for the command named (coach.cli)."""
    parser = build_parser(["plan", "validate", "a.coachplan"])
    args = parser.parse_args(["plan", "validate", "a.coachplan"])
    assert (args.command, args.plan_command, args.files) == (
        "plan",
        "validate",
        [Path("a.coachplan")],
    )
    with pytest.raises(SystemExit):
        parser.parse_args(["selftest"])  # not built: the words did not name it
    assert build_parser(["--autostart"]).parse_args(["--autostart"]).command is None


@pytest.mark.parametrize("words", [[], ["selftest"]])
def test_the_app_start_without_a_parser_reads_its_words_as_the_parser_would(
    words: list[str],
) -> None:
    """`coach` and `coach selftest` skip building the parser (coach.cli._parse): what they get
    must be exactly what the parser would give."""
    from coach.cli import _parse

    assert vars(_parse(words)) == vars(build_parser(words).parse_args(words))
