"""Clinician plans in the app: open a `.coachplan` (File menu, drag and drop, the desktop, or a
second `coach FILE`), show the plan and exactly what it changes, adopt it, and restore the plan (or
the user's own settings) it replaced.

Imported when a plan action is first used, not at start-up.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.domain.heat import HeatLimits
from coach.domain.plan import Plan, PlanError
from coach.domain.reminders import ReminderSettings
from coach.domain.schedule import MovementRule, TimedRule
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.ui.plans.view import PlanView, days_text, limits_text, times_text
from coach.ui.text.core import core_text
from coach.ui.text.data import catalog_exercise_name
from coach.ui.text.data import routine_name as shown_routine_name
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import Card, paragraph

log = logging.getLogger(__name__)

MAX_PROBLEMS_SHOWN = 25


def timed_text(rule: TimedRule, routine_name: str = "") -> str:
    if not rule.enabled:
        return translate("PlanActions", "off")
    text = translate("PlanActions", "{days} at {times}").format(
        days=days_text(rule.weekdays), times=times_text(rule.times)
    )
    return f"{routine_name}: {text}" if routine_name else text


def movement_text(rule: MovementRule) -> str:
    if not rule.enabled:
        return translate("PlanActions", "off")
    return translate("PlanActions", "every {n} min of work").format(n=rule.every_minutes)


def plan_changes(
    plan: Plan,
    before: ReminderSettings,
    before_limits: HeatLimits,
    before_plan: str | None,
    routine_name: Callable[[str], str],
) -> list[tuple[str, str, str]]:
    """(what, now, with the plan) for each setting the plan changes."""
    after = plan.reminder_settings(before)
    rows = [
        (
            translate("PlanActions", "Plan"),
            before_plan or translate("PlanActions", "none (your own settings)"),
            plan.title,
        ),
        (
            translate("PlanActions", "Routine reminder"),
            timed_text(before.routine, routine_name(before.routine.routine_id)),
            timed_text(after.routine, routine_name(after.routine.routine_id)),
        ),
        (
            translate("PlanActions", "Movement breaks"),
            movement_text(before.movement),
            movement_text(after.movement),
        ),
        (
            translate("PlanActions", "Pain check-in"),
            timed_text(before.checkin),
            timed_text(after.checkin),
        ),
        (
            translate("PlanActions", "Heat reminder"),
            timed_text(before.heat),
            timed_text(after.heat),
        ),
        (
            translate("PlanActions", "Heat limits"),
            limits_text(before_limits),
            limits_text(plan.heat.limits()),
        ),
    ]
    return [row for row in rows if row[1] != row[2]]


class PlanDialog(QDialog):
    """The plan as the patient sees it and, when adopting, what it changes."""

    def __init__(
        self,
        plan: Plan,
        changes: list[tuple[str, str, str]],
        exercise_name: Callable[[str], str],
        parent: QWidget | None = None,
        adopting: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Clinician plan"))
        self.resize(720, 640)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.view = PlanView(plan, exercise_name, content)
        layout.addWidget(self.view)
        self.changes = QTableWidget(len(changes), 3, content)
        self.changes.setObjectName("planChanges")
        self.changes.setAccessibleName(self.tr("What the plan changes"))
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Setting"), self.tr("Now"), self.tr("With this plan")]
        )
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.changes.setWordWrap(True)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(changes):
            for column, value in enumerate(values):
                self.changes.setItem(row, column, QTableWidgetItem(value))
        self.changes.resizeRowsToContents()
        # The table shows all its rows: the dialog scrolls, not a small box inside it.
        rows_height = sum(self.changes.rowHeight(r) for r in range(len(changes)))
        self.changes.setMinimumHeight(
            rows_height + self.changes.horizontalHeader().sizeHint().height() + 4
        )
        self.changes.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if adopting:
            what = Card(self.tr("What changes"), content)
            what.body.addWidget(
                paragraph(
                    self.tr(
                        "Your working hours and quiet hours stay as they are. The settings you "
                        "have now are kept: File > Restore the previous plan brings them back."
                    ),
                    what,
                )
            )
            what.body.addWidget(self.changes)
            layout.addWidget(what)
        else:
            self.changes.setVisible(False)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("The plan"))  # a Tab stop: the arrow keys scroll it
        buttons = QDialogButtonBox(self)
        if adopting:
            self.apply_button = buttons.addButton(
                self.tr("&Use this plan"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.apply_button.setObjectName("applyPlan")
            self.apply_button.setDefault(True)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)


class PlanActions(QObject):
    """Open, adopt and restore plans for one main window."""

    # The active plan changed (adopted or restored); the plan service announced Change.PLAN too.
    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        context: ServiceContext,
        reminder_settings: Callable[[], ReminderSettings],
        heat_limits: Callable[[], HeatLimits],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._reminder_settings = reminder_settings
        self._heat_limits = heat_limits
        self.last_dialog: PlanDialog | None = None  # for tests and screenshots

    def choose_and_open(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Open a clinician plan"),
            str(Path.home()),
            self.tr("Coach plans (*.coachplan);;JSON files (*.json);;All files (*)"),
        )
        return bool(path) and self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Read the plan in `path`, show it with what it changes, and adopt it if the user agrees.
        True when it was adopted."""
        from coach.services.catalog import CatalogService  # noqa: PLC0415
        from coach.services.plans import PlanService, read_plan  # noqa: PLC0415

        try:
            plan = read_plan(path)
        except PlanError as error:
            self._show_problems(path, error)
            return False
        catalogs = CatalogService(self._context)
        known = catalogs.catalog()
        names = {r.id: shown_routine_name(r) for r in [*catalogs.all_routines(), *plan.routines]}
        plans = PlanService(self._context)
        current = plans.active_stored()
        changes = plan_changes(
            plan,
            self._reminder_settings(),
            self._heat_limits(),
            current.title if current else None,
            lambda routine_id: names.get(routine_id, routine_id),
        )
        own = {e.id: e.exercise.name for e in plan.exercises}
        dialog = PlanDialog(
            plan,
            changes,
            lambda i: own.get(i) or catalog_exercise_name(known, i),
            self._parent,
        )
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            plans.adopt(plan, str(path))
        except ServiceError as error:
            log.error("cannot store the plan %s: %s", path, error)
            QMessageBox.warning(
                self._parent,
                self.tr("The plan was not adopted"),
                self.tr("Coach could not store the plan ({error}). Nothing was changed.").format(
                    error=core_text(error.message)
                ),
            )
            return False
        log.info("adopted the plan %s from %s", plan.title, path)
        self.changed.emit()
        return True

    def _show_problems(self, path: Path, error: PlanError) -> None:
        lines = [
            f"{core_text(p.where_text())}: {core_text(p.text)}"
            for p in error.problems[:MAX_PROBLEMS_SHOWN]
        ]
        more = len(error.problems) - len(lines)
        if more > 0:
            lines.append(self.tr("… and {n} more").format(n=more))
        box = QMessageBox(self._parent)
        box.setObjectName("planProblems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("This plan cannot be used"))
        box.setText(
            self.tr(
                "{file} is not a plan Coach can use. Nothing was changed. Ask the clinician who "
                "wrote it for a corrected file (they can check it with `coach plan validate`)."
            ).format(file=path.name)
        )
        box.setDetailedText(f"{path}\n\n" + "\n".join(lines))
        box.setInformativeText("\n".join(lines[:5]))
        box.exec()

    def restore_previous(self) -> bool:
        """Put back the plan (or the user's own settings) the active plan replaced."""
        from coach.services.plans import PlanService  # noqa: PLC0415

        plans = PlanService(self._context)
        current = plans.active_stored()
        if current is None:
            return False
        history = {p.id: p for p in plans.history()}
        previous = history.get(current.replaced_id) if current.replaced_id else None
        target = (
            self.tr('the plan "{title}"').format(title=previous.title)
            if previous
            else self.tr("your own settings from before")
        )
        answer = QMessageBox.question(
            self._parent,
            self.tr("Restore the previous plan"),
            self.tr(
                'Stop using "{title}" and go back to {target}? Reminders and heat limits go '
                "back to what they were; your records stay."
            ).format(title=current.title, target=target),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            plans.restore_previous()
        except ServiceError as error:
            log.error("cannot restore the previous plan: %s", error)
            QMessageBox.warning(
                self._parent,
                self.tr("Nothing was restored"),
                self.tr("Coach could not change the plan ({error}).").format(
                    error=core_text(error.message)
                ),
            )
            return False
        self.changed.emit()
        return True
