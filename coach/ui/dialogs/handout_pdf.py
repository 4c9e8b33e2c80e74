"""A routine's handout: one or two pages a patient can pin up (issue 19). The routine's name and
time, then for each exercise three key frames of its figure in a row (labelled 1, 2, 3), its
steps, its dose and its cautions; the signs to stop for once at the end; the date and "Made with
Coach" at the foot of each page.

Why it is drawn this way:
- The figures are painted by `paint_figure` straight onto the printer's painter, so they print as
  vectors, crisp at any size, in the light theme's colours whatever the screen's.
- Text is laid out by QTextDocument for the printer itself and painted as text (searchable,
  selectable, at its point size).
- Each exercise is one block that is never split: a block that does not fit on the page starts
  the next one, so no heading is left alone at a page's foot. The pictures and text are made a
  little smaller (never under 9 pt) where that saves a page: one page if it can, else two; a
  longer routine takes more pages at the smallest size.
- The page is A4, or Letter where the locale measures in inches.

Shares its paper conventions with the clinician report (`report_chart.report_font`, the light
palette). The longest built-in routine (six exercises) is drawn in about 0.15 s, so it runs on
the caller's thread.
"""

import errno
import html
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from coach.domain.exercises import Exercise
from coach.domain.pose import BodySide, Motion
from coach.services.handout import Handout
from coach.ui.dialogs.report_chart import report_font
from coach.ui.dialogs.report_pages import image_scale
from coach.ui.text.data import routine_aim, routine_name, shown_exercise
from coach.ui.text.labels import dosage_text, duration_text
from coach.ui.text.situations import Situation, situation_sentence
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.figure import Framing, figure_scene, paint_figure
from coach.ui.widgets.figure_colours import FigureColours, figure_colours
from coach.ui.widgets.figure_geometry import distance
from coach.ui.widgets.palettes import light_palette

log = logging.getLogger(__name__)

RESOLUTION = 300  # the pages' units: dots per inch of the PDF writer
MARGIN_MM = 14.0
FOOTER_MM = 7.0  # the footer's band, inside the bottom margin's line
BLOCK_GAP_MM = 5.0  # between two exercises (a hairline halfway)
FRAME_GAP_MM = 2.5  # between two pictures of a row
COLUMN_GAP_MM = 6.0  # between the pictures and the text beside them
LIST_INDENT_MM = 3.5  # a list's bullets in from the text's edge
BADGE_MM = 5.0  # the circle with a picture's number
TITLE_PT = tokens.PRINT_TITLE_PT
HEADING_PT = tokens.PRINT_HEADING_PT
SMALL_PT = tokens.PRINT_SMALL_PT  # the footer and the pictures' numbers
_ROLE = QPalette.ColorRole


@dataclass(frozen=True)
class Fit:
    """One size to try the handout at: the pictures' side and the body text."""

    frame_mm: float
    body_pt: float


FITS = (Fit(29.0, 10.0), Fit(27.0, 9.5), Fit(25.0, 9.0), Fit(23.0, 9.0))
SAME = 0.25  # a picture that differs from another by less than this share looks the same
MAX_PAGES = 2  # what a patient pins up; a longer routine takes more at the smallest size


def write_handout(handout: Handout, target: Path) -> int:
    """Write the handout as a PDF at `target`; returns its page count. OSError when the file
    cannot be written (its folder must exist: nothing is made where not asked)."""
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    if target.exists() and not target.is_file():
        raise OSError(f"{target} is not a file")
    # Written beside the target and moved over it once complete: QPdfWriter says nothing when it
    # cannot write, and a failure must neither leave half a handout nor pass off an old one.
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        writer = QPdfWriter(str(partial))
        writer.setTitle(handout_title(handout))
        writer.setCreator("Coach")
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(page_layout())
        pages = draw_handout(handout, writer)
        del writer  # closes the file
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"the PDF could not be written to {target}")
    partial.replace(target)
    log.info("wrote a %d-page handout to %s", pages, target)
    return pages


def handout_title(handout: Handout) -> str:
    return translate("Handout", "{routine}: exercise handout").format(
        routine=routine_name(handout.routine)
    )


