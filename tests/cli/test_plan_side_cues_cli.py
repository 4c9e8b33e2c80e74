"""`coach plan validate` on a plan's own exercise done on each side (issue 17, point 8): without
side cues the plan stays valid (exit 0) and a warning names the field and the fix; with them there
is nothing to say. `coach plan import` shows the same warning and adopts the plan."""

import json
from pathlib import Path
from typing import Any

import pytest

from coach.cli import main
from tests.helpers import REPO_ROOT

NECK = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"


def _per_side_plan(folder: Path, cues: dict[str, str] | None) -> Path:
    data: dict[str, Any] = json.loads(NECK.read_text(encoding="utf-8"))
    own = data["exercises"][0]
    own["dosage"]["per_side"] = True
    if cues is not None:
        own["side_cues"] = cues
    path = folder / ("with-cues.coachplan" if cues else "without-cues.coachplan")
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_warns_about_a_per_side_exercise_without_side_cues_and_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    without = _per_side_plan(tmp_path, None)
    with_cues = _per_side_plan(tmp_path, {"left": "Glide left", "right": "Glide right"})
    assert main(["plan", "validate", str(without), str(with_cues)]) == 0
    out = capsys.readouterr().out.splitlines()
    warning = f"{without}: $.exercises[0].side_cues: warning: is missing; expected a cue for each"
    assert [line for line in out if ": warning: " in line] == [
        next(line for line in out if line.startswith(warning))
    ]
    assert "naming the side and the direction" in out[0]
    assert f'{without}: valid plan "Neck and upper back, weeks 1-4" (2 routines, 1 warning)' in out
    assert f'{with_cues}: valid plan "Neck and upper back, weeks 1-4" (2 routines)' in out


def test_import_shows_the_warning_and_adopts_the_plan(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _per_side_plan(tmp_path, None)
    assert main(["plan", "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert f"{path}: $.exercises[0].side_cues: warning: is missing" in captured.err
    assert 'adopted the plan "Neck and upper back, weeks 1-4"' in captured.out
