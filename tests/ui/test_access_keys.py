"""Access keys (the underlined letter, Alt+letter) are unique within each window Coach can show.

Every top-level window and dialog is walked in the states that change what it shows (each page of
the main window and each tab on it, the player at every stage, each tab of the plan editor, each
step of the first run, the check-in, symptom, heat-safety, report and handout dialogs, the plan
dialogs and the notices). In each, the visible and enabled buttons, tick boxes, labels that name a
field, group boxes, tabs and the menu bar's titles must not share an access key; the items of
each menu must not share one within that menu. Two controls with one key make Alt+that letter
reach only the first (Qt cycles between them instead of acting), so one of them is unreachable
by its key.
"""

from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QSystemTrayIcon,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach import paths
from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.heat import HeatScreening
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import FlagSource, RedFlag
from coach.domain.schedule import ReminderKind
from coach.domain.timers import TimerKind
from coach.services import plans
from coach.services.catalog import builtin_catalog
from coach.ui.lifecycle import i18n, startup
from coach.ui.lifecycle.tray import Tray
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import Reminder, ReminderController
from coach.ui.shell.main_window import MainWindow, Page

SHORT = Routine(
    "",
    "Short test routine",
    "",
    (
        RoutineStep("neck_side_bend", Dosage(hold_seconds=2, reps=1, sets=1, per_side=True)),
        RoutineStep("shoulder_rolls", Dosage(reps=2, rep_seconds=2)),
    ),
)


def access_key(text: str) -> str:
    """The access key `text` gives (such as "Alt+H"), or "" for none ("&&" is a plain "&")."""
    return str(QKeySequence.mnemonic(text).toString())


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _keyed_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(text, what it is) of everything in `top` that may carry an access key and reacts to it
    now: visible, enabled buttons and tick boxes, labels naming a field, group boxes, tabs and the
    menu bar's titles. A page or tab not shown, or a control hidden, does not take its key."""
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget) or widget.window() is not top:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or '(no name)'}"
        if isinstance(widget, QAbstractButton):
            yield widget.text(), name
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text(), f"{name} naming {widget.buddy().objectName() or '(no name)'}"
        elif isinstance(widget, QGroupBox):
            yield widget.title(), name
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index):
                    yield widget.tabText(index), f"tab of {name}"
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible() and action.isEnabled():
                    yield action.text(), f"menu {action.text()!r}"


def duplicates(keyed: Iterator[tuple[str, str]], where: str) -> list[str]:
    """One line for each access key more than one of `keyed` has."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for text, what in keyed:
        key = access_key(text)
        if key:
            by_key[key].append(f"{text!r} ({what})")
    return [
        f"{where}: {key} is {' and '.join(owners)}"
        for key, owners in sorted(by_key.items())
        if len(owners) > 1
    ]


def menu_duplicates(menu: QMenu, where: str) -> list[str]:
    """Duplicates among a menu's items, and within each of its submenus."""
    found = duplicates(
        (
            (action.text(), f"item {action.objectName() or '(no name)'}")
            for action in menu.actions()
            if action.isVisible() and not action.isSeparator()
        ),
        f"{where} > {menu.title()}",
    )
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += menu_duplicates(submenu, f"{where} > {menu.title()}")
    return found


class Walk:
    """The windows walked and the duplicates found, said all at once at the end."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.problems: list[str] = []
        self.seen: list[str] = []

    def check(self, where: str, top: QWidget) -> None:
        """Check `top` as it is now, and once more for every tab of each tab widget it shows."""
        QApplication.processEvents()
        self.seen.append(where)
        self.problems += duplicates(_keyed_texts(top), where)
        for tabs in [t for t in top.findChildren(QTabWidget) if _shown(t)]:
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == current or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                label = f"{where} > {tabs.tabText(index).replace('&', '')}"
                self.seen.append(label)
                self.problems += duplicates(_keyed_texts(top), label)
            tabs.setCurrentIndex(current)

    def check_menu(self, where: str, menu: QMenu) -> None:
        self.problems += menu_duplicates(menu, where)

    def check_menus(self, where: str, bar: QMenuBar) -> None:
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                self.check_menu(where, menu)

    def verdict(self) -> None:
        """Fail on every access key used twice in one window."""
        assert not self.problems, (
            f"access keys used twice in one window ({self.language}):\n" + "\n".join(self.problems)
        )


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each window in English and in German: each language has its own access keys."""
    if request.param == "de":
        assert i18n.install("de", qapp) == "de"
    yield str(request.param)
    if request.param == "de":
        i18n.uninstall(qapp)


@pytest.fixture
def walk(language: str) -> Walk:
    return Walk(language)