def paper_size() -> QPageSize:
    """A4, or US Letter where the locale measures in inches."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def page_layout(size: QPageSize | None = None) -> QPageLayout:
    return QPageLayout(
        size or paper_size(),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def draw_handout(handout: Handout, device: QPagedPaintDevice) -> int:
    """Paint the handout on `device` (a PDF writer or a printer, its page layout set); returns
    the page count. OSError when painting cannot start."""
    paper = _Paper(device)
    # The first size that fits on one page, else the first that fits on two, else the smallest.
    tries = [paper.paginate(_blocks(handout, paper, fit)) for fit in FITS]
    pages = next(
        (placed for most in (1, MAX_PAGES) for placed in tries if len(placed) <= most), tries[-1]
    )
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF could not be started")
    try:
        footer = _footer_text(handout)
        for index, placed in enumerate(pages):
            if index:
                device.newPage()
            for top, block in placed:
                block.paint(painter, top)
            paper.paint_footer(painter, footer, index, len(pages))
    finally:
        painter.end()
    return len(pages)


class Frame(NamedTuple):
    """One of an exercise's three pictures: the moment of its cycle, and whether arrows show
    where the figure goes next."""

    phase: float
    arrows: bool


def handout_frames(motion: Motion, side: BodySide | None = None) -> tuple[Frame, Frame, Frame]:
    """The three moments a handout shows, chosen by how different they look: the start, then
    for a hold the keyframe between that differs most from both the start and the held position
    (or halfway) and the held position; for a movement the keyframe farthest from the start
    and the one farthest from both (a cat-camel's two ends), in the order they come, or halfway
    to the farthest and the farthest when the movement has one end only. Arrows show the way
    on, but on the start when the next picture is only halfway, and on a held position."""
    scene = figure_scene(motion, side, Framing.AUTO)  # as paint_figure asks: built once
    start = 0.0
    keyed = [frame.at for frame in motion.keyframes if frame.at > start]
    shapes = {phase: scene.points(scene.figure_at(phase)) for phase in (start, *keyed)}

    def apart(one: float, other: float) -> float:
        return sum(distance(a, b) for a, b in zip(shapes[one], shapes[other], strict=True))

    if motion.hold:
        end = 1.0
        between = [phase for phase in keyed if phase < end]
        middle = max(between, key=lambda p: min(apart(p, start), apart(p, end)), default=None)
        if middle is None or min(apart(middle, start), apart(middle, end)) < SAME * apart(
            start, end
        ):
            return Frame(start, False), Frame(end / 2, True), Frame(end, False)
        return Frame(start, True), Frame(middle, True), Frame(end, False)
    farthest = max(keyed, key=lambda p: apart(p, start))
    other = max(
        (p for p in keyed if p != farthest),
        key=lambda p: min(apart(p, start), apart(p, farthest)),
        default=None,
    )
    reach = apart(farthest, start)
    if other is None or min(apart(other, start), apart(other, farthest)) < SAME * reach:
        return Frame(start, False), Frame(farthest / 2, True), Frame(farthest, True)
    first, second = sorted((farthest, other))
    return Frame(start, True), Frame(first, True), Frame(second, True)


# ---- paper and blocks ----------------------------------------------------------------------------
class _Paper:
    """The page's printable area in device pixels, and the text documents laid out for it."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiX()
        area = device.pageLayout().paintRectPixels(self.dpi)
        self.width = float(area.width())
        self.height = float(area.height())
        self.body = self.height - self.px(FOOTER_MM)
        if self.body <= self.px(60):
            raise OSError("the PDF's page could not be set up")
        palette = light_palette()
        self.text = palette.color(_ROLE.WindowText)
        self.quiet = palette.color(_ROLE.PlaceholderText)
        self.line = palette.color(_ROLE.Mid)
        self.accent = palette.color(_ROLE.Highlight)
        self.on_accent = palette.color(_ROLE.HighlightedText)
        self.card = palette.color(_ROLE.Window)
        self.box = palette.color(_ROLE.AlternateBase)
        self.figure: FigureColours = figure_colours(palette)
        self.css_pixel = image_scale(device)  # device pixels to a pixel in rich text

    def px(self, millimetres: float) -> float:
        return millimetres / 25.4 * self.dpi

    def document(self, body: str, points: float, width: float) -> QTextDocument:
        """Rich text laid out for the printer at `width`, in the handout's colours."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDocumentMargin(0)
        document.setIndentWidth(self.px(LIST_INDENT_MM) / self.css_pixel)
        document.setDefaultFont(report_font(points))
        text, quiet, accent = self.text.name(), self.quiet.name(), self.accent.name()
        document.setDefaultStyleSheet(
            f"body {{ color: {text}; }}"
            f" h1 {{ font-size: {TITLE_PT}pt; margin: 0px; }}"
            f" h2 {{ font-size: {HEADING_PT}pt; margin: 0px 0px 1px 0px; }}"
            " p { margin-top: 0px; margin-bottom: 3px; }"
            " ul { margin-top: 0px; margin-bottom: 3px; -qt-list-indent: 1; }"
            " li { margin-bottom: 2px; }"
            f" .dose {{ color: {accent}; font-weight: bold; }}"
            f" .quiet {{ color: {quiet}; }}"
        )
        document.setHtml(body)
        document.setTextWidth(width)
        return document

    def paginate(self, blocks: Sequence["_Block"]) -> list[list[tuple[float, "_Block"]]]:
        """Blocks placed top to bottom, each whole on one page: one that does not fit below
        the last starts a new page (with a hairline between two on the same page)."""
        pages: list[list[tuple[float, _Block]]] = [[]]
        top = 0.0
        gap = self.px(BLOCK_GAP_MM)
        for block in blocks:
            start = top + gap if pages[-1] else top
            if pages[-1] and start + block.height > self.body:
                pages.append([])
                start = 0.0
            pages[-1].append((start, block))
            top = start + block.height
        return pages

    def paint_footer(self, painter: QPainter, text: str, index: int, pages: int) -> None:
        painter.save()
        painter.setFont(report_font(SMALL_PT))
        line = self.height - self.px(FOOTER_MM) + self.px(2.0)
        painter.setPen(QPen(self.line, self.px(0.2)))
        painter.drawLine(QPointF(0, line), QPointF(self.width, line))
        painter.setPen(self.quiet)
        band = QRectF(0, line + self.px(1.2), self.width, self.px(FOOTER_MM) - self.px(3.2))
        top = Qt.AlignmentFlag.AlignTop
        painter.drawText(band, top | Qt.AlignmentFlag.AlignLeft, text)
        if pages > 1:
            number = translate("Handout", "Page {n} of {total}").format(n=index + 1, total=pages)
            painter.drawText(band, top | Qt.AlignmentFlag.AlignRight, number)
        painter.restore()


class _Block:
    """Something placed whole on a page: its height, and how it paints at a top."""

    height: float

    def paint(self, painter: QPainter, top: float) -> None:
        raise NotImplementedError


def _paint_document(painter: QPainter, document: QTextDocument, x: float, y: float) -> None:
    painter.save()
    painter.translate(x, y)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = light_palette()
    document.documentLayout().draw(painter, context)
    painter.restore()


class _TextBlock(_Block):
    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.height = document.size().height()

    def paint(self, painter: QPainter, top: float) -> None:
        _paint_document(painter, self.document, 0.0, top)


class _ExerciseBlock(_Block):
    """One exercise: its three pictures in a row, under them the side they show (for an exercise
    done on each side) and the cautions, and beside them its number, name, dose and steps. The
    hairline above it separates it from the one before."""

    def __init__(self, paper: _Paper, number: int, exercise: Exercise, fit: Fit) -> None:
        self.paper = paper
        self.exercise = exercise
        shown = shown_exercise(exercise)
        e = html.escape
        self.frame = paper.px(fit.frame_mm)
        self.frame_gap = paper.px(FRAME_GAP_MM)
        row = 3 * self.frame + 2 * self.frame_gap
        # Under the pictures: which side they show, and the cautions (the steps beside them are
        # the longer text, so the two columns come out about as tall).
        under = []
        if exercise.dosage.per_side and exercise.motion is not None:
            side = translate("Handout", "Shown for the left side; the right side is the same.")
            under.append(f'<p class="quiet">{e(side)}</p>')
        if shown.cautions:
            # The Exercises page's words for the same list.
            label = e(translate("ExercisesPage", "Take care")) + ":"
            under.append(f"<p><b>{label}</b> " + " ".join(e(c) for c in shown.cautions) + "</p>")
        self.under = paper.document("".join(under), fit.body_pt, row) if under else None
        self.under_top = self.frame + paper.px(2.0)
        steps = "".join(f"<li>{e(step)}</li>" for step in shown.steps)
        self.text_x = row + paper.px(COLUMN_GAP_MM)
        self.text = paper.document(
            f"<h2>{number}.&nbsp;{e(shown.name)}</h2>"
            f'<p class="dose">{e(dosage_text(exercise.dosage))}</p>'
            f"<ul>{steps}</ul>",
            fit.body_pt,
            paper.width - self.text_x,
        )
        left = self.frame
        if self.under is not None:
            left = self.under_top + self.under.size().height()
        self.height = max(left, self.text.size().height())

    def paint(self, painter: QPainter, top: float) -> None:
        paper = self.paper
        painter.save()
        painter.setPen(QPen(paper.line, paper.px(0.2)))
        if top > 0:
            rule = top - paper.px(BLOCK_GAP_MM) / 2
            painter.drawLine(QPointF(0, rule), QPointF(paper.width, rule))
        painter.restore()
        self._paint_pictures(painter, top)
        if self.under is not None:
            _paint_document(painter, self.under, 0.0, top + self.under_top)
        _paint_document(painter, self.text, self.text_x, top)

    def _paint_pictures(self, painter: QPainter, y: float) -> None:
        motion = self.exercise.motion
        radius = self.paper.px(2.0)
        if motion is None:  # a plan's own exercise without movement data: its picture
            card = QRectF(0, y, 3 * self.frame + 2 * self.frame_gap, self.frame)
            self._card(painter, card, radius)
            _paint_picture(painter, card.adjusted(radius, radius, -radius, -radius), self.exercise)
            return
        side = BodySide.LEFT if self.exercise.dosage.per_side else None
        for index, frame in enumerate(handout_frames(motion, side)):
            card = QRectF(index * (self.frame + self.frame_gap), y, self.frame, self.frame)
            self._card(painter, card, radius)
            paint_figure(
                painter, card, motion, frame.phase, side, self.paper.figure, arrows=frame.arrows
            )
            self._badge(painter, card, index + 1)

    def _card(self, painter: QPainter, card: QRectF, radius: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.paper.card)
        painter.drawRoundedRect(card, radius, radius)
        painter.restore()

    def _badge(self, painter: QPainter, card: QRectF, number: int) -> None:
        """The picture's number in a small circle at its top left corner."""
        paper = self.paper
        size = paper.px(BADGE_MM)
        inset = paper.px(1.2)
        circle = QRectF(card.left() + inset, card.top() + inset, size, size)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(paper.accent)
        painter.drawEllipse(circle)
        painter.setPen(paper.on_accent)
        painter.setFont(report_font(SMALL_PT, bold=True))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))
        painter.restore()


