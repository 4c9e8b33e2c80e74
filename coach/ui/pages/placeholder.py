"""A page whose feature is not built yet: it says plainly what it will hold."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coach.ui.widgets import heading, paragraph


class PlaceholderPage(QWidget):
    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        text = paragraph(promise, self)
        text.setObjectName("placeholderText")
        layout.addWidget(text)
        layout.addStretch(1)
