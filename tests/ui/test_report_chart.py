"""The report's charts drawn for paper (issue 20, point 5): text at the report's own sizes, legends
on the title's line or below it, never over the data; the weekly chart of reminder responses."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.progress import WeekResponses
from coach.services.report import ReportRequest, ReportService
from coach.ui.lifecycle import startup
from tests.ui.report_data import FIRST, LAST, ZONE, seed_three_weeks


def test_chart_text_prints_at_the_reports_sizes(qtbot: QtBot) -> None:
    from coach.ui.dialogs.report_chart import chart_style

    style = chart_style()
    assert style.tick.pointSizeF() >= 9 and style.title.pointSizeF() >= 10


def test_a_legend_too_wide_for_the_titles_line_goes_on_a_line_of_its_own(qtbot: QtBot) -> None:
    from coach.ui.dialogs.report_chart import (
        chart_panel,
        chart_style,
        legend_entries,
        pixels,
    )

    style = chart_style()
    width = pixels(178.0)
    legend = ["Begonnen", "Zurückgestellt", "Übersprungen", "Keine Antwort"]
    short = chart_panel(0.0, 48.0, width, style, "Reminders", legend)
    long = chart_panel(0.0, 48.0, width, style, "Erinnerungen pro Woche, " * 4, legend)
    assert short.legend.top() == short.title.top()  # beside the title
    assert long.legend.top() >= long.title.bottom()  # below it
    for panel in (short, long):
        assert not panel.legend.intersects(panel.title)
        for entry in legend_entries(panel, style, legend):
            assert not entry.intersects(panel.plot) and not entry.intersects(panel.title)
            assert entry.left() >= 0 and entry.right() <= width


def weeks() -> list[WeekResponses]:
    return [
        WeekResponses(date(2026, 5, 11), 30, 10, 5, 5),  # before the period: left out
        WeekResponses(date(2026, 5, 18), 40, 20, 8, 6),
        WeekResponses(date(2026, 5, 25), 0, 0, 0, 0),
        WeekResponses(date(2026, 6, 1), 24, 24, 0, 0),
    ]


def test_the_reminder_chart_stacks_what_was_done_under_each_weeks_bar(qtbot: QtBot) -> None:
    from coach.ui.dialogs.report_chart import (
        CHART_DPI,
        REMINDER_CHART_MM,
        chart_style,
        legend_entries,
        reminder_chart_image,
        reminder_panel,
        reminders_legend,
    )
    from coach.ui.widgets.palettes import light_palette

    assert reminder_chart_image([], FIRST, LAST, 178.0) is None
    assert reminder_chart_image(weeks()[:1], FIRST, LAST, 178.0) is None  # none in the period
    image = reminder_chart_image(weeks(), FIRST, LAST, 178.0)
    assert image is not None
    assert round(image.dotsPerMeterX() * 0.0254) == CHART_DPI
    assert abs(image.height() - REMINDER_CHART_MM / 25.4 * CHART_DPI) <= 1
    style = chart_style()
    panel = reminder_panel(image.width(), style)
    texts = [text for _kind, text in reminders_legend()]
    assert texts == ["Started", "Snoozed", "Skipped", "No answer"]
    for entry in legend_entries(panel, style, texts):
        assert not entry.intersects(panel.plot) and entry.right() <= image.width()
    # The first week: 40 shown (the scale's top), of which 20 started (solid, at the bottom)
    # and 6 without an answer (empty, at the top, outlined).
    accent = light_palette().color(light_palette().ColorRole.Highlight)
    plot = panel.plot
    first_week = plot.left() + 3.5 * plot.width() / 21  # Thursday 21 May

    def height(count: float) -> float:
        return plot.bottom() - count / 40 * plot.height()

    assert colour_at(image, first_week, height(10)) == accent
    assert colour_at(image, first_week, height(37)) == QColor("white")
    outline = [colour_at(image, first_week, height(40) + dy).lightness() for dy in range(-4, 5)]
    assert min(outline) < 100
    # The week with nothing shown has no bar.
    empty_week = plot.left() + 10.5 * plot.width() / 21
    assert colour_at(image, empty_week, height(1)) == QColor("white")


def colour_at(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(round(x), round(y))


def test_the_report_reads_the_reminder_responses_week_by_week(
    qtbot: QtBot, tmp_path: Path, services: startup.Services, clock: FakeClock
) -> None:
    """The same counts as the report's table of reminder responses, week by week."""
    seed_three_weeks(services, clock, tmp_path)
    settings, _problem = services.repo.load_reminder_settings()
    data = ReportService(services.context).data(ReportRequest(FIRST, LAST), ZONE, settings)
    assert [w.week_start for w in data.reminder_weeks] == [
        FIRST + timedelta(days=7 * n) for n in range(3)
    ]
    for field in ("shown", "started", "snoozed", "skipped"):
        by_week = sum(getattr(w, field) for w in data.reminder_weeks)
        assert by_week == sum(getattr(row, field) for row in data.reminders), field
