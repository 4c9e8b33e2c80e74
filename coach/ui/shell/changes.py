"""The services' changes as a Qt signal, so widgets connect to them like to any other signal."""

from PySide6.QtCore import QObject, Signal

from coach.services.changes import Change, Changes


class ChangeSignal(QObject):
    """Re-emits each `Change` announced on the hub as `changed` (a `Change`)."""

    changed = Signal(object)
    stopped = Signal()  # the store is closing: nothing may read it from a timer any more

    def __init__(self, changes: Changes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = unsubscribe = changes.subscribe(self._announced)
        # Not a method of self: it is called when self is being destroyed.
        self.destroyed.connect(lambda *_: unsubscribe())

    def _announced(self, change: Change) -> None:
        self.changed.emit(change)

    def stop(self) -> None:
        """Stop listening to the hub (the app is closing) and say so."""
        self._unsubscribe()
        self.stopped.emit()
