"""The clinician report: a PDF for a date range that a physiotherapist can read as a clinical
document. Safety first (flags raised or open, the first-run answers, new symptoms), then the plan
(clinician, title, start and review dates, the prescribed exercises and their doses), pain with its
chart, week by week pain, stiffness, sleep and routines done, pain before and after sessions,
adherence per exercise, how reminders and movement breaks were answered, and the records behind
them (sessions, heat, notes).

What it says is read and summed up by `coach.services.report` (plain data); this module words it
and lays it out. Built as a QTextDocument (headings, paragraphs, tables, the chart as an image)
laid out for the PDF writer itself, so text prints at its point size and stays text (searchable,
selectable). Each page is painted by `report_pages`, not by QTextDocument.print, to put the period
and "Page n of m" on every page; a heading that would end a page moves to the next one with the
start of its section, and a paragraph is never split between pages. Runs on the caller's thread: a
year of records takes about 1.5 s.
"""

import errno
import html
import logging
from collections.abc import Sequence
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPalette, QPdfWriter, QTextDocument

from coach.domain.history import SessionStatus
from coach.domain.progress import ProgressSeries
from coach.domain.reminders import ReminderSettings
from coach.domain.report_summary import ExerciseAdherence, PainAroundSessions, ReminderResponses
from coach.domain.schedule import ReminderKind
from coach.domain.session_time import record_time
from coach.services.context import ServiceContext
from coach.services.report import (
    Adherence,
    ReportData,
    ReportRequest,
    ReportService,
    adherence_by_week,
    weeks_of,
)
from coach.ui.dialogs.report_chart import chart_image, reminder_chart_image, report_font
from coach.ui.dialogs.report_pages import (
    RESOLUTION,
    image_scale,
    keep_together,
    page_texts,
    paint_pages,
    pixels,
)
from coach.ui.lifecycle.i18n import localized
from coach.ui.text.core import core_text
from coach.ui.text.data import exercise_name, recorded_routine_name, routine_name
from coach.ui.text.labels import (
    area_in_sentence,
    dosage_text,
    duration_text,
    heat_source_label,
    session_time_text,
)
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.palettes import light_palette

if TYPE_CHECKING:
    from coach.domain.plan import Plan

log = logging.getLogger(__name__)

MARGIN_MM = 15.0
BAND_MM = 10.0  # the header and the footer, each, inside the margins
BODY_PT = tokens.PRINT_BODY_PT
TABLE_PT = tokens.PRINT_TABLE_PT
HEADER_PT = tokens.PRINT_SMALL_PT  # column names: long German words fit without breaking
_ROLE = QPalette.ColorRole


def write_report(
    request: ReportRequest,
    target: Path,
    context: ServiceContext,
    settings: ReminderSettings | None,
    zone: tzinfo,
) -> int:
    """Write the PDF with the reminder `settings` in force (None: as stored); returns its page
    count. OSError when the file cannot be written, PeriodError for a period outside the years
    Coach records, ServiceError when the store cannot be read."""
    request.check()
    if not target.parent.is_dir():  # written only where asked: never a new folder tree
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    if target.exists() and not target.is_file():
        raise OSError(f"{target} is not a file")
    # Written beside the target and moved over it once complete: QPdfWriter says nothing when it
    # cannot write, and a failure must neither leave half a report nor pass off an old one.
    partial = target.with_name(f".{target.name}.partial")
    data = ReportService(context).data(request, zone, settings)
    partial.unlink(missing_ok=True)
    try:
        pages = _write_pdf(data, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"the PDF could not be written to {target}")
    partial.replace(target)
    log.info("wrote a %d-page report to %s", pages, target)
    return pages


