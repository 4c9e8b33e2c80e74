"""What Coach can see of the user on a real X server (Xvfb): idle time from the screen-saver
extension, and a full-screen window in front (which needs a window manager to say which window is
active)."""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from coach.ui.runners.presence import _X11Presence, detect
from tests.ui.xserver import HAVE_XVFB, x_server

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not HAVE_XVFB, reason="Xvfb is not installed"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 only"),
]

FULL_SCREEN_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.showFullScreen()
QTimer.singleShot(500, lambda: print("SHOWN", flush=True))
app.exec()
"""


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with x_server() as name:
        monkeypatch.setenv("DISPLAY", name)
        yield name


def test_idle_time_is_read_from_the_screen_saver_extension(display: str) -> None:
    presence = detect("xcb")
    if presence.idle_source is None:
        pytest.skip("libXss is not installed")
    idle = presence.idle_seconds()
    assert idle is not None and idle >= 0
    assert not presence.fullscreen_in_front()  # no window manager, no active window


def window_manager_ready(presence: _X11Presence) -> bool:
    """Whether a window manager has claimed the screen: it puts _NET_SUPPORTING_WM_CHECK on the
    root window once it manages windows (a window shown before that is not made active)."""
    check = "_NET_SUPPORTING_WM_CHECK"
    presence._atoms[check] = presence._x.XInternAtom(presence._display, check.encode(), 0)
    return bool(presence._window_property(presence._root, check))


@pytest.mark.skipif(shutil.which("openbox") is None, reason="openbox is not installed")
def test_a_full_screen_window_in_front_is_seen(display: str) -> None:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    manager = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    child: subprocess.Popen[str] | None = None
    try:
        presence = detect("xcb")
        assert isinstance(presence, _X11Presence)
        deadline = time.monotonic() + 10
        while not window_manager_ready(presence) and time.monotonic() < deadline:
            time.sleep(0.1)  # openbox starts in its own time
        child = subprocess.Popen(
            [sys.executable, "-c", FULL_SCREEN_WINDOW],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "SHOWN"
        deadline = time.monotonic() + 10
        while not presence.fullscreen_in_front() and time.monotonic() < deadline:
            time.sleep(0.1)  # the window manager marks the window full screen asynchronously
        assert presence.fullscreen_in_front()
    finally:
        if child is not None:
            child.terminate()
            child.wait(timeout=30)
        manager.terminate()
        manager.wait(timeout=30)
    assert not detect("xcb").fullscreen_in_front()
