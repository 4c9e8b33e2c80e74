"""macOS opens a document in a running app with a QFileOpenEvent (Finder, a double-click on a
.coachplan, dropping it on the Dock icon), not with a second start: hand such plans to the window."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

PLAN_SUFFIXES = (".coachplan",)


class PlanFileOpener(QObject):
    """An application event filter that passes opened plan files to `open_plan`."""

    def __init__(self, open_plan: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_plan = open_plan

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if path.suffix.lower() in PLAN_SUFFIXES:
                self._open_plan(path)
                return True
        return False
