"""The clinician report's chart: pain per day with its 7-day mean, and minutes of exercise and heat
per day, drawn for paper.

An image printed at CHART_DPI whose fonts are set in points for that resolution, so its text prints
at the size set (never under 8 pt); light colours whatever the screen's theme; each legend on the
line above its chart, never over the data.
"""

import math
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

from coach.domain.progress import ProgressSeries
from coach.ui.text.translate import translate
from coach.ui.widgets.theme import light_palette

CHART_DPI = 300
TICK_PT = 8.5  # axis numbers, dates and legends
TITLE_PT = 9.0
PAIN_CHART_MM = 62.0
MINUTES_CHART_MM = 48.0
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


def chart_panels(width: float, style: ChartStyle) -> list[ChartPanel]:
    """The two charts' areas in an image `width` pixels wide: title and legend on a line above the
    data, axis numbers left of it, dates below."""
    line = style.metrics(style.title).height() * 1.4
    ticks = style.metrics(style.tick)
    left = ticks.horizontalAdvance("100") + pixels(2.5)
    below = ticks.height() + pixels(2.5)
    right = ticks.horizontalAdvance("30 Sep") / 2  # room for the last date's label
    panels = []
    top = 0.0
    for millimetres in (PAIN_CHART_MM, MINUTES_CHART_MM):
        height = pixels(millimetres)
        plot = QRectF(
            QPointF(left, top + line + ticks.height() / 2),
            QPointF(width - right, top + height - below),
        )
        panels.append(
            ChartPanel(
                QRectF(0, top, width / 2, line),
                QRectF(width / 2, top, width / 2 - right, line),
                plot,
            )
        )
        top += height + pixels(GAP_MM)
    return panels


def chart_image(series: ProgressSeries, first: date, last: date, width_mm: float) -> QImage | None:
    """The two charts for the days from `first` to `last`, `width_mm` wide on paper; None when
    there is nothing to draw."""
    if series.empty:
        return None
    style = chart_style()
    width = round(pixels(width_mm))
    panels = chart_panels(width, style)
    height = math.ceil(pixels(PAIN_CHART_MM + GAP_MM + MINUTES_CHART_MM))
    image = _paper(width, height)
    image.fill(style.palette.color(_ROLE.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        axis = DayAxis(first, last)
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
    """Where each legend entry (swatch and text) goes: right-aligned in the legend's line."""
    metrics = style.metrics(style.tick)
    swatch, gap = pixels(5.0), pixels(1.5)
    widths = [swatch + gap + metrics.horizontalAdvance(text) for text in texts]
    x = panel.legend.right() - sum(widths) - pixels(4.0) * (len(texts) - 1)
    areas = []
    for width in widths:
        areas.append(QRectF(x, panel.legend.top(), width, metrics.height()))
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
        _bar(painter, style, area, hatched=kind == "hatched")
    painter.restore()


def _bar(painter: QPainter, style: ChartStyle, area: QRectF, hatched: bool) -> None:
    """A solid bar in the accent colour (exercise), or an outlined, hatched one (heat): told apart
    in black and white too."""
    text = style.palette.color(_ROLE.Text)
    if not hatched:
        painter.fillRect(area, QColor(style.palette.color(_ROLE.Highlight)))
        return
    painter.save()
    painter.setClipRect(area)
    painter.setPen(QPen(text, pixels(0.12)))
    offset = -area.height()
    while offset < area.width():
        start = QPointF(area.left() + offset, area.bottom())
        painter.drawLine(start, QPointF(start.x() + area.height(), area.top()))
        offset += pixels(0.9)
    painter.restore()
    painter.setPen(QPen(text, pixels(0.15)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area)


def _draw_pain(
    painter: QPainter, panel: ChartPanel, style: ChartStyle, axis: DayAxis, series: ProgressSeries
) -> None:
    _draw_frame(
        painter,
        panel,
        style,
        axis,
        (translate("Report", "Pain (0 = no pain, 10 = worst imaginable)"), 10, 2),
    )
    _draw_legend(
        painter,
        panel,
        style,
        [("dot", translate("Report", "Daily rating")), ("line", translate("Report", "7-day mean"))],
    )
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
    title = (
        translate("Report", "Minutes per week")
        if days == 7
        else translate("Report", "Minutes per day")
    )
    _draw_frame(painter, panel, style, axis, (title, top, step))
    _draw_legend(
        painter,
        panel,
        style,
        [("bar", translate("Report", "Exercise")), ("hatched", translate("Report", "Heat"))],
    )
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
