"""Services outside Coach that stop answering degrade one feature, never the window: a speech
worker whose engine never gets created or whose `say` never returns, a D-Bus that never answers,
a presence probe or a subprocess that sleeps. With a fake clock the countdown keeps moving, the
window repaints and Quit works, each within a second of real time."""

import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.ui.lifecycle.watchdog import StallWatchdog, main_thread_part
from coach.ui.player.window import PlayerWindow
from coach.ui.runners import cues as cues_module
from coach.ui.runners.background import ServiceThread
from coach.ui.runners.dbus_probe import bus_answers
from coach.ui.runners.presence import Presence, PresenceMonitor
from coach.ui.runners.timer_controller import TimerController
from coach.ui.shell.main_window import MainWindow
from tests.helpers import NEVER_ANSWERS, NEVER_READY

SECOND_MS = 1000
FOREVER = threading.Event()  # never set: a call that waits on it never returns


def never_returns() -> None:
    FOREVER.wait()


class Paints(QObject):
    """Counts a widget's paint events."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def hung_workers(monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    """Every cue worker is `script` (sound and speech alike), given up after 0.5 s."""

    def command(role: str, arguments: Sequence[str]) -> list[str]:
        return [sys.executable, "-c", script]

    monkeypatch.setattr(cues_module, "worker_command", command)
    monkeypatch.setattr(cues_module, "START_TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(cues_module, "ANSWER_TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(cues_module.CueWorker.__init__, "__defaults__", (0.5, 0.5, None))


def open_player(qtbot: QtBot, window: MainWindow) -> PlayerWindow:
    window.show()
    window.try_exercise(window_catalog_exercise())
    player = window.player
    assert player is not None
    qtbot.waitExposed(player)
    return player


def window_catalog_exercise():
    from coach.services.catalog import builtin_catalog

    exercise = builtin_catalog().library.get("chin_tuck")
    assert exercise is not None
    return exercise


@pytest.mark.parametrize(
    ("script", "started"),
    [(NEVER_READY, "never ready"), (NEVER_ANSWERS, "never answers")],
    ids=["engine-never-created", "say-never-returns"],
)
def test_the_player_keeps_counting_and_quits_while_its_cue_workers_hang(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    quit_calls: list[bool],
    monkeypatch: pytest.MonkeyPatch,
    script: str,
    started: str,
) -> None:
    hung_workers(monkeypatch, script)
    window = make_window()
    window.speech_engine = "speechd"
    player = open_player(qtbot, window)
    paints = Paints(player.running.ring)
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_1)  # pain before: 1, the routine starts
    for _ in range(4):
        shown = player.running.ring.text
        painted = paints.count
        began = time.monotonic()
        clock.advance(1.2)
        qtbot.waitUntil(lambda: player.running.ring.text != shown, timeout=SECOND_MS)  # noqa: B023
        qtbot.waitUntil(lambda: paints.count > painted, timeout=SECOND_MS)  # noqa: B023
        assert time.monotonic() - began < 1
    # Each hung worker is given up: the cue line says so truthfully.
    qtbot.waitUntil(
        lambda: "did not answer" in player.running.cue_line.text(), timeout=5 * SECOND_MS
    )
    assert "visual cues only" in player.running.cue_line.text()
    began = time.monotonic()
    window.quit_app()
    assert quit_calls == [True]
    assert time.monotonic() - began < 1


def test_no_cue_worker_starts_when_sounds_are_off(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window._settings.update(sound_enabled=False)
    player = open_player(qtbot, window)
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_1)
    service = window.cue_service
    assert service.sound.state is cues_module.WorkerState.OFF
    assert service.speech is None  # no speech engine exists
    assert "(muted)" in player.running.cue_line.text()
    player.session.end_early()
    player.close()


def test_a_service_call_that_never_returns_is_given_up_and_later_calls_fail_at_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    service = ServiceThread("test service", timeout_seconds=0.3)
    failures: list[str] = []
    began = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="coach.ui.runners.background"):
        service.call(never_returns, lambda _value: None, failures.append)
        assert time.monotonic() - began < 0.1  # the UI thread did not wait
        with qtbot.waitSignal(service.became_unavailable, timeout=SECOND_MS):
            pass
    assert failures == ["no answer within 0.3 s"]
    assert "test service is unavailable for this run" in caplog.text
    service.call(lambda: 1, lambda _value: None, failures.append)
    assert failures[-1] == "no answer within 0.3 s"


def test_a_subprocess_that_sleeps_does_not_hold_up_the_window(qtbot: QtBot) -> None:
    service = ServiceThread("sleeping tool", timeout_seconds=0.3)
    failures: list[str] = []
    began = time.monotonic()
    service.call(
        lambda: subprocess.run(["sleep", "30"], check=False, timeout=20),
        lambda _value: None,
        failures.append,
    )
    assert time.monotonic() - began < 0.1
    qtbot.waitUntil(lambda: bool(failures), timeout=SECOND_MS)


def test_answers_come_back_in_order_on_the_ui_thread(qtbot: QtBot) -> None:
    service = ServiceThread("answers")
    answers: list[tuple[int, bool]] = []
    for number in range(3):
        service.call(
            lambda n=number: n,  # type: ignore[misc]
            lambda value: answers.append(
                (value, threading.current_thread() is threading.main_thread())
            ),
        )
    service.call(lambda: 1 / 0, lambda _value: None, lambda reason: answers.append((-1, True)))
    qtbot.waitUntil(lambda: len(answers) == 4, timeout=SECOND_MS)
    assert answers == [(0, True), (1, True), (2, True), (-1, True)]
    assert service.available  # a call that raised is an answer, not a hang


class StuckPresence(Presence):
    idle_source = "a stuck X server"

    def idle_seconds(self) -> float | None:
        FOREVER.wait()
        return None


def test_presence_that_never_answers_reads_as_unknown(qtbot: QtBot) -> None:
    monitor = PresenceMonitor("xcb", detector=lambda _name: StuckPresence(), timeout_seconds=0.3)
    qtbot.waitUntil(lambda: monitor.idle_source is not None, timeout=SECOND_MS)
    began = time.monotonic()
    assert monitor.idle_seconds() is None  # answered from the last reading, at once
    assert not monitor.fullscreen_in_front()
    assert time.monotonic() - began < 0.1
    with qtbot.waitSignal(monitor.changed, timeout=SECOND_MS):
        pass
    assert monitor.idle_source is None  # given up: Settings says it cannot see time away


def test_presence_detection_that_never_returns_reads_as_unknown(qtbot: QtBot) -> None:
    def stuck_detector(_name: str) -> Presence:
        FOREVER.wait()
        return Presence()

    monitor = PresenceMonitor("xcb", detector=stuck_detector, timeout_seconds=0.3)
    assert monitor.idle_seconds() is None
    with qtbot.waitSignal(monitor.changed, timeout=SECOND_MS):
        pass
    assert not monitor.service.available


def test_presence_readings_arrive_from_the_platform(qtbot: QtBot) -> None:
    class Away(Presence):
        idle_source = "test"

        def idle_seconds(self) -> float | None:
            return 600.0

        def fullscreen_in_front(self) -> bool:
            return True

    monitor = PresenceMonitor("xcb", detector=lambda _name: Away())
    qtbot.waitUntil(lambda: monitor.idle_seconds() == 600.0, timeout=SECOND_MS)
    assert monitor.fullscreen_in_front()


def test_a_d_bus_that_accepts_and_never_answers_is_not_used(
    qtbot: QtBot, silent_socket: Path
) -> None:
    began = time.monotonic()
    assert not bus_answers(f"unix:path={silent_socket}", timeout=0.3)
    assert time.monotonic() - began < 1


def test_timers_go_on_while_the_system_bus_never_answers(
    qtbot: QtBot,
    services,
    clock: FakeClock,
    silent_socket: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={silent_socket}")
    monkeypatch.setattr("coach.ui.runners.dbus_probe.PROBE_SECONDS", 0.3)
    monkeypatch.setattr(
        "coach.ui.runners.dbus_probe.bus_answers",
        lambda address: bus_answers(address, timeout=0.3),
    )
    controller = TimerController(services.context, services.change_signal)
    began = time.monotonic()
    with caplog.at_level(logging.INFO, logger="coach.ui.runners.timer_controller"):
        controller._watch_sleep()
        assert time.monotonic() - began < 0.1
        qtbot.waitUntil(lambda: "does not answer" in caplog.text, timeout=3 * SECOND_MS)


def test_the_watchdog_logs_where_the_main_thread_was_stuck(
    qtbot: QtBot, qapp, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    watchdog = StallWatchdog(qapp, tmp_path / "stalls.log", stall_seconds=0.1)

    def a_slow_handler() -> None:
        time.sleep(0.3)  # the stall under test, not a wait for something

    try:
        with caplog.at_level(logging.WARNING, logger="coach.ui.lifecycle.watchdog"):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, a_slow_handler)
            qtbot.waitUntil(lambda: watchdog.stalls > 0, timeout=2 * SECOND_MS)
    finally:
        watchdog.stop()
    assert "the window did not respond for" in caplog.text
    assert "a_slow_handler" in caplog.text
    assert "a_slow_handler" in (tmp_path / "stalls.log").read_text()


def test_the_main_thread_part_of_a_dump_is_picked_out() -> None:
    dump = (
        "Timeout (0:00:00.250000)!\n"
        "Thread 0x00000000000000aa (most recent call first):\n"
        '  File "worker.py", line 3 in wait\n'
        "\n"
        "Thread 0x00000000000000bb (most recent call first):\n"
        '  File "app.py", line 9 in slow\n'
        '  File "app.py", line 20 in <module>\n'
    )
    part = main_thread_part(dump, 0xBB)
    assert part.splitlines() == [
        "Thread 0x00000000000000bb (most recent call first):",
        '  File "app.py", line 9 in slow',
        '  File "app.py", line 20 in <module>',
    ]


def test_a_routine_asked_for_on_a_first_start_waits_for_the_first_run(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    from coach.ui.lifecycle.app import start_routine_asked_for

    window = make_window()
    window.speech_engine = None
    window.show()
    window.open_first_run()  # a new home: the red-flag questions come first
    assert window.first_run is not None

    def player_shown() -> PlayerWindow | None:
        return window.player

    window.after_first_run(lambda: start_routine_asked_for(window, "desk_reset"))
    assert player_shown() is None
    window.first_run.reject()  # closed (or answered)
    qtbot.waitUntil(lambda: player_shown() is not None, timeout=SECOND_MS)
    player = player_shown()
    assert player is not None
    assert player.routine.id == "desk_reset"
    player.close()
