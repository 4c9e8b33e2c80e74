"""The Qt binding keeps Python's reference counts straight: a long-running app calls Qt methods
millions of times, and a binding that drops one reference to None or True per call (PySide6 6.12.0
on Python 3.11) aborts the app with "deallocating None" after a few thousand."""

import sys

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

CALLS = 20  # few, so that a broken binding fails the test rather than aborting the run


class _Emitter(QObject):
    fired = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.received = 0
        self.fired.connect(self.receive)

    @Slot()
    def receive(self) -> None:
        self.received += 1


def test_calls_returning_nothing_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        button.setEnabled(True)
    assert sys.getrefcount(None) - before > -CALLS // 2, "each Qt call drops a reference to None"


def test_signal_emission_keeps_the_reference_count_of_true() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.fired.emit()
    assert emitter.received == CALLS
    assert sys.getrefcount(True) - before > -CALLS // 2, "each emit drops a reference to True"
