"""Small building blocks shared by the pages."""

from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.checkins import NRS_MAX, NRS_MIN
from coach.ui.widgets.theme import rescale

CLEAR_ACTION = "_q_qlineeditclearaction"  # the object name Qt gives a line edit's clear action


def heading(text: str, parent: QWidget | None = None, scale: float = 1.6) -> QLabel:
    """A page or section title, scaled from the user's font so it follows system text size (and
    the text size setting, when it changes)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    rescale(label, scale)
    label.setAccessibleName(text)
    return label


def announce(source: QWidget, text: str, urgent: bool = False) -> None:
    """Have a screen reader say `text` now, after what it is saying (or at once when `urgent`):
    for changes the user did not cause by a key, such as the player moving on to the next phase.
    The same text is always on screen as well; without a screen reader this does nothing."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # noqa: PLC0415

    event = QAccessibleAnnouncementEvent(source, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class StatusLine(QLabel):
    """A line that says how what the user just did turned out ("Saved: ..."). A screen reader
    hears each new text as it is set (a label's text is only read when the user goes to it), and
    the text is the line's accessible name."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        if text:
            announce(self, text)


def with_clear_button(edit: QLineEdit) -> None:
    """Give the field Qt's clear button, named for a screen reader (Qt leaves it unnamed, so it
    would be read as just "button")."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        name = QCoreApplication.translate("Widgets", "Clear the text")
        action.setText(name)
        action.setToolTip(name)


def show_checked(button: QAbstractButton) -> None:
    """Let a checked button say so in its text too (bold and underlined), not only by a shade of
    its background that some themes make hard to see."""

    def follow(on: bool) -> None:
        font = QFont(button.font())
        font.setBold(on)
        font.setUnderline(on)
        button.setFont(font)

    button.toggled.connect(follow)
    follow(button.isChecked())


def tab_order(*widgets: QWidget) -> None:
    """Make Tab go through `widgets` in this order (the order they are laid out in)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


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