def _write_pdf(data: ReportData, path: Path) -> int:
    request = data.request
    writer = QPdfWriter(str(path))
    writer.setTitle(
        translate("Report", "Coach report {first} to {last}").format(
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
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    band = pixels(BAND_MM)
    if area.height() <= 4 * band:
        raise OSError("the PDF's A4 page could not be set up")
    document = build_document(data, writer, QSizeF(area.width(), area.height() - 2 * band))
    pages = paint_pages(document, writer, page_texts(request, data.today), band)
    del writer  # closes the file
    return pages


def build_document(data: ReportData, device: QPdfWriter, page: QSizeF) -> QTextDocument:
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
        f" h1 {{ font-size: {tokens.PRINT_TITLE_PT}pt; margin-bottom: 6px; }}"
        f" h2 {{ font-size: {tokens.PRINT_HEADING_PT}pt; margin-top: 22px; margin-bottom: 8px; }}"
        f" h3 {{ font-size: {tokens.PRINT_SUBHEADING_PT}pt; margin-top: 14px; margin-bottom: 6px; }}"
        " p { margin-top: 0px; margin-bottom: 8px; } li { margin-bottom: 3px; }"
        f" table {{ border-collapse: collapse; border-color: {colour[_ROLE.Mid]}; }}"
        f" td {{ padding: 4px 6px; font-size: {TABLE_PT}pt; }}"
        f" th {{ padding: 4px 4px; font-size: {HEADER_PT}pt; text-align: left;"
        f" background-color: {colour[_ROLE.AlternateBase]}; }}"
        f" .note {{ font-size: {TABLE_PT}pt; color: {colour[_ROLE.PlaceholderText]}; }}"
    )
    width = page.width() - 2 * document.documentMargin()
    document.setHtml(_report_html(data, document, device, width))
    for _round in range(3):  # a page break moves what follows: check again, a few times at most
        if not keep_together(document):
            break
        # Laid out again, all of it: Qt redraws blocks moved by a new page break only then.
        document.markContentsDirty(0, document.characterCount())
    return document


# ---- pages: header, footer, page breaks ----------------------------------------------------------
# ---- the report's text ---------------------------------------------------------------------------
def _report_html(
    data: ReportData, document: QTextDocument, device: QPdfWriter, width: float
) -> str:
    e = html.escape
    request = data.request
    series = data.series
    width_mm = width / RESOLUTION * 25.4
    scale = image_scale(device)
    chart = chart_image(series, request.first, request.last, width_mm)
    chart_html = (
        "<p>"
        + e(translate("Report", "No check-ins, routines or heat in this period: no chart."))
        + "</p>"
    )
    if chart is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart)
        height = width * chart.height() / chart.width()
        size = f'width="{width / scale:.0f}" height="{height / scale:.0f}"'
        chart_html = f'<p><img src="chart.png" {size}></p>'
    reminders_html = ""
    reminders = reminder_chart_image(data.reminder_weeks, request.first, request.last, width_mm)
    if reminders is not None:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl("reminders.png"), reminders
        )
        height = width * reminders.height() / reminders.width()
        size = f'width="{width / scale:.0f}" height="{height / scale:.0f}"'
        reminders_html = f'<p><img src="reminders.png" {size}></p>'
    patient = request.patient or translate("Report", "(not given)")
    parts = [
        "<h1>" + e(translate("Report", "Coach report")) + "</h1>",
        "<p>"
        + e(translate("Report", "Patient: {name}").format(name=patient))
        + "<br>"
        + e(page_texts(request, data.today).period)
        + "<br>"
        + e(translate("Report", "Written by Coach on {day}.").format(day=data.today.isoformat()))
        + "</p>",
        '<p class="note"><i>'
        + e(
            translate(
                "Report",
                "Coach records what the patient entered; it makes no diagnosis. Pain is on the "
                "0-10 numeric rating scale (0 = no pain, 10 = worst imaginable pain).",
            )
        )
        + "</i></p>",
        "<h2>" + e(translate("Report", "Safety")) + "</h2>",
        _safety(data),
        "<h2>" + e(translate("Report", "Plan")) + "</h2>",
        _plan_section(data),
        "<h2>" + e(translate("Report", "Pain, stiffness and sleep")) + "</h2>",
        "<p>" + e(_pain_change_text(series)) + "</p>",
        chart_html,
        "<h3>" + e(translate("Report", "Week by week")) + "</h3>",
        _weeks_table(data),
        "<h3>" + e(translate("Report", "Pain before and after sessions")) + "</h3>",
        _pain_around_sessions(data),
        "<h2>" + e(translate("Report", "Adherence per exercise")) + "</h2>",
        _exercise_adherence(data),
        "<h2>" + e(translate("Report", "Movement breaks and reminders")) + "</h2>",
        reminders_html,
        _reminders(data),
        "<h2>" + e(translate("Report", "Sessions")) + "</h2>",
        _sessions_table(data),
        "<h2>" + e(translate("Report", "Heat")) + "</h2>",
        _heat_table(data),
        "<h2>" + e(translate("Report", "Notes with check-ins")) + "</h2>",
        _notes(data),
    ]
    return "\n".join(parts)


