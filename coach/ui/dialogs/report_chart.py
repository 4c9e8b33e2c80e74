"""The clinician report's charts, drawn for paper: pain per day with its 7-day mean, and minutes of
exercise and heat per day (`chart_image`); the reminders shown each week and what was done with
them (`reminder_chart_image`).

Images printed at CHART_DPI whose fonts are set in points for that resolution, so their text
prints at the size set (9 pt, as the report's tables; titles 10 pt, as its text); light colours
whatever the screen's theme, and series told apart in black and white too (solid, hatched,
cross-hatched, outlined); each legend on the title's line above its chart (on a line of its own
below the title when both do not fit), never over the data.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from coach.domain.progress import ProgressSeries, WeekResponses
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.palettes import light_palette

CHART_DPI = 300
TICK_PT = tokens.PRINT_TABLE_PT  # axis numbers, dates and legends: as the report's tables
TITLE_PT = tokens.PRINT_BODY_PT  # as the report's text
PAIN_CHART_MM = 62.0
MINUTES_CHART_MM = 48.0
REMINDER_CHART_MM = 48.0
GAP_MM = 4.0  # between the two charts
WEEKLY_AFTER_DAYS = 62  # longer periods show minutes per week
_ROLE = QPalette.ColorRole


def pixels(millimetres: float) -> float:
    """Millimetres on paper as pixels of the chart image."""
    return millimetres / 25.4 * CHART_DPI


def report_font(points: float, bold: bool = False) -> QFont:
    """The application's typeface at a fixed size: the report does not follow the screen's text
    size setting."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _paper(width: int = 1, height: int = 1) -> QImage:
    """An image at CHART_DPI (a 1-pixel one measures text as it will be drawn)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(CHART_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


@dataclass(frozen=True)
class ChartStyle:
    tick: QFont
    title: QFont
    palette: QPalette
    device: QImage  # what text is measured on: the chart's resolution

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    @property
    def fonts(self) -> tuple[QFont, ...]:
        return (self.tick, self.title)


def chart_style() -> ChartStyle:
    """Every font the chart draws with, in points as printed."""
    return ChartStyle(
        report_font(TICK_PT), report_font(TITLE_PT, bold=True), light_palette(), _paper()
    )


@dataclass(frozen=True)
class ChartPanel:
    """One chart's areas in image pixels: the data inside `plot`, title and legend above it."""

    title: QRectF
    legend: QRectF
    plot: QRectF


def legend_width(style: ChartStyle, texts: Sequence[str]) -> float:
    """The width of a legend's entries (swatch, gap, text) and the gaps between them."""
    metrics = style.metrics(style.tick)
    swatch, gap, between = pixels(5.0), pixels(1.5), pixels(4.0)
    return sum(swatch + gap + metrics.horizontalAdvance(t) for t in texts) + between * max(
        0, len(texts) - 1
    )


def chart_panel(
    top: float,
    millimetres: float,
    width: float,
    style: ChartStyle,
    title: str,
    legend: Sequence[str],
) -> ChartPanel:
    """One chart's areas, from `top`, `millimetres` high in an image `width` pixels wide: title and
    legend on a line above the data (the legend on a line of its own below the title when both do
    not fit), axis numbers left of it, dates below."""
    line = style.metrics(style.title).height() * 1.4
    ticks = style.metrics(style.tick)
    left = ticks.horizontalAdvance("100") + pixels(2.5)
    below = ticks.height() + pixels(2.5)
    right = ticks.horizontalAdvance("30 Sep") / 2  # room for the last date's label
    usable = width - right
    legend_wide = legend_width(style, legend)
    title_wide = style.metrics(style.title).horizontalAdvance(title)
    beside = title_wide + pixels(6.0)  # where a legend on the title's line may begin
    if beside + legend_wide <= usable:
        title_area = QRectF(0, top, title_wide, line)
        legend_area = QRectF(beside, top, usable - beside, line)
        lines = 1
    else:
        title_area = QRectF(0, top, usable, line)
        legend_area = QRectF(0, top + line, usable, line)
        lines = 2
    plot = QRectF(
        QPointF(left, top + lines * line + ticks.height() / 2),
        QPointF(usable, top + pixels(millimetres) - below),
    )
    return ChartPanel(title_area, legend_area, plot)


def pain_title() -> str:
    return translate("Report", "Pain (0 = no pain, 10 = worst imaginable)")


def pain_legend() -> list[tuple[str, str]]:
    return [
        ("dot", translate("Report", "Daily rating")),
        ("line", translate("Report", "7-day mean")),
    ]


def minutes_title(weekly: bool) -> str:
    return (
        translate("Report", "Minutes per week")
        if weekly
        else translate("Report", "Minutes per day")
    )


