"""Calls to services outside the process, made off the UI thread with a time limit.

D-Bus, the X server's extensions and the tools Coach runs can stop answering (a hung session
bus, a compositor that froze, a daemon that accepts and never replies). Each such service gets
its own `ServiceThread`: one daemon thread that makes its calls one at a time, and hands each
answer back to the UI thread by a queued Qt signal. A call that does not answer within the
service's time limit marks the service unavailable for the rest of this run: it is logged once,
later calls fail at once, and the stuck thread is left behind (a daemon thread never holds up
quitting). The calls used here (ctypes into libX11, QtDBus, `subprocess`) release Python's lock
while they wait, so a stuck one does not stop the UI thread either; calls that keep that lock
while they wait (QtMultimedia, QtTextToSpeech) run in a child process instead (coach.ui.runners.cues).
"""

import contextlib
import logging
import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 5.0
IDLE_THREAD_SECONDS = 90.0  # longer than a reminder tick, so a polled service keeps its thread


@dataclass
class _Call:
    job: Callable[[], Any]
    on_result: Callable[[Any], None]
    on_failure: Callable[[str], None] | None
    number: int = 0


class ServiceThread(QObject):
    """One outside service's calls, in order, each within `timeout_seconds` of real time."""

    # Emitted once, with the reason, when the service stops answering (or its thread cannot run).
    became_unavailable = Signal(str)
    _answered = Signal(int, bool, object)  # call number, succeeded, result or error text

    def __init__(
        self,
        name: str,
        timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.timeout_seconds = timeout_seconds
        self.problem = ""  # why the service is unavailable for this run; "" while it works
        self._jobs: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._waiting: deque[_Call] = deque()  # submitted on the UI thread, not yet sent
        self._running: _Call | None = None
        self._count = 0
        self._lock = threading.Lock()  # guards _serving between the UI thread and the service's
        self._serving = False
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._overran)
        self._answered.connect(self._finish)

    @property
    def available(self) -> bool:
        return not self.problem

    @property
    def busy(self) -> bool:
        """A call is on its way (or waiting for the one before it)."""
        return self._running is not None or bool(self._waiting)

    def call(
        self,
        job: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_failure: Callable[[str], None] | None = None,
    ) -> None:
        """Run `job()` on the service's thread; `on_result(value)` or `on_failure(reason)` follows
        on the UI thread. On an unavailable service `on_failure` is called before this returns."""
        if self.problem:
            if on_failure is not None:
                on_failure(self.problem)
            return
        self._waiting.append(_Call(job, on_result, on_failure))
        self._send_next()

    def stop(self) -> None:
        """Drop the calls not yet made and let the thread end (at quit; never waits for it)."""
        self._deadline.stop()
        self._waiting.clear()
        self._running = None
        with self._lock:
            if self._serving:
                self._jobs.put(None)

    def _send_next(self) -> None:
        if self._running is not None or not self._waiting or self.problem:
            return
        call = self._waiting.popleft()
        self._count += 1
        call.number = self._count
        self._running = call
        with self._lock:
            self._jobs.put(call)
            if not self._serving:
                try:
                    threading.Thread(
                        target=self._serve, name=f"coach-{self.name}", daemon=True
                    ).start()
                except RuntimeError as error:  # no more threads can be made
                    self._give_up(f"cannot start a thread ({error})")
                    return
                self._serving = True
        self._deadline.start(round(self.timeout_seconds * 1000))

    def _serve(self) -> None:
        """The service's thread: make calls as they come; end after a while without any."""
        while True:
            try:
                call = self._jobs.get(timeout=IDLE_THREAD_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():
                        self._serving = False
                        return
                continue
            if call is None:
                with self._lock:
                    self._serving = False
                return
            try:
                result = call.job()
            except Exception as error:  # the answer goes to the UI thread, whatever it is
                log.debug("%s: a call failed", self.name, exc_info=True)
                self._emit(call.number, False, f"{type(error).__name__}: {error}")
            else:
                self._emit(call.number, True, result)

    def _emit(self, number: int, succeeded: bool, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the QObject is gone: Coach is quitting
            self._answered.emit(number, succeeded, value)

    @Slot(int, bool, object)
    def _finish(self, number: int, succeeded: bool, value: object) -> None:
        call = self._running
        if call is None or call.number != number:
            return  # an answer after the time limit: the service was given up already
        self._deadline.stop()
        self._running = None
        if succeeded:
            call.on_result(value)
        elif call.on_failure is not None:
            call.on_failure(str(value))
        self._send_next()

    @Slot()
    def _overran(self) -> None:
        call = self._running
        if call is None:
            return
        self._give_up(f"no answer within {self.timeout_seconds:g} s")

    def _give_up(self, reason: str) -> None:
        self.problem = reason
        log.warning("%s is unavailable for this run: %s", self.name, reason)
        failed = [c for c in (self._running, *self._waiting) if c is not None]
        self._running = None
        self._waiting.clear()
        for call in failed:
            if call.on_failure is not None:
                call.on_failure(reason)
        self.became_unavailable.emit(reason)
