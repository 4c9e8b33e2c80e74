"""Settings -> Reminders -> quiet hours: a list of quiet times (the night, lunch, ...), each a start
and an end that may cross midnight. Add a quiet time, change its times by typing or with the
arrow keys, remove it; each change is announced with `changed` for the panel to check and store.
Keyboard: Tab goes through each row's start, end and Remove, then to "Add a quiet time"; a new
row takes the focus on its start, and after a removal the focus goes to the next row (or Add)."""

from datetime import time
from itertools import pairwise

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.schedule import MAX_QUIET_TIMES, DailyWindow, windows_overlap
from coach.ui.widgets.blocks import paragraph
from coach.ui.widgets.theme import large_target
from coach.ui.widgets.time_field import TimeField

# Where a new quiet time goes: lunch first, else the first free hour of the day.
_LUNCH = DailyWindow(time(12), time(13))


def free_hour(taken: tuple[DailyWindow, ...]) -> DailyWindow:
    """A one-hour quiet time that overlaps none of `taken`: lunch when it is free, else the first
    free hour from midnight (lunch when the day is full: the panel then says they overlap)."""
    candidates = [_LUNCH] + [DailyWindow(time(h), time((h + 1) % 24)) for h in range(24)]
    return next(
        (c for c in candidates if not any(windows_overlap(c, t) for t in taken)),
        _LUNCH,
    )


class QuietTimeRow(QWidget):
    """One quiet time: its start, "to", its end, and Remove."""

    def __init__(self, window: DailyWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = TimeField(self)
        self.end = TimeField(self)
        self.start.set_moment(window.start)
        self.end.set_moment(window.end)
        self.to_label = QLabel(self.tr("to"), self)
        # No access key: with several rows it would be the same key several times.
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        for widget in (self.start, self.end, self.remove_button):
            large_target(widget)
        row.addWidget(self.start)
        row.addWidget(self.to_label)
        row.addWidget(self.end)
        row.addWidget(self.remove_button)
        row.addStretch(1)

    def number(self, number: int) -> None:
        """Name the row's parts by its place in the list (from 1), as messages name it."""
        self.setObjectName(f"quietTime{number}")
        self.start.setObjectName(f"quietStart{number}")
        self.end.setObjectName(f"quietEnd{number}")
        self.remove_button.setObjectName(f"removeQuietTime{number}")
        self.start.setAccessibleName(self.tr("Quiet time {n} starts").format(n=number))
        self.end.setAccessibleName(self.tr("Quiet time {n} ends").format(n=number))
        self.remove_button.setAccessibleName(self.tr("Remove quiet time {n}").format(n=number))

    def quiet_time(self) -> DailyWindow:
        return DailyWindow(self.start.moment(), self.end.moment())


class QuietTimesEditor(QWidget):
    changed = Signal()  # a time entered, a quiet time added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quietTimes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        layout.addLayout(self._rows_layout)
        self.rows: list[QuietTimeRow] = []
        self.none_note = paragraph(
            self.tr("None: reminders may come at any time of the day."), self
        )
        self.none_note.setObjectName("noQuietTimes")
        layout.addWidget(self.none_note)
        self.add_button = QPushButton(self.tr("&Add a quiet time"), self)
        self.add_button.setObjectName("addQuietTime")
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(
            self.tr("At most {n} quiet times; they may not overlap.").format(n=MAX_QUIET_TIMES)
        )
        self.add_button.clicked.connect(self.add)
        large_target(self.add_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self._update()

    def windows(self) -> tuple[DailyWindow, ...]:
        return tuple(row.quiet_time() for row in self.rows)

    def set_windows(self, windows: tuple[DailyWindow, ...]) -> None:
        """Show `windows` (from the settings: nothing is announced)."""
        for row in self.rows:
            _discard(row)
        self.rows = []
        for window in windows:
            self._add_row(window)
        self._update()

    @Slot()
    def add(self) -> None:
        """A new quiet time (lunch, or the first free hour), focused on its start."""
        if len(self.rows) >= MAX_QUIET_TIMES:
            return
        row = self._add_row(free_hour(self.windows()))
        self._update()
        row.start.setFocus()
        self.changed.emit()

    def remove(self, row: QuietTimeRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self._update()
        following = self.rows[index] if index < len(self.rows) else None
        (following.remove_button if following else self.add_button).setFocus()
        _discard(row)
        self.changed.emit()

    def _add_row(self, window: DailyWindow) -> QuietTimeRow:
        row = QuietTimeRow(window, self)
        row.start.entered.connect(self.changed)
        row.end.entered.connect(self.changed)
        row.remove_button.clicked.connect(lambda _checked=False, gone=row: self.remove(gone))
        self._rows_layout.addWidget(row)
        row.setVisible(True)  # now, not when the layout gets round to it: it takes the focus next
        self.rows.append(row)
        return row

    def _update(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.number(number)
        self.none_note.setVisible(not self.rows)
        self.add_button.setEnabled(len(self.rows) < MAX_QUIET_TIMES)
        # Tab goes row by row (start, end, Remove), then to Add.
        chain = [w for row in self.rows for w in (row.start, row.end, row.remove_button)]
        for first, second in pairwise([*chain, self.add_button]):
            QWidget.setTabOrder(first, second)


def _discard(row: QuietTimeRow) -> None:
    """Out of the editor now (its names, focus and place go with it), deleted once its own
    click has been handled."""
    row.hide()
    row.setParent(None)
    row.deleteLater()
