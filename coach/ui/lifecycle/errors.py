"""Uncaught exceptions in the UI are logged with their traceback and shown in a plain dialog; the app
keeps running (PySide6 returns to the event loop after a slot raises)."""

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from coach.services.errors import unsaved_write
from coach.ui.text.core import core_text

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
                QMessageBox.Icon.Warning, *self._wording(exc_type, exc, self._log_file)
            )
            box.setObjectName("errorDialog")
            box.exec()
        finally:
            self._showing = False

    @staticmethod
    def _wording(
        exc_type: type[BaseException], exc: BaseException, log_file: Path
    ) -> tuple[str, str]:
        """The title and text: never "saved" for what is not known to be saved."""
        unsaved = unsaved_write(exc)
        if unsaved is not None:
            return (
                QCoreApplication.translate("ErrorReporter", "Coach could not save"),
                QCoreApplication.translate(
                    "ErrorReporter",
                    "{problem}\n\nCoach is still running, and what was saved before is kept. "
                    "The details were written to {log}.",
                ).format(problem=core_text(unsaved.message), log=log_file),
            )
        return (
            QCoreApplication.translate("ErrorReporter", "Coach ran into a problem"),
            QCoreApplication.translate(
                "ErrorReporter",
                "Something went wrong: {error}\n\nCoach is still running, and what was saved "
                "before is kept, but what you just did may not have been saved. The details were "
                "written to {log}.",
            ).format(error=exc or exc_type.__name__, log=log_file),
        )


def install_error_reporter(log_file: Path) -> ErrorReporter:
    reporter = ErrorReporter(log_file)
    sys.excepthook = reporter
    return reporter
