"""The Plan tab: title, clinician, start and review dates, notes for the patient."""

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coach.domain.plan_draft import REVIEW_WEEKS, suggested_review
from coach.ui.plans.editor.fields import form
from coach.ui.plans.editor.model import DraftModel, Part
from coach.ui.plans.view import qdate
from coach.ui.text.translate import translate


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_field(name: str, parent: QWidget) -> QDateEdit:
    field = QDateEdit(parent)
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    return field


def _line(name: str, length: int, parent: QWidget) -> QLineEdit:
    line = QLineEdit(parent)
    line.setObjectName(name)
    line.setMaxLength(length)
    return line


class DetailsTab(QWidget):
    def __init__(self, model: DraftModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.title = _line("planTitle", 120, self)
        self.title.setPlaceholderText(
            translate("PlanEditorDialog", "for example: Neck and upper back, weeks 1-4")
        )
        self.clinician_name = _line("clinicianName", 120, self)
        self.clinician_contact = _line("clinicianContact", 200, self)
        self.clinician_contact.setPlaceholderText(
            translate("PlanEditorDialog", "phone, e-mail or clinic (optional)")
        )
        self.start_date = _date_field("startDate", self)
        self.review_on = QCheckBox(translate("PlanEditorDialog", "Revie&w on:"), self)
        self.review_on.setObjectName("reviewOn")
        self.review_date = _date_field("reviewDate", self)
        self.review_date.setAccessibleName(translate("PlanEditorDialog", "Review date"))
        # A new plan's review is filled in for the clinician: say so beside it.
        self.review_hint = QLabel(self)
        self.review_hint.setObjectName("reviewHint")
        review = QHBoxLayout()
        review.addWidget(self.review_date)
        review.addWidget(self.review_hint)
        review.addStretch(1)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("patientNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            translate(
                "PlanEditorDialog",
                "What the patient should keep in mind; shown on their Today page",
            )
        )
        layout = form(parent=self)
        layout.addRow(translate("PlanEditorDialog", "&Title:"), self.title)
        layout.addRow(translate("PlanEditorDialog", "Clinician &name:"), self.clinician_name)
        layout.addRow(translate("PlanEditorDialog", "&Contact:"), self.clinician_contact)
        layout.addRow(translate("PlanEditorDialog", "St&art:"), self.start_date)
        layout.addRow(self.review_on, review)
        layout.addRow(translate("PlanEditorDialog", "Notes for the pat&ient:"), self.notes)
        for widget, name in (
            (self.title, translate("PlanEditorDialog", "Title")),
            (self.clinician_name, translate("PlanEditorDialog", "Clinician name")),
            (self.clinician_contact, translate("PlanEditorDialog", "Contact")),
            (self.start_date, translate("PlanEditorDialog", "Start date")),
            (self.notes, translate("PlanEditorDialog", "Notes for the patient")),
        ):
            widget.setAccessibleName(name)
        self._connect()
        self.fill()
        model.changed.connect(self._draft_changed)

    def _connect(self) -> None:
        self.title.textChanged.connect(self._title_edited)
        self.clinician_name.textChanged.connect(self._name_edited)
        self.clinician_contact.textChanged.connect(self._contact_edited)
        self.notes.textChanged.connect(self._notes_edited)
        self.start_date.dateChanged.connect(self._start_changed)
        self.review_on.toggled.connect(lambda _on: self._review_changed())
        self.review_date.dateChanged.connect(lambda _day: self._review_changed())

    def _title_edited(self, text: str) -> None:
        self._model.draft.title = text.strip()
        self._model.edited(Part.DETAILS)

    def _name_edited(self, text: str) -> None:
        self._model.draft.clinician_name = text.strip()
        self._model.edited(Part.DETAILS)

    def _contact_edited(self, text: str) -> None:
        self._model.draft.clinician_contact = text.strip()
        self._model.edited(Part.DETAILS)

    def _notes_edited(self) -> None:
        self._model.draft.notes = self.notes.toPlainText().strip()
        self._model.edited(Part.DETAILS)

    def _start_changed(self, value: QDate) -> None:
        self.review_date.setMinimumDate(value)  # the review is never before the start
        self._model.draft.start = _day(value)
        self._review_changed()

    def _review_changed(self) -> None:
        on = self.review_on.isChecked()
        self.review_date.setEnabled(on)
        draft = self._model.draft
        draft.review = _day(self.review_date.date()) if on else None
        self._show_hint()
        self._model.edited(Part.DETAILS)

    def _show_hint(self) -> None:
        draft = self._model.draft
        suggested = draft.review is not None and draft.review == suggested_review(draft.start)
        hint = (
            translate("PlanEditorDialog", "{weeks} weeks after the start (the default)").format(
                weeks=REVIEW_WEEKS
            )
            if suggested
            else ""
        )
        self.review_hint.setText(hint)
        self.review_hint.setVisible(suggested)
        self.review_date.setAccessibleDescription(hint)

    def _draft_changed(self, part: str) -> None:
        if part == Part.ALL:
            self.fill()

    def fill(self) -> None:
        """Every field from the draft, without writing anything back."""
        draft = self._model.draft
        widgets = (
            self.title,
            self.clinician_name,
            self.clinician_contact,
            self.notes,
            self.start_date,
            self.review_on,
            self.review_date,
        )
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.title.setText(draft.title)
        self.clinician_name.setText(draft.clinician_name)
        self.clinician_contact.setText(draft.clinician_contact)
        self.notes.setPlainText(draft.notes)
        self.start_date.setDate(qdate(draft.start))
        self.review_date.setMinimumDate(qdate(draft.start))
        self.review_on.setChecked(draft.review is not None)
        self.review_date.setEnabled(draft.review is not None)
        if draft.review is not None:
            self.review_date.setDate(qdate(draft.review))
        del blockers
        self._show_hint()
