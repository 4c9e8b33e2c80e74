"""The plan editor starts an own exercise from a library exercise's poses (issue 19, point 5): the
movement is copied into the plan, shown moving, saved in the file and removed again."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coach import paths
from coach.domain.exercises import Exercise
from coach.domain.pose.motion_json import motion_data
from coach.services import plans
from coach.ui.plans.editor.dialog import PlanEditorDialog
from coach.ui.plans.editor.movement import MovementEditor

EXAMPLES = paths.resources_dir() / "plans" / "examples"
NECK_PLAN = EXAMPLES / "neck-and-upper-back.coachplan"


@pytest.fixture
def editor(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlanEditorDialog]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    dialog = PlanEditorDialog(plans.builtin_library())
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog


def _library(exercise_id: str) -> Exercise:
    found = plans.builtin_library().get(exercise_id)
    assert found is not None and found.motion is not None
    return found


def _choose(monkeypatch: pytest.MonkeyPatch, name: str) -> list[list[str]]:
    """Answer the "copy the movement of" question with `name`; returns the choices offered."""
    offered: list[list[str]] = []

    def get_item(_parent: QWidget, _title: str, _label: str, items: list[str], *args: Any) -> Any:
        offered.append(list(items))
        return name, True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    return offered


def _movement(editor: PlanEditorDialog) -> MovementEditor:
    movement = editor.own_exercises.movement
    assert isinstance(movement, MovementEditor)
    return movement


def _add_own(qtbot: QtBot, editor: PlanEditorDialog) -> None:
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    qtbot.mouseClick(editor.add_own_button, Qt.MouseButton.LeftButton)


def test_an_own_exercise_starts_from_a_library_exercises_movement(
    qtbot: QtBot, editor: PlanEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_own(qtbot, editor)
    movement = _movement(editor)
    assert movement.label.text() == "Movement: none (the picture shows instead)"
    assert not movement.preview.isVisible() and not movement.remove_button.isEnabled()
    offered = _choose(monkeypatch, "Chin tuck")
    movement.copy_button.setFocus()
    qtbot.keyClick(movement.copy_button, Qt.Key.Key_Space)  # the keyboard reaches it
    assert "Chin tuck" in offered[0] and len(offered[0]) == len(plans.builtin_library().exercises)
    chin_tuck = _library("chin_tuck")
    assert movement.label.text() == "Movement: copied from Chin tuck"
    assert movement.preview.isVisible() and movement.preview.has_motion
    assert movement.preview.is_playing
    assert movement.remove_button.isEnabled()
    own = editor.plan_data()["exercises"][0]
    assert own["motion"] == motion_data(chin_tuck.motion)  # type: ignore[arg-type]
    assert own["position"] == "sitting"
    assert editor.is_dirty()


def test_the_saved_plan_carries_the_movement_and_the_patient_gets_it(
    qtbot: QtBot, editor: PlanEditorDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert editor.open_file(NECK_PLAN, confirm=False)
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    movement = _movement(editor)
    _choose(monkeypatch, "Chin tuck")
    qtbot.mouseClick(movement.copy_button, Qt.MouseButton.LeftButton)
    raw, plan = editor.check()  # the bytes it saves pass the plan's checks
    assert plan.exercises[0].exercise.motion == _library("chin_tuck").motion
    saved = tmp_path / "moving.coachplan"
    saved.write_bytes(raw)
    assert editor.open_file(saved, confirm=False)
    assert _movement(editor).label.text() == "Movement: copied from Chin tuck"  # recognised


def test_copying_brings_the_position_and_timing_the_movement_needs(
    qtbot: QtBot, editor: PlanEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new own exercise is held 5 s; the shoulder rolls are a movement of 4 s a rep."""
    _add_own(qtbot, editor)
    qtbot.keyClicks(editor.own_steps, "Roll your shoulders.")
    _choose(monkeypatch, "Shoulder rolls (backwards)")
    qtbot.mouseClick(_movement(editor).copy_button, Qt.MouseButton.LeftButton)
    rolls = _library("shoulder_rolls")
    own = editor.model.draft.exercises[0]
    assert own.dosage["hold_seconds"] == 0
    assert own.dosage["rep_seconds"] == rolls.dosage.rep_seconds
    assert editor.own_dosage.values()["rep_seconds"] == rolls.dosage.rep_seconds  # shown too
    assert own.position == rolls.position
    own_data = editor.plan_data()["exercises"][0]
    assert own_data["motion"]["hold"] is False


