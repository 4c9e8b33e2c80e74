"""Check-ins can be changed and deleted afterwards, from Today's list, by mouse or keyboard."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.safety import Symptom
from coach.ui.dialogs.checkin import CheckInDialog
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow


def test_a_check_in_is_edited_and_deleted_from_today(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.repo.add_checkin(6, "stiff", at=clock.now())
    today = window.today
    today.refresh()
    assert not today.edit_button.isEnabled()
    today._today_list.setCurrentRow(0)
    assert today.edit_button.isEnabled() and today.delete_button.isEnabled()

    def answer_dialog(dialog: CheckInDialog) -> int:
        assert dialog.pain.value() == 6 and dialog.note.text() == "stiff"
        assert dialog.ratings() == (None, None)
        dialog.pain.setValue(3)
        dialog.stiffness.setValue(2)
        dialog.note.setText("better after the walk")
        return 1

    monkeypatch.setattr(CheckInDialog, "exec", answer_dialog)
    qtbot.mouseClick(today.edit_button, Qt.MouseButton.LeftButton)
    (changed,) = services.repo.checkins_between(clock.now(), clock.now() + timedelta(seconds=1))
    assert (changed.pain, changed.note) == (3, "better after the walk")
    assert (changed.stiffness, changed.sleep) == (2, None)
    assert "Pain check-in: 3 of 10" in today._today_list.item(0).text()

    asked: list[str] = []

    def answer_question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_question)
    today._today_list.setCurrentRow(0)
    today._today_list.setFocus()
    qtbot.keyClick(today._today_list, Qt.Key.Key_Delete)
    assert asked and "cannot be undone" in asked[0]
    assert services.repo.count_checkins() == 0
    assert not today.edit_button.isEnabled()


def test_stiffness_and_sleep_are_optional_with_a_check_in(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    today = window.today
    five = window.findChild(QPushButton, "painButton5")
    assert five is not None
    qtbot.mouseClick(five, Qt.MouseButton.LeftButton)
    today.stiffness.setValue(7)
    qtbot.mouseClick(today._save, Qt.MouseButton.LeftButton)
    (saved,) = services.repo.checkins_between(clock.now(), clock.now() + timedelta(seconds=1))
    assert (saved.pain, saved.stiffness, saved.sleep) == (5, 7, None)
    assert "Pain check-in: 5 of 10" in today._today_list.item(0).text()
    assert "stiffness 7" in today._today_list.item(0).text()
    assert today.stiffness.value() == -1 and today.stiffness.text() == "not rated"


def test_editing_a_check_in_keeps_symptoms_this_version_does_not_know(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """checkins.py: "unknown ones from a newer Coach are kept"; the edit dialog dropped them."""
    services.repo.add_checkin(3, "", at=clock.now(), symptoms=("numbness", "jaw_pain"))
    today = window.today
    today.refresh()
    today._today_list.setCurrentRow(0)

    def answer_dialog(dialog: CheckInDialog) -> int:
        assert dialog.symptoms.boxes[Symptom.NUMBNESS].isChecked()
        dialog.symptoms.boxes[Symptom.NUMBNESS].setChecked(False)
        dialog.symptoms.boxes[Symptom.TINGLING].setChecked(True)
        assert dialog.chosen_symptoms() == ("tingling", "jaw_pain")
        return 1

    monkeypatch.setattr(CheckInDialog, "exec", answer_dialog)
    qtbot.mouseClick(today.edit_button, Qt.MouseButton.LeftButton)
    (changed,) = services.repo.checkins_between(clock.now(), clock.now() + timedelta(seconds=1))
    assert changed.symptoms == ("tingling", "jaw_pain")