def _safety(data: ReportData) -> str:
    """The safety flags that stood in the period (raised, or still open from before), one line
    each; then the first-run answers and the new symptoms reported."""
    from coach.ui.text.advice import safety_flag_line  # noqa: PLC0415

    e = html.escape
    flags = data.safety_flags
    title = translate("Report", "Safety flags raised or open in this period")
    if flags:
        items = "".join(f"<li>{e(safety_flag_line(flag))}</li>" for flag in flags)
        listed = f"<ul>{items}</ul>"
    else:
        listed = "<p>" + e(translate("Report", "none")) + "</p>"
    return (
        f"<h3>{e(title)}</h3>{listed}"
        + "<h3>"
        + e(translate("Report", "Safety questions and new symptoms"))
        + "</h3>"
        + _red_flags(data)
    )


def _red_flags(data: ReportData) -> str:
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
    answers, problem, zone = data.answers, data.answers_problem, data.zone
    rows = []
    for at, routine, names in data.symptoms:
        advice = symptom_advice(known_symptoms(names))
        rows.append(
            [
                at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                translate("Report", "stopped {routine}: it hurt").format(routine=routine)
                if routine
                else translate("Report", "check-in"),
                symptom_names(names),
                urgency_label(advice.urgency) if advice else "",
            ]
        )
    parts = []
    if (answers is None or not answers.yes) and not rows:
        parts.append("<p>" + e(translate("Report", "None recorded.")) + "</p>")
    if problem is not None:
        text = translate("Report", "The first-run answers could not be read ({problem}).")
        parts.append(f"<p>{e(text.format(problem=core_text(problem.describe())))}</p>")
    elif answers is None or not answers.answered:
        parts.append(
            "<p>"
            + e(translate("Report", "The first-run safety questions were not answered."))
            + "</p>"
        )
    else:
        day = answers.updated_at.astimezone(zone).date().isoformat() if answers.updated_at else ""
        yes = sorted(answers.yes, key=list(RedFlag).index)
        if yes:
            heading = translate(
                "Report", "Answered yes in the safety questions (last changed {day}):"
            )
            items = "".join(
                f"<li>{e(red_flag_label(flag))} ({e(urgency_label(flag.urgency))})</li>"
                for flag in yes
            )
            parts.append(f"<p>{e(heading.format(day=day))}</p><ul>{items}</ul>")
        else:
            text = translate(
                "Report", "No red flags in the safety questions ({n} of {total} answered, {day})."
            )
            parts.append(
                f"<p>{e(text.format(n=len(answers.answered), total=len(RedFlag), day=day))}</p>"
            )
    parts.append(
        _table(
            [
                translate("Report", "When"),
                translate("Report", "Reported with"),
                translate("Report", "New symptoms"),
                translate("Report", "Advice given"),
            ],
            rows,
            translate("Report", "No new symptoms reported in this period."),
        )
    )
    return "\n".join(parts)


# ---- the plan ------------------------------------------------------------------------------------
def _plan_section(data: ReportData) -> str:
    """Who prescribed what, from when to when, and the doses; or plainly that there is no plan."""
    e = html.escape
    stored, plan = data.stored_plan, data.plan
    parts = []
    if stored is None:
        parts.append(
            "<p><b>"
            + e(translate("Report", "No clinician plan."))
            + "</b> "
            + e(translate("Report", "The patient uses Coach's own routines and reminders."))
            + "</p>"
        )
    elif plan is None:
        parts.append(
            "<p>"
            + e(
                translate(
                    "Report",
                    'The clinician plan "{title}" (in use since {day}) cannot be read by this '
                    "version of Coach: its details are not shown.",
                ).format(title=stored.title, day=stored.adopted_at.astimezone(data.zone).date())
            )
            + "</p>"
        )
    else:
        adopted = stored.adopted_at.astimezone(data.zone).date()
        parts.append(_plan_details(plan, adopted, data.today))
    parts.append("<p>" + e(_schedule_text(data)) + "</p>")
    if data.dosed:
        heading = (
            translate("Report", "Prescribed exercises")
            if plan is not None
            else translate("Report", "Exercises")
        )
        parts.append(f"<h3>{e(heading)}</h3>")
        parts.append(_exercises_table(data))
    return "\n".join(parts)


