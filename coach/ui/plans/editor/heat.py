"""The Heat tab: whether the plan uses heat, its limits (only ever stricter than Coach's own) and
the days and times of its reminder."""

from datetime import time

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QSpinBox, QVBoxLayout, QWidget

from coach.domain.heat import HARD_CAP_MINUTES, MAX_SESSIONS_PER_DAY
from coach.domain.plan_draft import MIN_GAP_HOURS
from coach.domain.schedule import ALL_WEEKDAYS
from coach.ui.plans.editor.fields import DaysEditor, TimesEditor, form
from coach.ui.plans.editor.model import DraftModel, Part
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import paragraph

MAX_GAP_HOURS = 24
EVENING = time(19, 0)  # offered for the first heat reminder


def _spin(name: str, low: int, high: int, description: str, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setAccessibleName(description)
    return spin


class HeatTab(QWidget):
    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        # The usual session as last chosen. The cap passes through other values while it is
        # typed ("15" is 1 first), and the session is only held under the cap it has now.
        self._wanted_session = model.draft.heat.session_minutes
        self.heat_limits_note = paragraph(
            translate(
                "PlanEditorDialog",
                "These limits come from CLINICAL.md (section 1, heat) and may only be made "
                "stricter: at most {cap} minutes a session, {per_day} sessions a day, {gap} hours "
                "apart.",
            ).format(cap=HARD_CAP_MINUTES, per_day=MAX_SESSIONS_PER_DAY, gap=MIN_GAP_HOURS),
            self,
        )
        self.heat_limits_note.setObjectName("heatLimitsNote")
        self.heat_limits_note.setToolTip(
            translate(
                "PlanEditorDialog",
                "The plan's limits apply to every heat session, with or without the reminder.",
            )
        )
        self.heat_on = QCheckBox(
            translate("PlanEditorDialog", "&Use heat in this plan (with a reminder)"), self
        )
        self.heat_on.setObjectName("heatOn")
        minutes = translate("PlanEditorDialog", " min")
        self.heat_cap = _spin(
            "heatCap",
            1,
            HARD_CAP_MINUTES,
            translate("PlanEditorDialog", "Longest heat session"),
            self,
        )
        self.heat_cap.setSuffix(minutes)
        self.heat_session = _spin(
            "heatSession",
            1,
            HARD_CAP_MINUTES,
            translate("PlanEditorDialog", "Usual heat session"),
            self,
        )
        self.heat_session.setSuffix(minutes)
        self.heat_session.setToolTip(
            translate("PlanEditorDialog", "The usual length; at most the longest session")
        )
        self.heat_per_day = _spin(
            "heatPerDay",
            1,
            MAX_SESSIONS_PER_DAY,
            translate("PlanEditorDialog", "Sessions a day at most"),
            self,
        )
        self.heat_gap = _spin(
            "heatGap",
            MIN_GAP_HOURS,
            MAX_GAP_HOURS,
            translate("PlanEditorDialog", "Hours between sessions at least"),
            self,
        )
        self.heat_gap.setSuffix(translate("PlanEditorDialog", " h"))
        self.heat_days = DaysEditor(
            "heatDays", translate("PlanEditorDialog", "Heat reminder days"), self
        )
        self.heat_times = TimesEditor(
            "heatTimes",
            translate("PlanEditorDialog", "Heat reminder times"),
            translate("PlanEditorDialog", "A&dd time"),
            translate("PlanEditorDialog", "Remove ti&me"),
            self,
        )
        self._lay_out()
        self.heat_on.toggled.connect(self._heat_toggled)
        self.heat_cap.valueChanged.connect(self._cap_changed)
        self.heat_session.valueChanged.connect(self._session_changed)
        self.heat_per_day.valueChanged.connect(self._per_day_changed)
        self.heat_gap.valueChanged.connect(self._gap_changed)
        self.heat_days.changed.connect(self._reminder_changed)
        self.heat_times.changed.connect(self._reminder_changed)
        self.fill()
        model.changed.connect(self._draft_changed)

    def _lay_out(self) -> None:
        layout = form(QVBoxLayout(self))
        layout.addRow(self.heat_on)
        layout.addRow(self.heat_limits_note)
        layout.addRow(translate("PlanEditorDialog", "&Longest session:"), self.heat_cap)
        layout.addRow(translate("PlanEditorDialog", "Usu&al session:"), self.heat_session)
        layout.addRow(translate("PlanEditorDialog", "Sessions a da&y, at most:"), self.heat_per_day)
        layout.addRow(translate("PlanEditorDialog", "Hours apar&t, at least:"), self.heat_gap)
        layout.addRow(translate("PlanEditorDialog", "Reminder days:"), self.heat_days)
        layout.addRow(translate("PlanEditorDialog", "Reminder times:"), self.heat_times)

    def _heat_toggled(self, on: bool) -> None:
        self._show_enabled(on)
        if on and not self.heat_times.times():
            self.heat_times.time.set_moment(EVENING)
        self._model.draft.heat.enabled = on
        self._reminder_changed()

    def _show_enabled(self, on: bool) -> None:
        self.heat_days.setEnabled(on)
        self.heat_times.setEnabled(on)

    def _cap_changed(self, cap: int) -> None:
        """The usual session is never longer than the cap, and comes back to what was chosen
        when the cap allows it again."""
        with QSignalBlocker(self.heat_session):
            self.heat_session.setMaximum(cap)
            self.heat_session.setValue(min(self._wanted_session, cap))
        heat = self._model.draft.heat
        heat.cap_minutes = cap
        heat.session_minutes = self.heat_session.value()
        self._model.edited(Part.HEAT)

    def _session_changed(self, minutes: int) -> None:
        self._wanted_session = minutes
        self._model.draft.heat.session_minutes = minutes
        self._model.edited(Part.HEAT)

    def _per_day_changed(self, count: int) -> None:
        self._model.draft.heat.max_sessions_per_day = count
        self._model.edited(Part.HEAT)

    def _gap_changed(self, hours: int) -> None:
        self._model.draft.heat.min_gap_hours = hours
        self._model.edited(Part.HEAT)

    def _reminder_changed(self) -> None:
        """The reminder's days and times, while heat is on (a plan without heat has none)."""
        heat = self._model.draft.heat
        heat.days = self.heat_days.weekdays() if heat.enabled else ALL_WEEKDAYS
        heat.times = self.heat_times.times() if heat.enabled else ()
        self._model.edited(Part.HEAT)

    def _draft_changed(self, part: str) -> None:
        if part == Part.ALL:
            self.fill()

    def fill(self) -> None:
        """Every field from the draft, without writing anything back."""
        heat = self._model.draft.heat
        self._wanted_session = heat.session_minutes
        spins = (self.heat_cap, self.heat_session, self.heat_per_day, self.heat_gap)
        blockers = [QSignalBlocker(w) for w in (*spins, self.heat_on)]
        self.heat_cap.setValue(heat.cap_minutes)
        self.heat_session.setMaximum(heat.cap_minutes)
        self.heat_session.setValue(heat.session_minutes)
        self.heat_per_day.setValue(heat.max_sessions_per_day)
        self.heat_gap.setValue(heat.min_gap_hours)
        self.heat_on.setChecked(heat.enabled)
        del blockers
        self.heat_days.set_weekdays(heat.days)
        self.heat_times.set_times(heat.times)
        self._show_enabled(heat.enabled)
