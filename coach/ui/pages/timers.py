"""Timers: start heat, a short rest break or a custom countdown, and follow the ones running.

Remaining times come from the controller's deadlines; this page only repaints, once a second and only
while it is on screen.
"""

import logging

from PySide6.QtCore import QLocale, QSize, Qt, QTime, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.heat import (
    EXTEND_STEP_MINUTES,
    BodyArea,
    HeatLimitError,
    HeatScreening,
    HeatSource,
)
from coach.domain.timers import (
    CUSTOM_MAX_MINUTES,
    REST_MAX_MINUTES,
    REST_PRESET_MINUTES,
    Timer,
    TimerError,
    TimerKind,
    TimerStatus,
)
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.settings import SettingsService
from coach.ui.dialogs.heat_safety import (
    HeatSafetyDialog,
    how_hot_text,
    neck_heat_text,
    warning_text,
)
from coach.ui.runners.timer_controller import TimerController
from coach.ui.text.core import core_text
from coach.ui.text.labels import (
    area_label,
    duration_text,
    format_countdown,
    heat_source_label,
    timer_problem_text,
    timer_title,
)
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import Card, heading, paragraph, show_checked, tab_order

log = logging.getLogger(__name__)


class _RowsScroll(QScrollArea):
    """The running timers: scrolls when more run than fit, and is never lower than the tallest
    timer's row, so that a row is not cut in half while the page has room below it."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        rows = content.findChildren(TimerRow) if content is not None else []
        tallest = max((row.sizeHint().height() for row in rows if not row.isHidden()), default=0)
        return QSize(hint.width(), max(hint.height(), tallest + 2 * self.frameWidth()))


class TimerRow(QFrame):
    """One running or paused timer: what it is, time left, progress, and its buttons."""

    def __init__(self, timer: Timer, controller: TimerController, parent: QWidget) -> None:
        super().__init__(parent)
        self.timer = timer
        self._controller = controller
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"timerRow{timer.id}")
        self.title = QLabel(timer_title(timer), self)
        self.title.setObjectName("timerTitle")
        # A screen reader says the timer's name on entering its buttons: with two timers running,
        # "Stop" then says which one.
        self.setAccessibleName(self.title.text())
        self.left = heading("", self, scale=tokens.TITLE)
        self.left.setObjectName("timerLeft")
        self.ends = QLabel(self)
        self.ends.setObjectName("timerEnds")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("timerProgress")
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(
            self.tr("Progress of {timer}").format(timer=self.title.text())
        )
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("timerPause")
        self.pause_button.clicked.connect(self._toggle_pause)
        self.extend_button = QPushButton(self.tr("+{n} min").format(n=EXTEND_STEP_MINUTES), self)
        self.extend_button.setObjectName("timerExtend")
        self.extend_button.setAccessibleName(
            self.tr("Add {n} minutes").format(n=EXTEND_STEP_MINUTES)
        )
        self.extend_button.clicked.connect(self._extend)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("timerStop")
        self.stop_button.clicked.connect(self._stop)
        self.message = QLabel(self)
        self.message.setObjectName("timerMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.left)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ends, 1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        timer = self.timer
        remaining = self._controller.remaining(timer)
        paused = timer.status is TimerStatus.PAUSED
        self.left.setText(format_countdown(remaining))
        self.left.setAccessibleName(self.tr("{time} left").format(time=duration_text(remaining)))
        self.progress.setMaximum(max(1, round(timer.planned_seconds)))
        self.progress.setValue(round(self._controller.elapsed(timer)))
        if paused or timer.deadline_at is None:
            self.ends.setText(self.tr("Paused"))
        else:
            end = timer.deadline_at.astimezone()
            self.ends.setText(
                self.tr("Ends at {time}").format(
                    time=QLocale().toString(
                        QTime(end.hour, end.minute, end.second), QLocale.FormatType.ShortFormat
                    )
                )
            )
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        can_extend = self._controller.can_extend(timer, EXTEND_STEP_MINUTES * 60)
        self.extend_button.setEnabled(can_extend)
        self.extend_button.setToolTip("" if can_extend else self._longest_text())

    def _longest_text(self) -> str:
        """Why +5 min is disabled: the timer is as long as its kind allows."""
        if self.timer.kind is TimerKind.HEAT:
            return self.tr("Heat sessions stop at {n} minutes.").format(
                n=self._controller.limits.cap_minutes
            )
        if self.timer.kind is TimerKind.REST:
            return self.tr("Rest breaks last at most {n} minutes.").format(n=REST_MAX_MINUTES)
        return self.tr("Timers last at most {n} hours.").format(n=CUSTOM_MAX_MINUTES // 60)

    def _act(self, action: str) -> None:
        try:
            if action == "pause":
                self._controller.toggle_pause(self.timer)
            elif action == "extend":
                self._controller.extend(self.timer, EXTEND_STEP_MINUTES * 60)
            else:
                self._controller.stop(self.timer)
        except (TimerError, HeatLimitError) as error:
            self.message.setText(timer_problem_text(error))
            self.message.show()

    @Slot()
    def _toggle_pause(self) -> None:
        self._act("pause")

    @Slot()
    def _extend(self) -> None:
        self._act("extend")

    @Slot()
    def _stop(self) -> None:
        self._act("stop")


class TimersPage(QWidget):
    # The main window builds the page again (when next shown) after one of these: a plan brings
    # its own heat presets and limits.
    rebuilt_on = frozenset({Change.PLAN, Change.DATA})

    def __init__(
        self, controller: TimerController, context: ServiceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timersPage")
        self._controller = controller
        self._settings = SettingsService(context)
        self._unsaved_screening: HeatScreening | None = None
        self._showing_seconds = False
        self.rows: dict[int, TimerRow] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Timers"), self))
        starters = QGridLayout()
        starters.addWidget(self._build_heat_card(), 0, 0, 2, 1)
        starters.addWidget(self._build_rest_card(), 0, 1)
        starters.addWidget(self._build_custom_card(), 1, 1)
        starters.setColumnStretch(0, 3)
        starters.setColumnStretch(1, 2)
        layout.addLayout(starters)

        running = Card(self.tr("Running"), self)
        self.empty = QLabel(self.tr("No timers running. Start one above."), running)
        self.empty.setObjectName("timersEmpty")
        self._rows_box = QWidget(running)
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.addStretch(1)
        scroll = self._rows_scroll = _RowsScroll(running)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the timers' buttons inside
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rows_box)
        running.body.addWidget(self.empty)
        running.body.addWidget(scroll, 1)
        layout.addWidget(running, 1)

        self.status = QLabel(self)
        self.status.setObjectName("timersStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        controller.changed.connect(self._rebuild_rows)
        controller.tick.connect(self._refresh_rows)
        controller.problem.connect(self._show_problem)
        self._rebuild_rows()

    # ---- the three ways to start a timer ---------------------------------------------------------
    def _build_heat_card(self) -> Card:
        card = Card(self.tr("Heat"), self)
        limits = self._controller.limits
        self.heat_presets = QButtonGroup(self)
        presets_row = QHBoxLayout()
        for minutes in limits.presets():
            button = QPushButton(self.tr("{n} min").format(n=minutes), card)
            button.setObjectName(f"heatPreset{minutes}")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("{n} minutes of heat").format(n=minutes))
            button.setChecked(minutes == limits.default_minutes())
            show_checked(button)
            self.heat_presets.addButton(button, minutes)
            presets_row.addWidget(button)
        presets_row.addStretch(1)
        self.heat_source = QComboBox(card)
        self.heat_source.setObjectName("heatSource")
        for source in HeatSource:
            self.heat_source.addItem(heat_source_label(source), source.value)
        self.heat_area = QComboBox(card)
        self.heat_area.setObjectName("heatArea")
        for area in BodyArea:
            self.heat_area.addItem(area_label(area.value), area.value)
        form = QFormLayout()
        source_label = QLabel(self.tr("&Source:"), card)
        source_label.setBuddy(self.heat_source)
        area_label_widget = QLabel(self.tr("&Where:"), card)
        area_label_widget.setBuddy(self.heat_area)
        form.addRow(source_label, self.heat_source)
        form.addRow(area_label_widget, self.heat_area)
        self.start_heat_button = QPushButton(self.tr("Start h&eat"), card)
        self.start_heat_button.setObjectName("startHeat")
        self.start_heat_button.clicked.connect(self.start_heat)
        questions = QPushButton(self.tr("Heat safety &questions…"), card)
        questions.setObjectName("heatQuestions")
        questions.clicked.connect(self.ask_safety_questions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_heat_button)
        buttons.addWidget(questions)
        buttons.addStretch(1)
        guidance = paragraph(
            how_hot_text()
            + " "
            # The gap is never under 2 hours (MIN_GAP): always "hours".
            + self.tr("Sessions stop at {n} minutes; leave {hours} hours between them.").format(
                n=limits.cap_minutes, hours=limits.min_gap_hours
            ),
            card,
        )
        guidance.setObjectName("heatGuidance")
        # HK: with the neck chosen, where on the neck heat may go, said before it starts.
        self.neck_note = paragraph(neck_heat_text(), card)
        self.neck_note.setObjectName("heatNeckNote")
        self.heat_area.currentIndexChanged.connect(self._area_changed)
        self._area_changed()
        card.body.addLayout(presets_row)
        card.body.addLayout(form)
        card.body.addWidget(self.neck_note)
        card.body.addLayout(buttons)
        card.body.addWidget(guidance)
        card.body.addStretch(1)
        return card

    def _chosen_area(self) -> BodyArea:
        return BodyArea(self.heat_area.currentData())

    @Slot()
    def _area_changed(self) -> None:
        self.neck_note.setVisible(self._chosen_area() is BodyArea.NECK)

    def _build_rest_card(self) -> Card:
        card = Card(self.tr("Rest break"), self)
        card.body.addWidget(
            paragraph(
                self.tr("A short rest; afterwards Coach reminds you to get moving again."), card
            )
        )
        row = QHBoxLayout()
        for minutes in REST_PRESET_MINUTES:
            button = QPushButton(self.tr("{n} min").format(n=minutes), card)
            button.setObjectName(f"restPreset{minutes}")
            button.setAccessibleName(self.tr("Rest for {n} minutes").format(n=minutes))
            button.clicked.connect(lambda _=False, m=minutes: self._start(TimerKind.REST, m * 60))
            row.addWidget(button)
        row.addStretch(1)
        card.body.addLayout(row)
        card.body.addStretch(1)
        return card

    def _build_custom_card(self) -> Card:
        card = Card(self.tr("Custom timer"), self)
        self.custom_minutes = QSpinBox(card)
        self.custom_minutes.setObjectName("customMinutes")
        self.custom_minutes.setRange(1, CUSTOM_MAX_MINUTES)
        self.custom_minutes.setValue(25)
        self.custom_minutes.setSuffix(self.tr(" min"))
        self.custom_minutes.setAccessibleName(self.tr("Minutes"))
        self.custom_label = QLineEdit(card)
        self.custom_label.setObjectName("customLabel")
        self.custom_label.setPlaceholderText(self.tr("Label, for example Tea"))
        self.custom_label.setAccessibleName(self.tr("Timer label"))
        self.custom_label.setMaxLength(80)
        self.custom_label.returnPressed.connect(self.start_custom)
        start = QPushButton(self.tr("Sta&rt"), card)
        start.setObjectName("startCustom")
        start.clicked.connect(self.start_custom)
        # The label on a line of its own: beside the minutes and Start, its hint ("Label, for
        # example Tea") was cut off in a narrow card at a large text size.
        card.body.addWidget(self.custom_label)
        row = QHBoxLayout()
        row.addWidget(self.custom_minutes)
        row.addStretch(1)
        row.addWidget(start)
        card.body.addLayout(row)
        card.body.addStretch(1)
        tab_order(self.custom_label, self.custom_minutes, start)
        return card

    @Slot()
    def start_custom(self) -> None:
        self._start(TimerKind.CUSTOM, self.custom_minutes.value() * 60, self.custom_label.text())
        self.custom_label.clear()

    @Slot()
    def ask_safety_questions(self) -> HeatScreening | None:
        """Show the heat-safety questions (with the neck's when heat goes on the neck) and keep the
        answers; None when the user cancelled."""
        current = self._screening()
        dialog = HeatSafetyDialog(current, self, self._chosen_area())
        if dialog.exec() != HeatSafetyDialog.DialogCode.Accepted:
            return None
        answers = dialog.answers()
        try:
            self._settings.save_heat_screening(answers)
            self._unsaved_screening = None
        except ServiceError as error:
            log.error("could not save the heat-safety answers: %s", error)
            self._unsaved_screening = answers
            self._show_problem(
                self.tr(
                    "Your answers could not be saved ({error}); they apply until Coach closes."
                ).format(error=core_text(error.reason))
            )
        return answers

    @Slot()
    def start_heat(self) -> None:
        """Start heat after the safety questions (first time) and the user's confirmation of any
        warning; nothing but the cap stops a user who confirms."""
        screening = self._screening()
        area = self._chosen_area()
        if not screening.complete_for(area):
            answers = self.ask_safety_questions()
            if answers is None:
                return
            screening = answers
        warnings = self._controller.heat_warnings(screening, area)
        if warnings and not self._confirm_heat([warning_text(w) for w in warnings]):
            return
        minutes = self.heat_presets.checkedId()
        if minutes <= 0:
            minutes = self._controller.limits.default_minutes()
        self._start(
            TimerKind.HEAT,
            minutes * 60,
            source=HeatSource(self.heat_source.currentData()),
            area=area,
        )

    def _screening(self) -> HeatScreening:
        """The heat-safety answers in force: the stored ones, or newer ones that could not be
        stored (they apply until Coach closes)."""
        if self._unsaved_screening is not None:
            return self._unsaved_screening
        screening, problem = self._settings.heat_screening()
        if problem is not None:
            log.warning("%s", problem.describe())
        return screening

    def _confirm_heat(self, lines: list[str]) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Before you use heat"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("heatWarning")
        start = box.addButton(self.tr("Start anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is start

    def _start(
        self,
        kind: TimerKind,
        seconds: float,
        label: str = "",
        source: HeatSource | None = None,
        area: BodyArea | None = None,
    ) -> None:
        try:
            self._controller.start(kind, seconds, label, source, area)
        except (TimerError, HeatLimitError) as error:
            self._show_problem(timer_problem_text(error))
            return
        except ServiceError as error:
            log.error("could not store a new timer: %s", error)
            self._show_problem(
                self.tr(
                    "Coach could not save the new timer ({error}), so it did not start. Check "
                    "that the disk has room, then try again."
                ).format(error=core_text(error.reason))
            )
            return
        self.status.clear()

    # ---- the running timers ----------------------------------------------------------------------
    @Slot()
    def _rebuild_rows(self) -> None:
        active = self._controller.active
        wanted = {timer.id for timer in active}
        for timer_id in list(self.rows):
            if timer_id not in wanted:
                row = self.rows.pop(timer_id)
                self._rows_layout.removeWidget(row)
                row.deleteLater()
        for timer in active:
            if timer.id not in self.rows:
                self.rows[timer.id] = TimerRow(timer, self._controller, self._rows_box)
        # Soonest end first, paused timers after the running ones (the order of the title bar).
        ordered = sorted(
            active,
            key=lambda t: (t.status is TimerStatus.PAUSED, self._controller.remaining(t)),
        )
        for position, timer in enumerate(ordered):
            row = self.rows[timer.id]
            if self._rows_layout.indexOf(row) != position:
                self._rows_layout.removeWidget(row)
                self._rows_layout.insertWidget(position, row)
        self.empty.setVisible(not active)
        self._rows_scroll.updateGeometry()  # at least as tall as a row (_RowsScroll)
        self._refresh_rows()

    @Slot()
    def _refresh_rows(self) -> None:
        if not self.isVisible():
            return
        for row in self.rows.values():
            row.refresh()

    @Slot(str)
    def _show_problem(self, text: str) -> None:
        self.status.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        self._set_showing_seconds(True)
        self._refresh_rows()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._set_showing_seconds(False)
        super().hideEvent(event)

    def _set_showing_seconds(self, showing: bool) -> None:
        # Show and hide events do not always pair up (minimising, spontaneous events), so the
        # controller hears only real changes.
        if showing != self._showing_seconds:
            self._showing_seconds = showing
            self._controller.show_seconds(showing)
