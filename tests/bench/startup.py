"""Start-up budget: `coach selftest` against a bare PySide6 window, as whole processes, same run.

Prints `startup_ratio` (median wall time, coach / bare), `startup_cpu_ratio` (median user + system
CPU time, coach / bare: steadier than wall time on a shared machine, where a busy disk or a
neighbour's load moves the wall clock) and `rss_ratio` (median peak RSS, coach / bare) in the BENCH
format of DESIGN.md, over at least 15 runs of each, alternating. Exits non-zero only when a process
could not run.
"""

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import coach as coach_package

RUNS = max(15, int(os.environ.get("BENCH_RUNS", "15")))
STARTUP_BUDGET = 1.5
STARTUP_CPU_BUDGET = 1.4
RSS_BUDGET = 1.3

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)


class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, app.quit)


window = Window()
window.resize(1000, 700)
window.show()
app.exec()
"""


class Run(NamedTuple):
    """One whole process: wall seconds, CPU seconds (user + system) and peak RSS in KiB."""

    wall: float
    cpu: float
    rss_kib: int


def measure(command: list[str], env: dict[str, str]) -> Run:
    """Wall time, CPU time and peak RSS of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode}: {errors}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def median(runs: list[Run], field: str) -> float:
    """The median of one measure (a field of Run) over the runs."""
    return float(statistics.median(getattr(run, field) for run in runs))


def bench_line(name: str, value: float, unit: str, limit: float) -> str:
    verdict = "PASS" if value <= limit else "FAIL"
    return f"BENCH {name} {value:.3f} {unit} budget <= {limit} {verdict}"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        bare_script = Path(folder) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW)
        env = dict(os.environ, COACH_HOME=str(Path(folder) / "home"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Measure what a user's install does: Python caches compiled bytecode (an installed wheel is
        # compiled at install time), so neither side recompiles its sources at every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        compileall.compile_dir(Path(coach_package.__file__).parent, quiet=1)
        entry_point = Path(sys.executable).with_name("coach")
        coach = [str(entry_point)] if entry_point.exists() else [sys.executable, "-m", "coach"]
        bare = [sys.executable, str(bare_script)]
        try:
            measure([*coach, "selftest"], env)  # first start creates the store; not timed
            measure(bare, env)
            bare_runs: list[Run] = []
            coach_runs: list[Run] = []
            for _ in range(RUNS):
                bare_runs.append(measure(bare, env))
                coach_runs.append(measure([*coach, "selftest"], env))
        except (OSError, RuntimeError) as error:
            print(f"startup benchmark could not run: {error}", file=sys.stderr)
            return 1
    bare_ms, coach_ms = median(bare_runs, "wall") * 1000, median(coach_runs, "wall") * 1000
    bare_cpu_ms, coach_cpu_ms = median(bare_runs, "cpu") * 1000, median(coach_runs, "cpu") * 1000
    bare_mb, coach_mb = median(bare_runs, "rss_kib") / 1024, median(coach_runs, "rss_kib") / 1024
    print(f"startup: bare PySide6 window {bare_ms:.0f} ms, coach selftest {coach_ms:.0f} ms")
    print(f"startup: CPU time bare {bare_cpu_ms:.0f} ms, coach {coach_cpu_ms:.0f} ms")
    print(f"startup: peak RSS bare {bare_mb:.1f} MiB, coach {coach_mb:.1f} MiB ({RUNS} runs each)")
    print(bench_line("startup_ratio", coach_ms / bare_ms, "x", STARTUP_BUDGET))
    print(bench_line("startup_cpu_ratio", coach_cpu_ms / bare_cpu_ms, "x", STARTUP_CPU_BUDGET))
    print(bench_line("rss_ratio", coach_mb / bare_mb, "x", RSS_BUDGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
