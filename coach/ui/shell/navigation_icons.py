"""An icon beside each page's name in the navigation column (coach.ui.widgets.action_icons): a
picture to find a page by, not only a word. Each icon and title are lined up at the left, so the
icons make a column of their own (a push button centres them, and they would zigzag).

Given once the main window is on screen: the icons need Qt's icon and SVG types, whose Python
types alone would cost start-up more than the column itself (see coach.ui.lifecycle.startup), and
the column's width already has room for them, so nothing moves when they appear. They are drawn
again for a new theme, text size or screen, once the change has reached the buttons.
"""

from PySide6.QtCore import QEvent, QObject, QTimer

from coach.ui.shell.navigation import Page
from coach.ui.shell.navigation_bar import ICON_MARGIN_EM, ICON_SIZE_EM, NavigationBar
from coach.ui.widgets.action_icons import ICONS_REDRAWN_ON, PAGE_ICONS, give_icon

# Each page's icon, by the file's name in resources/icons/pages (LICENSE.txt there).
PAGE_ICON_NAMES = {
    Page.TODAY: "today",
    Page.EXERCISES: "exercises",
    Page.ROUTINES: "routines",
    Page.TIMERS: "timers",
    Page.PROGRESS: "progress",
    Page.SETTINGS: "settings",
}

# The one property a push button takes only from a style sheet, given to the column's buttons in
# one sheet on the column; with it alone, the theme still draws the buttons (their shades and
# frames, and the high-contrast sheet's).
LINED_UP_AT_THE_LEFT = "QPushButton { text-align: left; }"


class NavigationIcons(QObject):
    """Keeps an icon on each of the column's buttons, in the order of `Page`."""

    def __init__(self, bar: NavigationBar) -> None:
        super().__init__(bar)
        self._bar = bar
        # A column hears of a new font or palette before its buttons have it: drawn once the
        # change has reached them, once for a burst of changes.
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.setInterval(0)
        self._stale.timeout.connect(self.draw)
        bar.installEventFilter(self)
        bar.setStyleSheet(LINED_UP_AT_THE_LEFT)
        self.draw()

    def draw(self) -> None:
        """Each button's icon for the present theme, text size and screen."""
        for row, page in enumerate(Page):
            give_icon(
                self._bar.button(row),
                PAGE_ICON_NAMES[page],
                PAGE_ICONS,
                size=ICON_SIZE_EM,
                margin=ICON_MARGIN_EM,
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() in ICONS_REDRAWN_ON:
            self._stale.start()
        return False
