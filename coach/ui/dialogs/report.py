"""The clinician report: a PDF for a date range that a physiotherapist can read as a clinical
document. Safety first (flags raised or open, the first-run answers, new symptoms), then the plan
(clinician, title, start and review dates, the prescribed exercises and their doses), pain with its
chart, week by week pain, stiffness, sleep and routines done, pain before and after sessions,
adherence per exercise, how reminders and movement breaks were answered, and the records behind
them (sessions, heat, notes).

Built as a QTextDocument (headings, paragraphs, tables, the chart as an image) laid out for the PDF
writer itself, so text prints at its point size and stays text (searchable, selectable). Each page
is painted here, not by QTextDocument.print, to put the period and "Page n of m" on every page; a
heading that would end a page moves to the next one with the start of its section, and a paragraph
is never split between pages. Runs on the caller's thread: a year of records takes about 1.5 s.
"""

import errno
import html
import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from coach.clock import Clock
from coach.domain.history import SessionStatus
from coach.domain.progress import (
    ProgressSeries,
    build_progress,
    planned_per_day,
    weekly_adherence,
)
from coach.domain.reminders import ReminderSettings
from coach.domain.report_summary import (
    ExerciseAdherence,
    PainAroundSessions,
    ReminderResponses,
    exercise_adherence,
    reminder_responses,
    week_of,
    weekly_ratings,
)
from coach.domain.schedule import ReminderKind
from coach.store.export import FIRST_YEAR, LAST_YEAR
from coach.store.repo import Repo
from coach.ui.dialogs.report_chart import chart_image, report_font
from coach.ui.lifecycle.i18n import localized
from coach.ui.text.core import core_text
from coach.ui.text.data import exercise_name, recorded_routine_name, routine_name
from coach.ui.text.labels import area_in_sentence, dosage_text, heat_source_label
from coach.ui.widgets.theme import light_palette

if TYPE_CHECKING:
    from coach.domain.plan import Plan
    from coach.domain.routines import Routine

log = logging.getLogger(__name__)

RESOLUTION = 150  # the document's and the pages' units: dots per inch of the PDF writer
MARGIN_MM = 15.0
BAND_MM = 10.0  # the header and the footer, each, inside the margins
BODY_PT = 10.0
SMALL_PT = 8.5  # header and footer: never under 8 pt on paper
TABLE_PT = 9.0
HEADER_PT = 8.5  # a table's column names: long German words fit without breaking
_ROLE = QPalette.ColorRole


class PeriodError(ValueError):
    """The report's period cannot be reported on (outside the years Coach records, or ending
    before it starts)."""


@dataclass(frozen=True)
class ReportRequest:
    first: date
    last: date
    patient: str = ""


def write_report(
    request: ReportRequest,
    target: Path,
    repo: Repo,
    clock: Clock,
    settings: ReminderSettings,
    zone: tzinfo,
) -> int:
    """Write the PDF; returns its page count. OSError when the file cannot be written,
    PeriodError for a period outside the years Coach records."""
    if not (request.first.year >= FIRST_YEAR and request.last.year <= LAST_YEAR):
        raise PeriodError(f"the period must lie between {FIRST_YEAR} and {LAST_YEAR}")
    if request.last < request.first:
        raise PeriodError("the period ends before it starts")
    if not target.parent.is_dir():  # written only where asked: never a new folder tree
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    if target.exists() and not target.is_file():
        raise OSError(f"{target} is not a file")
    # Written beside the target and moved over it once complete: QPdfWriter says nothing when it
    # cannot write, and a failure must neither leave half a report nor pass off an old one.
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        pages = _write_pdf(request, partial, repo, clock, settings, zone)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"the PDF could not be written to {target}")
    partial.replace(target)
    log.info("wrote a %d-page report to %s", pages, target)
    return pages


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


@dataclass(frozen=True)
class _Context:
    """What every section reads: the period, the store and the settings in force."""

    request: ReportRequest
    start: datetime
    end: datetime
    repo: Repo
    settings: ReminderSettings
    zone: tzinfo
    now: datetime  # in `zone`

    @property
    def today(self) -> date:
        return self.now.date()


