"""The Routines page as cards (issue 20, point 3): each routine a card with a thumbnail of each
exercise and a summary in words, chosen and started with the keyboard; a step of the user's own
routine changed in a sentence with spin boxes, each change stored as it is typed."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTranslator
from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coach.domain.exercises import Dosage
from coach.domain.routines import Routine, RoutineStep
from coach.services.catalog import builtin_catalog
from coach.ui.lifecycle import startup
from coach.ui.pages.routine_cards import (
    CARD_THUMBNAIL_SIZE,
    CARD_THUMBNAILS,
    LINE,
    SELECTED_LINE,
    RoutineCard,
    about_seconds,
    routine_areas,
)
from coach.ui.pages.routine_steps import UnitSpinBox
from coach.ui.pages.routines import RoutinesPage
from coach.ui.shell.main_window import MainWindow, Page


def _routines(window: MainWindow) -> RoutinesPage:
    window.show_page(Page.ROUTINES)
    page = window.page_widget(Page.ROUTINES)
    assert isinstance(page, RoutinesPage)
    return page


def _card(page: RoutinesPage, routine_id: str) -> RoutineCard:
    card = page.list.card([r.id for r in page.routines].index(routine_id))
    assert isinstance(card, RoutineCard)
    return card


def _spoken(page: RoutinesPage, routine_id: str) -> str:
    """What a screen reader says for the routine's card: its item in the list's interface."""
    row = [r.id for r in page.routines].index(routine_id)
    item = page.list.item(row)
    assert item is not None
    interface = QAccessible.queryAccessibleInterface(page.list)
    assert interface is not None
    names = [
        child.text(QAccessible.Text.Name)
        for index in range(interface.childCount())
        if (child := interface.child(index)) is not None
    ]
    spoken = str(item.data(Qt.ItemDataRole.AccessibleTextRole))
    assert spoken in names
    return spoken


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


class EnglishPlurals(QTranslator):
    """English plural forms, as coach_en.qm gives them ("1 second", "12 seconds"), for texts
    that may not be in it yet: the units of the spin boxes change while the user types."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n is not None and n >= 0 and "(s)" in source:
            return source.replace("(s)", "" if n == 1 else "s")
        return None


@pytest.fixture
def plurals(qapp: QApplication) -> Iterator[None]:
    translator = EnglishPlurals()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


# ---- the cards ---------------------------------------------------------------------------------
def test_each_card_says_its_routine_in_words(window: MainWindow) -> None:
    page = _routines(window)
    built_in = "built\u2011in"  # a non-breaking hyphen: never "built-" at a line's end, "in" below
    assert _card(page, "desk_reset").summary.text() == (
        f"4 exercise(s) · about 3 min · neck, shoulders and upper back · {built_in}"
    )
    assert _card(page, "band_break").summary.text() == (
        f"2 exercise(s) · about 2 min · shoulders and upper back · {built_in}"
    )
    assert _card(page, "neck_shoulders").summary.text() == (
        f"6 exercise(s) · about 10 min · neck and shoulders · {built_in}"
    )
    card = _card(page, "neck_shoulders")
    assert card.title.text() == "Neck and shoulders"
    assert len(card.thumbnails) == 6
    assert all(
        label.size() == QSize(CARD_THUMBNAIL_SIZE, CARD_THUMBNAIL_SIZE) for label in card.thumbnails
    )
    assert not card.more.isVisibleTo(card)
    assert _spoken(page, "neck_shoulders") == (
        "Neck and shoulders, 6 exercise(s) · about 10 min · neck and shoulders, built-in"
    )


def test_a_long_routine_of_ones_own_shows_how_many_more_steps_it_has(
    window: MainWindow, services: startup.Services
) -> None:
    steps = tuple(
        RoutineStep(exercise, Dosage(reps=2, rep_seconds=3))
        for exercise in ("shoulder_rolls", "cat_camel") * 4
    )
    mine = services.repo.save_routine(Routine("", "Long one", "", steps), builtin_catalog().library)
    page = _routines(window)
    card = _card(page, mine.id)
    assert len(card.thumbnails) == CARD_THUMBNAILS
    assert card.more.isVisibleTo(card) and card.more.text() == "+2"
    seconds = page._dosed_of(mine).planned_seconds()
    assert card.summary.text() == (
        f"8 exercise(s) · about {seconds // 60 + (seconds % 60 >= 30)} min"
        " · shoulders, upper back and middle back · yours"
    )
    assert _spoken(page, mine.id).startswith("Long one, 8 exercise(s)")


