"""The Progress page: pain over time (daily values and the 7-day mean), minutes of exercise and
heat per day, weekly adherence to the plan, the streak, and whether pain has changed in a way
that matters. pyqtgraph and numpy load with this module, which loads when the page first opens.

Nothing relies on colour alone: daily pain is dots and the mean a line; heat bars are hatched
and exercise bars solid; each chart has a legend, and hovering says the values of the day.
"""

import logging
import re
from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from time import strftime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPaintEngine,
    QPainter,
    QPalette,
    QPen,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.days import UNIX_EPOCH_ORDINAL
from coach.domain.progress import ChangeSize, PainChange, ProgressSeries, build_progress
from coach.domain.schedule import TimedRule
from coach.services.context import ServiceContext
from coach.services.history import HistoryService
from coach.ui.lifecycle.i18n import localized
from coach.ui.widgets.blocks import announce, heading, paragraph, show_checked

log = logging.getLogger(__name__)

RANGES_DAYS = {"2w": 14, "3m": 91, "1y": 365, "all": None}
DAY_SECONDS = 86400
BAR_WIDTH = DAY_SECONDS * 0.8
WEEK_BAR_WIDTH = DAY_SECONDS * 5


def _noon(day: date, zone: tzinfo) -> float:
    """A day as the x value of its bar or dot: local noon, in epoch seconds."""
    return datetime.combine(day, time(12), zone).timestamp()


