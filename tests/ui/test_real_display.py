"""Coach on a real X server (Xvfb) with Qt's xcb platform plugin, as on a Linux desktop: the
self-test, and quitting while a real tray icon is shown."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT, child_env, coach_command
from tests.ui.test_single_instance import WAIT_SECONDS, RunningCoach
from tests.ui.xserver import HAVE_TRAY_HOST, HAVE_XVFB, x_server

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not HAVE_XVFB, reason="Xvfb is not installed"),
    pytest.mark.skipif(sys.platform == "win32", reason="X11 only"),
]
needs_tray_host = pytest.mark.skipif(not HAVE_TRAY_HOST, reason="wmdocker is not installed")


def _x_env(home: Path, display: str) -> dict[str, str]:
    env = child_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def test_selftest_on_a_real_x_server(coach_home: Path) -> None:
    with x_server() as display:
        result = subprocess.run(
            coach_command("selftest"),
            env=_x_env(coach_home, display),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=REPO_ROOT,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "window: shown and painted" in result.stdout


@needs_tray_host
@pytest.mark.parametrize("how", ["menu", "sigterm"])
def test_quit_ends_the_app_while_a_tray_icon_is_shown(coach_home: Path, how: str) -> None:
    """Qt 6's quit() lets a window that closes to the tray cancel the quit; Coach must end anyway."""
    with x_server(with_tray=True) as display:
        result = subprocess.run(
            [sys.executable, str(REPO_ROOT / "tests" / "ui" / "quit_child.py"), how],
            env=_x_env(coach_home, display),
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO_ROOT,
            check=False,
        )
    assert result.returncode != 4, "no system tray was seen: the test would prove nothing"
    assert result.returncode == 0, result.stderr


@needs_tray_host
def test_the_app_shows_a_tray_icon_and_ends_on_sigterm(coach_home: Path) -> None:
    with x_server(with_tray=True) as display:
        coach = RunningCoach(coach_home, env=_x_env(coach_home, display))
        try:
            coach.wait_for("started")
            assert not any("no system tray" in line for line in coach.seen)
            coach.process.send_signal(signal.SIGTERM)
            assert coach.process.wait(timeout=WAIT_SECONDS) == 0
        finally:
            coach.stop()
    assert "Coach closed" in (coach_home / "logs" / "coach.log").read_text()
