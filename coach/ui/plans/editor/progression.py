"""The Progression tab: whether Coach may suggest a step up or down, and the most it suggests."""

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QRadioButton, QSpinBox, QVBoxLayout, QWidget

from coach.domain.exercises import MAX_REPS, MAX_SETS
from coach.ui.plans.editor.fields import form
from coach.ui.plans.editor.model import DraftModel, Part
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import paragraph

MAX_PROGRESSION_HOLD = 120


def _optional_spin(parent: QWidget, name: str, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, high)
    spin.setSuffix(suffix)
    spin.setSpecialValueText(translate("PlanEditorDialog", "no maximum"))
    return spin


class ProgressionTab(QWidget):
    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.progression_suggest = QRadioButton(
            translate("PlanEditorDialog", "Coach may s&uggest a step up or down"), self
        )
        self.progression_suggest.setObjectName("progressionSuggest")
        self.progression_off = QRadioButton(
            translate("PlanEditorDialog", "Keep the dosage as &written"), self
        )
        self.progression_off.setObjectName("progressionOff")
        self.max_hold = _optional_spin(
            self, "maxHold", MAX_PROGRESSION_HOLD, translate("PlanEditorDialog", " s")
        )
        self.max_hold.setAccessibleName(translate("PlanEditorDialog", "Longest hold suggested"))
        self.max_reps = _optional_spin(self, "maxReps", MAX_REPS, "")
        self.max_reps.setAccessibleName(translate("PlanEditorDialog", "Most reps suggested"))
        self.max_sets = _optional_spin(self, "maxSets", MAX_SETS, "")
        self.max_sets.setAccessibleName(translate("PlanEditorDialog", "Most sets suggested"))
        layout = form(QVBoxLayout(self))
        layout.addRow(self.progression_suggest)
        layout.addRow(self.progression_off)
        layout.addRow(
            paragraph(
                translate("PlanEditorDialog", "Suggestions never go past these (optional):"), self
            )
        )
        layout.addRow(translate("PlanEditorDialog", "Longest hol&d:"), self.max_hold)
        layout.addRow(translate("PlanEditorDialog", "Mos&t reps:"), self.max_reps)
        layout.addRow(translate("PlanEditorDialog", "&Most sets:"), self.max_sets)
        self.progression_suggest.toggled.connect(lambda _on: self._write())
        for spin in self._spins():
            spin.valueChanged.connect(lambda _value: self._write())
        self.fill()
        model.changed.connect(self._draft_changed)

    def _spins(self) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        return self.max_hold, self.max_reps, self.max_sets

    def _write(self) -> None:
        """The choice and its bounds (none while the dosage is kept as written)."""
        suggest = self.progression_suggest.isChecked()
        for spin in self._spins():
            spin.setEnabled(suggest)
        progression = self._model.draft.progression
        progression.suggest = suggest
        hold, reps, sets = ((spin.value() or None) if suggest else None for spin in self._spins())
        progression.max_hold_seconds, progression.max_reps, progression.max_sets = hold, reps, sets
        self._model.edited(Part.PROGRESSION)

    def _draft_changed(self, part: str) -> None:
        if part == Part.ALL:
            self.fill()

    def fill(self) -> None:
        """Every field from the draft, without writing anything back."""
        progression = self._model.draft.progression
        buttons = (self.progression_suggest, self.progression_off)
        blockers = [QSignalBlocker(w) for w in (*buttons, *self._spins())]
        chosen = self.progression_suggest if progression.suggest else self.progression_off
        chosen.setChecked(True)
        values = (progression.max_hold_seconds, progression.max_reps, progression.max_sets)
        for spin, value in zip(self._spins(), values, strict=True):
            spin.setValue(value or 0)
            spin.setEnabled(progression.suggest)
        del blockers