def _write_pdf(
    request: ReportRequest,
    path: Path,
    repo: Repo,
    clock: Clock,
    settings: ReminderSettings,
    zone: tzinfo,
) -> int:
    writer = QPdfWriter(str(path))
    writer.setTitle(
        _tr("Coach report {first} to {last}").format(
            first=request.first.isoformat(), last=request.last.isoformat()
        )
    )
    writer.setCreator("Coach")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION)
    context = _Context(
        request,
        datetime.combine(request.first, time(), zone),
        datetime.combine(request.last + timedelta(days=1), time(), zone),
        repo,
        settings,
        zone,
        clock.now().astimezone(zone),
    )
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    band = _pixels(BAND_MM)
    if area.height() <= 4 * band:
        raise OSError("the PDF's A4 page could not be set up")
    document = build_document(context, writer, QSizeF(area.width(), area.height() - 2 * band))
    pages = _paint_pages(document, writer, _page_texts(request, context.today), band)
    del writer  # closes the file
    return pages


def _pixels(millimetres: float, dpi: int = RESOLUTION) -> float:
    return millimetres / 25.4 * dpi


def _image_scale(device: QPdfWriter) -> float:
    """How much larger than its width and height attributes QTextDocument lays out an image for
    `device` (its resolution over the screen's, as Qt works it out): measured, not assumed."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.addResource(QTextDocument.ResourceType.ImageResource, QUrl("probe.png"), image)
    probe.setHtml('<img src="probe.png" width="100" height="100">')
    return probe.idealWidth() / 100 or 1.0


def build_document(context: _Context, device: QPdfWriter, page: QSizeF) -> QTextDocument:
    """The report laid out for `device` in pages of `page` (the body, without header and footer),
    with no heading left alone at the foot of a page."""
    palette = light_palette()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(report_font(BODY_PT))
    document.setPageSize(page)
    colour = {role: palette.color(role).name() for role in _ROLE}
    document.setDefaultStyleSheet(
        f"body {{ color: {colour[_ROLE.Text]}; }}"
        " h1 { font-size: 17pt; margin-bottom: 6px; }"
        " h2 { font-size: 13pt; margin-top: 22px; margin-bottom: 8px; }"
        " h3 { font-size: 10.5pt; margin-top: 14px; margin-bottom: 6px; }"
        " p { margin-top: 0px; margin-bottom: 8px; } li { margin-bottom: 3px; }"
        f" table {{ border-collapse: collapse; border-color: {colour[_ROLE.Mid]}; }}"
        f" td {{ padding: 4px 6px; font-size: {TABLE_PT}pt; }}"
        f" th {{ padding: 4px 4px; font-size: {HEADER_PT}pt; text-align: left;"
        f" background-color: {colour[_ROLE.AlternateBase]}; }}"
        f" .note {{ font-size: {TABLE_PT}pt; color: {colour[_ROLE.PlaceholderText]}; }}"
    )
    width = page.width() - 2 * document.documentMargin()
    document.setHtml(_report_html(context, document, device, width))
    for _round in range(3):  # a page break moves what follows: check again, a few times at most
        if not keep_together(document):
            break
        # Laid out again, all of it: Qt redraws blocks moved by a new page break only then.
        document.markContentsDirty(0, document.characterCount())
    return document


# ---- pages: header, footer, page breaks ----------------------------------------------------------
@dataclass(frozen=True)
class _PageTexts:
    title: str
    period: str
    written: str


def _page_texts(request: ReportRequest, today: date) -> _PageTexts:
    title = _tr("Coach report")
    if request.patient:
        title = _tr("Coach report for {name}").format(name=request.patient)
    return _PageTexts(
        title,
        _tr("Period: {first} to {last}").format(
            first=request.first.isoformat(), last=request.last.isoformat()
        ),
        _tr("Written by Coach on {day}.").format(day=today.isoformat()),
    )


def _paint_pages(
    document: QTextDocument, writer: QPdfWriter, texts: _PageTexts, band: float
) -> int:
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
    texts: _PageTexts,
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
    gap = _pixels(2.0)
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
    number = _tr("Page {n} of {total}").format(n=index + 1, total=pages)
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


# ---- the report's text ---------------------------------------------------------------------------
def _report_html(
    context: _Context, document: QTextDocument, device: QPdfWriter, width: float
) -> str:
    e = html.escape
    request = context.request
    series = _series(context)
    adherence = _adherence(context)
    chart = chart_image(series, request.first, request.last, width / RESOLUTION * 25.4)
    chart_html = f"<p>{e(_tr('No check-ins, routines or heat in this period: no chart.'))}</p>"
    if chart is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart)
        scale = _image_scale(device)
        height = width * chart.height() / chart.width()
        size = f'width="{width / scale:.0f}" height="{height / scale:.0f}"'
        chart_html = f'<p><img src="chart.png" {size}></p>'
    patient = request.patient or _tr("(not given)")
    parts = [
        f"<h1>{e(_tr('Coach report'))}</h1>",
        "<p>"
        + e(_tr("Patient: {name}").format(name=patient))
        + "<br>"
        + e(_page_texts(request, context.today).period)
        + "<br>"
        + e(_tr("Written by Coach on {day}.").format(day=context.today.isoformat()))
        + "</p>",
        '<p class="note"><i>'
        + e(
            _tr(
                "Coach records what the patient entered; it makes no diagnosis. Pain is on the "
                "0-10 numeric rating scale (0 = no pain, 10 = worst imaginable pain)."
            )
        )
        + "</i></p>",
        f"<h2>{e(_tr('Safety'))}</h2>",
        _safety(context),
        f"<h2>{e(_tr('Plan'))}</h2>",
        _plan_section(context),
        f"<h2>{e(_tr('Pain, stiffness and sleep'))}</h2>",
        "<p>" + e(_pain_change_text(series)) + "</p>",
        chart_html,
        f"<h3>{e(_tr('Week by week'))}</h3>",
        _weeks_table(context, adherence),
        f"<h3>{e(_tr('Pain before and after sessions'))}</h3>",
        _pain_around_sessions(context),
        f"<h2>{e(_tr('Adherence per exercise'))}</h2>",
        _exercise_adherence(context, adherence),
        f"<h2>{e(_tr('Movement breaks and reminders'))}</h2>",
        _reminders(context),
        f"<h2>{e(_tr('Sessions'))}</h2>",
        _sessions_table(context.repo, context.start, context.end, context.zone),
        f"<h2>{e(_tr('Heat'))}</h2>",
        _heat_table(context.repo, context.start, context.end, context.zone),
        f"<h2>{e(_tr('Notes with check-ins'))}</h2>",
        _notes(context.repo, context.start, context.end, context.zone),
    ]
    return "\n".join(parts)


def _series(context: _Context) -> ProgressSeries:
    low, high = context.start.timestamp(), context.end.timestamp()
    repo = context.repo
    return build_progress(
        [c for c in repo.checkin_ratings() if low <= c[0] < high],
        [s for s in repo.exercise_intervals() if low <= s[0] < high],
        [h for h in repo.heat_intervals() if low <= h[0] < high],
        context.settings.routine,
        min(context.today, context.request.last),
        context.zone,
    )


def _safety(context: _Context) -> str:
    """The safety flags that stood in the period (raised, or still open from before), one line
    each; then the first-run answers and the new symptoms reported."""
    from coach.ui.text.advice import safety_flag_line  # noqa: PLC0415

    e = html.escape
    flags = context.repo.safety_flags_between(context.start, context.end)
    title = _tr("Safety flags raised or open in this period")
    if flags:
        items = "".join(f"<li>{e(safety_flag_line(flag))}</li>" for flag in flags)
        listed = f"<ul>{items}</ul>"
    else:
        listed = f"<p>{e(_tr('none'))}</p>"
    return (
        f"<h3>{e(title)}</h3>{listed}"
        f"<h3>{e(_tr('Safety questions and new symptoms'))}</h3>"
        + _red_flags(context.repo, context.start, context.end, context.zone)
    )


def _red_flags(repo: Repo, start: datetime, end: datetime, zone: tzinfo) -> str:
    """The red-flag questions answered "yes" in the first run (with how soon each calls for a
    clinician), and the new symptoms reported in the period (check-ins, "stop - this hurts")."""
    from coach.domain.safety import RedFlag, symptom_advice  # noqa: PLC0415
    from coach.ui.text.advice import (  # noqa: PLC0415
        known_symptoms,
        red_flag_label,
        symptom_names,
        urgency_label,
    )

    e = html.escape
    answers, problem = repo.load_onboarding()
    rows = []
    for at, routine, names in repo.symptoms_between(start, end):
        advice = symptom_advice(known_symptoms(names))
        rows.append(
            [
                at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                _tr("stopped {routine}: it hurt").format(routine=routine)
                if routine
                else _tr("check-in"),
                symptom_names(names),
                urgency_label(advice.urgency) if advice else "",
            ]
        )
    parts = []
    if (answers is None or not answers.yes) and not rows:
        parts.append(f"<p>{e(_tr('None recorded.'))}</p>")
    if problem is not None:
        text = _tr("The first-run answers could not be read ({problem}).")
        parts.append(f"<p>{e(text.format(problem=core_text(problem.describe())))}</p>")
    elif answers is None or not answers.answered:
        parts.append(f"<p>{e(_tr('The first-run safety questions were not answered.'))}</p>")
    else:
        day = answers.updated_at.astimezone(zone).date().isoformat() if answers.updated_at else ""
        yes = sorted(answers.yes, key=list(RedFlag).index)
        if yes:
            heading = _tr("Answered yes in the safety questions (last changed {day}):")
            items = "".join(
                f"<li>{e(red_flag_label(flag))} ({e(urgency_label(flag.urgency))})</li>"
                for flag in yes
            )
            parts.append(f"<p>{e(heading.format(day=day))}</p><ul>{items}</ul>")
        else:
            text = _tr("No red flags in the safety questions ({n} of {total} answered, {day}).")
            parts.append(
                f"<p>{e(text.format(n=len(answers.answered), total=len(RedFlag), day=day))}</p>"
            )
    parts.append(
        _table(
            [_tr("When"), _tr("Reported with"), _tr("New symptoms"), _tr("Advice given")],
            rows,
            _tr("No new symptoms reported in this period."),
        )
    )
    return "\n".join(parts)


# ---- the plan ------------------------------------------------------------------------------------
def _plan_section(context: _Context) -> str:
    """Who prescribed what, from when to when, and the doses; or plainly that there is no plan."""
    from coach.planning import active_plan  # noqa: PLC0415

    e = html.escape
    repo = context.repo
    stored = repo.active_plan()
    plan = active_plan(repo) if stored is not None else None
    parts = []
    if stored is None:
        parts.append(
            f"<p><b>{e(_tr('No clinician plan.'))}</b> "
            + e(_tr("The patient uses Coach's own routines and reminders."))
            + "</p>"
        )
    elif plan is None:
        parts.append(
            "<p>"
            + e(
                _tr(
                    'The clinician plan "{title}" (in use since {day}) cannot be read by this '
                    "version of Coach: its details are not shown."
                ).format(title=stored.title, day=stored.adopted_at.astimezone(context.zone).date())
            )
            + "</p>"
        )
    else:
        adopted = stored.adopted_at.astimezone(context.zone).date()
        parts.append(_plan_details(plan, adopted, context.today))
    parts.append("<p>" + e(_schedule_text(context.settings, repo)) + "</p>")
    routines = plan.routines if plan is not None else ()
    reminded = _reminded_routine(context)
    if reminded is not None and all(r.id != reminded.id for r in routines):
        routines = (reminded, *routines)
    if routines:
        heading = _tr("Prescribed exercises") if plan is not None else _tr("Exercises")
        parts.append(f"<h3>{e(heading)}</h3>")
        parts.append(_exercises_table(repo, routines, plan))
    return "\n".join(parts)


def _plan_details(plan: "Plan", adopted: date, today: date) -> str:
    e = html.escape
    clinician = plan.clinician_name + (
        f" ({plan.clinician_contact})" if plan.clinician_contact else ""
    )
    review = _tr("none set")
    if plan.review is not None:
        review = plan.review.isoformat()
        if plan.review < today:
            review = _tr("{day} (overdue)").format(day=review)
    rows = [
        (_tr("Clinician"), clinician),
        (_tr("Plan"), plan.title),
        (_tr("Start"), plan.start.isoformat()),
        (_tr("Review"), review),
        (_tr("In use in Coach since"), adopted.isoformat()),
    ]
    if plan.notes:
        rows.append((_tr("Clinician's notes"), plan.notes))
    body = "".join(
        f'<tr><td width="28%"><b>{e(label)}</b></td><td>{e(value)}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0" cellpadding="2" width="100%">{body}</table>'


def _reminded_routine(context: _Context) -> "Routine | None":
    from coach.ui.catalog import all_routines  # noqa: PLC0415

    wanted = context.settings.routine.routine_id
    return next((r for r in all_routines(context.repo) if r.id == wanted), None)


def _exercise_names(plan: "Plan | None") -> dict[str, str]:
    """Exercise ids to names as shown (built-ins in the user's language, a plan's as written)."""
    from coach.planning import builtin_library  # noqa: PLC0415

    names = {e.id: exercise_name(e) for e in builtin_library().exercises}
    if plan is not None:
        names.update({e.id: exercise_name(e.exercise) for e in plan.exercises})
    return names


def _exercises_table(repo: Repo, routines: Sequence["Routine"], plan: "Plan | None") -> str:
    """Each routine's exercises with the dose prescribed and the dose in use now (the patient
    may have accepted a step up or down since)."""
    from coach.ui.pages.today.progression import dose_rules, routine_at_dose  # noqa: PLC0415

    names = _exercise_names(plan)
    rules = dose_rules(repo)
    rows = []
    for routine in routines:
        in_use = routine_at_dose(repo, routine, rules)
        for index, step in enumerate(routine.steps):
            now = in_use.steps[index].dosage if index < len(in_use.steps) else step.dosage
            rows.append(
                [
                    routine_name(routine) if index == 0 else "",
                    names.get(step.exercise_id, step.exercise_id),
                    dosage_text(step.dosage),
                    _tr("as prescribed") if now == step.dosage else dosage_text(now),
                ]
            )
    return _table(
        [
            _tr("Routine"),
            _tr("Exercise"),
            _tr("Prescribed dose") if plan is not None else _tr("Dose"),
            _tr("Dose in use now"),
        ],
        rows,
        _tr("No exercises."),
    )


def _schedule_text(settings: ReminderSettings, repo: Repo) -> str:
    from coach.ui.catalog import all_routines  # noqa: PLC0415

    routine = settings.routine
    locale = QLocale()
    days = ", ".join(
        locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in sorted(routine.weekdays)
    )
    times = ", ".join(f"{t:%H:%M}" for t in routine.times)
    name = next(
        (routine_name(r) for r in all_routines(repo) if r.id == routine.routine_id),
        routine.routine_id,
    )
    lines = [
        _tr("Routine {routine} at {times} on {days}{off}.").format(
            routine=name,
            times=times,
            days=days,
            off="" if routine.enabled else _tr(" (reminders off)"),
        ),
        _tr("Movement break every {n} minutes of working time{off}.").format(
            n=settings.movement.every_minutes,
            off="" if settings.movement.enabled else _tr(" (off)"),
        ),
    ]
    return _tr("Reminders now: {lines}").format(lines=" ".join(lines))


# ---- pain, stiffness, sleep, adherence -----------------------------------------------------------
def _pain_change_text(series: ProgressSeries) -> str:
    from coach.domain.progress import is_meaningful_fall  # noqa: PLC0415

    change = series.change
    if change is None:
        return _tr("Fewer than two weeks of check-ins in this period: no change to report.")
    percent = "" if change.percent is None else localized(" ({p:+.0f} %)", p=-change.percent)
    text = localized(
        _tr(
            "Pain {start:.1f} in the first week, {now:.1f} in the last: {points:+.1f} points{percent}."
        ),
        start=change.start,
        now=change.now,
        points=-change.points,
        percent=percent,
    )
    rule = _tr("a fall of at least 2 points, or of at least 30 % and 1.5 points")
    verdict = (
        _tr("This is a meaningful improvement ({rule}).")
        if is_meaningful_fall(change.start, change.now)
        else _tr("This is not a meaningful improvement ({rule}).")
    )
    return text + " " + verdict.format(rule=rule)


@dataclass(frozen=True)
class _Adherence:
    first: date | None  # None: nothing was planned in the period
    last: date
    planned: dict[date, int]
    done: dict[date, int]


def _adherence(context: _Context) -> _Adherence:
    """Routines planned by the routine reminder in force, from the later of the period's start and
    the day Coach was first used (and the plan adopted, for a plan's routine), to the end of the
    period or today; and the routines completed on each day."""
    request = context.request
    first = request.first
    begun = context.repo.first_record_at()
    if begun is not None:
        first = max(first, begun.astimezone(context.zone).date())
    stored = context.repo.active_plan()
    if stored is not None and context.settings.routine.routine_id.startswith("plan:"):
        first = max(first, stored.adopted_at.astimezone(context.zone).date())
    last = min(request.last, context.today)
    done: Counter[date] = Counter()
    for session in context.repo.sessions_between(context.start, context.end):
        if session.status is SessionStatus.COMPLETED:
            done[session.started_at.astimezone(context.zone).date()] += 1
    if begun is None or first > last:
        return _Adherence(None, last, {}, dict(done))
    rule = context.settings.routine
    planned = planned_per_day(rule, first, last)
    if last == context.today and planned.get(last):  # today: only the reminders already due
        planned[last] = sum(1 for t in rule.times if t <= context.now.time())
    return _Adherence(first, last, planned, dict(done))


def _weeks_table(context: _Context, adherence: _Adherence) -> str:
    """Per week of the period: check-ins and the mean pain, stiffness and sleep; routines done of
    those planned."""
    checkins = [
        (c.at.astimezone(context.zone).date(), c.pain, c.stiffness, c.sleep)
        for c in context.repo.checkins_between(context.start, context.end)
    ]
    ratings = {w.week_start: w for w in weekly_ratings(checkins)}
    weeks = {w.week_start: w for w in weekly_adherence(adherence.planned, adherence.done)}
    rows = []
    week = week_of(context.request.first)
    while week <= context.request.last:
        rated = ratings.get(week)
        kept = weeks.get(week)
        rows.append(
            [
                max(week, context.request.first).isoformat(),
                str(rated.checkins) if rated else "0",
                _mean(rated.pain if rated else None),
                _mean(rated.stiffness if rated else None),
                _mean(rated.sleep if rated else None),
                _done_of(kept.done, kept.planned) if kept and kept.planned else "",
            ]
        )
        week += timedelta(days=7)
    table = _table(
        [
            _tr("Week from"),
            _tr("Check-ins"),
            _tr("Pain"),
            _tr("Stiffness"),
            _tr("Sleep"),
            _tr("Routines done"),
        ],
        rows,
        "",
        numeric={1, 2, 3, 4, 5},
    )
    note = _tr(
        "Means of the check-ins of each week. Stiffness: 0 = none, 10 = worst imaginable. "
        "Sleep (the night before): 0 = very poor, 10 = very good."
    )
    return (
        table + f'<p class="note">{html.escape(note)} {html.escape(_planned_note(adherence))}</p>'
    )


def _planned_note(adherence: _Adherence) -> str:
    if adherence.first is None:
        return _tr("No routines were planned in this period.")
    planned = sum(adherence.planned.values())
    done = sum(min(adherence.done.get(d, 0), n) for d, n in adherence.planned.items())
    text = _tr(
        "Routines done: {done} of {planned} planned by the routine reminder from {first} to "
        "{last} ({percent:.0f} %)."
    )
    if not planned:
        return _tr("The routine reminder planned no routines from {first} to {last}.").format(
            first=adherence.first.isoformat(), last=adherence.last.isoformat()
        )
    return localized(
        text,
        done=done,
        planned=planned,
        first=adherence.first.isoformat(),
        last=adherence.last.isoformat(),
        percent=100 * done / planned,
    )


def _mean(value: float | None) -> str:
    return "" if value is None else localized("{v:.1f}", v=value)


def _done_of(done: int, planned: int) -> str:
    return localized(
        _tr("{done} of {planned} ({percent:.0f} %)"),
        done=done,
        planned=planned,
        percent=100 * done / planned,
    )


def _pain_around_sessions(context: _Context) -> str:
    from coach.domain.progress import is_meaningful_fall  # noqa: PLC0415
    from coach.domain.report_summary import pain_around_sessions  # noqa: PLC0415

    sessions = context.repo.sessions_between(context.start, context.end)
    summary = pain_around_sessions(
        ((s.pain_before, s.pain_after) for s in sessions), is_meaningful_fall
    )
    if summary is None:
        return "<p>" + html.escape(_tr("No session was rated both before and after.")) + "</p>"
    return _pain_around_table(summary)


def _pain_around_table(summary: PainAroundSessions) -> str:
    table = _table(
        [
            _tr("Sessions rated"),
            _tr("Median before"),
            _tr("Median after"),
            _tr("Median change"),
            _tr("Meaningful fall"),
            _tr("Pain rose"),
        ],
        [
            [
                str(summary.rated),
                localized("{v:.1f}", v=summary.median_before),
                localized("{v:.1f}", v=summary.median_after),
                localized("{v:+.1f}", v=summary.median_change),
                str(summary.meaningful_falls),
                str(summary.rises),
            ]
        ],
        "",
        numeric={0, 1, 2, 3, 4, 5},
    )
    note = _tr(
        "Change is after minus before, session by session. A meaningful fall is one of at least "
        "2 points, or of at least 30 % and 1.5 points."
    )
    if summary.before_only:
        note += " " + _tr("{n} more sessions were rated before but not after.").format(
            n=summary.before_only
        )
    return table + f'<p class="note">{html.escape(note)}</p>'


def _exercise_adherence(context: _Context, adherence: _Adherence) -> str:
    from coach.planning import active_plan  # noqa: PLC0415

    plan = active_plan(context.repo) if context.repo.active_plan() is not None else None
    reminded = _reminded_routine(context)
    scheduled = [s.exercise_id for s in reminded.steps] if reminded is not None else []
    prescribed = [s.exercise_id for r in (plan.routines if plan else ()) for s in r.steps]
    rows = exercise_adherence(
        sum(adherence.planned.values()) if reminded is not None else 0,
        scheduled,
        prescribed,
        context.repo.step_counts_between(context.start, context.end),
    )
    names = _exercise_names(plan)
    table = _table(
        [
            _tr("Exercise"),
            _tr("Planned"),
            _tr("Done"),
            _tr("Stopped part-way"),
            _tr("Done of planned"),
        ],
        [_exercise_row(row, names) for row in rows],
        _tr("No exercises planned or done in this period."),
        numeric={1, 2, 3, 4},
        widths=(33, 12, 12, 22, 21),
    )
    note = _tr(
        "Planned: the routine reminder's sessions times the exercise's steps in that routine. "
        "Done counts the exercise in any routine; a dash: not in the reminded routine."
    )
    return table + f'<p class="note">{html.escape(note)}</p>'


def _exercise_row(row: ExerciseAdherence, names: dict[str, str]) -> list[str]:
    percent = row.percent
    return [
        names.get(row.exercise_id, row.exercise_id),
        "\u2013" if row.planned is None else str(row.planned),
        str(row.done),
        str(row.stopped),
        "" if percent is None else localized("{p:.0f} %", p=percent),
    ]


def _reminders(context: _Context) -> str:
    rows = reminder_responses(context.repo.reminder_event_counts(context.start, context.end))
    table = _table(
        [
            _tr("Reminder"),
            _tr("Shown"),
            _tr("Started"),
            _tr("Snoozed"),
            _tr("Skipped"),
            _tr("No answer"),
            _tr("Missed"),
        ],
        [_reminder_row(row) for row in rows],
        _tr("No reminders fell due in this period."),
        numeric={1, 2, 3, 4, 5, 6},
    )
    note = _tr(
        "Started: the patient chose \u201cI'm moving\u201d, Start now, Check in or Open timers. "
        "A snoozed reminder that comes back is shown again. No answer: closed or left open. "
        "Missed: fell due while the computer slept or Coach was closed."
    )
    return table + f'<p class="note">{html.escape(note)}</p>'


def _reminder_row(row: ReminderResponses) -> list[str]:
    names = {
        ReminderKind.MOVEMENT: _tr("Movement break"),
        ReminderKind.ROUTINE: _tr("Routine"),
        ReminderKind.HEAT: _tr("Heat"),
        ReminderKind.CHECKIN: _tr("Pain check-in"),
    }
    return [
        names[row.kind],
        str(row.shown),
        _share(row.started, row.shown),
        str(row.snoozed),
        str(row.skipped),
        str(row.unanswered),
        str(row.missed),
    ]


def _share(count: int, shown: int) -> str:
    if not shown:
        return str(count)
    return localized("{n} ({p:.0f} %)", n=count, p=100 * count / shown)


# ---- tables of records ---------------------------------------------------------------------------
def _table(
    headers: list[str],
    rows: list[list[str]],
    empty: str,
    numeric: set[int] | None = None,
    widths: Sequence[int] = (),
) -> str:
    """A table whose header row repeats on each page it runs onto; `numeric` columns are
    right-aligned, `widths` (percent) set the columns' widths."""
    if not rows:
        return f"<p>{html.escape(empty)}</p>"
    numeric = numeric or set()

    def cell(tag: str, index: int, text: str) -> str:
        align = ' align="right"' if index in numeric else ""
        width = f' width="{widths[index]}%"' if tag == "th" and index < len(widths) else ""
        return f"<{tag}{align}{width}>{html.escape(text)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        '<table border="1" cellspacing="0" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _sessions_table(repo: Repo, start: datetime, end: datetime, zone: tzinfo) -> str:
    rows = [
        [
            s.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            recorded_routine_name(s.routine_id, s.routine_name),
            localized("{minutes:.1f}", minutes=s.active_seconds / 60),
            _session_status(s.status),
            "" if s.pain_before is None else str(s.pain_before),
            "" if s.pain_after is None else str(s.pain_after),
        ]
        for s in repo.sessions_between(start, end)
    ]
    return _table(
        [
            _tr("Started"),
            _tr("Routine"),
            _tr("Minutes"),
            _tr("Status"),
            _tr("Pain before"),
            _tr("Pain after"),
        ],
        rows,
        _tr("No sessions in this period."),
        numeric={2, 4, 5},
    )


def _heat_table(repo: Repo, start: datetime, end: datetime, zone: tzinfo) -> str:
    from coach.domain.timers import TimerKind, TimerStatus  # noqa: PLC0415

    rows = [
        [
            t.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            heat_source_label(t.source) if t.source else "",
            area_in_sentence(t.area) if t.area else "",
            f"{(t.actual_seconds or 0) / 60:.0f}",
            _tr("done") if t.status is TimerStatus.COMPLETED else _tr("stopped early"),
        ]
        for t in repo.timers_between(start, end)
        if t.kind is TimerKind.HEAT and not t.status.active
    ]
    return _table(
        [_tr("Started"), _tr("Source"), _tr("Area"), _tr("Minutes"), _tr("Status")],
        rows,
        _tr("No heat sessions in this period."),
        numeric={3},
    )


def _notes(repo: Repo, start: datetime, end: datetime, zone: tzinfo) -> str:
    rows = [
        [c.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), str(c.pain), c.note]
        for c in repo.checkins_between(start, end)
        if c.note
    ]
    return _table(
        [_tr("When"), _tr("Pain"), _tr("Note")],
        rows,
        _tr("No notes in this period."),
        numeric={1},
        widths=(22, 8, 70),
    )


def _session_status(status: SessionStatus) -> str:
    return {
        SessionStatus.IN_PROGRESS: _tr("in progress"),
        SessionStatus.COMPLETED: _tr("completed"),
        SessionStatus.ENDED_EARLY: _tr("ended early"),
        SessionStatus.STOPPED_PAIN: _tr("stopped: pain"),
        SessionStatus.INTERRUPTED: _tr("interrupted"),
    }[status]
