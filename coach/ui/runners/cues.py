"""Sound and spoken cues for the player and the notices, degrading to visual cues only.

Sounds and speech are made by child processes (coach.ui.runners.cue_worker), one for each: Qt's audio and
speech calls can wait for ever on a sound server or a speech daemon that stopped answering, and
would freeze the window if made here. The window only writes a line to a pipe and reads the answers
when they come (QProcess, never waiting). A worker that does not start, or does not answer a
request, within its time limit is stopped and marked unavailable for this run: logged once, and
said in the player's cue line. No speech engine exists unless spoken cues are on and a player
needs one. The "mock" speech engine that Qt ships is for tests only and is never picked by
default.
"""

import json
import logging
import sys
from collections import deque
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal, Slot

from coach.ui.runners.cue_worker import CUE_NAMES, SOUND, SPEECH

log = logging.getLogger(__name__)

__all__ = ["CUE_NAMES", "DEFAULT_SPEECH_ENGINE", "CueService", "CueWorker", "Cues"]

DEFAULT_SPEECH_ENGINE = "speechd"
START_TIMEOUT_SECONDS = 10.0  # a new Python with Qt, then the sound server or speech daemon
ANSWER_TIMEOUT_SECONDS = 3.0  # handing one cue to Qt takes milliseconds when all is well
WORKER_FLAG = "--cue-worker"

_logged: set[str] = set()


def _log_once(line: str) -> None:
    """One log line per problem per run, however often the player opens."""
    if line not in _logged:
        _logged.add(line)
        log.warning("%s", line)


