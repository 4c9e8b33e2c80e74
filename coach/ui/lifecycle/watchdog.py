"""Notices when the window stops responding, and writes down where the main thread was.

The event loop is either waiting for something to happen (nothing to do), or handling events. When
it starts handling events after a wait, `StallWatchdog` asks Python's `faulthandler` to dump every
thread's stack if the loop has not gone back to waiting within the limit (250 ms); going back to
waiting cancels that. faulthandler's timer is a thread of C code that needs no Python lock, so it
writes the stack even when the main thread is stuck inside a call that holds the lock. While Coach
is idle nothing is armed, so the watchdog adds no wake-ups. After a stall, the main thread's part of
the dump goes into Coach's log with how long the window did not respond; the whole dump stays in
`stalls.log` beside the log.
"""

import faulthandler
import logging
import os
import threading
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, Slot

log = logging.getLogger(__name__)

STALL_SECONDS = 0.25
DUMP_FILE_LIMIT = 1_000_000  # bytes: a longer stalls.log starts again


def main_thread_part(dump: str, main_thread_id: int) -> str:
    """The main thread's stack out of a faulthandler dump of every thread (the whole dump when it
    cannot be found)."""
    marker = f"0x{main_thread_id:016x}"
    lines = dump.splitlines()
    for index, line in enumerate(lines):
        if "Thread" in line and marker in line:
            part = [line]
            for following in lines[index + 1 :]:
                if not following.startswith(" "):
                    break
                part.append(following)
            return "\n".join(part)
    return dump.strip()


class StallWatchdog(QObject):
    """Installed on the application: see the module's docstring."""

    def __init__(
        self,
        app: QCoreApplication,
        dump_file: Path,
        stall_seconds: float = STALL_SECONDS,
    ) -> None:
        super().__init__(app)
        self.stall_seconds = stall_seconds
        self.dump_file = dump_file
        self.stalls = 0  # how many were noticed in this run
        dump_file.parent.mkdir(parents=True, exist_ok=True)
        too_long = dump_file.exists() and dump_file.stat().st_size > DUMP_FILE_LIMIT
        self._dump: TextIO = dump_file.open("w" if too_long else "a", encoding="utf-8")
        self._read_up_to = os.fstat(self._dump.fileno()).st_size
        self._busy_since: float | None = None
        self._main_thread = threading.main_thread().ident or 0
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            raise RuntimeError("the stall watchdog needs the application's event dispatcher")
        self._dispatcher = dispatcher
        dispatcher.aboutToBlock.connect(self._waiting)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._busy_since is None:  # the first event after a wait: the loop is busy again
            self._busy_since = time.monotonic()
            faulthandler.dump_traceback_later(self.stall_seconds, file=self._dump)
        return False

    @Slot()
    def _waiting(self) -> None:
        """The loop goes back to waiting: cancel the dump, and log the stall if it came."""
        since = self._busy_since
        if since is None:
            return
        self._busy_since = None
        faulthandler.cancel_dump_traceback_later()
        blocked = time.monotonic() - since
        if blocked >= self.stall_seconds:
            self._log_stall(blocked)

    def _log_stall(self, blocked: float) -> None:
        self.stalls += 1
        self._dump.flush()
        try:
            text = self._read_new_dump()
        except OSError as error:
            text = f"(the stack could not be read back: {error})"
        log.warning(
            "the window did not respond for %.0f ms; the main thread was at:\n%s",
            blocked * 1000,
            main_thread_part(text, self._main_thread) or "(no stack was written)",
        )

    def _read_new_dump(self) -> str:
        """What faulthandler wrote since the last stall that was logged."""
        size = os.fstat(self._dump.fileno()).st_size
        start, self._read_up_to = self._read_up_to, size
        if size <= start:
            return ""
        with self.dump_file.open("r", encoding="utf-8", errors="replace") as handle:
            handle.seek(start)
            return handle.read(size - start)

    def stop(self) -> None:
        faulthandler.cancel_dump_traceback_later()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._dispatcher.aboutToBlock.disconnect(self._waiting)
        self._dump.close()
