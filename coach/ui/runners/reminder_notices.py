"""Reminders as the user meets them: a notice (and tray message) with Start now, Snooze and Skip,
and one notice per kind for what was missed while the computer slept or Coach was closed."""

import logging

from PySide6.QtCore import QObject, Slot

from coach.domain.schedule import SNOOZE_MINUTES, Missed, ReminderKind
from coach.ui.runners.notice import Notice
from coach.ui.runners.reminder_controller import Reminder, ReminderController
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.text.data import routine_name

log = logging.getLogger(__name__)


class ReminderNotices(QObject):
    def __init__(self, controller: ReminderController, window: MainWindow) -> None:
        super().__init__(window)
        self._controller = controller
        self._window = window
        self.open: dict[ReminderKind, Notice] = {}
        controller.reminder_due.connect(self.show_reminder)
        controller.missed_while_away.connect(self.show_missed)
        controller.problem.connect(window.today.show_notice)

    def _texts(self, kind: ReminderKind) -> tuple[str, str, str]:
        """Title, text and the Start button's label for a kind of reminder."""
        if kind is ReminderKind.MOVEMENT:
            return (
                self.tr("Time for a movement break"),
                self.tr(
                    "Stand up for a minute: walk a few steps, roll your shoulders, look into the "
                    "distance. Short breaks ease neck, back and shoulder discomfort."
                ),
                self.tr("I'm moving"),
            )
        if kind is ReminderKind.ROUTINE:
            return (
                self.tr("Time for your routine"),
                self._routine_text(),
                self.tr("Start now"),
            )
        if kind is ReminderKind.HEAT:
            return (
                self.tr("Time for heat"),
                self.tr("A heat session can ease stiff muscles. Coach times it for you."),
                self.tr("Open timers"),
            )
        return (
            self.tr("How is your pain?"),
            self.tr("A quick check-in on the 0-10 scale shows whether the programme helps."),
            self.tr("Check in"),
        )

    def _routine_text(self) -> str:
        from coach.services.catalog import CatalogService  # noqa: PLC0415

        routine_id = self._controller.settings.routine.routine_id
        known = CatalogService(self._window.context).catalog()
        name = next((routine_name(r) for r in known.routines if r.id == routine_id), "")
        if name:
            return self.tr("{routine} is planned now.").format(routine=name)
        return self.tr("Your routine is planned now.")

    @Slot(object)
    def show_reminder(self, reminder: Reminder) -> None:
        previous = self.open.pop(reminder.kind, None)
        if previous is not None:
            previous.close()  # the newer one replaces it; the older stays recorded as shown
        title, text, start = self._texts(reminder.kind)
        snooze = [(str(m), self.tr("In {n} minutes").format(n=m)) for m in SNOOZE_MINUTES]
        notice = self._window.alerts.notify(
            title,
            text,
            [("start", start), ("snooze", self.tr("Snooze")), ("skip", self.tr("Skip"))],
            cue="start",
            repeat=False,
            choices={"snooze": snooze},
        )
        self.open[reminder.kind] = notice
        notice.closed.connect(lambda: self._forget(reminder.kind, notice))
        notice.action_chosen.connect(lambda key: self._answer(reminder, key))

    def _forget(self, kind: ReminderKind, notice: Notice) -> None:
        if self.open.get(kind) is notice:
            del self.open[kind]

    def _answer(self, reminder: Reminder, key: str) -> None:
        if key == "start":
            self._controller.started(reminder)
            self._start(reminder)
        elif key.startswith("snooze:"):
            self._controller.snooze(reminder, int(key.split(":", 1)[1]))
        elif key == "skip":
            self._controller.skip(reminder)

    def _start(self, reminder: Reminder) -> None:
        if reminder.kind is ReminderKind.ROUTINE:
            if not self._window.start_routine_by_id(reminder.routine_id):
                self._window.show_page(Page.ROUTINES)
                self._window.show_and_raise()
                self._window.today.show_notice(
                    self.tr(
                        "The routine this reminder opens no longer exists; choose another in "
                        "Settings."
                    )
                )
        elif reminder.kind is ReminderKind.CHECKIN:
            self._window.focus_checkin()
        elif reminder.kind is ReminderKind.HEAT:
            self._window.show_page(Page.TIMERS)
            self._window.show_and_raise()

    @Slot(object)
    def show_missed(self, summary: Missed) -> None:
        names = {
            ReminderKind.MOVEMENT: self.tr("Movement breaks"),
            ReminderKind.ROUTINE: self.tr("Routine reminders"),
            ReminderKind.HEAT: self.tr("Heat reminders"),
            ReminderKind.CHECKIN: self.tr("Pain check-ins"),
        }
        notice = self._window.alerts.notify(
            self.tr("Missed while you were away"),
            self.tr(
                "{what}: {n} fell due while the computer was asleep or Coach was closed. The "
                "schedule goes on from now."
            ).format(n=summary.count, what=names[summary.kind]),
            [("ok", self.tr("OK"))],
            cue="switch",
            repeat=False,
        )
        notice.setObjectName(f"missed_{summary.kind.value}")
