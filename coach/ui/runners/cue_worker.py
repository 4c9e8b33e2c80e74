"""The child process that plays cue sounds, or speaks cues: `coach --cue-worker sound|speech`.

Qt's audio and speech calls wait on a sound server or a speech daemon while holding Python's lock:
a PulseAudio that accepts and never answers held `QMediaDevices.audioOutputs()` for 30 s, and a
speech-dispatcher that stopped answering held `QTextToSpeech(engine)` for ever. Made in Coach
itself, either would freeze the window. Here they freeze only this process, which Coach stops
when it does not answer in time (coach.ui.runners.cues).

The protocol is one JSON object a line. Coach sends {"id": n, "play": name}, {"id": n, "say":
text} or {"id": n, "stop": true}; the worker answers {"ready": true} or {"problem": code,
"detail": text} once at start, then {"done": n} for each request it has handed to Qt. The
worker ends when its input closes, or with Coach (Linux: the parent-death signal).
"""

import contextlib
import ctypes
import ctypes.util
import json
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Signal, Slot

SOUND = "sound"
SPEECH = "speech"
ROLES = (SOUND, SPEECH)
CUE_NAMES = ("start", "relax", "switch", "rest", "done", "tick")
PR_SET_PDEATHSIG = 1


def _end_with_parent() -> None:
    """Linux: be killed when Coach ends, even while stuck in a call that never returns."""
    if not sys.platform.startswith("linux"):
        return
    name = ctypes.util.find_library("c")
    if name is None:
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(name, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


class _Lines(QObject):
    """Reads requests on a thread of its own and hands each line to the Qt thread."""

    line = Signal(str)
    closed = Signal()

    def __init__(self, source: TextIO) -> None:
        super().__init__()
        self._source = source

    def start(self) -> None:
        threading.Thread(target=self._read, name="cue-requests", daemon=True).start()

    def _read(self) -> None:
        for text in self._source:
            self.line.emit(text)
        self.closed.emit()


class _Worker(QObject):
    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self._out = out
        self._handlers: dict[str, Callable[[Any], None]] = {}

    def answer(self, **fields: object) -> None:
        self._out.write(json.dumps(fields) + "\n")
        self._out.flush()

    @Slot(str)
    def request(self, text: str) -> None:
        try:
            message = json.loads(text)
        except ValueError:
            return
        if not isinstance(message, dict):
            return
        for key, handler in self._handlers.items():
            if key in message:
                handler(message[key])
        if "id" in message:
            self.answer(done=message["id"])

    def start_sound(self, sounds_dir: Path) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415
        except ImportError as error:
            self.answer(problem="import", detail=str(error))
            return
        if not QMediaDevices.audioOutputs():
            self.answer(problem="no-output", detail="")
            return
        effects = {}
        for name in CUE_NAMES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sounds_dir / f"{name}.wav")))
            effect.setVolume(0.8)
            effects[name] = effect

        def play(name: object) -> None:
            effect = effects.get(str(name))
            if effect is not None:
                effect.play()

        self._handlers["play"] = play
        self.answer(ready=True)

    def start_speech(self, engine: str, locale: str) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError as error:
            self.answer(problem="import", detail=str(error))
            return
        if engine not in QTextToSpeech.availableEngines():
            self.answer(problem="no-engine", detail=engine)
            return
        speech = QTextToSpeech(engine, self)
        if speech.state() == QTextToSpeech.State.Error:
            self.answer(problem="engine-error", detail=speech.errorString())
            return
        speech.setLocale(
            QLocale(locale)
        )  # a voice for the language Coach speaks, where there is one
        self._handlers["say"] = lambda text: speech.say(str(text))
        self._handlers["stop"] = lambda _value: speech.stop()
        self.answer(ready=True)


def main(argv: Sequence[str]) -> int:
    """`sound SOUNDS_DIR` or `speech ENGINE LOCALE`."""
    if len(argv) < 2 or argv[0] not in ROLES or (argv[0] == SPEECH and len(argv) < 3):
        print("usage: coach --cue-worker sound SOUNDS_DIR | speech ENGINE LOCALE", file=sys.stderr)
        return 2
    _end_with_parent()
    app = QCoreApplication.instance() or QCoreApplication(["coach-cues"])
    worker = _Worker(sys.stdout)
    lines = _Lines(sys.stdin)
    lines.line.connect(worker.request)
    lines.closed.connect(app.quit)
    lines.start()
    if argv[0] == SOUND:
        worker.start_sound(Path(argv[1]))
    else:
        worker.start_speech(argv[1], argv[2])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