def _paint_picture(painter: QPainter, area: QRectF, exercise: Exercise) -> None:
    """An exercise's own picture (SVG), fitted into `area` and centred."""
    if not exercise.illustrations:
        return
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415 (only a plan's own picture needs it)

    renderer = QSvgRenderer(str(exercise.illustrations[0]))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        return
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    renderer.render(
        painter,
        QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height),
    )


class _StopBlock(_Block):
    """The signs to stop for, gathered from every exercise (each once), and the sentence the app
    says for them, in a quiet box."""

    def __init__(self, paper: _Paper, signs: Sequence[str], fit: Fit) -> None:
        self.paper = paper
        e = html.escape
        self.pad = paper.px(3.5)
        items = "".join(f"<li>{e(sign)}</li>" for sign in signs)
        title = e(translate("ExercisesPage", "Stop if"))  # as on the Exercises page
        self.text = paper.document(
            f"<p><b>{title}</b></p><ul>{items}</ul>"
            f"<p>{e(situation_sentence(Situation.SEEK_CARE))}</p>",
            fit.body_pt,
            paper.width - 2 * self.pad,
        )
        self.height = self.text.size().height() + 2 * self.pad

    def paint(self, painter: QPainter, top: float) -> None:
        paper = self.paper
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(paper.line, paper.px(0.25)))
        painter.setBrush(paper.box)
        radius = paper.px(2.0)
        painter.drawRoundedRect(QRectF(0, top, paper.width, self.height), radius, radius)
        painter.restore()
        _paint_document(painter, self.text, self.pad, top + self.pad)


