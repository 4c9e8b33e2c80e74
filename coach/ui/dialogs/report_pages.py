"""The report's pages: the header and footer painted on each (the title, the period, when it was
written, "Page n of m"), and the page breaks Qt does not set itself (no heading left alone at the
foot of a page, no paragraph split between two). Split from `coach.ui.dialogs.report`, which lays
out the text.
"""

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QImage,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from coach.services.report import ReportRequest
from coach.ui.dialogs.report_chart import report_font
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.palettes import light_palette

RESOLUTION = 150  # the document's and the pages' units: dots per inch of the PDF writer
SMALL_PT = tokens.PRINT_SMALL_PT  # header and footer
_ROLE = QPalette.ColorRole


def pixels(millimetres: float, dpi: int = RESOLUTION) -> float:
    return millimetres / 25.4 * dpi


def image_scale(device: QPaintDevice) -> float:
    """How much larger than its width and height attributes QTextDocument lays out an image for
    `device` (its resolution over the screen's, as Qt works it out): measured, not assumed."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.addResource(QTextDocument.ResourceType.ImageResource, QUrl("probe.png"), image)
    probe.setHtml('<img src="probe.png" width="100" height="100">')
    return probe.idealWidth() / 100 or 1.0


@dataclass(frozen=True)
class PageTexts:
    title: str
    period: str
    written: str


def page_texts(request: ReportRequest, today: date) -> PageTexts:
    title = translate("Report", "Coach report")
    if request.patient:
        title = translate("Report", "Coach report for {name}").format(name=request.patient)
    return PageTexts(
        title,
        translate("Report", "Period: {first} to {last}").format(
            first=request.first.isoformat(), last=request.last.isoformat()
        ),
        translate("Report", "Written by Coach on {day}.").format(day=today.isoformat()),
    )


def paint_pages(document: QTextDocument, writer: QPdfWriter, texts: PageTexts, band: float) -> int:
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            _paint_page(painter, document, index, band)
            _paint_bands(painter, document, texts, index, pages, band)
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, document: QTextDocument, index: int, band: float) -> None:
    size = document.pageSize()
    clip = QRectF(0, index * size.height(), size.width(), size.height())
    painter.save()
    painter.translate(0, band - index * size.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip.adjusted(0, 2, 0, -2)  # not a line that only touches the page
    context.palette = light_palette()
    document.documentLayout().draw(painter, context)
    painter.restore()


def _paint_bands(
    painter: QPainter,
    document: QTextDocument,
    texts: PageTexts,
    index: int,
    pages: int,
    band: float,
) -> None:
    """The report's title and period above the page, when it was written and the page number
    below: each page can be read on its own."""
    palette = light_palette()
    width = document.pageSize().width()
    bottom = band + document.pageSize().height()
    painter.save()
    painter.setFont(report_font(SMALL_PT))
    painter.setPen(QPen(palette.color(_ROLE.Mid), 1.0))
    gap = pixels(2.0)
    painter.drawLine(QPointF(0, band - gap), QPointF(width, band - gap))
    painter.drawLine(QPointF(0, bottom + gap), QPointF(width, bottom + gap))
    painter.setPen(palette.color(_ROLE.PlaceholderText))
    top = QRectF(0, 0, width, band - 2 * gap)
    low = QRectF(0, bottom + 2 * gap, width, band - 2 * gap)
    bottom_aligned = Qt.AlignmentFlag.AlignBottom
    half = QRectF(top.x(), top.y(), width * 0.6, top.height())
    metrics = QFontMetricsF(painter.font(), painter.device())
    title = metrics.elidedText(texts.title, Qt.TextElideMode.ElideRight, half.width())
    painter.drawText(half, bottom_aligned | Qt.AlignmentFlag.AlignLeft, title)
    painter.drawText(top, bottom_aligned | Qt.AlignmentFlag.AlignRight, texts.period)
    painter.drawText(low, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, texts.written)
    number = translate("Report", "Page {n} of {total}").format(n=index + 1, total=pages)
    painter.drawText(low, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight, number)
    painter.restore()


def _first_line(document: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    """The top and bottom of a block's first line in document coordinates (a line pushed to the
    next page is there, not where its block began)."""
    rect = document.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return rect.top(), rect.bottom()
    line = lines.lineAt(0)
    return rect.top() + line.y(), rect.top() + line.y() + line.height()


def _page(position: float, height: float) -> int:
    return math.floor(position / height)


def _split(document: QTextDocument, block: QTextBlock) -> bool:
    """Whether `block` would leave its page's foot alone or cut: a heading whose section starts on
    the next page, or a paragraph (outside tables) split between two pages."""
    height = document.pageSize().height()
    following = block.next()
    if block.blockFormat().headingLevel():
        if not following.isValid():
            return False
        return _page(_first_line(document, block)[0], height) != _page(
            _first_line(document, following)[1] - 0.5, height
        )
    lines = block.layout()
    if lines is None or lines.lineCount() < 2 or QTextCursor(block).currentTable() is not None:
        return False
    top = document.documentLayout().blockBoundingRect(block).top()
    last = lines.lineAt(lines.lineCount() - 1)
    return _page(top + lines.lineAt(0).y(), height) != _page(
        top + last.y() + last.height() - 0.5, height
    )


def keep_together(document: QTextDocument) -> int:
    """Start a new page before each heading whose section would begin on the next page, and before
    each paragraph that would be split between two pages (with the headings right above it): Qt
    has no "keep with next", and for a split paragraph it would also draw the line before a page's
    first one, clipped from sight but still in the page's text. Returns how many breaks it set."""
    breaks = 0
    block = document.begin()
    while block.isValid():
        if _split(document, block):
            target = block
            while target.previous().isValid() and target.previous().blockFormat().headingLevel():
                target = target.previous()
            form = target.blockFormat()
            always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if not form.pageBreakPolicy() & always:  # else longer than a page: nothing to do
                form.setPageBreakPolicy(always)
                QTextCursor(target).setBlockFormat(form)
                breaks += 1
        block = block.next()
    return breaks
