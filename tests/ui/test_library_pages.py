"""The Exercises and Routines pages, driven through their widgets."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from coach.ui.lifecycle import startup
from coach.ui.pages.exercises import ExercisesPage
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


def test_routines_show_their_duration_and_built_ins_cannot_be_changed(
    make_window: Callable[..., MainWindow],
) -> None:
    page = _routines(make_window())
    assert len(page.routines) >= 5
    desk = next(i for i, r in enumerate(page.routines) if r.id == "desk_reset")
    page.list.setCurrentRow(desk)
    assert "2 min 59 s" in page.list.item(desk).text()
    assert page.read_only_note.isVisibleTo(page)
    assert not page.delete_button.isEnabled() and not page.rename_button.isEnabled()
    assert page.table.cellWidget(0, 1) is None  # numbers are read-only text


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
    page.table.selectRow(0)
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    reps = page.table.cellWidget(1, 2)
    assert isinstance(reps, QSpinBox)
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
    page.select("desk_reset")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    hold = page.table.cellWidget(0, 1)  # chin tuck: hold 5 s, no rep time
    assert isinstance(hold, QSpinBox) and hold.value() == 5
    hold.setValue(0)  # no hold and no rep time: refused
    assert page.duration.text() == "Not saved: a hold or a rep time above 0 is needed."
    hold = page.table.cellWidget(0, 1)
    assert isinstance(hold, QSpinBox) and hold.value() == 5
    (mine,) = services.repo.user_routines(page._catalog.library)[0]
    assert mine.steps[0].dosage.hold_seconds == 5


def test_an_own_routine_shows_no_text_of_a_built_in_under_its_fields(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    """Review finding: after a built-in, an own routine's "each side" box had the built-in's
    "no" showing through it."""
    page = _routines(make_window())
    page.select("desk_reset")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    for row in range(page.table.rowCount()):
        for column in range(1, page.table.columnCount()):
            assert page.table.cellWidget(row, column) is not None
            assert page.table.item(row, column) is None
