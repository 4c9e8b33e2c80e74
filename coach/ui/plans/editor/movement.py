"""An own exercise's movement on the Own exercises tab (issue 19, point 5): a clinician starts from a
library exercise's poses, sees the figure move, or removes the movement so the picture shows.

The movement is copied as the file's `"motion"` object (`coach.domain.pose.motion_json`), the same
format as the library's, so the plan carries it and the patient's Coach animates it like any
other exercise. Copying also brings the exercise's position, and its hold or rep time where they
do not fit the movement (a held movement needs a hold), so the copy passes the plan's checks; the
problems list says what else does not fit. Which exercise a movement came from is not stored: it
is recognised by comparing it with the library's, so an opened plan says so too.
"""

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.domain.exercises import POSITIONS, Dosage, Exercise
from coach.domain.plan_draft import ExerciseDraft
from coach.domain.plan_summary import PLAN_EXERCISE_SOURCE
from coach.domain.pose.limits import RangeOfMotion
from coach.domain.pose.motion import Motion, MotionError, parse_motion
from coach.domain.pose.motion_json import motion_data
from coach.ui.plans.editor.fields import button
from coach.ui.plans.editor.model import DraftModel
from coach.ui.text.core import core_text
from coach.ui.text.data import exercise_name
from coach.ui.text.translate import translate
from coach.ui.widgets.exercise_figures import loop_seconds
from coach.ui.widgets.figure import FigureView

PREVIEW_SIZE = 128


