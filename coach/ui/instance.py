"""One running Coach per user and data folder: a second start asks the first to show its window.

A `QLockFile` decides who is first; it notices a lock left by a killed process (its PID is gone) and
takes it over. The first instance listens on a `QLocalServer`; a later one connects, says "show" and
exits.
"""

import base64
import binascii
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW_MESSAGE = b"show\n"
# + base64 of a plan file's absolute path as the file system spells it (os.fsencode) + newline:
# one line whatever the name holds (a newline, bytes that are not UTF-8).
OPEN_PREFIX = b"open64 "
PARTIAL = "coachPartialMessage"  # a connection's bytes after its last newline, until more come


class InstanceGuard(QObject):
    """Owns the lock and the local server of the first instance."""

    activation_requested = Signal()
    # A later start was given a plan file to open: its path as a Python str (a Qt string would
    # drop the surrogates that stand for a name's bytes that are not UTF-8).
    open_requested = Signal(object)

    def __init__(self, lock_path: Path, server_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server_name = server_name
        self._lock = QLockFile(str(lock_path))
        # A running Coach holds the lock for days: only a dead owner makes it stale, never its age.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the first instance; it then listens for later ones."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self._server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self._server_name):
            server.newConnection.connect(self._accept)
            self._server = server
            log.info("listening for other instances on %s", self._server_name)
        else:
            log.warning(
                "cannot listen on %s (%s): a second start will not raise this window",
                self._server_name,
                server.errorString(),
            )
        return True

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()
        return int(info[0]) if info and info[0] else None

    def release(self) -> None:
        """Stop listening and give up the lock (at quit, or in tests)."""
        if self._server is not None:
            self._server.close()
            # Deleted by the event loop, never directly: a socket of it may be mid-signal.
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    @Slot()
    def _accept(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(self._read_ready)
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    @Slot()
    def _read_ready(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        # A message may arrive in pieces: only whole lines are read, the rest waits for more.
        kept = connection.property(PARTIAL)
        data = (kept if isinstance(kept, bytes) else b"") + bytes(connection.readAll().data())
        *lines, rest = data.split(b"\n")
        connection.setProperty(PARTIAL, rest)
        for line in lines:
            if line == SHOW_MESSAGE.strip():
                log.info("another start of Coach asked to show the window")
                self.activation_requested.emit()
            elif line.startswith(OPEN_PREFIX):
                try:
                    raw = base64.b64decode(line.removeprefix(OPEN_PREFIX), validate=True)
                except (binascii.Error, ValueError):
                    log.warning("another start of Coach sent an unreadable file name")
                    continue
                path = os.fsdecode(raw)
                shown = raw.decode("utf-8", "replace")  # the log file is UTF-8
                log.info("another start of Coach asked to open %s", shown)
                self.open_requested.emit(path)


def ask_running_instance_to_show(
    server_name: str, timeout_ms: int = 5000, plan_file: Path | None = None
) -> bool:
    """Tell the first instance to show its window (and to open `plan_file`, if given); retries
    while it is still starting up."""
    message = SHOW_MESSAGE
    if plan_file is not None:
        message += OPEN_PREFIX + base64.b64encode(os.fsencode(plan_file)) + b"\n"
    waited = 0
    step = 100
    while waited <= timeout_ms:
        socket = QLocalSocket()
        socket.connectToServer(server_name)
        if socket.waitForConnected(step):
            socket.write(message)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return True
        QThread.msleep(step)
        waited += 2 * step
    return False