def test_the_summary_rounds_to_the_minute_and_names_the_main_areas_first() -> None:
    assert [about_seconds(s) for s in (0, 45, 59.6, 89, 90, 130, 179, 604)] == [
        0,
        45,
        60,
        60,
        120,
        120,
        180,
        600,
    ]
    library = builtin_catalog().library
    desk = [library.get(e) for e in ("chin_tuck", "shoulder_rolls", "neck_side_bend")]
    assert routine_areas(desk) == ["neck", "shoulders"]
    floor = [library.get(e) for e in ("cat_camel", "thread_the_needle", "doorway_chest_stretch")]
    assert routine_areas(floor) == ["upper_back", "middle_back", "shoulders", "chest"]
    assert routine_areas([None]) == []


def test_the_chosen_card_has_a_thick_border_and_a_bold_name(window: MainWindow) -> None:
    page = _routines(window)

    def marked(routine_id: str) -> tuple[int, QPalette.ColorRole, bool]:
        card = _card(page, routine_id)
        return card.lineWidth(), card.foregroundRole(), card.title.font().bold()

    page.select("desk_reset")
    chosen = (SELECTED_LINE, QPalette.ColorRole.Highlight, True)
    other = (LINE, QPalette.ColorRole.Mid, False)
    assert marked("desk_reset") == chosen and marked("band_break") == other
    page.select("band_break")
    assert marked("band_break") == chosen and marked("desk_reset") == other
    # The chosen step of the routine is marked the same way.
    step = page.step_card(0)
    assert step is not None and step.selected and step.title.font().weight() == QFont.Weight.Bold


def test_a_click_anywhere_on_a_card_chooses_it(qtbot: QtBot, window: MainWindow) -> None:
    page = _routines(window)
    page.select("desk_reset")
    card = _card(page, "band_break")
    qtbot.mouseClick(card.summary, Qt.MouseButton.LeftButton)  # the words, not only the frame
    assert page.current is not None and page.current.id == "band_break"
    assert card.selected and page.title.text() == "2-minute band break"


def test_the_cards_are_chosen_and_started_with_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _routines(window)
    _activate(qtbot, window)
    page.select("desk_reset")
    page.list.setFocus(Qt.FocusReason.TabFocusReason)
    order = [r.id for r in page.routines]
    QTest.keyClick(page.list, Qt.Key.Key_Down)
    assert page.current is not None and page.current.id == order[order.index("desk_reset") + 1]
    assert _card(page, page.current.id).selected and not _card(page, "desk_reset").selected
    assert page.title.text() == page.list.item(page.list.currentRow()).text()
    QTest.keyClick(page.list, Qt.Key.Key_End)
    assert page.current.id == order[-1]
    QTest.keyClick(page.list, Qt.Key.Key_Home)
    assert page.current.id == order[0]
    QTest.keyClicks(page.list, "Neck")  # typing a name goes to it
    assert page.current.id == "neck_shoulders"
    with qtbot.waitSignal(page.start_routine) as started:
        QTest.keyClick(page.list, Qt.Key.Key_Return)  # Enter starts the chosen routine
    assert started.args == [page.current]
    QTest.keyClick(page.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.new_button


# ---- the sentence editor -----------------------------------------------------------------------
def _own_desk_reset(qtbot: QtBot, page: RoutinesPage) -> Routine:
    page.select("desk_reset")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and not page.current.builtin
    return page.current


def _stored(page: RoutinesPage, services: startup.Services) -> Routine:
    (mine,) = services.repo.user_routines(page._catalog.library)[0]
    return mine


def _type(box: QWidget, text: str) -> None:
    """Select what the box holds and type `text`, as a user does."""
    box.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, text)


