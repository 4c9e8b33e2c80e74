"""The clinician report: a PDF with its pages, the pain chart as an image, and the tables."""

import re
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.reminders import ReminderSettings
from coach.ui import startup
from coach.ui.report import ReportRequest, write_report
from tests.ui.test_progress import fill


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
        services.repo,
        clock,
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
            services.repo,
            clock,
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
            services.repo,
            clock,
            ReminderSettings(),
            ZoneInfo("UTC"),
        )
    assert not (tmp_path / "r.pdf").exists()


def test_the_report_names_the_clinician_plan_in_use(services: startup.Services) -> None:
    from coach.planning import read_plan
    from coach.ui.report import _plan_text
    from tests.helpers import REPO_ROOT

    plan = read_plan(
        REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"
    )
    services.repo.adopt_plan(plan, "test")
    settings, _problem = services.repo.load_reminder_settings()
    text = _plan_text(settings, services.repo)
    assert text.startswith('Clinician plan "Neck and upper back, weeks 1-4", in use since ')
    assert "Routine Neck basics at 10:30, 15:00" in text
