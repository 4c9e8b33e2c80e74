"""The Routines tab: the plan's routines in order, each one's name, aim and id, and its steps
(`steps.py`)."""

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.domain.plan_draft import MAX_ROUTINES, RoutineDraft
from coach.ui.plans.editor.fields import KeyList, button, form
from coach.ui.plans.editor.model import DraftModel, Part
from coach.ui.plans.editor.steps import StepsEditor
from coach.ui.text.labels import duration_text
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import heading


class RoutinesTab(QWidget):
    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.routine_list = KeyList(self)
        self.routine_list.setObjectName("planRoutineList")
        self.routine_list.setAccessibleName(translate("PlanEditorDialog", "Routines in the plan"))
        self.routine_list.currentRowChanged.connect(self._routine_selected)
        self.routine_list.move_requested.connect(self.move_routine)
        self.routine_list.delete_requested.connect(self.delete_routine)
        self.add_routine_button = button(
            translate("PlanEditorDialog", "&Add routine"), "addRoutine", self, self.add_routine
        )
        self.delete_routine_button = button(
            translate("PlanEditorDialog", "De&lete routine"),
            "deleteRoutine",
            self,
            self.delete_routine,
        )
        left = QVBoxLayout()
        left.addWidget(
            heading(translate("PlanEditorDialog", "Routines (1 to 10)"), self, scale=tokens.SECTION)
        )
        left.addWidget(self.routine_list, 1)
        manage = QHBoxLayout()
        manage.addWidget(self.add_routine_button)
        manage.addWidget(self.delete_routine_button)
        left.addLayout(manage)

        self.routine_editor = QWidget(self)
        editor = QVBoxLayout(self.routine_editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addLayout(self._build_routine_form())
        self.steps = StepsEditor(model, self.routine_editor)
        self.steps.steps_changed.connect(self._steps_changed)
        editor.addWidget(self.steps, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.routine_editor, 4)
        self.fill()
        model.changed.connect(self._draft_changed)

    def _build_routine_form(self) -> QFormLayout:
        editor = self.routine_editor
        self.routine_name = QLineEdit(editor)
        self.routine_name.setObjectName("routineName")
        self.routine_name.setMaxLength(120)
        self.routine_name.setAccessibleName(translate("PlanEditorDialog", "Routine name"))
        self.routine_name.textChanged.connect(self._routine_renamed)
        self.routine_aim = QLineEdit(editor)
        self.routine_aim.setObjectName("routineAim")
        self.routine_aim.setMaxLength(600)
        self.routine_aim.setAccessibleName(translate("PlanEditorDialog", "What the routine is for"))
        self.routine_aim.setPlaceholderText(
            translate("PlanEditorDialog", "what the routine is for (optional)")
        )
        self.routine_aim.textChanged.connect(self._routine_aim_edited)
        self.routine_id = QLabel(editor)
        self.routine_id.setObjectName("routineId")
        self.routine_id.setWordWrap(True)
        self.routine_id.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.routine_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = form()
        layout.addRow(translate("PlanEditorDialog", "Na&me:"), self.routine_name)
        layout.addRow(translate("PlanEditorDialog", "A&im:"), self.routine_aim)
        layout.addRow(translate("PlanEditorDialog", "Id in the file:"), self.routine_id)
        return layout

    # ---- the draft ------------------------------------------------------------------------------
    def fill(self) -> None:
        """The routines from the draft, the first one shown."""
        self.steps.start_afresh()
        self._fill_routine_list(0)

    def _draft_changed(self, part: str) -> None:
        if part == Part.ALL:
            self.fill()
        elif part == Part.EXERCISES:  # their names and dosages show in the picker and the steps
            self.steps.fill_picker()
            for row, routine in enumerate(self._model.draft.routines):
                item = self.routine_list.item(row)
                if item is not None:
                    item.setText(self._routine_item_text(routine))
            self.steps.fill_steps(self.steps.step_list.currentRow())

    def _edited(self) -> None:
        self._model.edited(Part.ROUTINES)

    def _steps_changed(self) -> None:
        """The routine's length shows in its item of the list."""
        routine = self.current_routine()
        item = self.routine_list.currentItem()
        if routine is not None and item is not None:
            item.setText(self._routine_item_text(routine))
        self._edited()

    def current_routine(self) -> RoutineDraft | None:
        routines = self._model.draft.routines
        row = self.routine_list.currentRow()
        return routines[row] if 0 <= row < len(routines) else None

    def select(self, routine_row: int, step_row: int | None = None) -> None:
        """Show a routine (and one of its steps), as a problem in the plan asks."""
        self.routine_list.setCurrentRow(routine_row)
        if step_row is not None:
            self.steps.step_list.setCurrentRow(step_row)

    # ---- routines -------------------------------------------------------------------------------
    def add_routine(self) -> None:
        draft = self._model.draft
        name = translate("PlanEditorDialog", "Routine {n}").format(n=len(draft.routines) + 1)
        if draft.add_routine(name) is None:
            return
        self._fill_routine_list(len(draft.routines) - 1)
        self._edited()
        self.routine_name.setFocus()
        self.routine_name.selectAll()

    def delete_routine(self) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        if routine.steps:
            answer = QMessageBox.question(
                self,
                translate("PlanEditorDialog", "Delete routine"),
                translate(
                    "PlanEditorDialog",
                    'Delete the routine "{name}" and its {n} steps from the plan?',
                ).format(name=routine.name, n=len(routine.steps)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        routines = self._model.draft.routines
        row = routines.index(routine)
        self._model.draft.delete_routine(routine)
        self._fill_routine_list(min(row, len(routines) - 1))
        self._edited()

    def move_routine(self, offset: int) -> None:
        routine = self.current_routine()
        if routine is None or not self._model.draft.move_routine(routine, offset):
            return
        self._fill_routine_list(self._model.draft.routines.index(routine))
        self._edited()

    def _fill_routine_list(self, select: int) -> None:
        with QSignalBlocker(self.routine_list):
            self.routine_list.clear()
            for routine in self._model.draft.routines:
                QListWidgetItem(self._routine_item_text(routine), self.routine_list)
        self.routine_list.setCurrentRow(select)
        self._routine_selected(self.routine_list.currentRow())

    def _routine_item_text(self, routine: RoutineDraft) -> str:
        return translate("PlanEditorDialog", "{name}\n{count} steps · about {time}").format(
            name=routine.name or translate("PlanEditorDialog", "(no name)"),
            count=len(routine.steps),
            time=duration_text(self._model.draft.routine_seconds(routine)),
        )

    def _routine_selected(self, row: int) -> None:
        routines = self._model.draft.routines
        routine = routines[row] if 0 <= row < len(routines) else None
        self.routine_editor.setEnabled(routine is not None)
        self.delete_routine_button.setEnabled(routine is not None)
        room = len(routines) < MAX_ROUTINES
        self.add_routine_button.setEnabled(room)
        self.add_routine_button.setToolTip(
            ""
            if room
            else translate("PlanEditorDialog", "A plan holds at most {n} routines.").format(
                n=MAX_ROUTINES
            )
        )
        with QSignalBlocker(self.routine_name), QSignalBlocker(self.routine_aim):
            self.routine_name.setText(routine.name if routine else "")
            self.routine_aim.setText(routine.aim if routine else "")
        self._show_routine_id()
        self.steps.show_routine(routine)

    def _show_routine_id(self) -> None:
        routine = self.current_routine()
        if routine is None:
            self.routine_id.clear()
            return
        how = (
            translate(
                "PlanEditorDialog",
                "kept from the opened file, so the patient's history stays with it",
            )
            if routine.id_kept
            else translate("PlanEditorDialog", "made from the name")
        )
        self.routine_id.setText(f"{routine.id} ({how})")

    def _routine_renamed(self, text: str) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        self._model.draft.rename_routine(routine, text)
        item = self.routine_list.currentItem()
        if item is not None:
            item.setText(self._routine_item_text(routine))
        self._show_routine_id()
        self._edited()

    def _routine_aim_edited(self, text: str) -> None:
        routine = self.current_routine()
        if routine is not None:
            routine.aim = text.strip()
            self._edited()
