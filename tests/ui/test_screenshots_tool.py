"""tools/screenshots.py, which renders the README's screenshot matrix, still runs: one
combination, every shot and its contact sheet, with real content in them."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.helpers import REPO_ROOT, child_env

SHOTS = (
    "today",
    "exercises",
    "routines",
    "timers",
    "progress",
    "settings",
    "settings-reminders",
    "player-pain",
    "player-running",
    "notice",
)


def distinct_colours(image: QImage) -> int:
    """How many colours a sample of the image's pixels has (a blank grab has one or two)."""
    step = max(1, image.width() // 60)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_one_combination_renders_every_shot_and_its_sheet(tmp_path: Path) -> None:
    tool = REPO_ROOT / "tools" / "screenshots.py"
    done = subprocess.run(
        [sys.executable, str(tool), str(tmp_path), "--one", "dark", "de", "150"],
        env=child_env(tmp_path / "unused-home"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for shot in SHOTS:
        image = QImage(str(tmp_path / "dark-de-150" / f"{shot}.png"))
        assert not image.isNull(), shot
        assert distinct_colours(image) > 8, shot  # drawn, not an empty window
    sheet = QImage(str(tmp_path / "sheet-dark-de-150.png"))
    assert sheet.width() > 1000 and distinct_colours(sheet) > 8
