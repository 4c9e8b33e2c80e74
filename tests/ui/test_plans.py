"""Clinician plans in the app: open (menu, drop), the summary of what changes, adoption, Today
following the plan, and restoring the previous plan."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coach.domain.heat import HeatLimits
from coach.ui import plan_actions
from coach.ui.main_window import MainWindow, Page
from tests.helpers import REPO_ROOT

EXAMPLES = REPO_ROOT / "resources" / "plans" / "examples"
NECK = EXAMPLES / "neck-and-upper-back.coachplan"
STRENGTH = EXAMPLES / "strength-at-work.coachplan"


@pytest.fixture
def shown_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[plan_actions.PlanDialog]:
    """Plan dialogs are accepted ("Use this plan") as soon as they would be shown."""
    shown: list[plan_actions.PlanDialog] = []

    def accept(dialog: plan_actions.PlanDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(plan_actions.PlanDialog, "exec", accept)
    return shown


def test_opening_a_plan_shows_what_changes_and_today_follows_it(
    window: MainWindow, shown_dialogs: list[plan_actions.PlanDialog], qtbot: QtBot
) -> None:
    today = window.today
    assert not window.findChildren(QWidget, "planCard")  # not even built without a plan
    assert today.quick_start.text() == "Start the 3-minute &desk reset"
    assert window.open_plan_file(NECK)
    (dialog,) = shown_dialogs
    changes = dialog.changes
    cells = [[changes.item(r, c) for c in (0, 2)] for r in range(changes.rowCount())]
    rows = {what.text(): after.text() for what, after in cells if what and after}
    assert rows["Plan"] == "Neck and upper back, weeks 1-4"
    assert rows["Routine reminder"].startswith("Neck basics:")
    assert "At most 15 min a session" in rows["Heat limits"]
    assert today.plan_card is not None and today.plan_card.isVisible()
    assert "Neck and upper back" in today.plan_card.title.text()
    assert today.quick_start.text() == "&Start Neck basics"
    assert window.timers.limits == HeatLimits(
        15, session_minutes=15, max_sessions_per_day=2, min_gap_hours=3
    )
    qtbot.mouseClick(today.quick_start, Qt.MouseButton.LeftButton)
    assert window.player is not None
    assert window.player.session.routine.id == "plan:neck_basics"
    window.player.close()


def test_plan_exercises_and_routines_join_the_pages(
    window: MainWindow, shown_dialogs: list[plan_actions.PlanDialog]
) -> None:
    window.show_page(Page.ROUTINES)  # built before the plan: rebuilt after it
    assert window.open_plan_file(NECK)
    routines = window.page_widget(Page.ROUTINES)
    names = [routines.list.item(i).text() for i in range(routines.list.count())]  # type: ignore[attr-defined]
    assert names[0].startswith("Neck basics") and "from your plan" in names[0]
    exercises = window.page_widget(Page.EXERCISES)
    listed = [exercises.list.item(i).text() for i in range(exercises.list.count())]  # type: ignore[attr-defined]
    assert "Towel neck glide" in listed


def test_restoring_goes_back_to_the_users_own_settings(
    window: MainWindow,
    shown_dialogs: list[plan_actions.PlanDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    before = window._repo.load_reminder_settings()[0]
    assert window.open_plan_file(NECK)
    assert window.open_plan_file(STRENGTH)
    assert window.plan_actions().restore_previous()
    card = window.today.plan_card
    assert card is not None and "Neck and upper back" in card.title.text()
    assert window.plan_actions().restore_previous()
    assert not card.isVisible()
    assert window.today.quick_start.text() == "Start the 3-minute &desk reset"
    assert window.timers.limits == HeatLimits()
    assert window._repo.load_reminder_settings()[0] == before
    assert not window.plan_actions().restore_previous()


def test_a_broken_plan_is_explained_and_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    broken = REPO_ROOT / "tests" / "data" / "plans" / "heat-over-cap.coachplan"
    assert not window.open_plan_file(broken)
    (box,) = shown
    assert "heat-over-cap.coachplan" in box.text() and "Nothing was changed" in box.text()
    assert "$.heat.session_minutes: 30 is too large" in box.detailedText()
    assert window._repo.active_plan() is None


def test_cancel_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_actions.PlanDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert not window.open_plan_file(NECK)
    assert window._repo.active_plan() is None


def test_dropping_a_plan_file_opens_it(
    window: MainWindow, shown_dialogs: list[plan_actions.PlanDialog], qtbot: QtBot
) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(NECK))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window._repo.active_plan() is not None)
    assert len(shown_dialogs) == 1


def test_other_files_are_not_taken_by_a_drop(window: MainWindow) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(REPO_ROOT / "README.md"))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_file_menu_offers_plans_by_keyboard(window: MainWindow) -> None:
    actions = {a.objectName(): a for a in window.findChildren(type(window.restore_plan_action))}
    assert actions["openPlan"].shortcut().toString() == "Ctrl+O"
    assert "restorePlan" in actions and "planEditor" in actions


def test_a_plan_opened_by_the_macos_finder_reaches_the_window(qapp: QApplication) -> None:
    """macOS sends a running app a QFileOpenEvent for a double-clicked document."""
    from PySide6.QtGui import QFileOpenEvent

    from coach.ui.file_open import PlanFileOpener

    opened: list[Path] = []
    opener = PlanFileOpener(opened.append)
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(NECK)))
        QApplication.sendEvent(qapp, QFileOpenEvent(str(REPO_ROOT / "README.md")))
    finally:
        qapp.removeEventFilter(opener)
    assert opened == [NECK]
