"""Test configuration: Qt renders offscreen, and every test gets its own COACH_HOME (and
XDG_CONFIG_HOME) so nothing a test does touches the real home folder, and the logging it found."""

import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A safety net for anything that runs before the per-test fixture below.
os.environ["COACH_HOME"] = tempfile.mkdtemp(prefix="coach-tests-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="coach-tests-config-")


@pytest.fixture(autouse=True)
def coach_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "coach-home"
    monkeypatch.setenv("COACH_HOME", str(home))
    # The login entry (Settings -> Start Coach when I log in) goes under XDG_CONFIG_HOME.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield home


@pytest.fixture(autouse=True)
def logging_as_found() -> Iterator[None]:
    """A test that runs the command line (or configure_logging) gives the root logger a handler
    on that test's captured stderr, which pytest closes after it: a later test's warning then
    fails with "--- Logging error ---". Each test leaves the root logger as it found it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)
