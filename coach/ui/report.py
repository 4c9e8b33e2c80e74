"""The clinician report: a PDF for a date range with the patient's name, the plan, adherence, the
pain chart, the sessions and heat used, the notes written with check-ins, and red flags.

Built as a QTextDocument (headings, paragraphs, tables, the chart as an image) printed by
QPdfWriter, so it paginates itself and text stays text (searchable, selectable).
"""

import errno
import html
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coach.clock import Clock
from coach.domain.history import SessionStatus
from coach.domain.progress import ChangeSize, ProgressSeries, build_progress
from coach.domain.reminders import ReminderSettings
from coach.store.export import FIRST_YEAR, LAST_YEAR
from coach.store.repo import Repo
from coach.ui.core_text import core_text
from coach.ui.data_text import recorded_routine_name, routine_name
from coach.ui.i18n import localized
from coach.ui.labels import area_in_sentence, heat_source_label

log = logging.getLogger(__name__)

CHART_WIDTH = 1400
CHART_HEIGHT = 900


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
    from coach.ui.pages.progress import ProgressPage  # noqa: PLC0415

    start = datetime.combine(request.first, time(), zone)
    end = datetime.combine(request.last + timedelta(days=1), time(), zone)
    page = ProgressPage(repo, clock, settings.routine, zone)
    page.resize(CHART_WIDTH, CHART_HEIGHT)
    page.charts.resize(CHART_WIDTH, CHART_HEIGHT)
    page.pain_plot.setXRange(start.timestamp(), end.timestamp(), padding=0)
    chart = page.charts.grab().toImage()
    # Delete the page now: a graphics view still alive when Python exits can crash Qt.
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    document = QTextDocument()
    document.setDefaultStyleSheet(
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; }"
        " td, th { padding: 3px 6px; } th { text-align: left; }"
    )
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart)
    document.setHtml(_report_html(request, start, end, repo, clock, settings, zone, chart))

    if not target.parent.is_dir():  # written only where asked: never a new folder tree
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    if target.exists() and not target.is_file():
        raise OSError(f"{target} is not a file")
    # Written beside the target and moved over it once complete: QPdfWriter says nothing when it
    # cannot write, and a failure must neither leave half a report nor pass off an old one.
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    writer = QPdfWriter(str(partial))
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
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(150)
    page_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page_rect.width(), page_rect.height()))
    pages = document.pageCount()
    document.print_(writer)
    del writer  # closes the file
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"the PDF could not be written to {target}")
    partial.replace(target)
    log.info("wrote a %d-page report to %s", pages, target)
    return pages


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _report_html(
    request: ReportRequest,
    start: datetime,
    end: datetime,
    repo: Repo,
    clock: Clock,
    settings: ReminderSettings,
    zone: tzinfo,
    chart: QImage,
) -> str:
    e = html.escape
    today = clock.now().astimezone(zone).date()
    series = build_progress(
        [c for c in repo.checkin_ratings() if start.timestamp() <= c[0] < end.timestamp()],
        [s for s in repo.exercise_intervals() if start.timestamp() <= s[0] < end.timestamp()],
        [h for h in repo.heat_intervals() if start.timestamp() <= h[0] < end.timestamp()],
        settings.routine,
        min(today, request.last),
        zone,
    )
    parts = [
        f"<h1>{e(_tr('Coach report'))}</h1>",
        "<p>"
        + e(_tr("Patient: {name}").format(name=request.patient or _tr("(not given)")))
        + "<br>"
        + e(
            _tr("Period: {first} to {last}").format(
                first=request.first.isoformat(), last=request.last.isoformat()
            )
        )
        + "<br>"
        + e(_tr("Written by Coach on {day}.").format(day=today.isoformat()))
        + "</p>",
        "<p><i>"
        + e(
            _tr(
                "Coach records what the patient entered; it makes no diagnosis. Pain is on the "
                "0-10 numeric rating scale (0 = no pain, 10 = worst imaginable pain)."
            )
        )
        + "</i></p>",
        f"<h2>{e(_tr('Plan'))}</h2>",
        "<p>" + e(_plan_text(settings, repo)) + "</p>",
        f"<h2>{e(_tr('Pain and adherence'))}</h2>",
        "<p>" + e(_summary_text(series)) + "</p>",
        f'<p><img src="chart.png" width="640" height="{640 * chart.height() // max(chart.width(), 1)}"></p>',
        f"<h2>{e(_tr('Sessions'))}</h2>",
        _sessions_table(repo, start, end, zone),
        f"<h2>{e(_tr('Heat'))}</h2>",
        _heat_table(repo, start, end, zone),
        f"<h2>{e(_tr('Notes with check-ins'))}</h2>",
        _notes(repo, start, end, zone),
        f"<h2>{e(_tr('Red flags'))}</h2>",
        _red_flags(repo, start, end, zone),
    ]
    return "\n".join(parts)


