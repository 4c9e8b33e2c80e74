"""The first run gone through again from Settings (issue 17, point 7; CLINICAL.md section 1, HK):
the heat-safety answers stored before are shown answered, the neck question too once it was
answered on the Timers page, still changeable; going on keeps the neck answered, so heat on the
neck does not ask it again."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coach.domain.heat import BodyArea, Concern, HeatScreening
from coach.ui.dialogs.first_run import FirstRunDialog, Step
from coach.ui.dialogs.heat_safety import HeatSafetyDialog, concern_label, neck_heat_text
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow
from tests.ui.test_heat_texts import answer_next_dialog, choose_area, timers_page


def _to_heat_step(qtbot: QtBot, window: MainWindow) -> FirstRunDialog:
    """The first run from Settings, on to the heat step (the safety steps skipped: their stored
    answers stay)."""
    window.open_first_run()
    dialog = window.first_run
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    for _ in (Step.URGENT, Step.SOON):
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.step is Step.HEAT
    return dialog


def test_stored_heat_answers_are_shown_answered_with_the_neck_question(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    earlier = HeatScreening(True, frozenset({Concern.DIABETES, Concern.NECK_FRONT}), True)
    services.repo.save_heat_screening(earlier)
    dialog = _to_heat_step(qtbot, window)
    boxes = dialog.concern_boxes
    assert set(boxes) == set(Concern)  # the neck's question with the others
    assert {c for c, box in boxes.items() if box.isChecked()} == earlier.concerns
    neck = boxes[Concern.NECK_FRONT]
    assert neck.isVisibleTo(dialog) and neck.text() == concern_label(Concern.NECK_FRONT)
    note = dialog.findChild(QLabel, "neckHeatNote")
    assert note is not None and note.isVisibleTo(dialog) and note.text() == neck_heat_text()
    assert dialog.heat_answered_note.isVisibleTo(dialog)
    assert "earlier answers are ticked" in dialog.heat_answered_note.text()

    # Changeable: now sure the heat stays on the back of the neck.
    qtbot.mouseClick(neck, Qt.MouseButton.LeftButton, pos=neck.rect().bottomLeft() / 2)
    assert not neck.isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    stored, _problem = services.repo.load_heat_screening()
    assert stored == HeatScreening(True, frozenset({Concern.DIABETES}), neck_answered=True)
    assert stored.complete_for(BodyArea.NECK)
    dialog.reject()


def test_without_a_neck_answer_the_first_run_asks_only_the_general_questions(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    services.repo.save_heat_screening(HeatScreening(True, frozenset({Concern.HEART})))
    dialog = _to_heat_step(qtbot, window)
    assert Concern.NECK_FRONT not in dialog.concern_boxes
    assert dialog.findChild(QLabel, "neckHeatNote") is None
    assert dialog.concern_boxes[Concern.HEART].isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    stored, _problem = services.repo.load_heat_screening()
    assert stored == HeatScreening(True, frozenset({Concern.HEART}), neck_answered=False)
    dialog.reject()


def test_a_first_run_never_seen_asks_blank(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _to_heat_step(qtbot, window)
    assert not dialog.heat_answered_note.isVisibleTo(dialog)
    assert not any(box.isChecked() for box in dialog.concern_boxes.values())
    dialog.reject()


def test_after_the_first_run_again_heat_on_the_neck_does_not_ask_the_neck_question(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reported defect: the Timers page asked the neck question again after the first run
    was gone through again."""
    services.repo.save_heat_screening(HeatScreening(True, frozenset(), neck_answered=True))
    dialog = _to_heat_step(qtbot, window)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # the heat answers kept
    dialog.reject()
    qtbot.waitUntil(lambda: window.first_run is None)

    asked: list[QWidget] = []

    def record(box: QMessageBox) -> int:
        asked.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    answer_next_dialog(asked.append, tries=5)  # any question dialog: recorded and closed
    page = timers_page(window)
    choose_area(page, BodyArea.NECK)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)  # time for a dialog to open, had one been asked for
    assert not [w for w in asked if isinstance(w, HeatSafetyDialog)]
    assert QApplication.activeModalWidget() is None
    (row,) = page.rows.values()  # the heat session started
    assert row.timer.area is BodyArea.NECK
