"""The plan editor's field widgets that more than one tab uses: lists moved with the keyboard,
weekdays, a list of times of day (each typed in the shared TimeField), a dosage, and the small
helpers that build and lay them out."""

from collections.abc import Callable, Iterable, Mapping
from datetime import time

from PySide6.QtCore import QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import (
    DOSAGE_FIELDS,
    MAX_HOLD_SECONDS,
    MAX_REP_SECONDS,
    MAX_REPS,
    MAX_REST_SECONDS,
    MAX_SETS,
    Dosage,
    dosage_problems,
)
from coach.domain.plan_draft import DosageValues, PlanDraft
from coach.ui.plans.view import day_name, time_text
from coach.ui.text.data import exercise_name
from coach.ui.text.labels import dosage_text
from coach.ui.text.translate import translate
from coach.ui.widgets.time_field import TimeField

MAX_TIMES = 12

# The numbers of a dosage: field, lowest, highest.
DOSAGE_SPINS: tuple[tuple[str, int, int], ...] = (
    ("hold_seconds", 0, MAX_HOLD_SECONDS),
    ("reps", 1, MAX_REPS),
    ("sets", 1, MAX_SETS),
    ("rest_seconds", 0, MAX_REST_SECONDS),
    ("rep_seconds", 0, MAX_REP_SECONDS),
)


def exercise_label(draft: PlanDraft, exercise_id: str) -> str:
    """An exercise of a step as the editor names it: the plan's own, or a built-in translated."""
    own = draft.own_exercise(exercise_id)
    if own is not None:
        return own.name or translate("PlanEditorDialog", "(unnamed exercise)")
    known = draft.library.get(exercise_id)
    return exercise_name(known) if known else exercise_id


def button(text: str, name: str, parent: QWidget, slot: Callable[[], object]) -> QPushButton:
    made = QPushButton(text, parent)
    made.setObjectName(name)
    made.setAutoDefault(False)  # Return in a text field must not press a button
    made.clicked.connect(lambda _checked=False: slot())
    return made


def set_bold(widget: QWidget, on: bool) -> None:
    font = QFont(widget.font())
    font.setBold(on)
    widget.setFont(font)


