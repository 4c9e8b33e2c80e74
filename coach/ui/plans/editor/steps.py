"""The steps of one routine on the Routines tab: the exercises to pick from (the library and the
plan's own), the steps in order with a thumbnail of each exercise's figure, and the chosen step's
dosage."""

import functools

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import Exercise
from coach.domain.plan_draft import RoutineDraft, StepDraft
from coach.domain.routines import MAX_STEPS
from coach.ui.plans.editor.fields import DosageEditor, KeyList, button, exercise_label
from coach.ui.plans.editor.model import DraftModel
from coach.ui.plans.editor.movement import own_figure
from coach.ui.text.data import exercise_name
from coach.ui.text.labels import dosage_text, duration_text
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import with_clear_button
from coach.ui.widgets.exercise_figures import STEP_THUMBNAIL_SIZE, Thumbnails, thumbnail_icon


class StepsEditor(QWidget):
    """Picks exercises for the routine shown and edits its steps (in the draft, at once)."""

    steps_changed = Signal()  # a step was added, moved or deleted, or its dosage changed

    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._routine: RoutineDraft | None = None
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self._build_picker(), 2)
        columns.addLayout(self._build_steps(), 3)

    def _build_picker(self) -> QVBoxLayout:
        """The library to pick from."""
        self.exercise_search = QLineEdit(self)
        self.exercise_search.setObjectName("planExerciseSearch")
        self.exercise_search.setAccessibleName(translate("PlanEditorDialog", "Find an exercise"))
        self.exercise_search.setPlaceholderText(translate("PlanEditorDialog", "name, area or word"))
        with_clear_button(self.exercise_search)
        self.exercise_search.textChanged.connect(self.fill_picker)
        self.exercise_search.returnPressed.connect(self.add_step)
        search_label = QLabel(translate("PlanEditorDialog", "&Find exercise:"), self)
        search_label.setBuddy(self.exercise_search)
        self.exercise_picker = QListWidget(self)
        self.exercise_picker.setObjectName("exercisePicker")
        self.exercise_picker.setWordWrap(True)  # long (German) names wrap instead of scrolling
        self.exercise_picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exercise_picker.setAccessibleName(translate("PlanEditorDialog", "Exercises to add"))
        self.exercise_picker.itemActivated.connect(lambda _item: self.add_step())
        self.add_step_button = button(
            translate("PlanEditorDialog", "Add &to routine"), "addStep", self, self.add_step
        )
        self.add_step_button.setToolTip(
            translate(
                "PlanEditorDialog",
                "Add the chosen exercise at the end of the routine (or press Enter in the list)",
            )
        )
        picker = QVBoxLayout()
        picker.addWidget(search_label)
        picker.addWidget(self.exercise_search)
        picker.addWidget(self.exercise_picker, 1)
        picker.addWidget(self.add_step_button)
        return picker

    def _build_steps(self) -> QVBoxLayout:
        """The routine's steps and the chosen step's dosage."""
        steps_label = QLabel(translate("PlanEditorDialog", "Steps, in order:"), self)
        self.step_list = KeyList(self)
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(translate("PlanEditorDialog", "Steps of the routine"))
        self.step_list.setToolTip(
            translate(
                "PlanEditorDialog", "Ctrl+Up and Ctrl+Down move the chosen step; Delete removes it"
            )
        )
        steps_label.setBuddy(self.step_list)
        self.step_list.setIconSize(QSize(STEP_THUMBNAIL_SIZE, STEP_THUMBNAIL_SIZE))
        self._thumbnails = Thumbnails(self.step_list, STEP_THUMBNAIL_SIZE)
        self._thumbnails.redraw.connect(self._request_thumbnails)
        self.step_list.currentRowChanged.connect(self._step_selected)
        self.step_list.move_requested.connect(self.move_step)
        self.step_list.delete_requested.connect(self.delete_step)
        self.step_up_button = button(
            translate("PlanEditorDialog", "Move &up"), "stepUp", self, lambda: self.move_step(-1)
        )
        self.step_down_button = button(
            translate("PlanEditorDialog", "Move do&wn"), "stepDown", self, lambda: self.move_step(1)
        )
        self.delete_step_button = button(
            translate("PlanEditorDialog", "&Delete step"), "deleteStep", self, self.delete_step
        )
        step_buttons = QHBoxLayout()
        for each in (self.step_up_button, self.step_down_button, self.delete_step_button):
            step_buttons.addWidget(each)
        step_buttons.addStretch(1)
        self.step_dosage = DosageEditor("stepDosage", self)
        self.step_dosage.changed.connect(self._step_dosage_changed)
        self.reset_dosage_button = button(
            translate("PlanEditorDialog", "&Back to the exercise's dosage"),
            "resetDosage",
            self,
            self.reset_step_dosage,
        )
        self.dosage_heading = QLabel(self)
        self.dosage_heading.setObjectName("dosageHeading")
        self.dosage_heading.setWordWrap(True)
        self.routine_total = QLabel(self)
        self.routine_total.setObjectName("routineTotal")
        steps = QVBoxLayout()
        steps.addWidget(steps_label)
        steps.addWidget(self.step_list, 1)
        steps.addLayout(step_buttons)
        steps.addWidget(self.dosage_heading)
        steps.addWidget(self.step_dosage)
        steps.addWidget(self.reset_dosage_button, 0, Qt.AlignmentFlag.AlignLeft)
        steps.addWidget(self.routine_total)
        return steps

    # ---- what is shown --------------------------------------------------------------------------
    def show_routine(self, routine: RoutineDraft | None, select: int = 0) -> None:
        self._routine = routine
        self.fill_steps(select)

    def start_afresh(self) -> None:
        """A new or opened plan: the whole library to pick from, the first exercise chosen."""
        with QSignalBlocker(self.exercise_search):
            self.exercise_search.clear()
        self.fill_picker()
        self.exercise_picker.setCurrentRow(0)

    def current_step(self) -> StepDraft | None:
        routine = self._routine
        row = self.step_list.currentRow()
        if routine is None or not 0 <= row < len(routine.steps):
            return None
        return routine.steps[row]

    def fill_picker(self) -> None:
        text = self.exercise_search.text()
        chosen = self.exercise_picker.currentItem()
        keep = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.exercise_picker.clear()
        needle = text.strip().lower()
        draft = self._model.draft
        for own in draft.exercises:
            if needle and needle not in own.name.lower():
                continue
            item = QListWidgetItem(
                translate("PlanEditorDialog", "{name} (own exercise)").format(
                    name=exercise_label(draft, own.id)
                ),
                self.exercise_picker,
            )
            item.setData(Qt.ItemDataRole.UserRole, own.id)
        for exercise in self._model.library.filtered(text=text):
            item = QListWidgetItem(exercise_name(exercise), self.exercise_picker)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(dosage_text(exercise.dosage))
        keys = [
            self.exercise_picker.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.exercise_picker.count())
        ]
        self.exercise_picker.setCurrentRow(keys.index(keep) if keep in keys else 0)

    def fill_steps(self, select: int) -> None:
        routine = self._routine
        steps = routine.steps if routine else []
        with QSignalBlocker(self.step_list):
            self.step_list.clear()
            for number, step in enumerate(steps, start=1):
                item = QListWidgetItem(self._step_text(number, step), self.step_list)
                item.setData(Qt.ItemDataRole.UserRole, step.exercise)
            self.step_list.setCurrentRow(select if 0 <= select < len(steps) else -1)
        self._request_thumbnails()
        self._step_selected(self.step_list.currentRow())
        self._show_total()
        self.add_step_button.setEnabled(routine is not None and len(steps) < MAX_STEPS)

    def _request_thumbnails(self) -> None:
        """Each step's thumbnail (an own exercise's only with a movement it can show)."""
        self._thumbnails.cancel()
        for row in range(self.step_list.count()):
            exercise_id = str(self.step_list.item(row).data(Qt.ItemDataRole.UserRole))
            exercise = self._figure_of(exercise_id)
            if exercise is not None:
                self._thumbnails.request(
                    exercise, None, functools.partial(self._set_thumbnail, row, exercise_id)
                )

    def _figure_of(self, exercise_id: str) -> Exercise | None:
        own = self._model.draft.own_exercise(exercise_id)
        if own is not None:
            return own_figure(own, self._model.library.range_of_motion)
        return self._model.library.get(exercise_id)

    def _set_thumbnail(self, row: int, exercise_id: str, pixmap: QPixmap) -> None:
        item = self.step_list.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == exercise_id:
            item.setIcon(thumbnail_icon(pixmap))

    def _show_total(self) -> None:
        routine = self._routine
        if routine is None:
            self.routine_total.clear()
            return
        self.routine_total.setText(
            translate(
                "PlanEditorDialog", "{count} steps, about {time} with get-ready and side changes"
            ).format(
                count=len(routine.steps),
                time=duration_text(self._model.draft.routine_seconds(routine)),
            )
        )

    def _step_text(self, number: int, step: StepDraft) -> str:
        draft = self._model.draft
        dosage = draft.step_dosage(step)
        words = dosage_text(dosage) if dosage else translate("PlanEditorDialog", "dosage to fix")
        text = f"{number}. {exercise_label(draft, step.exercise)}: {words}"
        if draft.written_overrides(step):
            text += " · " + translate("PlanEditorDialog", "changed")
        return text

    def _step_selected(self, row: int) -> None:
        routine = self._routine
        step = routine.steps[row] if routine and 0 <= row < len(routine.steps) else None
        count = len(routine.steps) if routine else 0
        self.step_up_button.setEnabled(step is not None and row > 0)
        self.step_down_button.setEnabled(step is not None and row < count - 1)
        self.delete_step_button.setEnabled(step is not None)
        self.step_dosage.setEnabled(step is not None)
        self.reset_dosage_button.setEnabled(step is not None and bool(step.overrides))
        if step is None:
            self.dosage_heading.setText(
                translate("PlanEditorDialog", "Choose a step to change its dosage.")
            )
            return
        draft = self._model.draft
        self.dosage_heading.setText(
            translate(
                "PlanEditorDialog",
                "Dosage of step {n}, {exercise} (bold: changed from the exercise's own):",
            ).format(n=row + 1, exercise=exercise_label(draft, step.exercise))
        )
        self.step_dosage.set_values(draft.step_values(step), draft.base_dosage(step.exercise))

    # ---- edits ----------------------------------------------------------------------------------
    def add_step(self) -> None:
        """Add the chosen exercise at the end of the routine with its own dosage."""
        routine = self._routine
        item = self.exercise_picker.currentItem()
        if routine is None or item is None:
            return
        if len(routine.steps) >= MAX_STEPS:
            self.routine_total.setText(
                translate(
                    "PlanEditorDialog", "A routine holds at most {n} steps; remove one first."
                ).format(n=MAX_STEPS)
            )
            return
        routine.steps.append(StepDraft(str(item.data(Qt.ItemDataRole.UserRole))))
        self.fill_steps(len(routine.steps) - 1)
        self.steps_changed.emit()

    def move_step(self, offset: int) -> None:
        routine = self._routine
        row = self.step_list.currentRow()
        target = row + offset
        if routine is None or not (
            0 <= row < len(routine.steps) and 0 <= target < len(routine.steps)
        ):
            return
        steps = routine.steps
        steps[row], steps[target] = steps[target], steps[row]
        self.fill_steps(target)
        self.step_list.setFocus()
        self.steps_changed.emit()

    def delete_step(self) -> None:
        routine = self._routine
        row = self.step_list.currentRow()
        if routine is None or not 0 <= row < len(routine.steps):
            return
        del routine.steps[row]
        self.fill_steps(min(row, len(routine.steps) - 1))
        self.steps_changed.emit()

    def reset_step_dosage(self) -> None:
        step = self.current_step()
        if step is not None:
            step.overrides.clear()
            self.fill_steps(self.step_list.currentRow())
            self.steps_changed.emit()

    def _step_dosage_changed(self) -> None:
        step = self.current_step()
        if step is None:
            return
        draft = self._model.draft
        draft.set_step_dosage(step, self.step_dosage.values())
        self.step_dosage.mark(draft.base_dosage(step.exercise))
        self.reset_dosage_button.setEnabled(bool(step.overrides))
        row = self.step_list.currentRow()
        item = self.step_list.item(row)
        if item is not None:
            item.setText(self._step_text(row + 1, step))
        self._show_total()
        self.steps_changed.emit()