class MovementEditor(QWidget):
    """The movement of the own exercise shown on the tab; `changed` after a copy or a removal
    (the exercise's position or dosage may have changed with it)."""

    changed = Signal()

    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._exercise: ExerciseDraft | None = None
        self.preview = FigureView(self)
        self.preview.setObjectName("movementPreview")
        self.preview.setFixedSize(QSize(PREVIEW_SIZE, PREVIEW_SIZE))
        self.label = QLabel(self)
        self.label.setObjectName("movementLabel")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.copy_button = button(
            translate("PlanEditorDialog", "Start from a li&brary exercise…"),
            "copyMovement",
            self,
            self.choose_library_exercise,
        )
        self.copy_button.setToolTip(
            translate(
                "PlanEditorDialog",
                "Copy the movement of an exercise from Coach's library; the patient's Coach "
                "animates it. The position, and the hold or rep time where they do not fit the "
                "movement, follow it.",
            )
        )
        self.remove_button = button(
            translate("PlanEditorDialog", "Remove movement"),
            "removeMovement",
            self,
            self.remove_movement,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.label)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(column, 1)

    # ---- showing ------------------------------------------------------------------------------
    def show_exercise(self, exercise: ExerciseDraft | None) -> None:
        """Show the movement of `exercise` (None: no exercise is chosen)."""
        self._exercise = exercise
        raw = exercise.motion if exercise is not None else None
        self.remove_button.setEnabled(raw is not None)
        self.copy_button.setEnabled(exercise is not None)
        if exercise is None or raw is None:
            self._show_motion(None)
            self.label.setText(
                translate("PlanEditorDialog", "Movement: none (the picture shows instead)")
            )
            return
        motion, problem = self._parsed(raw)
        self._show_motion(motion)
        if motion is None:
            self.label.setText(
                translate(
                    "PlanEditorDialog",
                    "Movement: cannot be shown ({problem}); the problems below say how to fix it",
                ).format(problem=problem)
            )
            return
        source = self.source_of(motion)
        if source is not None:
            self.label.setText(
                translate("PlanEditorDialog", "Movement: copied from {name}").format(
                    name=exercise_name(source)
                )
            )
        else:
            self.label.setText(translate("PlanEditorDialog", "Movement: as written in the plan"))

    def _parsed(self, raw: dict[str, Any]) -> tuple[Motion | None, str]:
        table = self._model.library.range_of_motion
        if table is None:
            return None, translate("PlanEditorDialog", "Coach's range-of-motion table is missing")
        try:
            return parse_motion(raw, table), ""
        except MotionError as error:
            where = f"{error.path}: " if error.path else ""
            return None, where + core_text(error.problem)

    def source_of(self, motion: Motion) -> Exercise | None:
        """The library exercise whose movement this is, if one is."""
        return next((e for e in self._model.library.exercises if e.motion == motion), None)

    def _show_motion(self, motion: Motion | None) -> None:
        """The preview loops the movement, or hides."""
        exercise = self._exercise
        self.preview.setVisible(motion is not None)
        if motion is None or exercise is None:
            self.preview.set_exercise(None)
            self.preview.stop()
            return
        shown = preview_exercise(exercise, motion)
        self.preview.set_exercise(shown)
        self.preview.play_loop(loop_seconds(shown))  # key poses only with `reduce_motion`

    # ---- changing -----------------------------------------------------------------------------
    def library_choices(self) -> dict[str, Exercise]:
        """The library exercises with a movement, by the name the editor shows, in name order."""
        found = {exercise_name(e): e for e in self._model.library.exercises if e.motion}
        return {name: found[name] for name in sorted(found, key=str.lower)}

    def choose_library_exercise(self) -> None:
        if self._exercise is None:
            return
        choices = self.library_choices()
        if not choices:
            return
        names = list(choices)
        current = self._exercise.motion
        motion = self._parsed(current)[0] if current is not None else None
        source = self.source_of(motion) if motion is not None else None
        start = names.index(exercise_name(source)) if source is not None else 0
        name, chosen = QInputDialog.getItem(
            self,
            translate("PlanEditorDialog", "Start from a library exercise"),
            translate("PlanEditorDialog", "Copy the movement of:"),
            names,
            start,
            False,
        )
        if chosen and name in choices:
            self.copy_from(choices[name])

    def copy_from(self, source: Exercise) -> None:
        """Give the exercise shown `source`'s movement (see the module for what follows it)."""
        exercise = self._exercise
        motion = source.motion
        if exercise is None or motion is None:
            return
        exercise.motion = motion_data(motion)
        if motion.base.value in POSITIONS:
            exercise.position = motion.base.value
        held = bool(exercise.dosage.get("hold_seconds"))
        if held != motion.hold:
            values = dict(exercise.dosage)
            values["hold_seconds"] = source.dosage.hold_seconds if motion.hold else 0
            if not motion.hold:
                values["rep_seconds"] = source.dosage.rep_seconds
            self._model.draft.set_exercise_dosage(exercise, values)
        self.show_exercise(exercise)
        self.changed.emit()

    def remove_movement(self) -> None:
        exercise = self._exercise
        if exercise is None or exercise.motion is None:
            return
        exercise.motion = None
        self.show_exercise(exercise)
        self.changed.emit()


def own_figure(exercise: ExerciseDraft, table: RangeOfMotion | None) -> Exercise | None:
    """The own exercise with its movement, for a figure; None without one it can show."""
    if exercise.motion is None or table is None:
        return None
    try:
        return preview_exercise(exercise, parse_motion(exercise.motion, table))
    except MotionError:
        return None


def preview_exercise(exercise: ExerciseDraft, motion: Motion) -> Exercise:
    """The own exercise as far as a figure needs it: its movement at its tempo."""
    try:
        dosage = Dosage(**exercise.dosage)  # type: ignore[arg-type]
    except (TypeError, ValueError):  # out of range meanwhile: the problems list says so
        dosage = Dosage(rep_seconds=3)
    return Exercise(
        id=exercise.id or "own_exercise",
        name=exercise.name,
        areas=(),
        goal=exercise.goal,
        equipment=exercise.equipment,
        position=exercise.position,
        steps=(),
        dosage=dosage,
        feel="",
        cautions=(),
        stop_if=(),
        source=PLAN_EXERCISE_SOURCE,
        illustrations=(),
        motion=motion,
    )
