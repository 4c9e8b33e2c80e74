"""Changing a step of the user's own routine in a sentence with steppers (issue 20, point 3):
"Hold [20 seconds], [3 times], [2 sets], rest [30 seconds] between sets, [x] each side" or
"[10 repetitions] of [3 seconds], [1 set]", rather than a grid of column codes.

Only the numbers that matter for the step are in its sentence: a hold (hold time above 0) has a
hold time and how many holds, a movement its repetitions and the time each takes; the rest
between sets shows from two sets on; "each side" for an exercise done on each side (its own
dosage or side cues say so), or a step that has it on. Each number is a spin box with the same
range as before (coach.domain.exercises: the MAX_* limits) and its unit as prefix or suffix,
following the number ("1 set", "2 sets"); each has an accessible name naming the exercise.

The sentence is a translatable template per part ("Hold {hold_seconds}, {reps}"), so a
translation may put the numbers where its language wants them; it lays out like words and wraps
at any text size (coach.ui.pages.routine_cards.FlowLayout).
"""

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QSpinBox, QWidget

from coach.domain.exercises import (
    MAX_HOLD_SECONDS,
    MAX_REP_SECONDS,
    MAX_REPS,
    MAX_REST_SECONDS,
    MAX_SETS,
    Dosage,
)
from coach.ui.pages.routine_cards import FlowLayout
from coach.ui.widgets.blocks import Card, StatusLine

# Each number of a dose: its lowest and highest value (as the table had them before).
LIMITS: dict[str, tuple[int, int]] = {
    "hold_seconds": (0, MAX_HOLD_SECONDS),
    "reps": (1, MAX_REPS),
    "sets": (1, MAX_SETS),
    "rest_seconds": (0, MAX_REST_SECONDS),
    "rep_seconds": (0, MAX_REP_SECONDS),
}
FIELD = re.compile(r"(\{[a-z_]+\})")
PUNCTUATION = ",.;:!?)"  # a text starting with one of these sits close to the field before it


