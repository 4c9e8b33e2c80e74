"""The countdown ring: how much of the current phase is left, drawn large enough to read from
across the room."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN_PX = 8  # between the ring's outer edge and the widget's


def ring_geometry(width: int, height: int) -> tuple[QRectF, float]:
    """Where the ring's centre line runs in a widget of `width` x `height`, and how thick it is:
    the whole stroke, half of which lies outside the centre line, stays inside the widget with a
    margin, whatever its shape (a wide, short window must not cut the ring flat)."""
    outer = max(1.0, min(width, height) - 2 * MARGIN_PX)
    thickness = max(8.0, outer / 15)
    side = max(1.0, outer - thickness)
    return QRectF((width - side) / 2, (height - side) / 2, side, side), thickness


class CountdownRing(QWidget):
    """A large ring that empties as the current phase runs out, with the seconds left inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""

    def set_state(self, fraction: float, text: str, caption: str) -> None:
        self._fraction = min(max(fraction, 0.0), 1.0)
        if (text, caption) != (self._text, self._caption):
            self.setAccessibleName(f"{caption} {text}")
        self._text = text
        self._caption = caption
        self.update()

    @property
    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        rect, thickness = ring_geometry(self.width(), self.height())
        side = rect.width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = QPen(palette.color(QPalette.ColorRole.Mid), thickness)
        painter.setPen(track)
        painter.drawEllipse(rect)
        arc = QPen(palette.color(QPalette.ColorRole.Highlight), thickness)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        painter.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, side / 6.5))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        small = QFont(self.font())
        small.setPointSizeF(max(9.0, self.font().pointSizeF(), side / 18))  # text size at least
        painter.setFont(small)
        caption_rect = QRectF(rect.left(), rect.center().y() + side / 9, rect.width(), side / 5)
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()
