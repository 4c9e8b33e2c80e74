"""The cycle collector paused for start-up (coach.collector)."""

import gc
from collections.abc import Iterator

import pytest

from coach import collector


@pytest.fixture
def collector_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


@pytest.mark.usefixtures("collector_restored")
def test_resume_collects_freezes_and_turns_the_collector_back_on() -> None:
    collector.pause()
    assert not gc.isenabled()
    cycle: list[object] = []
    cycle.append(cycle)
    del cycle  # garbage only the collector can free
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    assert not gc.garbage


@pytest.mark.usefixtures("collector_restored")
def test_resume_does_nothing_when_the_collector_was_not_paused() -> None:
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
