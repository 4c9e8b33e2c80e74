"""The player's figure in step with the session (issue 19), on a fake clock: the hold position is
reached before the hold counts down, a movement makes one cycle per rep, per-side work is shown
mirrored, a pause freezes the figure, and "reduce motion" (a setting kept in the store) shows
stills without any animation timer."""

from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.pose import BodySide
from coach.domain.routines import Routine, RoutineStep
from coach.domain.session import PhaseKind
from coach.services.catalog import builtin_catalog
from coach.services.settings import SettingsService
from coach.ui.lifecycle import startup
from coach.ui.player.window import FRAME_MS, FRAME_STEPS_MS, REFRESH_MS, PlayerWindow
from coach.ui.shell.main_window import MainWindow, Page

ROUTINE = Routine(
    "",
    "Figure test routine",
    "",
    (
        RoutineStep("neck_side_bend", Dosage(hold_seconds=5, reps=2, sets=1, per_side=True)),
        RoutineStep("shoulder_rolls", Dosage(reps=3, rep_seconds=3)),
    ),
)
STEP = 0.05  # seconds of the fake clock between two ticks
LIBRARY = builtin_catalog().library


class Paints(QObject):
    """Counts the paint events of the widget it watches."""

    count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def open_player(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> Iterator[Callable[[], PlayerWindow]]:
    opened: list[PlayerWindow] = []

    def open_it() -> PlayerWindow:
        window = make_window()
        window.speech_engine = "mock"
        routine = services.repo.save_routine(ROUTINE, LIBRARY)
        window.start_routine(routine)
        assert window.player is not None
        qtbot.waitExposed(window.player)
        opened.append(window.player)
        qtbot.keyClick(window.player.before.buttons[0], Qt.Key.Key_2)  # the routine starts
        return window.player

    yield open_it
    for player in opened:
        if shiboken6.isValid(player):
            if not player.session.is_over:
                player.session.end_early()
            player.close()
            player.deleteLater()


def tick(player: PlayerWindow, clock: FakeClock, seconds: float = STEP) -> None:
    clock.advance(seconds)
    player.refresh()
    QApplication.processEvents()  # paints what changed


def kind_of(player: PlayerWindow) -> PhaseKind:
    """The current phase's kind (read afresh: the session moves on under the test)."""
    return player.session.phase.kind


def still_of(player: PlayerWindow) -> int | None:
    return player.running.figure.still


def moving_rate(player: PlayerWindow) -> bool:
    return player._timer.interval() in FRAME_STEPS_MS and player._timer.interval() < REFRESH_MS


def test_the_hold_pose_is_reached_before_the_hold_counts_down(
    open_player: Callable[[], PlayerWindow], clock: FakeClock
) -> None:
    player = open_player()
    figure = player.running.figure
    paints = Paints()
    figure.installEventFilter(paints)
    assert kind_of(player) is PhaseKind.PREPARE
    assert figure.phase == 0.0 and player._timer.interval() == REFRESH_MS  # still: no frames
    before_hold = []
    while kind_of(player) is PhaseKind.PREPARE:
        before_hold.append((figure.phase, moving_rate(player)))
        tick(player, clock)
    # The get-ready moved the figure into the position at the frame rate ...
    assert any(0.0 < phase < 1.0 and fast for phase, fast in before_hold)
    assert before_hold[-1][0] > 0.95
    # ... so it is there when the hold's countdown begins, and stays there, drawn once.
    assert player.running.ring.text == "5"
    assert figure.phase == 1.0
    paints.count = 0
    for _ in range(60):
        tick(player, clock)
        assert player.session.phase.kind is PhaseKind.HOLD
        assert figure.phase == 1.0 and not figure.returning
        assert player._timer.interval() == REFRESH_MS  # no frames while it holds still
    assert player.running.ring.text in ("3", "2")  # the ring counted meanwhile
    assert paints.count <= 1
    while player.session.phase.kind is PhaseKind.HOLD:
        tick(player, clock)
    assert player.session.phase.kind is PhaseKind.RELAX
    tick(player, clock)
    assert figure.returning and figure.phase < 1.0 and moving_rate(player)  # out again


def test_per_side_holds_are_mirrored_and_the_cue_names_the_side(
    open_player: Callable[[], PlayerWindow], clock: FakeClock
) -> None:
    player = open_player()
    figure = player.running.figure
    figure.setFixedSize(320, 320)  # the same size for both sides, whatever the words' length
    held: dict[BodySide, QImage] = {}
    while player.session.step_index == 0:
        phase = player.session.phase
        if phase.kind is PhaseKind.HOLD and phase.side is not None:
            side = BodySide(phase.side.value)
            assert figure.side is side and figure.phase == 1.0
            assert f"to the {side.value}" in player.running.instruction.text()
            held.setdefault(side, figure.grab().toImage())
        tick(player, clock)
    left, right = held[BodySide.LEFT], held[BodySide.RIGHT]
    assert share_differing(left, right) > 0.005  # the sides differ ...
    mirrored = right.flipped(Qt.Orientation.Horizontal)
    assert share_differing(left, mirrored) < 0.003  # ... as mirror images


def share_differing(one: QImage, other: QImage, threshold: int = 48) -> float:
    total = differ = 0
    for y in range(0, one.height(), 2):
        for x in range(0, one.width(), 2):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            total += 1
            channels = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
            differ += max(abs(p - q) for p, q in channels) > threshold
    return differ / total


def to_the_rolls(player: PlayerWindow, clock: FakeClock) -> None:
    while player.session.phase.kind is not PhaseKind.MOVE:
        tick(player, clock, 0.25)


def test_one_movement_cycle_per_rep_at_the_rep_tempo(
    open_player: Callable[[], PlayerWindow], clock: FakeClock
) -> None:
    player = open_player()
    figure = player.running.figure
    to_the_rolls(player, clock)
    far = 0.5  # the shoulder roll's keyframe furthest round: up and back
    reps: dict[int, list[float]] = {}
    while not player.session.is_over and player.session.phase.kind is PhaseKind.MOVE:
        reps.setdefault(player.session.phase.rep_number, []).append(figure.phase)
        assert moving_rate(player)
        tick(player, clock)
    assert sorted(reps) == [1, 2, 3]
    for phases in reps.values():
        assert phases[0] < 2 * STEP / 3  # back at the start position as each rep begins
        assert all(b > a for a, b in pairwise(phases))  # one way round
        assert sum(a < far <= b for a, b in pairwise(phases)) == 1
        assert phases[-1] > 1 - 2 * STEP / 3  # round by the rep's end
        assert len(phases) == pytest.approx(3 / STEP, abs=2)  # at the rep tempo: 3 s a cycle


def test_a_pause_freezes_the_figure_and_resume_goes_on_from_there(
    qtbot: QtBot, open_player: Callable[[], PlayerWindow], clock: FakeClock
) -> None:
    player = open_player()
    figure = player.running.figure
    to_the_rolls(player, clock)
    tick(player, clock, 1.2)
    frozen = figure.phase
    assert 0.3 < frozen < 0.5
    qtbot.keyClick(player.running, Qt.Key.Key_Space)  # pause
    for _ in range(20):
        tick(player, clock, 1.5)
        assert figure.phase == frozen
    assert not player._timer.isActive() and not figure.is_animating  # no timer runs
    qtbot.keyClick(player.running, Qt.Key.Key_Space)  # resume
    assert figure.phase == frozen
    tick(player, clock, 0.3)
    assert figure.phase == pytest.approx(frozen + 0.1)


def test_reduce_motion_shows_stills_with_no_animation_timer(
    open_player: Callable[[], PlayerWindow], clock: FakeClock, services: startup.Services
) -> None:
    services.settings.update(reduce_motion=True)
    player = open_player()
    figure = player.running.figure
    assert figure.reduce_motion
    side_bend, rolls = LIBRARY.get("neck_side_bend"), LIBRARY.get("shoulder_rolls")
    assert side_bend is not None and side_bend.motion is not None
    assert rolls is not None and rolls.motion is not None
    seen: dict[PhaseKind, set[int]] = {}
    while not player.session.is_over:
        phase = player.session.phase
        assert figure.still is not None  # a key pose, never a moment between two
        assert player._timer.interval() == REFRESH_MS and not figure.is_animating
        seen.setdefault(phase.kind, set()).add(figure.still)
        if phase.kind is PhaseKind.MOVE:
            share = player.session.phase_elapsed() / phase.seconds
            keys = [i for i, k in enumerate(rolls.motion.keyframes) if k.at <= share]
            assert figure.still == keys[-1]  # the key pose the movement has reached
        tick(player, clock, 0.1)
    assert seen[PhaseKind.PREPARE] == {0}  # the start position while getting ready
    assert seen[PhaseKind.HOLD] == {len(side_bend.motion.keyframes) - 1}  # the held position
    assert seen[PhaseKind.RELAX] == {0}
    assert seen[PhaseKind.MOVE] == set(range(len(rolls.motion.keyframes)))  # each in turn


def test_turning_reduce_motion_off_while_playing_moves_the_figure_again(
    open_player: Callable[[], PlayerWindow], clock: FakeClock, services: startup.Services
) -> None:
    services.settings.update(reduce_motion=True)
    player = open_player()
    to_the_rolls(player, clock)
    tick(player, clock, 0.4)
    assert still_of(player) is not None
    services.settings.update(reduce_motion=False)
    assert still_of(player) is None
    assert player.running.figure.phase == pytest.approx(0.4 / 3)
    assert moving_rate(player)
    assert player._timer.interval() >= FRAME_MS


def test_the_reduce_motion_setting_is_kept_in_the_store(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    window.show_page(Page.SETTINGS)
    box = window.page_widget(Page.SETTINGS).findChild(QCheckBox, "reduceMotion")
    assert box is not None and not box.isChecked()
    assert box.text().startswith("Re&duce motion")
    box.click()
    stored, problems = SettingsService(services.context).load()
    assert stored.reduce_motion and problems == []
    assert services.settings.value.reduce_motion
    services.settings.update(reduce_motion=False)
    assert not box.isChecked()  # the page shows the setting as it is
    assert not SettingsService(services.context).load()[0].reduce_motion