def minutes_legend() -> list[tuple[str, str]]:
    return [("bar", translate("Report", "Exercise")), ("hatched", translate("Report", "Heat"))]


def chart_panels(width: float, style: ChartStyle, weekly: bool = False) -> list[ChartPanel]:
    """The two charts' areas in an image `width` pixels wide (`weekly`: minutes per week)."""
    pain = chart_panel(
        0.0, PAIN_CHART_MM, width, style, pain_title(), [t for _k, t in pain_legend()]
    )
    minutes = chart_panel(
        pixels(PAIN_CHART_MM + GAP_MM),
        MINUTES_CHART_MM,
        width,
        style,
        minutes_title(weekly),
        [t for _k, t in minutes_legend()],
    )
    return [pain, minutes]


def chart_image(series: ProgressSeries, first: date, last: date, width_mm: float) -> QImage | None:
    """The two charts for the days from `first` to `last`, `width_mm` wide on paper; None when
    there is nothing to draw."""
    if series.empty:
        return None
    style = chart_style()
    width = round(pixels(width_mm))
    axis = DayAxis(first, last)
    panels = chart_panels(width, style, weekly=axis.days > WEEKLY_AFTER_DAYS)
    height = math.ceil(pixels(PAIN_CHART_MM + GAP_MM + MINUTES_CHART_MM))
    image = _paper(width, height)
    image.fill(style.palette.color(_ROLE.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _draw_pain(painter, panels[0], style, axis, series)
        _draw_minutes(painter, panels[1], style, axis, series)
    finally:
        painter.end()
    return image


@dataclass(frozen=True)
class DayAxis:
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def x(self, plot: QRectF, day: date) -> float:
        """The middle of the day's slot."""
        return plot.left() + ((day - self.first).days + 0.5) * plot.width() / self.days

    def labelled(self, slot: float, label: float, month_label: float) -> tuple[list[date], bool]:
        """The days to date, as many as fit `label` pixels apart with slots `slot` wide: every
        day, every other day, each Monday or every other Monday; else the first days of months
        (`month_label` apart), and True."""
        days = [self.first + timedelta(days=n) for n in range(self.days)]
        mondays = [d for d in days if d.weekday() == 0]
        for every, chosen in ((1, days), (2, days[::2]), (7, mondays), (14, mondays[::2])):
            if every * slot >= label:
                return chosen, False
        months = [d for d in days if d.day == 1]
        return months[:: max(1, math.ceil(month_label / (30 * slot)))] or days[:1], True


def _date_text(day: date, month: bool = False) -> str:
    """A date under the chart: "18 May", or "Jul 2025" for the first of a month on a long one."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM yyyy" if month else "d MMM")


def _draw_frame(
    painter: QPainter,
    panel: ChartPanel,
    style: ChartStyle,
    axis: DayAxis,
    scale: tuple[str, float, float],
) -> None:
    """Title, horizontal grid with its numbers from 0 to the top of `scale` (title, top, step),
    and the dates below."""
    title, top, step = scale
    palette = style.palette
    painter.setFont(style.title)
    painter.setPen(palette.color(_ROLE.Text))
    painter.drawText(panel.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
    plot = panel.plot
    painter.setFont(style.tick)
    height = style.metrics(style.tick).height()
    for index in range(round(top / step) + 1):
        value = index * step
        y = plot.bottom() - value / top * plot.height()
        painter.setPen(QPen(palette.color(_ROLE.Mid), pixels(0.15)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(palette.color(_ROLE.Text))
        label = QRectF(0, y - height / 2, plot.left() - pixels(1.5), height)
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:.0f}"
        )
    painter.setPen(QPen(palette.color(_ROLE.Text), pixels(0.2)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    metrics = style.metrics(style.tick)
    widest, widest_month = (
        max(metrics.horizontalAdvance(_date_text(date(2026, m, 28), month)) for m in range(1, 13))
        for month in (False, True)
    )
    chosen, months = axis.labelled(plot.width() / axis.days, widest * 1.3, widest_month * 1.3)
    for day in chosen:
        x = axis.x(plot, day)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + pixels(0.8)))
        area = QRectF(x - widest_month, plot.bottom() + pixels(1.2), 2 * widest_month, height)
        painter.drawText(
            area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, _date_text(day, months)
        )


def legend_entries(panel: ChartPanel, style: ChartStyle, texts: list[str]) -> list[QRectF]:
    """Where each legend entry (swatch and text) goes: right-aligned in the legend's area."""
    metrics = style.metrics(style.tick)
    swatch, gap = pixels(5.0), pixels(1.5)
    widths = [swatch + gap + metrics.horizontalAdvance(text) for text in texts]
    x = panel.legend.right() - sum(widths) - pixels(4.0) * (len(texts) - 1)
    areas = []
    for width in widths:
        areas.append(
            QRectF(x, panel.legend.center().y() - metrics.height() / 2, width, metrics.height())
        )
        x += width + pixels(4.0)
    return areas


def _draw_legend(
    painter: QPainter, panel: ChartPanel, style: ChartStyle, entries: list[tuple[str, str]]
) -> None:
    """Entries (kind "dot", "line", "bar" or "hatched", text) above the data."""
    swatch, gap = pixels(5.0), pixels(1.5)
    painter.setFont(style.tick)
    areas = legend_entries(panel, style, [text for _kind, text in entries])
    for (kind, text), area in zip(entries, areas, strict=True):
        middle = area.center().y()
        _draw_swatch(
            painter, style, kind, QRectF(area.left(), middle - swatch / 4, swatch, swatch / 2)
        )
        painter.setPen(style.palette.color(_ROLE.Text))
        label = QRectF(
            area.left() + swatch + gap, area.top(), area.width() - swatch - gap, area.height()
        )
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _draw_swatch(painter: QPainter, style: ChartStyle, kind: str, area: QRectF) -> None:
    painter.save()
    if kind == "dot":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.palette.color(_ROLE.Text))
        painter.drawEllipse(area.center(), pixels(0.8), pixels(0.8))
    elif kind == "line":
        painter.setPen(QPen(style.palette.color(_ROLE.Highlight), pixels(0.6)))
        middle = area.center().y()
        painter.drawLine(QPointF(area.left(), middle), QPointF(area.right(), middle))
    else:
        _fill(painter, style, area, kind)
    painter.restore()


def _bar(painter: QPainter, style: ChartStyle, area: QRectF, hatched: bool) -> None:
    """A solid bar in the accent colour (exercise), or an outlined, hatched one (heat): told apart
    in black and white too."""
    _fill(painter, style, area, "hatched" if hatched else "bar")


def _fill(painter: QPainter, style: ChartStyle, area: QRectF, kind: str) -> None:
    """A bar of one kind: "bar" solid in the accent colour; "hatched", "crossed" (hatched both
    ways) and "outline" (empty) outlined in the text colour."""
    text = style.palette.color(_ROLE.Text)
    if kind == "bar":
        painter.fillRect(area, QColor(style.palette.color(_ROLE.Highlight)))
        return
    painter.save()
    painter.setClipRect(area)
    painter.setPen(QPen(text, pixels(0.12)))
    if kind in ("hatched", "crossed"):
        offset = -area.height()
        while offset < area.width():
            start = QPointF(area.left() + offset, area.bottom())
            painter.drawLine(start, QPointF(start.x() + area.height(), area.top()))
            if kind == "crossed":
                mirrored = QPointF(area.left() + offset, area.top())
                painter.drawLine(mirrored, QPointF(mirrored.x() + area.height(), area.bottom()))
            offset += pixels(0.9) if kind == "hatched" else pixels(1.2)
    painter.restore()
    painter.save()
    painter.setPen(QPen(text, pixels(0.15)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area)
    painter.restore()


def _draw_pain(
    painter: QPainter, panel: ChartPanel, style: ChartStyle, axis: DayAxis, series: ProgressSeries
) -> None:
    _draw_frame(
        painter,
        panel,
        style,
        axis,
        (pain_title(), 10, 2),
    )
    _draw_legend(painter, panel, style, pain_legend())
    plot = panel.plot

    def point(day: date, value: float) -> QPointF:
        return QPointF(axis.x(plot, day), plot.bottom() - value / 10 * plot.height())

    days = [
        (day, pain, rolling)
        for day, pain, rolling in zip(
            series.pain_days, series.pain, series.pain_rolling, strict=True
        )
        if axis.first <= day <= axis.last
    ]
    path = QPainterPath()
    for index, (day, _pain, rolling) in enumerate(days):
        if index:
            path.lineTo(point(day, rolling))
        else:
            path.moveTo(point(day, rolling))
    painter.setPen(QPen(style.palette.color(_ROLE.Highlight), pixels(0.6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.palette.color(_ROLE.Text))
    for day, pain, _rolling in days:
        painter.drawEllipse(point(day, pain), pixels(0.8), pixels(0.8))


def minute_bars(
    series: ProgressSeries, axis: DayAxis
) -> tuple[int, dict[date, tuple[float, float]]]:
    """Minutes of exercise and heat per bar: per day, or per week (keyed by its Monday) when the
    period is longer than WEEKLY_AFTER_DAYS and daily bars would be too thin to read."""
    days = 7 if axis.days > WEEKLY_AFTER_DAYS else 1
    bars: dict[date, tuple[float, float]] = {}
    for day, exercise, heat in zip(
        series.minute_days, series.exercise_minutes, series.heat_minutes, strict=True
    ):
        if axis.first <= day <= axis.last:
            key = day - timedelta(days=day.weekday()) if days == 7 else day
            before = bars.get(key, (0.0, 0.0))
            bars[key] = (before[0] + exercise, before[1] + heat)
    return days, bars


def _draw_minutes(
    painter: QPainter, panel: ChartPanel, style: ChartStyle, axis: DayAxis, series: ProgressSeries
) -> None:
    days, bars = minute_bars(series, axis)
    most = max([1.0, *(m for pair in bars.values() for m in pair)])
    step = nice_step(most / 4)
    top = step * math.ceil(most / step)
    _draw_frame(painter, panel, style, axis, (minutes_title(days == 7), top, step))
    _draw_legend(painter, panel, style, minutes_legend())
    plot = panel.plot
    slot = plot.width() / axis.days
    bar = max(slot * days * 0.38, 1.0)
    painter.save()
    painter.setClipRect(plot.adjusted(0, -1, 0, 0))  # a week begun before the period
    for start, (exercise, heat) in bars.items():
        x = axis.x(plot, start) - slot / 2 + slot * days / 2
        for left, minutes, hatched in ((x - bar, exercise, False), (x, heat, True)):
            if minutes > 0:
                height = minutes / top * plot.height()
                _bar(painter, style, QRectF(left, plot.bottom() - height, bar, height), hatched)
    painter.restore()


def nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, at least `rough` and at least 1 (whole minutes)."""
    power = 10 ** math.floor(math.log10(max(rough, 1.0)))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= rough))


def reminder_panel(width: float, style: ChartStyle) -> ChartPanel:
    """The reminder chart's areas in an image `width` pixels wide."""
    return chart_panel(
        0.0,
        REMINDER_CHART_MM,
        width,
        style,
        reminders_title(),
        [t for _k, t in reminders_legend()],
    )


def reminders_title() -> str:
    return translate("Report", "Reminders shown per week")


def reminders_legend() -> list[tuple[str, str]]:
    return [
        ("bar", translate("Report", "Started")),
        ("hatched", translate("Report", "Snoozed")),
        ("crossed", translate("Report", "Skipped")),
        ("outline", translate("Report", "No answer")),
    ]


def reminder_chart_image(
    weeks: Sequence[WeekResponses], first: date, last: date, width_mm: float
) -> QImage | None:
    """The reminders shown in each week of the days from `first` to `last` (each bar the
    reminders shown; its parts from the bottom: started, snoozed, skipped, no answer),
    `width_mm` wide on paper; None when no reminder was shown or answered in the period."""
    shown = [w for w in weeks if first - timedelta(days=6) <= w.week_start <= last and w.total]
    if not shown:
        return None
    style = chart_style()
    width = round(pixels(width_mm))
    panel = reminder_panel(width, style)
    image = _paper(width, math.ceil(pixels(REMINDER_CHART_MM)))
    image.fill(style.palette.color(_ROLE.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _draw_reminders(painter, panel, style, DayAxis(first, last), shown)
    finally:
        painter.end()
    return image


def _draw_reminders(
    painter: QPainter,
    panel: ChartPanel,
    style: ChartStyle,
    axis: DayAxis,
    weeks: Sequence[WeekResponses],
) -> None:
    most = max(float(w.total) for w in weeks)
    step = nice_step(most / 5)  # five lines or so: counts are read off them
    top = step * math.ceil(most / step)
    _draw_frame(painter, panel, style, axis, (reminders_title(), top, step))
    _draw_legend(painter, panel, style, reminders_legend())
    plot = panel.plot
    slot = plot.width() / axis.days
    gap = min(slot * 0.5, pixels(0.8))
    for week in weeks:
        begin = max(week.week_start, axis.first)
        end = min(week.week_start + timedelta(days=6), axis.last)
        left = axis.x(plot, begin) - slot / 2 + gap
        right = axis.x(plot, end) + slot / 2 - gap
        base = 0.0
        for kind, count in (
            ("bar", week.started),
            ("hatched", week.snoozed),
            ("crossed", week.skipped),
            ("outline", week.total - week.started - week.snoozed - week.skipped),
        ):
            if count <= 0:
                continue
            bottom = plot.bottom() - base / top * plot.height()
            height = count / top * plot.height()
            _fill(painter, style, QRectF(left, bottom - height, right - left, height), kind)
            base += count
