"""Routines: the built-in routines and the user's own, with their durations and a thumbnail of each
step's exercise; start one; make, copy, rename, reorder, re-dose and delete your own. Built-ins can
only be copied."""

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
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
    dosage_messages,
)
from coach.domain.plan_summary import PLAN_ROUTINE_PREFIX
from coach.domain.routines import MAX_STEPS, Routine, RoutineStep
from coach.services.catalog import CatalogService
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.routines import RoutineService
from coach.ui.text.core import core_text
from coach.ui.text.data import catalog_exercise_name, exercise_name, routine_aim, routine_name
from coach.ui.text.labels import dosage_text, duration_text
from coach.ui.text.sources import sources_html
from coach.ui.widgets.blocks import heading, paragraph
from coach.ui.widgets.exercise_figures import STEP_THUMBNAIL_SIZE, Thumbnails, thumbnail_icon

if TYPE_CHECKING:
    from coach.services.doses import DoseRules, DoseService

# Table columns: the exercise, then one editable number per dosage field.
NUMBER_COLUMNS: tuple[tuple[str, int, int], ...] = (
    ("hold_seconds", 0, MAX_HOLD_SECONDS),
    ("reps", 1, MAX_REPS),
    ("sets", 1, MAX_SETS),
    ("rest_seconds", 0, MAX_REST_SECONDS),
    ("rep_seconds", 0, MAX_REP_SECONDS),
)
SIDE_COLUMN = 1 + len(NUMBER_COLUMNS)


