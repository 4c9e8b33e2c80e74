"""A time of day (HH:mm) that takes typing the way people type a time, and says when it holds a
whole new time, so that a page can store each change at once without storing half-typed ones.

A plain QTimeEdit refuses a digit typed into a full section that is not selected, while the ":"
typed after it moves on to the minutes and selects them. So clicking on the hour of a box showing
11:30 and typing "12:00" gave 11:00 ("12" refused, "00" the minutes), and clicking after the text
(in the minutes, where most clicks on a wide box land) gave 11:12 or 11:00. Here:

- the first digit after a click, a focus change or any key that is not part of a time replaces
  the section at the cursor (the time edit then moves on to the minutes by itself), so "0830"
  typed on the hour gives 08:30 and "45" typed after the minutes gives hh:45;
- a whole time typed where the minutes were ("12:00", "1200", "9.30") starts again at the hour:
  what was typed is typed again from there, so the box takes the time whatever was clicked;
- "." is taken for ":" (German writes 12.00).

`entered` is emitted when the box holds a whole new time (one that differs from the time last
announced or set), so a page can store it at once, but never a half-typed one:
- at once after an arrow key, the mouse wheel or the arrow buttons, and after the last digit of
  a time typed from the hour ("12:00", "0830", "9:30");
- when the typing pauses (TYPING_PAUSE_MS) and the box shows a whole time: after only the hour
  was typed ("12" on 11:30 is 12:30), or digits typed into the minutes, where a ":" or a third
  digit may still follow and make them the hour;
- when Return is pressed or the field loses focus, once Qt has completed or undone what was typed.
So typing "12:00" over 11:30 announces 12:00 alone, never 01:30, 12:30 or 11:12 on the way."""

from datetime import time

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

FORMAT = "HH:mm"
TYPING_PAUSE_MS = 1000  # (product choice) typing that stops this long is a time entered
_SEPARATORS = {":": ":", ".": ":"}
_RESTART_AFTER_DIGITS = 3  # "120" typed into the minutes can only be meant as a time from the hour
_HOUR = QDateTimeEdit.Section.HourSection
_MINUTE = QDateTimeEdit.Section.MinuteSection
_CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class TimeField(QTimeEdit):
    entered = Signal()  # a whole new time shows: store it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(FORMAT)
        self._fresh = True  # the next digit starts a new entry
        self._typed = ""  # what this entry typed so far, digits and ":"
        self._before = self.time()  # the time when the entry started
        self._from_minutes = False  # the entry started in the minutes
        self._minute_digits = 0  # digits the entry typed into the minutes
        self._typing = False  # a typed key is being handled
        self._announced = self.time()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._typing_paused)
        self.lineEdit().installEventFilter(self)  # clicks land on the line edit inside
        self.timeChanged.connect(self._time_changed)
        self.editingFinished.connect(self._editing_finished)

    # ---- the value ---------------------------------------------------------------------------
    def moment(self) -> time:
        value = self.time()
        return time(value.hour(), value.minute())

    def set_moment(self, moment: time) -> None:
        """Show `moment` without announcing it (it came from the settings, not from the user)."""
        value = QTime(moment.hour, moment.minute)
        blocked = self.blockSignals(True)
        self.setTime(value)
        self.blockSignals(blocked)
        self._announced = value
        self._fresh = True
        self._pause.stop()

    def shows_whole_time(self) -> bool:
        """False while a section is half typed (such as "1:30" on the way to "12:30")."""
        return self.lineEdit().text() == self.time().toString(FORMAT)

    @Slot()
    def _time_changed(self) -> None:
        if not self._typing and self.shows_whole_time():
            self._announce()  # an arrow key, the wheel or the arrow buttons: a whole step

    @Slot()
    def _typing_paused(self) -> None:
        if self.shows_whole_time():
            self._announce()

    @Slot()
    def _editing_finished(self) -> None:
        self._fresh = True
        self._pause.stop()
        self._announce()  # Qt has completed (or undone) a half-typed time by now

    def _announce(self) -> None:
        if self.time() != self._announced:
            self._announced = self.time()
            self.entered.emit()

    # ---- typing ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._fresh = True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fresh = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = _SEPARATORS.get(event.text(), event.text())
        chord = event.modifiers() & _CHORD_MODIFIERS  # Ctrl+1 is a shortcut, not a digit
        if chord or not (text.isdigit() or (text == ":" and not self._fresh)):
            self._fresh = True
            self._pause.stop()
            super().keyPressEvent(event)
            return
        if self._fresh:
            self._start_entry()
        self._typed += text
        digits = sum(c.isdigit() for c in self._typed)
        if self._from_minutes and (":" in self._typed or digits >= _RESTART_AFTER_DIGITS):
            self._type_again_from_the_hour()
        else:
            self._type(text)
        if not self._from_minutes and self._minute_digits and self.shows_whole_time():
            self._pause.stop()
            self._announce()  # typed from the hour to the end of the minutes
        else:
            self._pause.start()

    def _start_entry(self) -> None:
        self._fresh = False
        self._typed = ""
        self._before = self.time()
        self._minute_digits = 0
        line = self.lineEdit()
        whole = line.hasSelectedText() and len(line.selectedText()) == len(line.text())
        section = _HOUR if whole else self.currentSection()
        self._from_minutes = section == _MINUTE
        self.setSelectedSection(section)

    def _type(self, character: str) -> None:
        """Type one digit or ":" as Qt's time edit takes it."""
        if character.isdigit() and self.currentSection() == _MINUTE:
            self._minute_digits += 1
        key = Qt.Key.Key_Colon if character == ":" else Qt.Key(ord(character))
        self._typing = True
        try:
            super().keyPressEvent(
                QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, character)
            )
        finally:
            self._typing = False

    def _type_again_from_the_hour(self) -> None:
        """What was typed into the minutes was a whole time: type it again from the hour."""
        self._from_minutes = False
        self._minute_digits = 0
        blocked = self.blockSignals(True)
        self.setTime(self._before)
        self.blockSignals(blocked)
        self.setSelectedSection(_HOUR)
        for character in self._typed:
            self._type(character)
