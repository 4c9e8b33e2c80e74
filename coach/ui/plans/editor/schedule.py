"""The Schedule tab: the routine the reminder starts, its days and times, movement breaks and the
pain check-in."""

from datetime import time

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QVBoxLayout, QWidget

from coach.ui.plans.editor.fields import DaysEditor, TimesEditor, form
from coach.ui.plans.editor.model import DraftModel, Part
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import paragraph
from coach.ui.widgets.time_field import TimeField

MIN_MOVEMENT_MINUTES = 20
MAX_MOVEMENT_MINUTES = 90
CHECKIN_TIME = time(17, 0)  # offered when the check-in is ticked


class ScheduleTab(QWidget):
    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.schedule_routine = QComboBox(self)
        self.schedule_routine.setObjectName("scheduleRoutine")
        self.schedule_routine.setAccessibleName(
            translate("PlanEditorDialog", "Routine the reminder starts")
        )
        self.schedule_days = DaysEditor(
            "scheduleDays", translate("PlanEditorDialog", "Exercise days"), self
        )
        self.schedule_times = TimesEditor(
            "scheduleTimes",
            translate("PlanEditorDialog", "Reminder times"),
            translate("PlanEditorDialog", "A&dd time"),
            translate("PlanEditorDialog", "Remove ti&me"),
            self,
        )
        self.movement_minutes = QSpinBox(self)
        self.movement_minutes.setObjectName("movementMinutes")
        self.movement_minutes.setRange(MIN_MOVEMENT_MINUTES - 1, MAX_MOVEMENT_MINUTES)
        self.movement_minutes.setSpecialValueText(
            translate("PlanEditorDialog", "leave the patient's setting")
        )
        self.movement_minutes.setSuffix(translate("PlanEditorDialog", " min of work"))
        self.movement_minutes.setAccessibleName(
            translate("PlanEditorDialog", "Movement break every")
        )
        self.movement_minutes.setToolTip(
            translate(
                "PlanEditorDialog",
                "20 to 90 minutes, or the lowest value to leave the patient's own setting",
            )
        )
        self.checkin_on = QCheckBox(translate("PlanEditorDialog", "Pain check-in &at:"), self)
        self.checkin_on.setObjectName("checkinOn")
        self.checkin_on.setToolTip(
            translate("PlanEditorDialog", "Unticked: the patient's own check-in time stays")
        )
        self.checkin_time = TimeField(self)
        self.checkin_time.setObjectName("checkinTime")
        self.checkin_time.setAccessibleName(translate("PlanEditorDialog", "Pain check-in time"))
        layout = form(QVBoxLayout(self))
        layout.addRow(
            paragraph(
                translate(
                    "PlanEditorDialog",
                    "The reminder starts one routine on the chosen days and times. The patient's "
                    "working and quiet hours stay theirs.",
                ),
                self,
            )
        )
        layout.addRow(translate("PlanEditorDialog", "Rem&inder starts:"), self.schedule_routine)
        layout.addRow(translate("PlanEditorDialog", "Days:"), self.schedule_days)
        layout.addRow(translate("PlanEditorDialog", "Times (1 to 12):"), self.schedule_times)
        layout.addRow(
            translate("PlanEditorDialog", "Movement &break every:"), self.movement_minutes
        )
        layout.addRow(self.checkin_on, self.checkin_time)
        self.schedule_routine.currentIndexChanged.connect(self._routine_chosen)
        self.schedule_days.changed.connect(self._days_changed)
        self.schedule_times.changed.connect(self._times_changed)
        self.movement_minutes.valueChanged.connect(self._movement_changed)
        self.checkin_on.toggled.connect(lambda _on: self._checkin_changed())
        self.checkin_time.timeChanged.connect(lambda _time: self._checkin_changed())
        self.fill()
        model.changed.connect(self._draft_changed)

    def _routine_chosen(self) -> None:
        chosen = self.schedule_routine.currentData()
        self._model.draft.schedule.routine = chosen if isinstance(chosen, str) else ""
        self._model.edited(Part.SCHEDULE)

    def _days_changed(self) -> None:
        self._model.draft.schedule.days = self.schedule_days.weekdays()
        self._model.edited(Part.SCHEDULE)

    def _times_changed(self) -> None:
        self._model.draft.schedule.times = self.schedule_times.times()
        self._model.edited(Part.SCHEDULE)

    def _movement_changed(self, minutes: int) -> None:
        off = minutes == self.movement_minutes.minimum()
        self._model.draft.schedule.movement_minutes = None if off else minutes
        self._model.edited(Part.SCHEDULE)

    def _checkin_changed(self) -> None:
        on = self.checkin_on.isChecked()
        self.checkin_time.setEnabled(on)
        self._model.draft.schedule.checkin_time = self.checkin_time.moment() if on else None
        self._model.edited(Part.SCHEDULE)

    def _draft_changed(self, part: str) -> None:
        if part == Part.ALL:
            self.fill()
        elif part == Part.ROUTINES:
            self._fill_routines()

    def _fill_routines(self) -> None:
        """The routines to choose from, the draft's chosen."""
        draft = self._model.draft
        with QSignalBlocker(self.schedule_routine):
            self.schedule_routine.clear()
            for routine in draft.routines:
                self.schedule_routine.addItem(
                    routine.name or translate("PlanEditorDialog", "(no name)"), routine.id
                )
            index = self.schedule_routine.findData(draft.schedule.routine)
            self.schedule_routine.setCurrentIndex(index if index >= 0 else 0)

    def fill(self) -> None:
        """Every field from the draft, without writing anything back."""
        schedule = self._model.draft.schedule
        self._fill_routines()
        widgets = (self.schedule_days, self.schedule_times, self.movement_minutes)
        blockers = [QSignalBlocker(w) for w in (*widgets, self.checkin_on, self.checkin_time)]
        self.schedule_days.set_weekdays(schedule.days)
        self.schedule_times.set_times(schedule.times)
        minutes = schedule.movement_minutes
        self.movement_minutes.setValue(minutes or self.movement_minutes.minimum())
        self.checkin_on.setChecked(schedule.checkin_time is not None)
        self.checkin_time.setEnabled(schedule.checkin_time is not None)
        self.checkin_time.set_moment(schedule.checkin_time or CHECKIN_TIME)
        del blockers
