"""File > Print a handout (issue 19): which routine, then Save as PDF or Print. The pages are
drawn by `coach.ui.dialogs.handout_pdf`, as for `coach handout`. Drawing takes about 0.15 s for
the longest built-in routine, so it runs on the UI thread. Qt's print support is loaded only
when the user prints; where it is not installed (the bundle leaves it out), the dialog offers
Save as PDF alone.
"""

import importlib.util
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from coach.domain.routines import Routine
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.handout import Handout, HandoutService
from coach.ui.text.core import core_text
from coach.ui.text.data import routine_name
from coach.ui.text.translate import translate

log = logging.getLogger(__name__)


def can_print() -> bool:
    """Whether Qt's print support is installed (checked without loading it)."""
    return importlib.util.find_spec("PySide6.QtPrintSupport") is not None


class HandoutDialog(QDialog):
    """Which routine the handout is for, and whether to save it as a PDF or print it."""

    SAVE, PRINT = "save", "print"

    def __init__(
        self,
        routines: Sequence[Routine],
        selected: str | None = None,
        printing: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print a handout"))
        self.choice: str | None = None
        self._routines = list(routines)
        about = QLabel(
            self.tr(
                "One or two pages to pin up: for each exercise of the routine, three pictures "
                "of the movement, the steps, the dose and what to take care of."
            ),
            self,
        )
        about.setWordWrap(True)
        self.routine = QComboBox(self)
        self.routine.setObjectName("handoutRoutine")
        for routine in self._routines:
            self.routine.addItem(routine_name(routine), routine.id)
        ids = [r.id for r in self._routines]
        if selected in ids:
            self.routine.setCurrentIndex(ids.index(selected))
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("&Routine:"), self.routine)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        save = QPushButton(self.tr("&Save as PDF…"), self)
        save.setObjectName("handoutSave")
        save.setDefault(True)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
        save.clicked.connect(lambda: self._choose(self.SAVE))
        if printing:
            printed = QPushButton(self.tr("&Print…"), self)
            printed.setObjectName("handoutPrint")
            buttons.addButton(printed, QDialogButtonBox.ButtonRole.AcceptRole)
            printed.clicked.connect(lambda: self._choose(self.PRINT))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # the text in 2 lines
        self.routine.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def routine_id(self) -> str:
        return str(self.routine.currentData())


def print_handout(parent: QWidget, context: ServiceContext, selected: str | None = None) -> None:
    """Ask for the routine (`selected` first), then save its handout as a PDF or print it."""
    service = HandoutService(context)
    try:
        routines = service.routines()
    except ServiceError as error:
        _failed(parent, core_text(error.message))
        return
    if not routines:
        return
    dialog = HandoutDialog(routines, selected, can_print(), parent)
    if not dialog.exec() or dialog.choice is None:
        return
    try:
        handout = service.handout(dialog.routine_id())
    except ServiceError as error:
        _failed(parent, core_text(error.message))
        return
    if handout is None:  # gone meanwhile (a plan changed)
        return
    if dialog.choice == HandoutDialog.PRINT:
        _print(parent, handout)
    else:
        _save(parent, handout)


def _save(parent: QWidget, handout: Handout) -> None:
    from coach.ui.dialogs.handout_pdf import write_handout  # noqa: PLC0415

    name = handout.routine.id.replace(":", "-")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("HandoutDialog", "Save the handout"),
        f"coach-handout-{name}.pdf",
        translate("DataActions", "PDF documents (*.pdf)"),
    )
    if not path:
        return
    try:
        pages = write_handout(handout, Path(path))
    except OSError as error:
        _failed(
            parent,
            translate("HandoutDialog", "The handout could not be written: {error}").format(
                error=error
            ),
        )
        return
    QMessageBox.information(
        parent,
        translate("DataActions", "Coach"),
        translate("HandoutDialog", "Saved a {n}-page handout to {path}.").format(
            n=pages, path=path
        ),
    )


def _print(parent: QWidget, handout: Handout) -> None:
    """Qt's print dialog, with the handout's paper and margins to start from."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

    from coach.ui.dialogs.handout_pdf import draw_handout, handout_title, page_layout  # noqa: PLC0415

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(handout_title(handout))
    chooser = QPrintDialog(printer, parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        pages = draw_handout(handout, printer)
    except OSError as error:
        _failed(
            parent,
            translate("HandoutDialog", "The handout could not be printed: {error}").format(
                error=error
            ),
        )
        return
    log.info("printed a %d-page handout of %s", pages, handout.routine.id)


def _failed(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, translate("DataActions", "Coach"), text)
