"""The exercise's picture in the player: its start position, or its end position while the user
works, rendered from SVG at the label's size and kept for the rest of the routine."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

from coach.domain.exercises import Exercise
from coach.ui.text.data import exercise_name
from coach.ui.text.translate import translate


class Illustration(QLabel):
    """One of an exercise's pictures, named for a screen reader ("Chin tuck, end position")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("illustration")
        self.setMinimumSize(QSize(240, 240))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pixmaps: dict[tuple[Path, int], QPixmap] = {}
        self._picture_shown: tuple[Path, int] | None = None

    def show_position(self, exercise: Exercise | None, work: bool) -> None:
        """The end position while working (`work`), else the start position; nothing for an
        exercise without pictures. Each picture is drawn once per size."""
        if exercise is None or not exercise.illustrations:
            self.clear()
            return
        path = exercise.illustrations[-1] if work else exercise.illustrations[0]
        size = max(160, min(self.width(), self.height()))
        key = (path, size)
        if key == self._picture_shown:
            return
        self._picture_shown = key
        if key not in self._pixmaps:
            ratio = self.devicePixelRatioF()
            image = QImage(int(size * ratio), int(size * ratio), QImage.Format.Format_ARGB32)
            image.fill(QColor(0, 0, 0, 0))
            painter = QPainter(image)
            QSvgRenderer(str(path)).render(painter)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._pixmaps[key] = pixmap
        self.setPixmap(self._pixmaps[key])
        self.setAccessibleName(
            translate("PlayerWindow", "{name}, end position").format(name=exercise_name(exercise))
            if work
            else translate("PlayerWindow", "{name}, start position").format(
                name=exercise_name(exercise)
            )
        )
