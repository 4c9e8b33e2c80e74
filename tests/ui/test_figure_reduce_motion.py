"""The figure's "reduce motion" (issue 19): a loop shows the key poses one after another, each
when the movement would reach it, with one timer shot per change and no frames in between."""

import pytest
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Exercise
from coach.services.plans import builtin_library
from coach.ui.widgets.figure import FigureView

LOOP = 4.0  # seconds a loop


def exercise(exercise_id: str) -> Exercise:
    found = builtin_library().get(exercise_id)
    assert found is not None and found.motion is not None
    return found


def shown_view(qtbot: QtBot, clock: FakeClock, exercise_id: str) -> FigureView:
    view = FigureView(clock=clock)
    qtbot.addWidget(view)
    view.resize(240, 240)
    view.set_exercise(exercise(exercise_id))
    view.show()
    qtbot.waitExposed(view)
    return view


def at(view: FigureView, clock: FakeClock, fraction: float, start: float) -> int | None:
    """The still shown `fraction` of the way through the loop (the still timer's shot)."""
    clock.advance(start + fraction * LOOP - clock.monotonic())
    view._tick()
    return view.still


def animating(view: FigureView) -> bool:
    """Read afresh (a property mypy would take as unchanged)."""
    return view.is_animating


def still(view: FigureView) -> int | None:
    return view.still


def test_a_hold_loops_through_its_stills_without_frames(qtbot: QtBot) -> None:
    clock = FakeClock()
    view = shown_view(qtbot, clock, "levator_scapulae_stretch")  # start, turn, turn and nod
    view.reduce_motion = True
    start = clock.monotonic()
    view.play_loop(LOOP)
    assert view.is_playing and not view.is_animating
    assert view.still == 0
    timer = view._still_timer
    assert timer.isActive() and timer.isSingleShot()
    # The next change is when the move in reaches the middle keyframe (at 0.5: 15 % of the loop).
    assert timer.remainingTime() == pytest.approx(0.15 * LOOP * 1000, abs=30)
    assert at(view, clock, 0.16, start) == 1
    assert at(view, clock, 0.31, start) == 2  # held
    assert at(view, clock, 0.59, start) == 2
    assert at(view, clock, 0.80, start) == 1  # on the way back out
    assert at(view, clock, 0.91, start) == 0  # resting at the start
    assert not view.is_animating
    view.reduce_motion = False  # the movement plays again, from the clock
    assert animating(view) and still(view) is None
    view.reduce_motion = True
    assert not animating(view) and still(view) is not None
    view.hide()
    assert not view._still_timer.isActive()


def test_a_cycle_shows_each_key_pose_at_its_time(qtbot: QtBot) -> None:
    clock = FakeClock()
    view = shown_view(qtbot, clock, "shoulder_rolls")
    motion = exercise("shoulder_rolls").motion
    assert motion is not None
    view.reduce_motion = True
    start = clock.monotonic()
    view.play_loop(LOOP)
    for index, frame in enumerate(motion.keyframes):
        assert at(view, clock, frame.at + 0.01, start) == index
    assert at(view, clock, 1.001, start) == 0  # round again
    assert not view.is_animating
