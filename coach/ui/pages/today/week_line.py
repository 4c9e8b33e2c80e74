"""Today's look at the week, under Next up: pain over the last seven days as a row of bars, today
on the right, and the streak in the Progress page's words.

The bars are text (block characters, one per day, a dot for a day without a check-in): they take
the theme's text colour and the user's text size like any word, and need no painting. The line is
filled just after the window's first paint (MainWindow), because the streak needs the progress
rules and every routine ever done: nothing the first picture of Today has to wait for.
"""

from collections.abc import Iterable

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from coach.services.history import WeekGlance
from coach.ui.widgets import tokens
from coach.ui.widgets.theme import rescale

BAR_LEVELS = "▁▂▃▄▅▆▇█"  # pain 0 to 10 in eight heights
NO_CHECKIN = "·"
BAR_GAP = "\u2009"  # a thin space between the days: touching bars would read as one block
BARS_SCALE = tokens.DISPLAY  # twice the words' size, so that an eighth of a bar shows


def pain_bars(pains: Iterable[float | None]) -> str:
    """One bar per day for pain 0-10 (0 the lowest bar, 10 the highest), NO_CHECKIN for a day
    without a rating."""
    top = len(BAR_LEVELS) - 1
    return BAR_GAP.join(
        NO_CHECKIN if pain is None else BAR_LEVELS[min(top, max(0, round(pain * top / 10)))]
        for pain in pains
    )


class WeekLine(QWidget):
    """ "Pain this week ▂▃▅▃▂·▁" and the streak; hidden until there is either to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayWeek")
        self.caption = QLabel(self.tr("Pain this week:"), self)
        self.bars = QLabel("", self)
        self.bars.setObjectName("weekBars")
        # In the theme's link colour (its contrast with the page is tested like any text's).
        self.bars.setForegroundRole(QPalette.ColorRole.Link)
        rescale(self.bars, BARS_SCALE)
        self.caption.setBuddy(self.bars)
        self.streak = QLabel("", self)
        self.streak.setObjectName("weekStreak")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.bars)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.streak)
        layout.addStretch(1)
        self.hide()

    def show_week(self, glance: WeekGlance) -> None:
        """The week from `glance`: the bars once there is a check-in in it, the streak once it
        is a day or more."""
        pains = [pain for _day, pain in glance.days]
        rated = any(pain is not None for pain in pains)
        self.caption.setVisible(rated)
        self.bars.setVisible(rated)
        self.bars.setText(pain_bars(pains))
        spoken = self.tr("Pain on the last seven days, today last: {days}").format(
            days=", ".join(self._day_words(day.isoweekday(), pain) for day, pain in glance.days)
        )
        self.bars.setAccessibleName(spoken)
        self.bars.setToolTip(spoken)
        self.streak.setText(
            self.tr("%n day(s) in a row with your routines done", "", glance.streak)
            if glance.streak
            else ""
        )
        self.streak.setVisible(glance.streak > 0)
        self.setVisible(rated or glance.streak > 0)

    def _day_words(self, weekday: int, pain: float | None) -> str:
        """ "Monday 3.5", or "Monday: no check-in", in the user's language and number format."""
        locale = QLocale()
        name = locale.dayName(weekday, QLocale.FormatType.LongFormat)
        if pain is None:
            return self.tr("{day}: no check-in").format(day=name)
        shown = locale.toString(float(round(pain, 1)), "f", 0 if pain == round(pain) else 1)
        return self.tr("{day} {pain}").format(day=name, pain=shown)
