"""Uncaught exceptions in the UI are logged with their traceback and shown in a plain dialog; the app
keeps running (PySide6 returns to the event loop after a slot raises)."""

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


class ErrorReporter:
    """A `sys.excepthook` that logs and shows one dialog at a time."""

    def __init__(self, log_file: Path) -> None:
        self._log_file = log_file
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if self._showing:
            return
        self._showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ErrorReporter", "Coach ran into a problem"),
                QCoreApplication.translate(
                    "ErrorReporter",
                    "Something went wrong: {error}\n\nCoach is still running and your data is "
                    "saved. The details were written to {log}.",
                ).format(error=exc or exc_type.__name__, log=self._log_file),
            )
            box.setObjectName("errorDialog")
            box.exec()
        finally:
            self._showing = False


def install_error_reporter(log_file: Path) -> ErrorReporter:
    reporter = ErrorReporter(log_file)
    sys.excepthook = reporter
    return reporter
