"""Small building blocks shared by the pages."""

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.checkins import NRS_MAX, NRS_MIN
from coach.ui.widgets import tokens
from coach.ui.widgets.theme import rescale

CLEAR_ACTION = "_q_qlineeditclearaction"  # the object name Qt gives a line edit's clear action


def heading(text: str, parent: QWidget | None = None, scale: float = tokens.TITLE) -> QLabel:
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


class Paragraph(QLabel):
    """A word-wrapped label that lays its text out once per width. Qt's QLabel lays the whole
    text out again at every height-for-width question, and a page's layout asks the same few
    widths over and over while a window opens: for Today's safety note that was a tenth of
    start-up. The answer is kept per width for the text and font it was computed with."""

    _MAX_WIDTHS = 8  # a window being resized asks many widths: keep only the latest

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}
        self._heights_for: tuple[str, str] = ("", "")

    def heightForWidth(self, width: int) -> int:
        measured_for = (self.text(), self.font().key())
        if measured_for != self._heights_for or len(self._heights) >= self._MAX_WIDTHS:
            self._heights = {}
            self._heights_for = measured_for
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """Running text that wraps to the width it is given."""
    return Paragraph(text, parent)


def push_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A push button saying `text`, made from its parent and then given its text: PySide reads
    QPushButton(text, parent) as possibly QPushButton(icon, text, parent), and to tell the two
    apart it builds its QIcon type with all its enums, 2 ms of start-up (so does QAction(text,
    parent): give an action its text after it is made, too)."""
    button = QPushButton(parent)
    button.setText(text)
    return button


class LargeButton(QPushButton):
    """The one button a page is about (start the routine, done): taller and wider than the others
    at any text size, so it is the easy target."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # with its text after: see push_button
        self.setText(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        line = self.fontMetrics().height()
        return QSize(hint.width() + 2 * line, max(hint.height(), round(2.2 * line)))


class Card(QFrame):
    """A titled panel. A plain framed panel rather than a QGroupBox: Fusion paints group boxes by
    stretching a pixmap, which starts raster worker threads on the first paint."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.title = heading(title, self, scale=tokens.SECTION)
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
