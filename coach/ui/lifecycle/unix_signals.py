"""Quit cleanly on SIGTERM and Ctrl+C: Python only runs signal handlers when it gets control, so a
wake-up socket feeds a QSocketNotifier that hands control back to Python inside Qt's event loop."""

import contextlib
import signal
import socket

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer


def request_exit(app: QCoreApplication) -> None:
    """End the event loop, also when the signal came before the loop started (exit() alone is
    ignored then; the zero timer fires as soon as it runs). `exit`, not `quit`: quit() is cancelled
    by a window that hides to the tray on close."""
    QTimer.singleShot(0, lambda: app.exit(0))


def quit_on_termination_signals(app: QCoreApplication) -> None:
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: request_exit(app))
    _keep_alive.extend([reader, writer, notifier])


# The sockets and the notifier must live as long as the process.
_keep_alive: list[object] = []
