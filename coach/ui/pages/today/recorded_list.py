"""Today's list of what was recorded, made when the first record of the day is shown: a day that
has none yet shows a sentence instead, and start-up does not pay for Qt's item views."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class RecordedList(QListWidget):
    """What was recorded today; the Delete key asks for the current row to be deleted. (Its own
    key handler rather than an event filter: a filter makes PySide build a Python type for every
    kind of event.)"""

    delete_pressed = Signal()

    def keyPressEvent(self, event: "QKeyEvent") -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
