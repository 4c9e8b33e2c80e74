"""`coach plan validate` and `coach plan import`, and `coach FILE` opening a plan."""

import json
import subprocess
from pathlib import Path

import pytest

from coach.cli import _with_open_command, main
from tests.helpers import REPO_ROOT, child_env, coach_command

EXAMPLES = REPO_ROOT / "resources" / "plans" / "examples"
BROKEN = REPO_ROOT / "tests" / "data" / "plans"


def test_validate_valid_plans_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(EXAMPLES.glob("*.coachplan"))
    assert main(["plan", "validate", *map(str, files)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(files)
    assert all(": valid plan " in line for line in out)


def test_validate_prints_every_problem_of_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    good = EXAMPLES / "strength-at-work.coachplan"
    bad = BROKEN / "many-problems.coachplan"
    assert main(["plan", "validate", str(bad), str(good), str(BROKEN / "empty.coachplan")]) == 1
    out = capsys.readouterr().out.splitlines()
    problems = [line for line in out if line.startswith(f"{bad}: $")]
    assert len(problems) == 8
    assert f"{bad}: not valid (8 problems)" in out
    assert any(line.startswith(f"{good}: valid plan") for line in out)
    assert f"{BROKEN / 'empty.coachplan'}: $: is empty; expected a plan in JSON" in out


def test_validate_broken_json_names_the_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "validate", str(BROKEN / "broken-json.coachplan")]) == 1
    assert "broken-json.coachplan: line 5: is not valid JSON" in capsys.readouterr().out


def test_validate_in_a_process_never_prints_a_traceback(tmp_path: Path) -> None:
    files = sorted(str(p) for p in BROKEN.glob("*.coachplan"))
    result = subprocess.run(
        coach_command("plan", "validate", *files, "/dev/null", str(tmp_path)),
        env=child_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{tmp_path}: $: is a folder" in result.stdout
    assert "/dev/null: $: is not a regular file" in result.stdout


def test_import_adopts_the_plan(capsys: pytest.CaptureFixture[str], coach_home: Path) -> None:
    plan = EXAMPLES / "neck-and-upper-back.coachplan"
    assert main(["plan", "import", str(plan)]) == 0
    out = capsys.readouterr().out
    assert 'adopted the plan "Neck and upper back, weeks 1-4"' in out
    assert "Mon, Tue, Wed, Thu, Fri at 10:30, 15:00" in out
    assert "replaces your own settings" in out
    assert main(["plan", "import", str(EXAMPLES / "strength-at-work.coachplan")]) == 0
    assert 'replaces "Neck and upper back, weeks 1-4"' in capsys.readouterr().out


def test_import_of_a_broken_plan_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads((EXAMPLES / "neck-and-upper-back.coachplan").read_text())
    data["heat"]["cap_minutes"] = 45
    path = tmp_path / "hot.coachplan"
    path.write_text(json.dumps(data))
    assert main(["plan", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: $.heat.cap_minutes: 45 is too large; expected at most 20" in err
    assert main(["export", "--format", "json", "--out", str(tmp_path / "b.json")]) == 0


def test_a_plan_file_alone_means_open(tmp_path: Path) -> None:
    plan = str(EXAMPLES / "strength-at-work.coachplan")
    assert _with_open_command([plan]) == ["open", plan]
    assert _with_open_command(["--autostart", plan]) == ["--autostart", "open", plan]
    assert _with_open_command(["plan", "validate", plan]) == ["plan", "validate", plan]
    assert _with_open_command(["dance"]) == ["dance"]
    assert _with_open_command(["missing.coachplan"]) == ["open", "missing.coachplan"]


@pytest.mark.parametrize(
    ("action", "old", "new"),
    [
        ("validate", '"2027-01-04"', '"2027-01-04\\n"'),  # once a ValueError in _build
        ("validate", '"reps": 10', '"reps": ' + "1" * 5000),  # Python's int digit limit
        ("validate", '"coach-plan"', '"\\ud800"'),  # print() of a lone surrogate
        ("validate", '"Shoulder strength at work"', '"Shoulder \\ud800"'),  # "valid plan" line
        ("import", '"Shoulder strength at work"', '"Shoulder \\ud800"'),  # SQLite insert
    ],
    ids=["newline-date", "long-int", "surrogate-format", "surrogate-title", "import-surrogate"],
)
def test_odd_values_never_print_a_traceback(
    tmp_path: Path, action: str, old: str, new: str
) -> None:
    strength = EXAMPLES / "strength-at-work.coachplan"
    plan = tmp_path / "p.coachplan"
    plan.write_text(strength.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    done = subprocess.run(
        coach_command("plan", action, str(plan)),
        env=child_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr + done.stdout, done.stderr[-400:]
    assert done.returncode == 1
    assert f"{plan}: " in done.stdout + done.stderr


def test_import_of_a_plan_whose_file_name_is_not_utf8(tmp_path: Path) -> None:
    """A file name in another encoding (bytes that are not UTF-8) still imports."""
    import os

    name = os.fsdecode(b"plan-\xe9t\xe9.coachplan")
    target = tmp_path / name
    target.write_bytes((EXAMPLES / "strength-at-work.coachplan").read_bytes())
    assert main(["plan", "import", str(target)]) == 0
