"""File menu: export a backup, import it (nothing new the second time; off the UI thread, with a
progress dialog that can stop it), CSV, and the report."""

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.services.changes import Change
from coach.services.data import DataService, ImportJob, ImportProgress
from coach.services.storage import open_storage
from coach.store import key_index
from coach.ui.dialogs.data_actions import ReportDialog
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_the_file_menu_exports_imports_and_writes_the_report(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.repo.add_checkin(4, "after lunch", at=clock.now())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append("!" + text))
    backup = tmp_path / "backup.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(backup), ""))
    trigger(window, "exportJson")
    assert backup.is_file() and told[-1] == f"Saved the backup to {backup}."

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(backup), ""))
    with qtbot.waitSignal(window.data_actions().import_ended, timeout=10_000):
        trigger(window, "importJson")
    assert told[-1] == "Nothing new: everything in this backup is already here."

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path / "csv"))
    trigger(window, "exportCsv")
    assert (tmp_path / "csv" / "checkins.csv").is_file()

    report = tmp_path / "report.pdf"
    monkeypatch.setattr(ReportDialog, "exec", lambda _dialog: 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(report), ""))
    trigger(window, "clinicianReport")
    assert report.read_bytes().startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", report.read_bytes()))
    assert told[-1].startswith(f"Saved a {pages}-page report to")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes said ("!" before a warning)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append("!" + text))
    return said


def backup_of_other_store(tmp_path: Path, clock: FakeClock, checkins: int) -> Path:
    other = open_storage(tmp_path / "o" / "c.sqlite3", tmp_path / "o", tmp_path / "od", clock)
    try:
        for n in range(checkins):
            other.context.repo.add_checkin(n % 11, f"elsewhere {n}")
        backup = tmp_path / "other.json"
        DataService(other.context).export_json(backup)
    finally:
        other.close()
    return backup


def test_an_import_runs_off_the_ui_thread_and_the_pages_hear_of_it(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    tmp_path: Path,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = backup_of_other_store(tmp_path, clock, 30)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(backup), ""))
    heard: list[Change] = []
    services.context.changes.subscribe(heard.append)
    threads: set[int] = set()
    original = ImportJob.run

    def run(job: ImportJob, progress: ImportProgress | None = None) -> dict[str, int]:
        threads.add(threading.get_ident())
        return original(job, progress)

    monkeypatch.setattr(ImportJob, "run", run)
    actions = window.data_actions()
    with (
        qtbot.waitSignal(actions.imported, timeout=10_000),
        qtbot.waitSignal(actions.import_ended, timeout=10_000),
    ):
        trigger(window, "importJson")
        dialog = window.findChild(QProgressDialog, "importProgress")
        assert dialog is not None
        assert dialog.windowModality() == Qt.WindowModality.WindowModal  # the window waits
    assert threads and threading.get_ident() not in threads
    assert told[-1] == "Imported 30 new records; what was already here was kept."
    assert heard == [Change.DATA]
    assert services.repo.count_checkins() == 30


def test_cancel_stops_the_import_with_nothing_imported(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    tmp_path: Path,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(key_index.Progress, "EVERY", 5)
    backup = backup_of_other_store(tmp_path, clock, 30)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(backup), ""))
    halfway = threading.Event()
    go_on = threading.Event()
    original = ImportJob.run

    def run(job: ImportJob, progress: ImportProgress | None = None) -> dict[str, int]:
        def held(done: int, total: int) -> bool | None:
            assert progress is not None
            if done >= 10 and not halfway.is_set():
                halfway.set()  # some rows are in: wait here until Cancel was pressed
                go_on.wait(timeout=10)
            return progress(done, total)

        return original(job, held)

    monkeypatch.setattr(ImportJob, "run", run)
    heard: list[Change] = []
    services.context.changes.subscribe(heard.append)
    actions = window.data_actions()
    trigger(window, "importJson")
    dialog = window.findChild(QProgressDialog, "importProgress")
    assert dialog is not None
    qtbot.waitUntil(halfway.is_set, timeout=10_000)
    with qtbot.waitSignal(actions.import_ended, timeout=10_000):
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        go_on.set()
    assert told[-1] == "Import cancelled: nothing was imported."
    assert services.repo.count_checkins() == 0 and heard == []
    # Stopped and rolled back: the same file imports in full afterwards.
    with qtbot.waitSignal(actions.imported, timeout=10_000):
        trigger(window, "importJson")
    assert services.repo.count_checkins() == 30


def test_a_backup_that_cannot_be_read_is_said_and_nothing_changes(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    tmp_path: Path,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(broken), ""))
    heard: list[Change] = []
    services.context.changes.subscribe(heard.append)
    with qtbot.waitSignal(window.data_actions().import_ended, timeout=10_000):
        trigger(window, "importJson")
    assert told[-1].startswith(f"!{broken}: not JSON")
    assert heard == []
