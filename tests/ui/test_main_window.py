import gc
from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach import collector
from coach.clock import FakeClock
from coach.domain.settings import AppSettings, Theme
from coach.ui.lifecycle import app as app_module
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.shell.navigation_bar import NavigationBar


def _page(stack: QStackedWidget, index: int) -> QWidget:
    widget = stack.widget(index)
    assert widget is not None
    return widget


def _click_nav(qtbot: QtBot, window: MainWindow, row: int) -> None:
    nav = window.findChild(NavigationBar, "navigation")
    assert nav is not None
    qtbot.mouseClick(nav.button(row), Qt.MouseButton.LeftButton)


def test_only_the_page_shown_sets_the_scrolling_height(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    """A long page (Settings) scrolls; Today, shown after it, does not: the pages' stack takes
    the sizes of the page shown, not of the largest page built."""
    window = make_window()
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    scroll = window.findChild(QScrollArea, "pageScroll")
    assert scroll is not None
    pages = scroll.widget()
    assert pages is not None
    window.show_page(Page.SETTINGS)
    settings_height = window.page_widget(Page.SETTINGS).minimumSizeHint().height()
    qtbot.waitUntil(lambda: pages.height() >= settings_height)
    window.show_page(Page.TODAY)
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
    assert pages.height() <= scroll.viewport().height()


def test_navigation_by_mouse_and_keyboard(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    stack = window.findChild(QStackedWidget, "pages")
    assert stack is not None
    assert window.current_page() is Page.TODAY
    _click_nav(qtbot, window, 5)
    assert window.current_page() is Page.SETTINGS
    assert _page(stack, stack.currentIndex()).objectName() == "settingsPage"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number, page in enumerate(Page, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page
    assert [_page(stack, i).objectName() for i in range(stack.count())] == [
        "todayPage",
        "exercisesPage",
        "routinesPage",
        "timersPage",
        "progressPage",
        "settingsPage",
    ]


def test_the_keyboard_on_the_pages_column_follows_the_page_chosen(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    """Ctrl+number (or the Go menu) while the keyboard is on the column: the focus ring moves to
    the page chosen, so ring and checked state never mark two buttons; Up and Down move on."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    nav = window.findChild(NavigationBar, "navigation")
    assert nav is not None
    nav.button(0).setFocus()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is Page.SETTINGS
    settings = nav.button(list(Page).index(Page.SETTINGS))
    assert settings.isChecked() and settings.hasFocus()
    qtbot.keyClick(settings, Qt.Key.Key_Up)
    assert window.current_page() is Page.PROGRESS
    assert nav.button(list(Page).index(Page.PROGRESS)).hasFocus()
    window.today.findChild(QLineEdit, "checkinNote").setFocus()  # type: ignore[union-attr]
    window.show_page(Page.TIMERS)
    assert not any(button.hasFocus() for button in nav.buttons())  # elsewhere: left alone


def test_pages_are_built_when_first_shown(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.findChild(QCheckBox, "soundEnabled") is None
    window.show_page(Page.SETTINGS)
    assert window.findChild(QCheckBox, "soundEnabled") is not None
    settings_page = window.settings_page
    window.show_page(Page.TODAY)
    window.show_page(Page.SETTINGS)
    assert window.settings_page is settings_page


def test_settings_are_saved_as_soon_as_they_change(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> None:
    window = make_window(tray_available=True)
    window.show()
    window.show_page(Page.SETTINGS)
    sound = window.findChild(QCheckBox, "soundEnabled")
    close_to_tray = window.findChild(QCheckBox, "closeToTray")
    start_minimised = window.findChild(QCheckBox, "startMinimised")
    theme = window.findChild(QComboBox, "theme")
    assert sound and close_to_tray and start_minimised and theme
    assert sound.isChecked() and close_to_tray.isChecked() and not start_minimised.isChecked()
    qtbot.mouseClick(sound, Qt.MouseButton.LeftButton, pos=QPoint(4, sound.height() // 2))
    close_to_tray.setFocus()
    qtbot.keyClick(close_to_tray, Qt.Key.Key_Space)
    qtbot.mouseClick(
        start_minimised, Qt.MouseButton.LeftButton, pos=QPoint(4, start_minimised.height() // 2)
    )
    theme.setFocus()
    qtbot.keyClick(theme, Qt.Key.Key_Down)
    qtbot.keyClick(theme, Qt.Key.Key_Down)
    stored, problems = services.repo.load_settings()
    assert problems == []
    assert stored.sound_enabled is False
    assert stored.close_to_tray is False
    assert stored.start_minimised is True
    assert stored.theme is Theme.DARK


def test_theme_setting_recolours_the_application(qtbot: QtBot, services: startup.Services) -> None:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    startup.follow_theme_setting(qapp, services.settings)
    services.settings.update(theme=Theme.DARK)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    services.settings.update(theme=Theme.LIGHT)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_without_a_tray_close_to_tray_is_disabled_and_explained(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(tray_available=False)
    window.show_page(Page.SETTINGS)
    close_to_tray = window.findChild(QCheckBox, "closeToTray")
    assert close_to_tray is not None
    assert not close_to_tray.isEnabled()
    note = window.findChild(QLabel, "noTrayNote")
    assert note is not None
    assert "closing the window quits Coach" in note.text()


def test_closing_without_a_tray_quits(
    qtbot: QtBot, make_window: Callable[..., MainWindow], quit_calls: list[bool]
) -> None:
    window = make_window(tray_available=False)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert quit_calls == [True]


def test_closing_with_a_tray_hides_to_the_tray(
    qtbot: QtBot, make_window: Callable[..., MainWindow], quit_calls: list[bool]
) -> None:
    window = make_window(tray_available=True)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.hidden_to_tray):
        window.close()
    assert not window.isVisible()
    assert quit_calls == []
    window.show_and_raise()
    assert window.isVisible()


def test_window_size_and_position_are_restored(
    qtbot: QtBot, make_window: Callable[..., MainWindow], quit_calls: list[bool]
) -> None:
    first = make_window()
    assert first.restore_saved_geometry() is False
    first.show()
    qtbot.waitExposed(first)
    first.resize(740, 480)
    first.move(30, 30)
    first.close()
    second = make_window()
    assert second.restore_saved_geometry() is True
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (740, 480)
    assert second.pos() == first.pos()


def test_a_pain_check_in_from_today_is_stored_and_listed(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    save = window.findChild(QPushButton, "saveCheckin")
    four = window.findChild(QPushButton, "painButton4")
    note = window.findChild(QLineEdit, "checkinNote")
    empty = window.findChild(QLabel, "todayEmpty")
    assert save and four and note and empty
    assert not save.isEnabled()
    assert empty.isVisible()
    assert window.findChild(QListWidget, "todayList") is None  # made with the first record
    qtbot.mouseClick(four, Qt.MouseButton.LeftButton)
    assert save.isEnabled()
    qtbot.keyClicks(note, "after the train")
    with qtbot.waitSignal(window.today.checkin_saved) as saved:
        qtbot.keyClick(note, Qt.Key.Key_Return)
    assert saved.args[0].pain == 4
    (stored,) = services.repo.checkins_between(
        clock.now() - timedelta(hours=1), clock.now() + timedelta(seconds=1)
    )
    assert (stored.pain, stored.note) == (4, "after the train")
    today_list = window.findChild(QListWidget, "todayList")
    assert today_list is not None and today_list.isVisible() and not empty.isVisible()
    assert today_list.count() == 1
    assert "4 of 10 (moderate) - after the train" in today_list.item(0).text()
    assert not save.isEnabled()
    assert note.text() == ""


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_main_window_renders_in_both_themes(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    theme: Theme,
) -> None:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    services.settings.update(theme=theme)
    startup.follow_theme_setting(qapp, services.settings)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    assert not image.isNull()
    assert image.width() == window.width()
    corner = image.pixelColor(window.width() - 5, window.height() - 5)
    assert (corner.lightness() < 80) == (theme is Theme.DARK)


@pytest.mark.parametrize(
    ("start_minimised", "tray", "visible", "minimised"),
    [(False, True, True, False), (True, True, False, False), (True, False, True, True)],
)
def test_start_minimised_hides_to_the_tray_or_minimises(
    make_window: Callable[..., MainWindow],
    start_minimised: bool,
    tray: bool,
    visible: bool,
    minimised: bool,
) -> None:
    window = make_window(tray_available=tray)
    app_module.show_at_start(window, AppSettings(start_minimised=start_minimised), tray)
    assert window.isVisible() is visible
    assert window.isMinimized() is minimised


def test_the_collector_paused_for_start_up_resumes_once_the_window_is_painted(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    collector.pause()
    try:
        window = make_window()
        window.show()
        # Well before the fallback for a window that is not shown.
        qtbot.waitUntil(gc.isenabled, timeout=startup.COLLECTOR_RESUME_MS // 2)
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_collector_resumes_when_coach_starts_without_showing_the_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(startup, "COLLECTOR_RESUME_MS", 50)
    collector.pause()
    try:
        window = make_window()  # in the tray: never shown, never painted
        qtbot.waitUntil(gc.isenabled, timeout=2000)
        assert not window.isVisible()
    finally:
        gc.unfreeze()
        gc.enable()


def test_closing_the_store_stops_todays_pending_suggestion(
    window: MainWindow, services: startup.Services
) -> None:
    """Today asks for dose suggestions on a short delay; once the store closes it must not ask."""
    timer = window.today._suggestion_timer
    assert timer.isActive()  # started when Today was shown
    services.change_signal.stop()
    assert not timer.isActive()
