"""Choosing new symptoms (numbness, tingling, weakness, pain spreading to the arms or chest, ...):
a group of tick boxes for the player's "stop - this hurts" page and the check-in dialog, and a
small dialog for Today's check-in. Loaded when first needed, never at start-up."""

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coach.domain.safety import Symptom
from coach.ui.advice import symptom_label


class SymptomChoice(QWidget):
    """One tick box per symptom; `chosen()` gives the ticked ones, in the enum's order, and
    `chosen_names()` those with the names set that this version does not know (a newer Coach's)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("New symptoms"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Symptom, QCheckBox] = {}
        self._unknown: tuple[str, ...] = ()  # set, but with no tick box here: kept as they are
        for symptom in Symptom:
            box = QCheckBox(symptom_label(symptom), self)
            box.setObjectName(f"symptom_{symptom.value}")
            self.boxes[symptom] = box
            layout.addWidget(box)

    def chosen(self) -> tuple[Symptom, ...]:
        return tuple(s for s, box in self.boxes.items() if box.isChecked())

    def chosen_names(self) -> tuple[str, ...]:
        """The ticked symptoms' names, then the unknown names that were set."""
        return tuple(s.value for s in self.chosen()) + self._unknown

    def set_chosen(self, symptoms: Iterable[str]) -> None:
        wanted = tuple(dict.fromkeys(symptoms))
        for symptom, box in self.boxes.items():
            box.setChecked(symptom.value in wanted)
        known = {symptom.value for symptom in self.boxes}
        self._unknown = tuple(name for name in wanted if name not in known)


class SymptomsDialog(QDialog):
    """ "New symptoms?" for a check-in: tick any that are new since the last one."""

    def __init__(self, chosen: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptomsDialog")
        self.setWindowTitle(self.tr("New symptoms"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick anything that is new since your last check-in. Coach then says what to do; "
                "it does not diagnose."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choice = SymptomChoice("symptomChoice", self)
        self.choice.set_chosen(chosen)
        layout.addWidget(self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = next(iter(self.choice.boxes.values()))
        first.setFocus()
