"""The plan editor (clinician mode): build a `.coachplan` with widgets instead of writing JSON.

A clinician fills in the plan's details, builds routines from the built-in library (and optional
exercises of their own), sets the weekly schedule, heat within Coach's limits and progression, then
previews the plan as the patient will see it and saves it. The editor writes the published format
(`resources/plans/plan.schema.json`, version 2) and checks the bytes with `coach.domain.plan.parse_plan`
before anything is written, so a saved file always passes `coach plan validate`; the preview is built
from the same parsed plan, so it shows exactly what a patient gets.

Imported only when File > Plan editor is used, never at start-up.
"""

import base64
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import (
    AREAS,
    DOSAGE_FIELDS,
    EQUIPMENT,
    GOALS,
    MAX_HOLD_SECONDS,
    MAX_REP_SECONDS,
    MAX_REPS,
    MAX_REST_SECONDS,
    MAX_SETS,
    POSITIONS,
    Dosage,
    Library,
    dosage_problems,
)
from coach.domain.heat import (
    DEFAULT_MINUTES,
    HARD_CAP_MINUTES,
    MAX_SESSIONS_PER_DAY,
    MIN_GAP,
)
from coach.domain.plan import (
    MAX_IMAGE_BYTES,
    PLAN_FORMAT,
    PLAN_SUFFIX,
    PLAN_VERSION,
    WEEKDAY_NAMES,
    Plan,
    PlanError,
    PlanProblem,
    parse_plan,
)
from coach.domain.routines import MAX_STEPS, step_seconds
from coach.ui.plans.view import (
    PlanView,
    day_name,
    qdate,
    time_text,
)
from coach.ui.text.core import core_text
from coach.ui.text.data import exercise_name
from coach.ui.text.labels import (
    area_label,
    dosage_text,
    duration_text,
    equipment_label,
    goal_label,
    position_label,
)
from coach.ui.widgets.blocks import heading, paragraph, with_clear_button

