"""One running Coach per user and data folder: a second start asks the first to show its window.

A `QLockFile` decides who is first; it notices a lock left by a killed process (its PID is gone) and
takes it over. The first instance listens on a `QLocalServer`; a later one connects, says "show"
(or what to open or start) and exits.

The channel belongs to the user: on Unix it is a socket in a folder only this user can write to
(`paths.runtime_dir`), and both sides check the folder and the socket before using them
(`channel_problem`): a socket another account holds is never written to nor removed, and the
user is told.
"""

import base64
import binascii
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, QThread, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach import paths

log = logging.getLogger(__name__)

SHOW_MESSAGE = b"show\n"
# + base64 of a plan file's absolute path as the file system spells it (os.fsencode) + newline:
# one line whatever the name holds (a newline, bytes that are not UTF-8).
OPEN_PREFIX = b"open64 "
# + base64 of a routine's id (UTF-8) + newline: `coach start ROUTINE_ID`.
START_PREFIX = b"start64 "
PARTIAL = "coachPartialMessage"  # a connection's bytes after its last newline, until more come


class ChannelRefusedError(Exception):
    """The channel's folder or socket is not this user's alone: nothing was sent on it."""


def channel_problem(server_name: str, uid: int | None = None) -> str | None:
    """Why this user (`uid`, by default the current one) must not listen on, or write to, the
    channel `server_name`; None when it may. A bare name stands for Qt's temporary folder, which
    others can write to, so only a full path in a folder of the user's own passes."""
    if sys.platform == "win32":
        return None  # a named pipe that Qt's UserAccessOption keeps to this user
    path = Path(server_name)
    if not path.is_absolute():
        path = Path(QDir.tempPath()) / server_name
    return paths.socket_problem(path, os.getuid() if uid is None else uid)


class InstanceGuard(QObject):
    """Owns the lock and the local server of the first instance."""

    activation_requested = Signal()
    # A later start was given a plan file to open: its path as a Python str (a Qt string would
    # drop the surrogates that stand for a name's bytes that are not UTF-8).
    open_requested = Signal(object)
    # A later start asked for a routine (`coach start ROUTINE_ID`): its id.
    start_requested = Signal(str)

    def __init__(
        self,
        lock_path: Path,
        server_name: str,
        parent: QObject | None = None,
        uid: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._server_name = server_name
        self._uid = uid  # whose channel it must be: the current user unless a test says
        self._lock = QLockFile(str(lock_path))
        # A running Coach holds the lock for days: only a dead owner makes it stale, never its age.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        # Why this first instance does not listen (the channel is not the user's, or listening
        # failed): later starts cannot reach it, and the user is to be told.
        self.listen_problem: str | None = None

    @property
    def server_name(self) -> str:
        return self._server_name

    @property
    def uid(self) -> int | None:
        """Whose the channel must be (None: the current user's)."""
        return self._uid

    def acquire(self) -> bool:
        """True when this process is the first instance; it then listens for later ones (unless
        the channel is not the user's: see `listen_problem`)."""
        if not self._lock.tryLock(0):
            return False
        problem = channel_problem(self._server_name, self._uid)
        if problem is None:
            # Only a socket of this user's own is removed (one left by a killed Coach).
            QLocalServer.removeServer(self._server_name)
            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            if server.listen(self._server_name):
                server.newConnection.connect(self._accept)
                self._server = server
                log.info("listening for other instances on %s", self._server_name)
                return True
            problem = f"cannot listen on {self._server_name} ({server.errorString()})"
            server.deleteLater()
        self.listen_problem = problem
        log.error("%s: a second start of Coach cannot reach this one", problem)
        return True

    def lock_cannot_be_written(self) -> bool:
        """The lock was refused not because another Coach holds it, but because its file cannot
        be made (a full disk, a read-only or foreign folder)."""
        return self._lock.error() in (
            QLockFile.LockError.PermissionError,
            QLockFile.LockError.UnknownError,
        )

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
                raw = _unpack(line.removeprefix(OPEN_PREFIX))
                if raw is None:
                    log.warning("another start of Coach sent an unreadable file name")
                    continue
                path = os.fsdecode(raw)
                shown = raw.decode("utf-8", "replace")  # the log file is UTF-8
                log.info("another start of Coach asked to open %s", shown)
                self.open_requested.emit(path)
            elif line.startswith(START_PREFIX):
                raw = _unpack(line.removeprefix(START_PREFIX))
                try:
                    routine_id = None if raw is None else raw.decode("utf-8")
                except UnicodeDecodeError:
                    routine_id = None
                if routine_id is None:
                    log.warning("another start of Coach sent an unreadable routine id")
                    continue
                log.info("another start of Coach asked to start the routine %s", routine_id)
                self.start_requested.emit(routine_id)


def _unpack(text: bytes) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def ask_running_instance_to_show(
    server_name: str,
    timeout_ms: int = 5000,
    plan_file: Path | None = None,
    routine_id: str | None = None,
    uid: int | None = None,
) -> bool:
    """Tell the first instance to show its window (and to open `plan_file`, if given), or to
    start the routine `routine_id`; retries while it is still starting up. False when nobody
    answers in time; ChannelRefusedError, with nothing sent, when the channel is not this user's."""
    if routine_id is not None:
        message = START_PREFIX + base64.b64encode(routine_id.encode("utf-8")) + b"\n"
    else:
        message = SHOW_MESSAGE
        if plan_file is not None:
            message += OPEN_PREFIX + base64.b64encode(os.fsencode(plan_file)) + b"\n"
    waited = 0
    step = 100
    while waited <= timeout_ms:
        # Checked before every try: the socket may appear while the first instance starts.
        problem = channel_problem(server_name, uid)
        if problem is not None:
            log.error("refused to hand over on %s: %s; nothing was sent", server_name, problem)
            raise ChannelRefusedError(problem)
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
