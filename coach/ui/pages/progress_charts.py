"""The Progress page's chart parts on top of pyqtgraph: a chart's title and legend above its data
(`ChartHeader`), what an empty chart says (`ChartMessage`), a view box whose context menu is made
when first opened (`ChartView`), and the axes: dates and numbers in the user's language, the hidden
top and right ones, and grid lines filled as rectangles. pyqtgraph loads with this module, which
loads with the page, when it is first opened.
"""

import re
from collections.abc import Sequence
from time import strftime

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPen,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsTextItem, QMenu, QSizePolicy

LEGEND_GAP_EM = 1.0  # between two legend entries, and between the title and the legend
TITLE_WRAP = (
    Qt.AlignmentFlag.AlignLeft.value
    | Qt.AlignmentFlag.AlignVCenter.value
    | Qt.TextFlag.TextWordWrap.value
)  # a title: on as many lines as it needs


class ChartHeader(pg.GraphicsWidget):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A chart's title, and its legend on the same line to the right (on a line of its own below
    the title when both do not fit): above the data, never on it.

    Legend entries are (kind, text); the kinds are drawn as the chart draws its series: "dot",
    "line", "bar" (solid accent), "hatched", "crossed" (cross-hatched) and "outline"."""

    def __init__(self, title: str, entries: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__()
        self.title = title
        self.entries = list(entries)
        self._font = QFont()
        self._title_font = QFont()
        self._text = QColor(Qt.GlobalColor.black)
        self._accent = QColor(Qt.GlobalColor.darkCyan)
        self._legend_shown = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def show_legend(self, shown: bool) -> None:
        self._legend_shown = shown
        self.update()

    def set_style(self, font: QFont, text: QColor, accent: QColor) -> None:
        self._font = QFont(font)
        self._title_font = QFont(font)
        self._title_font.setBold(True)
        self._text, self._accent = QColor(text), QColor(accent)
        self._fit()
        self.update()

    # ---- geometry --------------------------------------------------------------------------------
    def _line_height(self) -> float:
        return max(QFontMetricsF(self._title_font).height(), QFontMetricsF(self._font).height())

    def _swatch(self) -> QSizeF:
        height = QFontMetricsF(self._font).height()
        return QSizeF(1.6 * height, 0.7 * height)

    def _entry_widths(self) -> list[float]:
        metrics = QFontMetricsF(self._font)
        gap = 0.4 * metrics.height()
        return [
            self._swatch().width() + gap + metrics.horizontalAdvance(t) for _k, t in self.entries
        ]

    def _legend_width(self) -> float:
        widths = self._entry_widths()
        em = QFontMetricsF(self._font).height()
        return sum(widths) + LEGEND_GAP_EM * em * max(0, len(widths) - 1)

    def _arrange(self) -> tuple[float, list[QRectF]]:
        """The title's height and each legend entry's place at the present width: the legend on
        the title's line, to the right, when both fit; else the title wraps onto as many lines as
        it needs and the legend follows below it, as many entries to a line as fit."""
        width = self.size().width()
        line = self._line_height()
        em = QFontMetricsF(self._font).height()
        gap = LEGEND_GAP_EM * em
        widths = self._entry_widths() if self.entries else []
        title_metrics = QFontMetricsF(self._title_font)
        legend = self._legend_width() if widths else 0.0
        if width <= 0 or title_metrics.horizontalAdvance(self.title) + gap + legend <= width:
            x = width - legend
            beside = []
            for entry in widths:
                beside.append(QRectF(x, 0, entry, line))
                x += entry + gap
            return line, beside
        wrapped = title_metrics.boundingRect(QRectF(0, 0, width, 1e6), TITLE_WRAP, self.title)
        title_height = max(line, wrapped.height())
        below: list[QRectF] = []
        x, y = 0.0, title_height
        for entry in widths:
            if x > 0 and x + entry > width:
                x, y = 0.0, y + line
            below.append(QRectF(x, y, entry, line))
            x += entry + gap
        return title_height, below

    def _fit(self) -> None:
        """As tall as the title and the legend need at the present width."""
        em = QFontMetricsF(self._font).height()
        title_height, rects = self._arrange()
        bottom = max([title_height] + [rect.bottom() for rect in rects])
        height = bottom + 0.3 * em
        if self.preferredHeight() != height:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.setPreferredHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event: object) -> None:
        self._fit()
        super().resizeEvent(event)

    def title_font(self) -> QFont:
        return QFont(self._title_font)

    def title_rect(self) -> QRectF:
        """Where the title is drawn (wrapped when it does not fit beside the legend)."""
        return QRectF(0, 0, self.size().width(), self._arrange()[0])

    def legend_rects(self) -> list[QRectF]:
        """Where each legend entry (swatch and text) is, in this item's coordinates."""
        return self._arrange()[1]

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.size().width(), self.size().height())

    # ---- painting --------------------------------------------------------------------------------
    def paint(self, p: QPainter, *args: object) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(self._text)
        title_height, legend = self._arrange()  # once per paint, for the title and the legend
        p.setFont(self._title_font)
        p.drawText(QRectF(0, 0, self.size().width(), title_height), TITLE_WRAP, self.title)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.setFont(self._font)
        swatch = self._swatch()
        gap = 0.4 * QFontMetricsF(self._font).height()
        entries = self.entries if self._legend_shown else []
        for (kind, text), rect in zip(entries, legend[: len(entries)], strict=True):
            area = QRectF(
                rect.left(),
                rect.center().y() - swatch.height() / 2,
                swatch.width(),
                swatch.height(),
            )
            self._draw_swatch(p, kind, area)
            p.setPen(self._text)
            p.drawText(rect.adjusted(swatch.width() + gap, 0, 0, 0), flags, text)
        p.restore()

    def _draw_swatch(self, p: QPainter, kind: str, area: QRectF) -> None:
        p.save()
        text, accent = self._text, self._accent
        if kind == "dot":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(text)
            radius = area.height() / 2
            p.drawEllipse(area.center(), radius, radius)
        elif kind == "line":
            p.setPen(QPen(accent, 3))
            p.drawLine(
                QPointF(area.left(), area.center().y()), QPointF(area.right(), area.center().y())
            )
        else:
            p.setPen(QPen(accent if kind == "bar" else text, 1))
            p.setBrush(series_brush(kind, text, accent))
            p.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5))
        p.restore()


def series_brush(kind: str, text: QColor, accent: QColor) -> QBrush:
    """How a series of bars is filled, by its legend kind: told apart without colour too."""
    if kind == "bar":
        return QBrush(accent)
    if kind == "hatched":
        return QBrush(text, Qt.BrushStyle.BDiagPattern)
    if kind == "crossed":
        return QBrush(text, Qt.BrushStyle.DiagCrossPattern)
    return QBrush(Qt.BrushStyle.NoBrush)


class ChartMessage(QGraphicsTextItem):
    """What a chart shows when there is nothing to draw in it: a sentence centred in its view box,
    saying what will appear there. It lets the mouse through (the chart still drags)."""

    MARGIN = 12.0

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__(view)
        self._view = view
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)
        self.setZValue(10)
        self.hide()
        view.sigResized.connect(self.place)

    def say(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
            self.place()
        self.setVisible(bool(text))

    def place(self, *_args: object) -> None:
        size = self._view.size()
        self.setTextWidth(max(50.0, size.width() - 2 * self.MARGIN))
        height = self.boundingRect().height()
        self.setPos(self.MARGIN, max(0.0, (size.height() - height) / 2))


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


class HiddenAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A top or right axis, which the charts do not show (pyqtgraph makes all four)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        _without_unit_prefix(self)


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
