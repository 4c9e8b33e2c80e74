"""What Coach says about heat (CLINICAL.md section 1): how warm (MPFT) and heat on the neck (HK),
in the real heat-safety dialog and on the Timers page."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coach.domain.heat import BodyArea, Concern, HeatScreening
from coach.ui.dialogs.heat_safety import HeatSafetyDialog, how_hot_text, neck_heat_text
from coach.ui.lifecycle import startup
from coach.ui.pages.timers import TimersPage
from coach.ui.shell.main_window import MainWindow, Page
from tests.helpers import REPO_ROOT


def timers_page(window: MainWindow) -> TimersPage:
    window.show_page(Page.TIMERS)
    page = window.page_widget(Page.TIMERS)
    assert isinstance(page, TimersPage)
    return page


def choose_area(page: TimersPage, area: BodyArea) -> None:
    page.heat_area.setCurrentIndex(page.heat_area.findData(area.value))


@dataclass
class MessageBoxes:
    """Stands in for the user at every message box: records its text and presses `answer`."""

    answer: str = "Cancel"
    texts: list[str] = field(default_factory=list)

    def exec_box(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == self.answer]
        button.click()
        return 0


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    # A plain function, so that the patched method receives the box it is called on.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec_box(box))  # noqa: PLW0108
    return boxes


def answer_next_dialog(handle: Callable[[QWidget], None], tries: int = 50) -> None:
    """Run `handle` on the next modal dialog once it is open (its own event loop runs the timer);
    if `handle` fails the dialog is rejected, so a failing test never hangs on it."""

    def run(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: run(left - 1))
            return
        try:
            handle(dialog)
        finally:
            if dialog.isVisible() and isinstance(dialog, HeatSafetyDialog):
                dialog.reject()

    QTimer.singleShot(0, lambda: run(tries))


def test_a_shower_or_bath_is_comfortably_warm_and_40_45_is_for_a_bowl_only_MPFT(
    window: MainWindow,
) -> None:
    text = how_hot_text()
    sentences = re.split(r"(?<=[.:])\s+", text)
    with_figure = [s for s in sentences if "40-45 °C" in s]
    assert len(with_figure) == 1
    assert "bowl of water for the hands or feet only" in with_figure[0]
    assert "A shower or bath should be comfortably warm" in text
    assert "Comfortably warm, not the hotter the better" in text
    guidance = timers_page(window).findChild(QLabel, "heatGuidance")
    assert guidance is not None and guidance.text().startswith(text)
    # Nowhere else does Coach give a water temperature (the generated string lists follow the code).
    figure = re.compile(r"°C|\b4\d\s*[-\u2013]\s*4\d\b")
    files = [
        *REPO_ROOT.glob("coach/**/*.py"),
        *REPO_ROOT.glob("resources/**/*.json"),
        REPO_ROOT / "README.md",
    ]
    found = [
        path.name
        for path in files
        if not path.name.endswith("_strings.py") and figure.search(path.read_text(encoding="utf-8"))
    ]
    assert found == ["heat_safety.py"]


def test_the_heat_questions_include_the_neck_only_for_the_neck_HK(qtbot: QtBot) -> None:
    for area in (None, BodyArea.SHOULDERS, BodyArea.UPPER_BACK, BodyArea.MIDDLE_BACK):
        dialog = HeatSafetyDialog(HeatScreening(), None, area)
        qtbot.addWidget(dialog)
        assert Concern.NECK_FRONT not in dialog.boxes
        assert dialog.findChild(QLabel, "neckHeatNote") is None
        assert not dialog.answers().neck_answered
    earlier = HeatScreening(True, frozenset({Concern.NECK_FRONT}), neck_answered=True)
    dialog = HeatSafetyDialog(earlier, None, BodyArea.SHOULDERS)
    qtbot.addWidget(dialog)
    assert dialog.answers() == earlier  # an answer not asked this time is kept

    dialog = HeatSafetyDialog(HeatScreening(True), None, BodyArea.NECK)
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "neckHeatNote")
    assert note is not None and note.text() == neck_heat_text()
    assert "back of the neck only, never on the front or the sides over the throat" in note.text()
    assert "If you are not sure, ask your doctor or physiotherapist first." in note.text()
    box = dialog.boxes[Concern.NECK_FRONT]
    assert "not sure the heat will stay on the back of your neck" in box.text()
    assert dialog.answers() == HeatScreening(True, frozenset(), neck_answered=True)


def test_heat_on_the_neck_asks_the_neck_question_in_the_real_dialog_HK(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    message_boxes: MessageBoxes,
) -> None:
    # Answered before the neck question existed: heat on the shoulders starts at once.
    services.repo.save_heat_screening(HeatScreening(answered=True))
    page = timers_page(window)
    choose_area(page, BodyArea.SHOULDERS)
    assert not page.neck_note.isVisible()
    choose_area(page, BodyArea.NECK)
    assert page.neck_note.isVisible() and page.neck_note.text() == neck_heat_text()

    shown: list[str] = []

    def tick_not_sure(dialog: QWidget) -> None:
        assert isinstance(dialog, HeatSafetyDialog)
        note = dialog.findChild(QLabel, "neckHeatNote")
        assert note is not None
        shown.append(note.text())
        qtbot.mouseClick(dialog.boxes[Concern.NECK_FRONT], Qt.MouseButton.LeftButton)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    answer_next_dialog(tick_not_sure)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    assert shown == [neck_heat_text()]
    assert services.repo.load_heat_screening()[0] == HeatScreening(
        True, frozenset({Concern.NECK_FRONT}), neck_answered=True
    )
    (warning,) = message_boxes.texts
    assert neck_heat_text() in warning
    assert "not sure the heat will stay on the back of your neck" in warning
    assert page.rows == {}  # cancelled

    # Asked once: the next start on the neck warns again without asking; elsewhere it says nothing.
    message_boxes.answer = "Start anyway"
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes.texts) == 2 and neck_heat_text() in message_boxes.texts[1]
    (row,) = page.rows.values()
    assert row.timer.area is BodyArea.NECK
