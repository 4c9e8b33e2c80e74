"""The Own exercises tab: exercises the library does not have, written into the plan with their
instructions, dosage, cautions, stop signs, an optional movement copied from a library exercise
(`coach.ui.plans.editor.movement`), an optional picture and, for one done on each side,
what the player says for each side (shown while it is done on each side, by its own dosage or a
routine step's: CLINICAL.md section 2, a per-side cue names the side and the direction)."""

import base64
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import AREAS, EQUIPMENT, GOALS, POSITIONS
from coach.domain.plan import MAX_IMAGE_BYTES
from coach.domain.plan_draft import MAX_OWN_EXERCISES, ExerciseDraft, lines
from coach.ui.plans.editor.fields import DosageEditor, KeyList, button, form, scrolling
from coach.ui.plans.editor.model import DraftModel, Part
from coach.ui.plans.editor.movement import MovementEditor
from coach.ui.text.labels import area_label, equipment_label, goal_label, position_label
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import heading, paragraph

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def picture_uri(path: Path) -> tuple[str, str]:
    """The picture in `path` as a data: URI, or "" and why it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return "", translate("PlanEditorDialog", "{file} cannot be read ({error}).").format(
            file=path.name, error=error.strerror or error
        )
    if len(data) > MAX_IMAGE_BYTES:
        return "", translate(
            "PlanEditorDialog",
            "{file} is {size} KB; a picture is at most {limit} KB. Save it smaller and "
            "choose it again.",
        ).format(file=path.name, size=len(data) // 1024, limit=MAX_IMAGE_BYTES // 1024)
    if data.startswith(PNG_SIGNATURE):
        kind = "image/png"
    elif b"<svg" in data[:4096]:
        kind = "image/svg+xml"
    else:
        return "", translate(
            "PlanEditorDialog", "{file} is not an SVG or PNG picture; choose one that is."
        ).format(file=path.name)
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}", ""


class OwnExercisesTab(QWidget):
    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.own_list = KeyList(self)
        self.own_list.setObjectName("ownExerciseList")
        self.own_list.setAccessibleName(translate("PlanEditorDialog", "The plan's own exercises"))
        self.own_list.currentRowChanged.connect(self._own_selected)
        self.own_list.delete_requested.connect(self.delete_own_exercise)
        self.add_own_button = button(
            translate("PlanEditorDialog", "&Add exercise"),
            "addOwnExercise",
            self,
            self.add_own_exercise,
        )
        self.delete_own_button = button(
            translate("PlanEditorDialog", "Dele&te exercise"),
            "deleteOwnExercise",
            self,
            self.delete_own_exercise,
        )
        left = QVBoxLayout()
        left.addWidget(
            heading(translate("PlanEditorDialog", "Own exercises"), self, scale=tokens.SECTION)
        )
        left.addWidget(
            paragraph(
                translate(
                    "PlanEditorDialog",
                    "Optional: exercises the library does not have. They appear in the list "
                    "of exercises on the Routines tab.",
                ),
                self,
            )
        )
        left.addWidget(self.own_list, 1)
        manage = QHBoxLayout()
        manage.addWidget(self.add_own_button)
        manage.addWidget(self.delete_own_button)
        left.addLayout(manage)
        self.own_editor = QWidget()
        self._build_form(self.own_editor)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(scrolling(self.own_editor), 3)
        self.fill()
        model.changed.connect(self._draft_changed)

    def _build_form(self, editor: QWidget) -> None:
        self.own_name = QLineEdit(editor)
        self.own_name.setObjectName("ownName")
        self.own_name.setMaxLength(120)
        self.own_name.setAccessibleName(translate("PlanEditorDialog", "Exercise name"))
        self.own_name.textChanged.connect(self._renamed)
        self.own_id = QLabel(editor)
        self.own_id.setObjectName("ownId")
        areas = QWidget(editor)
        areas_layout = QHBoxLayout(areas)
        areas_layout.setContentsMargins(0, 0, 0, 0)
        self.own_areas: dict[str, QCheckBox] = {}
        for code in AREAS:
            box = QCheckBox(area_label(code), areas)
            box.setObjectName(f"ownArea_{code}")
            box.toggled.connect(lambda _on: self._edited())
            self.own_areas[code] = box
            areas_layout.addWidget(box)
        areas_layout.addStretch(1)
        goal, equipment, position = (
            translate("PlanEditorDialog", "Goal"),
            translate("PlanEditorDialog", "Equipment"),
            translate("PlanEditorDialog", "Position"),
        )
        self.own_goal = self._choice(editor, "ownGoal", GOALS, goal_label, goal)
        self.own_equipment = self._choice(
            editor, "ownEquipment", EQUIPMENT, equipment_label, equipment
        )
        self.own_position = self._choice(editor, "ownPosition", POSITIONS, position_label, position)
        self.own_steps = self._text_box(
            editor, "ownSteps", translate("PlanEditorDialog", "Instructions, one per line")
        )
        self.own_dosage = DosageEditor("ownDosage", editor)
        self.own_dosage.changed.connect(self._dosage_changed)
        self.own_left_cue = self._cue_field(
            editor,
            "ownLeftCue",
            translate("PlanEditorDialog", "What the player says for the left side"),
            translate("PlanEditorDialog", "for example: Tilt your head to the left"),
        )
        self.own_right_cue = self._cue_field(
            editor,
            "ownRightCue",
            translate("PlanEditorDialog", "What the player says for the right side"),
            translate("PlanEditorDialog", "for example: Tilt your head to the right"),
        )
        self.own_feel = QLineEdit(editor)
        self.own_feel.setObjectName("ownFeel")
        self.own_feel.setMaxLength(600)
        self.own_feel.setAccessibleName(
            translate("PlanEditorDialog", "What the patient should feel")
        )
        self.own_feel.textChanged.connect(lambda _text: self._edited())
        self.own_cautions = self._text_box(
            editor, "ownCautions", translate("PlanEditorDialog", "Cautions, one per line")
        )
        self.own_stop_if = self._text_box(
            editor,
            "ownStopIf",
            translate(
                "PlanEditorDialog", "When to stop, one per line (Coach adds its general stop signs)"
            ),
        )
        rows = form(parent=editor)
        self._rows = rows
        rows.addRow(translate("PlanEditorDialog", "Na&me:"), self.own_name)
        rows.addRow(translate("PlanEditorDialog", "Id in the file:"), self.own_id)
        rows.addRow(translate("PlanEditorDialog", "Areas:"), areas)
        rows.addRow(translate("PlanEditorDialog", "Goa&l:"), self.own_goal)
        rows.addRow(translate("PlanEditorDialog", "E&quipment:"), self.own_equipment)
        rows.addRow(translate("PlanEditorDialog", "Positio&n:"), self.own_position)
        rows.addRow(translate("PlanEditorDialog", "Instructions:"), self.own_steps)
        rows.addRow(translate("PlanEditorDialog", "Dosage:"), self.own_dosage)
        rows.addRow(translate("PlanEditorDialog", "Left si&de says:"), self.own_left_cue)
        rows.addRow(translate("PlanEditorDialog", "Right side sa&ys:"), self.own_right_cue)
        rows.addRow(translate("PlanEditorDialog", "&Feel:"), self.own_feel)
        rows.addRow(translate("PlanEditorDialog", "&Cautions:"), self.own_cautions)
        rows.addRow(translate("PlanEditorDialog", "&When to stop:"), self.own_stop_if)
        rows.addRow(translate("PlanEditorDialog", "Movement:"), self._build_movement(editor))
        rows.addRow(translate("PlanEditorDialog", "Picture:"), self._build_picture_row(editor))

    def _build_movement(self, editor: QWidget) -> MovementEditor:
        self.movement = MovementEditor(self._model, editor)
        self.movement.setObjectName("ownMovement")
        self.movement.changed.connect(self._movement_changed)
        return self.movement

    def _build_picture_row(self, editor: QWidget) -> QHBoxLayout:
        self.picture_button = button(
            translate("PlanEditorDialog", "Choose pict&ure…"),
            "choosePicture",
            editor,
            self.choose_picture,
        )
        self.remove_picture_button = button(
            translate("PlanEditorDialog", "Remove p&icture"),
            "removePicture",
            editor,
            self.remove_picture,
        )
        self.picture_label = QLabel(editor)
        self.picture_label.setObjectName("pictureLabel")
        self.picture_label.setAccessibleName(translate("PlanEditorDialog", "Picture"))
        picture = QHBoxLayout()
        picture.addWidget(self.picture_button)
        picture.addWidget(self.remove_picture_button)
        picture.addWidget(self.picture_label, 1)
        return picture

    def _choice(
        self,
        parent: QWidget,
        name: str,
        codes: Iterable[str],
        label: Callable[[str], str],
        description: str,
    ) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.setAccessibleName(description)
        for code in codes:
            combo.addItem(label(code), code)
        combo.currentIndexChanged.connect(lambda _index: self._edited())
        return combo

    def _cue_field(self, parent: QWidget, name: str, description: str, example: str) -> QLineEdit:
        field = QLineEdit(parent)
        field.setObjectName(name)
        field.setMaxLength(120)  # a line of the format
        field.setAccessibleName(description)
        field.setPlaceholderText(example)
        field.setToolTip(
            translate(
                "PlanEditorDialog",
                'Name the side and the direction. Without these the player says only "Left '
                'side" and "Right side".',
            )
        )
        field.textChanged.connect(lambda _text: self._edited())
        return field

    def _text_box(self, parent: QWidget, name: str, description: str) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setObjectName(name)
        box.setAccessibleName(description)
        box.setPlaceholderText(description)
        box.setTabChangesFocus(True)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box.setMinimumHeight(64)
        box.setMaximumHeight(110)
        box.textChanged.connect(self._edited)
        return box

    def _fields(self) -> list[QWidget]:
        return [
            self.own_name,
            *self.own_areas.values(),
            self.own_goal,
            self.own_equipment,
            self.own_position,
            self.own_steps,
            self.own_feel,
            self.own_cautions,
            self.own_stop_if,
            self.own_left_cue,
            self.own_right_cue,
        ]

    # ---- the draft ------------------------------------------------------------------------------
    def fill(self) -> None:
        """The own exercises from the draft, the first one shown."""
        self._fill_own_list(0)

    def _draft_changed(self, part: str) -> None:
        if part == Part.ALL:
            self.fill()
        elif part == Part.ROUTINES:  # a step may do an own exercise on each side
            self._show_side_cues()

    def current_own(self) -> ExerciseDraft | None:
        exercises = self._model.draft.exercises
        row = self.own_list.currentRow()
        return exercises[row] if 0 <= row < len(exercises) else None

    def select(self, row: int) -> None:
        self.own_list.setCurrentRow(row)

    def add_own_exercise(self) -> None:
        draft = self._model.draft
        name = translate("PlanEditorDialog", "Exercise {n}").format(n=len(draft.exercises) + 1)
        if draft.add_exercise(name) is None:
            return
        self._fill_own_list(len(draft.exercises) - 1)
        self._model.edited(Part.EXERCISES)
        self.own_name.setFocus()
        self.own_name.selectAll()

    def delete_own_exercise(self) -> None:
        exercise = self.current_own()
        if exercise is None:
            return
        draft = self._model.draft
        using = [r.name for r in draft.routines_using(exercise)]
        if using:
            QMessageBox.information(
                self,
                translate("PlanEditorDialog", "Exercise in use"),
                translate(
                    "PlanEditorDialog",
                    '"{name}" is a step of {routines}. Delete those steps on the Routines tab '
                    "first.",
                ).format(name=exercise.name, routines=QLocale().createSeparatedList(using)),
            )
            return
        row = draft.exercises.index(exercise)
        draft.delete_exercise(exercise)
        self._fill_own_list(min(row, len(draft.exercises) - 1))
        self._model.edited(Part.EXERCISES)

    def _fill_own_list(self, select: int) -> None:
        with QSignalBlocker(self.own_list):
            self.own_list.clear()
            for exercise in self._model.draft.exercises:
                text = exercise.name or translate("PlanEditorDialog", "(no name)")
                QListWidgetItem(text, self.own_list)
        self.own_list.setCurrentRow(select)
        self._own_selected(self.own_list.currentRow())

    def _own_selected(self, row: int) -> None:
        exercises = self._model.draft.exercises
        exercise = exercises[row] if 0 <= row < len(exercises) else None
        self.own_editor.setEnabled(exercise is not None)
        self.delete_own_button.setEnabled(exercise is not None)
        self.add_own_button.setEnabled(len(exercises) < MAX_OWN_EXERCISES)
        shown = exercise or ExerciseDraft("", "")
        blockers = [QSignalBlocker(widget) for widget in self._fields()]
        self.own_name.setText(shown.name)
        for code, box in self.own_areas.items():
            box.setChecked(code in shown.areas)
        self.own_goal.setCurrentIndex(self.own_goal.findData(shown.goal))
        self.own_equipment.setCurrentIndex(self.own_equipment.findData(shown.equipment))
        self.own_position.setCurrentIndex(self.own_position.findData(shown.position))
        self.own_steps.setPlainText("\n".join(shown.steps))
        self.own_feel.setText(shown.feel)
        self.own_cautions.setPlainText("\n".join(shown.cautions))
        self.own_stop_if.setPlainText("\n".join(shown.stop_if))
        self.own_left_cue.setText(shown.left_cue)
        self.own_right_cue.setText(shown.right_cue)
        del blockers
        self.own_dosage.set_values(shown.dosage, None)
        self._show_id()
        self._show_picture()
        self._show_side_cues()
        self.movement.show_exercise(exercise)

    def _movement_changed(self) -> None:
        """A movement copied or removed: the position and dosage it brought show too."""
        exercise = self.current_own()
        if exercise is None:
            return
        with QSignalBlocker(self.own_position):
            self.own_position.setCurrentIndex(self.own_position.findData(exercise.position))
        self.own_dosage.set_values(exercise.dosage, None)
        self._show_side_cues()
        self._model.edited(Part.EXERCISES)

    def _renamed(self, text: str) -> None:
        exercise = self.current_own()
        if exercise is None:
            return
        self._model.draft.rename_exercise(exercise, text)
        item = self.own_list.currentItem()
        if item is not None:
            item.setText(exercise.name or translate("PlanEditorDialog", "(no name)"))
        self._show_id()
        self._model.edited(Part.EXERCISES)

    def _edited(self) -> None:
        """Everything but the name, the dosage and the picture, written as the plan keeps it."""
        exercise = self.current_own()
        if exercise is None:
            return
        exercise.areas = [code for code, box in self.own_areas.items() if box.isChecked()]
        exercise.goal = str(self.own_goal.currentData())
        exercise.equipment = str(self.own_equipment.currentData())
        exercise.position = str(self.own_position.currentData())
        exercise.steps = lines(self.own_steps.toPlainText())
        exercise.feel = self.own_feel.text().strip()
        exercise.cautions = lines(self.own_cautions.toPlainText())
        exercise.stop_if = lines(self.own_stop_if.toPlainText())
        exercise.left_cue = self.own_left_cue.text().strip()
        exercise.right_cue = self.own_right_cue.text().strip()
        self._model.edited(Part.EXERCISES)

    def _dosage_changed(self) -> None:
        exercise = self.current_own()
        if exercise is not None:
            self._model.draft.set_exercise_dosage(exercise, self.own_dosage.values())
            self._show_side_cues()
            self._model.edited(Part.EXERCISES)

    def _show_side_cues(self) -> None:
        """The side cue fields, while the exercise shown is done on each side."""
        exercise = self.current_own()
        shown = exercise is not None and self._model.draft.done_per_side(exercise)
        for field in (self.own_left_cue, self.own_right_cue):
            self._rows.setRowVisible(field, shown)

    def _show_id(self) -> None:
        exercise = self.current_own()
        self.own_id.setText(exercise.id if exercise else "")

    # ---- the picture ----------------------------------------------------------------------------
    def choose_picture(self) -> None:
        exercise = self.current_own()
        if exercise is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("PlanEditorDialog", "Choose a picture for the exercise"),
            str(Path.home()),
            translate("PlanEditorDialog", "Pictures (*.svg *.png)"),
        )
        if not chosen:
            return
        uri, problem = picture_uri(Path(chosen))
        if problem:
            QMessageBox.warning(self, translate("PlanEditorDialog", "Picture not used"), problem)
            return
        exercise.image = uri
        self._show_picture()
        self._model.edited(Part.EXERCISES)

    def remove_picture(self) -> None:
        exercise = self.current_own()
        if exercise is not None:
            exercise.image = ""
            self._show_picture()
            self._model.edited(Part.EXERCISES)

    def _show_picture(self) -> None:
        exercise = self.current_own()
        image = exercise.image if exercise else ""
        self.remove_picture_button.setEnabled(bool(image))
        self.picture_label.setPixmap(QPixmap())
        if not image:
            self.picture_label.setText(
                translate("PlanEditorDialog", "none (Coach shows a placeholder)")
            )
            return
        data = base64.b64decode(image.partition(",")[2])
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.picture_label.setPixmap(
                pixmap.scaled(
                    96,
                    96,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.picture_label.setText(
                translate("PlanEditorDialog", "{size} KB picture").format(size=len(data) // 1024)
            )
