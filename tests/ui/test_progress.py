"""The Progress page: empty and full, range buttons, hovering, the summary line."""

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPicture
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine
from coach.domain.session import StepResult
from coach.ui.lifecycle import startup
from coach.ui.pages.progress import DAY_SECONDS, RANGES_DAYS, ProgressPage
from coach.ui.pages.progress_charts import TITLE_WRAP
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.widgets.theme import apply_text_scale


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


def end_of_today(page: ProgressPage, clock: FakeClock) -> float:
    """The midnight after today, in the page's zone."""
    today = clock.now().astimezone(page._zone).date()
    return datetime.combine(today + timedelta(days=1), time(), page._zone).timestamp()


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
    # A routine done keeps a day (coach.domain.progress.current_streak): Saturday 6 June to
    # Tuesday 9 June, the weekend's routines included; Friday 5 June, planned, had none, and
    # today (Wednesday 10 June) has none yet, which does not end the streak.
    assert "Streak: 4 day(s)" in summary


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
    # Whole days, up to the end of today: today's bar is inside the chart.
    assert high - low == pytest.approx(days * DAY_SECONDS)
    assert high == pytest.approx(end_of_today(page, clock))
    assert button.isChecked()
    for plot in page.plots:  # the weekly charts, half as wide, show the same dates
        assert plot.vb.viewRange()[0] == pytest.approx([low, high])


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


