"""The column of pages on the left of the main window: one large button per page, the page shown
checked (bold and underlined as well as shaded, so the choice does not rest on a shade alone).

Buttons rather than a list view: each page is a big, labelled target that a screen reader names
and "presses" like any button, and Up and Down move between them as in a list (they are
auto-exclusive). It also keeps Qt's item views out of start-up, where their Python types alone
cost more than the rest of the window's chrome.
"""

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import show_checked

# Least width of the column, and the room around a title inside its button (in text heights).
MIN_WIDTH = 170
TITLE_ROOM_EM = 3
ROW_PADDING_PX = 16  # a row is the text's height plus this: an easy target at any text size


class _PageButton(QPushButton):
    """One page's button: as tall as a comfortable row at the current text size."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)  # with its text after: see blocks.push_button
        self.setText(title)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), metrics.height() + ROW_PADDING_PX))


class NavigationBar(QWidget):
    """The pages' buttons, top to bottom; `current_changed` gives the row of the page chosen."""

    current_changed = Signal(int)

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QVBoxLayout(self)
        margin = tokens.SPACE_SMALL
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(tokens.SPACE_HAIR)
        for row, title in enumerate(titles):
            button = _PageButton(title, self)
            button.setObjectName(f"navigation{row}")
            button.setCheckable(True)
            button.setAutoExclusive(True)  # Up and Down move between the pages, as in a list
            button.setFlat(True)
            show_checked(button)
            self._group.addButton(button, row)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idToggled.connect(self._toggled)

    def buttons(self) -> list[QPushButton]:
        """The pages' buttons, top to bottom."""
        return [self.button(row) for row in range(len(self._group.buttons()))]

    def button(self, row: int) -> QPushButton:
        found = self._group.button(row)
        assert isinstance(found, QPushButton)
        return found

    def count(self) -> int:
        return len(self._group.buttons())

    def current_row(self) -> int:
        return self._group.checkedId()

    def set_current_row(self, row: int) -> None:
        """Show `row` as the page chosen (and announce it, as a click would). When the keyboard
        is on the column, it moves to the page chosen: the focus ring and the checked page never
        mark two different buttons."""
        chosen = self.button(row)
        keyboard_here = any(button.hasFocus() for button in self.buttons())
        chosen.setChecked(True)
        if keyboard_here:
            chosen.setFocus()

    @Slot(int, bool)
    def _toggled(self, row: int, checked: bool) -> None:
        if checked:
            self.current_changed.emit(row)

    def sizeHint(self) -> QSize:
        """As wide as the longest title with room around it, at the current text size (Qt asks
        again whenever the font changes)."""
        metrics = self.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(button.text().replace("&", ""))
                for button in self.buttons()
            ),
            default=0,
        )
        return QSize(
            max(MIN_WIDTH, widest + TITLE_ROOM_EM * metrics.height()), super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())
