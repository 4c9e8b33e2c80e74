"""Whole-process tests of the single-instance rule: a second start hands over to the first, and a
lock left by a killed process does not block the next start."""

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT, child_env, coach_command

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals"),
]

WAIT_SECONDS = 60


class RunningCoach:
    """A `coach -v` GUI process whose log lines can be awaited."""

    def __init__(self, home: Path, env: dict[str, str] | None = None, *args: str) -> None:
        self.process = subprocess.Popen(
            coach_command("-v", *args),
            env=env or child_env(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)

    def wait_for(self, text: str) -> None:
        while True:
            try:
                line = self.lines.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                pytest.fail(f"no line with {text!r} in {WAIT_SECONDS}s; saw {self.seen}")
            self.seen.append(line)
            if text in line:
                return

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=WAIT_SECONDS)


FIRST_RUN_ANSWERED = """
from coach import paths
from coach.clock import SystemClock
from coach.domain.onboarding import Onboarding
from coach.store.db import open_database
from coach.store.repo import Repo
clock = SystemClock()
database = open_database(paths.database_path(), clock, paths.backup_dir(), paths.damaged_dir())
Repo(database.connection, clock).save_onboarding(Onboarding(finished=True))
database.close()
"""


def answer_the_first_run(home: Path) -> None:
    """A data folder whose first-run questions were gone through (and skipped)."""
    subprocess.run(
        [sys.executable, "-c", FIRST_RUN_ANSWERED],
        env=child_env(home),
        check=True,
        timeout=WAIT_SECONDS,
        cwd=REPO_ROOT,
    )


@pytest.fixture
def running(coach_home: Path) -> Iterator[list[RunningCoach]]:
    started: list[RunningCoach] = []
    yield started
    for coach in started:
        coach.stop()


def test_a_second_start_raises_the_first_and_exits_0(
    coach_home: Path, running: list[RunningCoach]
) -> None:
    first = RunningCoach(coach_home)
    running.append(first)
    first.wait_for("started")
    second = subprocess.run(
        coach_command(),
        env=child_env(coach_home),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout
    first.wait_for("asked to show the window")
    assert first.process.poll() is None


def test_a_plan_opened_from_the_desktop_goes_to_the_running_coach(
    coach_home: Path, running: list[RunningCoach]
) -> None:
    """The desktop runs `coach FILE.coachplan`; with Coach already running, that start hands the
    file to it and exits."""
    plan = REPO_ROOT / "resources" / "plans" / "examples" / "strength-at-work.coachplan"
    first = RunningCoach(coach_home)
    running.append(first)
    first.wait_for("started")
    second = subprocess.run(
        coach_command(str(plan)),
        env=child_env(coach_home),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    first.wait_for(f"asked to open {plan}")
    assert first.process.poll() is None


def test_coach_start_hands_a_routine_to_the_running_coach_or_starts_coach_with_it(
    coach_home: Path, running: list[RunningCoach]
) -> None:
    answer_the_first_run(coach_home)  # on a first start the routine waits for its questions
    first = RunningCoach(coach_home, None, "start", "desk_reset")
    running.append(first)
    first.wait_for("started the routine desk_reset as asked by coach start")

    second = subprocess.run(
        coach_command("start", "neck_shoulders"),
        env=child_env(coach_home),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert "asked to start neck_shoulders" in second.stdout
    first.wait_for("asked to start the routine neck_shoulders")
    unknown = subprocess.run(
        coach_command("start", "neck_shoulder"),
        env=child_env(coach_home),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        check=False,
    )
    assert unknown.returncode == 1
    assert "`coach start --list` shows the ids" in unknown.stderr
    assert first.process.poll() is None


def test_a_lock_left_by_a_killed_process_does_not_block_the_next_start(
    coach_home: Path, running: list[RunningCoach]
) -> None:
    first = RunningCoach(coach_home)
    running.append(first)
    first.wait_for("started")
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=WAIT_SECONDS)
    assert (coach_home / "data" / "coach.lock").exists()  # left behind by the killed process

    second = RunningCoach(coach_home)
    running.append(second)
    second.wait_for("listening for other instances")
    second.wait_for("started")
    second.process.send_signal(signal.SIGTERM)
    assert second.process.wait(timeout=WAIT_SECONDS) == 0
    log_text = (coach_home / "logs" / "coach.log").read_text()
    assert "Coach closed" in log_text
    assert not (coach_home / "data" / "coach.lock").exists()


def test_sigterm_before_the_event_loop_starts_still_ends_the_app(coach_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "tests" / "ui" / "quit_child.py"), "early-sigterm"],
        env=child_env(coach_home),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_session_killed_midway_is_kept_as_partial_on_the_next_start(
    coach_home: Path, running: list[RunningCoach]
) -> None:
    child = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "ui" / "session_child.py")],
        env=child_env(coach_home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO_ROOT,
    )
    assert child.stdout is not None
    line = ""
    for _ in range(2):  # two exercises committed
        line = child.stdout.readline()
        assert line.startswith("STEP"), line
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=WAIT_SECONDS)
    session_id = int(line.split()[1])

    coach = RunningCoach(coach_home)
    running.append(coach)
    coach.wait_for("were interrupted last time")
    coach.wait_for("started")
    coach.process.send_signal(signal.SIGTERM)
    assert coach.process.wait(timeout=WAIT_SECONDS) == 0

    from coach.clock import SystemClock
    from coach.domain.history import SessionStatus
    from coach.ui.lifecycle.startup import open_services

    services = open_services(SystemClock())
    try:
        record = services.repo.session(session_id)
        assert record is not None
        assert record.status is SessionStatus.INTERRUPTED
        assert record.pain_before == 5
        assert record.steps_completed >= 2
        assert record.ended_at is not None
    finally:
        services.close()


def test_a_lock_file_that_cannot_be_made_is_not_taken_for_a_running_coach(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach.ui.lifecycle.app import EXIT_PROBLEM, hand_over
    from coach.ui.lifecycle.instance import InstanceGuard

    guard = InstanceGuard(tmp_path / "no-such-folder" / "coach.lock", str(tmp_path / "chan"))
    assert not guard.acquire()
    assert guard.lock_cannot_be_written()
    assert hand_over(guard) == EXIT_PROBLEM
    said = capsys.readouterr().err
    assert "cannot create its lock file" in said
    assert "already running" not in said


@pytest.mark.skipif(
    sys.platform != "linux" or not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="mounting a small tmpfs needs root on Linux",
)
def test_on_a_full_disk_coach_says_so_and_touches_nothing(tmp_path: Path) -> None:
    """The issue's case: 0 bytes free said "Coach is already running (process None)"."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr!r}")
    try:
        home = disk / "home"
        env = child_env(home)
        made = subprocess.run(
            coach_command("selftest"), env=env, capture_output=True, timeout=120, check=False
        )
        assert made.returncode == 0, made.stderr
        database = home / "data" / "coach.sqlite3"
        before = database.read_bytes()
        with (disk / "filler").open("wb") as filler:
            try:
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
            except OSError:
                pass
        result = subprocess.run(
            coach_command(), env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 1
        assert "already running" not in result.stderr
        assert "full" in result.stderr or "free" in result.stderr
        assert database.read_bytes() == before
        assert not (home / "data" / "damaged").exists()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
