import base64
import logging
import os
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from coach import paths
from coach.clock import FakeClock
from coach.logsetup import configure_logging
from coach.store.db import RecoveryReason, list_backups
from coach.store.recovery import Recovery
from coach.ui.lifecycle import app as app_module
from coach.ui.lifecycle import startup
from coach.ui.lifecycle.errors import ErrorReporter, install_error_reporter
from coach.ui.lifecycle.instance import InstanceGuard, ask_running_instance_to_show
from coach.ui.lifecycle.tray import Tray
from coach.ui.shell.main_window import MainWindow
from tests.helpers import channel_name


@pytest.fixture
def shown_boxes(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes recorded instead of shown (a box needs the application: `qapp`, so this
    file also runs on its own)."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


def test_uncaught_exceptions_are_logged_and_shown_once(
    shown_boxes: list[QMessageBox], monkeypatch: pytest.MonkeyPatch
) -> None:
    configure_logging(paths.log_file())
    reporter = ErrorReporter(paths.log_file())
    try:
        raise ValueError("the kettle is on fire")
    except ValueError as error:
        reporter(type(error), error, error.__traceback__)
    logging.getLogger().handlers[0].flush()
    logged = paths.log_file().read_text()
    assert "uncaught exception" in logged
    assert "ValueError: the kettle is on fire" in logged
    assert "Traceback" in logged
    (box,) = shown_boxes
    assert "the kettle is on fire" in box.text()
    assert str(paths.log_file()) in box.text()
    assert "Coach is still running" in box.text()


def test_the_reporter_becomes_the_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter = install_error_reporter(paths.log_file())
    assert sys.excepthook is reporter


def test_recovery_and_settings_problems_are_told_in_plain_words(
    shown_boxes: list[QMessageBox],
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown_boxes.append(a[2]))
    moved = tmp_path / "damaged" / "coach-20260610-093000.sqlite3"
    services.database.recoveries.append(
        Recovery(RecoveryReason.DAMAGED, "integrity check: page 4", moved, None)
    )
    services.repo._db.execute(
        "INSERT INTO settings VALUES ('theme', '\"plaid\"')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    services.setting_problems.extend(services.repo.load_settings()[1])
    window = make_window()
    app_module._tell_about_problems(window, services)
    recovery_box, settings_text = shown_boxes
    assert isinstance(recovery_box, QMessageBox)
    assert "The database was damaged" in recovery_box.text()
    assert str(moved) in recovery_box.text()
    assert "Nothing was deleted" in recovery_box.text()
    assert "setting 'theme' holds '\"plaid\"'" in str(settings_text)


def test_tray_menu_shows_hides_and_quits(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    quit_calls: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, t, *a: messages.append(t))
    window = make_window(tray_available=True)
    tray = Tray(window, startup.app_icon())
    window.show()
    qtbot.waitExposed(window)
    tray.update_labels()
    assert tray.toggle_action.text() == "Hide Coach"
    tray.toggle_action.trigger()
    assert not window.isVisible()
    tray.update_labels()
    assert tray.toggle_action.text() == "Show Coach"
    tray.toggle_action.trigger()
    assert window.isVisible()
    window.close()
    window.show()
    window.close()
    assert messages == ["Coach is still running"]  # told once, not on every close
    tray.quit_action.trigger()
    assert quit_calls == [True]


def test_daily_backup_aims_just_after_local_midnight_and_backs_up(
    qtbot: QtBot, services: startup.Services, clock: FakeClock
) -> None:
    services.repo.add_checkin(2)
    backup = app_module.DailyBackup(services)
    local_now = clock.now().astimezone()
    midnight = (local_now + timedelta(days=1)).replace(hour=0, minute=5, second=0, microsecond=0)
    expected_ms = (midnight - local_now).total_seconds() * 1000
    assert backup._timer.isSingleShot()
    assert abs(backup._timer.interval() - expected_ms) < 2 * 3600 * 1000  # DST-proof bound
    clock.advance(24 * 3600)
    before = len(list_backups(services.database.backup_dir))
    backup._run()
    assert len(list_backups(services.database.backup_dir)) == before + 1
    assert backup._timer.isActive()


def test_instance_guard_lets_one_in_and_the_second_one_asks_it_to_show(
    qtbot: QtBot, tmp_path: Path
) -> None:
    name = channel_name(tmp_path, "test")
    first = InstanceGuard(tmp_path / "coach.lock", name)
    second = InstanceGuard(tmp_path / "coach.lock", name)
    assert first.acquire()
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert ask_running_instance_to_show(name, timeout_ms=2000)
    finally:
        first.release()
    assert second.acquire()
    second.release()


def _open_requests(tmp_path: Path, qtbot: QtBot, plan: Path) -> list[str]:
    """What the first instance is asked to open when a second start is given `plan`."""
    name = channel_name(tmp_path, "open")
    guard = InstanceGuard(tmp_path / "coach.lock", name)
    assert guard.acquire()
    opened: list[str] = []
    guard.open_requested.connect(opened.append)
    try:
        assert ask_running_instance_to_show(name, 2000, plan)
        qtbot.waitUntil(lambda: bool(opened), timeout=3000)
        qtbot.wait(100)
    finally:
        guard.release()
    return opened


def test_a_plan_path_with_a_newline_reaches_the_first_instance_whole(
    qtbot: QtBot, tmp_path: Path
) -> None:
    plan = tmp_path / "week 1\nneck.coachplan"
    assert _open_requests(tmp_path, qtbot, plan) == [str(plan)]  # was [".../week 1"]


@pytest.mark.skipif(sys.platform == "win32", reason="file names are not bytes")
def test_a_plan_path_that_is_not_utf8_is_handed_over(qtbot: QtBot, tmp_path: Path) -> None:
    plan = Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xe9t\xe9.coachplan"))  # Latin-1
    (opened,) = _open_requests(tmp_path, qtbot, plan)  # was: UnicodeEncodeError
    assert Path(opened) == plan


def test_a_message_in_pieces_is_read_once_whole(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalSocket

    from coach.ui.lifecycle.instance import OPEN_PREFIX

    name = channel_name(tmp_path, "pieces")
    guard = InstanceGuard(tmp_path / "coach.lock", name)
    assert guard.acquire()
    opened: list[str] = []
    guard.open_requested.connect(opened.append)
    plan = tmp_path / "neck.coachplan"
    message = OPEN_PREFIX + base64.b64encode(os.fsencode(plan)) + b"\n"
    socket = QLocalSocket()
    try:
        socket.connectToServer(name)
        assert socket.waitForConnected(2000)
        for piece in (message[:5], message[5:12], message[12:]):
            socket.write(piece)
            socket.waitForBytesWritten(1000)
            qtbot.wait(50)
        qtbot.waitUntil(lambda: bool(opened), timeout=3000)
        assert opened == [str(plan)]
    finally:
        socket.disconnectFromServer()
        guard.release()


def test_nobody_listening_is_reported_not_hung(tmp_path: Path) -> None:
    assert not ask_running_instance_to_show(channel_name(tmp_path, "nobody"), timeout_ms=300)


@pytest.fixture
def no_app_icon(qapp: QApplication) -> Iterator[QApplication]:
    """The application with no icon before the test and none left after it."""
    qapp.setWindowIcon(QIcon())
    yield qapp
    qapp.setWindowIcon(QIcon())


def test_a_window_that_opens_gets_the_app_icon_once_it_is_painted(
    no_app_icon: QApplication, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.show()
    startup.give_window_icon(no_app_icon, window, tray_icon=None)
    assert no_app_icon.windowIcon().isNull()  # not yet: the first paint does not wait for it
    window.first_painted.emit()
    sizes = [size.width() for size in no_app_icon.windowIcon().availableSizes()]
    assert sorted(sizes) == sorted(startup.ICON_SIZES)


def test_a_minimised_window_and_a_tray_have_the_icon_at_once(
    no_app_icon: QApplication, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.showMinimized()
    startup.give_window_icon(no_app_icon, window, tray_icon=None)
    assert not no_app_icon.windowIcon().isNull()
    no_app_icon.setWindowIcon(QIcon())
    tray_icon = startup.app_icon()
    startup.give_window_icon(no_app_icon, make_window(), tray_icon)
    assert no_app_icon.windowIcon().cacheKey() == tray_icon.cacheKey()
