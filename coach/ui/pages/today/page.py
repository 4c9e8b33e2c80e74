"""Today: a five-second pain check-in and what has been recorded today."""

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QLocale,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach.domain.checkins import NRS_MAX, NRS_MIN, CheckIn, PainBand, pain_band
from coach.domain.history import SessionRecord, SessionStatus
from coach.services.active_plan import ActivePlanService
from coach.services.changes import Change
from coach.services.checkins import CheckinService
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.history import HistoryService, WeekGlance
from coach.ui.runners.safety_flags import SafetyFlags
from coach.ui.shell.changes import ChangeSignal
from coach.ui.text.core import core_text
from coach.ui.text.data import recorded_routine_name
from coach.ui.text.labels import clock_time, duration_text, session_time_text, timer_title
from coach.ui.text.situations import Situation, situation_sentence
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import (
    Card,
    LargeButton,
    OptionalRating,
    StatusLine,
    heading,
    paragraph,
    push_button,
    show_checked,
    tab_order,
)
from coach.ui.widgets.theme import SCALED_FONT

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtGui import QHideEvent

    from coach.domain.timers import Timer  # loaded with the first timer recorded
    from coach.services.history import RecordedDay
    from coach.ui.pages.today.recorded_list import RecordedList
    from coach.ui.pages.today.safety_banner import SafetyBanner
    from coach.ui.pages.today.week_line import WeekLine

log = logging.getLogger(__name__)

SUGGESTION_DELAY_MS = 800  # dose suggestions are looked for once the page has been painted
SUGGESTION_WINDOW = timedelta(days=7)  # coach.domain.safety.WINDOW, without importing it


QUICK_ROUTINE_ID = "desk_reset"


def _no_mnemonic(text: str) -> str:
    """`text` inside a button's label: its "&" shown, not taken as a shortcut key."""
    return text.replace("&", "&&")


