"""The Exercises and Routines pages, driven through their widgets."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from coach.ui.lifecycle import startup
from coach.ui.pages.exercises import ExercisesPage
from coach.ui.pages.routine_cards import RoutineCard
from coach.ui.pages.routines import RoutinesPage
from coach.ui.shell.main_window import MainWindow, Page


def _exercises(window: MainWindow) -> ExercisesPage:
    window.show_page(Page.EXERCISES)
    page = window.page_widget(Page.EXERCISES)
    assert isinstance(page, ExercisesPage)
    return page


def _routines(window: MainWindow) -> RoutinesPage:
    window.show_page(Page.ROUTINES)
    page = window.page_widget(Page.ROUTINES)
    assert isinstance(page, RoutinesPage)
    return page


def test_filters_and_search_narrow_the_list(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    page = _exercises(make_window())
    everything = page.list.count()
    assert everything >= 16
    page.equipment.setCurrentIndex(page.equipment.findData("band"))
    names = {page.list.item(i).text() for i in range(page.list.count())}
    assert names == {"Band row", "Band pull-apart"}
    page.equipment.setCurrentIndex(0)
    page.area.setCurrentIndex(page.area.findData("neck"))
    page.position.setCurrentIndex(page.position.findData("standing"))
    assert page.list.count() == 0
    assert not page.detail.isVisible()
    page.position.setCurrentIndex(0)
    page.area.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "chin")
    assert page.list.item(0).text() == "Chin tuck"  # name matches come first
    assert page.list.count() < everything
    assert page.shown is not None and page.shown.id == "chin_tuck"
    assert "Hold 5 s, 10 times" in page.dosage.text()
    assert "Stop if" in page.cautions.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "doorway")
    assert page.count.text() == "1 exercise(s)"


def test_try_it_now_opens_a_one_exercise_player(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.speech_engine = None
    page = _exercises(window)
    qtbot.keyClicks(page.search, "wall angel")
    qtbot.mouseClick(page.try_button, Qt.MouseButton.LeftButton)
    assert window.player is not None
    assert [s.exercise_id for s in window.player.routine.steps] == ["wall_angel"]
    window.player.close()


def _routine_card(page: RoutinesPage, routine_id: str) -> RoutineCard:
    row = [r.id for r in page.routines].index(routine_id)
    card = page.list.card(row)
    assert isinstance(card, RoutineCard)
    return card


def _visible_fields(page: RoutinesPage) -> list[str]:
    """The step editor's controls the user sees, by object name, in the order Tab takes them."""
    return [w.objectName() for w in page.editor.controls() if w.isVisibleTo(page)]


def _own_copy_of_desk_reset(qtbot: QtBot, page: RoutinesPage) -> None:
    page.select("desk_reset")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and not page.current.builtin


def test_routines_show_their_duration_and_built_ins_cannot_be_changed(
    make_window: Callable[..., MainWindow],
) -> None:
    page = _routines(make_window())
    assert len(page.routines) >= 5
    desk = next(i for i, r in enumerate(page.routines) if r.id == "desk_reset")
    page.list.setCurrentRow(desk)
    card = _routine_card(page, "desk_reset")
    assert card.summary.text() == (
        "4 exercise(s) · about 3 min · neck, shoulders and upper back · built\u2011in"
    )
    assert page.duration.text() == "About 2 min 59 s with get-ready and side changes"
    assert page.read_only_note.isVisibleTo(page)
    assert not page.delete_button.isEnabled() and not page.rename_button.isEnabled()
    # The doses are words on the steps' cards: nothing to change them with.
    step = page.step_card(0)
    assert step is not None and step.dose.text() == "Hold 5 s, 5 times"
    assert not page.editor.isVisibleTo(page)
    assert not any(box.isVisibleTo(page) for box in page.findChildren(QSpinBox))
    assert not page.step_actions.isVisibleTo(page) and not page.adding.isVisibleTo(page)