def test_save_as_image_is_offered_once_there_is_something_to_save(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    from coach.services.checkins import CheckinService

    page = progress_page(window)
    assert page.empty.isVisible()
    assert not page.save_image_button.isEnabled()  # an empty page: nothing to save
    CheckinService(window.context).save(4, "")
    window.show_page(Page.TODAY)
    progress_page(window)  # shown again: read again
    assert not page.empty.isVisible()
    assert page.save_image_button.isEnabled()


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
    from coach.ui.pages import progress_charts

    fill(services, clock, 40)
    page = progress_page(window)
    page.show_range(key)
    filled = chart_images(page)
    axes = [plot.getAxis("left") for plot in (page.pain_plot, page.minutes_plot)]
    assert all(axis._grid_lines for axis in axes)  # the rectangles were used
    monkeypatch.setattr(progress_charts, "_fillable_line", lambda *_line: False)
    for plot in page.plots:
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


# ---- issue 20: legends, ranges, today, hover dates, reminders, empty states ----------------------
def record_responses(services: startup.Services, clock: FakeClock) -> None:
    """Known reminder responses: last week (Monday 1 June) 3 shown, 1 started, 1 snoozed, 1 skipped
    and a missed one; this week (Monday 8 June) 2 shown, 1 started."""
    from coach.domain.reminders import ReminderEvent as E
    from coach.domain.schedule import ReminderKind as K

    repo, now = services.repo, clock.now()
    answers = [
        (-8, K.MOVEMENT, E.SHOWN),  # Tuesday 2 June
        (-8, K.MOVEMENT, E.STARTED),
        (-7, K.MOVEMENT, E.SHOWN),
        (-7, K.MOVEMENT, E.SNOOZED),
        (-6, K.ROUTINE, E.SHOWN),
        (-6, K.ROUTINE, E.SKIPPED),
        (-5, K.ROUTINE, E.MISSED),
        (-1, K.CHECKIN, E.SHOWN),  # Tuesday 9 June
        (-1, K.CHECKIN, E.STARTED),
        (0, K.MOVEMENT, E.SHOWN),  # today, Wednesday 10 June
    ]
    for days, kind, event in answers:
        clock.jump_wall((now + timedelta(days=days) - clock.now()).total_seconds())
        repo.record_reminder_event(kind, event, clock.now())
    clock.jump_wall((now - clock.now()).total_seconds())


@pytest.mark.parametrize("text_percent", [100, 150, 200])
def test_legends_sit_above_the_charts_outside_their_data(
    window: MainWindow, services: startup.Services, clock: FakeClock, text_percent: int
) -> None:
    """A legend mark inside the data reads as a value ("Daily rating" as a pain of 8): each
    chart's legend is on its title's line, above the view box, or below the title when both do
    not fit; at a large text size the title wraps and the legend flows onto more lines, neither
    cut off at the side nor drawn over the next chart."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_scale(app, text_percent)
    try:
        _check_legends(window, services, clock)
    finally:
        apply_text_scale(app, 100)


def _check_legends(window: MainWindow, services: startup.Services, clock: FakeClock) -> None:
    fill(services, clock, 21)
    record_responses(services, clock)
    page = progress_page(window)
    window.resize(1000, 700)
    QApplication.processEvents()
    legends = {
        page.pain_plot: ["Daily rating", "7-day mean"],
        page.minutes_plot: ["Exercise", "Heat"],
        page.reminders_plot: ["Started", "Snoozed", "Skipped", "No answer"],
    }
    for plot in page.plots:
        header = plot.header
        data = plot.vb.sceneBoundingRect()
        assert header.sceneBoundingRect().bottom() <= data.top()
        assert [text for _kind, text in header.entries] == legends.get(plot, [])
        for entry in header.legend_rects():
            shown = header.mapRectToScene(entry)
            assert not shown.intersects(data)
            assert header.sceneBoundingRect().contains(shown)  # not cut off at the side
        title = header.title_rect()
        needed = QFontMetricsF(header.title_font()).boundingRect(
            QRectF(0, 0, title.width(), 1e6), TITLE_WRAP, header.title
        )
        assert needed.width() <= title.width() and needed.height() <= title.height() + 0.5


def test_the_auto_range_button_is_hidden(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """pyqtgraph's "A" button shows when the pointer is over a chart; the range buttons do its
    work."""
    fill(services, clock, 21)
    page = progress_page(window)
    for plot in page.plots:
        plot.mouseHovering = True  # as when the pointer is over the chart
        plot.updateButtons()
        assert plot.buttonsHidden and not plot.autoBtn.isVisible()


@pytest.mark.parametrize(
    ("days", "key"), [(1, "2w"), (10, "2w"), (21, "all"), (200, "all"), (400, "1y")]
)
def test_the_page_opens_on_the_range_that_fits_the_records(
    window: MainWindow, services: startup.Services, clock: FakeClock, days: int, key: str
) -> None:
    """Three weeks fill the width (in 3 months they took a fifth of it); two weeks at least; a
    year at most."""
    fill(services, clock, days)
    page = progress_page(window)
    assert page.current_range == key and page.chosen_range is None
    checked = page.range_buttons.checkedButton()
    assert checked is not None and checked.objectName() == f"range_{key}"
    low, high = page.pain_plot.vb.viewRange()[0]
    assert high == pytest.approx(end_of_today(page, clock))
    first = (clock.now() - timedelta(days=days)).timestamp()
    if key == "all":  # from the first day's midnight: the records fill the width
        assert first - DAY_SECONDS <= low <= first
        series = page.series
        assert series is not None
        assert (high - low) / DAY_SECONDS <= (series.pain_days[-1] - series.pain_days[0]).days + 3
    else:
        assert high - low == pytest.approx(RANGES_DAYS[key] * DAY_SECONDS)  # type: ignore[operator]


def test_a_range_chosen_is_kept_and_opened_on_next_time(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    fill(services, clock, 21)
    window = make_window()
    window.show()
    page = progress_page(window)
    assert page.current_range == "all"
    button = page.findChild(QPushButton, "range_3m")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.current_range == "3m" and services.repo.progress_range() == "3m"
    fill(services, clock, 2)  # more records: the choice stays
    window.show_page(Page.TODAY)
    progress_page(window)
    assert page.current_range == "3m"
    again = progress_page(make_window())  # the next start
    assert again.chosen_range == "3m" and again.current_range == "3m"


def test_todays_bars_are_inside_the_charts(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """Today's bar and this week's are not cut at the right edge: the dates shown end with
    today, and this week's bars end with it too."""
    fill(services, clock, 20)
    record_responses(services, clock)
    repo, now = services.repo, clock.now()
    session = repo.start_session(Routine("desk_reset", "Desk reset", "", ()), None)
    repo.record_step(
        session, StepResult(0, "chin_tuck", now, now + timedelta(minutes=3), True, 10, 180.0)
    )
    repo.finish_session(session, SessionStatus.COMPLETED)
    page = progress_page(window)
    series = page.series
    assert series is not None and series.minute_days[-1] == now.astimezone(page._zone).date()
    for key in ("2w", "3m", "1y", "all"):
        page.show_range(key)
        _low, high = page.pain_plot.vb.viewRange()[0]
        bars = [page.exercise_bars, page.heat_bars, page.adherence_bars]
        for bar in [*bars, *page.response_bars.values()]:
            _x0, _y0, x1, _y1 = bar._getNormalizedCoords()
            assert len(x1) and float(np.max(x1)) <= high, key
        _x0, _y0, x1, _y1 = page.exercise_bars._getNormalizedCoords()
        assert high - float(np.max(x1)) < DAY_SECONDS / 2  # today's bar, shown whole


def test_hover_dates_are_written_the_users_way(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """Not "5 6 2026" (Qt's "C" locale, where the desktop sets none): the short date of the
    user's language, with the weekday."""
    from PySide6.QtCore import QLocale

    from coach.ui.pages.progress import day_text

    friday = date(2026, 6, 5)
    try:
        QLocale.setDefault(QLocale.c())
        assert day_text(friday) == "Fri 6/5/26"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert day_text(friday) == "Fri 6/5/26"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert day_text(friday) == "Fri 05/06/2026"
    finally:
        QLocale.setDefault(QLocale.system())
    fill(services, clock, 20)
    page = progress_page(window)
    assert page._day_text(page.series, friday).startswith(day_text(friday) + ": pain ")  # type: ignore[arg-type]


def test_hover_dates_in_german(german: None, qtbot: QtBot) -> None:
    from coach.ui.pages.progress import day_text

    assert day_text(date(2026, 6, 5)) == "Fr. 05.06.26"


def test_the_weekly_chart_counts_the_reminder_responses(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """Reminder responses are stored for the Progress page (README): each week's bar is the
    reminders shown, from the bottom started, snoozed, skipped and unanswered."""
    from coach.domain.progress import WeekResponses

    record_responses(services, clock)
    page = progress_page(window)
    assert not page.empty.isVisible() and page.charts.isVisible()  # reminders alone: charts
    assert page.reminder_weeks == [
        WeekResponses(date(2026, 6, 1), shown=3, started=1, snoozed=1, skipped=1),
        WeekResponses(date(2026, 6, 8), shown=2, started=1, snoozed=0, skipped=0),
    ]
    heights = {kind: list(bars.opts["height"]) for kind, bars in page.response_bars.items()}
    assert heights == {
        "bar": [1, 1],
        "hatched": [1, 0],
        "crossed": [1, 0],
        "outline": [0, 1],
    }
    assert list(page.response_bars["outline"].opts["y0"]) == [3, 1]  # stacked on the others
    assert not page.reminders_plot.message.isVisible()
    hover = page._reminder_week_text(date(2026, 6, 3))
    assert hover == (
        "Week of Mon 6/1/26: 3 reminder(s) shown: 1 started, 1 snoozed, 1 skipped, 0 without an "
        "answer"
    )
    description = page.charts.accessibleDescription()
    assert "Reminders: 2 shown in the latest week: 1 started, 0 snoozed, 0 skipped" in description


def test_empty_charts_say_what_will_appear(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    from coach.services.checkins import CheckinService

    page = progress_page(window)
    assert page.empty.isVisible() and not page.charts.isVisible()
    lines = [line.text() for line in page.empty_lines]
    assert lines == [
        "• Your pain ratings, after your first check-in on Today (it takes five seconds).",
        "• Your minutes of exercise and heat, after your first routine or heat session.",
        "• What you do with your reminders, once the first one is shown.",
    ]
    assert not any(button.isEnabled() for button in page.range_buttons.buttons())

    CheckinService(window.context).save(4, "")  # a check-in: the other charts still wait
    window.show_page(Page.TODAY)
    progress_page(window)
    said = {
        name: (plot.message.toPlainText() if plot.message.isVisible() else "")
        for name, plot in zip(
            ("pain", "minutes", "adherence", "reminders"), page.plots, strict=True
        )
    }
    assert said == {
        "pain": "",
        "minutes": "Your minutes of exercise and heat will appear here after your first routine "
        "or heat session.",
        "adherence": "",  # today is a planned day: 0 of 2 done so far
        "reminders": "What you do with your reminders (start, snooze or skip) will appear here "
        "once the first one is shown.",
    }
    # Instead of empty axes: no values, no grid.
    assert not page.minutes_plot.getAxis("left").style["showValues"]
    assert page.pain_plot.getAxis("left").style["showValues"]
    # Scrolled to dates with nothing in them: said so.
    page.pain_plot.setXRange(0, 14 * DAY_SECONDS, padding=0)
    assert page.pain_plot.message.isVisible()
    assert page.pain_plot.message.toPlainText() == (
        "Nothing in these dates: drag the chart or choose a longer range."
    )
    page.show_range("2w")
    assert not page.pain_plot.message.isVisible()


def test_adherence_without_a_routine_reminder_says_how_to_plan(
    qtbot: QtBot, services: startup.Services, clock: FakeClock
) -> None:
    from dataclasses import replace

    from coach.domain.reminders import ReminderSettings

    fill(services, clock, 10)
    off = replace(ReminderSettings().routine, enabled=False)
    page = ProgressPage(services.context, off, UTC)
    qtbot.addWidget(page)
    page.show()
    assert page.adherence_plot.message.isVisible()
    assert page.adherence_plot.message.toPlainText().startswith("The routine reminder is off")


def test_titles_legends_and_messages_follow_the_theme(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """Colours from the theme, never set by hand: in light, dark and high contrast."""
    from PySide6.QtGui import QPalette

    from coach.domain.settings import Theme
    from coach.ui.widgets.theme import apply_theme

    fill(services, clock, 10)
    page = progress_page(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    role = QPalette.ColorRole
    try:
        for theme in (Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT):
            apply_theme(app, theme)
            QApplication.processEvents()
            palette = page.palette()
            for plot in page.plots:
                assert plot.header._text == palette.color(role.Text), theme
                assert plot.header._accent == palette.color(role.Highlight), theme
                assert plot.message.defaultTextColor() == palette.color(role.PlaceholderText)
            started = page.response_bars["bar"].opts["brush"].color()
            assert started == palette.color(role.Highlight), theme
    finally:
        apply_theme(app, Theme.SYSTEM)
