"""The plan editor (clinician mode): build a `.coachplan` with widgets instead of writing JSON.

A clinician fills in the plan's details, builds routines from the built-in library (and optional
exercises of their own), sets the weekly schedule, heat within Coach's limits and progression, then
previews the plan as the patient will see it and saves it. Every tab edits one draft
(`coach.domain.plan_draft.PlanDraft`, see `model.py` for how the tabs share it); the draft writes
the published format (`resources/plans/plan.schema.json`, version 2), and the editor checks those
bytes with `coach.domain.plan.parse_plan` before anything is written, so a saved file always passes
`coach plan validate`; the preview is built from the same parsed plan, so it shows exactly what a
patient gets. The plan has unsaved changes while its draft differs from the one last saved.

Imported only when File > Plan editor is used, never at start-up.
"""

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import Library
from coach.domain.plan import PLAN_SUFFIX, Plan, PlanError, PlanProblem, parse_plan
from coach.domain.plan_draft import PlanDraft, derive_id
from coach.ui.plans.editor.details import DetailsTab
from coach.ui.plans.editor.exercises import OwnExercisesTab
from coach.ui.plans.editor.fields import button, scrolling
from coach.ui.plans.editor.heat import HeatTab
from coach.ui.plans.editor.model import DraftModel
from coach.ui.plans.editor.preview import PlanPreviewDialog
from coach.ui.plans.editor.problems import Place, ProblemList
from coach.ui.plans.editor.progression import ProgressionTab
from coach.ui.plans.editor.routines import RoutinesTab
from coach.ui.plans.editor.schedule import ScheduleTab
from coach.ui.text.core import core_text

MAX_PROBLEMS_IN_BOX = 20