def test_own_routines_are_made_renamed_reordered_redosed_and_deleted(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _routines(make_window())
    page.select("desk_reset")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copy = page.current
    assert copy is not None and not copy.builtin
    assert copy.name == "3-minute desk reset (my copy)"
    assert [s.exercise_id for s in copy.steps][:2] == ["chin_tuck", "shoulder_rolls"]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Morning set", True))
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    page.steps.setCurrentRow(0)
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert page.steps.currentRow() == 1  # the moved step stays chosen
    reps = page.editor.reps
    assert isinstance(reps, QSpinBox) and reps.isVisibleTo(page)
    reps.setValue(8)
    page.add_choice.setCurrentIndex(page.add_choice.findData("wall_angel"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    stored, problems = services.repo.user_routines(page._catalog.library)
    assert problems == []
    (mine,) = stored
    assert mine.name == "Morning set"
    assert [s.exercise_id for s in mine.steps] == [
        "shoulder_rolls",
        "chin_tuck",
        "shoulder_blade_squeeze",
        "neck_side_bend",
        "wall_angel",
    ]
    assert mine.steps[1].dosage.reps == 8
    assert mine.steps[1].dosage.hold_seconds == 5  # the rest of the dosage is kept
    assert page.steps.currentRow() == 4  # the added step is chosen

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    (mine,) = services.repo.user_routines(page._catalog.library)[0]
    assert [s.exercise_id for s in mine.steps][-1] == "neck_side_bend"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select(mine.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert services.repo.user_routines(page._catalog.library)[0] == []
    assert any(r.id == "desk_reset" for r in page.routines)  # the built-in is untouched


def test_a_rejected_dosage_shows_the_stored_value_again(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> None:
    """Review finding: a refused value stayed on screen and a later edit saved something else."""
    page = _routines(make_window())
    _own_copy_of_desk_reset(qtbot, page)
    page.steps.setCurrentRow(0)
    hold = page.editor.hold  # chin tuck: hold 5 s, no rep time
    assert hold.isVisibleTo(page) and hold.value() == 5
    hold.setValue(0)  # no hold and no rep time: refused
    assert page.editor.problem.text() == "Not saved: a hold or a rep time above 0 is needed."
    assert page.editor.problem.isVisibleTo(page)
    assert hold.value() == 5
    (mine,) = services.repo.user_routines(page._catalog.library)[0]
    assert mine.steps[0].dosage.hold_seconds == 5
    page.editor.reps.setValue(6)  # a later change is saved and clears the problem
    assert page.editor.problem.text() == "" and not page.editor.problem.isVisibleTo(page)
    (mine,) = services.repo.user_routines(page._catalog.library)[0]
    assert (mine.steps[0].dosage.hold_seconds, mine.steps[0].dosage.reps) == (5, 6)


def test_each_step_offers_only_the_numbers_that_matter_for_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    """A hold has a hold time and a number of holds, a movement repetitions and their time; the
    rest between sets from two sets on; "each side" for an exercise done on each side. (Review
    finding of the table: an own routine showed a built-in's text under its fields.)"""
    page = _routines(make_window())
    _own_copy_of_desk_reset(qtbot, page)
    expected = [
        ["stepHoldSeconds", "stepReps", "stepSets"],  # chin tuck
        ["stepReps", "stepRepSeconds", "stepSets"],  # shoulder rolls
        ["stepHoldSeconds", "stepReps", "stepSets"],  # shoulder-blade squeeze
        ["stepHoldSeconds", "stepReps", "stepSets", "stepEachSide"],  # neck side bend
    ]
    for row, fields in enumerate(expected):
        page.steps.setCurrentRow(row)
        assert page.editor.isVisibleTo(page)
        assert _visible_fields(page) == fields, row
    assert page.editor.title.text() == "Step 4: Neck side bend"
    page.editor.sets.setValue(2)
    assert _visible_fields(page) == [
        "stepHoldSeconds",
        "stepReps",
        "stepSets",
        "stepRestSeconds",
        "stepEachSide",
    ]
    page.select("desk_reset")  # a built-in: no editor, nothing of the own routine's left
    assert not page.editor.isVisibleTo(page)
    assert not any(box.isVisibleTo(page) for box in page.findChildren(QSpinBox))
