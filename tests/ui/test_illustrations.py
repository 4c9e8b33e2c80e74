from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from tests.helpers import REPO_ROOT

SVGS = sorted((REPO_ROOT / "resources" / "exercises").glob("*.svg"))


@pytest.mark.parametrize("svg", SVGS, ids=lambda p: p.name)
def test_every_illustration_renders_something(qtbot: QtBot, svg: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 120, 3) for y in range(0, 120, 3)}
    assert len(colours) >= 3  # background card, figure and more: not blank
    assert "<text" not in svg.read_text()  # words belong in translatable UI text


def test_there_are_start_and_end_pictures_for_each_exercise() -> None:
    stems = {p.name.rsplit("-", 1)[0] for p in SVGS}
    for stem in stems:
        assert (REPO_ROOT / "resources" / "exercises" / f"{stem}-start.svg").is_file()
        assert (REPO_ROOT / "resources" / "exercises" / f"{stem}-end.svg").is_file()