def scrolling(page: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    # The tab's own background shows through (setWidget turns the page's filling on).
    page.setAutoFillBackground(False)
    scroll.viewport().setAutoFillBackground(False)
    return scroll


def form(layout: QVBoxLayout | None = None, parent: QWidget | None = None) -> QFormLayout:
    """A form whose text fields grow and whose numbers, dates and times keep their size; added
    to `layout` above a stretch, so its rows stay together at the top."""
    made = QFormLayout(parent) if parent is not None and layout is None else QFormLayout()
    made.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    if layout is not None:
        layout.addLayout(made)
        layout.addStretch(1)
    return made


class KeyList(QListWidget):
    """A list whose items move with Ctrl (or Alt) + Up/Down and go with Delete."""

    move_requested = Signal(int)
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers()
        moving = modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if moving and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DaysEditor(QWidget):
    """Mon..Sun check boxes."""

    changed = Signal()

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(description)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for index, code in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun")):
            box = QCheckBox(day_name(index), self)
            box.setObjectName(f"{name}_{code}")
            box.setAccessibleName(f"{description}: {day_name(index, short=False)}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)

    def weekdays(self) -> frozenset[int]:
        return frozenset(index for index, box in enumerate(self.boxes) if box.isChecked())

    def set_weekdays(self, weekdays: Iterable[int]) -> None:
        chosen = set(weekdays)
        for index, box in enumerate(self.boxes):
            with QSignalBlocker(box):
                box.setChecked(index in chosen)


class TimesEditor(QWidget):
    """1 to 12 times of day: a time field, Add, the list, Remove."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        description: str,
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.time = TimeField(self)
        self.time.setObjectName(f"{name}Time")
        self.time.setTime(QTime(10, 0))
        self.time.setAccessibleName(
            translate("PlanEditor", "{what}: time to add").format(what=description)
        )
        self.add_button = button(add_text, f"{name}Add", self, self.add_current)
        self.remove_button = button(remove_text, f"{name}Remove", self, self.remove_current)
        self.list = KeyList(self)
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(description)
        self.list.setMaximumHeight(110)
        self.list.setMaximumWidth(360)
        self.list.delete_requested.connect(self.remove_current)
        self.note = QLabel(self)
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.time)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        self._times: list[time] = []
        self._show()

    def times(self) -> tuple[time, ...]:
        return tuple(self._times)

    def set_times(self, times: Iterable[time]) -> None:
        self._times = sorted(set(times))
        self.note.clear()
        self._show()

    def add_current(self) -> None:
        moment = self.time.moment()
        if moment in self._times:
            self.note.setText(
                translate(
                    "PlanEditor", "{time} is already in the list; choose another time to add."
                ).format(time=time_text(moment))
            )
            return
        if len(self._times) >= MAX_TIMES:
            self.note.setText(
                translate(
                    "PlanEditor", "At most {n} times; remove one before adding another."
                ).format(n=MAX_TIMES)
            )
            return
        self._times = sorted([*self._times, moment])
        self.note.clear()
        self._show()
        self.list.setCurrentRow(self._times.index(moment))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._times):
            return
        del self._times[row]
        self.note.clear()
        self._show()
        self.list.setCurrentRow(min(row, len(self._times) - 1))
        self.changed.emit()

    def _show(self) -> None:
        self.list.clear()
        for moment in self._times:
            QListWidgetItem(time_text(moment), self.list)
        self.remove_button.setEnabled(bool(self._times))
        self.add_button.setEnabled(len(self._times) < MAX_TIMES)


class DosageEditor(QWidget):
    """Hold, reps, sets, rest, rep time and each side; fields that differ from the exercise's own
    are shown in bold."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(translate("PlanEditor", "Dosage"))
        words = {
            "hold_seconds": translate("PlanEditor", "Hold (s)"),
            "reps": translate("PlanEditor", "Reps"),
            "sets": translate("PlanEditor", "Sets"),
            "rest_seconds": translate("PlanEditor", "Rest between sets (s)"),
            "rep_seconds": translate("PlanEditor", "Rep time (s)"),
        }
        tips = {
            "hold_seconds": translate("PlanEditor", "Seconds each rep is held; 0 for a movement"),
            "reps": translate("PlanEditor", "Repetitions per set"),
            "sets": translate("PlanEditor", "Sets"),
            "rest_seconds": translate("PlanEditor", "Rest between sets, in seconds"),
            "rep_seconds": translate("PlanEditor", "Seconds one movement takes when the hold is 0"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        for index, (field_name, low, high) in enumerate(DOSAGE_SPINS):
            spin = QSpinBox(self)
            spin.setObjectName(f"{name}_{field_name}")
            spin.setRange(low, high)
            spin.setAccessibleName(words[field_name])
            spin.setToolTip(tips[field_name])
            spin.valueChanged.connect(lambda _value: self.changed.emit())
            label = QLabel(words[field_name], self)
            label.setBuddy(spin)
            row, column = divmod(index, 3)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(spin, row, column * 2 + 1, Qt.AlignmentFlag.AlignLeft)
            self.spins[field_name] = spin
            self.labels[field_name] = label
        self.per_side = QCheckBox(translate("PlanEditor", "Each side (left and right)"), self)
        self.per_side.setObjectName(f"{name}_per_side")
        self.per_side.toggled.connect(lambda _on: self.changed.emit())
        grid.addWidget(self.per_side, 1, 4, 1, 2)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setWordWrap(True)
        grid.addWidget(self.summary, 2, 0, 1, 6)
        grid.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding), 0, 6)

    def values(self) -> DosageValues:
        values: DosageValues = {name: spin.value() for name, spin in self.spins.items()}
        values["per_side"] = self.per_side.isChecked()
        return {name: values[name] for name in DOSAGE_FIELDS}

    def set_values(
        self, values: Mapping[str, int | bool], base: Mapping[str, int | bool] | None
    ) -> None:
        blockers = [QSignalBlocker(w) for w in (*self.spins.values(), self.per_side)]
        for name, spin in self.spins.items():
            spin.setValue(int(values[name]))
        self.per_side.setChecked(bool(values["per_side"]))
        del blockers
        self.mark(base)

    def mark(self, base: Mapping[str, int | bool] | None) -> None:
        """Bold for the fields that differ from `base`, and the dosage in words."""
        values = self.values()
        for name, label in self.labels.items():
            set_bold(label, base is not None and values[name] != base[name])
            own = (
                ""
                if base is None
                else translate("PlanEditor", "The exercise's own: {value}").format(value=base[name])
            )
            label.setToolTip(own)
        set_bold(self.per_side, base is not None and values["per_side"] != base["per_side"])
        if dosage_problems(values):
            self.summary.setText(
                translate(
                    "PlanEditor",
                    "Rep time: set it above 0, or set a hold: with a hold of 0 s each rep is a "
                    "movement that takes the rep time.",
                )
            )
        else:
            self.summary.setText(dosage_text(Dosage(**values)))  # type: ignore[arg-type]