def test_remove_movement_leaves_the_picture(
    qtbot: QtBot, editor: PlanEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_own(qtbot, editor)
    movement = _movement(editor)
    _choose(monkeypatch, "Neck side bend")
    qtbot.mouseClick(movement.copy_button, Qt.MouseButton.LeftButton)
    assert "motion" in editor.plan_data()["exercises"][0]
    qtbot.mouseClick(movement.remove_button, Qt.MouseButton.LeftButton)
    assert "motion" not in editor.plan_data()["exercises"][0]
    assert movement.label.text() == "Movement: none (the picture shows instead)"
    assert not movement.preview.isVisible() and not movement.preview.is_playing


def test_a_movement_written_by_hand_is_shown_and_a_broken_one_explained(
    qtbot: QtBot, editor: PlanEditorDialog, tmp_path: Path
) -> None:
    data: dict[str, Any] = json.loads(NECK_PLAN.read_text(encoding="utf-8"))
    own_motion = motion_data(_library("chin_tuck").motion)  # type: ignore[arg-type]
    own_motion["keyframes"][1]["pose"]["head_retraction_cm"] = 1.5
    data["exercises"][0]["motion"] = own_motion
    path = tmp_path / "own.coachplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert editor.open_file(path, confirm=False)
    movement = _movement(editor)
    assert movement.label.text() == "Movement: as written in the plan"
    assert movement.preview.has_motion
    editor.model.draft.exercises[0].motion = {"view": "side"}  # as a broken file would have it
    movement.show_exercise(editor.model.draft.exercises[0])
    assert movement.label.text().startswith("Movement: cannot be shown (base: must be one of")
    assert not movement.preview.isVisible()


def test_a_movement_problem_names_the_own_exercise_in_the_editors_words(
    editor: PlanEditorDialog,
) -> None:
    assert editor.open_file(NECK_PLAN, confirm=False)
    label = editor.problem_list.field_label("$.exercises[0].motion.hold")
    assert label == 'Own exercise "Towel neck glide" > movement > hold'


def test_the_plans_routine_steps_show_thumbnails(
    qtbot: QtBot, editor: PlanEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Library exercises by their figure; an own exercise once it has a movement."""
    assert editor.open_file(NECK_PLAN, confirm=False)
    steps = editor.routines.steps
    editor.tabs.setCurrentIndex(editor.TAB_ROUTINES)
    qtbot.waitUntil(lambda: steps._thumbnails.pending == 0, timeout=20000)
    own_ids = {e.id for e in editor.model.draft.exercises}

    def icons() -> dict[str, bool]:
        found = {}
        for row in range(steps.step_list.count()):
            item = steps.step_list.item(row)
            found[str(item.data(Qt.ItemDataRole.UserRole))] = not item.icon().isNull()
        return found

    shown = icons()
    assert "towel_neck_glide" in shown
    assert all(on for exercise_id, on in shown.items() if exercise_id not in own_ids)
    assert not shown["towel_neck_glide"]
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    _choose(monkeypatch, "Chin tuck")
    qtbot.mouseClick(_movement(editor).copy_button, Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentIndex(editor.TAB_ROUTINES)
    qtbot.waitUntil(lambda: icons()["towel_neck_glide"], timeout=20000)


def test_the_preview_follows_reduce_motion(
    qtbot: QtBot, editor: PlanEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.reduce_motion = True  # the main window passes the app's setting on
    _add_own(qtbot, editor)
    _choose(monkeypatch, "Chin tuck")
    qtbot.mouseClick(_movement(editor).copy_button, Qt.MouseButton.LeftButton)
    preview = _movement(editor).preview
    assert preview.reduce_motion and preview.is_playing and not preview.is_animating
