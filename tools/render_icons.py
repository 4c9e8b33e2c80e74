"""Render resources/icons/coach.svg into the PNG sizes the app and installers use.

Run after editing the SVG: `.venv/bin/python tools/render_icons.py`. The app loads the PNGs at start-up
(Qt decodes PNG itself, while SVG needs the QtSvg plugin, which start-up does not otherwise load).
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "coach.svg"))
    if not renderer.isValid():
        print("coach.svg does not render", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"coach-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