MAX_ROUTINES = 10  # the format's limit
MAX_OWN_EXERCISES = 30
MAX_TIMES = 12
MIN_MOVEMENT_MINUTES = 20
MAX_MOVEMENT_MINUTES = 90
MAX_GAP_HOURS = 24
MAX_PROGRESSION_HOLD = 120
MAX_PROBLEMS_IN_BOX = 20
ID_LENGTH = 41  # ^[a-z][a-z0-9_]{1,40}$
MIN_GAP_HOURS = int(MIN_GAP.total_seconds() // 3600)

DosageValues = dict[str, int | bool]

# The numbers of a dosage: field, lowest, highest.
DOSAGE_SPINS: tuple[tuple[str, int, int], ...] = (
    ("hold_seconds", 0, MAX_HOLD_SECONDS),
    ("reps", 1, MAX_REPS),
    ("sets", 1, MAX_SETS),
    ("rest_seconds", 0, MAX_REST_SECONDS),
    ("rep_seconds", 0, MAX_REP_SECONDS),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


def derive_id(name: str, taken: Iterable[str], fallback: str) -> str:
    """An id for the format (`^[a-z][a-z0-9_]{1,40}$`) made from `name`, different from `taken`:
    "Neck basics" gives neck_basics, a second one neck_basics_2."""
    used = set(taken)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if not base:
        base = fallback
    elif not base[0].isalpha():
        base = f"{fallback}_{base}"
    base = base[:ID_LENGTH].rstrip("_")
    if len(base) < 2:
        base = fallback
    candidate = base
    number = 2
    while candidate in used:
        suffix = f"_{number}"
        candidate = base[: ID_LENGTH - len(suffix)].rstrip("_") + suffix
        number += 1
    return candidate


def _values(dosage: Dosage) -> DosageValues:
    return {name: getattr(dosage, name) for name in DOSAGE_FIELDS}


def _dosage_or_none(values: Mapping[str, int | bool]) -> Dosage | None:
    if dosage_problems(values):
        return None
    return Dosage(**values)  # type: ignore[arg-type]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _hhmm(moment: time) -> str:
    return f"{moment:%H:%M}"


# ---- what the editor holds -----------------------------------------------------------------------
@dataclass
class StepDraft:
    exercise: str  # a built-in id, or the key of one of the plan's own exercises ("own:1")
    overrides: DosageValues = field(default_factory=dict)  # only what differs from the exercise


@dataclass
class RoutineDraft:
    key: str
    name: str
    aim: str = ""
    steps: list[StepDraft] = field(default_factory=list)
    fixed_id: str | None = None  # the id in an opened file: kept, so the patient's history stays


@dataclass
class ExerciseDraft:
    key: str
    name: str
    areas: list[str] = field(default_factory=list)
    goal: str = "mobility"
    equipment: str = "none"
    position: str = "sitting"
    steps: list[str] = field(default_factory=list)
    dosage: DosageValues = field(default_factory=lambda: _values(Dosage(hold_seconds=5, reps=5)))
    feel: str = ""
    cautions: list[str] = field(default_factory=list)
    stop_if: list[str] = field(default_factory=list)
    image: str = ""  # a data: URI, or empty
    fixed_id: str | None = None


# ---- small widgets -------------------------------------------------------------------------------
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


def _button(text: str, name: str, parent: QWidget, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Return in a text field must not press a button
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _bold(label: QLabel, on: bool) -> None:
    font = QFont(label.font())
    font.setBold(on)
    label.setFont(font)


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
        for index, code in enumerate(WEEKDAY_NAMES):
            box = QCheckBox(day_name(index), self)
            box.setObjectName(f"{name}_{code}")
            box.setAccessibleName(f"{description}: {day_name(index, short=False)}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)

    def days(self) -> list[str]:
        return [
            code for code, box in zip(WEEKDAY_NAMES, self.boxes, strict=True) if box.isChecked()
        ]

    def set_days(self, weekdays: Iterable[int]) -> None:
        chosen = set(weekdays)
        for index, box in enumerate(self.boxes):
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
        self._description = description
        self.time = QTimeEdit(self)
        self.time.setObjectName(f"{name}Time")
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(10, 0))
        self.time.setAccessibleName(_tr("{what}: time to add").format(what=description))
        self.add_button = _button(add_text, f"{name}Add", self, self.add_current)
        self.remove_button = _button(remove_text, f"{name}Remove", self, self.remove_current)
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

    def times(self) -> list[time]:
        return list(self._times)

    def set_times(self, times: Iterable[time]) -> None:
        self._times = sorted(set(times))
        self.note.clear()
        self._show()

    def add_current(self) -> None:
        value = self.time.time()
        moment = time(value.hour(), value.minute())
        if moment in self._times:
            self.note.setText(
                _tr("{time} is already in the list; choose another time to add.").format(
                    time=time_text(moment)
                )
            )
            return
        if len(self._times) >= MAX_TIMES:
            self.note.setText(
                _tr("At most {n} times; remove one before adding another.").format(n=MAX_TIMES)
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
        self.setAccessibleName(_tr("Dosage"))
        words = {
            "hold_seconds": _tr("Hold (s)"),
            "reps": _tr("Reps"),
            "sets": _tr("Sets"),
            "rest_seconds": _tr("Rest between sets (s)"),
            "rep_seconds": _tr("Rep time (s)"),
        }
        tips = {
            "hold_seconds": _tr("Seconds each rep is held; 0 for a movement"),
            "reps": _tr("Repetitions per set"),
            "sets": _tr("Sets"),
            "rest_seconds": _tr("Rest between sets, in seconds"),
            "rep_seconds": _tr("Seconds one movement takes when the hold is 0"),
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
        self.per_side = QCheckBox(_tr("Each side (left and right)"), self)
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
            differs = base is not None and values[name] != base[name]
            _bold(label, differs)
            own = (
                "" if base is None else _tr("The exercise's own: {value}").format(value=base[name])
            )
            label.setToolTip(own)
        _bold_box(self.per_side, base is not None and values["per_side"] != base["per_side"])
        problems = dosage_problems(values)
        if problems:
            self.summary.setText(
                _tr(
                    "Rep time: set it above 0, or set a hold: with a hold of 0 s each rep is a "
                    "movement that takes the rep time."
                )
            )
        else:
            self.summary.setText(dosage_text(Dosage(**values)))  # type: ignore[arg-type]


def _bold_box(box: QCheckBox, on: bool) -> None:
    font = QFont(box.font())
    font.setBold(on)
    box.setFont(font)


def _scrolling(page: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    # The tab's own background shows through (setWidget turns the page's filling on).
    page.setAutoFillBackground(False)
    scroll.viewport().setAutoFillBackground(False)
    return scroll


def _form(layout: QVBoxLayout | None = None, parent: QWidget | None = None) -> QFormLayout:
    """A form whose text fields grow and whose numbers, dates and times keep their size; added
    to `layout` above a stretch, so its rows stay together at the top."""
    form = QFormLayout(parent) if parent is not None and layout is None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    if layout is not None:
        layout.addLayout(form)
        layout.addStretch(1)
    return form


# ---- the editor ----------------------------------------------------------------------------------
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
        self._library = Library(tuple(e for e in library.exercises if e.source != "plan"))
        self._routines: list[RoutineDraft] = []
        self._own: list[ExerciseDraft] = []
        self._counter = 0
        self._path: Path | None = None
        self._baseline = ""
        self._filling = False
        self.preview_dialog: PlanPreviewDialog | None = None
        self.problems: list[PlanProblem] = []

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planEditorTabs")
        self.tabs.addTab(_scrolling(self._build_details()), self.tr("&Plan"))
        self.tabs.addTab(self._build_routines(), self.tr("&Routines"))
        self.tabs.addTab(_scrolling(self._build_schedule()), self.tr("Sc&hedule"))
        self.tabs.addTab(_scrolling(self._build_heat()), self.tr("H&eat"))
        self.tabs.addTab(_scrolling(self._build_progression()), self.tr("Pro&gression"))
        self.tabs.addTab(self._build_own_exercises(), self.tr("Own e&xercises"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(self.tr("Problems to fix before saving"))
        self.problem_list.setMaximumHeight(120)
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_list)
        layout.addLayout(self._build_buttons())
        self.resize(1080, 720)
        self.new_plan()

    def _build_buttons(self) -> QHBoxLayout:
        self.open_button = _button(self.tr("&Open…"), "openPlan", self, self.choose_and_open)
        self.open_button.setToolTip(self.tr("Open a .coachplan file to change it (Ctrl+O)"))
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_and_open)
        self.preview_button = _button(self.tr("Pre&view"), "previewPlan", self, self.preview)
        self.preview_button.setToolTip(self.tr("Show the plan as the patient will see it"))
        self.save_button = _button(self.tr("&Save as…"), "savePlan", self, self.save_as)
        self.save_button.setToolTip(self.tr("Check the plan and save it as a .coachplan (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        self.close_button = _button(self.tr("Close"), "closePlanEditor", self, self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        return buttons

    # ---- building the tabs ------------------------------------------------------------------------
    def _build_details(self) -> QWidget:
        page = QWidget()
        form = _form(parent=page)
        self.title = QLineEdit(page)
        self.title.setObjectName("planTitle")
        self.title.setMaxLength(120)
        self.title.setPlaceholderText(self.tr("for example: Neck and upper back, weeks 1-4"))
        self.clinician_name = QLineEdit(page)
        self.clinician_name.setObjectName("clinicianName")
        self.clinician_name.setMaxLength(120)
        self.clinician_contact = QLineEdit(page)
        self.clinician_contact.setObjectName("clinicianContact")
        self.clinician_contact.setMaxLength(200)
        self.clinician_contact.setPlaceholderText(self.tr("phone, e-mail or clinic (optional)"))
        self.start_date = QDateEdit(page)
        self.start_date.setObjectName("startDate")
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("yyyy-MM-dd")
        self.start_date.dateChanged.connect(self._start_changed)
        self.review_on = QCheckBox(self.tr("Revie&w on:"), page)
        self.review_on.setObjectName("reviewOn")
        self.review_date = QDateEdit(page)
        self.review_date.setObjectName("reviewDate")
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_date.setAccessibleName(self.tr("Review date"))
        self.review_on.toggled.connect(self.review_date.setEnabled)
        self.notes = QPlainTextEdit(page)
        self.notes.setObjectName("patientNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("What the patient should keep in mind; shown on their Today page")
        )
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Clinician &name:"), self.clinician_name)
        form.addRow(self.tr("&Contact:"), self.clinician_contact)
        form.addRow(self.tr("St&art:"), self.start_date)
        form.addRow(self.review_on, self.review_date)
        form.addRow(self.tr("Notes for the pat&ient:"), self.notes)
        for widget, name in (
            (self.title, self.tr("Title")),
            (self.clinician_name, self.tr("Clinician name")),
            (self.clinician_contact, self.tr("Contact")),
            (self.start_date, self.tr("Start date")),
            (self.notes, self.tr("Notes for the patient")),
        ):
            widget.setAccessibleName(name)
        return page

    def _build_routines(self) -> QWidget:
        page = QWidget()
        self.routine_list = KeyList(page)
        self.routine_list.setObjectName("planRoutineList")
        self.routine_list.setAccessibleName(self.tr("Routines in the plan"))
        self.routine_list.currentRowChanged.connect(self._routine_selected)
        self.routine_list.move_requested.connect(self._move_routine)
        self.routine_list.delete_requested.connect(self.delete_routine)
        self.add_routine_button = _button(
            self.tr("&Add routine"), "addRoutine", page, self.add_routine
        )
        self.delete_routine_button = _button(
            self.tr("De&lete routine"), "deleteRoutine", page, self.delete_routine
        )
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Routines (1 to 10)"), page, scale=1.1))
        left.addWidget(self.routine_list, 1)
        manage = QHBoxLayout()
        manage.addWidget(self.add_routine_button)
        manage.addWidget(self.delete_routine_button)
        left.addLayout(manage)

        self.routine_editor = QWidget(page)
        editor = QVBoxLayout(self.routine_editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addLayout(self._build_routine_form())
        columns = QHBoxLayout()
        columns.addLayout(self._build_picker(), 2)
        columns.addLayout(self._build_steps(), 3)
        editor.addLayout(columns, 1)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addWidget(self.routine_editor, 4)
        return page

    def _build_routine_form(self) -> QFormLayout:
        self.routine_name = QLineEdit(self.routine_editor)
        self.routine_name.setObjectName("routineName")
        self.routine_name.setMaxLength(120)
        self.routine_name.setAccessibleName(self.tr("Routine name"))
        self.routine_name.textEdited.connect(self._routine_renamed)
        self.routine_aim = QLineEdit(self.routine_editor)
        self.routine_aim.setObjectName("routineAim")
        self.routine_aim.setMaxLength(600)
        self.routine_aim.setAccessibleName(self.tr("What the routine is for"))
        self.routine_aim.setPlaceholderText(self.tr("what the routine is for (optional)"))
        self.routine_aim.textEdited.connect(self._routine_aim_edited)
        self.routine_id = QLabel(self.routine_editor)
        self.routine_id.setObjectName("routineId")
        self.routine_id.setWordWrap(True)
        self.routine_id.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.routine_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = _form()
        form.addRow(self.tr("Na&me:"), self.routine_name)
        form.addRow(self.tr("A&im:"), self.routine_aim)
        form.addRow(self.tr("Id in the file:"), self.routine_id)
        return form

    def _build_picker(self) -> QVBoxLayout:
        """The library to pick from."""
        self.exercise_search = QLineEdit(self.routine_editor)
        self.exercise_search.setObjectName("planExerciseSearch")
        self.exercise_search.setAccessibleName(self.tr("Find an exercise"))
        self.exercise_search.setPlaceholderText(self.tr("name, area or word"))
        with_clear_button(self.exercise_search)
        self.exercise_search.textChanged.connect(self._fill_picker)
        self.exercise_search.returnPressed.connect(self.add_step)
        search_label = QLabel(self.tr("&Find exercise:"), self.routine_editor)
        search_label.setBuddy(self.exercise_search)
        self.exercise_picker = QListWidget(self.routine_editor)
        self.exercise_picker.setObjectName("exercisePicker")
        self.exercise_picker.setWordWrap(True)  # long (German) names wrap instead of scrolling
        self.exercise_picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exercise_picker.setAccessibleName(self.tr("Exercises to add"))
        self.exercise_picker.itemActivated.connect(lambda _item: self.add_step())
        self.add_step_button = _button(
            self.tr("Add &to routine"), "addStep", self.routine_editor, self.add_step
        )
        self.add_step_button.setToolTip(
            self.tr(
                "Add the chosen exercise at the end of the routine (or press Enter in the list)"
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
        steps_label = QLabel(self.tr("Steps, in order:"), self.routine_editor)
        self.step_list = KeyList(self.routine_editor)
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Steps of the routine"))
        self.step_list.setToolTip(
            self.tr("Ctrl+Up and Ctrl+Down move the chosen step; Delete removes it")
        )
        steps_label.setBuddy(self.step_list)
        self.step_list.currentRowChanged.connect(self._step_selected)
        self.step_list.move_requested.connect(self.move_step)
        self.step_list.delete_requested.connect(self.delete_step)
        self.step_up_button = _button(
            self.tr("Move &up"), "stepUp", self.routine_editor, lambda: self.move_step(-1)
        )
        self.step_down_button = _button(
            self.tr("Move do&wn"), "stepDown", self.routine_editor, lambda: self.move_step(1)
        )
        self.delete_step_button = _button(
            self.tr("&Delete step"), "deleteStep", self.routine_editor, self.delete_step
        )
        step_buttons = QHBoxLayout()
        for button in (self.step_up_button, self.step_down_button, self.delete_step_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        self.step_dosage = DosageEditor("stepDosage", self.routine_editor)
        self.step_dosage.changed.connect(self._step_dosage_changed)
        self.reset_dosage_button = _button(
            self.tr("&Back to the exercise's dosage"),
            "resetDosage",
            self.routine_editor,
            self.reset_step_dosage,
        )
        self.dosage_heading = QLabel(self.routine_editor)
        self.dosage_heading.setObjectName("dosageHeading")
        self.dosage_heading.setWordWrap(True)
        self.routine_total = QLabel(self.routine_editor)
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

    def _build_schedule(self) -> QWidget:
        page = QWidget()
        form = _form(QVBoxLayout(page))
        self.schedule_routine = QComboBox(page)
        self.schedule_routine.setObjectName("scheduleRoutine")
        self.schedule_routine.setAccessibleName(self.tr("Routine the reminder starts"))
        self.schedule_days = DaysEditor("scheduleDays", self.tr("Exercise days"), page)
        self.schedule_times = TimesEditor(
            "scheduleTimes",
            self.tr("Reminder times"),
            self.tr("A&dd time"),
            self.tr("Remove ti&me"),
            page,
        )
        self.movement_minutes = QSpinBox(page)
        self.movement_minutes.setObjectName("movementMinutes")
        self.movement_minutes.setRange(MIN_MOVEMENT_MINUTES - 1, MAX_MOVEMENT_MINUTES)
        self.movement_minutes.setSpecialValueText(self.tr("leave the patient's setting"))
        self.movement_minutes.setSuffix(self.tr(" min of work"))
        self.movement_minutes.setAccessibleName(self.tr("Movement break every"))
        self.movement_minutes.setToolTip(
            self.tr("20 to 90 minutes, or the lowest value to leave the patient's own setting")
        )
        self.checkin_on = QCheckBox(self.tr("Pain check-in &at:"), page)
        self.checkin_on.setObjectName("checkinOn")
        self.checkin_on.setToolTip(self.tr("Unticked: the patient's own check-in time stays"))
        self.checkin_time = QTimeEdit(page)
        self.checkin_time.setObjectName("checkinTime")
        self.checkin_time.setDisplayFormat("HH:mm")
        self.checkin_time.setAccessibleName(self.tr("Pain check-in time"))
        self.checkin_on.toggled.connect(self.checkin_time.setEnabled)
        form.addRow(
            paragraph(
                self.tr(
                    "The reminder starts one routine on the chosen days and times. The patient's "
                    "working and quiet hours stay theirs."
                ),
                page,
            )
        )
        form.addRow(self.tr("Rem&inder starts:"), self.schedule_routine)
        form.addRow(self.tr("Days:"), self.schedule_days)
        form.addRow(self.tr("Times (1 to 12):"), self.schedule_times)
        form.addRow(self.tr("Movement &break every:"), self.movement_minutes)
        form.addRow(self.checkin_on, self.checkin_time)
        return page

    def _build_heat(self) -> QWidget:
        page = QWidget()
        form = _form(QVBoxLayout(page))
        self.heat_limits_note = paragraph(
            self.tr(
                "These limits come from CLINICAL.md (section 1, heat) and may only be made "
                "stricter: at most {cap} minutes a session, {per_day} sessions a day, {gap} hours "
                "apart."
            ).format(cap=HARD_CAP_MINUTES, per_day=MAX_SESSIONS_PER_DAY, gap=MIN_GAP_HOURS),
            page,
        )
        self.heat_limits_note.setObjectName("heatLimitsNote")
        self.heat_limits_note.setToolTip(
            self.tr("The plan's limits apply to every heat session, with or without the reminder.")
        )
        self.heat_on = QCheckBox(self.tr("&Use heat in this plan (with a reminder)"), page)
        self.heat_on.setObjectName("heatOn")
        self.heat_on.toggled.connect(self._heat_toggled)
        self.heat_cap = QSpinBox(page)
        self.heat_cap.setObjectName("heatCap")
        self.heat_cap.setRange(1, HARD_CAP_MINUTES)
        self.heat_cap.setSuffix(self.tr(" min"))
        self.heat_cap.setAccessibleName(self.tr("Longest heat session"))
        self.heat_cap.valueChanged.connect(self._cap_changed)
        self.heat_session = QSpinBox(page)
        self.heat_session.setObjectName("heatSession")
        self.heat_session.setRange(1, HARD_CAP_MINUTES)
        self.heat_session.setSuffix(self.tr(" min"))
        self.heat_session.setAccessibleName(self.tr("Usual heat session"))
        self.heat_session.setToolTip(self.tr("The usual length; at most the longest session"))
        self.heat_per_day = QSpinBox(page)
        self.heat_per_day.setObjectName("heatPerDay")
        self.heat_per_day.setRange(1, MAX_SESSIONS_PER_DAY)
        self.heat_per_day.setAccessibleName(self.tr("Sessions a day at most"))
        self.heat_gap = QSpinBox(page)
        self.heat_gap.setObjectName("heatGap")
        self.heat_gap.setRange(MIN_GAP_HOURS, MAX_GAP_HOURS)
        self.heat_gap.setSuffix(self.tr(" h"))
        self.heat_gap.setAccessibleName(self.tr("Hours between sessions at least"))
        self.heat_days = DaysEditor("heatDays", self.tr("Heat reminder days"), page)
        self.heat_times = TimesEditor(
            "heatTimes",
            self.tr("Heat reminder times"),
            self.tr("A&dd time"),
            self.tr("Remove ti&me"),
            page,
        )
        form.addRow(self.heat_on)
        form.addRow(self.heat_limits_note)
        form.addRow(self.tr("&Longest session:"), self.heat_cap)
        form.addRow(self.tr("Usu&al session:"), self.heat_session)
        form.addRow(self.tr("Sessions a da&y, at most:"), self.heat_per_day)
        form.addRow(self.tr("Hours apar&t, at least:"), self.heat_gap)
        form.addRow(self.tr("Reminder days:"), self.heat_days)
        form.addRow(self.tr("Reminder times:"), self.heat_times)
        return page

    def _build_progression(self) -> QWidget:
        page = QWidget()
        form = _form(QVBoxLayout(page))
        self.progression_suggest = QRadioButton(
            self.tr("Coach may s&uggest a step up or down"), page
        )
        self.progression_suggest.setObjectName("progressionSuggest")
        self.progression_off = QRadioButton(self.tr("Keep the dosage as &written"), page)
        self.progression_off.setObjectName("progressionOff")
        self.progression_suggest.toggled.connect(self._progression_toggled)
        self.max_hold = self._optional_spin(page, "maxHold", MAX_PROGRESSION_HOLD, self.tr(" s"))
        self.max_hold.setAccessibleName(self.tr("Longest hold suggested"))
        self.max_reps = self._optional_spin(page, "maxReps", MAX_REPS, "")
        self.max_reps.setAccessibleName(self.tr("Most reps suggested"))
        self.max_sets = self._optional_spin(page, "maxSets", MAX_SETS, "")
        self.max_sets.setAccessibleName(self.tr("Most sets suggested"))
        form.addRow(self.progression_suggest)
        form.addRow(self.progression_off)
        form.addRow(
            paragraph(self.tr("Suggestions never go past these (optional):"), page),
        )
        form.addRow(self.tr("Longest hol&d:"), self.max_hold)
        form.addRow(self.tr("Mos&t reps:"), self.max_reps)
        form.addRow(self.tr("&Most sets:"), self.max_sets)
        return page

    def _optional_spin(self, parent: QWidget, name: str, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(0, high)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(self.tr("no maximum"))
        return spin

    def _build_own_exercises(self) -> QWidget:
        page = QWidget()
        self.own_list = KeyList(page)
        self.own_list.setObjectName("ownExerciseList")
        self.own_list.setAccessibleName(self.tr("The plan's own exercises"))
        self.own_list.currentRowChanged.connect(self._own_selected)
        self.own_list.delete_requested.connect(self.delete_own_exercise)
        self.add_own_button = _button(
            self.tr("&Add exercise"), "addOwnExercise", page, self.add_own_exercise
        )
        self.delete_own_button = _button(
            self.tr("Dele&te exercise"), "deleteOwnExercise", page, self.delete_own_exercise
        )
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Own exercises"), page, scale=1.1))
        left.addWidget(
            paragraph(
                self.tr(
                    "Optional: exercises the library does not have. They appear in the list "
                    "of exercises on the Routines tab."
                ),
                page,
            )
        )
        left.addWidget(self.own_list, 1)
        manage = QHBoxLayout()
        manage.addWidget(self.add_own_button)
        manage.addWidget(self.delete_own_button)
        left.addLayout(manage)
        self.own_editor = QWidget()
        self._build_own_form(self.own_editor)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addWidget(_scrolling(self.own_editor), 3)
        return page

    def _build_own_form(self, editor: QWidget) -> None:
        form = _form(parent=editor)
        self.own_name = QLineEdit(editor)
        self.own_name.setObjectName("ownName")
        self.own_name.setMaxLength(120)
        self.own_name.setAccessibleName(self.tr("Exercise name"))
        self.own_name.textEdited.connect(self._own_edited)
        self.own_id = QLabel(editor)
        self.own_id.setObjectName("ownId")
        areas = QWidget(editor)
        areas_layout = QHBoxLayout(areas)
        areas_layout.setContentsMargins(0, 0, 0, 0)
        self.own_areas: dict[str, QCheckBox] = {}
        for code in AREAS:
            box = QCheckBox(area_label(code), areas)
            box.setObjectName(f"ownArea_{code}")
            box.toggled.connect(lambda _on: self._own_edited())
            self.own_areas[code] = box
            areas_layout.addWidget(box)
        areas_layout.addStretch(1)
        self.own_goal = self._choice(editor, "ownGoal", GOALS, goal_label, self.tr("Goal"))
        self.own_equipment = self._choice(
            editor, "ownEquipment", EQUIPMENT, equipment_label, self.tr("Equipment")
        )
        self.own_position = self._choice(
            editor, "ownPosition", POSITIONS, position_label, self.tr("Position")
        )
        self.own_steps = self._text_box(editor, "ownSteps", self.tr("Instructions, one per line"))
        self.own_dosage = DosageEditor("ownDosage", editor)
        self.own_dosage.changed.connect(self._own_edited)
        self.own_feel = QLineEdit(editor)
        self.own_feel.setObjectName("ownFeel")
        self.own_feel.setMaxLength(600)
        self.own_feel.setAccessibleName(self.tr("What the patient should feel"))
        self.own_feel.textEdited.connect(lambda _text: self._own_edited())
        self.own_cautions = self._text_box(editor, "ownCautions", self.tr("Cautions, one per line"))
        self.own_stop_if = self._text_box(
            editor,
            "ownStopIf",
            self.tr("When to stop, one per line (Coach adds its general stop signs)"),
        )
        form.addRow(self.tr("Na&me:"), self.own_name)
        form.addRow(self.tr("Id in the file:"), self.own_id)
        form.addRow(self.tr("Areas:"), areas)
        form.addRow(self.tr("Goa&l:"), self.own_goal)
        form.addRow(self.tr("E&quipment:"), self.own_equipment)
        form.addRow(self.tr("Positio&n:"), self.own_position)
        form.addRow(self.tr("Instructions:"), self.own_steps)
        form.addRow(self.tr("Dosage:"), self.own_dosage)
        form.addRow(self.tr("&Feel:"), self.own_feel)
        form.addRow(self.tr("&Cautions:"), self.own_cautions)
        form.addRow(self.tr("&When to stop:"), self.own_stop_if)
        form.addRow(self.tr("Picture:"), self._build_picture_row(editor))

    def _build_picture_row(self, editor: QWidget) -> QHBoxLayout:
        self.picture_button = _button(
            self.tr("Choose pict&ure…"), "choosePicture", editor, self.choose_picture
        )
        self.remove_picture_button = _button(
            self.tr("Remove p&icture"), "removePicture", editor, self.remove_picture
        )
        self.picture_label = QLabel(editor)
        self.picture_label.setObjectName("pictureLabel")
        self.picture_label.setAccessibleName(self.tr("Picture"))
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
        combo.currentIndexChanged.connect(lambda _index: self._own_edited())
        return combo

    def _text_box(self, parent: QWidget, name: str, description: str) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setObjectName(name)
        box.setAccessibleName(description)
        box.setPlaceholderText(description)
        box.setTabChangesFocus(True)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box.setMinimumHeight(64)
        box.setMaximumHeight(110)
        box.textChanged.connect(self._own_edited)
        return box

    # ---- a plan in and out --------------------------------------------------------------------------
    def _key(self, kind: str) -> str:
        self._counter += 1
        return f"{kind}:{self._counter}"

    def new_plan(self) -> None:
        """An empty plan starting today, reviewed in four weeks, exercise on weekdays at 10:00."""
        today = QDate.currentDate()
        self._filling = True
        try:
            for line in (self.title, self.clinician_name, self.clinician_contact):
                line.clear()
            self.notes.clear()
            self.start_date.setDate(today)
            self.review_on.setChecked(True)
            self.review_date.setDate(today.addDays(28))
            self._routines = []
            self._own = []
            self.schedule_days.set_days(range(5))
            self.schedule_times.set_times([time(10, 0)])
            self.movement_minutes.setValue(self.movement_minutes.minimum())
            self.checkin_on.setChecked(False)
            self.checkin_time.setTime(QTime(17, 0))
            self.checkin_time.setEnabled(False)
            self.heat_cap.setValue(HARD_CAP_MINUTES)
            self.heat_session.setValue(DEFAULT_MINUTES)
            self.heat_per_day.setValue(MAX_SESSIONS_PER_DAY)
            self.heat_gap.setValue(MIN_GAP_HOURS)
            self.heat_on.setChecked(False)
            self.heat_days.set_days(range(7))
            self.heat_times.set_times([])
            self._heat_toggled(False)
            self.progression_suggest.setChecked(True)
            for spin in (self.max_hold, self.max_reps, self.max_sets):
                spin.setValue(0)
        finally:
            self._filling = False
        self._path = None
        self._refresh_all()
        self._mark_saved()

    def load_plan(self, plan: Plan, path: Path | None = None) -> None:
        """Fill every field from `plan` (its JSON body gives the ids, the dosage overrides, the
        pictures and the stop signs as written)."""
        data: dict[str, Any] = json.loads(plan.body)
        self._filling = True
        try:
            self.title.setText(plan.title)
            self.clinician_name.setText(plan.clinician_name)
            self.clinician_contact.setText(plan.clinician_contact)
            self.start_date.setDate(qdate(plan.start))
            self.review_on.setChecked(plan.review is not None)
            self.review_date.setEnabled(plan.review is not None)
            if plan.review is not None:
                self.review_date.setDate(qdate(plan.review))
            self.notes.setPlainText(plan.notes)
            own_keys = self._load_own(data, plan)
            schedule_key = self._load_routines(data, plan, own_keys)
            self._load_settings(plan)
        finally:
            self._filling = False
        self._path = path
        self._refresh_all(schedule_key)
        self._mark_saved()

    def _load_own(self, data: Mapping[str, Any], plan: Plan) -> dict[str, str]:
        """The plan's own exercises; returns the editor's key for each exercise id."""
        self._own = []
        own_keys: dict[str, str] = {}
        for raw, own in zip(data.get("exercises", []), plan.exercises, strict=True):
            parsed = own.exercise
            key = self._key("own")
            own_keys[parsed.id] = key
            self._own.append(
                ExerciseDraft(
                    key=key,
                    name=parsed.name,
                    areas=list(parsed.areas),
                    goal=parsed.goal,
                    equipment=parsed.equipment,
                    position=parsed.position,
                    steps=list(parsed.steps),
                    dosage=_values(parsed.dosage),
                    feel=parsed.feel,
                    cautions=list(parsed.cautions),
                    stop_if=[s.strip() for s in raw.get("stop_if", [])],
                    image=str(raw.get("image", "")),
                    fixed_id=parsed.id,
                )
            )
        return own_keys

    def _load_routines(
        self, data: Mapping[str, Any], plan: Plan, own_keys: Mapping[str, str]
    ) -> str:
        """The plan's routines; returns the key of the one the reminder starts."""
        self._routines = []
        schedule_key = ""
        for raw, routine in zip(data["routines"], plan.routines, strict=True):
            key = self._key("routine")
            if routine.id == plan.schedule.routine_id:
                schedule_key = key
            steps = []
            for step in routine.steps:
                exercise = own_keys.get(step.exercise_id, step.exercise_id)
                base = self._base_values(exercise)
                overrides = {
                    name: value
                    for name, value in _values(step.dosage).items()
                    if base is None or value != base[name]
                }
                steps.append(StepDraft(exercise, overrides))
            self._routines.append(
                RoutineDraft(key, routine.name, routine.aim, steps, fixed_id=raw["id"])
            )
        return schedule_key

    def _load_settings(self, plan: Plan) -> None:
        """Schedule, heat and progression."""
        schedule = plan.schedule
        self.schedule_days.set_days(schedule.weekdays)
        self.schedule_times.set_times(schedule.times)
        self.movement_minutes.setValue(schedule.movement_minutes or self.movement_minutes.minimum())
        self.checkin_on.setChecked(schedule.checkin_time is not None)
        self.checkin_time.setEnabled(schedule.checkin_time is not None)
        if schedule.checkin_time is not None:
            moment = schedule.checkin_time
            self.checkin_time.setTime(QTime(moment.hour, moment.minute))
        heat = plan.heat
        self.heat_cap.setValue(heat.cap_minutes)
        self.heat_session.setValue(heat.session_minutes)
        self.heat_per_day.setValue(heat.max_sessions_per_day)
        self.heat_gap.setValue(heat.min_gap_hours)
        self.heat_on.setChecked(heat.enabled)
        self.heat_days.set_days(heat.weekdays)
        self.heat_times.set_times(heat.times)
        self._heat_toggled(heat.enabled)
        progression = plan.progression
        chosen = self.progression_suggest if progression.suggest else self.progression_off
        chosen.setChecked(True)
        self._progression_toggled(progression.suggest)
        self.max_hold.setValue(progression.max_hold_seconds or 0)
        self.max_reps.setValue(progression.max_reps or 0)
        self.max_sets.setValue(progression.max_sets or 0)

    def plan_data(self) -> dict[str, Any]:
        """The plan as the format's JSON object, from what the widgets hold now."""
        routine_ids = self._routine_ids()
        exercise_ids = self._exercise_ids()
        data: dict[str, Any] = {
            "format": PLAN_FORMAT,
            "version": PLAN_VERSION,
            "title": self.title.text().strip(),
            "clinician": {"name": self.clinician_name.text().strip()},
        }
        if self.clinician_contact.text().strip():
            data["clinician"]["contact"] = self.clinician_contact.text().strip()
        data["start"] = _day(self.start_date.date()).isoformat()
        if self.review_on.isChecked():
            data["review"] = _day(self.review_date.date()).isoformat()
        notes = self.notes.toPlainText().strip()
        if notes:
            data["notes"] = notes
        if self._own:
            data["exercises"] = [self._exercise_data(e, exercise_ids) for e in self._own]
        data["routines"] = [
            self._routine_data(r, routine_ids, exercise_ids) for r in self._routines
        ]
        schedule: dict[str, Any] = {}
        chosen = self.schedule_routine.currentData()
        if isinstance(chosen, str) and chosen in routine_ids:
            schedule["routine"] = routine_ids[chosen]
        schedule["days"] = self.schedule_days.days()
        schedule["times"] = [_hhmm(t) for t in self.schedule_times.times()]
        movement = self.movement_minutes.value()
        schedule["movement_break_minutes"] = (
            None if movement == self.movement_minutes.minimum() else movement
        )
        schedule["checkin_time"] = (
            self.checkin_time.time().toString("HH:mm") if self.checkin_on.isChecked() else None
        )
        data["schedule"] = schedule
        heat: dict[str, Any] = {
            "enabled": self.heat_on.isChecked(),
            "session_minutes": self.heat_session.value(),
            "cap_minutes": self.heat_cap.value(),
            "max_sessions_per_day": self.heat_per_day.value(),
            "min_gap_hours": self.heat_gap.value(),
        }
        if self.heat_on.isChecked():
            heat["days"] = self.heat_days.days()
            times = self.heat_times.times()
            if times:
                heat["times"] = [_hhmm(t) for t in times]
        data["heat"] = heat
        progression: dict[str, Any] = {
            "mode": "suggest" if self.progression_suggest.isChecked() else "off"
        }
        if self.progression_suggest.isChecked():
            for name, spin in (
                ("max_hold_seconds", self.max_hold),
                ("max_reps", self.max_reps),
                ("max_sets", self.max_sets),
            ):
                if spin.value() > 0:
                    progression[name] = spin.value()
        data["progression"] = progression
        return data

    def _exercise_data(self, draft: ExerciseDraft, ids: Mapping[str, str]) -> dict[str, Any]:
        raw: dict[str, Any] = {"id": ids[draft.key], "name": draft.name.strip()}
        if draft.areas:
            raw["areas"] = [a for a in AREAS if a in draft.areas]
        raw["goal"] = draft.goal
        raw["equipment"] = draft.equipment
        raw["position"] = draft.position
        raw["steps"] = list(draft.steps)
        raw["dosage"] = dict(draft.dosage)
        if draft.feel.strip():
            raw["feel"] = draft.feel.strip()
        if draft.cautions:
            raw["cautions"] = list(draft.cautions)
        if draft.stop_if:
            raw["stop_if"] = list(draft.stop_if)
        if draft.image:
            raw["image"] = draft.image
        return raw

    def _routine_data(
        self, draft: RoutineDraft, ids: Mapping[str, str], exercise_ids: Mapping[str, str]
    ) -> dict[str, Any]:
        raw: dict[str, Any] = {"id": ids[draft.key], "name": draft.name.strip()}
        if draft.aim.strip():
            raw["aim"] = draft.aim.strip()
        steps = []
        for step in draft.steps:
            entry: dict[str, Any] = {"exercise": exercise_ids.get(step.exercise, step.exercise)}
            overrides = self._written_overrides(step)
            if overrides:
                entry["dosage"] = overrides
            steps.append(entry)
        raw["steps"] = steps
        return raw

    def _written_overrides(self, step: StepDraft) -> DosageValues:
        """Only the fields that differ from the exercise's own dosage, as the format says."""
        base = self._base_values(step.exercise)
        return {
            name: step.overrides[name]
            for name in DOSAGE_FIELDS
            if name in step.overrides and (base is None or step.overrides[name] != base[name])
        }

    def plan_bytes(self) -> bytes:
        text = json.dumps(self.plan_data(), ensure_ascii=False, indent=2)
        return (text + "\n").encode("utf-8")

    def check(self) -> tuple[bytes, Plan]:
        """The bytes the editor would save and the plan a patient gets from them; PlanError lists
        every problem."""
        from coach.planning import builtin_library, plan_schema  # noqa: PLC0415

        raw = self.plan_bytes()
        name = self._path.name if self._path else self.tr("the new plan")
        return raw, parse_plan(raw, name, builtin_library(), plan_schema())

    def is_dirty(self) -> bool:
        return self.plan_bytes().decode("utf-8") != self._baseline

    def _mark_saved(self) -> None:
        self._baseline = self.plan_bytes().decode("utf-8")
        name = self._path.name if self._path else self.tr("new plan")
        self.setWindowTitle(self.tr("Plan editor: {name}").format(name=name))

    # ---- actions ------------------------------------------------------------------------------------
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
        from coach.planning import read_plan  # noqa: PLC0415

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
        self._show_problems([])
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

    def preview(self) -> "PlanPreviewDialog | None":
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
            self._show_problems(error.problems)
            lines = [self._problem_text(p) for p in error.problems]
            QMessageBox.warning(
                self,
                self.tr("The plan is not ready"),
                self.tr(
                    "Nothing was written. Fix these and try again (they are also listed below "
                    "the tabs; Enter on one goes to its tab):\n\n{problems}"
                ).format(problems=self._box_lines(lines)),
            )
            return None
        self._show_problems([])
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

    # ---- problems ------------------------------------------------------------------------------------
    def _show_problems(self, problems: Iterable[PlanProblem]) -> None:
        self.problems = list(problems)
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(self._problem_text(problem), self.problem_list)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
        self.problem_list.setVisible(bool(self.problems))

    def _problem_text(self, problem: PlanProblem) -> str:
        return f"{self.field_label(problem.path)}: {core_text(problem.text)}"

    def field_label(self, path: str) -> str:
        """A JSON path such as `$.routines[0].steps[1].dosage.reps` in the editor's words:
        'Routine 1 "Neck basics" > step 2 (Chin tuck) > reps'."""
        words = {
            "title": self.tr("Title"),
            "clinician": self.tr("Clinician"),
            "name": self.tr("name"),
            "contact": self.tr("contact"),
            "start": self.tr("Start date"),
            "review": self.tr("Review date"),
            "notes": self.tr("Notes for the patient"),
            "routines": self.tr("Routines"),
            "exercises": self.tr("Own exercises"),
            "schedule": self.tr("Schedule"),
            "heat": self.tr("Heat"),
            "progression": self.tr("Progression"),
            "aim": self.tr("aim"),
            "steps": self.tr("steps"),
            "hold_seconds": self.tr("hold (s)"),
            "reps": self.tr("reps"),
            "sets": self.tr("sets"),
            "rest_seconds": self.tr("rest between sets (s)"),
            "per_side": self.tr("each side"),
            "rep_seconds": self.tr("rep time (s)"),
            "routine": self.tr("routine the reminder starts"),
            "days": self.tr("days"),
            "times": self.tr("times"),
            "movement_break_minutes": self.tr("movement break"),
            "checkin_time": self.tr("pain check-in"),
            "enabled": self.tr("use heat"),
            "session_minutes": self.tr("usual session"),
            "cap_minutes": self.tr("longest session"),
            "max_sessions_per_day": self.tr("sessions a day"),
            "min_gap_hours": self.tr("hours apart"),
            "mode": self.tr("suggest or keep"),
            "max_hold_seconds": self.tr("longest hold"),
            "max_reps": self.tr("most reps"),
            "max_sets": self.tr("most sets"),
            "feel": self.tr("feel"),
            "cautions": self.tr("cautions"),
            "stop_if": self.tr("stop if"),
            "image": self.tr("picture"),
            "areas": self.tr("areas"),
            "goal": self.tr("goal"),
            "equipment": self.tr("equipment"),
            "position": self.tr("position"),
            "id": self.tr("id"),
        }
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
            if previous == "routines" and number < len(self._routines):
                routine = self._routines[number]
                parts[-1] = self.tr('Routine {n} "{name}"').format(n=number + 1, name=routine.name)
            elif previous == "steps" and routine is not None and number < len(routine.steps):
                exercise = self._exercise_name(routine.steps[number].exercise)
                parts[-1] = self.tr("step {n} ({exercise})").format(n=number + 1, exercise=exercise)
            elif previous == "exercises" and number < len(self._own):
                parts[-1] = self.tr('Own exercise "{name}"').format(name=self._own[number].name)
            else:
                parts[-1] += f" {number + 1}"
        return " > ".join(parts) or self.tr("The plan")

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        path = str(item.data(Qt.ItemDataRole.UserRole))
        tabs = {
            "routines": self.TAB_ROUTINES,
            "schedule": self.TAB_SCHEDULE,
            "heat": self.TAB_HEAT,
            "progression": self.TAB_PROGRESSION,
            "exercises": self.TAB_EXERCISES,
        }
        top = re.match(r"\$\.([a-z_]+)(?:\[(\d+)\])?(?:\.steps\[(\d+)\])?", path)
        if top is None:
            self.tabs.setCurrentIndex(self.TAB_PLAN)
            return
        self.tabs.setCurrentIndex(tabs.get(top.group(1), self.TAB_PLAN))
        if top.group(1) == "routines" and top.group(2) is not None:
            self.routine_list.setCurrentRow(int(top.group(2)))
            if top.group(3) is not None:
                self.step_list.setCurrentRow(int(top.group(3)))
        elif top.group(1) == "exercises" and top.group(2) is not None:
            self.own_list.setCurrentRow(int(top.group(2)))

    # ---- ids and names -----------------------------------------------------------------------------
    def _routine_ids(self) -> dict[str, str]:
        taken = {r.fixed_id for r in self._routines if r.fixed_id}
        ids: dict[str, str] = {}
        for routine in self._routines:
            if routine.fixed_id:
                ids[routine.key] = routine.fixed_id
            else:
                ids[routine.key] = derive_id(routine.name, taken, "routine")
                taken.add(ids[routine.key])
        return ids

    def _exercise_ids(self) -> dict[str, str]:
        taken = {e.id for e in self._library.exercises} | {
            e.fixed_id for e in self._own if e.fixed_id
        }
        ids: dict[str, str] = {}
        for exercise in self._own:
            if exercise.fixed_id:
                ids[exercise.key] = exercise.fixed_id
            else:
                ids[exercise.key] = derive_id(exercise.name, taken, "exercise")
                taken.add(ids[exercise.key])
        return ids

    def _own_draft(self, key: str) -> ExerciseDraft | None:
        return next((e for e in self._own if e.key == key), None)

    def _exercise_name(self, key: str) -> str:
        own = self._own_draft(key)
        if own is not None:
            return own.name or self.tr("(unnamed exercise)")
        known = self._library.get(key)
        return exercise_name(known) if known else key

    def _base_values(self, key: str) -> DosageValues | None:
        own = self._own_draft(key)
        if own is not None:
            return dict(own.dosage)
        known = self._library.get(key)
        return _values(known.dosage) if known else None

    def _step_values(self, step: StepDraft) -> DosageValues:
        base = self._base_values(step.exercise) or _values(Dosage(rep_seconds=3))
        return {**base, **step.overrides}

    # ---- routines tab ------------------------------------------------------------------------------
    def _current_routine(self) -> RoutineDraft | None:
        row = self.routine_list.currentRow()
        return self._routines[row] if 0 <= row < len(self._routines) else None

    def _current_step(self) -> StepDraft | None:
        routine = self._current_routine()
        row = self.step_list.currentRow()
        if routine is None or not 0 <= row < len(routine.steps):
            return None
        return routine.steps[row]

    def add_routine(self) -> None:
        if len(self._routines) >= MAX_ROUTINES:
            return
        name = self.tr("Routine {n}").format(n=len(self._routines) + 1)
        self._routines.append(RoutineDraft(self._key("routine"), name))
        self._fill_routine_list(len(self._routines) - 1)
        self._fill_schedule_routines()
        self.routine_name.setFocus()
        self.routine_name.selectAll()

    def delete_routine(self) -> None:
        routine = self._current_routine()
        if routine is None:
            return
        if routine.steps:
            answer = QMessageBox.question(
                self,
                self.tr("Delete routine"),
                self.tr('Delete the routine "{name}" and its {n} steps from the plan?').format(
                    name=routine.name, n=len(routine.steps)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        row = self._routines.index(routine)
        del self._routines[row]
        self._fill_routine_list(min(row, len(self._routines) - 1))
        self._fill_schedule_routines()

    def _move_routine(self, offset: int) -> None:
        row = self.routine_list.currentRow()
        target = row + offset
        if not (0 <= row < len(self._routines) and 0 <= target < len(self._routines)):
            return
        routines = self._routines
        routines[row], routines[target] = routines[target], routines[row]
        self._fill_routine_list(target)
        self._fill_schedule_routines()

    def _fill_routine_list(self, select: int) -> None:
        with QSignalBlocker(self.routine_list):
            self.routine_list.clear()
            for routine in self._routines:
                QListWidgetItem(self._routine_item_text(routine), self.routine_list)
        self.routine_list.setCurrentRow(select)
        self._routine_selected(self.routine_list.currentRow())

    def _routine_item_text(self, routine: RoutineDraft) -> str:
        return self.tr("{name}\n{count} steps · about {time}").format(
            name=routine.name or self.tr("(no name)"),
            count=len(routine.steps),
            time=duration_text(self._routine_seconds(routine)),
        )

    def _routine_seconds(self, routine: RoutineDraft) -> int:
        total = 0
        for step in routine.steps:
            dosage = _dosage_or_none(self._step_values(step))
            if dosage is not None:
                total += step_seconds(dosage)
        return total

    def _routine_selected(self, row: int) -> None:
        routine = self._routines[row] if 0 <= row < len(self._routines) else None
        self.routine_editor.setEnabled(routine is not None)
        self.delete_routine_button.setEnabled(routine is not None)
        self.add_routine_button.setEnabled(len(self._routines) < MAX_ROUTINES)
        self.add_routine_button.setToolTip(
            ""
            if len(self._routines) < MAX_ROUTINES
            else self.tr("A plan holds at most {n} routines.").format(n=MAX_ROUTINES)
        )
        with QSignalBlocker(self.routine_name), QSignalBlocker(self.routine_aim):
            self.routine_name.setText(routine.name if routine else "")
            self.routine_aim.setText(routine.aim if routine else "")
        self._show_routine_id()
        self._fill_steps(0)

    def _show_routine_id(self) -> None:
        routine = self._current_routine()
        if routine is None:
            self.routine_id.clear()
            return
        routine_id = self._routine_ids()[routine.key]
        how = (
            self.tr("kept from the opened file, so the patient's history stays with it")
            if routine.fixed_id
            else self.tr("made from the name")
        )
        self.routine_id.setText(f"{routine_id} ({how})")

    def _routine_renamed(self, text: str) -> None:
        routine = self._current_routine()
        if routine is None:
            return
        routine.name = text
        item = self.routine_list.currentItem()
        if item is not None:
            item.setText(self._routine_item_text(routine))
        self._show_routine_id()
        self._fill_schedule_routines()

    def _routine_aim_edited(self, text: str) -> None:
        routine = self._current_routine()
        if routine is not None:
            routine.aim = text

    def _fill_picker(self) -> None:
        text = self.exercise_search.text()
        chosen = self.exercise_picker.currentItem()
        keep = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.exercise_picker.clear()
        needle = text.strip().lower()
        own = [e for e in self._own if not needle or needle in e.name.lower()]
        for draft in own:
            item = QListWidgetItem(
                self.tr("{name} (own exercise)").format(name=self._exercise_name(draft.key)),
                self.exercise_picker,
            )
            item.setData(Qt.ItemDataRole.UserRole, draft.key)
        for exercise in self._library.filtered(text=text):
            item = QListWidgetItem(exercise_name(exercise), self.exercise_picker)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(dosage_text(exercise.dosage))
        keys = [
            self.exercise_picker.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.exercise_picker.count())
        ]
        self.exercise_picker.setCurrentRow(keys.index(keep) if keep in keys else 0)

    def add_step(self) -> None:
        """Add the chosen exercise at the end of the current routine with its own dosage."""
        routine = self._current_routine()
        item = self.exercise_picker.currentItem()
        if routine is None or item is None:
            return
        if len(routine.steps) >= MAX_STEPS:
            self.routine_total.setText(
                self.tr("A routine holds at most {n} steps; remove one first.").format(n=MAX_STEPS)
            )
            return
        routine.steps.append(StepDraft(str(item.data(Qt.ItemDataRole.UserRole))))
        self._fill_steps(len(routine.steps) - 1)

    def move_step(self, offset: int) -> None:
        routine = self._current_routine()
        row = self.step_list.currentRow()
        target = row + offset
        if routine is None or not (
            0 <= row < len(routine.steps) and 0 <= target < len(routine.steps)
        ):
            return
        steps = routine.steps
        steps[row], steps[target] = steps[target], steps[row]
        self._fill_steps(target)
        self.step_list.setFocus()

    def delete_step(self) -> None:
        routine = self._current_routine()
        row = self.step_list.currentRow()
        if routine is None or not 0 <= row < len(routine.steps):
            return
        del routine.steps[row]
        self._fill_steps(min(row, len(routine.steps) - 1))

    def reset_step_dosage(self) -> None:
        step = self._current_step()
        if step is not None:
            step.overrides.clear()
            self._fill_steps(self.step_list.currentRow())

    def _fill_steps(self, select: int) -> None:
        routine = self._current_routine()
        steps = routine.steps if routine else []
        with QSignalBlocker(self.step_list):
            self.step_list.clear()
            for number, step in enumerate(steps, start=1):
                QListWidgetItem(self._step_text(number, step), self.step_list)
            self.step_list.setCurrentRow(select if 0 <= select < len(steps) else -1)
        self._step_selected(self.step_list.currentRow())
        if routine is not None:
            item = self.routine_list.currentItem()
            if item is not None:
                item.setText(self._routine_item_text(routine))
            self.routine_total.setText(
                self.tr("{count} steps, about {time} with get-ready and side changes").format(
                    count=len(steps), time=duration_text(self._routine_seconds(routine))
                )
            )
        else:
            self.routine_total.clear()
        self.add_step_button.setEnabled(routine is not None and len(steps) < MAX_STEPS)

    def _step_text(self, number: int, step: StepDraft) -> str:
        dosage = _dosage_or_none(self._step_values(step))
        words = dosage_text(dosage) if dosage else self.tr("dosage to fix")
        text = f"{number}. {self._exercise_name(step.exercise)}: {words}"
        if self._written_overrides(step):
            text += " · " + self.tr("changed")
        return text

    def _step_selected(self, row: int) -> None:
        routine = self._current_routine()
        step = routine.steps[row] if routine and 0 <= row < len(routine.steps) else None
        count = len(routine.steps) if routine else 0
        self.step_up_button.setEnabled(step is not None and row > 0)
        self.step_down_button.setEnabled(step is not None and row < count - 1)
        self.delete_step_button.setEnabled(step is not None)
        self.step_dosage.setEnabled(step is not None)
        self.reset_dosage_button.setEnabled(step is not None and bool(step.overrides))
        if step is None:
            self.dosage_heading.setText(self.tr("Choose a step to change its dosage."))
            return
        self.dosage_heading.setText(
            self.tr(
                "Dosage of step {n}, {exercise} (bold: changed from the exercise's own):"
            ).format(n=row + 1, exercise=self._exercise_name(step.exercise))
        )
        self.step_dosage.set_values(self._step_values(step), self._base_values(step.exercise))

    def _step_dosage_changed(self) -> None:
        step = self._current_step()
        if step is None:
            return
        base = self._base_values(step.exercise)
        values = self.step_dosage.values()
        step.overrides = {
            name: value for name, value in values.items() if base is None or value != base[name]
        }
        self.step_dosage.mark(base)
        self.reset_dosage_button.setEnabled(bool(step.overrides))
        row = self.step_list.currentRow()
        item = self.step_list.item(row)
        if item is not None:
            item.setText(self._step_text(row + 1, step))
        routine = self._current_routine()
        if routine is not None:
            self.routine_total.setText(
                self.tr("{count} steps, about {time} with get-ready and side changes").format(
                    count=len(routine.steps), time=duration_text(self._routine_seconds(routine))
                )
            )
            current = self.routine_list.currentItem()
            if current is not None:
                current.setText(self._routine_item_text(routine))

    # ---- schedule, heat, progression ---------------------------------------------------------------
    def _fill_schedule_routines(self, select: str = "") -> None:
        current = select or self.schedule_routine.currentData()
        with QSignalBlocker(self.schedule_routine):
            self.schedule_routine.clear()
            for routine in self._routines:
                self.schedule_routine.addItem(routine.name or self.tr("(no name)"), routine.key)
            index = self.schedule_routine.findData(current)
            self.schedule_routine.setCurrentIndex(index if index >= 0 else 0)

    def _start_changed(self, value: QDate) -> None:
        self.review_date.setMinimumDate(value)  # the review is never before the start

    def _heat_toggled(self, on: bool) -> None:
        self.heat_days.setEnabled(on)
        self.heat_times.setEnabled(on)
        if on and not self._filling and not self.heat_times.times():
            self.heat_times.time.setTime(QTime(19, 0))

    def _cap_changed(self, cap: int) -> None:
        self.heat_session.setMaximum(cap)  # the usual session is never longer than the cap

    def _progression_toggled(self, suggest: bool) -> None:
        for spin in (self.max_hold, self.max_reps, self.max_sets):
            spin.setEnabled(suggest)

    # ---- own exercises -------------------------------------------------------------------------------
    def _current_own(self) -> ExerciseDraft | None:
        row = self.own_list.currentRow()
        return self._own[row] if 0 <= row < len(self._own) else None

    def add_own_exercise(self) -> None:
        if len(self._own) >= MAX_OWN_EXERCISES:
            return
        name = self.tr("Exercise {n}").format(n=len(self._own) + 1)
        self._own.append(ExerciseDraft(self._key("own"), name))
        self._fill_own_list(len(self._own) - 1)
        self._fill_picker()
        self.own_name.setFocus()
        self.own_name.selectAll()

    def delete_own_exercise(self) -> None:
        draft = self._current_own()
        if draft is None:
            return
        using = [r.name for r in self._routines if any(s.exercise == draft.key for s in r.steps)]
        if using:
            QMessageBox.information(
                self,
                self.tr("Exercise in use"),
                self.tr(
                    '"{name}" is a step of {routines}. Delete those steps on the Routines tab '
                    "first."
                ).format(name=draft.name, routines=QLocale().createSeparatedList(using)),
            )
            return
        row = self._own.index(draft)
        del self._own[row]
        self._fill_own_list(min(row, len(self._own) - 1))
        self._fill_picker()

    def _fill_own_list(self, select: int) -> None:
        with QSignalBlocker(self.own_list):
            self.own_list.clear()
            for draft in self._own:
                QListWidgetItem(draft.name or self.tr("(no name)"), self.own_list)
        self.own_list.setCurrentRow(select)
        self._own_selected(self.own_list.currentRow())

    def _own_selected(self, row: int) -> None:
        draft = self._own[row] if 0 <= row < len(self._own) else None
        self.own_editor.setEnabled(draft is not None)
        self.delete_own_button.setEnabled(draft is not None)
        self.add_own_button.setEnabled(len(self._own) < MAX_OWN_EXERCISES)
        shown = draft or ExerciseDraft("", "")
        self._filling = True
        try:
            self.own_name.setText(shown.name)
            for code, box in self.own_areas.items():
                box.setChecked(code in shown.areas)
            self.own_goal.setCurrentIndex(self.own_goal.findData(shown.goal))
            self.own_equipment.setCurrentIndex(self.own_equipment.findData(shown.equipment))
            self.own_position.setCurrentIndex(self.own_position.findData(shown.position))
            self.own_steps.setPlainText("\n".join(shown.steps))
            self.own_dosage.set_values(shown.dosage, None)
            self.own_feel.setText(shown.feel)
            self.own_cautions.setPlainText("\n".join(shown.cautions))
            self.own_stop_if.setPlainText("\n".join(shown.stop_if))
        finally:
            self._filling = False
        self._show_own_id()
        self._show_picture()

    def _own_edited(self) -> None:
        draft = self._current_own()
        if self._filling or draft is None:
            return
        renamed = draft.name != self.own_name.text()
        draft.name = self.own_name.text()
        draft.areas = [code for code, box in self.own_areas.items() if box.isChecked()]
        draft.goal = str(self.own_goal.currentData())
        draft.equipment = str(self.own_equipment.currentData())
        draft.position = str(self.own_position.currentData())
        draft.steps = _lines(self.own_steps.toPlainText())
        draft.dosage = self.own_dosage.values()
        draft.feel = self.own_feel.text()
        draft.cautions = _lines(self.own_cautions.toPlainText())
        draft.stop_if = _lines(self.own_stop_if.toPlainText())
        if renamed:
            item = self.own_list.currentItem()
            if item is not None:
                item.setText(draft.name or self.tr("(no name)"))
            self._show_own_id()
            self._fill_picker()

    def _show_own_id(self) -> None:
        draft = self._current_own()
        self.own_id.setText(self._exercise_ids()[draft.key] if draft else "")

    def choose_picture(self) -> None:
        draft = self._current_own()
        if draft is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture for the exercise"),
            str(Path.home()),
            self.tr("Pictures (*.svg *.png)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        problem = ""
        try:
            data = path.read_bytes()
        except OSError as error:
            data = b""
            problem = self.tr("{file} cannot be read ({error}).").format(
                file=path.name, error=error.strerror or error
            )
        if not problem and len(data) > MAX_IMAGE_BYTES:
            problem = self.tr(
                "{file} is {size} KB; a picture is at most {limit} KB. Save it smaller and "
                "choose it again."
            ).format(file=path.name, size=len(data) // 1024, limit=MAX_IMAGE_BYTES // 1024)
        if not problem and data.startswith(b"\x89PNG\r\n\x1a\n"):
            kind = "image/png"
        elif not problem and b"<svg" in data[:4096]:
            kind = "image/svg+xml"
        elif not problem:
            problem = self.tr("{file} is not an SVG or PNG picture; choose one that is.").format(
                file=path.name
            )
        if problem:
            QMessageBox.warning(self, self.tr("Picture not used"), problem)
            return
        draft.image = f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
        self._show_picture()

    def remove_picture(self) -> None:
        draft = self._current_own()
        if draft is not None:
            draft.image = ""
            self._show_picture()

    def _show_picture(self) -> None:
        draft = self._current_own()
        image = draft.image if draft else ""
        self.remove_picture_button.setEnabled(bool(image))
        self.picture_label.setPixmap(QPixmap())
        if not image:
            self.picture_label.setText(self.tr("none (Coach shows a placeholder)"))
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
            self.picture_label.setText(self.tr("{size} KB picture").format(size=len(data) // 1024))

    # ---- refresh --------------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        """Own exercises may have changed: their names and dosages show on the Routines tab."""
        if index != self.TAB_ROUTINES:
            return
        self._fill_picker()
        for row, routine in enumerate(self._routines):
            item = self.routine_list.item(row)
            if item is not None:
                item.setText(self._routine_item_text(routine))
        self._fill_steps(self.step_list.currentRow())

    def _refresh_all(self, schedule_key: str = "") -> None:
        self._fill_own_list(0)
        self.exercise_search.clear()
        self._fill_picker()
        self.exercise_picker.setCurrentRow(0)
        self._fill_routine_list(0)
        self._fill_schedule_routines(schedule_key)
        self._show_problems([])
        self.tabs.setCurrentIndex(self.TAB_PLAN)


# ---- the preview ---------------------------------------------------------------------------------
class PlanPreviewDialog(QDialog):
    """The plan as the patient will see it, read-only, from the plan parsed back from the file's
    bytes."""

    def __init__(self, plan: Plan, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPreview")
        self.setWindowTitle(self.tr("Preview: {title}").format(title=plan.title))
        self.setSizeGripEnabled(True)
        self.plan = plan
        own = {e.id: e.exercise.name for e in plan.exercises}

        def exercise_name(exercise_id: str) -> str:
            known = library.get(exercise_id)
            return own.get(exercise_id) or (known.name if known else exercise_id)

        self.view = PlanView(plan, exercise_name)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        scroll.setAccessibleName(self.tr("The plan"))  # a Tab stop: the arrow keys scroll it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(
            paragraph(self.tr("This is what the patient sees when they open the saved file."), self)
        )
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(700, 680)

    def text(self) -> str:
        """Everything the preview shows, as plain text."""
        return self.view.text()

    def routine_seconds(self) -> dict[str, int]:
        """Each routine's planned seconds, by name."""
        return {r.name: r.planned_seconds() for r in self.plan.routines}


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


__all__ = [
    "DaysEditor",
    "DosageEditor",
    "PlanEditorDialog",
    "PlanPreviewDialog",
    "TimesEditor",
    "derive_id",
    "open_plan_editor",
]
