import logging

import pytest
from pytestqt.qtbot import QtBot

from coach.ui.cues import Cues
from tests.helpers import REPO_ROOT

SOUNDS = REPO_ROOT / "resources" / "sounds"


def test_a_missing_speech_engine_is_explained_and_logged_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="coach.ui.cues"):
        first = Cues(SOUNDS, "no-such-engine")
        Cues(SOUNDS, "no-such-engine")
    assert not first.speech_available
    assert "no speech engine 'no-such-engine'" in first.speech_problem
    lines = [r.getMessage() for r in caplog.records if "no-such-engine" in r.getMessage()]
    assert len(lines) <= 1  # at most once per run (an earlier test may have logged it already)
    first.say("Rest 20 seconds")
    assert first.spoken == ["Rest 20 seconds"]  # still shown as text by the player


def test_speech_goes_to_the_engine_unless_muted(qtbot: QtBot) -> None:
    cues = Cues(SOUNDS, "mock")
    assert cues.speech_available
    cues.say("Hold 5 seconds")
    cues.muted = True
    cues.say("Switch sides")
    cues.play("start")
    assert cues.spoken == ["Hold 5 seconds"]
    assert cues.played == []


def test_every_cue_sound_is_a_short_wav() -> None:
    import wave

    for name in ("start", "relax", "switch", "rest", "done", "tick"):
        with wave.open(str(SOUNDS / f"{name}.wav")) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert 0.03 < seconds < 1.0
            assert sound.getsampwidth() == 2