class PlanEditorDialog(QDialog):
    """Build, open, preview and save a clinician plan."""

    saved = Signal(Path)  # a plan file was written

    TAB_PLAN, TAB_ROUTINES, TAB_SCHEDULE, TAB_HEAT, TAB_PROGRESSION, TAB_EXERCISES = range(6)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.setWindowTitle(self.tr("Plan editor"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        # Plan exercises in the app's library are an active plan's, not the built-ins a new plan uses.
        self._library = Library(
            tuple(e for e in library.exercises if e.source != "plan"),
            range_of_motion=library.range_of_motion,  # an own exercise's movement is shown with it
        )
        self.model = DraftModel(PlanDraft.new(self._library, date.today()), self)
        self._saved = self.model.draft.copy()
        self._path: Path | None = None
        self.preview_dialog: PlanPreviewDialog | None = None

        self.details = DetailsTab(self.model)
        self.routines = RoutinesTab(self.model)
        self.schedule = ScheduleTab(self.model)
        self.heat = HeatTab(self.model)
        self.progression = ProgressionTab(self.model)
        self.own_exercises = OwnExercisesTab(self.model)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planEditorTabs")
        self.tabs.addTab(scrolling(self.details), self.tr("&Plan"))
        self.tabs.addTab(self.routines, self.tr("&Routines"))
        self.tabs.addTab(scrolling(self.schedule), self.tr("Sc&hedule"))
        self.tabs.addTab(scrolling(self.heat), self.tr("H&eat"))
        self.tabs.addTab(scrolling(self.progression), self.tr("Pro&gression"))
        self.tabs.addTab(self.own_exercises, self.tr("Own e&xercises"))
        self.problem_list = ProblemList(self.model, self)
        self.problem_list.go_to.connect(self._go_to_problem)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_list)
        layout.addLayout(self._build_buttons())
        self._name_fields()
        self.resize(1080, 720)
        self._start_afresh()

    def _build_buttons(self) -> QHBoxLayout:
        self.open_button = button(self.tr("&Open…"), "openPlan", self, self.choose_and_open)
        self.open_button.setToolTip(self.tr("Open a .coachplan file to change it (Ctrl+O)"))
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_and_open)
        self.preview_button = button(self.tr("Pre&view"), "previewPlan", self, self.preview)
        self.preview_button.setToolTip(self.tr("Show the plan as the patient will see it"))
        self.save_button = button(self.tr("&Save as…"), "savePlan", self, self.save_as)
        self.save_button.setToolTip(self.tr("Check the plan and save it as a .coachplan (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        self.close_button = button(self.tr("Close"), "closePlanEditor", self, self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        return buttons

    def _name_fields(self) -> None:
        """The tabs' fields by the names the dialog has always had (tests and the accessibility
        audit reach them so)."""
        self._name_plan_fields()
        self._name_setting_fields()

    def _name_plan_fields(self) -> None:
        self.title = self.details.title
        self.clinician_name = self.details.clinician_name
        self.clinician_contact = self.details.clinician_contact
        self.notes = self.details.notes
        self.start_date = self.details.start_date
        self.review_on = self.details.review_on
        self.review_date = self.details.review_date
        self.review_hint = self.details.review_hint
        self.routine_list = self.routines.routine_list
        self.routine_name = self.routines.routine_name
        self.routine_aim = self.routines.routine_aim
        self.routine_id = self.routines.routine_id
        self.add_routine_button = self.routines.add_routine_button
        self.delete_routine_button = self.routines.delete_routine_button
        self.exercise_search = self.routines.steps.exercise_search
        self.exercise_picker = self.routines.steps.exercise_picker
        self.add_step_button = self.routines.steps.add_step_button
        self.step_list = self.routines.steps.step_list
        self.step_up_button = self.routines.steps.step_up_button
        self.step_down_button = self.routines.steps.step_down_button
        self.delete_step_button = self.routines.steps.delete_step_button
        self.step_dosage = self.routines.steps.step_dosage
        self.reset_dosage_button = self.routines.steps.reset_dosage_button

    def _name_setting_fields(self) -> None:
        self.schedule_routine = self.schedule.schedule_routine
        self.schedule_days = self.schedule.schedule_days
        self.schedule_times = self.schedule.schedule_times
        self.movement_minutes = self.schedule.movement_minutes
        self.checkin_on = self.schedule.checkin_on
        self.checkin_time = self.schedule.checkin_time
        self.heat_on = self.heat.heat_on
        self.heat_limits_note = self.heat.heat_limits_note
        self.heat_cap = self.heat.heat_cap
        self.heat_session = self.heat.heat_session
        self.heat_per_day = self.heat.heat_per_day
        self.heat_gap = self.heat.heat_gap
        self.heat_days = self.heat.heat_days
        self.heat_times = self.heat.heat_times
        self.progression_suggest = self.progression.progression_suggest
        self.progression_off = self.progression.progression_off
        self.max_hold = self.progression.max_hold
        self.max_reps = self.progression.max_reps
        self.max_sets = self.progression.max_sets
        self.own_list = self.own_exercises.own_list
        self.own_name = self.own_exercises.own_name
        self.own_id = self.own_exercises.own_id
        self.own_areas = self.own_exercises.own_areas
        self.own_steps = self.own_exercises.own_steps
        self.own_dosage = self.own_exercises.own_dosage
        self.add_own_button = self.own_exercises.add_own_button
        self.delete_own_button = self.own_exercises.delete_own_button
        self.picture_button = self.own_exercises.picture_button
        self.remove_picture_button = self.own_exercises.remove_picture_button

    @property
    def reduce_motion(self) -> bool:
        """Whether an own exercise's movement shows as key poses only (the app's setting)."""
        return self.own_exercises.movement.preview.reduce_motion

    @reduce_motion.setter
    def reduce_motion(self, on: bool) -> None:
        self.own_exercises.movement.preview.reduce_motion = on

    @property
    def problems(self) -> list[PlanProblem]:
        """The problems found when the plan was last checked."""
        return self.problem_list.problems

    # ---- a plan in and out ----------------------------------------------------------------------
    def new_plan(self) -> None:
        """An empty plan starting today, reviewed in four weeks, exercise on weekdays at 10:00."""
        self._path = None
        self.model.replace(PlanDraft.new(self._library, date.today()))
        self._start_afresh()

    def load_plan(self, plan: Plan, path: Path | None = None) -> None:
        """Edit `plan` (read from `path`, which a save offers again)."""
        self._path = path
        self.model.replace(PlanDraft.from_plan(plan, self._library))
        self._start_afresh()

    def _start_afresh(self) -> None:
        self.problem_list.show_problems([])
        self.tabs.setCurrentIndex(self.TAB_PLAN)
        self._mark_saved()

    def plan_data(self) -> dict[str, Any]:
        """The plan as the format's JSON object."""
        return self.model.draft.to_data()

    def plan_bytes(self) -> bytes:
        return self.model.draft.to_json()

    def check(self) -> tuple[bytes, Plan]:
        """The bytes the editor would save and the plan a patient gets from them; PlanError lists
        every problem."""
        from coach.services.plans import builtin_library, plan_schema  # noqa: PLC0415

        raw = self.plan_bytes()
        name = self._path.name if self._path else self.tr("the new plan")
        return raw, parse_plan(raw, name, builtin_library(), plan_schema())

    def is_dirty(self) -> bool:
        return self.model.draft != self._saved

    def _mark_saved(self) -> None:
        self._saved = self.model.draft.copy()
        name = self._path.name if self._path else self.tr("new plan")
        self.setWindowTitle(self.tr("Plan editor: {name}").format(name=name))

    # ---- actions --------------------------------------------------------------------------------
    def choose_and_open(self) -> bool:
        if not self._confirm_discard():
            return False
        folder = str(self._path.parent) if self._path else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a clinician plan to edit"),
            folder,
            self.tr("Coach plans (*.coachplan);;JSON files (*.json);;All files (*)"),
        )
        return bool(path) and self.open_file(Path(path), confirm=False)

    def open_file(self, path: Path, confirm: bool = True) -> bool:
        """Read the plan in `path` into the editor; its problems are shown when it cannot be."""
        from coach.services.plans import read_plan  # noqa: PLC0415

        if confirm and not self._confirm_discard():
            return False
        try:
            plan = read_plan(path)
        except PlanError as error:
            QMessageBox.warning(
                self,
                self.tr("This plan cannot be opened"),
                self.tr(
                    "{file} has problems; fix them in a text editor, or build the plan again "
                    "here:\n\n{problems}"
                ).format(
                    file=path.name,
                    problems=self._box_lines(
                        [
                            f"{error.file}: {core_text(p.where_text())}: {core_text(p.text)}"
                            for p in error.problems
                        ]
                    ),
                ),
            )
            return False
        self.load_plan(plan, path)
        return True

    def save_as(self) -> Path | None:
        """Check the plan, ask where to save it, and write it. None when nothing was written."""
        checked = self._checked()
        if checked is None:
            return None
        raw, plan = checked
        suggested = (
            str(self._path)
            if self._path
            else str(Path.home() / (derive_id(plan.title, (), "plan") + PLAN_SUFFIX))
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the clinician plan"),
            suggested,
            self.tr("Coach plans (*.coachplan)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        if not self.write_file(path, raw):
            return None
        self._path = path
        self._mark_saved()
        self.saved.emit(path)
        return path

    def write_file(self, path: Path, raw: bytes) -> bool:
        """Write `raw` to `path` atomically: a `.partial` file first, then a rename."""
        partial = path.with_name(path.name + ".partial")
        try:
            partial.write_bytes(raw)
            partial.replace(path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(
                self,
                self.tr("The plan was not saved"),
                self.tr(
                    "{path} could not be written ({error}). Choose a folder you can write to."
                ).format(path=path, error=error.strerror or error),
            )
            return False
        return True

    def preview(self) -> PlanPreviewDialog | None:
        """Show the plan as the patient will see it, from the bytes the editor would save."""
        checked = self._checked()
        if checked is None:
            return None
        _raw, plan = checked
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        self.preview_dialog = PlanPreviewDialog(plan, self._library, self)
        self.preview_dialog.show()
        return self.preview_dialog

    def _checked(self) -> tuple[bytes, Plan] | None:
        try:
            checked = self.check()
        except PlanError as error:
            self.problem_list.show_problems(error.problems)
            lines = [self.problem_list.problem_text(p) for p in error.problems]
            QMessageBox.warning(
                self,
                self.tr("The plan is not ready"),
                self.tr(
                    "Nothing was written. Fix these and try again (they are also listed below "
                    "the tabs; Enter on one goes to its tab):\n\n{problems}"
                ).format(problems=self._box_lines(lines)),
            )
            return None
        self.problem_list.show_problems([], checked[1].warnings)
        return checked

    def _box_lines(self, lines: list[str]) -> str:
        shown = lines[:MAX_PROBLEMS_IN_BOX]
        if len(lines) > len(shown):
            shown.append(self.tr("… and {n} more").format(n=len(lines) - len(shown)))
        return "\n".join(f"• {line}" for line in shown)

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The plan has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_as() is not None
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc, Close and the window's close button: ask first when there are unsaved changes."""
        if self._confirm_discard():
            if self.preview_dialog is not None:
                self.preview_dialog.close()
            super().reject()

    def _go_to_problem(self, where: Place) -> None:
        """Show the tab (and the routine, step or own exercise) a problem is about."""
        tabs = {
            "routines": self.TAB_ROUTINES,
            "schedule": self.TAB_SCHEDULE,
            "heat": self.TAB_HEAT,
            "progression": self.TAB_PROGRESSION,
            "exercises": self.TAB_EXERCISES,
        }
        self.tabs.setCurrentIndex(tabs.get(where.part, self.TAB_PLAN))
        if where.item is None:
            return
        if where.part == "routines":
            self.routines.select(where.item, where.step)
        elif where.part == "exercises":
            self.own_exercises.select(where.item)


def open_plan_editor(
    parent: QWidget, library: Library, start_from: Path | None = None
) -> PlanEditorDialog:
    """Show the plan editor (one per window: an open one is raised), optionally with the plan in
    `start_from` loaded. The dialog is not modal and deletes itself when closed."""
    for existing in parent.findChildren(PlanEditorDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            if start_from is not None:
                existing.open_file(start_from)
            return existing
    dialog = PlanEditorDialog(library, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if start_from is not None:
        dialog.open_file(start_from, confirm=False)
    dialog.show()
    return dialog


__all__ = ["PlanEditorDialog", "PlanPreviewDialog", "open_plan_editor"]
