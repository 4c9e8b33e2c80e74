"""Cues come from child processes: a sound server or speech daemon that hangs stops a child, never
the window."""

import logging
import sys
import time
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.ui.runners.cue_worker import CUE_NAMES
from coach.ui.runners.cues import Cues, CueService, CueWorker, WorkerState
from tests.helpers import NEVER_ANSWERS, NEVER_READY, REPO_ROOT

SOUNDS = REPO_ROOT / "resources" / "sounds"
WORKER_START = 20_000  # ms: a new Python with Qt on a busy two-core machine


def fake(script: str) -> list[str]:
    return [sys.executable, "-c", script]


def test_a_missing_speech_engine_is_explained_and_logged_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    service = CueService(SOUNDS, "no-such-engine")
    with caplog.at_level(logging.WARNING, logger="coach.ui.runners.cues"):
        first = Cues(service, speech=True)
        qtbot.waitUntil(lambda: not first.speech_available, timeout=WORKER_START)
        Cues(service, speech=True)
    assert "no speech engine 'no-such-engine'" in first.speech_problem
    lines = [r.getMessage() for r in caplog.records if "no-such-engine" in r.getMessage()]
    assert len(lines) <= 1  # at most once per run (an earlier test may have logged it already)
    first.say("Rest 20 seconds")
    assert first.spoken == ["Rest 20 seconds"]  # still shown as text by the player
    service.stop()


def test_speech_goes_to_the_engine_unless_muted(qtbot: QtBot) -> None:
    service = CueService(SOUNDS, "mock")
    cues = Cues(service, speech=True)
    voice = service.speech
    assert voice is not None
    qtbot.waitUntil(lambda: voice.state is WorkerState.READY, timeout=WORKER_START)
    assert cues.speech_available and cues.speech_problem == ""
    cues.say("Hold 5 seconds")
    qtbot.waitUntil(lambda: not voice._unanswered, timeout=5000)  # the worker said it
    assert voice.state is WorkerState.READY
    cues.muted = True
    cues.say("Switch sides")
    cues.play("start")
    assert cues.spoken == ["Hold 5 seconds"]
    assert cues.played == []
    service.stop()


def test_no_speech_engine_exists_unless_spoken_cues_are_wanted(qtbot: QtBot) -> None:
    service = CueService(SOUNDS, "mock")
    notices = Cues(service, speech=False)  # the notices: sounds only
    notices.say("Time for a break")
    muted_player = Cues(service, speech=True, muted=True)  # sounds are off in Settings
    assert not service.speech
    muted_player.muted = False  # unmuted: now the player needs a voice
    assert service.speech is not None
    service.stop()


def test_a_worker_that_never_starts_is_given_up_within_its_time_limit(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    worker = CueWorker("speech", fake(NEVER_READY), start_timeout=0.3)
    began = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="coach.ui.runners.cues"):
        worker.send(say="Get ready")  # held while it starts
        assert worker.state.value == "starting"
        with qtbot.waitSignal(worker.changed, timeout=5000):
            pass
    assert time.monotonic() - began < 2
    assert worker.state is WorkerState.UNAVAILABLE
    assert worker.problem == "the speech service did not answer within 0.3 s"
    assert any("speech cues unavailable" in r.getMessage() for r in caplog.records)
    worker.send(say="Relax")  # nothing is sent, nothing waits
    assert worker.state is WorkerState.UNAVAILABLE
    assert worker._process is None  # the stuck child was ended


def test_a_worker_that_stops_answering_is_given_up(qtbot: QtBot) -> None:
    worker = CueWorker("speech", fake(NEVER_ANSWERS), answer_timeout=0.3)
    worker.start()
    qtbot.waitUntil(lambda: worker.state is WorkerState.READY, timeout=WORKER_START)
    began = time.monotonic()
    worker.send(say="Hold 5 seconds")
    qtbot.waitUntil(lambda: worker.state is WorkerState.UNAVAILABLE, timeout=5000)
    assert time.monotonic() - began < 2
    assert "did not answer within 0.3 s" in worker.problem


def test_a_worker_that_cannot_be_started_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    worker = CueWorker("sound", [str(tmp_path / "no-such-program")])
    worker.start()
    qtbot.waitUntil(lambda: worker.state is WorkerState.UNAVAILABLE, timeout=5000)
    assert "could not start" in worker.problem


def test_every_cue_sound_is_a_short_wav() -> None:
    for name in CUE_NAMES:
        with wave.open(str(SOUNDS / f"{name}.wav")) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert 0.03 < seconds < 1.0
            assert sound.getsampwidth() == 2
