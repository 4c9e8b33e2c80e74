"""In German, what the store and the domain report (settings reset, a repaired database, reminder
settings that cannot be read, a backup that cannot be imported) is shown in German too: the UI
translates their messages (coach/ui/text/core.py) inside its own translated texts.

These need the German translations of the "core" messages (`make translations`)."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.messages import Message
from coach.store.db import RecoveryReason
from coach.store.recovery import Recovery
from coach.store.repo import REMINDERS_KEY
from coach.ui.lifecycle import app as app_module
from coach.ui.lifecycle import startup
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.shell.main_window import MainWindow
from coach.ui.text.core import core_text


def _in_german(message: Message) -> str:
    """The message as the UI shows it, checked to be translated (not the English)."""
    shown = core_text(message)
    assert shown != str(message), f"no German for {message!r}"
    return shown


def test_the_settings_reset_and_repair_notices_are_in_german(
    german: None,
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    tmp_path: Path,
) -> None:
    boxes: list[QMessageBox] = []
    warnings: list[str] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    moved = tmp_path / "damaged" / "coach-20260610-093000.sqlite3"
    recovery = Recovery(RecoveryReason.DAMAGED, Message("the file is empty"), moved, None)
    services.database.recoveries.append(recovery)
    services.repo._db.execute(
        "INSERT INTO settings VALUES ('theme', '\"plaid\"')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    services.setting_problems.extend(services.repo.load_settings()[1])
    window = make_window()
    app_module._tell_about_problems(window, services)

    (box,) = boxes
    assert _in_german(recovery.describe()) in box.text()
    assert "was damaged" not in box.text() and "No usable backup" not in box.text()
    (settings_text,) = warnings
    (problem,) = services.setting_problems
    assert _in_german(problem.describe()) in settings_text
    assert "it was reset to its default" not in settings_text
    assert "'theme'" in settings_text  # the key and the stored value stay as they are
    assert _in_german(Message("one of {choices}", choices="x")).replace("x", "") in settings_text


def test_unreadable_reminder_settings_are_reported_in_german(
    german: None,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    stored = json.dumps({"movement": {"every_minutes": "30"}})
    services.repo._write_values({REMINDERS_KEY: stored})
    window = make_window()
    controller = ReminderController(
        services.context, services.change_signal, Presence(), parent=window
    )
    told: list[str] = []
    controller.problem.connect(told.append)
    controller.start()
    (text,) = told
    assert _in_german(Message("a whole number")) in text
    assert "expected a whole number" not in text
    assert "reminder setting 'movement.every_minutes'" not in text
    assert "'movement.every_minutes'" in text
    assert "it was reset to its default" not in text


def test_a_backup_that_cannot_be_imported_is_explained_in_german(
    qtbot: QtBot,
    german: None,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"format": "something-else"}')
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(source), ""))
    action = window.findChild(QAction, "importJson")
    assert action is not None
    with qtbot.waitSignal(window.data_actions().import_ended, timeout=10_000):
        action.trigger()  # the import runs on a thread of its own
    expected = Message(
        '{file}: not a Coach backup (expected "format": "{name}")',
        file=str(source),
        name="coach-backup",
    )
    assert told == [_in_german(expected)]
    assert "not a Coach backup" not in told[0]
    assert str(source) in told[0]