# ---- the handout's contents ----------------------------------------------------------------------
def _blocks(handout: Handout, paper: _Paper, fit: Fit) -> list[_Block]:
    e = html.escape
    routine = handout.routine
    minutes = max(1, math.ceil(handout.seconds / 60))
    time = translate("Handout", "Takes about {time}").format(time=duration_text(minutes * 60))
    aim = routine_aim(routine)
    header = f"<h1>{e(routine_name(routine))}</h1><p><b>{e(time)}</b>"
    if aim:
        header += f'<br><span class="quiet">{e(aim)}</span>'
    header += "</p>"
    blocks: list[_Block] = [_TextBlock(paper.document(header, fit.body_pt, paper.width))]
    blocks.extend(
        _ExerciseBlock(paper, number, exercise, fit)
        for number, exercise in enumerate(handout.exercises, start=1)
    )
    blocks.append(_StopBlock(paper, stop_signs(handout.exercises), fit))
    return blocks


def stop_signs(exercises: Sequence[Exercise]) -> list[str]:
    """Every exercise's signs to stop for, in the user's language, each once, in the order met."""
    signs: list[str] = []
    for exercise in exercises:
        for sign in shown_exercise(exercise).stop_if:
            if sign not in signs:
                signs.append(sign)
    return signs


def _footer_text(handout: Handout) -> str:
    day = handout.today
    written = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    return translate("Handout", "Made with Coach on {day}").format(day=written)
