"""Settings -> Reminders: the user's day (working days and hours, quiet hours: several quiet times)
and each kind of reminder (on/off, when). Every change applies at once: a time typed into a time
box as soon as it is whole (never a half-typed one, see TimeField), a list of times once the
typing pauses or the field is left. One that cannot work says which field and why, and changes
nothing (a half-typed list of times says so only when the field is left). While a safety flag is
open a calm note says that exercise reminders are paused (CLINICAL.md section 4a) and offers to
clear it, as Today's banner does: the settings themselves stay the user's, and apply again once
it is cleared. A reminder set inside a quiet time never comes (quiet hours skip it, never move
it), so a note under the reminders names each such time and its quiet time."""

import re
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QLocale, QTimer, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.reminders import AWAY_SECONDS, ReminderSettings
from coach.domain.schedule import (
    MAX_TIMES_PER_DAY,
    MOVEMENT_MAX_MINUTES,
    MOVEMENT_MIN_MINUTES,
    DailyWindow,
    QuietTimeError,
    ReminderKind,
    ScheduleError,
    TimedRule,
    UserDay,
)
from coach.ui.pages.settings.quiet_times import QuietTimesEditor
from coach.ui.runners.presence import PresenceMonitor
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.text.core import core_text
from coach.ui.text.situations import reminders_held_sentence
from coach.ui.widgets.blocks import StatusLine, paragraph
from coach.ui.widgets.time_field import TYPING_PAUSE_MS, TimeField

_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")  # 9:30 or 09:30; no seconds, no time zone


class ReminderFieldError(ValueError):
    """Reminder settings on the page that cannot work; the text (in the user's language) names
    the field and why."""


