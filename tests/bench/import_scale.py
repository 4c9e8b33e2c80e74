"""Import at scale: `coach import` of a backup holding 100,000 sessions, each with a step and a
check-in, as whole processes.

- `import_100k_s`: the backup imported into an empty store (wall seconds, median of the runs);
- `import_dup_100k_s`: the same backup imported again into the store that now holds it (nothing is
  new: every row is matched against the store's copies).
Each also prints its peak RSS. The sessions are identical (one routine, one start), and so are the
check-ins, as in the report that found matching row by row quadratic in the copies
(BENCH_IMPORT_DISTINCT=1 spreads them over distinct moments instead). Exits non-zero only when an
import could not run or did not do what it should, never for a missed budget.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

SESSIONS = int(os.environ.get("BENCH_IMPORT_SESSIONS", "100000"))
RUNS = int(os.environ.get("BENCH_IMPORT_RUNS", "3"))
DISTINCT = os.environ.get("BENCH_IMPORT_DISTINCT", "") not in ("", "0")
IMPORT_BUDGET_S = 20.0
DUPLICATE_BUDGET_S = 10.0


def bench_line(name: str, value: float, unit: str, limit: float) -> str:
    verdict = "PASS" if value <= limit else "FAIL"
    return f"BENCH {name} {value:.3f} {unit} budget <= {limit} {verdict}"


def write_backup(target: Path, sessions: int, distinct: bool) -> None:
    """The backup file, written as JSON directly (the store is not needed to make it)."""
    start = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)

    def moment(n: int, minutes: int = 0) -> str:
        at = start + timedelta(minutes=(n * 30 if distinct else 0) + minutes)
        return at.isoformat(timespec="microseconds")

    session_rows, step_rows, checkin_rows = [], [], []
    for n in range(sessions):
        begun, ended = moment(n), moment(n, 3)
        session_rows.append(
            [
                n + 1,
                "desk_reset",
                "3-minute desk reset",
                180,
                begun,
                ended,
                "completed",
                3,
                2,
                "",
                "",
            ]
        )
        step_rows.append([n + 1, 0, "chin_tuck", begun, ended, 1, 8, 80.0])
        checkin_rows.append([begun, 3, "after the desk reset", None, None, ""])
    backup = {
        "format": "coach-backup",
        "version": 1,
        "tables": {
            "sessions": {
                "columns": [
                    "session",
                    "routine_id",
                    "routine_name",
                    "planned_seconds",
                    "started_at",
                    "ended_at",
                    "status",
                    "pain_before",
                    "pain_after",
                    "stop_reason",
                    "symptoms",
                ],
                "rows": session_rows,
            },
            "session_steps": {
                "columns": [
                    "session",
                    "position",
                    "exercise_id",
                    "started_at",
                    "ended_at",
                    "completed",
                    "reps_done",
                    "active_seconds",
                ],
                "rows": step_rows,
            },
            "checkins": {
                "columns": ["at", "pain", "note", "stiffness", "sleep", "symptoms"],
                "rows": checkin_rows,
            },
        },
    }
    target.write_text(json.dumps(backup), encoding="utf-8")


def run_import(backup: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MiB and the standard output of one `coach import`."""
    command = [sys.executable, "-m", "coach", "import", str(backup)]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as errors:
        begun = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=errors, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - begun
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        errors.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {errors.read()}")
        return elapsed, usage.ru_maxrss / 1024, out.read()


def main() -> int:
    first_times, first_rss, again_times, again_rss = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="coach-bench-import-") as folder:
        backup = Path(folder) / "backup.json"
        begun = time.perf_counter()
        write_backup(backup, SESSIONS, DISTINCT)
        size_mb = backup.stat().st_size / 2**20
        print(
            f"import: a backup of {SESSIONS:,} sessions with a step and a check-in each"
            f" ({'distinct' if DISTINCT else 'identical'}, {size_mb:.0f} MiB) written in"
            f" {time.perf_counter() - begun:.1f} s"
        )
        try:
            for run in range(RUNS):
                env = dict(os.environ, COACH_HOME=str(Path(folder) / f"home-{run}"))
                seconds, rss, out = run_import(backup, env)
                expected = f"imported {SESSIONS} checkins, {SESSIONS} sessions, {SESSIONS}"
                if not out.startswith(expected):
                    raise RuntimeError(f"the first import said {out.strip()!r}")
                first_times.append(seconds)
                first_rss.append(rss)
                seconds, rss, out = run_import(backup, env)
                if "imported nothing new" not in out:
                    raise RuntimeError(f"the second import said {out.strip()!r}")
                again_times.append(seconds)
                again_rss.append(rss)
                print(
                    f"import: run {run + 1}: {first_times[-1]:.2f} s ({first_rss[-1]:.0f} MiB),"
                    f" again {again_times[-1]:.2f} s ({again_rss[-1]:.0f} MiB)"
                )
        except (OSError, RuntimeError) as error:
            print(f"import benchmark could not run: {error}", file=sys.stderr)
            return 1
    print(f"import: peak RSS {max(first_rss):.0f} MiB into an empty store,", end=" ")
    print(f"{max(again_rss):.0f} MiB into the store that holds it ({RUNS} runs)")
    scale = f"_{SESSIONS // 1000}k" if SESSIONS != 100_000 else "_100k"
    print(bench_line(f"import{scale}_s", statistics.median(first_times), "s", IMPORT_BUDGET_S))
    print(
        bench_line(f"import_dup{scale}_s", statistics.median(again_times), "s", DUPLICATE_BUDGET_S)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
