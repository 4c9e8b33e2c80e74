"""Changing a check-in after the fact: its ratings, new symptoms and note (its time stays)."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coach.domain.checkins import NRS_MAX, NRS_MIN, CheckIn
from coach.ui.dialogs.symptoms import SymptomChoice
from coach.ui.text.labels import clock_time
from coach.ui.widgets.blocks import OptionalRating


class CheckInDialog(QDialog):
    """Change a check-in: its rating on the 0-10 scale (same anchors), the optional stiffness and
    sleep ratings, and its note."""

    def __init__(self, checkin: CheckIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit check-in"))
        self.pain = QSpinBox(self)
        self.pain.setObjectName("editPain")
        self.pain.setRange(NRS_MIN, NRS_MAX)
        self.pain.setValue(checkin.pain)
        self.pain.setAccessibleName(self.tr("Pain, 0 to 10"))
        self.note = QLineEdit(checkin.note, self)
        self.note.setObjectName("editNote")
        self.note.setAccessibleName(self.tr("Check-in note"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: field below
        form.addRow(QLabel(self.tr("Check-in of {time}").format(time=clock_time(checkin.at)), self))
        pain_label = QLabel(self.tr("&Pain (0 = no pain, 10 = worst imaginable pain):"), self)
        pain_label.setBuddy(self.pain)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(pain_label, self.pain)
        self.stiffness = OptionalRating(
            "editStiffness", self.tr("Stiffness (0 = none, 10 = worst)"), self
        )
        self.stiffness.set_rating(checkin.stiffness)
        self.sleep = OptionalRating(
            "editSleep", self.tr("Last night's sleep (0 = very poor, 10 = very good)"), self
        )
        self.sleep.set_rating(checkin.sleep)
        for box in (self.stiffness, self.sleep):
            label = QLabel(box.accessibleName() + ":", self)
            label.setBuddy(box)
            form.addRow(label, box)
        form.addRow(note_label, self.note)
        QWidget.setTabOrder(self.sleep, self.note)  # Tab follows the rows top to bottom
        self.symptoms = SymptomChoice("editSymptoms", self)
        self.symptoms.set_chosen(checkin.symptoms)
        form.addRow(QLabel(self.tr("New symptoms:"), self), self.symptoms)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def ratings(self) -> tuple[int | None, int | None]:
        """(stiffness, sleep), None where not rated."""
        return self.stiffness.rating(), self.sleep.rating()

    def chosen_symptoms(self) -> tuple[str, ...]:
        """The ticked symptoms, and those this version does not know (kept as they were)."""
        return self.symptoms.chosen_names()
