"""`coach exercise list` and `coach exercise frames` (issue 19): the library's ids for scripts, and
the figure's frames as PNG files without a display; every mistake is one line and exit 1."""

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from coach.cli import main
from coach.domain.exercises import Library
from coach.services import plans
from tests.helpers import REPO_ROOT, child_env, coach_command


def test_list_as_json_gives_each_exercises_id_name_and_sides(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["exercise", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    library = plans.builtin_library()
    assert [row["id"] for row in rows] == [e.id for e in library.exercises]
    for row in rows:
        assert set(row) == {"id", "name", "per_side", "has_motion"}
        exercise = library.get(row["id"])
        assert exercise is not None
        assert row["name"] == exercise.name
        assert row["per_side"] is exercise.dosage.per_side
        assert row["has_motion"] is (exercise.motion is not None)
    assert any(row["per_side"] for row in rows) and not all(row["per_side"] for row in rows)


def test_list_as_text_is_one_exercise_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercise", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(plans.builtin_library().exercises)
    levator = next(line for line in lines if line.startswith("levator_scapulae_stretch "))
    assert "Levator scapulae stretch" in levator and "(per side" in levator


def test_listing_loads_no_qt(coach_home: Path) -> None:
    code = (
        "import sys\n"
        "from coach.cli import main\n"
        "rc = main(['exercise', 'list', '--json'])\n"
        "print('qt:', 'PySide6' in sys.modules, file=sys.stderr)\n"
        "sys.exit(rc)\n"
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
    assert result.returncode == 0, result.stderr
    assert "qt: False" in result.stderr


def test_frames_writes_count_pngs_across_one_cycle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "frames"
    out.mkdir()
    args = ["exercise", "frames", "chin_tuck", "--count", "4", "--out", str(out), "--size", "96"]
    assert main([*args, "--theme", "dark"]) == 0
    assert "wrote 4 frames of chin_tuck" in capsys.readouterr().out
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"frame-{i:03d}.png" for i in range(4)]
    images = [QImage(str(f)) for f in files]
    assert all(image.width() == 96 and image.height() == 96 for image in images)
    assert images[0] != images[-1]  # the start and the held position


def test_frames_of_the_right_side_are_the_left_mirrored(tmp_path: Path) -> None:
    left, right = tmp_path / "left", tmp_path / "right"
    left.mkdir()
    right.mkdir()
    base = ["exercise", "frames", "levator_scapulae_stretch", "--count", "2", "--size", "80"]
    assert main([*base, "--out", str(left)]) == 0
    assert main([*base, "--out", str(right), "--side", "right"]) == 0
    for name in ("frame-000.png", "frame-001.png"):
        drawn_left, drawn_right = QImage(str(left / name)), QImage(str(right / name))
        assert unlike(drawn_left, drawn_right) > 0.01
        assert unlike(drawn_left, drawn_right.flipped(Qt.Orientation.Horizontal)) < 0.003


def unlike(one: QImage, other: QImage) -> float:
    """The share of pixels that differ clearly (antialiasing aside)."""
    pixels = [(x, y) for x in range(one.width()) for y in range(one.height())]
    clearly = 0
    for x, y in pixels:
        a, b = one.pixelColor(x, y), other.pixelColor(x, y)
        if max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 48:
            clearly += 1
    return clearly / len(pixels)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["nope"], "coach: there is no exercise with the id 'nope'"),
        (["chin_tuck", "--side", "left"], "coach: chin_tuck is not done per side"),
    ],
)
def test_frames_mistakes_are_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], error: str
) -> None:
    out = tmp_path / "frames"
    out.mkdir()
    assert main(["exercise", "frames", *args, "--count", "2", "--out", str(out)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(error), lines
    assert not list(out.iterdir())


def test_frames_never_creates_a_folder_it_was_not_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "not" / "there"
    assert main(["exercise", "frames", "chin_tuck", "--count", "2", "--out", str(missing)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "does not exist; create it first" in lines[0]
    assert not (tmp_path / "not").exists()
    a_file = tmp_path / "file.png"
    a_file.write_text("")
    assert main(["exercise", "frames", "chin_tuck", "--count", "2", "--out", str(a_file)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_an_exercise_without_movement_data_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    library = plans.builtin_library()
    still = tuple(replace(e, motion=None) if e.id == "chin_tuck" else e for e in library.exercises)
    monkeypatch.setattr(plans, "builtin_library", lambda: Library(still))
    assert main(["exercise", "frames", "chin_tuck", "--count", "2", "--out", str(tmp_path)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == ["coach: chin_tuck has no movement data yet; only its pictures can be shown"]
    assert main(["exercise", "list"]) == 0
    assert "(no movement data yet)" in capsys.readouterr().out


def test_a_count_or_size_out_of_range_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in (["--count", "0"], ["--count", "2", "--size", "5"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["exercise", "frames", "chin_tuck", "--out", str(tmp_path), *extra])
        assert exit_info.value.code == 2
        assert "is not from" in capsys.readouterr().err