def _noons(days: list[date], zone: tzinfo) -> "np.ndarray":
    """`_noon` for many days at once. The UTC offset of today is used for all of them: an hour
    either way across a daylight-saving change does not move a day-wide bar visibly."""
    offset = datetime.now(zone).utcoffset()
    shift = 0.0 if offset is None else offset.total_seconds()
    ordinals = np.fromiter(map(date.toordinal, days), dtype=float, count=len(days))
    return (ordinals - UNIX_EPOCH_ORDINAL) * DAY_SECONDS + DAY_SECONDS / 2 - shift


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
        self._clock = context.clock
        # A callable gives the plan in force at each refresh (Settings may change it).
        self._rule = routine_rule if callable(routine_rule) else (lambda: routine_rule)
        self._zone = zone
        self.series: ProgressSeries | None = None
        self._shown_once = False
        layout = QVBoxLayout(self)
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
            button.clicked.connect(lambda _=False, k=key: self.show_range(k))
            self.range_buttons.addButton(button)
            title_row.addWidget(button)
        self.save_image_button = QPushButton(self.tr("Save as &image…"), self)
        self.save_image_button.setObjectName("saveChartsImage")
        self.save_image_button.clicked.connect(self._ask_where_to_save)
        title_row.addWidget(self.save_image_button)
        layout.addLayout(title_row)

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
        self.show_range("3m")

    # ---- building --------------------------------------------------------------------------------
    def _build_empty_state(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("progressEmpty")
        column = QVBoxLayout(box)
        column.addWidget(
            paragraph(
                self.tr(
                    "Nothing to show yet. Rate your pain on Today (it takes five seconds), do a "
                    "routine or a heat session, and your progress appears here from the first day."
                ),
                box,
            )
        )
        go = QPushButton(self.tr("Go to &Today"), box)
        go.setObjectName("progressGoToday")
        go.clicked.connect(self.open_today)
        row = QHBoxLayout()
        row.addWidget(go)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _axes(self) -> dict[str, pg.AxisItem]:
        return {"bottom": LocalDateAxis(orientation="bottom"), "left": LocalNumberAxis("left")}

    def _add_plot(self, row: int) -> pg.PlotItem:
        plot = self.charts.addPlot(row=row, col=0, viewBox=ChartView(), axisItems=self._axes())
        for side in ("top", "right"):  # hidden: see `_without_unit_prefix`
            _without_unit_prefix(plot.getAxis(side))
        return plot

    def _build_plots(self) -> None:
        self.pain_plot = self._add_plot(0)
        self.pain_plot.setTitle(self.tr("Pain (0 = no pain, 10 = worst imaginable)"))
        self.pain_plot.setYRange(0, 10, padding=0.05)
        self.pain_plot.setMouseEnabled(x=True, y=False)
        self.pain_legend = self.pain_plot.addLegend(offset=(-10, 5))
        self.pain_dots = pg.ScatterPlotItem(symbol="o", size=7, name=self.tr("Daily rating"))
        self.pain_line = pg.PlotDataItem(name=self.tr("7-day mean"))
        self.pain_plot.addItem(self.pain_dots)
        self.pain_plot.addItem(self.pain_line)

        self.minutes_plot = self._add_plot(1)
        self.minutes_plot.setTitle(self.tr("Minutes per day"))
        self.minutes_plot.setXLink(self.pain_plot)
        self.minutes_plot.setMouseEnabled(x=True, y=False)
        self.minutes_legend = self.minutes_plot.addLegend(offset=(-10, 5))
        self.exercise_bars = pg.BarGraphItem(
            x=[], height=[], width=BAR_WIDTH, name=self.tr("Exercise")
        )
        self.heat_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, name=self.tr("Heat"))
        self.minutes_plot.addItem(self.exercise_bars)
        self.minutes_plot.addItem(self.heat_bars)

        self.adherence_plot = self._add_plot(2)
        self.adherence_plot.setTitle(self.tr("Routines done of those planned, per week (%)"))
        self.adherence_plot.setXLink(self.pain_plot)
        self.adherence_plot.setYRange(0, 100, padding=0.05)
        self.adherence_plot.setMouseEnabled(x=True, y=False)
        self.adherence_bars = pg.BarGraphItem(x=[], height=[], width=WEEK_BAR_WIDTH)
        self.adherence_plot.addItem(self.adherence_bars)
        self.charts.scene().sigMouseMoved.connect(self._hovered)
        self._apply_colours()
        self._apply_fonts()

    def _apply_colours(self) -> None:
        """Follow the light or dark palette (pyqtgraph draws with its own colours otherwise)."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        self.charts.setBackground(background)
        for plot in (self.pain_plot, self.minutes_plot, self.adherence_plot):
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(text)
                plot.getAxis(side).setTextPen(text)
            plot.titleLabel.setText(plot.titleLabel.text, color=text)
            plot.showGrid(x=False, y=True, alpha=0.2)
        for legend in (self.pain_legend, self.minutes_legend):
            legend.setLabelTextColor(text)
        self.pain_dots.setBrush(pg.mkBrush(text))
        self.pain_dots.setPen(pg.mkPen(text))
        self.pain_line.setPen(pg.mkPen(accent, width=3))
        self.exercise_bars.setOpts(brush=pg.mkBrush(accent), pen=pg.mkPen(accent))
        hatched = QBrush(QColor(text), Qt.BrushStyle.BDiagPattern)
        self.heat_bars.setOpts(brush=hatched, pen=pg.mkPen(text))
        self.adherence_bars.setOpts(brush=pg.mkBrush(accent), pen=pg.mkPen(accent))

    def _apply_fonts(self) -> None:
        """Axis numbers, titles and legends in the application's text size (pyqtgraph draws with
        its own fixed size otherwise), and charts tall enough for that text."""
        font = QFont(self.font())
        points = f"{font.pointSizeF():.1f}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"
        for plot in (self.pain_plot, self.minutes_plot, self.adherence_plot):
            for side in ("left", "bottom"):
                plot.getAxis(side).setTickFont(font)
            plot.getAxis("bottom").setHeight(QFontMetrics(font).height() + 12)  # the dates
            plot.titleLabel.setText(plot.titleLabel.text, size=points)
        for legend in (self.pain_legend, self.minutes_legend):
            legend.setLabelTextSize(points)
        # Three charts, each with room for a title, a few ticks and the dates.
        self.charts.setMinimumHeight(3 * 9 * QFontMetrics(font).height())

    # ---- data ------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Read everything from the store again and redraw."""
        today = self._clock.now().astimezone(self._zone).date()
        records = self._history.progress_records()
        self.series = build_progress(
            records.ratings,
            records.exercise,
            records.heat,
            self._rule(),
            today,
            self._zone,
        )
        series = self.series
        self.empty.setVisible(series.empty)
        self.charts.setVisible(not series.empty)
        zone = self._zone
        pain_x = _noons(series.pain_days, zone)
        self.pain_dots.setData(x=pain_x, y=np.array(series.pain, dtype=float))
        self.pain_line.setData(x=pain_x, y=np.array(series.pain_rolling, dtype=float))
        minute_x = _noons(series.minute_days, zone)
        exercise = np.array(series.exercise_minutes, dtype=float)
        heat = np.array(series.heat_minutes, dtype=float)
        self.exercise_bars.setOpts(x=minute_x, height=exercise, y0=0)
        self.heat_bars.setOpts(x=minute_x, height=heat, y0=exercise)
        weeks = [w for w in series.weeks if w.percent is not None]
        week_x = _noons([w.week_start for w in weeks], zone) + 3 * DAY_SECONDS
        percent = np.array([w.percent for w in weeks], dtype=float)
        self.adherence_bars.setOpts(x=week_x, height=percent)
        self.summary.setText(self._summary_text(series))
        self.charts.setAccessibleDescription(self._charts_description(series))

    def _charts_description(self, series: ProgressSeries) -> str:
        """The three charts in words, for a screen reader: what a sighted user reads off them."""
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
    def show_range(self, key: str) -> None:
        """Show the last 2 weeks, 3 months, 1 year, or all of it."""
        for button in self.range_buttons.buttons():
            button.setChecked(button.objectName() == f"range_{key}")
        self.current_range = key
        now = self._clock.now().timestamp()
        days = RANGES_DAYS[key]
        series = self.series
        if days is None and series is not None and not series.empty:
            first = min([*series.pain_days[:1], *series.minute_days[:1]])
            start = _noon(first, self._zone) - DAY_SECONDS
        else:
            start = now - (days or 14) * DAY_SECONDS
        self.pain_plot.setXRange(start, now + DAY_SECONDS / 2, padding=0)

    @Slot(QPointF)
    def _hovered(self, position: QPointF) -> None:
        series = self.series
        if series is None:
            return
        for plot in (self.pain_plot, self.minutes_plot, self.adherence_plot):
            if plot.sceneBoundingRect().contains(position):
                x = plot.vb.mapSceneToView(position).x()
                break
        else:
            return
        try:
            day = datetime.fromtimestamp(x, self._zone).date()
        except (OverflowError, OSError, ValueError):
            return  # scrolled far outside the dates a calendar can name
        self.hover.setText(self._day_text(series, day))

    def _day_text(self, series: ProgressSeries, day: date) -> str:
        shown = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )
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


