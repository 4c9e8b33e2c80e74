"""Sound and spoken cues for the player, degrading to visual cues only.

QtMultimedia needs libpulse on Linux and a speech engine needs speech-dispatcher: where either is
missing the player still runs, says so in its status line, and logs one line. The "mock" speech
engine that Qt ships is for tests only and is never picked by default.
"""

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QUrl

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

CUE_NAMES = ("start", "relax", "switch", "rest", "done", "tick")
DEFAULT_SPEECH_ENGINE = "speechd"


_logged: set[str] = set()


def _log_once(message: str, problem: str) -> None:
    """One log line per missing part per run, however often the player opens."""
    line = message % problem
    if line not in _logged:
        _logged.add(line)
        log.warning("%s", line)


class Cues(QObject):
    def __init__(
        self,
        sounds_dir: Path,
        speech_engine: str | None = DEFAULT_SPEECH_ENGINE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.muted = False
        self.spoken: list[str] = []  # what was said, newest last (shown as text too)
        self.played: list[str] = []
        self.sound_problem = ""
        self.speech_problem = ""
        self._effects: dict[str, QSoundEffect] = {}
        self._speech: QTextToSpeech | None = None
        self._load_sounds(sounds_dir)
        self._load_speech(speech_engine)

    def _load_sounds(self, sounds_dir: Path) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415
        except ImportError as error:
            self.sound_problem = self.tr(
                "Qt Multimedia cannot load ({error}); install libpulse0"
            ).format(error=error)
            _log_once("sound cues unavailable: %s", self.sound_problem)
            return
        if not QMediaDevices.audioOutputs():
            self.sound_problem = self.tr("no audio output was found")
            _log_once("sound cues unavailable: %s", self.sound_problem)
            return
        for name in CUE_NAMES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sounds_dir / f"{name}.wav")))
            effect.setVolume(0.8)
            self._effects[name] = effect

    def _load_speech(self, engine: str | None) -> None:
        if engine is None:
            self.speech_problem = self.tr("spoken cues are off")
            return
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError as error:
            self.speech_problem = self.tr("Qt TextToSpeech cannot load ({error})").format(
                error=error
            )
            _log_once("spoken cues unavailable: %s", self.speech_problem)
            return
        if engine not in QTextToSpeech.availableEngines():
            self.speech_problem = self.tr(
                "no speech engine '{engine}' (install speech-dispatcher)"
            ).format(engine=engine)
            _log_once("spoken cues unavailable: %s", self.speech_problem)
            return
        speech = QTextToSpeech(engine, self)
        if speech.state() == QTextToSpeech.State.Error:
            self.speech_problem = self.tr("the speech engine does not work: {error}").format(
                error=speech.errorString()
            )
            _log_once("spoken cues unavailable: %s", self.speech_problem)
            return
        speech.setLocale(QLocale())  # a voice for the language Coach speaks, where there is one
        self._speech = speech

    @property
    def sound_available(self) -> bool:
        return bool(self._effects)

    @property
    def speech_available(self) -> bool:
        return self._speech is not None

    def play(self, name: str) -> None:
        if self.muted:
            return
        self.played.append(name)
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()

    def say(self, text: str) -> None:
        if self.muted:
            return
        self.spoken.append(text)
        if self._speech is not None:
            self._speech.say(text)
