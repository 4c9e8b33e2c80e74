"""Test configuration: Qt renders offscreen, and every test gets its own COACH_HOME so nothing a test
does touches the real home folder."""

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A safety net for anything that runs before the per-test fixture below.
os.environ["COACH_HOME"] = tempfile.mkdtemp(prefix="coach-tests-")


@pytest.fixture(autouse=True)
def coach_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "coach-home"
    monkeypatch.setenv("COACH_HOME", str(home))
    yield home
