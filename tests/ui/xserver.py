"""A real X server (Xvfb) for tests and benchmarks, optionally with a system tray host (wmdocker),
started and stopped by the tests themselves."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

HAVE_XVFB = shutil.which("Xvfb") is not None
HAVE_TRAY_HOST = shutil.which("wmdocker") is not None


@contextmanager
def x_server(with_tray: bool = False) -> Iterator[str]:
    """Yield a DISPLAY value such as ':5' for a fresh Xvfb, with a tray host when asked."""
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
        raise RuntimeError("Xvfb did not report a display number")
    display = f":{number}"
    helpers: list[subprocess.Popen[bytes]] = []
    try:
        if with_tray:
            helpers.append(
                subprocess.Popen(
                    ["wmdocker"],
                    env=dict(os.environ, DISPLAY=display),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        yield display
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)
