"""The Progress page: pain over time (daily values and the 7-day mean), minutes of exercise and
heat per day, weekly adherence to the plan and what was done with the reminders each week, the
streak, and whether pain has changed in a way that matters. pyqtgraph and numpy load with this
module, which loads when the page first opens.

Nothing relies on colour alone: daily pain is dots and the mean a line; heat bars are hatched
and exercise bars solid; reminders started are solid, snoozed hatched, skipped cross-hatched and
unanswered outlined. Each chart's title and legend sit on a line above its data (a legend mark
inside the data reads as a value), and hovering says the values of the day or the week. A chart
with nothing to show says what will appear there instead of showing empty axes.
"""

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.days import UNIX_EPOCH_ORDINAL
from coach.domain.progress import (
    ChangeSize,
    PainChange,
    ProgressSeries,
    WeekResponses,
    build_progress,
)
from coach.domain.schedule import TimedRule
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.history import HistoryService
from coach.services.progress import ProgressService
from coach.ui.lifecycle.i18n import localized
from coach.ui.pages.progress_charts import (
    LABEL_ROOM_PIXELS,
    ChartHeader,
    ChartMessage,
    ChartView,
    HiddenAxis,
    LocalDateAxis,
    LocalNumberAxis,
    series_brush,
)
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import announce, heading, paragraph, show_checked

log = logging.getLogger(__name__)

# The axes are the page's too (they were defined here before the chart parts had a module).
__all__ = [
    "DAY_SECONDS",
    "LABEL_ROOM_PIXELS",
    "RANGES_DAYS",
    "LocalDateAxis",
    "LocalNumberAxis",
    "ProgressPage",
    "day_text",
    "fitting_range",
    "user_locale",
    "week_gap",
]

RANGES_DAYS = {"2w": 14, "3m": 91, "1y": 365, "all": None}
DAY_SECONDS = 86400
WEEK_SECONDS = 7 * DAY_SECONDS
BAR_WIDTH = DAY_SECONDS * 0.8
OUTLINED_DAY_PIXELS = 5.0  # heat bars are outlined while a day is at least this wide on screen
TODAY_GAP = DAY_SECONDS * 0.1  # between this week's bar, cut at the end of today, and the edge
ALL_UP_TO_DAYS = 365  # records spanning more than this open on the last year, not on all of them


def fitting_range(first: date | None, today: date) -> str:
    """The range the page opens on until the user picks one: the one that fits the records.

    Two weeks while they span two weeks at most (one day would otherwise fill the width); then
    "All", which starts on the first day, so that three weeks fill the width rather than a
    fifth of three months; once they span more than a year, the last year (a decade of daily
    dots is a smear; all of it is one click away)."""
    if first is None:
        return "2w"
    span = (today - first).days + 1
    if span <= RANGES_DAYS["2w"]:  # type: ignore[operator]  # a number for "2w"
        return "2w"
    return "all" if span <= ALL_UP_TO_DAYS else "1y"


def user_locale() -> QLocale:
    """The locale of Coach's language (`coach.ui.lifecycle.i18n.install` makes it the default).
    Where the desktop sets none (LANG=C), Qt's "C" locale writes a short date as "5 12 2026":
    English is Coach's language then, so its dates are written the English way."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def day_text(day: date) -> str:
    """A day as the hover line names it: the short weekday and the short date of the user's
    language ("Fri 6/5/26", "Fr. 05.06.26")."""
    locale = user_locale()
    short = QLocale.FormatType.ShortFormat
    written = locale.toString(QDate(day.year, day.month, day.day), short)
    return f"{locale.dayName(day.isoweekday(), short)} {written}"


def _noon(day: date, zone: tzinfo) -> float:
    """A day as the x value of its bar or dot: local noon, in epoch seconds."""
    return datetime.combine(day, time(12), zone).timestamp()


def _noons(days: Sequence[date], zone: tzinfo) -> "np.ndarray":
    """`_noon` for many days at once. The UTC offset of today is used for all of them: an hour
    either way across a daylight-saving change does not move a day-wide bar visibly."""
    offset = datetime.now(zone).utcoffset()
    shift = 0.0 if offset is None else offset.total_seconds()
    ordinals = np.fromiter(map(date.toordinal, days), dtype=float, count=len(days))
    return (ordinals - UNIX_EPOCH_ORDINAL) * DAY_SECONDS + DAY_SECONDS / 2 - shift


def _week_bars(
    starts: "np.ndarray", end_of_today: float, gap: float
) -> tuple["np.ndarray", "np.ndarray"]:
    """Left edges and widths of the weeks' bars, from the weeks' starts (Monday midnights):
    `gap` seconds in from each end; this week's ends with today, so that it never reaches past
    the chart's right edge."""
    left = starts + gap
    right = np.minimum(starts + WEEK_SECONDS - gap, end_of_today - max(gap, TODAY_GAP))
    return left, np.maximum(right - left, 0.0)


