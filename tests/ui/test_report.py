"""The clinician report: a PDF with its pages, the pain chart as an image, and the tables; the
sections a physiotherapist needs (issue 17, point 10), read back from the PDF's own text; the period
and page number on every page; no heading left alone at a page's foot; chart text of 8 pt or more
on paper, legends outside the data."""

import itertools
import re
import statistics
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QTextBlock, QTextFragment
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.reminders import ReminderSettings
from coach.services.report import ReportRequest, ReportService
from coach.ui.dialogs.report import write_report
from coach.ui.lifecycle import startup
from tests.ui.report_data import FIRST, LAST, ZONE, Seeded, seed_three_weeks
from tests.ui.test_progress import fill

HEADINGS = (
    "Coach report",
    "Safety",
    "Safety flags raised or open in this period",
    "Safety questions and new symptoms",
    "Plan",
    "Prescribed exercises",
    "Exercises",
    "Pain, stiffness and sleep",
    "Week by week",
    "Pain before and after sessions",
    "Adherence per exercise",
    "Movement breaks and reminders",
    "Sessions",
    "Heat",
    "Notes with check-ins",
)


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_the_report_has_its_pages_and_the_chart_image(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    fill(services, clock, 60)
    today = clock.now().date()
    target = tmp_path / "reports" / "report.pdf"
    target.parent.mkdir()  # written only into a folder that exists (issue 16, point 6)
    pages = write_report(
        ReportRequest(today - timedelta(days=59), today, "Alex Example"),
        target,
        services.context,
        ReminderSettings(),
        ZoneInfo("Europe/Berlin"),
    )
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages >= 2 and pdf_pages(data) == pages  # sixty sessions fill more than a page
    assert re.search(rb"/Subtype\s*/Image", data), "the pain chart is not in the PDF"


def test_a_report_that_cannot_be_written_says_so(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(OSError, match=r"a-folder\.pdf"):
        write_report(
            ReportRequest(clock.now().date(), clock.now().date()),
            folder,
            services.context,
            ReminderSettings(),
            ZoneInfo("UTC"),
        )


def test_a_period_outside_the_recorded_years_is_refused(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    from datetime import date

    with pytest.raises(ValueError, match="between 1970 and 2200"):
        write_report(
            ReportRequest(date(2026, 1, 1), date(9999, 12, 31)),
            tmp_path / "r.pdf",
            services.context,
            ReminderSettings(),
            ZoneInfo("UTC"),
        )
    assert not (tmp_path / "r.pdf").exists()


def pdf_text(path: Path) -> list[list[str]]:
    """Each page's lines of text, as a reader's PDF program extracts them (Qt's PDF module)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(i).text().splitlines() for i in range(document.pageCount())]
    document.close()
    return pages


def body_lines(page: list[str]) -> list[str]:
    """A page's lines without its header and footer (painted last, so extracted last)."""
    assert page[-2].startswith("Coach report") and "Page " in page[-1], page[-2:]
    return [line for line in page[:-2] if line.strip()]


def seeded_report(
    services: startup.Services, clock: FakeClock, folder: Path
) -> tuple[Seeded, Path, int]:
    seeded = seed_three_weeks(services, clock, folder)
    settings, _problem = services.repo.load_reminder_settings()
    target = folder / "report.pdf"
    pages = write_report(
        ReportRequest(seeded.first, seeded.last, "Sam Patient"),
        target,
        services.context,
        settings,
        ZONE,
    )
    return seeded, target, pages


def test_the_report_names_the_clinician_plan_its_dates_and_prescribed_doses(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    from coach.services.plans import read_plan
    from tests.helpers import REPO_ROOT

    plan = read_plan(
        REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"
    )
    services.repo.adopt_plan(plan, "test")
    settings, _problem = services.repo.load_reminder_settings()
    today = clock.now().date()
    write_report(
        ReportRequest(today - timedelta(days=6), today),
        tmp_path / "r.pdf",
        services.context,
        settings,
        ZONE,
    )
    text = "\n".join(line for page in pdf_text(tmp_path / "r.pdf") for line in page)
    assert "Clinician Alex Moreno, physiotherapist (Riverside Physio, 01632 960 321)" in text
    assert "Plan Neck and upper back, weeks 1-4" in text
    assert "Start 2026-12-01" in text and "Review 2026-12-29" in text
    assert f"In use in Coach since {today.isoformat()}" in text
    assert "Clinician's notes Move within comfort" in text
    assert "Routine Neck basics at 10:30, 15:00 on Mon, Tue, Wed, Thu, Fri." in text
    assert "Prescribed exercises" in text
    # Each exercise of each routine with the plan's own dose for it.
    assert "Neck basics Chin tuck Hold 5 s, 8 times as prescribed" in text
    assert "Upper trapezius stretch Hold 20 s, 2 times · each side as prescribed" in text
    assert "Evening mobility Cat-camel 8 slow repetitions as prescribed" in text
    assert "No clinician plan" not in text


def test_a_report_without_a_clinician_plan_says_so_plainly(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    today = clock.now().date()
    write_report(
        ReportRequest(today - timedelta(days=27), today),
        tmp_path / "r.pdf",
        services.context,
        ReminderSettings(),
        ZONE,
    )
    text = "\n".join(line for page in pdf_text(tmp_path / "r.pdf") for line in page)
    assert "No clinician plan. The patient uses Coach's own routines and reminders." in text
    assert "Exercises\nRoutine Exercise Dose Dose in use now" in text
    assert "Safety flags raised or open in this period\nnone" in text
    assert "No session was rated both before and after." in text
    assert "No reminders fell due in this period." in text


def test_the_report_has_each_section_a_physiotherapist_needs(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    """Each new section, with numbers worked out here from the store's rows, independently of
    the report's own queries."""
    from coach.domain.reminders import ReminderEvent
    from coach.domain.schedule import ReminderKind

    _seeded, target, _pages = seeded_report(services, clock, tmp_path)
    repo = services.repo
    start = datetime.combine(FIRST, time(), ZONE)
    end = datetime.combine(LAST + timedelta(days=1), time(), ZONE)
    text = "\n".join(line for page in pdf_text(target) for line in page)

    # Safety: the flag raised by a check-in, with its date, the same-day sentence and its clearing.
    assert "Safety flags raised or open in this period" in text
    flag_line = re.search(
        r"2026-05-27 \d\d:\d\d, check-in: .Weakness in an arm or hand.\. (.+)", text
    )
    assert flag_line is not None
    assert "Contact your doctor today" in flag_line.group(1)
    assert re.search(r"Cleared on 2026-05-29 \d\d:\d\d \(a clinician checked it\)\.", text)
    assert "No red flags in the safety questions" in text

    # The plan: clinician, title, dates; the prescribed exercises and doses.
    assert "Clinician Alex Moreno, physiotherapist" in text
    assert "Start 2026-05-18" in text and "Review 2026-06-15" in text
    assert "Neck basics Chin tuck Hold 5 s, 8 times as prescribed" in text

    # Stiffness and sleep, week by week: the first week's means.
    first_week = [c for c in repo.checkins_between(start, start + timedelta(days=7))]
    stiffness = statistics.fmean(c.stiffness for c in first_week if c.stiffness is not None)
    sleep = statistics.fmean(c.sleep for c in first_week if c.sleep is not None)
    pain = statistics.fmean(c.pain for c in first_week)
    assert "Week from Check-ins Pain Stiffness Sleep Routines done" in text
    assert f"2026-05-18 7 {pain:.1f} {stiffness:.1f} {sleep:.1f} " in text

    # Pain before and after sessions: count and medians.
    sessions = repo.sessions_between(start, end)
    rated = [(s.pain_before, s.pain_after) for s in sessions if s.pain_after is not None]
    before = statistics.median(b for b, _ in rated if b is not None)
    after = statistics.median(a for _, a in rated if a is not None)
    change = statistics.median(a - b for b, a in rated if a is not None and b is not None)
    assert (
        "Sessions rated Median before Median after Median change Meaningful fall Pain rose" in text
    )
    assert f"{len(rated)} {before:.1f} {after:.1f} {change:+.1f} " in text

    # Adherence per exercise: the chin tuck, planned twice a working day for three weeks.
    done = sum(
        1
        for s in sessions
        for step in repo.steps_of(s.id)
        if step.exercise_id == "chin_tuck" and step.completed
    )
    assert f"Chin tuck 30 {done} " in text and f"{100 * done / 30:.0f} %" in text

    # Movement breaks and reminders: each answer counted.
    events = repo.reminder_events_between(start, end)
    moves = [e for kind, e, *_ in events if kind is ReminderKind.MOVEMENT]
    counts = {event: moves.count(event) for event in ReminderEvent}
    shown, started = counts[ReminderEvent.SHOWN], counts[ReminderEvent.STARTED]
    assert (
        f"Movement break {shown} {started} ({100 * started / shown:.0f} %) "
        f"{counts[ReminderEvent.SNOOZED]} {counts[ReminderEvent.SKIPPED]} "
        f"{shown - started - counts[ReminderEvent.SNOOZED] - counts[ReminderEvent.SKIPPED]} "
        f"{counts[ReminderEvent.MISSED]}"
    ) in text
    assert "Routine 30 " in text


def test_the_report_gives_each_session_its_time_as_today_does(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    """The sessions' and heat's times in words with units (issue 20), a session's from the one
    definition the player and Today use (coach.domain.session_time)."""
    from coach.domain.session_time import record_time
    from coach.ui.text.labels import session_time_text

    _seeded, target, _pages = seeded_report(services, clock, tmp_path)
    text = "\n".join(line for page in pdf_text(target) for line in page)
    start = datetime.combine(FIRST, time(), ZONE)
    first = services.repo.sessions_between(start, start + timedelta(days=1))[0]
    words = session_time_text(record_time(first))
    assert re.fullmatch(r"active \d+ min \d+ s of \d+ min \d+ s", words), words
    started = first.started_at.astimezone(ZONE).strftime("%Y-%m-%d %H:%M")
    assert "Started Routine Time Status Pain before Pain after" in text
    assert f"{started} Neck basics {words} completed" in text
    assert "Active time counts the exercises themselves" in text
    assert "Started Source Area Time Status" in text
    assert re.search(r"\d\d:\d\d Heating pad upper back 1[05] min done", text)


def test_every_page_carries_its_number_and_the_period(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    _seeded, target, pages = seeded_report(services, clock, tmp_path)
    text = pdf_text(target)
    assert pages >= 3 and len(text) == pages
    for number, page in enumerate(text, start=1):
        assert "Period: 2026-05-18 to 2026-06-07" in page[-2], page[-2:]
        assert page[-2].startswith("Coach report for Sam Patient")
        assert page[-1].endswith(f"Page {number} of {pages}"), page[-2:]


@pytest.mark.parametrize("symptoms", [0, 1, 4, 8])
def test_no_page_ends_with_a_heading_or_repeats_a_line(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock, symptoms: int
) -> None:
    """Rows added early in the report move every heading after them down the pages; these
    counts put a heading at the foot of a page before the fix (fonts permitting)."""
    for n in range(symptoms):
        services.repo.add_checkin(
            3, at=datetime.combine(FIRST, time(8, n), ZONE), symptoms=("tingling",)
        )
    _seeded, target, _pages = seeded_report(services, clock, tmp_path)
    text = [body_lines(page) for page in pdf_text(target)]
    for number, lines in enumerate(text, start=1):
        assert lines[-1] not in HEADINGS, f"page {number} ends with {lines[-1]!r}"
    for page, following in itertools.pairwise(text):
        assert page[-1] != following[0], "a line is printed on two pages"


def test_a_heading_moves_to_the_next_page_with_the_start_of_its_section(qtbot: QtBot) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from coach.ui.dialogs.report_pages import keep_together

    document = QTextDocument()
    document.setPageSize(QSizeF(400, 300))
    layout = document.documentLayout()

    def pages(count: int) -> tuple[int, int]:
        """The pages of the heading after `count` lines, and of the text after it."""
        heading = document.findBlockByNumber(count)
        assert heading.text() == "Section"
        top = layout.blockBoundingRect(heading).top()
        return int(top // 300), int(layout.blockBoundingRect(heading.next()).bottom() // 300)

    for count in range(1, 40):  # a filler that leaves the heading alone at a page's foot
        document.setHtml(
            "".join(f"<p>line {n}</p>" for n in range(count)) + "<h2>Section</h2><p>text</p>"
        )
        heading_page, text_page = pages(count)
        if heading_page != text_page:
            break
    else:
        pytest.fail("no filler leaves the heading at a page's foot")
    assert keep_together(document) == 1
    document.markContentsDirty(0, document.characterCount())
    assert pages(count) == (text_page, text_page)


def test_chart_text_prints_at_8_points_or_more_with_legends_outside_the_data(qtbot: QtBot) -> None:
    from coach.domain.progress import build_progress
    from coach.domain.reminders import ReminderSettings as Settings
    from coach.ui.dialogs.report_chart import (
        CHART_DPI,
        chart_image,
        chart_panels,
        chart_style,
        legend_entries,
    )

    style = chart_style()
    assert all(font.pointSizeF() >= 8 for font in style.fonts)
    day = datetime.combine(FIRST, time(12), ZONE).timestamp()
    series = build_progress(
        [(day + 86400 * n, 5) for n in range(21)], [], [], Settings().routine, LAST, ZONE
    )
    image = chart_image(series, FIRST, LAST, width_mm=178.0)
    assert image is not None
    # Fonts are set in points for the image's resolution: printed at CHART_DPI, they keep it.
    assert round(image.dotsPerMeterX() * 0.0254) == CHART_DPI
    assert abs(image.width() - 178.0 / 25.4 * CHART_DPI) <= 1
    for panel in chart_panels(image.width(), style):
        assert not panel.legend.intersects(panel.plot) and not panel.title.intersects(panel.plot)
        for entry in legend_entries(panel, style, ["Daily rating", "7-day mean"]):
            assert not entry.intersects(panel.plot) and entry.left() >= panel.legend.left()
            assert entry.right() <= image.width()


def test_the_chart_is_printed_at_its_own_resolution(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    """The chart's width on the page is its width in pixels at CHART_DPI: its 8.5 pt text is
    8.5 pt on paper (Qt scales images by the printer's resolution over the screen's)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextFormat

    from coach.ui.dialogs import report, report_pages
    from coach.ui.dialogs.report_chart import CHART_DPI

    seed_three_weeks(services, clock, tmp_path)
    settings, _problem = services.repo.load_reminder_settings()
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(report_pages.RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    data = ReportService(services.context).data(ReportRequest(FIRST, LAST), ZONE, settings)
    document = report.build_document(data, writer, QSizeF(1000, 1400))
    chart = document.resource(QTextDocument.ResourceType.ImageResource, "chart.png")
    block = document.begin()
    while block.isValid():
        for fragment in _fragments(block):
            if fragment.charFormat().objectType() == QTextFormat.ObjectTypes.ImageObject:
                line = block.layout().lineForTextPosition(fragment.position() - block.position())
                printed = line.naturalTextWidth()
                assert (
                    abs(printed / (chart.width() * report_pages.RESOLUTION / CHART_DPI) - 1) < 0.01
                )
                return
        block = block.next()
    pytest.fail("the chart is not in the report")


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_a_year_of_records_makes_a_report_quickly(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    import time as clock_time

    seeded = seed_three_weeks(services, clock, tmp_path, date(2025, 6, 2), LAST)
    settings, _problem = services.repo.load_reminder_settings()
    began = clock_time.perf_counter()
    pages = write_report(
        ReportRequest(seeded.first, seeded.last),
        tmp_path / "year.pdf",
        services.context,
        settings,
        ZONE,
    )
    assert clock_time.perf_counter() - began < 10  # about 1.5 s on a laptop
    text = pdf_text(tmp_path / "year.pdf")
    assert len(text) == pages and pages > 10
    assert f"Page {pages} of {pages}" in text[-1][-1]


def test_the_report_prints_the_weekly_reminder_chart_beside_the_pain_chart(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    """Reminders shown and answered in the period: their weekly chart is printed too, under
    "Movement breaks and reminders" (issue 20 point 5); without any, only the pain chart."""
    _seeded, target, _pages = seeded_report(services, clock, tmp_path)
    assert len(re.findall(rb"/Subtype\s*/Image", target.read_bytes())) == 2
    quiet = tmp_path / "quiet.pdf"
    today = clock.now().date()  # the same store, a period before any reminder
    write_report(
        ReportRequest(today - timedelta(days=400), today - timedelta(days=380), ""),
        quiet,
        services.context,
        ReminderSettings(),
        ZONE,
    )
    assert len(re.findall(rb"/Subtype\s*/Image", quiet.read_bytes())) <= 1