def _plan_details(plan: "Plan", adopted: date, today: date) -> str:
    e = html.escape
    clinician = plan.clinician_name + (
        f" ({plan.clinician_contact})" if plan.clinician_contact else ""
    )
    review = translate("Report", "none set")
    if plan.review is not None:
        review = plan.review.isoformat()
        if plan.review < today:
            review = translate("Report", "{day} (overdue)").format(day=review)
    rows = [
        (translate("Report", "Clinician"), clinician),
        (translate("Report", "Plan"), plan.title),
        (translate("Report", "Start"), plan.start.isoformat()),
        (translate("Report", "Review"), review),
        (translate("Report", "In use in Coach since"), adopted.isoformat()),
    ]
    if plan.notes:
        rows.append((translate("Report", "Clinician's notes"), plan.notes))
    body = "".join(
        f'<tr><td width="28%"><b>{e(label)}</b></td><td>{e(value)}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0" cellpadding="2" width="100%">{body}</table>'


def _exercise_names(data: ReportData) -> dict[str, str]:
    """Exercise ids to names as shown (built-ins in the user's language, a plan's as written)."""
    return {e.id: exercise_name(e) for e in data.exercises}


def _exercises_table(data: ReportData) -> str:
    """Each routine's exercises with the dose prescribed and the dose in use now (the patient
    may have accepted a step up or down since)."""
    names = _exercise_names(data)
    plan = data.plan
    rows = []
    for dosed in data.dosed:
        routine, in_use = dosed.routine, dosed.in_use
        for index, step in enumerate(routine.steps):
            now = in_use.steps[index].dosage if index < len(in_use.steps) else step.dosage
            rows.append(
                [
                    routine_name(routine) if index == 0 else "",
                    names.get(step.exercise_id, step.exercise_id),
                    dosage_text(step.dosage),
                    translate("Report", "as prescribed")
                    if now == step.dosage
                    else dosage_text(now),
                ]
            )
    return _table(
        [
            translate("Report", "Routine"),
            translate("Report", "Exercise"),
            translate("Report", "Prescribed dose")
            if plan is not None
            else translate("Report", "Dose"),
            translate("Report", "Dose in use now"),
        ],
        rows,
        translate("Report", "No exercises."),
    )


def _schedule_text(data: ReportData) -> str:
    settings = data.settings
    routine = settings.routine
    locale = QLocale()
    days = ", ".join(
        locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in sorted(routine.weekdays)
    )
    times = ", ".join(f"{t:%H:%M}" for t in routine.times)
    name = routine_name(data.reminded) if data.reminded is not None else routine.routine_id
    lines = [
        translate("Report", "Routine {routine} at {times} on {days}{off}.").format(
            routine=name,
            times=times,
            days=days,
            off="" if routine.enabled else translate("Report", " (reminders off)"),
        ),
        translate("Report", "Movement break every {n} minutes of working time{off}.").format(
            n=settings.movement.every_minutes,
            off="" if settings.movement.enabled else translate("Report", " (off)"),
        ),
    ]
    return translate("Report", "Reminders now: {lines}").format(lines=" ".join(lines))


# ---- pain, stiffness, sleep, adherence -----------------------------------------------------------
def _pain_change_text(series: ProgressSeries) -> str:
    from coach.domain.progress import is_meaningful_fall  # noqa: PLC0415

    change = series.change
    if change is None:
        return translate(
            "Report", "Fewer than two weeks of check-ins in this period: no change to report."
        )
    percent = "" if change.percent is None else localized(" ({p:+.0f} %)", p=-change.percent)
    text = localized(
        translate(
            "Report",
            "Pain {start:.1f} in the first week, {now:.1f} in the last: {points:+.1f} points{percent}.",
        ),
        start=change.start,
        now=change.now,
        points=-change.points,
        percent=percent,
    )
    rule = translate("Report", "a fall of at least 2 points, or of at least 30 % and 1.5 points")
    verdict = (
        translate("Report", "This is a meaningful improvement ({rule}).")
        if is_meaningful_fall(change.start, change.now)
        else translate("Report", "This is not a meaningful improvement ({rule}).")
    )
    return text + " " + verdict.format(rule=rule)


def _weeks_table(data: ReportData) -> str:
    """Per week of the period: check-ins and the mean pain, stiffness and sleep; routines done of
    those planned."""
    ratings = {w.week_start: w for w in data.weeks}
    kept = adherence_by_week(data)
    rows = []
    for week in weeks_of(data):
        rated = ratings.get(week)
        done, planned = kept.get(week, (0, 0))
        rows.append(
            [
                max(week, data.request.first).isoformat(),
                str(rated.checkins) if rated else "0",
                _mean(rated.pain if rated else None),
                _mean(rated.stiffness if rated else None),
                _mean(rated.sleep if rated else None),
                _done_of(done, planned) if planned else "",
            ]
        )
    table = _table(
        [
            translate("Report", "Week from"),
            translate("Report", "Check-ins"),
            translate("Report", "Pain"),
            translate("Report", "Stiffness"),
            translate("Report", "Sleep"),
            translate("Report", "Routines done"),
        ],
        rows,
        "",
        numeric={1, 2, 3, 4, 5},
    )
    note = translate(
        "Report",
        "Means of the check-ins of each week. Stiffness: 0 = none, 10 = worst imaginable. "
        "Sleep (the night before): 0 = very poor, 10 = very good.",
    )
    return (
        table
        + f'<p class="note">{html.escape(note)} {html.escape(_planned_note(data.adherence))}</p>'
    )


def _planned_note(adherence: Adherence) -> str:
    if adherence.first is None:
        return translate("Report", "No routines were planned in this period.")
    planned = sum(adherence.planned.values())
    done = sum(min(adherence.done.get(d, 0), n) for d, n in adherence.planned.items())
    text = translate(
        "Report",
        "Routines done: {done} of {planned} planned by the routine reminder from {first} to "
        "{last} ({percent:.0f} %).",
    )
    if not planned:
        return translate(
            "Report", "The routine reminder planned no routines from {first} to {last}."
        ).format(first=adherence.first.isoformat(), last=adherence.last.isoformat())
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
        translate("Report", "{done} of {planned} ({percent:.0f} %)"),
        done=done,
        planned=planned,
        percent=100 * done / planned,
    )


