"""The Progress page: empty and full, range buttons, hovering, the summary line."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPicture
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine
from coach.domain.session import StepResult
from coach.ui.lifecycle import startup
from coach.ui.pages.progress import DAY_SECONDS, ProgressPage
from coach.ui.shell.main_window import MainWindow, Page


def progress_page(window: MainWindow) -> ProgressPage:
    window.show_page(Page.PROGRESS)
    page = window.page_widget(Page.PROGRESS)
    assert isinstance(page, ProgressPage)
    return page


def test_an_empty_store_shows_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    page = progress_page(window)
    assert page.empty.isVisible() and not page.charts.isVisible()
    go = page.findChild(QPushButton, "progressGoToday")
    assert go is not None
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert window.current_page() is Page.TODAY


def fill(services: startup.Services, clock: FakeClock, days: int) -> None:
    """A check-in a day, falling from 7 to 3, and a 3-minute routine on most days."""
    repo = services.repo
    routine = Routine("desk_reset", "Desk reset", "", ())
    start = clock.now() - timedelta(days=days)
    for n in range(days):
        moment = start + timedelta(days=n)
        repo.add_checkin(round(7 - 4 * n / days), at=moment)
        if n % 7 not in (5, 6):
            session = repo.start_session(routine, None)
            repo.record_step(
                session,
                StepResult(0, "chin_tuck", moment, moment + timedelta(minutes=3), True, 10, 180.0),
            )
            repo.finish_session(session, SessionStatus.COMPLETED)
            services.database.connection.execute(
                "UPDATE sessions SET started_at = ? WHERE id = ?", (moment.isoformat(), session)
            )
    services.database.connection.commit()


def test_a_full_store_draws_the_charts_and_says_whether_pain_changed(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    fill(services, clock, 60)
    page = progress_page(window)
    assert page.charts.isVisible() and not page.empty.isVisible()
    series = page.series
    assert series is not None and len(series.pain_days) == 60
    summary = page.summary.text()
    assert "Pain from 7.0 in your first week to 3.0 in the last: -4.0 points (-57 %)" in summary
    assert "a substantial, meaningful improvement" in summary
    # The plan asks for two routines a working day; one a day keeps no day's plan.
    assert "Streak: 0 day(s)" in summary


@pytest.mark.parametrize(("key", "days"), [("2w", 14), ("3m", 91), ("1y", 365)])
def test_range_buttons_change_the_x_range(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    key: str,
    days: int,
) -> None:
    fill(services, clock, 30)
    page = progress_page(window)
    button = page.findChild(QPushButton, f"range_{key}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    low, high = page.pain_plot.vb.viewRange()[0]
    assert high - low == pytest.approx(days * DAY_SECONDS + DAY_SECONDS / 2, rel=0.01)
    assert button.isChecked()


def test_all_starts_at_the_first_day_with_data(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    fill(services, clock, 30)
    page = progress_page(window)
    page.show_range("all")
    low, _ = page.pain_plot.vb.viewRange()[0]
    first = clock.now() - timedelta(days=30)
    assert abs(low - first.timestamp()) < 2 * DAY_SECONDS


def test_hovering_a_day_says_its_values(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    fill(services, clock, 20)
    page = progress_page(window)
    page.show_range("2w")
    window.resize(1000, 800)
    page.charts.resize(800, 600)
    day = (clock.now() - timedelta(days=3)).astimezone(UTC)
    x = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()
    point = page.pain_plot.vb.mapViewToScene(QPointF(x, 5))
    page._hovered(point)
    assert "pain" in page.hover.text() and "min exercise" in page.hover.text()


def test_the_progress_page_is_built_lazily_with_pyqtgraph(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    assert window.findChild(ProgressPage) is None
    progress_page(window)
    assert window.findChild(ProgressPage) is not None


def test_the_charts_follow_a_theme_change(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    from PySide6.QtWidgets import QApplication

    from coach.domain.settings import Theme
    from coach.ui.widgets.theme import apply_theme

    fill(services, clock, 10)
    page = progress_page(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, Theme.DARK)
        QApplication.processEvents()
        dark = page.charts.backgroundBrush().color()
        apply_theme(app, Theme.LIGHT)
        QApplication.processEvents()
        light = page.charts.backgroundBrush().color()
    finally:
        apply_theme(app, Theme.SYSTEM)
    assert dark.lightness() < 100 < light.lightness()


def test_the_charts_are_saved_as_an_image_of_their_size(
    window: MainWindow, services: startup.Services, clock: FakeClock, tmp_path: Path
) -> None:
    fill(services, clock, 20)
    page = progress_page(window)
    target = tmp_path / "charts.png"
    assert page.save_image(str(target))
    image = QImage(str(target))
    assert not image.isNull()
    ratio = page.charts.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        round(page.charts.width() * ratio),
        round(page.charts.height() * ratio),
    )
    assert not page.save_image(str(tmp_path / "missing-folder" / "charts.png"))


def test_hovering_far_outside_any_date_is_ignored(window: MainWindow) -> None:
    page = progress_page(window)
    page.pain_plot.setXRange(1e15, 1e15 + DAY_SECONDS, padding=0)
    page._hovered(page.pain_plot.vb.mapViewToScene(QPointF(1e15, 5)))
    assert page.hover.text() == ""


def test_adherence_follows_the_plan_in_force_when_settings_change(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    from dataclasses import replace

    from coach.domain.reminders import ReminderSettings
    from coach.ui.runners.presence import Presence
    from coach.ui.runners.reminder_controller import ReminderController

    fill(services, clock, 20)
    window.reminders = ReminderController(
        services.context, services.change_signal, Presence(), parent=window
    )
    page = progress_page(window)
    assert page.series is not None and any(w.planned for w in page.series.weeks)
    defaults = ReminderSettings()
    window.reminders.apply_settings(
        replace(defaults, routine=replace(defaults.routine, enabled=False))
    )
    page.refresh()
    assert page.series is not None and not any(w.planned for w in page.series.weeks)


def chart_images(page: ProgressPage) -> list[QImage]:
    """The charts as the window shows them, exported at 200 % and 150 % (scaled, shifted by a
    fraction of a pixel), and recorded as a picture (another paint engine) played back."""
    scene = page.charts.scene()
    source = page.charts.sceneRect()
    images = [page.charts.grab().toImage()]
    for ratio, shift in ((2.0, 0.25), (1.5, 0.33)):
        image = QImage(
            round(source.width() * ratio),
            round(source.height() * ratio),
            QImage.Format.Format_RGB32,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(shift, shift, source.width() - 3, source.height() - 3), source)
        painter.end()
        images.append(image)
    picture = QPicture()
    painter = QPainter(picture)
    scene.render(painter, source, source)
    painter.end()
    played = QImage(round(source.width()), round(source.height()), QImage.Format.Format_RGB32)
    played.fill(QColor("white"))
    painter = QPainter(played)
    picture.play(painter)
    painter.end()
    return [*images, played]


@pytest.mark.parametrize("key", ["2w", "all"])
def test_the_grid_lines_are_filled_pixel_for_pixel_as_pyqtgraph_draws_them(
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
) -> None:
    """The value axes fill their faint grid lines as rectangles, a row of pixels at a time
    (Qt blends a translucent line a pixel at a time: most of the first paint went there). The
    pixels must be the very ones pyqtgraph's lines give, at any scale and on any engine."""
    from coach.ui.pages import progress

    fill(services, clock, 40)
    page = progress_page(window)
    page.show_range(key)
    filled = chart_images(page)
    axes = [plot.getAxis("left") for plot in (page.pain_plot, page.minutes_plot)]
    assert all(axis._grid_lines for axis in axes)  # the rectangles were used
    monkeypatch.setattr(progress, "_fillable_line", lambda *_line: False)
    for plot in (page.pain_plot, page.minutes_plot, page.adherence_plot):
        plot.getAxis("left").picture = None  # drawn again, all lines by pyqtgraph
    drawn = chart_images(page)
    assert not any(axis._grid_lines for axis in axes)
    assert [image.size() for image in filled] == [image.size() for image in drawn]
    assert filled == drawn


def test_the_charts_context_menu_is_made_when_first_opened(window: MainWindow) -> None:
    """pyqtgraph's menu of each chart (zoom, axes, mouse mode) is nearly fifty widgets: made
    on the first right click, with the entries it always had, and not at all when turned off."""
    page = progress_page(window)
    view = page.pain_plot.vb
    made_with_the_chart = view.menu
    assert made_with_the_chart is None and view.menuEnabled()
    menu = view.getMenu(None)
    assert menu is not None and view.menu is menu
    assert [action.text() for action in menu.actions()] == [
        "View All",
        "X axis",
        "Y axis",
        "Mouse Mode",
    ]
    assert view.getMenu(None) is menu  # made once
    assert len(view.getContextMenus(None)) == 4
    view.setMenuEnabled(False)
    assert view.menu is None and view.getMenu(None) is None and view.getContextMenus(None) == []