def _red_flags(repo: Repo, start: datetime, end: datetime, zone: tzinfo) -> str:
    """The red-flag questions answered "yes" in the first run (with how soon each calls for a
    clinician), and the new symptoms reported in the period (check-ins, "stop - this hurts")."""
    from coach.domain.safety import RedFlag, symptom_advice  # noqa: PLC0415
    from coach.ui.advice import (  # noqa: PLC0415
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


def _plan_text(settings: ReminderSettings, repo: Repo) -> str:
    from PySide6.QtCore import QLocale  # noqa: PLC0415

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
    plan = repo.active_plan()
    if plan is not None:
        lines.insert(
            0,
            _tr('Clinician plan "{title}", in use since {day}.').format(
                title=plan.title, day=plan.adopted_at.astimezone().date().isoformat()
            ),
        )
    return " ".join(lines)


def _summary_text(series: ProgressSeries) -> str:
    parts = []
    change = series.change
    if change is None:
        parts.append(_tr("Fewer than two weeks of check-ins in this period: no change to report."))
    else:
        percent = "" if change.percent is None else localized(" ({p:+.0f} %)", p=-change.percent)
        parts.append(
            localized(
                _tr(
                    "Pain {start:.1f} in the first week, {now:.1f} in the last: "
                    "{points:+.1f} points{percent}."
                ),
                start=change.start,
                now=change.now,
                points=-change.points,
                percent=percent,
            )
        )
        parts.append(
            _tr("This is a meaningful improvement (a fall of 2 points or 30 %).")
            if change.meaningful and change.size is not ChangeSize.WORSE
            else _tr("This is not a meaningful improvement (a fall of 2 points or 30 %).")
        )
    planned = sum(w.planned for w in series.weeks)
    done = sum(w.done for w in series.weeks)
    if planned:
        parts.append(
            localized(
                _tr("Routines done: {done} of {planned} planned ({percent:.0f} %)."),
                done=done,
                planned=planned,
                percent=100 * done / planned,
            )
        )
    return " ".join(parts)


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p>{html.escape(empty)}</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f'<table border="1" cellspacing="0" width="100%"><tr>{head}</tr>{body}</table>'


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
    )


def _notes(repo: Repo, start: datetime, end: datetime, zone: tzinfo) -> str:
    rows = [
        [c.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), str(c.pain), c.note]
        for c in repo.checkins_between(start, end)
        if c.note
    ]
    return _table([_tr("When"), _tr("Pain"), _tr("Note")], rows, _tr("No notes in this period."))


def _session_status(status: SessionStatus) -> str:
    return {
        SessionStatus.IN_PROGRESS: _tr("in progress"),
        SessionStatus.COMPLETED: _tr("completed"),
        SessionStatus.ENDED_EARLY: _tr("ended early"),
        SessionStatus.STOPPED_PAIN: _tr("stopped: pain"),
        SessionStatus.INTERRUPTED: _tr("interrupted"),
    }[status]
