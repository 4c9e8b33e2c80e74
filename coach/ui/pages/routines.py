"""Routines: the built-in routines and the user's own as cards (issue 20, point 3), each with a
thumbnail of its exercises and a summary in words; start one; make, copy, rename, reorder,
re-dose and delete your own. Built-ins can only be copied.

The keyboard: the arrows (and Home, End, or typing a name) move between the routine cards, Enter
starts the chosen routine (as Start routine does) and Tab goes on to the buttons and the steps. In
the steps of your own routine, Ctrl+Up and Ctrl+Down move the chosen step, Enter goes to its
numbers, and the sentence under the steps (coach.ui.pages.routine_steps) changes them; each change
is saved at once."""

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import DOSAGE_FIELDS, Dosage, dosage_messages
from coach.domain.plan_summary import PLAN_ROUTINE_PREFIX
from coach.domain.routines import MAX_STEPS, Routine, RoutineStep
from coach.services.catalog import CatalogService
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.routines import RoutineService
from coach.ui.pages.routine_cards import (
    CARD_THUMBNAIL_SIZE,
    CARD_THUMBNAILS,
    CardList,
    RoutineCard,
    StepCard,
    routine_areas,
)
from coach.ui.pages.routine_steps import StepEditor
from coach.ui.text.core import core_text
from coach.ui.text.data import catalog_exercise_name, exercise_name, routine_aim, routine_name
from coach.ui.text.labels import dosage_text, duration_text
from coach.ui.text.sources import sources_html
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import heading, paragraph, tab_order
from coach.ui.widgets.exercise_figures import STEP_THUMBNAIL_SIZE, Thumbnails

