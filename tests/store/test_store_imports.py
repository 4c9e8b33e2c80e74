"""The store loads the domain rules a query needs when that query first runs: the app opens the
store and reads what its first window shows at start-up, and the heat, timer and plan rules (and the
fault diagnosis, and the recovery of a damaged file) cost start-up time it does not need.

Each check runs in a fresh Python, where nothing else has imported these modules yet."""

import json
import subprocess
import sys
from pathlib import Path

# Rules needed only by some queries, or only when something went wrong.
NOT_AT_START_UP = (
    "coach.domain.heat",
    "coach.domain.plan",
    "coach.domain.timers",
    "coach.domain.reminders",
    "coach.domain.schedule",
    "coach.domain.routines",
    "coach.domain.exercises",
    "coach.domain.session",
    "coach.domain.safety",
    "coach.domain.dosing",
    "coach.domain.onboarding",
    "coach.store.faults",
    "coach.store.recovery",
)


def _modules_loaded_by(code: str) -> set[str]:
    """The coach modules a fresh Python has loaded after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return {name for name in json.loads(result.stdout) if name.startswith("coach")}


def _unwanted(loaded: set[str]) -> list[str]:
    return sorted(loaded & set(NOT_AT_START_UP))


def test_importing_the_store_loads_no_heat_plan_or_timer_rules() -> None:
    loaded = _modules_loaded_by("import coach.store.db, coach.store.repo")
    assert "coach.store.repo" in loaded
    assert _unwanted(loaded) == []


def test_reading_what_the_first_window_shows_loads_no_heat_plan_or_timer_rules(
    tmp_path: Path,
) -> None:
    folder = str(tmp_path)
    code = f"""
from datetime import timedelta
from pathlib import Path
from coach.clock import SystemClock
from coach.store.db import open_database
from coach.store.repo import Repo

clock = SystemClock()
folder = Path({folder!r})
database = open_database(folder / "coach.sqlite3", clock, folder / "backups", folder / "damaged")
repo = Repo(database.connection, clock)
settings, problems = repo.load_settings()
repo.save_settings(settings)
repo.needs_first_run()
repo.has_open_safety_flags()
repo.close_interrupted_sessions()
start = clock.now() - timedelta(days=1)
repo.add_checkin(3)
assert len(repo.checkins_between(start, clock.now() + timedelta(days=1))) == 1
repo.sessions_between(start, clock.now() + timedelta(days=1))
database.close()
"""
    loaded = _modules_loaded_by(code)
    assert _unwanted(loaded) == []