class ChartView(pg.ViewBox):  # type: ignore[misc]  # pyqtgraph has no type hints
    """pyqtgraph's view box with its context menu (zoom, axes, mouse mode) made when first
    opened, not with the chart: nearly fifty widgets a chart, which few people ever open."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self._menu_wanted = True

    def menuEnabled(self) -> bool:
        return self._menu_wanted

    def setMenuEnabled(self, enableMenu: bool = True) -> None:  # noqa: N803  # pyqtgraph's name
        self._menu_wanted = enableMenu
        if not enableMenu:
            super().setMenuEnabled(False)

    def getMenu(self, ev: object) -> QMenu | None:
        if self.menu is None and self._menu_wanted:
            super().setMenuEnabled(True)  # makes it, with the list of views to link to
        menu: QMenu | None = self.menu
        return menu

    def getContextMenus(self, event: object) -> list[QAction]:
        self.getMenu(event)
        actions: list[QAction] = super().getContextMenus(event)
        return actions


LABEL_ROOM_PIXELS = 36  # the least room between two date labels on an axis


def _without_unit_prefix(axis: pg.AxisItem) -> None:
    """No SI prefix ("k", "m") for an axis without a label, where it is always none anyway:
    pyqtgraph would otherwise rewrite the hidden label's HTML at each change of range (some
    ninety times while the page opens). Its date axis has none already."""
    axis.enableAutoSIPrefix(False)


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """pyqtgraph's date axis with the month and weekday names in Coach's language. pyqtgraph
    writes them with strftime, in the language of the process's locale (the desktop's, or
    English), whatever language Coach shows: each name strftime writes is swapped for QLocale's.
    A finer label too close to a coarser one is left out (its tick stays)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        names: dict[str, str] = {}
        for month in range(1, 13):
            written = strftime("%b", (2001, month, 1, 0, 0, 0, 0, 1, -1))
            names[written] = locale.monthName(month, short)
        for day in range(7):  # 1 January 2001 was a Monday
            written = strftime("%a", (2001, 1, 1 + day, 0, 0, 0, day, 1 + day, -1))
            names[written] = locale.dayName(day + 1, short)
        self._names = {written: own for written, own in names.items() if written}
        longest_first = sorted(self._names, key=len, reverse=True)
        self._word = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(name) for name in longest_first) + r")(?!\w)"
        )
        self._unlabelled: set[float] = set()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [
            "" if value in self._unlabelled else self._word.sub(self._own_name, text)
            for value, text in zip(values, super().tickStrings(values, scale, spacing), strict=True)
        ]

    def _own_name(self, match: re.Match[str]) -> str:
        return self._names[match[1]]

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        """pyqtgraph's ticks; the finer ones that would print over a coarser label get no label
        (a day two days before the 1st of a month ran into the month's name)."""
        levels: list[tuple[float, list[float]]] = super().tickValues(low, high, size)
        self._unlabelled = set()
        if len(levels) < 2 or high <= low or size <= 0:
            return levels
        room = LABEL_ROOM_PIXELS * (high - low) / size  # in seconds
        labelled = list(levels[0][1])
        for _spacing, values in levels[1:]:
            clear = [v for v in values if all(abs(v - c) >= room for c in labelled)]
            self._unlabelled.update(set(values) - set(clear))
            labelled += clear
        return levels


