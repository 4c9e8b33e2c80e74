"""Today's list of what was recorded, made when the first record of the day is shown: a day that
has none yet shows a sentence instead, and start-up does not pay for Qt's item views."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListView, QListWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QResizeEvent

# The list is as tall as its records, from MIN_ROWS to MAX_ROWS (then it scrolls), also when the
# page is taller than the window: the page scrolls then, rather than squeezing the list.
MIN_ROWS = 3
MAX_ROWS = 8


class RecordedList(QListWidget):
    """What was recorded today; the Delete key asks for the current row to be deleted. (Its own
    key handler rather than an event filter: a filter makes PySide build a Python type for every
    kind of event.)"""

    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A long record wraps onto a second line rather than hiding behind a sideways scroll bar.
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again at each new width
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: "QResizeEvent") -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the records wrap onto more or fewer lines at the new width

    def _row_height(self, row: int) -> int:
        """A record's height wrapped at the list's present width (the view's own row size hint
        is one line's, whatever the width)."""
        one_line = self.sizeHintForRow(row)
        metrics = self.fontMetrics()
        # The item's text box: the viewport less the item's margins (a character each side).
        width = max(1, self.viewport().width() - 2 * metrics.averageCharWidth())
        item = self.item(row)
        text = item.text() if item is not None else ""
        wrapped = metrics.boundingRect(
            QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap.value, text
        ).height()
        return max(one_line, one_line - metrics.lineSpacing() + wrapped)

    def _height_of(self, rows: int) -> int:
        """The height that shows `rows` records as wrapped now, or a line for each row there is
        not."""
        shown = [self._row_height(row) for row in range(min(rows, self.count()))]
        line = self.fontMetrics().lineSpacing() + 2 * self.spacing()
        return sum(shown) + line * (rows - len(shown)) + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        rows = max(MIN_ROWS, min(MAX_ROWS, self.count()))
        return QSize(super().minimumSizeHint().width(), self._height_of(rows))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def keyPressEvent(self, event: "QKeyEvent") -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
