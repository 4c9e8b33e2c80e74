"""A broken plan's problems in German: the app's "cannot be used" box and the plan editor show
what coach.domain.plan reports in the user's language, words inside a problem included."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coach.services import plans
from coach.ui.plans.editor.dialog import PlanEditorDialog
from coach.ui.shell.main_window import MainWindow
from tests.helpers import REPO_ROOT

BROKEN = REPO_ROOT / "tests" / "data" / "plans"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes run with exec(), recorded instead of shown."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_a_broken_plan_is_explained_in_german(
    window: MainWindow, german: None, boxes: list[QMessageBox]
) -> None:
    assert not window.open_plan_file(BROKEN / "wrong-types.coachplan")
    assert not window.open_plan_file(BROKEN / "broken-json.coachplan")
    types, json_box = boxes
    detail = types.detailedText()
    # "is a text; expected true or false (true when the plan includes heat)", every part German
    assert "$.heat.enabled: ist ein Text; erwartet: true oder false (true, wenn der Plan" in detail
    for english in ("is a text", "expected", "when the plan includes heat", "a list"):
        assert english not in detail
    detail = json_box.detailedText()
    assert "Zeile 5: ist kein gültiges JSON: Expecting value in Spalte 16" in detail
    assert "line 5" not in detail and "is not valid JSON" not in detail


def test_the_plan_editor_lists_a_broken_plans_problems_in_german(
    qtbot: QtBot, german: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    editor = PlanEditorDialog(plans.builtin_library())
    qtbot.addWidget(editor)
    broken = tmp_path / "broken.coachplan"
    broken.write_text('{"format": "coach-plan", "version": 2}')
    assert not editor.open_file(broken, confirm=False)
    # "$.title: is missing; expected the plan's title, as the patient sees it"
    assert "$.title: fehlt; erwartet: der Titel des Plans" in told[-1]
    assert "is missing" not in told[-1] and "expected" not in told[-1]