GridLine = tuple[QPen, float, float, float]  # a horizontal line: pen, from x, to x, at y


class LocalNumberAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """pyqtgraph's value axis with the user's decimal point ("0,5" in German).

    Its grid lines are painted as one-pixel rectangles: Qt's raster engine blends a translucent
    line pixel by pixel (0.1 to 0.2 ms for each of the fifty-odd lines of a chart, at every
    repaint), a rectangle a row at a time. The rectangles cover the very pixels the lines did."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        _without_unit_prefix(self)
        self._grid_lines: list[GridLine] = []

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        point = QLocale().decimalPoint()
        return [text.replace(".", point) for text in super().tickStrings(values, scale, spacing)]

    def drawPicture(
        self,
        p: QPainter,
        axis: tuple[QPen, QPointF, QPointF],
        ticks: list[tuple[QPen, QPointF, QPointF]],
        texts: list[tuple[QRectF, int, str]],
    ) -> None:
        """pyqtgraph's picture without the grid lines, which `paint` fills after it. pyqtgraph
        draws them before the labels: so only while no label reaches them."""
        grid: list[GridLine] = []
        others: list[tuple[QPen, QPointF, QPointF]] = []
        for pen, a, b in ticks:
            if _fillable_line(pen, a, b):
                grid.append((pen, a.x(), b.x(), a.y()))
            else:
                others.append((pen, a, b))
        start = min((min(x1, x2) for _pen, x1, x2, _y in grid), default=0.0)
        if any(rect.right() >= start - 1 for rect, _flags, _text in texts):
            grid, others = [], ticks
        self._grid_lines = grid
        super().drawPicture(p, axis, others, texts)

    def paint(self, p: QPainter, opt: object, widget: object) -> None:
        p.save()  # playing the picture leaves its clip, which the grid lines were drawn before
        super().paint(p, opt, widget)
        p.restore()
        if self._grid_lines:
            _fill_lines(p, self._grid_lines)


def _fillable_line(pen: QPen, a: QPointF, b: QPointF) -> bool:
    """A translucent, solid, one-pixel horizontal line: the slow kind a rectangle can replace."""
    return (
        a.y() == b.y()
        and a.x() != b.x()
        and pen.isCosmetic()
        and pen.widthF() in (0.0, 1.0)
        and pen.style() == Qt.PenStyle.SolidLine
        and pen.capStyle() != Qt.PenCapStyle.FlatCap
        and pen.brush().style() == Qt.BrushStyle.SolidPattern
        and pen.color().alpha() < 255
    )


def _line_pixel(device: float) -> int:
    """The pixel Qt's cosmetic line stroker puts a device coordinate in: 26.6 fixed point,
    truncated, then its whole part."""
    return int(device * 64) >> 6


def _fill_lines(p: QPainter, lines: list[GridLine]) -> None:
    """Horizontal cosmetic lines (square caps, no antialiasing, as pyqtgraph's axes draw them)
    as rectangles of device pixels: from the pixel of one end to the pixel of the other, both
    included, on the row of the line's pixel. Drawn as lines where a rectangle could not match
    them: another paint engine, a rotated or sheared view."""
    engine = p.paintEngine()
    to_device = p.deviceTransform()
    exact = (
        engine is not None
        and engine.type() == QPaintEngine.Type.Raster
        and to_device.type().value <= QTransform.TransformationType.TxScale.value
    )
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    if exact:
        rects = []
        ends: tuple[float, float] | None = None
        for pen, x1, x2, y in lines:
            one = to_device.map(QPointF(x1, y))
            if ends != (x1, x2):  # the grid lines of an axis share their ends
                ends, other = (x1, x2), to_device.map(QPointF(x2, y)).x()
                left = _line_pixel(min(one.x(), other))
                width = _line_pixel(max(one.x(), other)) - left + 1
            rects.append((QRectF(left, _line_pixel(one.y()), width, 1), pen.color()))
        p.setTransform(QTransform())
        pixels, _invertible = p.deviceTransform().inverted()
        p.setTransform(pixels)  # from here on, one unit is one device pixel
        for rect, colour in rects:
            p.fillRect(rect, colour)
    else:
        for pen, x1, x2, y in lines:
            p.setPen(pen)
            p.drawLine(QPointF(x1, y), QPointF(x2, y))
    p.restore()
