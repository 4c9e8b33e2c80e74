"""File menu: export a backup, import it (nothing new the second time), CSV, and the report."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coach.clock import FakeClock
from coach.ui.dialogs.data_actions import ReportDialog
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_the_file_menu_exports_imports_and_writes_the_report(
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
