"""Player budget (issue 19): what the animated player costs while a routine runs.

The real app's player, offscreen, at the size it opens at, runs a built-in routine on the system
clock for MEASURE_SECONDS of real time; the CPU time of that whole process (every thread:
`time.process_time`) over those seconds, as a percentage of one core, is `player_cpu_pct`. The
routine is the desk reset from its start (get ready, then the chin tuck: holds, with the figure
moving into and out of the position in the get-ready and each relax). A second run plays the band
break, whose figure never stops once its reps begin (a rep every 4 s), as `player_moving_cpu_pct`:
the worst case. Each run is a process of its own with a fresh store. The cues are muted: their
sound and speech workers are not the animation. Also printed: the frame rate the player chose
while the figure moved (it measures what a frame costs and picks 30, 25, 20 or 15 frames a second
to stay within budget), how long it moved, and how many frames the figure drew (one only when the
picture changed; none while it holds still).

Idle CPU with no player open is tests/bench/timer_accuracy.py's `idle_cpu_ratio`: the player adds
no timer until it is opened. Exits non-zero only when the player could not run.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository

MEASURE_SECONDS = float(os.environ.get("BENCH_PLAYER_SECONDS", "20"))
CPU_BUDGET_PCT = 10.0
RUNS = (("player_cpu_pct", "desk_reset"), ("player_moving_cpu_pct", "band_break"))


class Result(NamedTuple):
    cpu_seconds: float  # over MEASURE_SECONDS of real time
    frames: int  # the figure's paints
    moving_ticks: int  # ticks while the figure moved
    moving_ms: int  # the intervals of those ticks, summed: how long the figure moved
    size: str  # the player window's


def bench_line(name: str, value: float, unit: str, limit: float) -> str:
    verdict = "PASS" if value <= limit else "FAIL"
    return f"BENCH {name} {value:.3f} {unit} budget <= {limit} {verdict}"


def run_player(routine_id: str) -> Result:
    """The player running `routine_id` for MEASURE_SECONDS, in this process."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from coach.clock import SystemClock
    from coach.services.catalog import builtin_catalog
    from coach.ui.lifecycle import startup

    app = QApplication(sys.argv)
    services = startup.open_services(SystemClock())
    window = startup.build_window(services, tray_available=False)
    routine = next(r for r in builtin_catalog().builtin_routines if r.id == routine_id)
    window.start_routine(routine)
    player = window.player
    if player is None:
        raise RuntimeError(f"the player did not open for {routine_id}")
    player.running.mute_button.setChecked(True)

    class Frames(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    frames = Frames()
    player.running.figure.installEventFilter(frames)
    moving: list[int] = []

    def ticked() -> None:
        if player.running.figure_moving:
            moving.append(player._timer.interval())

    player._timer.timeout.connect(ticked)
    player.before.skip.click()  # no pain rating: the routine starts
    app.processEvents()
    frames.count = 0
    moving.clear()
    started_cpu, started = time.process_time(), time.monotonic()
    loop = QEventLoop()  # not app.quit(): in Qt 6 that first closes every window
    QTimer.singleShot(round(MEASURE_SECONDS * 1000), loop.quit)
    loop.exec()
    cpu = time.process_time() - started_cpu
    wall = time.monotonic() - started
    if player.session.is_over or wall < MEASURE_SECONDS * 0.95:
        raise RuntimeError(f"{routine_id} did not run for {MEASURE_SECONDS:.0f} s")
    size = f"{player.width()}x{player.height()}"
    player.end_now()
    player.close()
    services.close()
    return Result(cpu * MEASURE_SECONDS / wall, frames.count, len(moving), sum(moving), size)


def child(routine_id: str) -> int:
    """One run, in a process of its own: prints its figures on a RESULT line."""
    print("RESULT", *run_player(routine_id), flush=True)
    return 0


def measure(routine_id: str, env: dict[str, str]) -> Result:
    """`child` for a routine in a fresh process with a fresh store."""
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        run = subprocess.run(
            [sys.executable, __file__, "--routine", routine_id],
            env=dict(env, COACH_HOME=folder),
            capture_output=True,
            text=True,
            timeout=MEASURE_SECONDS + 120,
            check=False,
        )
    found = [line.split()[1:] for line in run.stdout.splitlines() if line.startswith("RESULT ")]
    if run.returncode != 0 or not found:
        raise RuntimeError(f"{routine_id}: exited {run.returncode}: {run.stderr.strip()[-600:]}")
    cpu, frames, moving_ticks, moving_ms, size = found[-1]
    return Result(float(cpu), int(frames), int(moving_ticks), int(moving_ms), size)


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--routine":
        return child(sys.argv[2])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = []
    try:
        for name, routine_id in RUNS:
            results.append((name, routine_id, measure(routine_id, env)))
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"player benchmark could not run: {error}", file=sys.stderr)
        return 1
    for name, routine_id, result in results:
        moved = result.moving_ms / 1000
        fps = result.moving_ticks / moved if moved else 0.0
        print(
            f"player: {routine_id} for {MEASURE_SECONDS:.0f} s at {result.size}: CPU "
            f"{result.cpu_seconds:.2f} s; the figure moved for about {moved:.0f} s at {fps:.0f} "
            f"frames/s and drew {result.frames} frames"
        )
        print(bench_line(name, result.cpu_seconds / MEASURE_SECONDS * 100, "%", CPU_BUDGET_PCT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