def test_typing_into_the_sentence_stores_the_dose(
    qtbot: QtBot, window: MainWindow, services: startup.Services, plurals: None
) -> None:
    page = _routines(window)
    _activate(qtbot, window)
    _own_desk_reset(qtbot, page)
    page.steps.setCurrentRow(1)  # shoulder rolls: 10 slow repetitions of 3 s, one set
    editor = page.editor
    assert editor.title.text() == "Step 2: Shoulder rolls (backwards)"
    assert editor.reps.accessibleName() == "Shoulder rolls (backwards): Repetitions"
    assert editor.rep_time.accessibleName() == "Shoulder rolls (backwards): Time per repetition"
    assert editor.reps.text() == "10 repetitions" and editor.sets.text() == "1 set"
    before = page.duration.text()

    _type(editor.reps, "12")
    assert _stored(page, services).steps[1].dosage.reps == 12
    assert editor.reps.text() == "12 repetitions" and editor.reps.value() == 12
    step = page.step_card(1)
    assert step is not None and step.dose.text() == "12 slow repetitions"
    assert page.duration.text() != before  # the routine's time follows at once

    _type(editor.rep_time, "4")
    assert _stored(page, services).steps[1].dosage.rep_seconds == 4
    assert editor.rep_time.text() == "4 seconds"

    QTest.keyClick(editor.sets, Qt.Key.Key_Up)  # the arrows step the number
    assert _stored(page, services).steps[1].dosage.sets == 2
    assert editor.sets.text() == "2 sets" and editor.rest.isVisibleTo(page)
    _type(editor.rest, "30")
    dose = _stored(page, services).steps[1].dosage
    assert (dose.reps, dose.rep_seconds, dose.sets, dose.rest_seconds) == (12, 4, 2, 30)
    assert dose.hold_seconds == 0 and not dose.per_side  # the rest of the dose is kept
    assert step.dose.text() == "12 slow repetitions · 2 sets, rest 30 s"
    card = _card(page, page.current.id if page.current else "")
    assert card.summary.text().startswith("4 exercises · about ")

    page.steps.setCurrentRow(3)  # neck side bend: holds, on each side
    assert editor.each_side.isChecked()
    editor.each_side.click()
    assert not _stored(page, services).steps[3].dosage.per_side
    _type(editor.hold, "8")
    assert _stored(page, services).steps[3].dosage.hold_seconds == 8
    assert editor.reps.text() == "3 times"  # a hold's count is how many times


def test_a_number_out_of_range_is_not_typed_in(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    """The boxes hold the same limits as the dose (coach.domain.exercises): no more is kept."""
    page = _routines(window)
    _activate(qtbot, window)
    _own_desk_reset(qtbot, page)
    page.steps.setCurrentRow(0)
    _type(page.editor.reps, "99")
    assert page.editor.reps.value() <= 30
    assert _stored(page, services).steps[0].dosage.reps <= 30


def test_steps_are_moved_and_edited_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    page = _routines(window)
    _activate(qtbot, window)
    _own_desk_reset(qtbot, page)
    page.steps.setCurrentRow(0)
    page.steps.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.exercise_id for s in _stored(page, services).steps][:2] == [
        "shoulder_rolls",
        "chin_tuck",
    ]
    assert page.steps.currentRow() == 1 and page.steps.hasFocus()
    QTest.keyClick(page.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.exercise_id for s in _stored(page, services).steps][:2] == [
        "chin_tuck",
        "shoulder_rolls",
    ]
    assert page.steps.currentRow() == 0
    QTest.keyClick(page.steps, Qt.Key.Key_Down)  # the arrows alone choose a step
    assert page.steps.currentRow() == 1
    QTest.keyClick(page.steps, Qt.Key.Key_Return)  # Enter goes to its first number
    assert QApplication.focusWidget() is page.editor.reps
    # Tab goes on through the sentence, then to adding an exercise.
    QTest.keyClick(page.editor.reps, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor.rep_time
    QTest.keyClick(page.editor.rep_time, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor.sets
    QTest.keyClick(page.editor.sets, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.add_choice


def test_a_built_in_is_not_moved_by_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = _routines(window)
    page.select("desk_reset")
    before = page.current
    page.steps.setCurrentRow(0)
    QTest.keyClick(page.steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.current == before
    QTest.keyClick(page.steps, Qt.Key.Key_Return)
    assert not page.editor.isVisibleTo(page)


def test_a_spin_boxs_unit_follows_its_number(qapp: QApplication) -> None:
    german = UnitSpinBox(lambda n: f"{n} Satz" if n == 1 else f"{n} Sätze")
    german.setRange(1, 6)
    german.setValue(1)
    assert german.text() == "1 Satz"
    german.setValue(3)
    assert (german.prefix(), german.suffix(), german.text()) == ("", " Sätze", "3 Sätze")
    before = UnitSpinBox(lambda n: f"x{n}")  # a unit before the number is a prefix
    before.setValue(4)
    assert (before.prefix(), before.suffix()) == ("x", "")