def test_the_check_finds_a_shared_key_and_ignores_what_does_not_take_one(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    first = QPushButton("Start &heat", top)
    second = QPushButton("Pause && &Hold", top)  # "&&" is a plain "&": its key is H
    hidden = QPushButton("&Hidden", top)
    off = QPushButton("&Off", top)
    other = QPushButton("&Other", top)
    field = QLineEdit(top)
    label = QLabel("&Name:", top)
    label.setBuddy(field)
    plain = QLabel("&No buddy, no key", top)
    for widget in (first, second, hidden, off, other, label, field, plain):
        layout.addWidget(widget)
    top.show()
    hidden.hide()
    off.setEnabled(False)
    assert access_key("Start &heat") == "Alt+H"
    assert access_key("Tom && Jerry") == ""
    found = duplicates(_keyed_texts(top), "a test window")
    assert found == [
        "a test window: Alt+H is 'Start &heat' (QPushButton (no name)) and "
        "'Pause && &Hold' (QPushButton (no name))"
    ]
    off.setEnabled(True)
    assert len(duplicates(_keyed_texts(top), "a test window")) == 2  # &Other and &Off
    label.setText("&Hold:")  # a label's key goes to its field
    assert "QLabel" in duplicates(_keyed_texts(top), "a test window")[0]


def _check_main_window(walk: Walk, window: MainWindow, state: str) -> None:
    for page in Page:
        window.show_page(page)
        walk.check(f"the main window ({state}), {page.value}", window)
    walk.check_menus(f"the main window ({state})", window.menuBar())


def test_the_main_window_its_pages_and_menus(
    walk: Walk,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The main window as a new user sees it, then with everything on show: reminders (the
    Reminders tab), check-ins and a routine recorded, a rating chosen and a check-in picked, a
    safety flag (its banner and the held-reminders note), a routine of the user's own, an
    exercise done on each side, a rest timer running, another language chosen (Restart now),
    and the tray's menu."""
    window.reminders = ReminderController(
        services.context, services.change_signal, Presence(), parent=window, safety=window.safety
    )
    _check_main_window(walk, window, "new")

    repo = services.repo
    for day in range(8, -1, -1):
        repo.add_checkin(4, "", at=clock.now() - timedelta(days=day, hours=1))
    routine = next(r for r in builtin_catalog().routines if r.id == "desk_reset")
    repo.finish_session(repo.start_session(routine, 5), SessionStatus.COMPLETED, pain_after=3)
    window.safety.raise_for(frozenset({RedFlag.ARM_WEAKNESS}), FlagSource.CHECK_IN)
    own = repo.save_routine(SHORT, builtin_catalog().library)
    window.today.refresh()
    rating = window.today.findChild(QAbstractButton, "painButton4")
    assert rating is not None
    rating.click()  # Save check-in is enabled
    recorded = window.today.findChild(QAbstractItemView, "todayList")
    assert recorded is not None
    recorded.setCurrentIndex(recorded.model().index(0, 0))  # Edit and Delete are
    window.show_page(Page.ROUTINES)
    window.page_widget(Page.ROUTINES).reload(select_id=own.id)  # type: ignore[attr-defined]
    window.show_page(Page.EXERCISES)
    exercises = window.page_widget(Page.EXERCISES)
    items = exercises.list  # type: ignore[attr-defined]
    each_side = next(
        row
        for row in range(items.count())
        if items.item(row).data(Qt.ItemDataRole.UserRole) == "neck_side_bend"
    )
    items.setCurrentRow(each_side)  # done on each side: Left side and Right side show
    window.timers.start(TimerKind.REST, 5 * 60)
    window.show_page(Page.SETTINGS)
    page = window.settings_page
    other = "en" if walk.language == "de" else "de"
    page.language.setCurrentIndex(page.language.findData(other))  # type: ignore[attr-defined]
    _check_main_window(walk, window, "in use")

    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda *_a: None)
    tray = Tray(window, startup.app_icon())
    tray.update_labels()
    walk.check_menu("the tray", tray.menu)
    assert len(walk.seen) >= 2 * len(Page)
    walk.verdict()


def test_the_player_at_every_stage(
    walk: Walk, make_window: Callable[..., MainWindow], services: startup.Services, clock: FakeClock
) -> None:
    window = make_window()
    window.speech_engine = "mock"
    window.start_routine(services.repo.save_routine(SHORT, builtin_catalog().library))
    player = window.player
    assert player is not None
    try:
        walk.check("the player, pain before", player)
        player.before.skip.click()
        clock.advance(6)
        player.refresh()
        walk.check("the player, running", player)
        player.stop_because_it_hurts()
        walk.check("the player, pain after", player)
        player.after.buttons[2].click()
        walk.check("the player, end screen", player)
    finally:
        if shiboken6.isValid(player):
            if not player.session.is_over:
                player.session.end_early()
            player.close()
    walk.verdict()


def test_the_plan_windows(
    walk: Walk, qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan dialog and preview, and the plan editor: new, with a plan opened (each tab), and
    with an own exercise that has a movement, a picture and a cue for each side."""
    from coach.domain.plan import parse_plan
    from coach.ui.plans.actions import PlanDialog
    from coach.ui.plans.editor.dialog import PlanEditorDialog, PlanPreviewDialog

    # Closing the edited plan asks whether to save it: not now.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    library = plans.builtin_library()
    path = paths.resources_dir() / "plans" / "examples" / "neck-and-upper-back.coachplan"
    plan = parse_plan(path.read_bytes(), str(path), library, plans.plan_schema())
    opened: list[QWidget] = []

    def shown(dialog: QWidget) -> QWidget:
        qtbot.addWidget(dialog)
        opened.append(dialog)
        dialog.show()
        return dialog

    try:
        changes = [("Movement breaks", "off", "every 45 min of work")]
        walk.check("the plan dialog", shown(PlanDialog(plan, changes, lambda i: i, window)))
        walk.check("the plan preview", shown(PlanPreviewDialog(plan, library)))
        editor = PlanEditorDialog(library)
        shown(editor)
        walk.check("the plan editor, new", editor)
        editor.open_file(path, confirm=False)
        walk.check("the plan editor, a plan opened", editor)
        editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
        editor.add_own_button.click()
        chin_tuck = library.get("chin_tuck")
        assert chin_tuck is not None
        tab = editor.own_exercises
        tab.movement.copy_from(chin_tuck)
        picture = paths.resources_dir() / "icons" / "coach-32.png"
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(picture), ""))
        tab.choose_picture()
        if not editor.own_dosage.per_side.isChecked():
            editor.own_dosage.per_side.click()
        assert tab.own_left_cue.isVisibleTo(editor) and tab.remove_picture_button.isEnabled()
        assert tab.movement.remove_button.isEnabled()
        walk.check("the plan editor, an own exercise with everything", editor)
    finally:
        for dialog in opened:
            if shiboken6.isValid(dialog):
                dialog.close()
    walk.verdict()


def test_the_dialogs_and_notices(
    walk: Walk, qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    from coach.ui.dialogs.checkin import CheckInDialog
    from coach.ui.dialogs.data_actions import ReportDialog
    from coach.ui.dialogs.handout import HandoutDialog
    from coach.ui.dialogs.heat_safety import HeatSafetyDialog
    from coach.ui.dialogs.symptoms import SymptomsDialog
    from coach.ui.runners.reminder_notices import ReminderNotices

    checkin = services.repo.add_checkin(4, "after lunch", stiffness=3)
    opened: list[QWidget] = []

    def shown(dialog: QWidget) -> QWidget:
        qtbot.addWidget(dialog)
        opened.append(dialog)
        dialog.show()
        return dialog

    routines = list(builtin_catalog().routines)
    try:
        walk.check("the check-in dialog", shown(CheckInDialog(checkin, window)))
        walk.check("the symptoms dialog", shown(SymptomsDialog(())))
        walk.check("the heat safety dialog", shown(HeatSafetyDialog(HeatScreening(), window)))
        walk.check("the report dialog", shown(ReportDialog(services.clock, window)))
        for printing in (False, True):
            handout = HandoutDialog(routines, routines[0].id, printing=printing)
            walk.check(f"the handout dialog (printing: {printing})", shown(handout))
        controller = ReminderController(
            services.context, services.change_signal, Presence(), parent=window
        )
        notices = ReminderNotices(controller, window)
        for kind in ReminderKind:
            notices.show_reminder(Reminder(kind, services.clock.now(), "desk_reset"))
        for notice in window.alerts.notices:
            walk.check(f"the notice {notice.title.text()!r}", notice)
        assert len(window.alerts.notices) == len(ReminderKind)
    finally:
        for dialog in opened:
            if shiboken6.isValid(dialog):
                dialog.close()
        window.alerts.close_all()
    walk.verdict()


def test_the_first_run_at_every_step(walk: Walk, qtbot: QtBot, window: MainWindow) -> None:
    from coach.ui.dialogs.first_run import Step

    window.open_first_run()
    dialog = window.first_run
    assert dialog is not None
    try:
        for step in Step:
            dialog._go(step)
            walk.check(f"the first run, {step.name.lower()}", dialog)
    finally:
        dialog.reject()
    walk.verdict()
