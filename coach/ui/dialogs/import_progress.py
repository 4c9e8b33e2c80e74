"""Importing a backup off the UI thread, with a progress dialog that can stop it.

A backup of years of use takes seconds to merge, and the window must keep painting meanwhile. The
import runs on a QThread of its own over its own connection to the store (`ImportJob`: a SQLite
connection stays on the thread that opened it); the dialog shows how much of the file is done, and
Cancel stops it with nothing imported (the import is one transaction). The outcome comes back to
the UI thread once the thread has ended.
"""

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from coach.services.data import ImportJob

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400  # a quick import never flashes a dialog


class _ImportThread(QThread):
    """Runs the job; `outcome` is the rows added by table, or the exception it ended with."""

    progressed = Signal(int, int)  # rows done, rows in the file

    def __init__(self, job: ImportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()
        self.outcome: dict[str, int] | BaseException | None = None

    def stop(self) -> None:
        """Ask the import to stop at its next report (nothing is kept)."""
        self._stop.set()

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self._stop.is_set()

        try:
            self.outcome = self._job.run(progress)
        except Exception as error:  # handed to the UI thread, which says or reports it
            self.outcome = error


class BackupImport(QObject):
    """One import of a backup: its thread and its progress dialog. `ended` carries the outcome:
    the rows added by table, or the exception (ServiceError, ImportCancelledError, ...)."""

    ended = Signal(object)

    def __init__(self, job: ImportJob, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._over = False
        self._thread = _ImportThread(job, self)
        self._thread.progressed.connect(self._progressed)
        self._thread.finished.connect(self._finished)
        self.dialog = QProgressDialog(parent)  # its Cancel button in Qt's own words
        self.dialog.setLabelText(self.tr("Importing {file}…").format(file=Path(job.source).name))
        self.dialog.setRange(0, 0)  # busy until the file is read and its rows are counted
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.canceled.connect(self._thread.stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_and_wait)

    def start(self) -> None:
        self._thread.start()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._over:
            return  # a report that came after the end: the dialog is gone
        percent = 100 * done // total if total else 100
        if self.dialog.maximum() != 100:
            self.dialog.setRange(0, 100)
        if percent != self.dialog.value():
            self.dialog.setValue(percent)

    @Slot()
    def _finished(self) -> None:
        self._over = True
        self.dialog.close()
        self.dialog.deleteLater()
        self.ended.emit(self._thread.outcome)

    @Slot()
    def _stop_and_wait(self) -> None:
        """Quitting: the import is stopped (rolled back, nothing kept) and its thread waited
        for, so it never outlives the app."""
        if self._thread.isRunning():
            log.info("quitting during an import: it is stopped, nothing is imported")
            self._thread.stop()
            self._thread.wait()