class UnitSpinBox(QSpinBox):
    """A whole number with its unit, which follows the number: `unit(n)` is the text with the
    number in it ("%n second(s)" translated), and what stands before and after the number are
    the box's prefix and suffix."""

    def __init__(self, unit: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unit = unit
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valueChanged.connect(self.show_unit)
        self.show_unit(self.value())

    def set_unit(self, unit: Callable[[int], str]) -> None:
        self._unit = unit
        self.show_unit(self.value())

    @Slot(int)
    def show_unit(self, value: int) -> None:
        text = self._unit(value)
        number = str(value)
        at = text.find(number)
        prefix, suffix = (text[:at], text[at + len(number) :]) if at >= 0 else ("", f" {text}")
        if prefix != self.prefix():
            self.setPrefix(prefix)
        if suffix != self.suffix():
            self.setSuffix(suffix)


class StepEditor(Card):
    """The selected step of the user's own routine as a sentence with a spin box for each number
    that matters for it (see the module). `changed(field, value)`: the user set a number (or
    "each side"); the page saves it, or says why not with `show_problem`."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("stepEditor")
        self.title.setObjectName("stepEditorTitle")
        self.title.setWordWrap(True)
        self.hold = self._box("stepHoldSeconds", "hold_seconds", self._seconds)
        self.reps = self._box("stepReps", "reps", self._times)
        self.sets = self._box("stepSets", "sets", self._sets)
        self.rest = self._box("stepRestSeconds", "rest_seconds", self._seconds)
        self.rep_time = self._box("stepRepSeconds", "rep_seconds", self._seconds)
        self.boxes: dict[str, UnitSpinBox] = {
            "hold_seconds": self.hold,
            "reps": self.reps,
            "sets": self.sets,
            "rest_seconds": self.rest,
            "rep_seconds": self.rep_time,
        }
        self.each_side = QCheckBox(self.tr("each side"), self)
        self.each_side.setObjectName("stepEachSide")
        self.each_side.toggled.connect(lambda on: self.changed.emit("per_side", on))
        self.sentence = FlowLayout()
        self.body.addLayout(self.sentence)
        self.problem = StatusLine(self)
        self.problem.setObjectName("stepProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.body.addWidget(self.problem)
        self._words: list[QLabel] = []
        self._form: tuple[bool, bool, bool] | None = None
        self._dosage: Dosage | None = None
        for widget in (*self.boxes.values(), self.each_side):
            widget.hide()

    def _box(self, name: str, field: str, unit: Callable[[int], str]) -> UnitSpinBox:
        box = UnitSpinBox(unit, self)
        box.setObjectName(name)
        box.setRange(*LIMITS[field])
        box.valueChanged.connect(lambda value: self.changed.emit(field, value))
        return box

    # ---- units and names -----------------------------------------------------------------------
    def _seconds(self, value: int) -> str:
        return self.tr("%n second(s)", "", value)

    def _times(self, value: int) -> str:
        return self.tr("%n time(s)", "", value)

    def _repetitions(self, value: int) -> str:
        return self.tr("%n repetition(s)", "", value)

    def _sets(self, value: int) -> str:
        return self.tr("%n set(s)", "", value)

    def field_name(self, field: str) -> str:
        """What a number of the dose is called (for a screen reader and in a problem)."""
        holds = self._dosage is None or self._dosage.hold_seconds > 0
        return {
            "hold_seconds": self.tr("Hold time"),
            "reps": self.tr("Number of holds") if holds else self.tr("Repetitions"),
            "sets": self.tr("Sets"),
            "rest_seconds": self.tr("Rest between sets"),
            "rep_seconds": self.tr("Time per repetition"),
            "per_side": self.tr("Each side"),
        }.get(field, field)

    # ---- showing a step ------------------------------------------------------------------------
    def show_step(self, number: int, exercise: str, dosage: Dosage, sided: bool) -> None:
        """Show step `number` (from 1) of exercise `exercise` at `dosage`; `sided`: offer
        "each side"."""
        self.title.setText(
            self.tr("Step {number}: {exercise}").format(number=number, exercise=exercise)
        )
        self.setAccessibleName(self.title.text())
        self._dosage = dosage
        holds = dosage.hold_seconds > 0
        self.reps.set_unit(self._times if holds else self._repetitions)
        for field, box in self.boxes.items():
            value = getattr(dosage, field)
            if box.value() != value:  # the same value is left alone, as the user typed it
                box.blockSignals(True)
                box.setValue(value)
                box.show_unit(value)
                box.blockSignals(False)
            box.setAccessibleName(f"{exercise}: {self.field_name(field)}")
        if self.each_side.isChecked() != dosage.per_side:
            self.each_side.blockSignals(True)
            self.each_side.setChecked(dosage.per_side)
            self.each_side.blockSignals(False)
        self.each_side.setAccessibleName(f"{exercise}: {self.field_name('per_side')}")
        form = (holds, dosage.sets > 1, sided or dosage.per_side)
        if form != self._form:
            self._form = form
            self._build_sentence(*form)

    def _build_sentence(self, holds: bool, sets: bool, sided: bool) -> None:
        while self.sentence.count():
            self.sentence.takeAt(0)
        for word in self._words:
            word.deleteLater()
        self._words = []
        work = (
            self.tr("Hold {hold_seconds}, {reps}") if holds else self.tr("{reps} of {rep_seconds}")
        )
        rounds = self.tr("{sets}, rest {rest_seconds} between sets") if sets else "{sets}"
        template = f"{work}, {rounds}"
        used: list[QWidget] = []
        for piece in FIELD.split(template):
            field = piece[1:-1] if FIELD.fullmatch(piece) else None
            if field in self.boxes:
                used.append(self.boxes[field])
                self.sentence.add_widget(self.boxes[field])
            elif piece.strip():
                self._add_word(piece.strip())
        if sided:
            self._add_word(",")
            self.sentence.add_widget(self.each_side)
            used.append(self.each_side)
        for widget in (*self.boxes.values(), self.each_side):
            widget.setVisible(widget in used)
        self.sentence.invalidate()

    def _add_word(self, text: str) -> None:
        tight = text[0] in PUNCTUATION
        last = self.sentence.itemAt(self.sentence.count() - 1)
        if tight and last is not None and isinstance(last.widget(), QLabel):
            previous = last.widget()
            assert isinstance(previous, QLabel)
            previous.setText(previous.text() + text)  # "between sets," as one word
            return
        word = QLabel(text, self)
        self._words.append(word)
        self.sentence.add_widget(word, tight=tight)

    def controls(self) -> list[QWidget]:
        """The editor's controls in the order they are read (for Tab)."""
        ordered: list[QWidget] = []
        for index in range(self.sentence.count()):
            item = self.sentence.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not isinstance(widget, QLabel):
                ordered.append(widget)
        return ordered

    def show_problem(self, text: str) -> None:
        """Say why a number was not saved (empty: no problem)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
