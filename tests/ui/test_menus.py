"""The main window's menus come from one table (coach/ui/shell/menus.py): the menu bar shows its
rows in order, with their names, titles and keys, and each row's action does what it says."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.shell.menus import ACTIONS


def _menus(window: MainWindow) -> dict[str, QMenu]:
    found = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found[action.text()] = menu
    return found


def _rows(menu: QMenu) -> list[str]:
    return ["-" if action.isSeparator() else action.objectName() for action in menu.actions()]


def test_each_action_has_its_own_name_and_key() -> None:
    names = [row.id for row in ACTIONS]
    keys = [row.shortcut for row in ACTIONS if row.shortcut]
    assert all(names) and len(names) == len(set(names))
    assert len(keys) == len(set(keys))
    assert all(row.title for row in ACTIONS)


def test_the_menu_bar_shows_the_table(window: MainWindow) -> None:
    menus = _menus(window)
    assert list(menus) == ["&File", "&Go", "&Help"]
    assert _rows(menus["&File"]) == [
        "openPlan",
        "restorePlan",
        "planEditor",
        "-",
        "exportCsv",
        "exportJson",
        "importJson",
        "clinicianReport",
        "printHandout",
        "-",
        "quitAction",
    ]
    pages = [f"show{page.name.title()}Page" for page in Page]
    assert _rows(menus["&Go"]) == [*pages, "-", "focusNotice"]
    assert _rows(menus["&Help"]) == ["aboutCoach"]
    go = [a for a in menus["&Go"].actions() if not a.isSeparator()]
    assert [a.text() for a in go] == [
        "Today",
        "Exercises",
        "Routines",
        "Timers",
        "Progress",
        "Settings",
        "Answer the latest &notice",
    ]
    keys = {a.objectName(): a.shortcut().toString() for a in window.findChildren(QAction)}
    assert [keys[name] for name in pages] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert keys["openPlan"] == "Ctrl+O"
    assert keys["quitAction"] == "Ctrl+Q"
    assert keys["focusNotice"] == "Ctrl+Shift+N"
    assert keys["aboutCoach"] == keys["planEditor"] == ""


def test_a_go_action_shows_its_page(window: MainWindow) -> None:
    action = window.findChild(QAction, "showRoutinesPage")
    assert action is not None
    action.trigger()
    assert window.current_page() is Page.ROUTINES


def test_restoring_a_plan_is_offered_only_with_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_menu = _menus(window)["&File"]
    restore = window.findChild(QAction, "restorePlan")
    assert restore is not None
    assert not window.has_active_plan()
    file_menu.aboutToShow.emit()
    assert not restore.isEnabled()
    monkeypatch.setattr(window, "has_active_plan", lambda: True)
    file_menu.aboutToShow.emit()
    assert restore.isEnabled()


def test_answering_the_latest_notice_without_one_builds_nothing(window: MainWindow) -> None:
    action = window.findChild(QAction, "focusNotice")
    assert action is not None
    action.trigger()
    assert window._alerts is None