class TodayPage(QWidget):
    checkin_saved = Signal(object)
    start_routine_requested = Signal(str)
    _recorded_list: "RecordedList | None" = None  # made with the first record shown
    week_line: "WeekLine | None" = None  # made after the window's first paint (show_week)
    _planned_weekdays: "Callable[[], frozenset[int]] | None" = None
    _streak: "tuple[date, frozenset[int], int] | None" = None  # the day and plan it was read for

    def __init__(
        self,
        context: ServiceContext,
        changes: ChangeSignal,
        parent: QWidget | None = None,
        safety: SafetyFlags | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._context = context
        self._checkins = CheckinService(context)
        self._history = HistoryService(context)
        self._clock = context.clock
        # Safety flags (CLINICAL.md section 4a): the banner follows their change signal.
        self.safety = safety if safety is not None else SafetyFlags(context, changes, self)
        self.safety_banner: SafetyBanner | None = None  # built when a flag is first open
        self.safety.changed.connect(self.refresh_safety)

        self._date_label = heading("", self)
        self._date_label.setObjectName("todayTitle")
        self._date_label.setWordWrap(True)  # two lines rather than a wider page at large text
        self._day_label = QLabel("", self)
        self._day_label.setObjectName("todayDate")
        safety_note = paragraph(
            self.tr(
                "Coach helps you keep up exercise, heat and movement breaks. It does not diagnose."
            )
            + " "
            + situation_sentence(Situation.SEEK_CARE),
            self,
        )
        safety_note.setObjectName("safetyNote")

        self.notice = paragraph("", self)
        self.notice.setObjectName("todayNotice")
        self.notice.setVisible(False)
        self._notice_until_routine_after: datetime | None = None  # see show_notice
        self._next_card = self._build_next_card()
        title_row = QVBoxLayout()
        title_row.setSpacing(0)
        title_row.addWidget(self._date_label)
        title_row.addWidget(self._day_label)

        # Built when a plan is first active: without one, start-up pays nothing for it.
        self.plan_card: Card | None = None
        # Built when progression first has a suggestion (coach.ui.pages.today.progression, loaded then).
        self.suggestion_card: Card | None = None
        self._suggestion_timer = QTimer(self)
        self._suggestion_timer.setSingleShot(True)
        self._suggestion_timer.setInterval(SUGGESTION_DELAY_MS)
        self._suggestion_timer.timeout.connect(self.refresh_suggestion)
        changes.stopped.connect(self._suggestion_timer.stop)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(title_row)
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self._next_card)
        self._checkin_card = self._build_checkin_box()
        self._layout.addWidget(self._checkin_card)
        # Tab follows the layout: the note, the ratings, then the buttons.
        tab_order(self._note, self.stiffness, self.sleep, self.symptoms_button, self._save)
        self._recorded_card = self._build_recorded_box()
        self._layout.addWidget(self._recorded_card)
        self._layout.addStretch(1)
        self._layout.addWidget(safety_note)
        self.refresh_plan()
        self.refresh()
        self.refresh_safety()
        changes.changed.connect(self._store_changed)

    @Slot(object)
    def _store_changed(self, change: Change) -> None:
        """Read again what `change` touched (the safety banner follows the safety flags)."""
        if change in (Change.PLAN, Change.DATA):
            self.refresh_plan()
            self.refresh_suggestion()  # a plan may bound dose suggestions or turn them off
        if change in (Change.SESSIONS, Change.DATA):
            self._streak = None  # a routine recorded (or many imported): the streak is read again
        if change in (Change.CHECKINS, Change.SESSIONS, Change.TIMERS, Change.DATA):
            self.refresh()
        elif change is Change.REMINDERS:
            self._refresh_week()  # the routine reminder's days are the streak's planned days
        if change is Change.CHECKINS:
            self.refresh_suggestion()  # a worse day after exercise may call for a smaller dose
        elif change is Change.SESSIONS:
            # What was done may change what progression suggests: asked once the routine's
            # records have settled, not at each step.
            self._suggestion_timer.start()

    @Slot()
    def refresh_safety(self) -> None:
        """Show the open safety flags as a calm banner at the top (none: no banner)."""
        if not self.safety.any_open():
            if self.safety_banner is not None:
                self.safety_banner.hide()
            return
        if self.safety_banner is None:
            from coach.ui.pages.today.safety_banner import SafetyBanner  # noqa: PLC0415

            self.safety_banner = SafetyBanner(self.safety, self)
            self._layout.insertWidget(1, self.safety_banner)  # under the title
            tab_order(self.quick_start, self.safety_banner.clear_button)
        self.safety_banner.show_flags(self.safety.open_flags())

    def _raise_flag(self, symptoms: tuple[str, ...]) -> None:
        """New symptoms that call for a doctor today or sooner stay on this page until a
        clinician has checked them (CLINICAL.md section 4a)."""
        if not symptoms:
            return
        from coach.domain.safety import FlagSource  # noqa: PLC0415
        from coach.ui.text.advice import known_symptoms  # noqa: PLC0415

        self.safety.raise_for(known_symptoms(symptoms), FlagSource.CHECK_IN)

    def _build_plan_card(self) -> Card:
        """The plan's card, above the check-in."""
        card = Card(self.tr("Your plan"), self)
        card.setObjectName("planCard")
        self._plan_from = paragraph("", card)
        self._plan_from.setObjectName("planFrom")
        self._plan_notes = paragraph("", card)
        self._plan_notes.setObjectName("planNotes")
        self._plan_routines = QHBoxLayout()
        # The plan's texts are someone else's: shown as they are, never as markup.
        from PySide6.QtCore import Qt  # noqa: PLC0415 (its enums cost start-up 25 ms: only with a plan)

        for label in (card.title, self._plan_from, self._plan_notes):
            label.setTextFormat(Qt.TextFormat.PlainText)
        card.body.addWidget(self._plan_from)
        card.body.addWidget(self._plan_notes)
        card.body.addLayout(self._plan_routines)
        self._layout.insertWidget(self._layout.indexOf(self._next_card) + 1, card)
        return card

    def refresh_plan(self) -> None:
        """Follow the active clinician plan: its title, who wrote it, the review date, notes, and
        a button per routine (the scheduled one is also the quick start)."""
        summary = ActivePlanService(self._context).summary()
        quick_id, quick_text = QUICK_ROUTINE_ID, self.tr("Start the 3-minute &desk reset")
        if summary is not None and self.plan_card is None:
            self.plan_card = self._build_plan_card()
        if self.plan_card is not None:
            self.plan_card.setVisible(summary is not None)
            while (item := self._plan_routines.takeAt(0)) is not None:
                if (widget := item.widget()) is not None:
                    widget.deleteLater()
        if summary is not None:
            card = self.plan_card
            assert card is not None
            card.title.setText(self.tr("Your plan: {title}").format(title=summary.title))
            card.setAccessibleName(card.title.text())
            who = summary.clinician + (f" · {summary.contact}" if summary.contact else "")
            line = self.tr("From {clinician}").format(clinician=who)
            if summary.review:
                review = QLocale().toString(
                    QDate(summary.review.year, summary.review.month, summary.review.day),
                    QLocale.FormatType.LongFormat,
                )
                line += " · " + self.tr("next review {date}").format(date=review)
            self._plan_from.setText(line)
            self._plan_notes.setText(summary.notes)
            self._plan_notes.setVisible(bool(summary.notes))
            for routine_id, name in summary.routines[1:]:
                button = push_button(
                    self.tr("Start {routine}").format(routine=_no_mnemonic(name)), self.plan_card
                )
                button.clicked.connect(
                    lambda _=False, r=routine_id: self.start_routine_requested.emit(r)
                )
                self._plan_routines.addWidget(button)
            self._plan_routines.addStretch(1)
            if summary.routines:
                quick_id, name = summary.routines[0]
                quick_text = self.tr("&Start {routine}").format(routine=_no_mnemonic(name))
        self._quick_routine_id = quick_id
        self.quick_start.setText(quick_text)

    def _build_next_card(self) -> Card:
        """What to do next, with one large button: the routine for today (the plan's, else the
        desk reset), and how the day has gone so far."""
        card = Card(self.tr("Next up"), self)
        card.setObjectName("nextCard")
        self.next_text = paragraph("", card)
        self.next_text.setObjectName("nextText")
        self.quick_start = LargeButton(self.tr("Start the 3-minute &desk reset"), card)
        self.quick_start.setObjectName("quickStart")
        self.quick_start.setDefault(True)
        # The card titles' type (bold, a little larger): the first thing to press stands out,
        # and start-up lays out no further size of the font.
        self.quick_start.setFont(card.title.font())
        self.quick_start.setProperty(SCALED_FONT, card.title.property(SCALED_FONT))
        self._quick_routine_id = QUICK_ROUTINE_ID
        self.quick_start.clicked.connect(
            lambda: self.start_routine_requested.emit(self._quick_routine_id)
        )
        self.glance = QLabel("", card)
        self.glance.setObjectName("todayGlance")
        row = QHBoxLayout()
        row.addWidget(self.quick_start)
        row.addStretch(1)
        card.body.addWidget(self.next_text)
        card.body.addLayout(row)
        card.body.addWidget(self.glance)
        return card

    def _show_next(self, day: "RecordedDay", now: datetime) -> None:
        """The Next up card from today's records: the routine's button, and once one is done a
        well done; the day at a glance (routines, check-ins, heat) once something is recorded."""
        done = [s for s in day.sessions if s.status is SessionStatus.COMPLETED]
        if done:
            last = done[-1]
            self.next_text.setText(
                self.tr(
                    "You did {routine} at {time}. Well done. Short movement breaks through the "
                    "day keep the benefit going."
                ).format(
                    routine=recorded_routine_name(last.routine_id, last.routine_name),
                    time=clock_time(last.started_at),
                )
            )
        # Until then the card's title and its one large button say it all.
        self.next_text.setVisible(bool(done))
        from_heat = 0.0
        if day.timers:
            from coach.domain.timers import TimerKind  # noqa: PLC0415 (loaded with the first timer)

            from_heat = sum(t.actual_seconds or 0 for t in day.timers if t.kind is TimerKind.HEAT)
        parts = []
        if day.sessions:
            parts.append(self.tr("%n routine(s) done", "", len(done)))
        if day.checkins:
            parts.append(self.tr("%n check-in(s)", "", len(day.checkins)))
        if from_heat:
            parts.append(self.tr("heat {duration}").format(duration=duration_text(from_heat)))
        self.glance.setText(
            self.tr("So far today: {parts}").format(parts=" · ".join(parts)) if parts else ""
        )
        self.glance.setVisible(bool(parts))
        greeting = (
            self.tr("Good morning")
            if 5 <= now.hour < 12
            else self.tr("Good afternoon")
            if 12 <= now.hour < 18
            else self.tr("Good evening")
        )
        self._date_label.setText(greeting)

    def _build_checkin_box(self) -> Card:
        checkin_box = Card(self.tr("How is your pain right now?"), self)
        self._rating_group = QButtonGroup(self)
        self._rating_group.setExclusive(True)
        buttons_row = QHBoxLayout()
        buttons_row.setSpacing(tokens.SPACE_TIGHT)
        for value in range(NRS_MIN, NRS_MAX + 1):
            button = push_button(str(value), checkin_box)
            button.setCheckable(True)
            button.setObjectName(f"painButton{value}")
            button.setAccessibleName(self.tr("Pain %n out of 10", "", value))
            button.setMinimumWidth(36)
            show_checked(button)
            self._rating_group.addButton(button, value)
            buttons_row.addWidget(button)
        self._rating_group.idToggled.connect(self._rating_toggled)

        anchors = QHBoxLayout()
        low = QLabel(self.tr("0 = no pain"), checkin_box)
        high = QLabel(self.tr("10 = worst imaginable pain"), checkin_box)
        anchors.addWidget(low)
        anchors.addStretch(1)
        anchors.addWidget(high)

        self._note = QLineEdit(checkin_box)
        self._note.setObjectName("checkinNote")
        self._note.setPlaceholderText(
            self.tr("Note (optional): what you were doing, where it hurts")
        )
        self._note.setAccessibleName(self.tr("Check-in note"))
        self._note.returnPressed.connect(self.save_checkin)
        self._save = push_button(self.tr("&Save check-in"), checkin_box)
        self._save.setObjectName("saveCheckin")
        self._save.setEnabled(False)
        self._save.clicked.connect(self.save_checkin)
        self.stiffness = OptionalRating(
            "stiffnessRating", self.tr("Stiffness (optional, 0 = none, 10 = worst)"), checkin_box
        )
        self.sleep = OptionalRating(
            "sleepRating",
            self.tr("Last night's sleep (optional, 0 = very poor, 10 = very good)"),
            checkin_box,
        )
        note_row = QHBoxLayout()  # under the note (a line of its own: room at large text sizes)
        stiffness_label = QLabel(self.tr("S&tiffness:"), checkin_box)
        stiffness_label.setBuddy(self.stiffness)
        sleep_label = QLabel(self.tr("S&leep:"), checkin_box)
        sleep_label.setBuddy(self.sleep)
        for widget in (stiffness_label, self.stiffness, sleep_label, self.sleep):
            note_row.addWidget(widget)
        note_row.addStretch(1)
        note_row.addWidget(self._save)

        self._status = StatusLine(checkin_box)
        self._status.setObjectName("checkinStatus")

        box_layout = checkin_box.body
        box_layout.addLayout(buttons_row)
        box_layout.addLayout(anchors)
        box_layout.addWidget(self._note)
        box_layout.addLayout(note_row)
        box_layout.addWidget(self._status)
        self._add_symptoms(checkin_box, note_row)
        return checkin_box

    def _add_symptoms(self, checkin_box: Card, note_row: QHBoxLayout) -> None:
        """The "New symptoms?" button before Save (they are chosen in a small dialog from
        coach.ui.dialogs.symptoms, loaded on first use), and the advice for them under the check-in."""
        self._symptoms: tuple[str, ...] = ()
        self.symptoms_button = push_button(self.tr("&New symptoms?"), checkin_box)
        self.symptoms_button.setObjectName("checkinSymptoms")
        self.symptoms_button.setToolTip(
            self.tr("Numbness, tingling, weakness, pain spreading to the arms or chest, ...")
        )
        self.symptoms_button.clicked.connect(self.choose_symptoms)
        note_row.insertWidget(note_row.indexOf(self._save), self.symptoms_button)
        self.checkin_advice = paragraph("", checkin_box)
        self.checkin_advice.setObjectName("checkinAdvice")
        self.checkin_advice.hide()
        checkin_box.body.addWidget(self.checkin_advice)

    def _build_recorded_box(self) -> Card:
        done_box = Card(self.tr("Recorded today"), self)
        self._empty = QLabel(
            self.tr("Nothing recorded yet today. A check-in takes five seconds."), done_box
        )
        self._empty.setObjectName("todayEmpty")
        self._records: list[CheckIn | None] = []  # what each row of the list is
        self.edit_button = push_button(self.tr("&Edit check-in…"), done_box)
        self.edit_button.setObjectName("editCheckin")
        self.edit_button.clicked.connect(self.edit_checkin)
        self.delete_button = push_button(self.tr("De&lete check-in"), done_box)
        self.delete_button.setObjectName("deleteCheckin")
        self.delete_button.clicked.connect(self.delete_checkin)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        done_layout = done_box.body
        done_layout.addWidget(self._empty)
        done_layout.addLayout(buttons)
        self._selection_changed()
        return done_box

    @property
    def _today_list(self) -> "RecordedList":
        """The list of today's records, made with the first one (until then the card says that
        nothing was recorded yet)."""
        if self._recorded_list is None:
            from coach.ui.pages.today.recorded_list import RecordedList  # noqa: PLC0415

            self._recorded_list = RecordedList(self._recorded_card)
            self._recorded_list.setObjectName("todayList")
            self._recorded_list.setAccessibleName(self.tr("Recorded today"))
            self._recorded_list.currentRowChanged.connect(self._selection_changed)
            self._recorded_list.itemActivated.connect(lambda _item: self.edit_checkin())
            self._recorded_list.delete_pressed.connect(self._delete_key)
            body = self._recorded_card.body
            body.insertWidget(body.indexOf(self._empty) + 1, self._recorded_list)
            # Tab reaches it where it is laid out: after the check-in, before the record's buttons.
            tab_order(self._save, self._recorded_list, self.edit_button, self.delete_button)
        return self._recorded_list

    def _delete_key(self) -> None:
        """The Delete key on a check-in in the list deletes it (after asking)."""
        if self._selected_checkin() is not None:
            self.delete_checkin()

    def _selected_checkin(self) -> CheckIn | None:
        if self._recorded_list is None:
            return None
        row = self._recorded_list.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self._selected_checkin() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def edit_checkin(self) -> None:
        """Change the selected check-in's rating or note."""
        checkin = self._selected_checkin()
        if checkin is None:
            return
        from coach.ui.dialogs.checkin import CheckInDialog  # noqa: PLC0415

        dialog = CheckInDialog(checkin, self)
        if not dialog.exec():
            return
        try:
            stiffness, sleep = dialog.ratings()
            symptoms = dialog.chosen_symptoms()
            self._checkins.edit(
                checkin.id, dialog.pain.value(), dialog.note.text(), stiffness, sleep, symptoms
            )
        except ServiceError as error:
            self.show_notice(
                self.tr("The check-in could not be changed. {problem}").format(
                    problem=core_text(error.message)
                )
            )
            return
        self._show_symptom_advice(symptoms)
        self._raise_flag(tuple(s for s in symptoms if s not in checkin.symptoms))

    @Slot()
    def delete_checkin(self) -> None:
        """Delete the selected check-in, after asking."""
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        checkin = self._selected_checkin()
        if checkin is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete check-in"),
            self.tr("Delete the check-in of {time} (pain {pain})? This cannot be undone.").format(
                time=clock_time(checkin.at), pain=checkin.pain
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._checkins.delete(checkin.id)
        except ServiceError as error:
            self.show_notice(
                self.tr("The check-in could not be deleted. {problem}").format(
                    problem=core_text(error.message)
                )
            )

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self._suggestion_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: "QHideEvent") -> None:
        self._suggestion_timer.stop()
        super().hideEvent(event)

    def show_week(self, planned_weekdays: "Callable[[], frozenset[int]]") -> None:
        """Add the week's pain and the streak under Next up (see coach.ui.pages.today.week_line),
        with the weekdays that have a routine planned (for the streak) as `planned_weekdays`
        gives them, and keep them up to date from now on."""
        from coach.ui.pages.today.week_line import WeekLine  # noqa: PLC0415 (after the first paint)

        if self.week_line is None:
            self.week_line = WeekLine(self._next_card)
            self._next_card.body.addWidget(self.week_line)
        self._planned_weekdays = planned_weekdays
        self._refresh_week()

    def _refresh_week(self) -> None:
        """The week's pain read again; the streak only when it can have changed (a new day, other
        planned days, a routine recorded: `_streak` is cleared then), since it reads every
        routine ever done (tens of milliseconds after years of use)."""
        if self.week_line is None or self._planned_weekdays is None:
            return
        planned = self._planned_weekdays()
        today = self._clock.now().astimezone().date()
        if self._streak is None or self._streak[:2] != (today, planned):
            self._streak = (today, planned, self._history.streak(planned))
        self.week_line.show_week(WeekGlance(self._history.week_pains(), self._streak[2]))

    def refresh(self) -> None:
        """Re-read today's records (the day may have changed while the window was hidden)."""
        now = self._clock.now().astimezone()
        self._refresh_week()
        self._day_label.setText(
            QLocale().toString(QDate(now.year, now.month, now.day), QLocale.FormatType.LongFormat)
        )
        day = self._history.recorded_on(now)
        self._show_next(day, now)
        self._clear_notice_after_routine(day.sessions)
        entries: list[tuple[datetime, str, object]] = [
            (c.at, self._describe(c), c) for c in day.checkins
        ]
        entries += [(s.started_at, self._describe_session(s), None) for s in day.sessions]
        entries += [(t.started_at, self._describe_timer(t), None) for t in day.timers]
        entries.sort(key=lambda entry: entry[0])
        self._records = [r if isinstance(r, CheckIn) else None for _, _, r in entries]
        shown = self._today_list if entries else self._recorded_list
        if shown is not None:
            shown.clear()
            shown.addItems([text for _, text, _record in entries])
            shown.setVisible(bool(entries))
            shown.updateGeometry()  # as tall as its records (RecordedList.sizeHint)
        self._selection_changed()
        self._empty.setVisible(not entries)
        # The list takes the spare height once it has rows; until then the page keeps it below.
        recorded = self._layout.indexOf(self._recorded_card)
        self._layout.setStretch(recorded, 1 if entries else 0)
        self._layout.setStretch(recorded + 1, 0 if entries else 1)

    def focus_rating(self) -> None:
        """Put the keyboard on the pain rating (the checked number, else 0): one key press from a
        reminder to a check-in."""
        button = self._rating_group.checkedButton() or self._rating_group.button(NRS_MIN)
        button.setFocus()

    def show_notice(self, text: str, until_next_routine: bool = False) -> None:
        """A line under the title ("" hides it). `until_next_routine`: it is about routines cut
        off before (Coach closed while one ran), and goes once a later routine is recorded."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._notice_until_routine_after = (
            self._clock.now() if text and until_next_routine else None
        )

    def _clear_notice_after_routine(self, sessions: "Sequence[SessionRecord]") -> None:
        """The notice about routines cut off goes once a routine started since has ended."""
        since = self._notice_until_routine_after
        if since is not None and any(
            s.started_at >= since and s.status is not SessionStatus.IN_PROGRESS for s in sessions
        ):
            self.show_notice("")

    def _describe_session(self, record: SessionRecord) -> str:
        """A routine in the list: when, what, how far, its time (coach.domain.session_time, the
        player's words) and the pain around it; a partial one keeps its pain before."""
        # Not imported at start-up: only a day with a routine needs it.
        from coach.domain.session_time import record_time  # noqa: PLC0415

        started = clock_time(record.started_at)
        status = {
            SessionStatus.IN_PROGRESS: self.tr("in progress"),
            SessionStatus.COMPLETED: self.tr("completed"),
            SessionStatus.ENDED_EARLY: self.tr("ended early"),
            SessionStatus.STOPPED_PAIN: self.tr("stopped because it hurt"),
            SessionStatus.INTERRUPTED: self.tr("interrupted (partial)"),
        }[record.status]
        text = self.tr(
            "{time}  {routine}: {status}, %n exercise(s) done, {duration}",
            "",
            record.steps_completed,
        ).format(
            time=started,
            routine=recorded_routine_name(record.routine_id, record.routine_name),
            status=status,
            duration=session_time_text(record_time(record)),
        )
        before, after = record.pain_before, record.pain_after
        if before is not None and after is not None:
            # A fall that counts, by the one rule of Progress and the report (FAR, KOV); not
            # imported at start-up (it brings the schedule rules with it).
            from coach.domain.progress import is_meaningful_fall  # noqa: PLC0415

            pain = (
                self.tr("(pain {before} → {after}, a meaningful fall)")
                if is_meaningful_fall(before, after)
                else self.tr("(pain {before} → {after})")
            )
            text += " " + pain.format(before=before, after=after)
        elif before is not None:  # ended before the pain after was asked, or it was skipped
            text += " " + self.tr("(pain before {before})").format(before=before)
        elif after is not None:
            text += " " + self.tr("(pain after {after})").format(after=after)
        return text

    def _describe_timer(self, timer: "Timer") -> str:
        from coach.domain.timers import TimerStatus  # noqa: PLC0415

        status = (
            self.tr("done") if timer.status is TimerStatus.COMPLETED else self.tr("stopped early")
        )
        return self.tr("{time}  {timer}: {status}, {used} of {planned}").format(
            time=clock_time(timer.started_at),
            timer=timer_title(timer),
            status=status,
            used=duration_text(timer.actual_seconds or 0),
            planned=duration_text(timer.planned_seconds),
        )

    def _band_text(self, band: PainBand) -> str:
        return {
            PainBand.NONE: self.tr("no pain"),
            PainBand.MILD: self.tr("mild"),
            PainBand.MODERATE: self.tr("moderate"),
            PainBand.SEVERE: self.tr("severe"),
        }[band]

    def _describe(self, checkin: CheckIn) -> str:
        at = clock_time(checkin.at)
        text = self.tr("{time}  Pain check-in: {pain} of 10 ({band})").format(
            time=at, pain=checkin.pain, band=self._band_text(pain_band(checkin.pain))
        )
        if checkin.stiffness is not None:
            text += ", " + self.tr("stiffness {n}").format(n=checkin.stiffness)
        if checkin.sleep is not None:
            text += ", " + self.tr("sleep {n}").format(n=checkin.sleep)
        if checkin.symptoms:
            from coach.ui.text.advice import symptom_names  # noqa: PLC0415

            text += ", " + self.tr("new symptoms: {names}").format(
                names=symptom_names(checkin.symptoms)
            )
        if checkin.note:
            text += " - " + checkin.note
        return text

    @Slot(int, bool)
    def _rating_toggled(self, value: int, checked: bool) -> None:
        self._save.setEnabled(self._rating_group.checkedId() >= 0)

    @Slot()
    def save_checkin(self) -> None:
        value = self._rating_group.checkedId()
        if value < 0:
            self._status.setText(self.tr("Choose a number from 0 to 10 first."))
            return
        try:
            checkin = self._checkins.save(
                value,
                self._note.text().strip(),
                stiffness=self.stiffness.rating(),
                sleep=self.sleep.rating(),
                symptoms=self._symptoms,
            )
        except ServiceError as error:
            # Not saved (a full disk, a read-only store): say so and keep every answer, so
            # Save can be pressed again once the problem is fixed.
            log.error("the check-in was not saved: %s", error)
            self._status.setText(
                self.tr("{problem} Your answers are kept: press Save to try again.").format(
                    problem=core_text(error.message)
                )
            )
            return
        self._show_symptom_advice(checkin.symptoms)
        self._raise_flag(checkin.symptoms)
        self._set_symptoms(())
        self._status.setText(
            self.tr("Saved: {checkin}").format(checkin=self._describe(checkin).strip())
        )
        self._note.clear()
        self.stiffness.set_rating(None)
        self.sleep.set_rating(None)
        self._rating_group.setExclusive(False)
        for button in self._rating_group.buttons():
            button.setChecked(False)
        self._rating_group.setExclusive(True)
        self._save.setEnabled(False)
        self.checkin_saved.emit(checkin)

    @Slot()
    def choose_symptoms(self) -> None:
        """Ask which symptoms are new; they are saved with the next check-in."""
        from coach.ui.dialogs.symptoms import SymptomsDialog  # noqa: PLC0415

        dialog = SymptomsDialog(self._symptoms, self)
        if dialog.exec():
            self._set_symptoms(tuple(s.value for s in dialog.choice.chosen()))

    def _set_symptoms(self, symptoms: tuple[str, ...]) -> None:
        self._symptoms = symptoms
        self.symptoms_button.setText(
            self.tr("&New symptoms? (%n chosen)", "", len(symptoms))
            if symptoms
            else self.tr("&New symptoms?")
        )

    def _show_symptom_advice(self, symptoms: tuple[str, ...]) -> None:
        """What to do about new symptoms (CLINICAL.md sections 3, 4 and 4a), under the check-in."""
        if not symptoms:
            self.checkin_advice.hide()
            return
        from coach.domain.safety import symptom_advice  # noqa: PLC0415
        from coach.ui.text.advice import advice_html, advice_title, known_symptoms  # noqa: PLC0415

        advice = symptom_advice(known_symptoms(symptoms))
        if advice is None:
            self.checkin_advice.hide()
            return
        self.checkin_advice.setText(advice_html(advice))
        self.checkin_advice.setAccessibleName(advice_title(advice))
        self.checkin_advice.show()

    @Slot()
    def refresh_suggestion(self) -> None:
        """Show the first dose suggestion for the routines done lately, if there is one (the
        progression rules load only once something was done in the last 7 days)."""
        try:
            recent = self._history.sessions_within(SUGGESTION_WINDOW)
            if self.suggestion_card is None and not recent:
                return
            from coach.services.doses import DoseService  # noqa: PLC0415
            from coach.ui.pages.today.progression import SuggestionCard  # noqa: PLC0415

            offers = DoseService(self._context).current_offers()
        except ServiceError as error:  # a suggestion is never worth an error message
            log.warning("dose suggestions could not be read: %s", error)
            return
        if self.suggestion_card is None:
            if not offers:
                return
            self.suggestion_card = SuggestionCard(self._context, self)
            index = self._layout.indexOf(self._checkin_card)
            self._layout.insertWidget(index, self.suggestion_card)
        card = self.suggestion_card
        assert isinstance(card, SuggestionCard)
        if offers:
            card.show_offer(offers[0])
        else:
            card.hide()
