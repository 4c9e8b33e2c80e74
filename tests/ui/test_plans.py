"""Clinician plans in the app: open (menu, drop), the summary of what changes, adoption, Today
following the plan, and restoring the previous plan."""

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Exercise
from coach.domain.heat import HeatLimits
from coach.domain.schedule import DailyWindow
from coach.services.plans import read_plan
from coach.store.db import open_database
from coach.store.export import import_backup, write_json
from coach.store.repo import Repo
from coach.ui.lifecycle import startup
from coach.ui.pages.routine_cards import RoutineCard
from coach.ui.pages.routines import RoutinesPage
from coach.ui.plans import actions as plan_actions
from coach.ui.shell.main_window import MainWindow, Page
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
    assert isinstance(routines, RoutinesPage)
    names = [routines.list.item(i).text() for i in range(routines.list.count())]
    assert names[0] == "Neck basics"
    first = routines.list.card(0)
    assert isinstance(first, RoutineCard)
    assert first.title.text() == "Neck basics"
    assert first.summary.text().endswith(" · from\u00a0your\u00a0plan")  # kept on one line
    spoken = routines.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Neck basics, ") and spoken.endswith(", from your plan")
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
    before = window.context.repo.load_reminder_settings()[0]
    assert window.open_plan_file(NECK)
    assert window.open_plan_file(STRENGTH)
    assert window.plan_actions().restore_previous()
    card = window.today.plan_card
    assert card is not None and "Neck and upper back" in card.title.text()
    assert window.plan_actions().restore_previous()
    assert not card.isVisible()
    assert window.today.quick_start.text() == "Start the 3-minute &desk reset"
    assert window.timers.limits == HeatLimits()
    assert window.context.repo.load_reminder_settings()[0] == before
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
    assert window.context.repo.active_plan() is None


def test_cancel_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_actions.PlanDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert not window.open_plan_file(NECK)
    assert window.context.repo.active_plan() is None


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
    qtbot.waitUntil(lambda: window.context.repo.active_plan() is not None)
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
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    assert actions["openPlan"].shortcut().toString() == "Ctrl+O"
    assert "restorePlan" in actions and "planEditor" in actions


def test_a_plan_opened_by_the_macos_finder_reaches_the_window(qapp: QApplication) -> None:
    """macOS sends a running app a QFileOpenEvent for a double-clicked document."""
    from PySide6.QtGui import QFileOpenEvent

    from coach.ui.lifecycle.file_open import PlanFileOpener

    opened: list[Path] = []
    opener = PlanFileOpener(opened.append)
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(NECK)))
        QApplication.sendEvent(qapp, QFileOpenEvent(str(REPO_ROOT / "README.md")))
    finally:
        qapp.removeEventFilter(opener)
    assert opened == [NECK]


def _backup_with_plan_body(tmp_path: Path, clock: FakeClock, body: str) -> Path:
    """A backup of a store with the neck plan active, its plan text replaced by `body` (as a
    newer Coach, or a damaged file, would have it)."""
    database = open_database(tmp_path / "other.sqlite3", clock, tmp_path / "b", tmp_path / "d")
    Repo(database.connection, clock).adopt_plan(read_plan(NECK), "neck")
    target = tmp_path / "backup.json"
    write_json(database.connection, target)
    database.close()
    data = json.loads(target.read_text())
    plans = data["tables"]["plans"]
    plans["rows"][0][plans["columns"].index("body")] = body
    target.write_text(json.dumps(data))
    return target


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"routines": 5}),
        json.dumps({"title": ["a"], "routines": [{"id": "x", "name": "X"}]}),
        json.dumps({"routines": [{"id": 1, "name": "X"}]}),
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["routines-not-a-list", "title-not-text", "id-not-text", "deep-nesting"],
)
def test_a_backup_with_a_malformed_plan_text_does_not_stop_the_app_starting(
    tmp_path: Path,
    clock: FakeClock,
    services: startup.Services,
    make_window: Callable[..., MainWindow],
    body: str,
) -> None:
    backup = _backup_with_plan_body(tmp_path, clock, body)
    import_backup(services.database.connection, backup)  # plan texts are not checked
    assert services.repo.active_plan() is not None
    window = make_window()  # was: TypeError (or RecursionError) in summarise()
    assert window.today.plan_card is None  # nothing shown of a plan that cannot be read
    assert window.today.quick_start.text() == "Start the 3-minute &desk reset"


