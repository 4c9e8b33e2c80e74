"""The main window's menus, declared as a table of actions (the shape of napari's qactions): each
row says the action's id (its object name, which tests and assistive tools find it by), title,
shortcut, menu and callback. `build_menus` makes the menus from the table; a new menu item is a
new row, and its callback calls the window's public methods, never a handler looked up by name.
"""

from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QAction

from coach.ui.shell.navigation import PAGE_TITLES, Page
from coach.ui.text.translate import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from coach.ui.shell.main_window import MainWindow

# The titles are the main window's texts: marked for lupdate in its context below (the pages' in
# navigation.py), translated when the menus are built.
CONTEXT = "MainWindow"


class Menu(Enum):
    """The menus, in the menu bar's order; each value is the menu's title."""

    FILE = QT_TRANSLATE_NOOP("MainWindow", "&File")
    GO = QT_TRANSLATE_NOOP("MainWindow", "&Go")
    HELP = QT_TRANSLATE_NOOP("MainWindow", "&Help")


class MenuAction(NamedTuple):
    """One row of the menus' table: the action's name, title, place and what it does."""

    id: str  # the QAction's object name
    title: str  # English, marked with QT_TRANSLATE_NOOP
    menu: Menu
    callback: "Callable[[MainWindow], object]"
    shortcut: str = ""
    section: int = 0  # a separator comes before the first action of the next section of a menu
    # Checked each time its menu opens; the action is disabled while it says False.
    enabled_when: "Callable[[MainWindow], bool] | None" = None


def _show(page: Page, window: "MainWindow") -> None:
    window.show_page(page)


def _quit(window: "MainWindow") -> None:
    window.quit_app()


ACTIONS: tuple[MenuAction, ...] = (
    MenuAction(
        "openPlan",
        QT_TRANSLATE_NOOP("MainWindow", "&Open a clinician plan…"),
        Menu.FILE,
        lambda window: window.plan_actions().choose_and_open(),
        shortcut="Ctrl+O",
    ),
    MenuAction(
        "restorePlan",
        QT_TRANSLATE_NOOP("MainWindow", "Restore the &previous plan…"),
        Menu.FILE,
        lambda window: window.plan_actions().restore_previous(),
        enabled_when=lambda window: window.has_active_plan(),
    ),
    MenuAction(
        "planEditor",
        QT_TRANSLATE_NOOP("MainWindow", "Plan &editor (for clinicians)…"),
        Menu.FILE,
        lambda window: window.open_plan_editor(),
    ),
    MenuAction(
        "exportCsv",
        QT_TRANSLATE_NOOP("MainWindow", "Export data as &CSV…"),
        Menu.FILE,
        lambda window: window.data_actions().export_csv(),
        section=1,
    ),
    MenuAction(
        "exportJson",
        QT_TRANSLATE_NOOP("MainWindow", "Save a &backup (JSON)…"),
        Menu.FILE,
        lambda window: window.data_actions().export_json(),
        section=1,
    ),
    MenuAction(
        "importJson",
        QT_TRANSLATE_NOOP("MainWindow", "&Import a backup…"),
        Menu.FILE,
        lambda window: window.data_actions().import_json(),
        section=1,
    ),
    MenuAction(
        "clinicianReport",
        QT_TRANSLATE_NOOP("MainWindow", "Clinician &report (PDF)…"),
        Menu.FILE,
        lambda window: window.data_actions().clinician_report(),
        section=1,
    ),
    MenuAction(
        "printHandout",
        QT_TRANSLATE_NOOP("MainWindow", "Print a &handout…"),
        Menu.FILE,
        lambda window: window.print_handout(),
        shortcut="Ctrl+P",
        section=1,
    ),
    MenuAction(
        "quitAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        Menu.FILE,
        _quit,
        shortcut="Ctrl+Q",
        section=2,
    ),
    *(
        MenuAction(
            f"show{page.name.title()}Page",
            PAGE_TITLES[page],
            Menu.GO,
            partial(_show, page),
            shortcut=f"Ctrl+{number}",
        )
        for number, page in enumerate(Page, start=1)
    ),
    MenuAction(
        "focusNotice",
        QT_TRANSLATE_NOOP("MainWindow", "Answer the latest &notice"),
        Menu.GO,
        lambda window: window.answer_latest_notice(),
        shortcut="Ctrl+Shift+N",
        section=1,
    ),
    MenuAction(
        "aboutCoach",
        QT_TRANSLATE_NOOP("MainWindow", "&About Coach"),
        Menu.HELP,
        lambda window: window.show_about(),
    ),
)


def build_menus(window: "MainWindow", actions: tuple[MenuAction, ...] = ACTIONS) -> None:
    """The window's menu bar, made from the table."""
    for kind in Menu:
        menu = window.menuBar().addMenu(translate(CONTEXT, kind.value))
        section = None
        conditional: list[tuple[QAction, Callable[[MainWindow], bool]]] = []
        for row in (row for row in actions if row.menu is kind):
            if section is not None and row.section != section:
                menu.addSeparator()
            section = row.section
            action = QAction(window)  # with its text after: see blocks.push_button
            action.setText(translate(CONTEXT, row.title))
            action.setObjectName(row.id)
            if row.shortcut:
                # Through Qt's property, which converts the text itself: PySide's QKeySequence
                # type would cost start-up 1 ms to build its enums (StandardKey has 70 members),
                # and setShortcut's overloads would build every Qt.* enum (10 ms).
                action.setProperty("shortcut", row.shortcut)
            action.triggered.connect(lambda _=False, run=row.callback: run(window))
            menu.addAction(action)
            if row.enabled_when is not None:
                conditional.append((action, row.enabled_when))
        if conditional:
            menu.aboutToShow.connect(partial(_enable, window, conditional))


def _enable(
    window: "MainWindow", conditional: "list[tuple[QAction, Callable[[MainWindow], bool]]]"
) -> None:
    for action, enabled_when in conditional:
        action.setEnabled(enabled_when(window))
