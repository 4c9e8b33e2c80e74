"""All the user's data at once through the data service: CSV and JSON exports, and a backup
imported into another store (announced, so everything shown is read again); a file that cannot be
written or read is a ServiceError that says why."""

import threading
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.data import DataService, ImportCancelledError
from coach.services.errors import ServiceError
from coach.services.storage import open_storage
from coach.store.export import TABLES
from tests.services.conftest import read_only


def test_a_backup_moves_everything_into_another_store(
    context: ServiceContext, tmp_path: Path, clock: FakeClock, announced: list[Change]
) -> None:
    context.repo.add_checkin(4, "stiff after the meeting")
    backup = tmp_path / "backup.json"
    DataService(context).export_json(backup)
    assert backup.is_file() and announced == []
    other = open_storage(tmp_path / "b" / "c.sqlite3", tmp_path / "b", tmp_path / "d", clock)
    heard: list[Change] = []
    other.context.changes.subscribe(heard.append)
    try:
        added = DataService(other.context).import_backup(backup)
        assert added["checkins"] == 1
        assert heard == [Change.DATA]
        assert DataService(other.context).import_backup(backup)["checkins"] == 0  # no copies
        (checkin,) = other.context.repo.checkins_between(
            clock.now().replace(hour=0), clock.now().replace(hour=23)
        )
        assert checkin.note == "stiff after the meeting"
    finally:
        other.close()


def test_csv_files_are_written_one_per_table(context: ServiceContext, tmp_path: Path) -> None:
    files = DataService(context).export_csv(tmp_path / "csv")
    assert files and all(f.suffix == ".csv" and f.is_file() for f in files)


def test_a_file_that_is_not_a_backup_imports_nothing(
    context: ServiceContext, tmp_path: Path, announced: list[Change]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(ServiceError) as caught:
        DataService(context).import_backup(broken)
    assert str(broken) in str(caught.value)
    assert announced == []


def test_a_backup_into_a_store_that_cannot_be_written_says_so(
    context: ServiceContext, tmp_path: Path, announced: list[Change]
) -> None:
    backup = tmp_path / "backup.json"
    context.repo.add_checkin(3)
    DataService(context).export_json(backup)
    with read_only(context), pytest.raises(ServiceError) as caught:
        DataService(context).import_backup(backup)
    assert "nothing was imported" in str(caught.value)
    assert announced == []


def test_an_export_that_cannot_be_written_keeps_the_systems_words(
    context: ServiceContext, tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(ServiceError) as caught:
        DataService(context).export_json(folder)  # a folder, not a file
    assert isinstance(caught.value.cause, OSError)
    assert str(caught.value) == str(caught.value.cause)


def test_an_import_tells_its_progress_and_a_stopped_one_keeps_and_announces_nothing(
    context: ServiceContext, tmp_path: Path, clock: FakeClock, announced: list[Change]
) -> None:
    source = open_storage(tmp_path / "a" / "c.sqlite3", tmp_path / "a", tmp_path / "d", clock)
    try:
        for pain in range(5):
            source.context.repo.add_checkin(pain)
        backup = tmp_path / "backup.json"
        DataService(source.context).export_json(backup)
    finally:
        source.close()
    data = DataService(context)
    with pytest.raises(ImportCancelledError):
        data.import_backup(backup, lambda done, total: done == 0)
    assert context.repo.count_checkins() == 0 and announced == []
    heard: list[tuple[int, int]] = []
    assert data.import_backup(backup, lambda *p: heard.append(p))["checkins"] == 5
    assert heard[-1][0] == heard[-1][1] > 0
    assert announced == [Change.DATA]


def test_an_import_job_runs_on_another_thread_over_its_own_connection(
    context: ServiceContext, tmp_path: Path, announced: list[Change]
) -> None:
    context.repo.add_checkin(4, "before the backup")
    backup = tmp_path / "backup.json"
    data = DataService(context)
    data.export_json(backup)
    context.repo.connection.execute("DELETE FROM checkins")
    job = data.import_job(backup)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(job.run()))
    worker.start()
    worker.join(timeout=30)
    assert outcome == [data_added(checkins=1)]
    assert announced == []  # the UI thread announces it (below), not the job's thread
    data.announce_import()
    assert announced == [Change.DATA]
    assert context.repo.count_checkins() == 1  # committed: this connection sees it


def test_an_import_job_that_fails_says_why_and_keeps_nothing(
    context: ServiceContext, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "coach-backup", "version": 1, "tables": []}')
    with pytest.raises(ServiceError, match='"tables" must be an object'):
        DataService(context).import_job(broken).run()


def data_added(**tables: int) -> dict[str, int]:
    """The counts an import returns: every table, 0 unless given."""
    return {table.name: tables.get(table.name, 0) for table in TABLES}
