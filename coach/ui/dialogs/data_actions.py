"""File menu actions on the user's data: export as CSV or a JSON backup, import a backup, and the
clinician report. They run the same code as `coach export`, `coach import` and `coach report`; an
import runs off the UI thread with a progress dialog (coach.ui.dialogs.import_progress)."""

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from coach.clock import Clock
from coach.domain.reminders import ReminderSettings
from coach.services.context import ServiceContext
from coach.services.data import DataService, ImportCancelledError
from coach.services.errors import ServiceError
from coach.services.report import ReportRequest
from coach.ui.text.core import core_text

if TYPE_CHECKING:
    from coach.ui.dialogs.import_progress import BackupImport

log = logging.getLogger(__name__)


class DataActions(QObject):
    # A backup was imported: it may have brought a plan, its reminders and heat limits, which the
    # window puts in force at once, not at the next start (the data service announced Change.DATA).
    imported = Signal()
    # An import's thread has ended, whichever way (after what it did was said).
    import_ended = Signal()

    def __init__(
        self,
        parent: QWidget,
        context: ServiceContext,
        reminder_settings: Callable[[], ReminderSettings],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._data = DataService(context)
        self._clock = context.clock
        self._reminder_settings = reminder_settings
        self._import: BackupImport | None = None

    def _done(self, text: str) -> None:
        QMessageBox.information(self._parent, self.tr("Coach"), text)

    def _failed(self, text: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Coach"), text)

    def export_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Choose a folder for the CSV files")
        )
        if not folder:
            return
        try:
            files = self._data.export_csv(Path(folder))
        except ServiceError as error:
            self._failed(
                self.tr("The CSV files could not be written: {error}").format(
                    error=core_text(error.message)
                )
            )
            return
        self._done(self.tr("Wrote {n} CSV files to {folder}.").format(n=len(files), folder=folder))

    def export_json(self) -> None:
        today = self._clock.now().date().isoformat()
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save a backup of all your data"),
            f"coach-backup-{today}.json",
            self.tr("Coach backups (*.json)"),
        )
        if not path:
            return
        try:
            self._data.export_json(Path(path))
        except ServiceError as error:
            self._failed(
                self.tr("The backup could not be written: {error}").format(
                    error=core_text(error.message)
                )
            )
            return
        self._done(self.tr("Saved the backup to {path}.").format(path=path))

    def import_json(self) -> None:
        if self._import is not None:  # one import at a time: show the one under way
            self._import.dialog.show()
            return
        title = self.tr("Import a Coach backup")
        path, _ = QFileDialog.getOpenFileName(
            self._parent, title, "", self.tr("Coach backups (*.json)")
        )
        if not path:
            return
        from coach.ui.dialogs.import_progress import BackupImport  # noqa: PLC0415

        self._import = BackupImport(self._data.import_job(Path(path)), title, self._parent)
        self._import.ended.connect(self._import_ended)
        self._import.start()

    def _import_ended(self, outcome: object) -> None:
        """The import's thread has ended: say how it went (pages read everything again)."""
        if self._import is not None:
            self._import.deleteLater()
            self._import = None
        try:
            if isinstance(outcome, ImportCancelledError):
                self._done(self.tr("Import cancelled: nothing was imported."))
            elif isinstance(outcome, ServiceError):
                self._failed(core_text(outcome.message))
            elif isinstance(outcome, BaseException):
                raise outcome  # a fault in Coach: the error dialog reports it
            elif isinstance(outcome, dict):
                self._data.announce_import()
                self.imported.emit()
                total = sum(outcome.values())
                self._done(
                    self.tr("Imported {n} new records; what was already here was kept.").format(
                        n=total
                    )
                    if total
                    else self.tr("Nothing new: everything in this backup is already here.")
                )
        finally:
            self.import_ended.emit()

    def clinician_report(self) -> None:
        from coach.ui.runners.reminder_controller import system_zone  # noqa: PLC0415

        dialog = ReportDialog(self._clock, self._parent)
        if not dialog.exec():
            return
        request = dialog.request()
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the clinician report"),
            f"coach-report-{request.first.isoformat()}-{request.last.isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        from coach.ui.dialogs.report import write_report  # noqa: PLC0415

        try:
            pages = write_report(
                request, Path(path), self._context, self._reminder_settings(), system_zone()
            )
        except (OSError, ValueError) as error:
            self._failed(self.tr("The report could not be written: {error}").format(error=error))
            return
        except ServiceError as error:
            self._failed(
                self.tr("The report could not be written: {error}").format(
                    error=core_text(error.message)
                )
            )
            return
        self._done(self.tr("Saved a {n}-page report to {path}.").format(n=pages, path=path))


class ReportDialog(QDialog):
    """The period of the report (the last 4 weeks by default) and the name to print."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinician report"))
        today = clock.now().astimezone().date()
        self.first = QDateEdit(self)
        self.first.setObjectName("reportFrom")
        self.first.setCalendarPopup(True)
        start = today - timedelta(days=27)
        self.first.setDate(QDate(start.year, start.month, start.day))
        self.last = QDateEdit(self)
        self.last.setObjectName("reportTo")
        self.last.setCalendarPopup(True)
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.name = QLineEdit(self)
        self.name.setObjectName("reportName")
        self.name.setPlaceholderText(self.tr("as it should appear on the report"))
        form = QFormLayout(self)
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        form.addRow(self.tr("Patient &name:"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_valid(self) -> None:
        if self.last.date() < self.first.date():
            QMessageBox.warning(
                self, self.tr("Clinician report"), self.tr("The end comes before the start.")
            )
            return
        self.accept()

    def request(self) -> ReportRequest:
        def day(value: QDate) -> date:
            return date(value.year(), value.month(), value.day())

        return ReportRequest(
            day(self.first.date()), day(self.last.date()), self.name.text().strip()
        )
