"""The patient's view of a clinician plan: who wrote it, dates, notes, each routine with its steps
and dosage in words, the reminders, heat limits and progression. The adoption dialog and the plan
editor's preview both show this one view, so a clinician previews exactly what a patient sees.

Plan texts are shown as plain text: a plan file is someone else's text.
"""

import re
from collections.abc import Callable, Iterable
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach.domain.heat import HeatLimits
from coach.domain.plan import Plan
from coach.ui.text.labels import dosage_text, duration_text
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import Card, heading, paragraph

WEEKDAY_COUNT = 7


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def time_text(moment: time) -> str:
    """A time of day in the user's locale (10:30, or 10:30 AM)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day_name(index: int, short: bool = True) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(index + 1, kind)


def days_text(weekdays: Iterable[int]) -> str:
    """Every day, a run of days such as Mon-Fri, or the short day names."""
    days = sorted(set(weekdays))
    if len(days) == WEEKDAY_COUNT:
        return translate("PlanView", "every day")
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"{day_name(days[0])}\u2013{day_name(days[-1])}"
    return QLocale().createSeparatedList([day_name(d) for d in days])


def times_text(times: Iterable[time]) -> str:
    return QLocale().createSeparatedList([time_text(t) for t in sorted(times)])


def limits_text(limits: HeatLimits) -> str:
    """A plan's heat limits in one sentence (the adoption dialog and the preview)."""
    return translate(
        "PlanView",
        "At most {cap} min a session (usually {usual}), {per_day} a day, at least {gap} h apart.",
    ).format(
        cap=limits.cap_minutes,
        usual=limits.default_minutes(),
        per_day=limits.max_sessions_per_day,
        gap=limits.min_gap_hours,
    )


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PlanView(QWidget):
    """A plan as the patient sees it (read-only)."""

    def __init__(
        self, plan: Plan, exercise_name: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self.plan = plan
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plain(heading(plan.title, self)))
        who = plan.clinician_name
        if plan.clinician_contact:
            who += f" · {plan.clinician_contact}"
        layout.addWidget(self._plain(paragraph(self.tr("From {who}").format(who=who), self)))
        locale = QLocale()
        dates = self.tr("Starts {start}").format(
            start=locale.toString(qdate(plan.start), QLocale.FormatType.LongFormat)
        )
        if plan.review:
            dates += " · " + self.tr("review on {date}").format(
                date=locale.toString(qdate(plan.review), QLocale.FormatType.LongFormat)
            )
        layout.addWidget(self._plain(paragraph(dates, self)))
        if plan.notes:
            notes = Card(self.tr("Notes from your clinician"), self)
            notes.body.addWidget(self._plain(paragraph(plan.notes, notes)))
            layout.addWidget(notes)
        layout.addWidget(self._routines(plan, exercise_name, self))
        layout.addWidget(self._reminders(plan, self))
        layout.addWidget(self._heat(plan, self))
        layout.addWidget(self._progression(plan, self))

    @staticmethod
    def _plain(label: QLabel) -> QLabel:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _routines(self, plan: Plan, exercise_name: Callable[[str], str], parent: QWidget) -> Card:
        card = Card(self.tr("Routines"), parent)
        for routine in plan.routines:
            title = self.tr("{name}, about {time}").format(
                name=routine.name, time=duration_text(routine.planned_seconds())
            )
            if routine.id == plan.schedule.routine_id:
                title += " · " + self.tr("the reminder starts this one")
            label = paragraph(f"<b>{escape(title)}</b>", card)
            label.setTextFormat(Qt.TextFormat.RichText)
            card.body.addWidget(label)
            if routine.aim:
                card.body.addWidget(self._plain(paragraph(routine.aim, card)))
            steps = "\n".join(
                f"{n}. {exercise_name(step.exercise_id)}: {dosage_text(step.dosage)}"
                for n, step in enumerate(routine.steps, start=1)
            )
            card.body.addWidget(self._plain(paragraph(steps, card)))
        return card

    def _reminders(self, plan: Plan, parent: QWidget) -> Card:
        schedule = plan.schedule
        card = Card(self.tr("Reminders"), parent)
        routine = plan.routine(schedule.routine_id)
        lines = [
            self.tr("{routine}: {days} at {times}").format(
                routine=routine.name if routine else schedule.routine_id,
                days=days_text(schedule.weekdays),
                times=times_text(schedule.times),
            ),
            self.tr("Movement breaks: every {n} min of work").format(n=schedule.movement_minutes)
            if schedule.movement_minutes is not None
            else self.tr("Movement breaks: your own setting stays"),
            self.tr("Pain check-in: every day at {time}").format(
                time=time_text(schedule.checkin_time)
            )
            if schedule.checkin_time is not None
            else self.tr("Pain check-in: your own setting stays"),
        ]
        card.body.addWidget(self._plain(paragraph("\n".join(lines), card)))
        return card

    def _heat(self, plan: Plan, parent: QWidget) -> Card:
        heat = plan.heat
        card = Card(self.tr("Heat"), parent)
        limits = heat.limits()
        lines = [
            self.tr("Heat reminder: {days} at {times}").format(
                days=days_text(heat.weekdays), times=times_text(heat.times)
            )
            if heat.enabled and heat.times
            else self.tr("Heat is not part of this plan; its limits still apply.")
        ]
        lines.append(limits_text(limits))
        card.body.addWidget(self._plain(paragraph("\n".join(lines), card)))
        return card

    def _progression(self, plan: Plan, parent: QWidget) -> Card:
        progression = plan.progression
        card = Card(self.tr("Changing the dose"), parent)
        if not progression.suggest:
            text = self.tr("Coach keeps the dosage as written.")
        else:
            limits = [
                self.tr("hold {n} s").format(n=progression.max_hold_seconds)
                if progression.max_hold_seconds
                else "",
                self.tr("{n} reps").format(n=progression.max_reps) if progression.max_reps else "",
                self.tr("%n set(s)", "", progression.max_sets) if progression.max_sets else "",
            ]
            shown = [part for part in limits if part]
            text = self.tr("Coach may suggest a step up or down")
            if shown:
                text += self.tr(", never past {limits}").format(
                    limits=QLocale().createSeparatedList(shown)
                )
            text += "."
        card.body.addWidget(self._plain(paragraph(text, card)))
        return card

    def text(self) -> str:
        """Everything the preview shows, as plain text (for tests and screen readers' checks)."""
        return "\n".join(
            re.sub(r"<[^>]+>", "", label.text()) for label in self.findChildren(QLabel)
        )
