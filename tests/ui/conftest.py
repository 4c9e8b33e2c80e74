import socket
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.ui.lifecycle import i18n, startup
from coach.ui.shell.main_window import MainWindow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 6, 10, 9, 30, tzinfo=UTC))


@pytest.fixture
def services(clock: FakeClock) -> Iterator[startup.Services]:
    opened = startup.open_services(clock)
    yield opened
    opened.close()


@pytest.fixture
def quit_calls(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records QApplication.exit instead of ending the test run's application."""
    calls: list[bool] = []
    monkeypatch.setattr(
        "coach.ui.shell.main_window.QApplication.exit", lambda code=0: calls.append(code == 0)
    )
    return calls


@pytest.fixture
def make_window(
    qtbot: QtBot, services: startup.Services, quit_calls: list[bool]
) -> Callable[..., MainWindow]:
    def make(tray_available: bool = False) -> MainWindow:
        window = startup.build_window(services, tray_available)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    """The main window, shown; its notices are closed afterwards (they are top-level windows)."""
    shown = make_window()
    shown.show()
    yield shown
    if shown._alerts is not None:
        shown._alerts.close_all()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """Coach in German for one test (the translations and Qt's own), English again after."""
    assert i18n.install("de", qapp) == "de"
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def silent_socket(tmp_path: Path) -> Iterator[Path]:
    """A unix socket that accepts connections and never says a word (a hung daemon)."""
    path = tmp_path / "hung.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield path
    stop.set()
    thread.join(timeout=5)
    for connection in accepted:
        connection.close()
    server.close()
