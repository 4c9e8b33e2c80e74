"""Side cues of a plan's own exercise (issue 17, point 8; CLINICAL.md section 2: every per-side
step's spoken and written cue names the side and the direction), driven through real widgets: the
plan editor's two fields, shown while the exercise is done on each side, saved into the file and
read back, the warning when they are left out; and the player saying the clinician's words for
each side (or "Left side" / "Right side" for a plan written without them)."""

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.session import PhaseKind, Side
from coach.services import plans
from coach.ui.lifecycle import startup
from coach.ui.plans import actions as plan_actions
from coach.ui.plans.editor.dialog import PlanEditorDialog
from coach.ui.shell.main_window import MainWindow
from tests.helpers import REPO_ROOT

NECK = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"
LEFT, RIGHT = "Glide your head to the left", "Glide your head to the right"


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes, recorded instead of shown; "unsaved changes?" answers Discard."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    return shown


@pytest.fixture
def editor(qtbot: QtBot, told: list[str]) -> Iterator[PlanEditorDialog]:
    dialog = PlanEditorDialog(plans.builtin_library())
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    if dialog.preview_dialog is not None:
        dialog.preview_dialog.close()


def _save(
    qtbot: QtBot, editor: PlanEditorDialog, monkeypatch: pytest.MonkeyPatch, target: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def _new_plan_with_own_exercise(qtbot: QtBot, editor: PlanEditorDialog) -> None:
    qtbot.keyClicks(editor.title, "Neck, weeks 1-4")
    qtbot.keyClicks(editor.clinician_name, "Dr Ada Lee")
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    qtbot.mouseClick(editor.add_own_button, Qt.MouseButton.LeftButton)
    editor.own_name.selectAll()
    qtbot.keyClicks(editor.own_name, "Towel glide")
    qtbot.keyClicks(editor.own_steps, "Sit tall.")
    qtbot.keyClick(editor.own_steps, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.own_steps, "Glide your head sideways.")
    editor.tabs.setCurrentIndex(editor.TAB_ROUTINES)
    qtbot.mouseClick(editor.add_routine_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.exercise_search, "towel glide")
    qtbot.keyClick(editor.exercise_picker, Qt.Key.Key_Return)
    assert editor.step_list.count() == 1


def test_the_side_cue_fields_show_while_the_exercise_is_done_on_each_side(
    qtbot: QtBot,
    editor: PlanEditorDialog,
    told: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _new_plan_with_own_exercise(qtbot, editor)
    tab = editor.own_exercises
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    assert not tab.own_left_cue.isVisibleTo(editor) and not tab.own_right_cue.isVisibleTo(editor)
    qtbot.mouseClick(editor.own_dosage.per_side, Qt.MouseButton.LeftButton)
    assert tab.own_left_cue.isVisibleTo(editor) and tab.own_right_cue.isVisibleTo(editor)
    assert tab.own_left_cue.placeholderText() == "for example: Tilt your head to the left"
    assert tab.own_left_cue.accessibleName() == "What the player says for the left side"
    qtbot.keyClicks(tab.own_left_cue, LEFT)
    qtbot.keyClicks(tab.own_right_cue, RIGHT + "  ")

    target = tmp_path / "neck.coachplan"
    _save(qtbot, editor, monkeypatch, target)
    data = json.loads(target.read_bytes())
    assert data["exercises"][0]["side_cues"] == {"left": LEFT, "right": RIGHT}
    plan = plans.read_plan(target)
    assert plan.warnings == () and not editor.problem_list.isVisibleTo(editor)
    cues = plan.exercises[0].exercise.side_cues
    assert cues is not None and (cues.left, cues.right) == (LEFT, RIGHT)

    # Opened again, the fields hold what was saved.
    assert editor.open_file(target)
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    assert (tab.own_left_cue.text(), tab.own_right_cue.text()) == (LEFT, RIGHT)
    assert not editor.is_dirty()

    # Done on one side only: the fields go, and so do the cues in the file.
    qtbot.mouseClick(editor.own_dosage.per_side, Qt.MouseButton.LeftButton)
    assert not tab.own_left_cue.isVisibleTo(editor)
    assert "side_cues" not in editor.plan_data()["exercises"][0]
    assert editor.is_dirty()
    qtbot.mouseClick(editor.own_dosage.per_side, Qt.MouseButton.LeftButton)  # and back
    assert editor.plan_data()["exercises"][0]["side_cues"] == {"left": LEFT, "right": RIGHT}
    assert not editor.is_dirty()


def test_one_side_left_empty_stops_the_save_and_none_is_a_warning(
    qtbot: QtBot,
    editor: PlanEditorDialog,
    told: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _new_plan_with_own_exercise(qtbot, editor)
    tab = editor.own_exercises
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    qtbot.mouseClick(editor.own_dosage.per_side, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.own_left_cue, LEFT)
    target = tmp_path / "neck.coachplan"
    _save(qtbot, editor, monkeypatch, target)
    assert not target.exists()
    assert 'Own exercise "Towel glide" > side cues > right side: is empty' in told[-1]

    # Both left empty: saved (an older plan stays valid), with the warning under the tabs.
    tab.own_left_cue.clear()
    _save(qtbot, editor, monkeypatch, target)
    assert target.exists() and "side_cues" not in json.loads(target.read_bytes())["exercises"][0]
    assert editor.problems == [] and editor.problem_list.isVisibleTo(editor)
    (item,) = [editor.problem_list.item(i) for i in range(editor.problem_list.count())]
    assert item.text().startswith(
        'Worth a look (saving is not stopped): Own exercise "Towel glide" > side cues: is missing'
    )
    assert 'the player says only "Left side" and "Right side"' in item.text()
    # Enter on it goes to the exercise, where the fields are.
    editor.tabs.setCurrentIndex(editor.TAB_PLAN)
    editor.problem_list.itemActivated.emit(item)
    assert editor.tabs.currentIndex() == editor.TAB_EXERCISES
    assert tab.own_left_cue.isVisibleTo(editor)


def test_a_step_done_on_each_side_shows_the_fields_too(
    qtbot: QtBot, editor: PlanEditorDialog
) -> None:
    _new_plan_with_own_exercise(qtbot, editor)
    qtbot.mouseClick(editor.step_dosage.per_side, Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentIndex(editor.TAB_EXERCISES)
    tab = editor.own_exercises
    assert not editor.own_dosage.per_side.isChecked()
    assert tab.own_left_cue.isVisibleTo(editor)
    qtbot.keyClicks(tab.own_left_cue, LEFT)
    qtbot.keyClicks(tab.own_right_cue, RIGHT)
    assert editor.plan_data()["exercises"][0]["side_cues"] == {"left": LEFT, "right": RIGHT}
    _raw, plan = editor.check()
    assert plan.warnings == ()


# ---- the player ---------------------------------------------------------------------------------
@pytest.fixture
def accepted_plans(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plan dialogs are accepted ("Use this plan") as soon as they would be shown."""
    monkeypatch.setattr(
        plan_actions.PlanDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted
    )


def _glide_plan(folder: Path, cues: dict[str, str] | None) -> Path:
    """The example plan with its first routine the towel glide alone, once a side, in two short
    sets, and the glide done on each side (with `cues`, or none)."""
    data: dict[str, Any] = json.loads(NECK.read_text(encoding="utf-8"))
    own = data["exercises"][0]
    own["dosage"].update(hold_seconds=1, reps=1, sets=2, rest_seconds=0, per_side=True)
    if cues is not None:
        own["side_cues"] = cues
    data["routines"][0]["steps"] = [{"exercise": own["id"]}]
    path = folder / "glide.coachplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _play(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, routine_id: str
) -> tuple[list[tuple[PhaseKind, Side | None, str]], list[str]]:
    """The routine played to its end: each phase's kind, side and instruction; what was said."""
    window.speech_engine = "mock"
    assert window.start_routine_by_id(routine_id)
    player = window.player
    assert player is not None
    try:
        qtbot.mouseClick(player.before.skip, Qt.MouseButton.LeftButton)
        seen: dict[int, str] = {}
        for _ in range(400):
            if player.session.is_over:
                break
            seen.setdefault(player.session.phase_index, player.running.instruction.text())
            clock.advance(0.25)
            player.refresh()
        assert player.session.is_over
        phases = [(p.kind, p.side, seen[i]) for i, p in enumerate(player.session.phases)]
        return phases, list(player._cues.spoken)
    finally:
        if not player.session.is_over:
            player.session.end_early()
        player.close()


@pytest.mark.usefixtures("accepted_plans")
@pytest.mark.parametrize("cues", [{"left": LEFT, "right": RIGHT}, None], ids=["cues", "none"])
def test_the_player_says_the_plans_cue_for_each_side(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
    tmp_path: Path,
    cues: dict[str, str] | None,
) -> None:
    window = make_window()
    plan = plans.read_plan(_glide_plan(tmp_path, cues))
    assert window.open_plan_file(_glide_plan(tmp_path, cues))
    phases, spoken = _play(qtbot, window, clock, plan.routines[0].id)
    expected = {Side.LEFT: LEFT, Side.RIGHT: RIGHT} if cues else {}
    fallback = {Side.LEFT: "Left side", Side.RIGHT: "Right side"}
    holds = [(side, text) for kind, side, text in phases if kind is PhaseKind.HOLD]
    assert len(holds) == 4  # two sets, each side once
    for side, text in holds:
        assert side is not None
        said = expected.get(side, fallback[side])
        assert text == f"{said}. Hold 1 seconds"
        assert spoken.count(text) == 2  # each set: shown and said
    switches = [text for kind, _side, text in phases if kind is PhaseKind.SWITCH]
    assert switches == [f"Switch sides. {expected.get(Side.RIGHT, 'Right side')}"] * 2
