"""The single-instance channel belongs to the user: a socket held by another account is never
written to nor taken over, and the user is told; `coach start ROUTINE_ID` is handed over on it."""

import base64
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from coach.domain.onboarding import Onboarding
from coach.ui.lifecycle import app as app_module
from coach.ui.lifecycle.instance import (
    OPEN_PREFIX,
    SHOW_MESSAGE,
    ChannelRefusedError,
    InstanceGuard,
    ask_running_instance_to_show,
    channel_problem,
)
from coach.ui.shell.main_window import MainWindow
from tests.helpers import channel_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows uses named pipes")

NOBODY = 65534
needs_root = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0, reason="only root can give a file away"
)


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[socket.socket]:
    """A Unix socket listening at the channel's path, as another program would: whatever
    connects to it would be accepted."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(channel_name(tmp_path, "channel"))
    server.listen(4)
    server.setblocking(False)
    yield server
    server.close()


def nothing_reached(server: socket.socket) -> bool:
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return True
    connection.close()
    return False


def test_a_routine_is_handed_over_to_the_running_coach(qtbot: QtBot, tmp_path: Path) -> None:
    name = channel_name(tmp_path, "start")
    guard = InstanceGuard(tmp_path / "coach.lock", name)
    assert guard.acquire()
    assert guard.listen_problem is None
    shown: list[bool] = []
    guard.activation_requested.connect(lambda: shown.append(True))
    try:
        with qtbot.waitSignal(guard.start_requested, timeout=5000) as started:
            assert ask_running_instance_to_show(name, 2000, routine_id="plan:neck 1")
        assert started.args == ["plan:neck 1"]
        assert not shown  # the player comes up, not the main window
    finally:
        guard.release()


def test_the_channel_is_a_socket_in_a_folder_only_the_user_can_use(
    qtbot: QtBot, tmp_path: Path
) -> None:
    name = channel_name(tmp_path, "mine")
    guard = InstanceGuard(tmp_path / "coach.lock", name)
    assert guard.acquire()
    try:
        info = os.lstat(name)
        assert info.st_uid == os.getuid()
        assert info.st_mode & 0o077 == 0  # Qt's UserAccessOption: the owner only
        assert channel_problem(name) is None
    finally:
        guard.release()


def test_a_bare_name_in_the_shared_temporary_folder_is_refused(tmp_path: Path) -> None:
    problem = channel_problem("coach-someone-" + tmp_path.name[-12:])
    # Root's /tmp is open to others; anyone else's belongs to root.
    assert problem is not None
    assert problem.startswith(f"{Path(QDir.tempPath())} ")


@needs_root
def test_another_owners_socket_at_the_channel_path_is_sent_nothing(
    tmp_path: Path, listener: socket.socket, capsys: pytest.CaptureFixture[str]
) -> None:
    name = channel_name(tmp_path, "channel")
    os.chown(name, NOBODY, NOBODY)
    with pytest.raises(ChannelRefusedError, match="belongs to another user"):
        ask_running_instance_to_show(name, timeout_ms=2000, routine_id="desk_reset")
    assert nothing_reached(listener)

    # A later start with this lock held: the user is told, and still nothing is sent.
    first = InstanceGuard(tmp_path / "coach.lock", channel_name(tmp_path, "other"))
    assert first.acquire()
    try:
        later = InstanceGuard(tmp_path / "coach.lock", name)
        assert not later.acquire()
        assert app_module.hand_over(later, routine_id="desk_reset") == app_module.EXIT_PROBLEM
    finally:
        first.release()
    err = capsys.readouterr().err
    assert f"the socket {name} belongs to another user (uid {NOBODY})" in err
    assert "Nothing was sent to it" in err
    assert nothing_reached(listener)


@needs_root
def test_a_folder_of_another_owner_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    os.chown(folder, NOBODY, NOBODY)
    with pytest.raises(ChannelRefusedError, match="theirs belongs to another user"):
        ask_running_instance_to_show(str(folder / "channel"), timeout_ms=300)


def test_a_channel_that_is_not_the_expected_owners_is_sent_nothing(
    tmp_path: Path, listener: socket.socket
) -> None:
    """The same refusal without root: the channel is checked against a uid that is not its
    owner's."""
    stranger = os.getuid() + 1
    with pytest.raises(
        ChannelRefusedError, match=f"belongs to another user \\(uid {os.getuid()}\\)"
    ):
        ask_running_instance_to_show(
            channel_name(tmp_path, "channel"),
            timeout_ms=2000,
            plan_file=tmp_path / "a.coachplan",
            uid=stranger,
        )
    assert nothing_reached(listener)