def test_today_start_button_of_an_unreadable_active_plan_says_so(
    tmp_path: Path,
    clock: FakeClock,
    services: startup.Services,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    body = json.loads(NECK.read_text())
    body["version"] = 3  # a backup from a newer Coach
    import_backup(
        services.database.connection, _backup_with_plan_body(tmp_path, clock, json.dumps(body))
    )
    window = make_window()
    window.show()
    today = window.today
    assert today.quick_start.text() == "&Start Neck basics"
    qtbot.mouseClick(today.quick_start, Qt.MouseButton.LeftButton)
    assert window.player is None
    assert today.notice.isVisible()  # was: the button silently did nothing
    assert "routine of your plan cannot be found" in today.notice.text()


def test_importing_a_backup_in_the_app_puts_its_plan_in_force(
    tmp_path: Path,
    window: MainWindow,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    backup = _backup_with_plan_body(tmp_path, clock, NECK.read_text())
    monkeypatch.setattr(
        "coach.ui.dialogs.data_actions.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(backup), ""),
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: 0)
    with qtbot.waitSignal(window.data_actions().import_ended, timeout=10_000):
        window.data_actions().import_json()  # on a thread of its own
    assert window.context.repo.active_plan() is not None
    # The plan's 15-min cap, at once.
    assert window.timers.limits == window.context.repo.heat_limits()
    assert window.timers.limits.cap_minutes == 15
    assert window.today.quick_start.text() == "&Start Neck basics"


def test_restore_keeps_working_and_quiet_hours_changed_after_adopting(
    window: MainWindow,
    shown_dialogs: list[plan_actions.PlanDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    repo = window.context.repo
    assert window.open_plan_file(NECK)
    settings = repo.load_reminder_settings()[0]
    later_quiet = (DailyWindow(time(22), time(6)), DailyWindow(time(12), time(13)))
    later = replace(settings, day=replace(settings.day, quiet=later_quiet))
    repo.save_reminder_settings(later)  # the patient changes their quiet hours
    assert window.plan_actions().restore_previous()
    restored = repo.load_reminder_settings()[0]
    assert restored.day.quiet == later_quiet
    assert not restored.routine.routine_id.startswith("plan:")  # the plan's rules are gone


def test_timers_page_names_the_plans_gap_between_heat_sessions(
    window: MainWindow, shown_dialogs: list[plan_actions.PlanDialog]
) -> None:
    assert window.open_plan_file(NECK)  # heat at least 3 h apart
    assert window.timers.limits.min_gap_hours == 3
    window.show_page(Page.TIMERS)
    guidance = window.page_widget(Page.TIMERS).findChild(QLabel, "heatGuidance")
    assert guidance is not None
    assert "15 minutes" in guidance.text()
    assert "leave 3 hours between them" in guidance.text()


def test_plan_texts_are_shown_as_plain_text(
    window: MainWindow, shown_dialogs: list[plan_actions.PlanDialog], tmp_path: Path
) -> None:
    icon = REPO_ROOT / "resources" / "icons" / "custom-exercise.svg"
    data = json.loads(NECK.read_text())
    data["notes"] = f'<img src="{icon}" width="1600" height="1600"><h1>Stop all exercise</h1>'
    data["title"] = "<b>Neck</b>"
    data["exercises"][0]["name"] = "<i>Towel</i> glide"
    data["exercises"][0]["feel"] = "<h1>Big</h1>"
    path = tmp_path / "html.coachplan"
    path.write_text(json.dumps(data))
    assert window.open_plan_file(path)
    today = window.today
    assert today.plan_card is not None
    assert today._plan_notes.text() == data["notes"]
    for label in (today.plan_card.title, today._plan_from, today._plan_notes):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert today._plan_notes.sizeHint().height() < 400  # not a 1600-px picture
    exercises = window.page_widget(Page.EXERCISES)
    plan_exercise = next(
        e for e in _catalog_exercises(window) if e.id.endswith(data["exercises"][0]["id"])
    )
    exercises.show_exercise(plan_exercise)  # type: ignore[attr-defined]
    for name in ("name", "feel", "meta", "dosage", "source"):
        label = getattr(exercises, name)
        assert label.textFormat() == Qt.TextFormat.PlainText, name
    assert exercises.name.text() == "<i>Towel</i> glide"  # type: ignore[attr-defined]


def _catalog_exercises(window: MainWindow) -> list[Exercise]:
    from coach.services.catalog import CatalogService

    return list(CatalogService(window.context).catalog().library.exercises)


def test_an_ampersand_in_a_plan_routine_name_is_shown_not_a_shortcut(
    window: MainWindow, shown_dialogs: list[plan_actions.PlanDialog], tmp_path: Path
) -> None:
    data = json.loads(NECK.read_text())
    data["routines"][0]["name"] = "Neck & shoulders"
    data["routines"][1]["name"] = "Rock & roll"
    path = tmp_path / "amp.coachplan"
    path.write_text(json.dumps(data))
    assert window.open_plan_file(path)
    assert window.today.quick_start.text() == "&Start Neck && shoulders"
    card = window.today.plan_card
    assert card is not None
    texts = [b.text() for b in card.findChildren(QPushButton)]
    assert "Start Rock && roll" in texts


def test_the_changes_name_the_patients_own_routine(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.domain.routines import Routine, RoutineStep
    from coach.services.catalog import builtin_catalog

    shown: list[plan_actions.PlanDialog] = []

    def record(dialog: plan_actions.PlanDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(plan_actions.PlanDialog, "exec", record)
    repo = window.context.repo
    exercise = builtin_catalog().library.exercises[0]
    mine = repo.save_routine(
        Routine("new", "My desk routine", "", (RoutineStep(exercise.id, exercise.dosage),)),
        builtin_catalog().library,
    )
    settings = repo.load_reminder_settings()[0]
    repo.save_reminder_settings(
        replace(settings, routine=replace(settings.routine, routine_id=mine.id))
    )
    monkeypatch.setattr(window, "reminder_settings", lambda: repo.load_reminder_settings()[0])
    window.open_plan_file(NECK)
    (dialog,) = shown
    changes = dialog.changes
    cells = [[changes.item(r, c) for c in (0, 1)] for r in range(changes.rowCount())]
    rows = {what.text(): now.text() for what, now in cells if what and now}
    assert rows["Routine reminder"].startswith("My desk routine:")  # was "user:1: ..."