if TYPE_CHECKING:
    from coach.services.doses import DoseRules, DoseService


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
        self._editable = False  # the steps shown are the user's own: they can be changed

        self.list = CardList(self)
        self.list.setObjectName("routineList")
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.set_minimum_cards(2)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemActivated.connect(lambda _item: self._start())  # Enter, a double click
        self._card_thumbnails = Thumbnails(self.list, CARD_THUMBNAIL_SIZE)
        self._card_thumbnails.redraw.connect(self._refresh_card_thumbnails)
        self.new_button = self._button(self.tr("&New"), "newRoutine", self.new_routine)
        self.copy_button = self._button(self.tr("&Duplicate"), "duplicateRoutine", self.duplicate)
        self.rename_button = self._button(self.tr("Rena&me"), "renameRoutine", self.rename)
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
        layout.addLayout(self._build_detail(), 3)
        self.reload()

    def _build_detail(self) -> QVBoxLayout:
        self.title = heading("", self, scale=tokens.LEAD)
        self.title.setObjectName("routineTitle")
        self.title.setWordWrap(True)  # a long name at a large text size
        self.aim = paragraph("", self)
        self.source = paragraph("", self)  # where what the aim says comes from (built-ins)
        self.source.setObjectName("routineSource")
        self.source.setTextFormat(Qt.TextFormat.RichText)  # built by sources_html, escaped
        self.source.setOpenExternalLinks(True)
        self.duration = paragraph("", self)
        self.duration.setObjectName("routineDuration")
        self.read_only_note = paragraph(
            self.tr("Built-in routines cannot be changed. Use Duplicate to make your own copy."),
            self,
        )
        self.read_only_note.setObjectName("readOnlyNote")
        self.dose_note = paragraph("", self)
        self.dose_note.setObjectName("acceptedDoseNote")
        self.dose_note.hide()
        steps_title = self.tr("Exercises in this routine")
        self._build_steps(steps_title)
        self.adding = self._build_adding()
        self.start_button = self._button(self.tr("&Start routine"), "startRoutine", self._start)
        self.start_button.setDefault(True)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.aim)
        right.addWidget(self.source)
        right.addWidget(self.duration)
        right.addWidget(self.read_only_note)
        right.addWidget(self.dose_note)
        right.addWidget(heading(steps_title, self, scale=tokens.SECTION))
        right.addWidget(self.steps, 1)
        right.addWidget(self.step_actions)
        right.addWidget(self.editor)
        right.addWidget(self.adding)
        right.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        return right

    def _build_steps(self, title: str) -> None:
        """The routine's steps, the buttons that move and remove one, and the sentence that
        changes the chosen one."""
        self.steps = CardList(self)
        self.steps.setObjectName("routineSteps")
        self.steps.setAccessibleName(title)
        self.steps.set_minimum_cards(3)
        self.steps.currentRowChanged.connect(self._step_changed)
        self.steps.itemActivated.connect(lambda _item: self._edit_step())
        self.steps.installEventFilter(self)  # Ctrl+Up and Ctrl+Down move the step
        # Each step shows its exercise's thumbnail.
        self._thumbnails = Thumbnails(self.steps, STEP_THUMBNAIL_SIZE)
        self._thumbnails.redraw.connect(self._refresh_thumbnails)
        self.up_button = self._button(self.tr("Move &up"), "stepUp", lambda: self.move_step(-1))
        self.down_button = self._button(
            self.tr("Move do&wn"), "stepDown", lambda: self.move_step(1)
        )
        self.remove_button = self._button(self.tr("&Remove"), "removeStep", self.remove_step)
        for button, key in ((self.up_button, "Ctrl+Up"), (self.down_button, "Ctrl+Down")):
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("In the list of exercises: {key}").format(key=shown))
        self.step_actions = QWidget(self)
        moving = QHBoxLayout(self.step_actions)
        moving.setContentsMargins(0, 0, 0, 0)
        for widget in (self.up_button, self.down_button, self.remove_button):
            moving.addWidget(widget)
        moving.addStretch(1)
        self.editor = StepEditor(self)
        self.editor.changed.connect(self._editor_changed)
        self.editor.hide()

    def _build_adding(self) -> QWidget:
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
        adding = QWidget(self)
        add_label = QLabel(self.tr("E&xercise:"), adding)
        add_label.setBuddy(self.add_choice)  # names the choice for a screen reader too
        row = QHBoxLayout(adding)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(add_label)
        row.addWidget(self.add_choice, 1)
        row.addWidget(self.add_button)
        return adding

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _order_tabs(self) -> None:
        """Tab in reading order: the cards, their buttons, then the steps, the buttons under
        them, the chosen step's numbers, adding an exercise, and Start."""
        tab_order(
            self.list,
            self.new_button,
            self.copy_button,
            self.rename_button,
            self.delete_button,
            self.steps,
            self.up_button,
            self.down_button,
            self.remove_button,
            *self.editor.controls(),
            self.add_choice,
            self.add_button,
            self.start_button,
        )

    # ---- the routines ----------------------------------------------------------------------------
    def _doses(self) -> "DoseService":
        from coach.services.doses import DoseService  # noqa: PLC0415 (not at start-up)

        return DoseService(self._context)

    def reload(self, select_id: str | None = None) -> None:
        self._rules = self._doses().rules()
        own, problems = self._routines_service.user_routines(self._catalog.library)
        self._routines = [*self._catalog.routines, *own]
        self._listed = self._snapshot(self._routines)
        keep = select_id or (self._current.id if self._current else None)
        self._card_thumbnails.cancel()
        self.list.blockSignals(True)
        self.list.clear()
        for row, routine in enumerate(self._routines):
            card = RoutineCard()
            name, spoken = self._fill_card(card, routine)
            self.list.add_card(card, name, spoken)
            self._request_card_thumbnails(row, card, routine)
        ids = [r.id for r in self._routines]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.list.blockSignals(False)
        self.list.show_current()
        self._row_changed(self.list.currentRow())
        if problems:
            self.aim.setToolTip("\n".join(core_text(p.message) for p in problems))

    def _fill_card(self, card: RoutineCard, routine: Routine) -> tuple[str, str]:
        """Show `routine` on its card; its name and what a screen reader says for the card."""
        dosed = self._dosed_of(routine)
        exercises = [self._catalog.exercise(step.exercise_id) for step in routine.steps]
        summary = card.summary_text(
            len(routine.steps), dosed.planned_seconds(), routine_areas(exercises)
        )
        kind = self._kind(routine)
        name = routine_name(routine)
        card.show_routine(name, kind, exercises, summary)
        return name, f"{name}, {summary}, {kind}"

    def _kind(self, routine: Routine) -> str:
        if routine.id.startswith(PLAN_ROUTINE_PREFIX):
            return self.tr("from your plan")
        return self.tr("built-in") if routine.builtin else self.tr("yours")

    def _request_card_thumbnails(self, row: int, card: RoutineCard, routine: Routine) -> None:
        for index, step in enumerate(routine.steps[:CARD_THUMBNAILS]):
            exercise = self._catalog.exercise(step.exercise_id)
            if exercise is not None:
                self._card_thumbnails.request(
                    exercise, None, functools.partial(self._set_card_thumbnail, row, card, index)
                )

    def _set_card_thumbnail(self, row: int, card: RoutineCard, index: int, pixmap: QPixmap) -> None:
        if shiboken6.isValid(card) and self.list.card(row) is card:
            card.set_thumbnail(index, pixmap)

    @Slot()
    def _refresh_card_thumbnails(self) -> None:
        """The cards' thumbnails again, in the new theme's colours."""
        self._card_thumbnails.cancel()
        for row, routine in enumerate(self._routines):
            card = self.list.card(row)
            if isinstance(card, RoutineCard):
                self._request_card_thumbnails(row, card, routine)

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
        """The current routine as the steps show it: at an accepted dose, if one holds. Copies
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
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.step_actions.setVisible(editable)
        self.adding.setVisible(editable)
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
        self.editor.show_problem("")
        if routine is None:
            self._dosed = None
            self.title.setText("")
            self.dose_note.hide()
            self._fill_steps(None, editable=False)
            return
        self._dosed = self._at_dose(routine)
        self.title.setText(routine_name(routine))
        self.title.setAccessibleName(self.title.text())
        self.aim.setText(routine_aim(routine))
        self.aim.setVisible(bool(routine.aim))
        self.source.setText(sources_html(routine.source) if routine.builtin else "")
        self.source.setVisible(routine.builtin and bool(routine.source))
        self.duration.setText(self._duration_line(self._dosed))
        self._fill_steps(self._dosed, editable)

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

    # ---- the steps -------------------------------------------------------------------------------
    def _fill_steps(self, routine: Routine | None, editable: bool) -> None:
        """The routine's steps as cards, the same step chosen as before (where there is one)."""
        row = self.steps.currentRow()
        self._thumbnails.cancel()
        self._editable = editable
        self.steps.blockSignals(True)
        self.steps.clear()
        for index, step in enumerate(routine.steps if routine else ()):
            card = StepCard()
            title, spoken = self._fill_step_card(card, index, step)
            item = self.steps.add_card(card, title, spoken)
            item.setData(Qt.ItemDataRole.UserRole, step.exercise_id)
            self._request_thumbnail(index, card, step.exercise_id)
        if self.steps.count():
            self.steps.setCurrentRow(min(max(row, 0), self.steps.count() - 1))
        self.steps.blockSignals(False)
        self.steps.show_current()
        self._step_changed(self.steps.currentRow())

    def _fill_step_card(self, card: StepCard, index: int, step: RoutineStep) -> tuple[str, str]:
        """Show step `index` on its card; its title and what a screen reader says for it."""
        name = catalog_exercise_name(self._catalog, step.exercise_id)
        dose = dosage_text(step.dosage)
        title = f"{index + 1}. {name}"
        card.show_step(title, dose, STEP_THUMBNAIL_SIZE)
        return title, f"{title}: {dose}"

    def step_card(self, row: int) -> StepCard | None:
        card = self.steps.card(row)
        return card if isinstance(card, StepCard) else None

    def _request_thumbnail(self, row: int, card: StepCard, exercise_id: str) -> None:
        exercise = self._catalog.exercise(exercise_id)
        if exercise is not None:
            self._thumbnails.request(
                exercise, None, functools.partial(self._set_thumbnail, row, card)
            )

    def _set_thumbnail(self, row: int, card: StepCard, pixmap: QPixmap) -> None:
        if shiboken6.isValid(card) and self.steps.card(row) is card:
            card.set_thumbnail(pixmap)

    @Slot()
    def _refresh_thumbnails(self) -> None:
        """The steps' thumbnails again, in the new theme's colours."""
        self._thumbnails.cancel()
        for row in range(self.steps.count()):
            card = self.step_card(row)
            item = self.steps.item(row)
            if card is not None and item is not None:
                self._request_thumbnail(row, card, str(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(int)
    def _step_changed(self, row: int) -> None:
        """Show the chosen step of the user's own routine in the sentence editor."""
        routine = self._shown
        editing = self._editable and routine is not None and 0 <= row < len(routine.steps)
        self.editor.setVisible(editing)
        if editing and routine is not None:
            self._show_step(row, routine.steps[row])

    def _show_step(self, row: int, step: RoutineStep) -> None:
        exercise = self._catalog.exercise(step.exercise_id)
        sided = exercise is not None and (
            exercise.dosage.per_side or exercise.side_cues is not None
        )
        name = catalog_exercise_name(self._catalog, step.exercise_id)
        self.editor.show_step(row + 1, name, step.dosage, sided)
        self._order_tabs()

    def _edit_step(self) -> None:
        """Enter on a step of the user's own routine: to its first number."""
        controls = self.editor.controls() if self.editor.isVisible() else []
        if controls:
            controls[0].setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.steps
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self._editable
        ):
            self.move_step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # ---- changes (user routines only) ------------------------------------------------------------
    def _save(self, routine: Routine, steps_edited: bool = True) -> Routine:
        saved = self._routines_service.save(routine, self._catalog.library, steps_edited)
        self.reload(select_id=saved.id)
        return saved

    @Slot(str, object)
    def _editor_changed(self, field: str, value: object) -> None:
        if isinstance(value, int):  # a number, or True/False for "each side"
            self._change_dosage(self.steps.currentRow(), field, value)

    def _change_dosage(self, index: int, field: str, value: int | bool) -> None:
        """Save a number changed in the step's sentence. The steps show the dose the routine runs
        at, so an accepted dose change becomes the routine's own dose with the new number in it.
        A number the dose cannot have is not saved: the sentence shows the dose in force again
        and says why."""
        routine = self._shown
        if routine is None or routine.builtin or not 0 <= index < len(routine.steps):
            return
        step = routine.steps[index]
        values = {name: getattr(step.dosage, name) for name in DOSAGE_FIELDS}
        values[field] = value
        try:
            dosage = Dosage(**values)
        except ValueError:
            self._show_step(index, step)  # the dose in force again
            self.editor.show_problem(
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
        shown = self._dosed.steps[index]
        card = self.step_card(index)
        if card is not None:
            _title, spoken = self._fill_step_card(card, index, shown)
            self.steps.set_spoken(index, spoken)
            self.steps.refit()
        row = self.list.currentRow()
        routine_card = self.list.card(row)
        if isinstance(routine_card, RoutineCard):
            _name, spoken = self._fill_card(routine_card, self._current)
            self.list.set_spoken(row, spoken)  # the same exercises: the thumbnails stay
            self.list.refit()
        self.duration.setText(self._duration_line(self._dosed))
        self.editor.show_problem("")
        self._show_step(index, shown)

    def _dosage_problem(self, values: dict[str, int | bool]) -> str:
        """Why a dosage cannot be saved, naming the numbers as the sentence does."""
        if values.get("hold_seconds") == 0 and values.get("rep_seconds") == 0:
            return self.tr("a hold or a rep time above 0 is needed.")
        return "; ".join(
            f"{self.editor.field_name(name)}: {core_text(text)}"
            for name, text in dosage_messages(values)
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
        self.steps.setCurrentRow(len(routine.steps))

    def move_step(self, offset: int) -> None:
        routine = self._shown
        row = self.steps.currentRow()
        target = row + offset
        if routine is None or routine.builtin or row < 0 or not 0 <= target < len(routine.steps):
            return
        steps = list(routine.steps)
        steps[row], steps[target] = steps[target], steps[row]
        self._save(replace(routine, steps=tuple(steps)))
        self.steps.setCurrentRow(target)

    @Slot()
    def remove_step(self) -> None:
        routine = self._shown
        row = self.steps.currentRow()
        if routine is None or routine.builtin or row < 0 or len(routine.steps) <= 1:
            return
        steps = list(routine.steps)
        del steps[row]
        self._save(replace(routine, steps=tuple(steps)))

    @Slot()
    def _start(self) -> None:
        if self._current is not None and self._current.steps:
            self.start_routine.emit(self._current)