def test_the_first_coach_leaves_a_channel_it_does_not_own_alone_and_says_so(
    tmp_path: Path,
    listener: socket.socket,
    window: MainWindow,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = channel_name(tmp_path, "channel")
    guard = InstanceGuard(tmp_path / "coach.lock", name, uid=os.getuid() + 1)
    assert guard.acquire()  # the lock decides who is first; the channel is not used
    try:
        assert guard.listen_problem is not None
        assert os.path.exists(name)  # not removed, not taken over
        app_module.tell_channel_problem(window, guard)
    finally:
        guard.release()
    assert nothing_reached(listener)
    assert "cannot reach this one" in capsys.readouterr().err
    notice = window.today.notice.text()
    assert "Coach cannot use its channel for later starts" in notice
    assert name in notice


def test_a_channel_the_first_coach_owns_is_told_about_nowhere(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    guard = InstanceGuard(tmp_path / "coach.lock", channel_name(tmp_path, "fine"))
    assert guard.acquire()
    try:
        app_module.tell_channel_problem(window, guard)
    finally:
        guard.release()
    assert window.today.notice.text() == ""


def test_a_routine_asked_for_opens_its_player(qtbot: QtBot, window: MainWindow) -> None:
    app_module.start_routine_asked_for(window, "desk_reset")
    player = window.player
    assert player is not None
    qtbot.waitUntil(player.isVisible, timeout=3000)
    player.close()
    qtbot.waitUntil(lambda: window.player is None, timeout=3000)


def test_an_unknown_routine_asked_for_says_how_to_see_the_ids(window: MainWindow) -> None:
    app_module.start_routine_asked_for(window, "no_such_routine")
    assert window.player is None
    notice = window.today.notice.text()
    assert '"no_such_routine"' in notice
    assert "coach start --list" in notice


def test_a_routine_handed_over_opens_its_player_in_the_running_coach(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    window.context.repo.save_onboarding(Onboarding(finished=True))  # not a first start
    name = channel_name(tmp_path, "handover")
    guard = InstanceGuard(tmp_path / "coach.lock", name)
    assert guard.acquire()
    app_module.answer_later_starts(window, guard)
    try:
        assert ask_running_instance_to_show(name, 2000, routine_id="desk_reset")
        qtbot.waitUntil(
            lambda: window.player is not None and window.player.isVisible(), timeout=5000
        )
        assert window.player is not None
        assert window.player.routine.id == "desk_reset"
    finally:
        guard.release()
        if window.player is not None:
            window.player.close()


def test_a_plan_handed_over_is_opened_after_the_channel_is_read(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a plan asks in a dialog with its own event loop while the other start hangs up.
    In the running app, that dialog inside the channel's read handler ended in a crash after "Use
    this plan" (seen under Xvfb, a segmentation fault in QIODevice::channelReadyRead); the plan
    is now opened once the handler has returned. This checks the hand-over still opens the plan
    with a dialog's loop and a hang-up in between (it did not reproduce the crash offscreen)."""
    from PySide6.QtCore import QEventLoop, QTimer

    opened: list[Path] = []

    def a_dialog_that_takes_its_time(path: Path) -> bool:
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)  # the hang-up is handled while this loop runs
        loop.exec()
        opened.append(path)
        return True

    monkeypatch.setattr(window, "open_plan_file", a_dialog_that_takes_its_time)
    name = channel_name(tmp_path, "plan")
    guard = InstanceGuard(tmp_path / "coach.lock", name)
    assert guard.acquire()
    app_module.answer_later_starts(window, guard)
    plan = tmp_path / "neck.coachplan"
    later_start = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        later_start.connect(name)
        later_start.sendall(
            SHOW_MESSAGE + OPEN_PREFIX + base64.b64encode(os.fsencode(plan)) + b"\n"
        )
        QTimer.singleShot(100, later_start.close)  # it hangs up while the dialog is open
        qtbot.waitUntil(lambda: opened == [plan], timeout=5000)
        qtbot.wait(100)  # the loop the connection was read in goes on safely
    finally:
        later_start.close()
        guard.release()
