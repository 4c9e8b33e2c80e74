"""Shared test helpers."""

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from coach.clock import FakeClock
    from coach.domain.routines import Routine
    from coach.ui.player.window import PlayerWindow
    from coach.ui.shell.main_window import MainWindow

REPO_ROOT = Path(__file__).resolve().parent.parent


def coach_command(*args: str) -> list[str]:
    """The installed `coach` command, run by this interpreter (no PATH lookup)."""
    return [sys.executable, "-m", "coach", *args]


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["COACH_HOME"] = str(home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def channel_name(folder: Path, tag: str) -> str:
    """A single-instance channel for a test: a socket path in `folder` (a test's own tmp_path,
    which only this user can write to, as the channel requires), a pipe's name on Windows."""
    return f"coach-{tag}-{folder.name[-20:]}" if sys.platform == "win32" else str(folder / tag)


# Fake cue workers (coach.ui.runners.cue_worker) that hang, run as `python -c SCRIPT`: one never says it
# is ready (its speech engine's creation never returns), one is ready and never answers a
# request (`say` never returns). Both wait on their input until Coach ends them.
NEVER_READY = "import sys\nsys.stdin.read()\n"
NEVER_ANSWERS = (
    "import sys\nprint('{\"ready\": true}', flush=True)\nsys.stdin.readline()\nsys.stdin.read()\n"
)


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """`path` made immutable (`chattr +i`, which stops root too) for the block; skips the test
    where the file system does not allow it."""
    result = subprocess.run(
        ["chattr", "+i", str(path)], check=False, capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"chattr +i is not possible here: {result.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def committed_pains(database: Path) -> list[int]:
    """The check-ins' pain ratings committed to `database`, read without writing to it."""
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT pain FROM checkins ORDER BY id")]
    finally:
        connection.close()


def nothing_moved_aside(damaged: Path) -> bool:
    return not damaged.exists() or not any(damaged.iterdir())


def page_name(player: "PlayerWindow") -> str:
    """The object name of the player's page on screen (pain question, running, end screen...)."""
    page = player.pages.currentWidget()
    assert page is not None
    return page.objectName()


@contextmanager
def playing(qtbot: "QtBot", window: "MainWindow", routine: "Routine") -> Iterator["PlayerWindow"]:
    """The player of `routine` (saved as the user's own), started from `window` with Qt's silent
    test speech engine; afterwards ended without the confirmation dialog and closed, unless the
    test closed it."""
    import shiboken6

    from coach.services.catalog import builtin_catalog

    window.speech_engine = "mock"  # Qt's test engine: spoken cues are real calls, silently
    repo = window.context.repo
    window.start_routine(repo.save_routine(routine, builtin_catalog().library))
    player = window.player
    assert player is not None
    qtbot.waitExposed(player)
    yield player
    if not shiboken6.isValid(player):
        return  # the test closed it
    if not player.session.is_over:  # a failed test: end without the confirmation dialog
        player.session.end_early()
    player.close()
    player.deleteLater()


def run_until(player: "PlayerWindow", clock: "FakeClock", page: str, limit: int = 600) -> None:
    """Let the fake clock run in half seconds until the player shows `page` (its object name)."""
    for _ in range(limit):
        if page_name(player) == page:
            return
        clock.advance(0.5)
        player.refresh()
    pytest.fail(f"the player never reached {page}")