def _pain_around_sessions(data: ReportData) -> str:
    summary = data.pain_around
    if summary is None:
        return (
            "<p>"
            + html.escape(translate("Report", "No session was rated both before and after."))
            + "</p>"
        )
    return _pain_around_table(summary)


def _pain_around_table(summary: PainAroundSessions) -> str:
    table = _table(
        [
            translate("Report", "Sessions rated"),
            translate("Report", "Median before"),
            translate("Report", "Median after"),
            translate("Report", "Median change"),
            translate("Report", "Meaningful fall"),
            translate("Report", "Pain rose"),
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
    note = translate(
        "Report",
        "Change is after minus before, session by session. A meaningful fall is one of at least "
        "2 points, or of at least 30 % and 1.5 points.",
    )
    if summary.before_only:
        note += " " + translate(
            "Report", "{n} more sessions were rated before but not after."
        ).format(n=summary.before_only)
    return table + f'<p class="note">{html.escape(note)}</p>'


def _exercise_adherence(data: ReportData) -> str:
    rows = data.exercise_adherence
    names = _exercise_names(data)
    table = _table(
        [
            translate("Report", "Exercise"),
            translate("Report", "Planned"),
            translate("Report", "Done"),
            translate("Report", "Stopped part-way"),
            translate("Report", "Done of planned"),
        ],
        [_exercise_row(row, names) for row in rows],
        translate("Report", "No exercises planned or done in this period."),
        numeric={1, 2, 3, 4},
        widths=(33, 12, 12, 22, 21),
    )
    note = translate(
        "Report",
        "Planned: the routine reminder's sessions times the exercise's steps in that routine. "
        "Done counts the exercise in any routine; a dash: not in the reminded routine.",
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


def _reminders(data: ReportData) -> str:
    rows = data.reminders
    table = _table(
        [
            translate("Report", "Reminder"),
            translate("Report", "Shown"),
            translate("Report", "Started"),
            translate("Report", "Snoozed"),
            translate("Report", "Skipped"),
            translate("Report", "No answer"),
            translate("Report", "Missed"),
        ],
        [_reminder_row(row) for row in rows],
        translate("Report", "No reminders fell due in this period."),
        numeric={1, 2, 3, 4, 5, 6},
    )
    note = translate(
        "Report",
        "Started: the patient chose \u201cI'm moving\u201d, Start now, Check in or Open timers. "
        "A snoozed reminder that comes back is shown again. No answer: closed or left open. "
        "Missed: fell due while the computer slept or Coach was closed.",
    )
    return table + f'<p class="note">{html.escape(note)}</p>'


def _reminder_row(row: ReminderResponses) -> list[str]:
    names = {
        ReminderKind.MOVEMENT: translate("Report", "Movement break"),
        ReminderKind.ROUTINE: translate("Report", "Routine"),
        ReminderKind.HEAT: translate("Report", "Heat"),
        ReminderKind.CHECKIN: translate("Report", "Pain check-in"),
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


def _sessions_table(data: ReportData) -> str:
    zone = data.zone
    rows = [
        [
            s.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            recorded_routine_name(s.routine_id, s.routine_name),
            session_time_text(record_time(s)),
            _session_status(s.status),
            "" if s.pain_before is None else str(s.pain_before),
            "" if s.pain_after is None else str(s.pain_after),
        ]
        for s in data.sessions
    ]
    table = _table(
        [
            translate("Report", "Started"),
            translate("Report", "Routine"),
            translate("Report", "Time"),
            translate("Report", "Status"),
            translate("Report", "Pain before"),
            translate("Report", "Pain after"),
        ],
        rows,
        translate("Report", "No sessions in this period."),
        numeric={4, 5},
    )
    if not rows:
        return table
    note = translate(
        "Report",
        "Active time counts the exercises themselves, the holds and movements, without getting "
        "ready, rests between sets and pauses; the second time is from start to end.",
    )
    return table + f'<p class="note">{html.escape(note)}</p>'


def _heat_table(data: ReportData) -> str:
    from coach.domain.timers import TimerStatus  # noqa: PLC0415

    zone = data.zone
    rows = [
        [
            t.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            heat_source_label(t.source) if t.source else "",
            area_in_sentence(t.area) if t.area else "",
            duration_text(t.actual_seconds or 0),
            translate("Report", "done")
            if t.status is TimerStatus.COMPLETED
            else translate("Report", "stopped early"),
        ]
        for t in data.heat
    ]
    return _table(
        [
            translate("Report", "Started"),
            translate("Report", "Source"),
            translate("Report", "Area"),
            translate("Report", "Time"),
            translate("Report", "Status"),
        ],
        rows,
        translate("Report", "No heat sessions in this period."),
        numeric={3},
    )


def _notes(data: ReportData) -> str:
    rows = [
        [c.at.astimezone(data.zone).strftime("%Y-%m-%d %H:%M"), str(c.pain), c.note]
        for c in data.notes
    ]
    return _table(
        [translate("Report", "When"), translate("Report", "Pain"), translate("Report", "Note")],
        rows,
        translate("Report", "No notes in this period."),
        numeric={1},
        widths=(22, 8, 70),
    )


def _session_status(status: SessionStatus) -> str:
    return {
        SessionStatus.IN_PROGRESS: translate("Report", "in progress"),
        SessionStatus.COMPLETED: translate("Report", "completed"),
        SessionStatus.ENDED_EARLY: translate("Report", "ended early"),
        SessionStatus.STOPPED_PAIN: translate("Report", "stopped: pain"),
        SessionStatus.INTERRUPTED: translate("Report", "interrupted"),
    }[status]
