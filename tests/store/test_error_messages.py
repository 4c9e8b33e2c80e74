"""The store's errors and notices the user reads carry a `Message`: the English stays their `str()`
(logs, the command line), and the UI translates the template and each value in it."""

import json
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.domain.exercises import load_library
from coach.domain.messages import Message
from coach.store.db import StoreError, open_database
from coach.store.export import BackupError, import_backup
from coach.store.repo import REMINDERS_KEY, Repo
from tests.helpers import REPO_ROOT
from tests.store.conftest import StoreDirs


def test_a_store_error_carries_its_message(tmp_path: Path, clock: FakeClock) -> None:
    in_the_way = tmp_path / "coach.sqlite3"
    in_the_way.mkdir()
    with pytest.raises(StoreError) as raised:
        open_database(in_the_way, clock, tmp_path / "b", tmp_path / "d")
    assert raised.value.message == Message(
        "Coach's database {path} is a folder, not a file: move that folder elsewhere",
        path=str(in_the_way),
    )
    assert str(raised.value) == str(raised.value.message)


def test_a_recovery_is_described_by_messages(dirs: StoreDirs, clock: FakeClock) -> None:
    dirs.db.parent.mkdir(parents=True)
    dirs.db.write_bytes(b"not a database at all")
    database = dirs.open(clock)
    (recovery,) = database.recoveries
    database.close()
    described = recovery.describe()
    assert described.values["what"] == Message("was not a Coach database")
    assert described.values["detail"] == Message("the file is not an SQLite database")
    assert described.values["restored"] == Message(
        "No usable backup was found, so Coach started with an empty database."
    )
    assert str(described) == (
        "The database was not a Coach database (the file is not an SQLite database). "
        f"It was moved to {recovery.moved_to}. "
        "No usable backup was found, so Coach started with an empty database."
    )


@pytest.mark.parametrize(
    ("content", "template"),
    [
        (
            '{"format": "something-else"}',
            '{file}: not a Coach backup (expected "format": "{name}")',
        ),
        (
            '{"format": "coach-backup", "version": 1, "tables": {"checkins": '
            '{"columns": ["at", "pain"], "rows": []}}}',
            "{where}.columns lacks {columns}",
        ),
        (
            '{"format": "coach-backup", "version": 1, "tables": {"checkins": {"columns": '
            '["at", "pain", "note"], "rows": [["2026-01-01T00:00:00+00:00", 11, ""]]}}}',
            "{file}: a row does not fit the store ({problem}); nothing was imported",
        ),
    ],
)
def test_a_backup_error_carries_its_message(
    tmp_path: Path, dirs: StoreDirs, clock: FakeClock, content: str, template: str
) -> None:
    database = dirs.open(clock)
    source = tmp_path / "bad.json"
    source.write_text(content)
    with pytest.raises(BackupError) as raised:
        import_backup(database.connection, source)
    database.close()
    assert isinstance(raised.value, ValueError)
    assert raised.value.message.template == template
    assert str(raised.value) == str(raised.value.message)
    assert str(raised.value).startswith(str(source))


def test_unreadable_reminder_settings_are_reported_with_the_schedule_message(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    database = dirs.open(clock)
    repo = Repo(database.connection, clock)
    repo._write_values({REMINDERS_KEY: json.dumps({"movement": {"every_minutes": "30"}})})
    _settings, problem = repo.load_reminder_settings()
    database.close()
    assert problem is not None
    assert problem.expected.template == (
        "reminder setting '{key}' holds {value}; expected {expected}"
    )
    assert problem.expected.values["expected"] == Message("a whole number")
    assert str(problem.describe()).startswith("setting 'reminders' holds ")
    assert str(problem.describe()).endswith(
        "expected reminder setting 'movement.every_minutes' holds '30'; expected a whole number; "
        "it was reset to its default"
    )


def test_unreadable_first_run_answers_are_reported_with_their_message(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    database = dirs.open(clock)
    repo = Repo(database.connection, clock)
    repo._write_values({"onboarding": '{"version": 1, "finished": "yes"}'})
    _answers, problem = repo.load_onboarding()
    database.close()
    assert problem is not None
    assert problem.expected == Message(
        "readable answers ({problem})",
        problem=Message("'finished' holds {value}; expected true or false", value="'yes'"),
    )
    assert "expected readable answers ('finished' holds 'yes'; expected true or false)" in str(
        problem.describe()
    )


def test_an_unreadable_user_routine_is_named_by_a_message(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    database = dirs.open(clock)
    repo = Repo(database.connection, clock)
    database.connection.execute(
        "INSERT INTO routines (name, aim, steps, updated_at) VALUES (?, '', ?, ?)",
        ("Mine", json.dumps([{"exercise": "gone"}]), clock.now().isoformat()),
    )
    library = load_library(REPO_ROOT / "resources" / "exercises")
    routines, (problem,) = repo.user_routines(library)
    database.close()
    assert routines == []
    assert problem.message.values["file"] == Message("your routine '{name}'", name="Mine")
    assert str(problem) == "your routine 'Mine': steps[0].exercise: unknown exercise 'gone'"
    assert str(problem.message) == str(problem)
