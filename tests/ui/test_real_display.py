"""`coach selftest` on a real X server (Xvfb) with Qt's xcb platform plugin, as on a Linux desktop."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT, child_env, coach_command

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]


@pytest.fixture
def x_display() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not report a display number")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def test_selftest_on_a_real_x_server(coach_home: Path, x_display: str) -> None:
    env = child_env(coach_home, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        coach_command("selftest"),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "window: shown and painted" in result.stdout