def worker_command(role: str, arguments: Sequence[str]) -> list[str]:
    """How to start a cue worker: the bundle's own executable, or this Python with Coach's CLI."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, role, *arguments]
    return [sys.executable, "-m", "coach", WORKER_FLAG, role, *arguments]


class WorkerState(Enum):
    OFF = "off"
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"


class CueWorker(QObject):
    """One child process (sound or speech) and the requests on their way to it."""

    changed = Signal()  # ready, or unavailable

    def __init__(
        self,
        role: str,
        command: Sequence[str],
        start_timeout: float = START_TIMEOUT_SECONDS,
        answer_timeout: float = ANSWER_TIMEOUT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self._command = list(command)
        self.state = WorkerState.OFF
        self.problem = ""  # why it is unavailable, in the user's language
        self._process: QProcess | None = None
        self._buffer = b""
        self._next_id = 0
        self._unanswered: deque[int] = deque()
        self._held: dict[str, object] | None = None  # the latest request made while starting
        self._start_timeout = start_timeout
        self._answer_timeout = answer_timeout
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._overran)

    @property
    def usable(self) -> bool:
        """Not known to be broken (it may still be starting)."""
        return self.state is not WorkerState.UNAVAILABLE

    def start(self) -> None:
        """Start the child process, unless it runs or has been given up."""
        if self.state is not WorkerState.OFF:
            return
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments(self._command[1:])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(self._read_log)
        process.errorOccurred.connect(self._failed)
        process.finished.connect(self._ended)
        self._process = process
        self.state = WorkerState.STARTING
        self._deadline.start(round(self._start_timeout * 1000))
        process.start()

    def send(self, **request: object) -> None:
        """Hand a request to the worker. While it starts, only the latest one is kept (a cue from
        seconds ago is worse than none); once it is given up, nothing is sent."""
        if self.state is WorkerState.OFF:
            self.start()
        if self.state is WorkerState.STARTING:
            self._held = request
        elif self.state is WorkerState.READY:
            self._write(request)

    def stop(self) -> None:
        """End the child now (Coach is quitting); never waits for it."""
        self._deadline.stop()
        process = self._process
        self._process = None
        if process is not None:
            process.errorOccurred.disconnect(self._failed)
            process.finished.disconnect(self._ended)
            if process.state() is not QProcess.ProcessState.NotRunning:
                process.kill()
        if self.state is not WorkerState.UNAVAILABLE:
            self.state = WorkerState.OFF

    def _write(self, request: dict[str, object]) -> None:
        assert self._process is not None
        self._next_id += 1
        self._unanswered.append(self._next_id)
        self._process.write((json.dumps({"id": self._next_id, **request}) + "\n").encode())
        if not self._deadline.isActive():
            self._deadline.start(round(self._answer_timeout * 1000))

    @Slot()
    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                answer = json.loads(line)
            except ValueError:
                continue
            if isinstance(answer, dict):
                self._answer(answer)

    def _answer(self, answer: dict[str, object]) -> None:
        if "ready" in answer and self.state is WorkerState.STARTING:
            self.state = WorkerState.READY
            self._deadline.stop()
            log.info("%s cues ready", self.role)
            self.changed.emit()
            held, self._held = self._held, None
            if held is not None:
                self._write(held)
        elif "problem" in answer:
            self._give_up(
                self._problem_text(str(answer.get("problem")), str(answer.get("detail", "")))
            )
        elif "done" in answer:
            done = answer["done"]
            while self._unanswered and self._unanswered[0] != done:
                self._unanswered.popleft()
            if self._unanswered:
                self._unanswered.popleft()
            self._deadline.stop()
            if self._unanswered:  # the next answer has its own full time limit
                self._deadline.start(round(self._answer_timeout * 1000))

    def _problem_text(self, code: str, detail: str) -> str:
        if code == "no-output":
            return self.tr("no audio output was found")
        if code == "no-engine":
            return self.tr("no speech engine '{engine}' (install speech-dispatcher)").format(
                engine=detail
            )
        if code == "engine-error":
            return self.tr("the speech engine does not work: {error}").format(error=detail)
        if self.role == SOUND:
            return self.tr("Qt Multimedia cannot load ({error}); install libpulse0").format(
                error=detail
            )
        return self.tr("Qt TextToSpeech cannot load ({error})").format(error=detail)

    @Slot()
    def _read_log(self) -> None:
        if self._process is None:
            return
        text = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                log.debug("%s cue worker: %s", self.role, line)

    @Slot()
    def _overran(self) -> None:
        seconds = (
            self._start_timeout if self.state is WorkerState.STARTING else self._answer_timeout
        )
        if self.role == SPEECH:
            text = self.tr("the speech service did not answer within {seconds} s")
        else:
            text = self.tr("the sound system did not answer within {seconds} s")
        self._give_up(text.format(seconds=f"{seconds:g}"))

    @Slot(QProcess.ProcessError)
    def _failed(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._process is not None:
            self._give_up(
                self.tr("the cue helper could not start ({error})").format(
                    error=self._process.errorString()
                )
            )

    @Slot(int, QProcess.ExitStatus)
    def _ended(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self.state is not WorkerState.UNAVAILABLE:
            self._give_up(self.tr("the cue helper stopped (exit code {code})").format(code=code))

    def _give_up(self, problem: str) -> None:
        if self.state is WorkerState.UNAVAILABLE:
            return
        self.stop()
        self.state = WorkerState.UNAVAILABLE
        self.problem = problem
        self._held = None
        self._unanswered.clear()
        _log_once(f"{self.role} cues unavailable for this run: {problem}")
        self.changed.emit()


class CueService(QObject):
    """The app's cue workers, started when first needed and kept for the run."""

    changed = Signal()

    def __init__(
        self,
        sounds_dir: Path,
        speech_engine: str | None = DEFAULT_SPEECH_ENGINE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sounds_dir = sounds_dir
        self.speech_engine = speech_engine
        self.sound = CueWorker(SOUND, worker_command(SOUND, [str(sounds_dir)]), parent=self)
        self.sound.changed.connect(self.changed)
        self.speech: CueWorker | None = None  # made when spoken cues are first needed

    def voice(self) -> CueWorker | None:
        """The speech worker, started now if needed; None when spoken cues are not possible
        (no engine configured)."""
        if self.speech_engine is None:
            return None
        if self.speech is None:
            command = worker_command(SPEECH, [self.speech_engine, QLocale().name()])
            self.speech = CueWorker(SPEECH, command, parent=self)
            self.speech.changed.connect(self.changed)
        self.speech.start()
        return self.speech

    def stop(self) -> None:
        self.sound.stop()
        if self.speech is not None:
            self.speech.stop()


class Cues(QObject):
    """One player's (or the notices') cues: what was asked, newest last, is kept as text too."""

    changed = Signal()  # what works changed: the cue line says it

    def __init__(
        self,
        service: CueService,
        speech: bool,
        muted: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._wants_speech = speech
        self._muted = muted
        self.spoken: list[str] = []
        self.played: list[str] = []
        service.changed.connect(self.changed)
        self._prepare()

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = value
        self._prepare()

    def _prepare(self) -> None:
        """Start what an unmuted player will need, so the first cue is not late."""
        if self._muted:
            return
        self._service.sound.start()
        if self._wants_speech:
            self._service.voice()

    @property
    def sound_available(self) -> bool:
        return self._service.sound.usable

    @property
    def sound_problem(self) -> str:
        return self._service.sound.problem

    @property
    def speech_available(self) -> bool:
        speech = self._service.speech
        return self._wants_speech and speech is not None and speech.usable

    @property
    def speech_problem(self) -> str:
        if not self._wants_speech or self._service.speech_engine is None:
            return self.tr("spoken cues are off")
        speech = self._service.speech
        return speech.problem if speech is not None else ""

    def play(self, name: str) -> None:
        if self._muted:
            return
        self.played.append(name)
        self._service.sound.send(play=name)

    def say(self, text: str) -> None:
        if self._muted:
            return
        self.spoken.append(text)
        if self._wants_speech and (voice := self._service.voice()) is not None:
            voice.send(say=text)

    def stop_speaking(self) -> None:
        speech = self._service.speech
        if speech is not None and speech.state is WorkerState.READY:
            speech.send(stop=True)