class WeekdayPicker(QWidget):
    """Seven check boxes, Monday first, named in the user's language."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.boxes: list[QCheckBox] = []
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            box.setObjectName(f"{name}Day{day}")
            box.setAccessibleName(locale.dayName(day + 1))
            row.addWidget(box)
            self.boxes.append(box)
        row.addStretch(1)

    def days(self) -> frozenset[int]:
        return frozenset(day for day, box in enumerate(self.boxes) if box.isChecked())

    def set_days(self, days: frozenset[int]) -> None:
        for day, box in enumerate(self.boxes):
            box.blockSignals(True)
            box.setChecked(day in days)
            box.blockSignals(False)


def _time_list_text(times: tuple[time, ...]) -> str:
    return ", ".join(f"{t:%H:%M}" for t in sorted(times))


class ReminderSettingsPanel(QWidget):
    def __init__(
        self,
        controller: ReminderController,
        routines: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`routines`: (id, name) of the routines a routine reminder may open."""
        super().__init__(parent)
        self.setObjectName("reminderSettings")
        self._controller = controller
        # A list of times is stored once its typing pauses (or the field is left): "10:30, 1"
        # on the way to "10:30, 15:00" is not a list to store, nor to complain about yet.
        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self._apply_typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_held_note())
        layout.addWidget(self._build_day_box())
        layout.addWidget(self._build_reminders_box(routines))
        self.quiet_clash_note = paragraph("", self)
        self.quiet_clash_note.setObjectName("quietClashNote")
        self.quiet_clash_note.hide()
        layout.addWidget(self.quiet_clash_note)
        layout.addWidget(self._build_presence_note())
        # Said to a screen reader as it changes: a change that cannot work is not stored.
        self.message = StatusLine(self)
        self.message.setObjectName("reminderSettingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight)")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._show(controller.settings)
        self._show_held()
        controller.changed.connect(self._show_held)  # a flag raised or cleared, from the store
        controller.changed.connect(self._show_quiet_clashes)  # also settings from a plan

    # ---- building --------------------------------------------------------------------------------
    def _time_edit(self, name: str, accessible: str, parent: QWidget) -> TimeField:
        edit = TimeField(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.entered.connect(self._apply)  # each whole time typed, stored at once
        return edit

    def _build_held_note(self) -> QFrame:
        """The calm note while exercise reminders are held: in the theme's colours, as Today's
        banner, with the same "A clinician has checked this" (after the same question)."""
        note = QFrame(self)
        note.setObjectName("remindersHeldNote")
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        note.setAutoFillBackground(True)
        self.held_text = paragraph(reminders_held_sentence(), note)
        self.held_text.setObjectName("remindersHeldText")
        self.clear_flags_button = QPushButton(self.tr("A clinician has &checked this…"), note)
        self.clear_flags_button.setObjectName("clearSafetyFlagsInSettings")
        self.clear_flags_button.clicked.connect(self._clear_flags)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_flags_button)
        body = QVBoxLayout(note)
        body.addWidget(self.held_text)
        body.addLayout(row)
        note.setAccessibleName(reminders_held_sentence())
        self.held_note = note
        return note

    @Slot()
    def _show_held(self) -> None:
        self.held_note.setVisible(self._controller.exercise_held)

    @Slot()
    def _clear_flags(self) -> None:
        safety = self._controller.safety
        if safety is None:
            return
        from coach.ui.dialogs.clinician_check import ask_and_clear  # noqa: PLC0415 (when asked)

        ask_and_clear(self, safety)

    def _build_day_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your day"), self)
        self.work_days = WeekdayPicker("work", box)
        for check in self.work_days.boxes:
            check.toggled.connect(self._apply)
        self.work_start = self._time_edit("workStart", self.tr("Work starts"), box)
        self.work_end = self._time_edit("workEnd", self.tr("Work ends"), box)
        self.quiet = QuietTimesEditor(box)
        self.quiet.setAccessibleName(self.tr("Quiet hours"))
        self.quiet.changed.connect(self._apply)
        form = QFormLayout(box)
        # At large text sizes a field goes under its label rather than off the edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Working days:"), self.work_days)
        form.addRow(self.tr("Working hours:"), self._pair(self.work_start, self.work_end, box))
        form.addRow(self.tr("Quiet hours (no reminders at all):"), self.quiet)
        return box

    def _pair(self, start: TimeField, end: TimeField, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(start)
        row.addWidget(QLabel(self.tr("to"), holder))
        row.addWidget(end)
        row.addStretch(1)
        return holder

    def _build_reminders_box(self, routines: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"), self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.movement_on = QCheckBox(self.tr("&Movement break every"), box)
        self.movement_on.setObjectName("movementOn")
        self.movement_on.toggled.connect(self._apply)
        self.movement_minutes = QSpinBox(box)
        self.movement_minutes.setObjectName("movementMinutes")
        self.movement_minutes.setRange(MOVEMENT_MIN_MINUTES, MOVEMENT_MAX_MINUTES)
        self.movement_minutes.setSuffix(self.tr(" min"))
        self.movement_minutes.setAccessibleName(self.tr("Minutes between movement breaks"))
        self.movement_minutes.valueChanged.connect(self._apply)  # a whole number, in range
        self.movement_minutes.editingFinished.connect(self._apply)
        movement_row = QHBoxLayout()
        movement_row.addWidget(self.movement_minutes)
        movement_row.addWidget(QLabel(self.tr("of working time"), box))
        movement_row.addStretch(1)
        form.addRow(self.movement_on, movement_row)

        self.routine_on = QCheckBox(self.tr("R&outine reminder"), box)
        self.routine_on.setObjectName("routineOn")
        self.routine_on.toggled.connect(self._apply)
        self.routine = QComboBox(box)
        self.routine.setObjectName("routineChoice")
        self.routine.setAccessibleName(self.tr("Routine to remind of"))
        self.routine.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine.setMinimumContentsLength(12)
        for routine_id, name in routines:
            self.routine.addItem(name, routine_id)
        self.routine.currentIndexChanged.connect(self._apply)
        self.routine_times = self._times_edit("routineTimes", self.tr("Routine times"), box)
        self.routine_days = WeekdayPicker("routine", box)
        for check in self.routine_days.boxes:
            check.toggled.connect(self._apply)
        routine_row = QHBoxLayout()
        # The routine's name takes most of the room: the times ("10:30, 15:00") need little.
        routine_row.addWidget(self.routine, 3)
        routine_row.addWidget(QLabel(self.tr("at"), box))
        routine_row.addWidget(self.routine_times, 1)
        # A label that names the choice: on Linux and macOS a screen reader takes a combo box's
        # name from its buddy label, not from setAccessibleName.
        which = QLabel(self.tr("Routine:"), box)
        which.setBuddy(self.routine)
        form.addRow(self.routine_on)
        form.addRow(which, routine_row)
        form.addRow("", self.routine_days)

        self.checkin_on = QCheckBox(self.tr("&Pain check-in at"), box)
        self.checkin_on.setObjectName("checkinOn")
        self.checkin_on.toggled.connect(self._apply)
        self.checkin_times = self._times_edit("checkinTimes", self.tr("Check-in times"), box)
        form.addRow(self.checkin_on, self.checkin_times)

        self.heat_on = QCheckBox(self.tr("Hea&t session at"), box)
        self.heat_on.setObjectName("heatOn")
        self.heat_on.toggled.connect(self._apply)
        self.heat_times = self._times_edit("heatTimes", self.tr("Heat reminder times"), box)
        form.addRow(self.heat_on, self.heat_times)
        return box

    def _times_edit(self, name: str, accessible: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(self.tr("for example 10:30, 15:00"))
        edit.textEdited.connect(lambda _text: self._typing_pause.start())
        edit.editingFinished.connect(self._apply)
        return edit

    def _build_presence_note(self) -> QLabel:
        note = paragraph(self._presence_text(), self)
        note.setObjectName("presenceNote")
        self._presence_note = note
        presence = self._controller.presence
        if isinstance(presence, PresenceMonitor):  # its answers come later, off the UI thread
            presence.changed.connect(self._update_presence_note)
        return note

    @Slot()
    def _update_presence_note(self) -> None:
        self._presence_note.setText(self._presence_text())

    def _presence_text(self) -> str:
        presence = self._controller.presence
        lines = [
            self.tr(
                "Time away from the keyboard ({n} minutes or more) counts as a movement break."
            ).format(n=AWAY_SECONDS // 60)
            if presence.idle_source
            else self.tr(
                "Coach cannot see time away from the keyboard on this desktop, so only the "
                "reminder itself restarts the movement-break count."
            ),
            self.tr("Reminders wait while a full-screen window is in front.")
            if presence.fullscreen_source
            else self.tr(
                "Coach cannot see full-screen windows on this desktop; pause reminders from "
                "the tray icon during a presentation."
            ),
        ]
        return " ".join(lines)

    # ---- showing and applying --------------------------------------------------------------------
    @Slot(object)
    def _show(self, settings: ReminderSettings) -> None:
        widgets: list[QWidget] = [
            self.movement_on,
            self.movement_minutes,
            self.routine_on,
            self.routine,
            self.routine_times,
            self.checkin_on,
            self.checkin_times,
            self.heat_on,
            self.heat_times,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        day = settings.day
        self.work_days.set_days(day.work_days)
        self.work_start.set_moment(day.work.start)
        self.work_end.set_moment(day.work.end)
        self.quiet.set_windows(day.quiet)
        self.movement_on.setChecked(settings.movement.enabled)
        self.movement_minutes.setValue(settings.movement.every_minutes)
        self.routine_on.setChecked(settings.routine.enabled)
        index = self.routine.findData(settings.routine.routine_id)
        self.routine.setCurrentIndex(max(index, 0))
        self.routine_times.setText(_time_list_text(settings.routine.times))
        self.routine_days.set_days(settings.routine.weekdays)
        self.checkin_on.setChecked(settings.checkin.enabled)
        self.checkin_times.setText(_time_list_text(settings.checkin.times))
        self.heat_on.setChecked(settings.heat.enabled)
        self.heat_times.setText(_time_list_text(settings.heat.times))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_quiet_clashes()

    @Slot()
    def _show_quiet_clashes(self) -> None:
        """Name the reminders that fall in a quiet time, and say what to do; hidden when none do."""
        names = {
            ReminderKind.ROUTINE: self.tr("the routine reminder"),
            ReminderKind.CHECKIN: self.tr("the pain check-in"),
            ReminderKind.HEAT: self.tr("the heat reminder"),
        }
        clashes = [
            self.tr("{reminder} at {time} (quiet {start} to {end})").format(
                reminder=names[clash.kind],
                time=f"{clash.at:%H:%M}",
                start=f"{clash.quiet.start:%H:%M}",
                end=f"{clash.quiet.end:%H:%M}",
            )
            for clash in self._controller.settings.quiet_clashes()
        ]
        self.quiet_clash_note.setText(
            self.tr(
                "Quiet hours hold back %n reminder(s), which will not come: {list}. Move the "
                "time, or the quiet hours.",
                "",
                len(clashes),
            ).format(list="; ".join(clashes))
            if clashes
            else ""
        )
        self.quiet_clash_note.setVisible(bool(clashes))

    @Slot()
    def _apply(self) -> None:
        self._typing_pause.stop()
        try:
            settings = self._read()
        except ReminderFieldError as problem:
            self.message.setText(str(problem))
            return
        except ScheduleError as error:
            self.message.setText(core_text(error.message))
            return
        self._store(settings)

    @Slot()
    def _apply_typed(self) -> None:
        """A list of times whose typing paused: stored when it can work, else left to be said
        when the field is left (the user may be half-way through a time)."""
        try:
            settings = self._read()
        except (ReminderFieldError, ScheduleError):
            return
        self._store(settings)

    def _store(self, settings: ReminderSettings) -> None:
        self.message.setText("")
        if settings != self._controller.settings:
            self._controller.apply_settings(settings)  # says `changed`: the quiet-hours note

    def _read(self) -> ReminderSettings:
        """The settings on screen (ReminderFieldError naming the field that cannot work)."""
        current = self._controller.settings
        if self.work_end.moment() <= self.work_start.moment():
            raise ReminderFieldError(self.tr("Working hours: the end must come after the start."))
        for label, on, text, days in (
            (self.tr("Routine"), self.routine_on, self.routine_times, self.routine_days.days()),
            (self.tr("Pain check-in"), self.checkin_on, self.checkin_times, None),
            (self.tr("Heat"), self.heat_on, self.heat_times, None),
        ):
            if on.isChecked() and not text.text().strip():
                raise ReminderFieldError(
                    self.tr("{field}: give at least one time, like 10:30.").format(field=label)
                )
            if on.isChecked() and days is not None and not days:
                raise ReminderFieldError(
                    self.tr("{field}: choose at least one day.").format(field=label)
                )
        try:
            day = UserDay(
                self.work_days.days(),
                DailyWindow(self.work_start.moment(), self.work_end.moment()),
                self.quiet.windows(),
            )
        except QuietTimeError as error:
            raise ReminderFieldError(
                self.tr("Quiet hours: {error}").format(error=core_text(error.message))
            ) from error
        except ScheduleError as error:
            raise ReminderFieldError(
                self.tr("Your day: {error}").format(error=core_text(error.message))
            ) from error

        def timed(
            rule: TimedRule, label: str, enabled: bool, text: str, **changes: object
        ) -> TimedRule:
            # A reminder that is off keeps its times (and days) when the field is left empty.
            times = self._parse_times(label, text) if text.strip() or enabled else rule.times
            if not enabled and not changes.get("weekdays", True):
                changes["weekdays"] = rule.weekdays
            if len(times) > MAX_TIMES_PER_DAY:
                raise ReminderFieldError(
                    self.tr("{field}: at most {n} times a day.").format(
                        field=label, n=MAX_TIMES_PER_DAY
                    )
                )
            try:
                return replace(rule, enabled=enabled, times=times, **changes)  # type: ignore[arg-type]
            except ScheduleError as error:
                raise ReminderFieldError(
                    self.tr("{field}: {error}").format(field=label, error=core_text(error.message))
                ) from error

        routine_id = str(self.routine.currentData() or current.routine.routine_id)
        return ReminderSettings(
            day,
            replace(
                current.movement,
                enabled=self.movement_on.isChecked(),
                every_minutes=self.movement_minutes.value(),
            ),
            timed(
                current.routine,
                self.tr("Routine"),
                self.routine_on.isChecked(),
                self.routine_times.text(),
                routine_id=routine_id,
                weekdays=self.routine_days.days(),
            ),
            timed(current.heat, self.tr("Heat"), self.heat_on.isChecked(), self.heat_times.text()),
            timed(
                current.checkin,
                self.tr("Pain check-in"),
                self.checkin_on.isChecked(),
                self.checkin_times.text(),
            ),
        )

    def _parse_times(self, label: str, text: str) -> tuple[time, ...]:
        parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        times: list[time] = []
        for part in parts:
            try:
                if not _CLOCK_TIME.fullmatch(part):
                    raise ValueError(part)
                times.append(time.fromisoformat(part.zfill(5)))
            except ValueError:
                raise ReminderFieldError(
                    self.tr(
                        '{field}: "{text}" is not a time; write times like 09:00, 15:30.'
                    ).format(field=label, text=part)
                ) from None
        return tuple(sorted(set(times)))
