"""Small building blocks shared by the pages."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSpinBox, QVBoxLayout, QWidget

from coach.domain.checkins import NRS_MAX, NRS_MIN


def heading(text: str, parent: QWidget | None = None, scale: float = 1.6) -> QLabel:
    """A page or section title, scaled from the user's font so it follows system text size."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class Card(QFrame):
    """A titled panel. A plain framed panel rather than a QGroupBox: Fusion paints group boxes by
    stretching a pixmap, which starts raster worker threads on the first paint."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.title = heading(title, self, scale=1.1)
        self.body.addWidget(self.title)


class OptionalRating(QSpinBox):
    """A 0-10 rating that may stay empty: "not rated" (the value below 0) until set."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(NRS_MIN - 1, NRS_MAX)
        self.setSpecialValueText(self.tr("not rated"))
        self.setValue(NRS_MIN - 1)
        self.setAccessibleName(description)
        self.setToolTip(description)

    def rating(self) -> int | None:
        return None if self.value() < NRS_MIN else self.value()

    def set_rating(self, value: int | None) -> None:
        self.setValue(NRS_MIN - 1 if value is None else value)
