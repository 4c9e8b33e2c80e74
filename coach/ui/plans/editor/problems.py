"""The problems that stop a save, listed below the tabs in the editor's words, then the warnings
that do not (a per-side exercise without side cues: `coach plan validate` prints the same); Enter
on one goes to the field it is about."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from coach.domain.plan import PlanProblem
from coach.domain.plan_draft import RoutineDraft
from coach.ui.plans.editor.fields import exercise_label
from coach.ui.plans.editor.model import DraftModel
from coach.ui.text.core import core_text
from coach.ui.text.translate import translate

_TOP = re.compile(r"\$\.([a-z_]+)(?:\[(\d+)\])?(?:\.steps\[(\d+)\])?")


@dataclass(frozen=True)
class Place:
    """Where a problem is in the editor: the top-level part of the plan, and the routine (or own
    exercise) and step when the path names them."""

    part: str  # "" for the plan's details
    item: int | None = None
    step: int | None = None


def place(path: str) -> Place:
    top = _TOP.match(path)
    if top is None:
        return Place("")
    item, step = top.group(2), top.group(3)
    return Place(
        top.group(1),
        int(item) if item is not None else None,
        int(step) if step is not None else None,
    )


def _words() -> dict[str, str]:
    """The format's field names in the editor's words."""
    return {
        "title": translate("PlanEditorDialog", "Title"),
        "clinician": translate("PlanEditorDialog", "Clinician"),
        "name": translate("PlanEditorDialog", "name"),
        "contact": translate("PlanEditorDialog", "contact"),
        "start": translate("PlanEditorDialog", "Start date"),
        "review": translate("PlanEditorDialog", "Review date"),
        "notes": translate("PlanEditorDialog", "Notes for the patient"),
        "routines": translate("PlanEditorDialog", "Routines"),
        "exercises": translate("PlanEditorDialog", "Own exercises"),
        "schedule": translate("PlanEditorDialog", "Schedule"),
        "heat": translate("PlanEditorDialog", "Heat"),
        "progression": translate("PlanEditorDialog", "Progression"),
        "aim": translate("PlanEditorDialog", "aim"),
        "steps": translate("PlanEditorDialog", "steps"),
        "hold_seconds": translate("PlanEditorDialog", "hold (s)"),
        "reps": translate("PlanEditorDialog", "reps"),
        "sets": translate("PlanEditorDialog", "sets"),
        "rest_seconds": translate("PlanEditorDialog", "rest between sets (s)"),
        "per_side": translate("PlanEditorDialog", "each side"),
        "rep_seconds": translate("PlanEditorDialog", "rep time (s)"),
        "routine": translate("PlanEditorDialog", "routine the reminder starts"),
        "days": translate("PlanEditorDialog", "days"),
        "times": translate("PlanEditorDialog", "times"),
        "movement_break_minutes": translate("PlanEditorDialog", "movement break"),
        "checkin_time": translate("PlanEditorDialog", "pain check-in"),
        "enabled": translate("PlanEditorDialog", "use heat"),
        "session_minutes": translate("PlanEditorDialog", "usual session"),
        "cap_minutes": translate("PlanEditorDialog", "longest session"),
        "max_sessions_per_day": translate("PlanEditorDialog", "sessions a day"),
        "min_gap_hours": translate("PlanEditorDialog", "hours apart"),
        "mode": translate("PlanEditorDialog", "suggest or keep"),
        "max_hold_seconds": translate("PlanEditorDialog", "longest hold"),
        "max_reps": translate("PlanEditorDialog", "most reps"),
        "max_sets": translate("PlanEditorDialog", "most sets"),
        "feel": translate("PlanEditorDialog", "feel"),
        "cautions": translate("PlanEditorDialog", "cautions"),
        "stop_if": translate("PlanEditorDialog", "stop if"),
        "image": translate("PlanEditorDialog", "picture"),
        "motion": translate("PlanEditorDialog", "movement"),
        "areas": translate("PlanEditorDialog", "areas"),
        "goal": translate("PlanEditorDialog", "goal"),
        "equipment": translate("PlanEditorDialog", "equipment"),
        "position": translate("PlanEditorDialog", "position"),
        "id": translate("PlanEditorDialog", "id"),
        "side_cues": translate("PlanEditorDialog", "side cues"),
        "left": translate("PlanEditorDialog", "left side"),
        "right": translate("PlanEditorDialog", "right side"),
    }


class ProblemList(QListWidget):
    """The problems and warnings found when the plan was last checked; hidden while there are
    none."""

    go_to = Signal(object)  # the Place of the problem chosen

    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.problems: list[PlanProblem] = []
        self.warnings: list[PlanProblem] = []
        self.setObjectName("problemList")
        self.setAccessibleName(translate("PlanEditorDialog", "Problems to fix before saving"))
        self.setMaximumHeight(120)
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)
        self.setVisible(False)

    def show_problems(
        self, problems: Iterable[PlanProblem], warnings: Iterable[PlanProblem] = ()
    ) -> None:
        self.problems = list(problems)
        self.warnings = list(warnings)
        self.clear()
        for problem in self.problems:
            item = QListWidgetItem(self.problem_text(problem), self)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
        for warning in self.warnings:
            text = translate("PlanEditorDialog", "Worth a look (saving is not stopped): {warning}")
            item = QListWidgetItem(text.format(warning=self.problem_text(warning)), self)
            item.setData(Qt.ItemDataRole.UserRole, warning.path)
        self.setAccessibleName(
            translate("PlanEditorDialog", "Problems to fix before saving")
            if self.problems or not self.warnings
            else translate("PlanEditorDialog", "Worth a look before the plan is used")
        )
        self.setVisible(bool(self.problems or self.warnings))

    def problem_text(self, problem: PlanProblem) -> str:
        return f"{self.field_label(problem.path)}: {core_text(problem.text)}"

    def field_label(self, path: str) -> str:
        """A JSON path such as `$.routines[0].steps[1].dosage.reps` in the editor's words:
        'Routine 1 "Neck basics" > step 2 (Chin tuck) > reps'."""
        draft = self._model.draft
        words = _words()
        parts: list[str] = []
        previous = ""
        routine: RoutineDraft | None = None
        for name, index in re.findall(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]", path):
            if name:
                if name != "dosage":
                    parts.append(words.get(name, name))
                previous = name
                continue
            number = int(index)
            if previous == "routines" and number < len(draft.routines):
                routine = draft.routines[number]
                parts[-1] = translate("PlanEditorDialog", 'Routine {n} "{name}"').format(
                    n=number + 1, name=routine.name
                )
            elif previous == "steps" and routine is not None and number < len(routine.steps):
                exercise = exercise_label(draft, routine.steps[number].exercise)
                parts[-1] = translate("PlanEditorDialog", "step {n} ({exercise})").format(
                    n=number + 1, exercise=exercise
                )
            elif previous == "exercises" and number < len(draft.exercises):
                parts[-1] = translate("PlanEditorDialog", 'Own exercise "{name}"').format(
                    name=draft.exercises[number].name
                )
            else:
                parts[-1] += f" {number + 1}"
        return " > ".join(parts) or translate("PlanEditorDialog", "The plan")

    def _activated(self, item: QListWidgetItem) -> None:
        self.go_to.emit(place(str(item.data(Qt.ItemDataRole.UserRole))))
