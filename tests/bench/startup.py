"""Start-up budget: `coach selftest` against a bare PySide6 window, as whole processes, same run.

Prints `startup_ratio` (median wall time, coach / bare) and `rss_ratio` (median peak RSS, coach / bare)
in the BENCH format of DESIGN.md. Exits non-zero only when a process could not run.
"""

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import coach as coach_package

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
STARTUP_BUDGET = 1.5
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


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS in KiB of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode}: {errors}")
    return elapsed, usage.ru_maxrss


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
            bare_times, bare_rss, coach_times, coach_rss = [], [], [], []
            for _ in range(RUNS):
                seconds, rss = measure(bare, env)
                bare_times.append(seconds)
                bare_rss.append(rss)
                seconds, rss = measure([*coach, "selftest"], env)
                coach_times.append(seconds)
                coach_rss.append(rss)
        except (OSError, RuntimeError) as error:
            print(f"startup benchmark could not run: {error}", file=sys.stderr)
            return 1
    bare_ms = statistics.median(bare_times) * 1000
    coach_ms = statistics.median(coach_times) * 1000
    bare_mb = statistics.median(bare_rss) / 1024
    coach_mb = statistics.median(coach_rss) / 1024
    print(f"startup: bare PySide6 window {bare_ms:.0f} ms, coach selftest {coach_ms:.0f} ms")
    print(f"startup: peak RSS bare {bare_mb:.1f} MiB, coach {coach_mb:.1f} MiB ({RUNS} runs)")
    print(bench_line("startup_ratio", coach_ms / bare_ms, "x", STARTUP_BUDGET))
    print(bench_line("rss_ratio", coach_mb / bare_mb, "x", RSS_BUDGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
