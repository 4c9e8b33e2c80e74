"""Settings > Reminders while a safety flag is open (issue 17, point 3; CLINICAL.md section 4a,
persistence): a calm note says exercise reminders are paused until a clinician has checked it,
offers the same "A clinician has checked this" as Today's banner, and follows the change signal
(a flag raised or cleared anywhere)."""

from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coach.domain.safety import FlagSource, Symptom
from coach.domain.schedule import ReminderKind
from coach.ui.lifecycle import startup
from coach.ui.pages.settings.reminders import ReminderSettingsPanel
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.text.situations import reminders_held_sentence
from tests.ui.test_reminders import FakePresence
from tests.ui.test_safety_flags import held

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def reminders(window: MainWindow, services: startup.Services) -> Iterator[ReminderController]:
    """The running reminders, following the window's safety flags as the app's are."""
    presence: Presence = FakePresence()
    controller = ReminderController(
        services.context,
        services.change_signal,
        presence,
        zone=lambda: BERLIN,
        parent=window,
        safety=window.safety,
    )
    window.reminders = controller
    controller.start()
    yield controller


@pytest.fixture
def panel(window: MainWindow, reminders: ReminderController) -> ReminderSettingsPanel:
    window.show_page(Page.SETTINGS)
    found = window.findChild(ReminderSettingsPanel)
    assert found is not None
    settings = window.page_widget(Page.SETTINGS)
    settings.tabs.setCurrentWidget(found)  # type: ignore[attr-defined]
    return found


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.question answered Yes, its texts recorded."""
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", ask)
    return asked


def test_the_note_shows_while_a_flag_holds_exercise_reminders_and_clears_it(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    questions: list[str],
) -> None:
    note = panel.held_note
    assert not note.isVisibleTo(panel)  # no flag: nothing to say

    # A flag raised elsewhere (a check-in): the note follows the change signal.
    window.safety.raise_for([Symptom.CLUMSY_HANDS], FlagSource.CHECK_IN)
    assert held(reminders)
    assert note.isVisibleTo(panel)
    assert panel.held_text.text() == reminders_held_sentence()
    assert "paused until" in panel.held_text.text() and "clinician" in panel.held_text.text()
    assert "Movement breaks and check-ins go on" in panel.held_text.text()
    # Calm: the theme's colours, as Today's banner; the user's settings stay as they are.
    assert note.backgroundRole() is QPalette.ColorRole.AlternateBase
    assert note.styleSheet() == ""
    assert panel.routine_on.isChecked() and panel.routine_on.isEnabled()
    # Reachable by keyboard, named for a screen reader.
    button = panel.clear_flags_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.text() == "A clinician has &checked this…"
    assert note.accessibleName() == reminders_held_sentence()

    # Cleared from here, after the same question as on Today: all of it follows at once.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (asked,) = questions
    assert "clinician" in asked and "exercise reminders back" in asked
    assert not services.repo.has_open_safety_flags()
    assert not note.isVisibleTo(panel)
    assert not held(reminders) and ReminderKind.ROUTINE in reminders.next_due()
    banner = window.today.safety_banner
    assert banner is not None and not banner.isVisibleTo(window.today)


def test_no_to_the_question_keeps_the_flag_and_the_note(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.safety.raise_for([Symptom.FACE_NUMBNESS], FlagSource.PLAYER)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.clear_flags_button, Qt.MouseButton.LeftButton)
    assert services.repo.has_open_safety_flags()
    assert panel.held_note.isVisibleTo(panel) and held(reminders)


def test_a_flag_cleared_on_today_hides_the_note(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    panel: ReminderSettingsPanel,
    questions: list[str],
) -> None:
    window.safety.raise_for([Symptom.LHERMITTE], FlagSource.CHECK_IN)
    assert panel.held_note.isVisibleTo(panel)
    window.show_page(Page.TODAY)
    banner = window.today.safety_banner
    assert banner is not None
    qtbot.mouseClick(banner.clear_button, Qt.MouseButton.LeftButton)
    assert questions and not panel.held_note.isVisibleTo(panel)
