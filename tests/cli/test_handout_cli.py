"""`coach handout ROUTINE --out FILE.pdf` (issue 19): a routine's handout without a display; every
mistake is one line on stderr and exit 1."""

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coach.cli import main
from coach.services.catalog import builtin_catalog
from tests.helpers import REPO_ROOT, child_env, coach_command


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = child_env(home)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)  # as on a server: Qt draws offscreen
    return subprocess.run(
        coach_command("handout", *args),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )


def test_the_handout_is_written_without_a_display(
    coach_home: Path, tmp_path: Path, qapp: QApplication
) -> None:
    target = tmp_path / "neck.pdf"
    result = run(coach_home, "neck_shoulders", "--out", str(target))
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 1 <= pages <= 2
    assert result.stdout.strip() == f"wrote a {pages}-page handout of neck_shoulders to {target}"
    assert result.stderr == ""
    qtpdf = pytest.importorskip("PySide6.QtPdf")  # to read the text back, where installed
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    text = re.sub(r"\s+", " ", text)
    neck = next(r for r in builtin_catalog().builtin_routines if r.id == "neck_shoulders")
    library = builtin_catalog().library
    for step in neck.steps:
        exercise = library.get(step.exercise_id)
        assert exercise is not None and exercise.name in text
    per_side = sum(1 for s in neck.steps if s.dosage.per_side)
    assert per_side and text.count("each side") == per_side


def test_an_unknown_routine_is_one_line_naming_the_list(coach_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    result = run(coach_home, "yoga", "--out", str(target))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "coach: there is no routine with the id 'yoga'; `coach start --list` shows the ids"
    ]
    assert not target.exists()


def test_out_must_be_a_file_in_a_folder_that_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused before Qt or the store is opened, like `coach report`."""
    assert main(["handout", "desk_reset", "--out", str(tmp_path / "nowhere" / "h.pdf")]) == 1
    error = capsys.readouterr().err
    assert error.startswith("coach: the folder ") and "does not exist" in error
    assert not (tmp_path / "nowhere").exists()
    assert main(["handout", "desk_reset", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"coach: --out {tmp_path} is a folder, not a file\n"


def test_help_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert re.search(r"^\s+handout\s", capsys.readouterr().out, re.MULTILINE)
