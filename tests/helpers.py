"""Shared test helpers."""

import os
import sys
from pathlib import Path

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