class RoutinesPage(QWidget):
    start_routine = Signal(object)
    # The main window builds the page again (when next shown) after one of these: the catalog's
    # routines and exercises follow the plan.
    rebuilt_on = frozenset({Change.PLAN, Change.DATA})

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinesPage")
        self._context = context
        self._routines_service = RoutineService(context)
        self._catalog = CatalogService(context).catalog()
        self._routines: list[Routine] = []
        self._current: Routine | None = None
        self._dosed: Routine | None = None  # the current routine at the dose the player uses
        self._rules: DoseRules | None = None  # read again at each reload and show
        self._listed: list[tuple[str, str, tuple[RoutineStep, ...]]] = []

        self.list = QListWidget(self)
        self.list.setObjectName("routineList")
        self.list.setWordWrap(True)  # long names (German ones) wrap rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemActivated.connect(lambda _item: self._start())
        self.new_button = self._button(self.tr("&New"), "newRoutine", self.new_routine)
        self.copy_button = self._button(self.tr("&Duplicate"), "duplicateRoutine", self.duplicate)
        self.rename_button = self._button(self.tr("Re&name"), "renameRoutine", self.rename)
        self.delete_button = self._button(self.tr("De&lete"), "deleteRoutine", self.delete)
        manage = QGridLayout()  # two by two: room for the list at large text sizes
        for index, button in enumerate(
            (self.new_button, self.copy_button, self.rename_button, self.delete_button)
        ):
            manage.addWidget(button, index // 2, index % 2)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Routines"), self))
        left.addWidget(self.list, 1)
        left.addLayout(manage)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(self._build_detail(), 5)
        self.reload()

    def _build_detail(self) -> QVBoxLayout:
        self.title = heading("", self, scale=1.3)
        self.title.setObjectName("routineTitle")
        self.aim = paragraph("", self)
        self.source = paragraph("", self)  # where what the aim says comes from (built-ins)
        self.source.setObjectName("routineSource")
        self.source.setTextFormat(Qt.TextFormat.RichText)  # built by sources_html, escaped
        self.source.setOpenExternalLinks(True)
        self.duration = QLabel(self)
        self.duration.setObjectName("routineDuration")
        self.read_only_note = paragraph(
            self.tr("Built-in routines cannot be changed. Use Duplicate to make your own copy."),
            self,
        )
        self.read_only_note.setObjectName("readOnlyNote")
        self.dose_note = paragraph("", self)
        self.dose_note.setObjectName("acceptedDoseNote")
        self.dose_note.hide()
        self.table = QTableWidget(0, 2 + len(NUMBER_COLUMNS), self)
        self.table.setObjectName("stepsTable")
        self.table.setAccessibleName(self.tr("Exercises in this routine"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Exercise"),
                self.tr("Hold (s)"),
                self.tr("Reps"),
                self.tr("Sets"),
                self.tr("Rest (s)"),
                self.tr("Rep time (s)"),
                self.tr("Each side"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control, arrows move here
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Each step shows its exercise's thumbnail; rows are tall enough for it.
        self.table.setIconSize(QSize(STEP_THUMBNAIL_SIZE, STEP_THUMBNAIL_SIZE))
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(STEP_THUMBNAIL_SIZE + 6)
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), STEP_THUMBNAIL_SIZE + 6))
        self._thumbnails = Thumbnails(self.table, STEP_THUMBNAIL_SIZE)
        self._thumbnails.redraw.connect(self._refresh_thumbnails)
        editing = self._build_adding()
        self.up_button = self._button(self.tr("Move &up"), "stepUp", lambda: self.move_step(-1))
        self.down_button = self._button(
            self.tr("Move do&wn"), "stepDown", lambda: self.move_step(1)
        )
        self.remove_button = self._button(self.tr("&Remove"), "removeStep", self.remove_step)
        moving = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            moving.addWidget(widget)
        moving.addStretch(1)
        self.start_button = self._button(self.tr("&Start routine"), "startRoutine", self._start)
        self.start_button.setDefault(True)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.aim)
        right.addWidget(self.source)
        right.addWidget(self.duration)
        right.addWidget(self.read_only_note)
        right.addWidget(self.dose_note)
        right.addWidget(self.table, 1)
        right.addLayout(editing)
        right.addLayout(moving)
        right.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        return right

    def _build_adding(self) -> QHBoxLayout:
        """The row that adds an exercise to the user's own routine."""
        self.add_choice = QComboBox(self)
        self.add_choice.setObjectName("addExerciseChoice")
        self.add_choice.setAccessibleName(self.tr("Exercise to add"))
        # As wide as the page allows, not as wide as the longest name (large text would not fit).
        self.add_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_choice.setMinimumContentsLength(12)
        exercises = self._catalog.library.exercises
        for exercise in sorted(exercises, key=lambda e: exercise_name(e).lower()):
            self.add_choice.addItem(exercise_name(exercise), exercise.id)
        self.add_button = self._button(self.tr("&Add"), "addStep", self.add_step)
        add_label = QLabel(self.tr("E&xercise:"), self)
        add_label.setBuddy(self.add_choice)  # names the choice for a screen reader too
        editing = QHBoxLayout()
        editing.addWidget(add_label)
        editing.addWidget(self.add_choice, 1)
        editing.addWidget(self.add_button)
        return editing

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ---- list ----------------------------------------------------------------------------------
    def _doses(self) -> "DoseService":
        from coach.services.doses import DoseService  # noqa: PLC0415 (not at start-up)

        return DoseService(self._context)

    def reload(self, select_id: str | None = None) -> None:
        self._rules = self._doses().rules()
        own, problems = self._routines_service.user_routines(self._catalog.library)
        self._routines = [*self._catalog.routines, *own]
        self._listed = self._snapshot(self._routines)
        keep = select_id or (self._current.id if self._current else None)
        self.list.blockSignals(True)
        self.list.clear()
        for routine in self._routines:
            QListWidgetItem(self._list_text(routine), self.list)
        self.list.blockSignals(False)
        ids = [r.id for r in self._routines]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._row_changed(self.list.currentRow())
        if problems:
            self.aim.setToolTip("\n".join(core_text(p.message) for p in problems))

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: a dose accepted on Today or a plan adopted meanwhile shows here. Nothing
        is rebuilt when nothing changed, so the keyboard focus stays where it was."""
        super().showEvent(event)
        if event.spontaneous():
            return
        self._rules = self._doses().rules()
        own, _problems = self._routines_service.user_routines(self._catalog.library)
        if self._snapshot([*self._catalog.routines, *own]) != self._listed:
            self.reload()

    def _snapshot(self, routines: list[Routine]) -> list[tuple[str, str, tuple[RoutineStep, ...]]]:
        """What the page shows of each routine: its id, name and steps at the dose in force."""
        return [(r.id, r.name, self._dosed_of(r).steps) for r in routines]

    def _dosed_of(self, routine: Routine) -> Routine:
        return self._doses().routine_at_dose(routine, self._rules)

    @property
    def routines(self) -> list[Routine]:
        return list(self._routines)

    @property
    def current(self) -> Routine | None:
        return self._current

    @property
    def _shown(self) -> Routine | None:
        """The current routine as the table shows it: at an accepted dose, if one holds. Copies
        and changes start from what the user sees."""
        return self._dosed or self._current

    def select(self, routine_id: str) -> None:
        ids = [r.id for r in self._routines]
        self.list.setCurrentRow(ids.index(routine_id))

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        self._current = self._routines[row] if 0 <= row < len(self._routines) else None
        self._show_current()

    def _show_current(self) -> None:
        routine = self._current
        editable = routine is not None and not routine.builtin
        for widget in (
            self.rename_button,
            self.delete_button,
            self.add_choice,
            self.add_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            widget.setEnabled(editable)
        self.read_only_note.setVisible(routine is not None and routine.builtin)
        if routine is not None and routine.id.startswith(PLAN_ROUTINE_PREFIX):
            self.read_only_note.setText(
                self.tr(
                    "This routine is from your clinician's plan: it cannot be changed here. Use "
                    "Duplicate to make your own copy."
                )
            )
        else:
            self.read_only_note.setText(
                self.tr("Built-in routines cannot be changed. Use Duplicate to make your own copy.")
            )
        self.start_button.setEnabled(routine is not None and bool(routine.steps))
        self.copy_button.setEnabled(routine is not None)
        if routine is None:
            self._dosed = None
            self.title.setText("")
            self.dose_note.hide()
            self.table.setRowCount(0)
            return
        self._dosed = self._at_dose(routine)
        self.title.setText(routine_name(routine))
        self.aim.setText(routine_aim(routine))
        self.aim.setVisible(bool(routine.aim))
        self.source.setText(sources_html(routine.source) if routine.builtin else "")
        self.source.setVisible(routine.builtin and bool(routine.source))
        self.duration.setText(self._duration_line(self._dosed))
        self._fill_table(self._dosed, editable)

    def _at_dose(self, routine: Routine) -> Routine:
        """The routine as the player runs it: at the dose the user accepted on Today, if one
        holds (the note says so and since when), else at its own."""
        change = self._doses().accepted_change(routine, self._rules)
        self.dose_note.setVisible(change is not None)
        if change is None:
            return routine
        day = change.at.astimezone().date()
        shown_day = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        note = (
            self.tr(
                "Shown at the dose you accepted on {day}; the routine runs at this dose. Changing "
                "a number here makes it the routine's own dose."
            )
            if not routine.builtin
            else self.tr("Shown at the dose you accepted on {day}; the routine runs at this dose.")
        )
        self.dose_note.setText(note.format(day=shown_day))
        return replace(routine, steps=change.steps)

    def _fill_table(self, routine: Routine, editable: bool) -> None:
        row = self.table.currentRow()
        self._thumbnails.cancel()
        self.table.setRowCount(len(routine.steps))
        for index, step in enumerate(routine.steps):
            name = QTableWidgetItem(catalog_exercise_name(self._catalog, step.exercise_id))
            name.setToolTip(dosage_text(step.dosage))
            name.setData(Qt.ItemDataRole.UserRole, step.exercise_id)
            self.table.setItem(index, 0, name)
            self._request_thumbnail(index, step.exercise_id)
            for column, (field, low, high) in enumerate(NUMBER_COLUMNS, start=1):
                if editable:
                    self.table.takeItem(index, column)  # a built-in's number, not to show through
                    spin = QSpinBox(self.table)
                    spin.setRange(low, high)
                    spin.setValue(getattr(step.dosage, field))
                    spin.setAccessibleName(self._cell_name(name.text(), column))
                    spin.valueChanged.connect(
                        lambda value, i=index, f=field: self._change_dosage(i, f, value)
                    )
                    self.table.setCellWidget(index, column, spin)
                else:
                    self.table.removeCellWidget(index, column)
                    self.table.setItem(
                        index, column, QTableWidgetItem(str(getattr(step.dosage, field)))
                    )
            if editable:
                self.table.takeItem(index, SIDE_COLUMN)  # a built-in's "no" showed through
                sides = QCheckBox(self.table)
                sides.setChecked(step.dosage.per_side)
                sides.setAccessibleName(self._cell_name(name.text(), SIDE_COLUMN))
                sides.toggled.connect(lambda on, i=index: self._change_dosage(i, "per_side", on))
                self.table.setCellWidget(index, SIDE_COLUMN, sides)
            else:
                self.table.removeCellWidget(index, SIDE_COLUMN)
                self.table.setItem(
                    index,
                    SIDE_COLUMN,
                    QTableWidgetItem(self.tr("yes") if step.dosage.per_side else self.tr("no")),
                )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if 0 <= row < len(routine.steps):
            self.table.selectRow(row)
        if editable:  # Tab goes from the table through its cells, row by row, then on
            previous: QWidget = self.table
            for index in range(self.table.rowCount()):
                for column in range(1, self.table.columnCount()):
                    if (cell := self.table.cellWidget(index, column)) is not None:
                        QWidget.setTabOrder(previous, cell)
                        previous = cell
            QWidget.setTabOrder(previous, self.add_choice)

    def _request_thumbnail(self, row: int, exercise_id: str) -> None:
        exercise = self._catalog.exercise(exercise_id)
        if exercise is not None:
            self._thumbnails.request(
                exercise, None, functools.partial(self._set_thumbnail, row, exercise_id)
            )

    def _set_thumbnail(self, row: int, exercise_id: str, pixmap: QPixmap) -> None:
        item = self.table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == exercise_id:
            item.setIcon(thumbnail_icon(pixmap))

    def _refresh_thumbnails(self) -> None:
        """The steps' thumbnails again, in the new theme's colours."""
        self._thumbnails.cancel()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                self._request_thumbnail(row, str(item.data(Qt.ItemDataRole.UserRole)))

    def _cell_name(self, exercise: str, column: int) -> str:
        header = self.table.horizontalHeaderItem(column)
        return f"{exercise}: {header.text() if header else column}"

    # ---- changes (user routines only) ------------------------------------------------------------
    def _save(self, routine: Routine, steps_edited: bool = True) -> Routine:
        saved = self._routines_service.save(routine, self._catalog.library, steps_edited)
        self.reload(select_id=saved.id)
        return saved

    def _change_dosage(self, index: int, field: str, value: int | bool) -> None:
        """Save a number changed in the table. The table shows the dose the routine runs at, so
        an accepted dose change becomes the routine's own dose with the new number in it."""
        routine = self._shown
        if routine is None or routine.builtin:
            return
        step = routine.steps[index]
        values = {name: getattr(step.dosage, name) for name in DOSAGE_FIELDS}
        values[field] = value
        try:
            dosage = Dosage(**values)
        except ValueError:
            self._fill_table(routine, editable=True)  # show the dose in force again
            self.duration.setText(
                self.tr("Not saved: {problem}").format(problem=self._dosage_problem(values))
            )
            return
        steps = list(routine.steps)
        steps[index] = RoutineStep(step.exercise_id, dosage)
        self._current = self._routines_service.save(
            replace(routine, steps=tuple(steps)), self._catalog.library
        )
        self._dosed = self._at_dose(self._current)
        self._routines = [self._current if r.id == routine.id else r for r in self._routines]
        self._listed = self._snapshot(self._routines)
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._list_text(self._current))
        self.duration.setText(self._duration_line(self._dosed))

    def _dosage_problem(self, values: dict[str, int | bool]) -> str:
        """Why a dosage cannot be saved, naming the table's columns."""
        if values.get("hold_seconds") == 0 and values.get("rep_seconds") == 0:
            return self.tr("a hold or a rep time above 0 is needed.")
        columns = {field: column for column, (field, _low, _high) in enumerate(NUMBER_COLUMNS, 1)}
        parts = []
        for name, text in dosage_messages(values):
            header = self.table.horizontalHeaderItem(columns.get(name, SIDE_COLUMN))
            parts.append(f"{header.text() if header else name}: {core_text(text)}")
        return "; ".join(parts)

    def _list_text(self, routine: Routine) -> str:
        return self.tr("{name}\n{time} · %n exercise(s) · {kind}", "", len(routine.steps)).format(
            name=routine_name(routine),
            time=duration_text(self._dosed_of(routine).planned_seconds()),
            kind=self.tr("from your plan")
            if routine.id.startswith(PLAN_ROUTINE_PREFIX)
            else self.tr("built-in")
            if routine.builtin
            else self.tr("yours"),
        )

    def _duration_line(self, routine: Routine) -> str:
        return self.tr("About {time} with get-ready and side changes").format(
            time=duration_text(routine.planned_seconds())
        )

    @Slot()
    def new_routine(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New routine"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        first = self._catalog.exercise("chin_tuck") or self._catalog.library.exercises[0]
        self._save(Routine("", name.strip(), "", (RoutineStep(first.id, first.dosage),)))

    @Slot()
    def duplicate(self) -> None:
        routine = self._shown
        if routine is None:
            return
        name = self.tr("{name} (my copy)").format(name=routine_name(routine))
        self._save(routine.copy_as_user("", name))

    @Slot()
    def rename(self) -> None:
        routine = self._current
        if routine is None or routine.builtin:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename routine"), self.tr("Name:"), text=routine.name
        )
        if ok and name.strip():
            self._save(routine.renamed(name.strip()), steps_edited=False)

    @Slot()
    def delete(self) -> None:
        routine = self._current
        if routine is None or routine.builtin:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete routine"),
            self.tr("Delete your routine '{name}'? Sessions you did with it stay recorded.").format(
                name=routine.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._routines_service.delete(routine)
            self._current = None
            self.reload()

    @Slot()
    def add_step(self) -> None:
        routine = self._shown
        exercise = self._catalog.exercise(str(self.add_choice.currentData()))
        if routine is None or routine.builtin or exercise is None:
            return
        if len(routine.steps) >= MAX_STEPS:
            return
        step = RoutineStep(exercise.id, exercise.dosage)
        self._save(replace(routine, steps=(*routine.steps, step)))
        self.table.selectRow(len(routine.steps))

    def move_step(self, offset: int) -> None:
        routine = self._shown
        row = self.table.currentRow()
        target = row + offset
        if routine is None or routine.builtin or row < 0 or not 0 <= target < len(routine.steps):
            return
        steps = list(routine.steps)
        steps[row], steps[target] = steps[target], steps[row]
        self._save(replace(routine, steps=tuple(steps)))
        self.table.selectRow(target)

    @Slot()
    def remove_step(self) -> None:
        routine = self._shown
        row = self.table.currentRow()
        if routine is None or routine.builtin or row < 0 or len(routine.steps) <= 1:
            return
        steps = list(routine.steps)
        del steps[row]
        self._save(replace(routine, steps=tuple(steps)))

    @Slot()
    def _start(self) -> None:
        if self._current is not None and self._current.steps:
            self.start_routine.emit(self._current)
