"""The column of pages on the left of the main window: one large button per page, the page shown
checked (bold and underlined as well as shaded, so the choice does not rest on a shade alone).

Buttons rather than a list view: each page is a big, labelled target that a screen reader names
and "presses" like any button, and Up and Down move between them as in a list (they are
auto-exclusive). It also keeps Qt's item views out of start-up, where their Python types alone
cost more than the rest of the window's chrome. Push buttons, not tool buttons (which would line
an icon and a title up at the left by themselves): a checkable tool button is a "check box" to a
screen reader, a checkable push button a toggle button. coach.ui.shell.navigation_icons gives
them their icons, and lines each icon and title up at the left, once the window is up.
"""

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import show_checked

# Least width of the column; the room beside a title inside its button, in text heights: its
# icon with the space either side of it (coach.ui.shell.navigation_icons), and the button's own
# padding and frame (the widest in high contrast) with some air.
MIN_WIDTH = 170
ICON_SIZE_EM = 1.2  # a little larger than the title's text
ICON_MARGIN_EM = 0.35  # either side of the icon: from the button's edge, and to the title
TITLE_ROOM_EM = ICON_SIZE_EM + 2 * ICON_MARGIN_EM + 2
ROW_PADDING_PX = 16  # a row is the text's height plus this: an easy target at any text size
_MARGIN = tokens.SPACE_SMALL  # around the buttons


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
        layout.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
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
        """As wide as the longest title in bold (the page shown's) with room for its icon and some
        space, at the current text size (Qt asks again whenever the font changes)."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            (
                metrics.horizontalAdvance(button.text().replace("&", ""))
                for button in self.buttons()
            ),
            default=0,
        )
        width = max(MIN_WIDTH, widest + round(TITLE_ROOM_EM * metrics.height()))
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())