def week_gap(seconds_per_pixel: float) -> float:
    """The room on each side of a week's bar, in seconds: a sixth of a week's width, at most
    4 pixels; none once that is under a pixel and a half (a year in half the window), where a
    gap of one pixel or two, rounded either way, would stripe the bars unevenly."""
    week = WEEK_SECONDS / seconds_per_pixel if seconds_per_pixel > 0 else 0.0
    pixels = min(week / 12, 4.0)
    if pixels < 1.5:
        return 0.0
    # In whole minutes: scrolling keeps the scale, up to the last bits of a float.
    return round(pixels * seconds_per_pixel / 60) * 60.0


class ProgressPage(QWidget):
    open_today = Signal()

    def __init__(
        self,
        context: ServiceContext,
        routine_rule: TimedRule | Callable[[], TimedRule],
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressPage")
        self._history = HistoryService(context)
        self._progress = ProgressService(context)
        self._clock = context.clock
        # A callable gives the plan in force at each refresh (Settings may change it).
        self._rule = routine_rule if callable(routine_rule) else (lambda: routine_rule)
        self._zone = zone
        self.series: ProgressSeries | None = None
        self.reminder_weeks: list[WeekResponses] = []
        self._shown_once = False
        chosen = self._progress.chosen_range()
        self.chosen_range = chosen if chosen in RANGES_DAYS else None  # None: the fitting one
        self.current_range = ""
        self._range_today: date | None = None
        self._extents: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._empty_texts: dict[str, str] = {}
        self._adherence_starts = self._response_starts = np.zeros(0)
        self._adherence_percent = np.zeros(0)
        self._end_of_today = 0.0
        self._gap = -1.0  # the room beside the weekly bars now, in seconds (-1: not placed)
        self._outlined = True  # heat bars outlined: while a day is wide enough on screen
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_title_row())
        self.summary = paragraph("", self)
        self.summary.setObjectName("progressSummary")
        layout.addWidget(self.summary)
        self.empty = self._build_empty_state()
        layout.addWidget(self.empty)

        self.charts = pg.GraphicsLayoutWidget(self)
        self.charts.setObjectName("progressCharts")
        self.charts.setAccessibleName(self.tr("Progress charts"))
        layout.addWidget(self.charts, 1)
        self.hover = QLabel(self)
        self.hover.setObjectName("progressHover")
        self.hover.setAccessibleName(self.tr("Values of the day under the pointer"))
        layout.addWidget(self.hover)
        self._build_plots()
        self.refresh()

    # ---- building --------------------------------------------------------------------------------
    def _build_title_row(self) -> QHBoxLayout:
        """The page's title, the range buttons and Save as image."""
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Progress"), self), 1)
        self.range_buttons = QButtonGroup(self)
        for key, label in (
            ("2w", self.tr("&2 weeks")),
            ("3m", self.tr("3 &months")),
            ("1y", self.tr("1 &year")),
            ("all", self.tr("&All")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"range_{key}")
            button.setCheckable(True)
            show_checked(button)
            button.clicked.connect(lambda _=False, k=key: self.choose_range(k))
            self.range_buttons.addButton(button)
            title_row.addWidget(button)
        self.save_image_button = QPushButton(self.tr("Save as &image…"), self)
        self.save_image_button.setObjectName("saveChartsImage")
        self.save_image_button.clicked.connect(self._ask_where_to_save)
        title_row.addWidget(self.save_image_button)
        return title_row

    def _build_empty_state(self) -> QWidget:
        """What the page shows before anything is recorded: what will appear, and when."""
        box = QWidget(self)
        box.setObjectName("progressEmpty")
        column = QVBoxLayout(box)
        column.addWidget(heading(self.tr("Your progress will appear here"), box, scale=tokens.LEAD))
        self.empty_lines = [
            paragraph(text, box)
            for text in (
                self.tr(
                    "Your pain ratings, after your first check-in on Today (it takes five seconds)."
                ),
                self.tr(
                    "Your minutes of exercise and heat, after your first routine or heat session."
                ),
                self.tr("What you do with your reminders, once the first one is shown."),
            )
        ]
        for line in self.empty_lines:
            line.setText("• " + line.text())
            column.addWidget(line)
        go = QPushButton(self.tr("Go to &Today"), box)
        go.setObjectName("progressGoToday")
        go.clicked.connect(self.open_today)
        row = QHBoxLayout()
        row.addWidget(go)
        row.addStretch(1)
        column.addSpacing(go.sizeHint().height() // 2)
        column.addLayout(row)
        column.addStretch(1)
        return box

    def _axes(self) -> dict[str, pg.AxisItem]:
        return {
            "bottom": LocalDateAxis(orientation="bottom"),
            "left": LocalNumberAxis("left"),
            "top": HiddenAxis("top"),
            "right": HiddenAxis("right"),
        }

    def _add_chart(self, row: int, col: int, span: int, header: ChartHeader) -> pg.PlotItem:
        """A chart: its header (title and legend) on a row of its own, the plot below it. Both
        go into the charts' grid at once, laid out once when shown (pyqtgraph's `addItem` lays
        the grid out again at each item)."""
        grid = self.charts.ci.layout
        grid.addItem(header, row, col, 1, span)
        plot = pg.PlotItem(viewBox=ChartView(), axisItems=self._axes())
        plot.hideAxis("top")
        plot.hideAxis("right")
        grid.addItem(plot, row + 1, col, 1, span)
        plot.hideButtons()  # pyqtgraph's "A" (auto-range) button: the range buttons do that
        plot.setMouseEnabled(x=True, y=False)
        plot.header = header
        plot.message = ChartMessage(plot.vb)
        return plot

    def _build_plots(self) -> None:
        self.pain_header = ChartHeader(
            self.tr("Pain (0 = no pain, 10 = worst imaginable)"),
            [("dot", self.tr("Daily rating")), ("line", self.tr("7-day mean"))],
        )
        self.pain_plot = self._add_chart(0, 0, 2, self.pain_header)
        self.pain_plot.setYRange(0, 10, padding=0.05)
        self.pain_dots = pg.PlotDataItem(pen=None, symbol="o", symbolSize=7)
        self.pain_line = pg.PlotDataItem()
        self.pain_plot.addItem(self.pain_dots)
        self.pain_plot.addItem(self.pain_line)
        for item in (self.pain_dots, self.pain_line):
            # Only the days shown are handed on to be drawn: a year of a decade's dots (after
            # the item is added: pyqtgraph #1854).
            item.setClipToView(True)

        self.minutes_header = ChartHeader(
            self.tr("Minutes per day"),
            [("bar", self.tr("Exercise")), ("hatched", self.tr("Heat"))],
        )
        self.minutes_plot = self._add_chart(2, 0, 2, self.minutes_header)
        self.minutes_plot.setXLink(self.pain_plot)
        self.exercise_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.heat_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.minutes_plot.addItem(self.exercise_bars)
        self.minutes_plot.addItem(self.heat_bars)

        # The two weekly charts side by side: both count weeks, and four charts stacked would
        # each be too low to read in the window's first size.
        self.adherence_header = ChartHeader(self.tr("Routines done of those planned, per week (%)"))
        self.adherence_plot = self._add_chart(4, 0, 1, self.adherence_header)
        self.adherence_plot.setYRange(0, 100, padding=0.05)
        self.adherence_bars = pg.BarGraphItem(x0=[], height=[], width=[])
        self.adherence_plot.addItem(self.adherence_bars)

        self.reminders_header = ChartHeader(
            self.tr("Reminders shown per week"),
            [
                ("bar", self.tr("Started")),
                ("hatched", self.tr("Snoozed")),
                ("crossed", self.tr("Skipped")),
                ("outline", self.tr("No answer")),
            ],
        )
        self.reminders_plot = self._add_chart(4, 1, 1, self.reminders_header)
        self.response_bars = {
            kind: pg.BarGraphItem(x0=[], height=[], width=[])
            for kind in ("bar", "hatched", "crossed", "outline")
        }
        for bars in self.response_bars.values():
            self.reminders_plot.addItem(bars)
        grid = self.charts.ci.layout
        for row, stretch in ((1, 5), (3, 4), (5, 4)):
            grid.setRowStretchFactor(row, stretch)
        # pyqtgraph links charts of different widths pixel for pixel (the same day at the same
        # place on screen): the weekly charts, half as wide, follow the dates shown instead.
        self._following = False
        for plot in (self.pain_plot, self.adherence_plot, self.reminders_plot):
            plot.vb.sigXRangeChanged.connect(self._follow_dates)
        self.adherence_plot.vb.sigResized.connect(self._place_week_bars)
        self.charts.scene().sigMouseMoved.connect(self._hovered)
        self._apply_colours()
        self._apply_fonts()

    @property
    def plots(self) -> tuple[pg.PlotItem, ...]:
        return (self.pain_plot, self.minutes_plot, self.adherence_plot, self.reminders_plot)

    def _apply_colours(self) -> None:
        """Follow the light, dark or high-contrast palette (pyqtgraph draws with its own colours
        otherwise)."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        self.charts.setBackground(background)
        for plot in self.plots:
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(text)
                plot.getAxis(side).setTextPen(text)
            plot.header.set_style(self.font(), text, accent)
            plot.message.setDefaultTextColor(quiet)
        self._show_grids()
        self.pain_dots.setSymbolBrush(pg.mkBrush(text))
        self.pain_dots.setSymbolPen(pg.mkPen(text))
        self.pain_line.setPen(pg.mkPen(accent, width=3))
        self.exercise_bars.setOpts(brush=pg.mkBrush(accent), pen=pg.mkPen(accent))
        self.heat_bars.setOpts(
            brush=series_brush("hatched", text, accent),
            pen=pg.mkPen(text if self._outlined else None),
        )
        self.adherence_bars.setOpts(brush=pg.mkBrush(accent), pen=pg.mkPen(accent))
        for kind, bars in self.response_bars.items():
            pen = pg.mkPen(accent if kind == "bar" else text)
            bars.setOpts(brush=series_brush(kind, text, accent), pen=pen)

    def _apply_fonts(self) -> None:
        """Axis numbers, titles and legends in the application's text size (pyqtgraph draws with
        its own fixed size otherwise), and charts tall enough for that text."""
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        palette = self.palette()
        for plot in self.plots:
            for side in ("left", "bottom"):
                plot.getAxis(side).setTickFont(font)
            plot.getAxis("bottom").setHeight(round(metrics.height()) + 12)  # the dates
            # One width for every value axis, so that the charts' dates line up.
            plot.getAxis("left").setWidth(round(metrics.horizontalAdvance("1000")) + 12)
            plot.header.set_style(
                font,
                palette.color(QPalette.ColorRole.Text),
                palette.color(QPalette.ColorRole.Highlight),
            )
            plot.message.setFont(font)
            plot.message.place()
        # Three rows of charts, each with room for a title, a few ticks and the dates.
        self.charts.setMinimumHeight(round(3 * 10 * metrics.height()))

    # ---- data ------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Read everything from the store again and redraw."""
        today = self._today()
        records = self._history.progress_records()
        rule = self._rule()
        self.series = build_progress(
            records.ratings, records.exercise, records.heat, rule, today, self._zone
        )
        self.reminder_weeks = self._progress.reminder_weeks(self._zone)
        series = self.series
        nothing = series.empty and not self.reminder_weeks
        self.empty.setVisible(nothing)
        self.charts.setVisible(not nothing)
        self.save_image_button.setEnabled(not nothing)  # nothing drawn: nothing to save
        for button in self.range_buttons.buttons():
            button.setEnabled(not nothing)
        zone = self._zone
        pain_x = _noons(series.pain_days, zone)
        minute_x = _noons(series.minute_days, zone)
        weeks = [w for w in series.weeks if w.percent is not None]
        self._adherence_starts = _noons([w.week_start for w in weeks], zone) - DAY_SECONDS / 2
        self._adherence_percent = np.array([w.percent for w in weeks], dtype=float)
        responses = self.reminder_weeks
        self._response_starts = _noons([w.week_start for w in responses], zone) - DAY_SECONDS / 2
        self._end_of_today = float(_noons([today], zone)[0]) + DAY_SECONDS / 2
        half = BAR_WIDTH / 2
        self._extents = {
            "pain": (pain_x, pain_x),
            "minutes": (minute_x - half, minute_x + half),
            "adherence": _edges(*_week_bars(self._adherence_starts, self._end_of_today, 0.0)),
            "reminders": _edges(*_week_bars(self._response_starts, self._end_of_today, 0.0)),
        }
        self._empty_texts = self._empty_chart_texts(series, rule, responses)
        self._gap = -1.0
        # The dates first, then the data: the pain chart hands on only the days shown.
        self._follow_range(today)
        self.pain_dots.setData(x=pain_x, y=np.array(series.pain, dtype=float))
        self.pain_line.setData(x=pain_x, y=np.array(series.pain_rolling, dtype=float))
        exercise = np.array(series.exercise_minutes, dtype=float)
        heat = np.array(series.heat_minutes, dtype=float)
        self.exercise_bars.setOpts(x=minute_x, height=exercise, y0=0)
        self.heat_bars.setOpts(x=minute_x, height=heat, y0=exercise)
        self._place_week_bars()
        self._update_messages()
        self.summary.setText(self._summary_text(series))
        self.charts.setAccessibleDescription(self._charts_description(series))

    @Slot()
    def _place_week_bars(self, *_resized: object) -> None:
        """The weekly charts' bars, with the room between them that suits the width a week has
        on screen now (set again when that changes: zooming, resizing, another range).

        Each reminder bar is the reminders shown that week; its parts, from the bottom: started,
        snoozed, skipped, no answer."""
        view = self.adherence_plot.vb
        low, high = view.viewRange()[0]
        pixels = view.width()
        gap = week_gap((high - low) / pixels if pixels > 0 and high > low else 0.0)
        day = self.pain_plot.vb.width() * DAY_SECONDS / (high - low) if high > low else 0.0
        outlined = day >= OUTLINED_DAY_PIXELS
        if outlined != self._outlined:
            # A year of days, each a few pixels wide: outlines would stripe the chart black.
            self._outlined = outlined
            text = self.palette().color(QPalette.ColorRole.Text)
            self.heat_bars.setOpts(pen=pg.mkPen(text if outlined else None))
        if gap == self._gap:
            return
        self._gap = gap
        left, width = _week_bars(self._adherence_starts, self._end_of_today, gap)
        self.adherence_bars.setOpts(x0=left, width=width, height=self._adherence_percent)
        weeks = self.reminder_weeks
        left, width = _week_bars(self._response_starts, self._end_of_today, gap)
        parts = {
            "bar": [w.started for w in weeks],
            "hatched": [w.snoozed for w in weeks],
            "crossed": [w.skipped for w in weeks],
            "outline": [w.total - w.started - w.snoozed - w.skipped for w in weeks],
        }
        base = np.zeros(len(weeks))
        for kind, counts in parts.items():
            height = np.array(counts, dtype=float)
            self.response_bars[kind].setOpts(x0=left, width=width, y0=base, height=height)
            base = base + height

    def _today(self) -> date:
        return self._clock.now().astimezone(self._zone).date()

    def _empty_chart_texts(
        self, series: ProgressSeries, rule: TimedRule, responses: list[WeekResponses]
    ) -> dict[str, str]:
        """For each chart with nothing to draw at all, what will appear there and when."""
        texts: dict[str, str] = {}
        if not series.pain_days:
            texts["pain"] = self.tr("Your pain ratings will appear here after your first check-in.")
        if not series.minute_days:
            texts["minutes"] = self.tr(
                "Your minutes of exercise and heat will appear here after your first routine or "
                "heat session."
            )
        if not any(w.percent is not None for w in series.weeks):
            if rule.enabled:
                texts["adherence"] = self.tr(
                    "How many of the planned routines you did will appear here each week, from "
                    "the first day a routine is planned."
                )
            else:
                texts["adherence"] = self.tr(
                    "The routine reminder is off, so no routines are planned: turn it on in "
                    "Settings to see here how many of them you do each week."
                )
        if not responses:
            texts["reminders"] = self.tr(
                "What you do with your reminders (start, snooze or skip) will appear here once "
                "the first one is shown."
            )
        return texts

    def _follow_dates(self, view: pg.ViewBox, dates: tuple[float, float]) -> None:
        """Every chart shows the dates that one was scrolled or zoomed to."""
        if self._following:
            return
        self._following = True
        try:
            for plot in (self.pain_plot, self.adherence_plot, self.reminders_plot):
                if plot.vb is not view:
                    plot.setXRange(*dates, padding=0)
        finally:
            self._following = False
        self._place_week_bars()
        self._update_messages()

    @Slot()
    def _update_messages(self) -> None:
        """Each chart with nothing in the dates shown says so, and what will appear there,
        instead of showing empty axes (no values, no grid)."""
        low, high = self.pain_plot.vb.viewRange()[0]
        names = ("pain", "minutes", "adherence", "reminders")
        for name, plot in zip(names, self.plots, strict=True):
            text = self._empty_texts.get(name, "")
            if not text and not _any_within(*self._extents.get(name, _NONE), low, high):
                text = self.tr("Nothing in these dates: drag the chart or choose a longer range.")
            if text != plot.message.toPlainText() or plot.message.isVisible() != bool(text):
                plot.message.say(text)
                axis = plot.getAxis("left")
                axis.setStyle(showValues=not text)
                if text:
                    axis.setTickPen(pg.mkPen(None))  # no ticks either
                else:
                    axis.setTickPen()  # the axis's own
                plot.header.show_legend(not text)  # no legend for nothing drawn
                self._show_grids()

    def _show_grids(self) -> None:
        for plot in self.plots:
            plot.showGrid(x=False, y=not plot.message.isVisible(), alpha=0.2)

    def _charts_description(self, series: ProgressSeries) -> str:
        """The four charts in words, for a screen reader: what a sighted user reads off them."""
        parts: list[str] = []
        if series.pain_days:
            start, now = series.pain_rolling[0], series.pain_rolling[-1]
            if round(start, 1) == round(now, 1):
                trend = self.tr("Pain trend: the 7-day mean stayed at {now:.1f}")
            elif now < start:
                trend = self.tr("Pain trend: the 7-day mean fell from {start:.1f} to {now:.1f}")
            else:
                trend = self.tr("Pain trend: the 7-day mean rose from {start:.1f} to {now:.1f}")
            days = (series.pain_days[-1] - series.pain_days[0]).days + 1
            parts.append(
                localized(trend, start=start, now=now)
                + " "
                + self.tr("over %n day(s);", "", days)
                + " "
                + localized(self.tr("the latest daily rating is {pain:.1f}."), pain=series.pain[-1])
            )
        else:
            parts.append(self.tr("Pain: no check-ins yet."))
        exercise_days = sum(1 for m in series.exercise_minutes if m > 0)
        heat_days = sum(1 for m in series.heat_minutes if m > 0)
        parts.append(
            self.tr("Minutes per day: exercise on %n day(s), ", "", exercise_days)
            + localized(self.tr("{minutes:.0f} min in all; "), minutes=sum(series.exercise_minutes))
            + self.tr("heat on %n day(s), ", "", heat_days)
            + localized(self.tr("{minutes:.0f} min in all."), minutes=sum(series.heat_minutes))
        )
        weeks = [w.percent for w in series.weeks if w.percent is not None]
        if weeks:
            parts.append(
                localized(
                    self.tr(
                        "Routines done of those planned: {last:.0f} % in the latest week, "
                        "{mean:.0f} % on average over %n week(s).",
                        "",
                        len(weeks),
                    ),
                    last=weeks[-1],
                    mean=sum(weeks) / len(weeks),
                )
            )
        responses = self.reminder_weeks
        if responses:
            latest = responses[-1]
            parts.append(
                self.tr("Reminders: %n shown in the latest week:", "", latest.shown)
                + " "
                + self._answers_text(latest)
                + "."
            )
        else:
            parts.append(self.tr("Reminders: none shown yet."))
        return " ".join(parts)

    def _verdict(self, change: PainChange) -> str:
        """IMM's size of the fall, called meaningful only by `is_meaningful_fall` (FAR, KOV):
        30 % of low pain may be a fraction of a point."""
        if change.size is ChangeSize.WORSE:
            return self.tr("it is higher than at the start.")
        if change.size is ChangeSize.NONE and not change.meaningful:
            return self.tr("about the same as at the start.")
        if not change.meaningful:
            return self.tr("a small improvement, not yet a meaningful one.")
        if change.size is ChangeSize.SUBSTANTIAL:
            return self.tr("a substantial, meaningful improvement.")
        return self.tr("a meaningful improvement.")

    def _summary_text(self, series: ProgressSeries) -> str:
        parts: list[str] = []
        change = series.change
        if change is None:
            if series.pain_days:
                parts.append(
                    self.tr("After two weeks of check-ins, Coach can say how your pain changes.")
                )
        else:
            percent = (
                "" if change.percent is None else localized(" ({p:+.0f} %)", p=-change.percent)
            )
            verdict = self._verdict(change)
            parts.append(
                localized(
                    self.tr(
                        "Pain from {start:.1f} in your first week to {now:.1f} in the last: "
                        "{points:+.1f} points{percent}, {verdict}"
                    ),
                    start=change.start,
                    now=change.now,
                    points=-change.points,
                    percent=percent,
                    verdict=verdict,
                )
                + " "
                + self.tr(
                    "(A fall of at least 2 points, or of at least 30 % and 1.5 points, is the "
                    "usual threshold that matters.)"
                )
            )
        if series.weeks:
            parts.append(
                self.tr("Streak: %n day(s) in a row with your routines done.", "", series.streak)
            )
        return " ".join(parts)

    # ---- saving ----------------------------------------------------------------------------------
    def save_image(self, path: str) -> bool:
        """The charts as they are on screen, as a PNG file; False when it cannot be written."""
        saved = bool(self.charts.grab().save(path, "PNG"))
        if not saved:
            log.error("could not save the charts to %s", path)
        return saved

    @Slot()
    def _ask_where_to_save(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        today = self._clock.now().astimezone(self._zone).date()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the charts as an image"),
            f"coach-progress-{today.isoformat()}.png",
            self.tr("PNG images (*.png)"),
        )
        if not path:
            return
        if self.save_image(path):
            told = self.tr("Saved the charts to {path}.").format(path=path)
        else:
            told = self.tr(
                "The charts could not be saved to {path}; choose another folder."
            ).format(path=path)
        self.hover.setText(told)
        announce(self.hover, told)

    # ---- range and hover -------------------------------------------------------------------------
    def choose_range(self, key: str) -> None:
        """The user picked a range: shown now, and the one the page opens on from now on."""
        self.chosen_range = key
        try:
            self._progress.choose_range(key)
        except ServiceError as error:
            log.warning("the range chosen is not remembered: %s", error)
        self.show_range(key)

    def _follow_range(self, today: date) -> None:
        """After reading the records: the range chosen, or the one that now fits them, shown
        again when it changed or a new day began (today stays at the right edge)."""
        key = self.chosen_range or fitting_range(self._first_day(), today)
        if key != self.current_range or today != self._range_today:
            self.show_range(key)

    def _first_day(self) -> date | None:
        series = self.series
        firsts = [w.week_start for w in self.reminder_weeks[:1]]
        if series is not None:
            firsts += [*series.pain_days[:1], *series.minute_days[:1]]
        return min(firsts, default=None)

    def show_range(self, key: str) -> None:
        """Show the last 2 weeks, 3 months, 1 year, or all of it: whole days, from midnight to
        the end of today, so that today's bar is inside the chart."""
        for button in self.range_buttons.buttons():
            button.setChecked(button.objectName() == f"range_{key}")
        self.current_range = key
        today = self._today()
        self._range_today = today
        end = float(_noons([today], self._zone)[0]) + DAY_SECONDS / 2
        days = RANGES_DAYS[key]
        first = self._first_day()
        if days is None and first is not None:
            start = float(_noons([first], self._zone)[0]) - DAY_SECONDS / 2
            start = min(start, end - 14 * DAY_SECONDS)  # a day or two still fill two weeks
        else:
            start = end - (days or 14) * DAY_SECONDS
        self.pain_plot.setXRange(start, end, padding=0)

    @Slot(QPointF)
    def _hovered(self, position: QPointF) -> None:
        series = self.series
        if series is None:
            return
        for plot in self.plots:
            if plot.sceneBoundingRect().contains(position):
                x = plot.vb.mapSceneToView(position).x()
                break
        else:
            return
        try:
            day = datetime.fromtimestamp(x, self._zone).date()
        except (OverflowError, OSError, ValueError):
            return  # scrolled far outside the dates a calendar can name
        if plot is self.adherence_plot:
            self.hover.setText(self._adherence_week_text(series, day))
        elif plot is self.reminders_plot:
            self.hover.setText(self._reminder_week_text(day))
        else:
            self.hover.setText(self._day_text(series, day))

    def _day_text(self, series: ProgressSeries, day: date) -> str:
        shown = day_text(day)
        values: list[str] = []
        if day in series.pain_days:
            index = series.pain_days.index(day)
            values.append(
                localized(
                    self.tr("pain {pain:.1f} (7-day mean {mean:.1f})"),
                    pain=series.pain[index],
                    mean=series.pain_rolling[index],
                )
            )
        if day in series.minute_days:
            index = series.minute_days.index(day)
            values.append(
                localized(
                    self.tr("{exercise:.0f} min exercise, {heat:.0f} min heat"),
                    exercise=series.exercise_minutes[index],
                    heat=series.heat_minutes[index],
                )
            )
        if not values:
            return self.tr("{day}: nothing recorded").format(day=shown)
        return self.tr("{day}: {values}").format(day=shown, values="; ".join(values))

    def _adherence_week_text(self, series: ProgressSeries, day: date) -> str:
        monday = day - timedelta(days=day.weekday())
        week = next((w for w in series.weeks if w.week_start == monday), None)
        if week is None or week.percent is None:
            return self.tr("Week of {day}: no routines planned").format(day=day_text(monday))
        return localized(
            self.tr("Week of {day}: {done} of {planned} planned routines done ({percent:.0f} %)"),
            day=day_text(monday),
            done=week.done,
            planned=week.planned,
            percent=week.percent,
        )

    def _reminder_week_text(self, day: date) -> str:
        monday = day - timedelta(days=day.weekday())
        week = next((w for w in self.reminder_weeks if w.week_start == monday), None)
        if week is None:
            return self.tr("Week of {day}: no reminders shown").format(day=day_text(monday))
        return (
            self.tr("Week of {day}:").format(day=day_text(monday))
            + " "
            + self.tr("%n reminder(s) shown", "", week.shown)
            + ": "
            + self._answers_text(week)
        )

    def _answers_text(self, week: WeekResponses) -> str:
        """What was done with a week's reminders, in words."""
        return self.tr(
            "{started} started, {snoozed} snoozed, {skipped} skipped, {unanswered} "
            "without an answer"
        ).format(
            started=week.started,
            snoozed=week.snoozed,
            skipped=week.skipped,
            unanswered=week.unanswered,
        )

    def showEvent(self, event: QShowEvent) -> None:
        # Read again when shown later (new check-ins, sessions); not when just built.
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()  # the theme changed while the page exists
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()  # the text size changed
        super().changeEvent(event)


_NONE = (np.zeros(0), np.zeros(0))


def _edges(left: "np.ndarray", width: "np.ndarray") -> tuple["np.ndarray", "np.ndarray"]:
    return left, left + width


def _any_within(lefts: "np.ndarray", rights: "np.ndarray", low: float, high: float) -> bool:
    """Whether any of the bars or dots (left and right edges, both in order) reaches into
    [low, high]."""
    index = int(np.searchsorted(rights, low))
    return index < len(lefts) and bool(lefts[index] <= high)
