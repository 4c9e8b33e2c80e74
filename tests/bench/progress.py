"""Progress budgets with ten years of data: opening the page, switching range, memory.

A store is filled with ten years of synthetic use (one or two check-ins a day, about 20,000
sessions with their steps, heat sessions most evenings). Then, in one process:
- `progress_open_ratio`: the time from asking for the Progress page to its first paint, divided by
  the time raw pyqtgraph takes to show the same numbers of points and bars from ready-made numpy
  arrays in the same kind of window (median of several runs each);
- `progress_range_ms`: the median time to switch the range (2 weeks, 3 months, 1 year, all) and
  repaint;
- `progress_rss_mb`: how much the resident memory grew from opening the page the first time (or from
  opening it again, if that grows more: a leak).
"""

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
YEARS = int(os.environ.get("BENCH_YEARS", "10"))
OPEN_RATIO_BUDGET = 1.8
RANGE_MS_BUDGET = 100.0
RSS_MB_BUDGET = 60.0


def bench_line(name: str, value: float, unit: str, limit: float) -> str:
    verdict = "PASS" if value <= limit else "FAIL"
    return f"BENCH {name} {value:.3f} {unit} budget <= {limit} {verdict}"


def rss_mb() -> float:
    """Current resident memory of this process in MiB (Linux /proc; peak elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill_store(connection: "object", now: datetime) -> tuple[int, int, int]:
    """Ten years of check-ins, sessions (with two steps each) and heat, inserted in bulk."""
    import sqlite3

    assert isinstance(connection, sqlite3.Connection)
    rng = random.Random(7)
    checkins, sessions, steps, heat = [], [], [], []
    start = now - timedelta(days=365 * YEARS)
    session_id = 0
    for day in range(365 * YEARS):
        base = start + timedelta(days=day)
        for hour in (8, 20)[: rng.choice((1, 2))]:
            at = base.replace(hour=hour, minute=rng.randrange(60))
            checkins.append((at.isoformat(), rng.randrange(11), ""))
        for hour in range(rng.choice((4, 5, 6, 6, 7))):
            session_id += 1
            begun = base.replace(hour=9 + 2 * hour, minute=rng.randrange(60))
            ended = begun + timedelta(minutes=3)
            sessions.append(
                (
                    session_id,
                    "desk_reset",
                    "3-minute desk reset",
                    180,
                    begun.isoformat(),
                    ended.isoformat(),
                    "completed",
                    None,
                    None,
                    "",
                    160.0,  # the two steps' active seconds, as record_step keeps them
                )
            )
            for position in range(2):
                steps.append(
                    (
                        session_id,
                        position,
                        "chin_tuck",
                        begun.isoformat(),
                        ended.isoformat(),
                        1,
                        8,
                        80.0,
                    )
                )
        if rng.random() < 0.6:
            begun = base.replace(hour=19)
            heat.append(
                (
                    "heat",
                    "",
                    "pad",
                    "neck",
                    900.0,
                    begun.isoformat(),
                    "completed",
                    (begun + timedelta(minutes=15)).isoformat(),
                    900.0,
                )
            )
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO checkins (at, pain, note) VALUES (?, ?, ?)", checkins)
    connection.executemany(
        "INSERT INTO sessions (id, routine_id, routine_name, planned_seconds, started_at,"
        " ended_at, status, pain_before, pain_after, stop_reason, active_seconds)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        sessions,
    )
    connection.executemany(
        "INSERT INTO session_steps (session_id, position, exercise_id, started_at, ended_at,"
        " completed, reps_done, active_seconds) VALUES (?,?,?,?,?,?,?,?)",
        steps,
    )
    connection.executemany(
        "INSERT INTO timers (kind, label, source, area, planned_seconds, started_at, status,"
        " ended_at, actual_seconds) VALUES (?,?,?,?,?,?,?,?,?)",
        heat,
    )
    connection.execute("COMMIT")
    return len(checkins), len(sessions), len(heat)


def time_to_first_paint(widget: "object", app: "object", painted_part: "object") -> float:
    """Show `widget` and return the seconds until `painted_part` (the charts' viewport: a
    graphics view paints there, not on itself) has painted once."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget) and isinstance(app, QApplication)
    assert isinstance(painted_part, QWidget)

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watcher = FirstPaint()
    painted_part.installEventFilter(watcher)
    began = time.perf_counter()
    widget.show()
    deadline = began + 120
    while not watcher.painted:
        if time.perf_counter() > deadline:
            raise RuntimeError("the widget was not painted within two minutes")
        app.processEvents()
    painted_part.removeEventFilter(watcher)
    return time.perf_counter() - began


def discard(widget: "object") -> None:
    """Close `widget` and delete it now. `deleteLater` alone waits for an event loop, which this
    script never runs: every page and chart measured before stayed alive and shown, and their
    leftover repaints were timed with whatever was measured next (the baseline too)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_first(make_page: "Callable[[], Any]", app: "object") -> "tuple[Any, float]":
    """Open the page once and close it: its series, and the MiB of resident memory the opening
    added (what the page takes: later openings reuse what the deleted page gave back, and only a
    leak would make them grow)."""
    before = rss_mb()
    page = make_page()
    page.resize(1000, 700)
    time_to_first_paint(page, app, page.charts.viewport())
    growth = rss_mb() - before
    series = page.series
    assert series is not None
    discard(page)
    app.processEvents()  # type: ignore[attr-defined]
    return series, growth


def raw_charts_like(series: "object") -> "Callable[[], Any]":
    """A builder of the same charts in plain pyqtgraph: as many dots, line points and bars as
    the page shows, from ready-made numpy arrays (the baseline)."""
    import numpy as np
    import pyqtgraph as pg

    from coach.domain.progress import ProgressSeries

    assert isinstance(series, ProgressSeries)
    n_pain, n_days, n_weeks = len(series.pain_days), len(series.minute_days), len(series.weeks)
    x_pain = np.arange(n_pain, dtype=float) * 86400
    x_days = np.arange(n_days, dtype=float) * 86400
    x_weeks = np.arange(n_weeks, dtype=float) * 7 * 86400
    values = np.random.default_rng(1).uniform(0, 10, max(n_pain, n_days, n_weeks))

    def raw_pyqtgraph() -> "pg.GraphicsLayoutWidget":
        charts = pg.GraphicsLayoutWidget()
        charts.resize(1000, 700)
        pain = charts.addPlot(row=0, col=0, axisItems={"bottom": pg.DateAxisItem()})
        pain.addItem(pg.ScatterPlotItem(x=x_pain, y=values[:n_pain], size=7))
        pain.addItem(pg.PlotDataItem(x=x_pain, y=values[:n_pain]))
        minutes = charts.addPlot(row=1, col=0, axisItems={"bottom": pg.DateAxisItem()})
        minutes.addItem(pg.BarGraphItem(x=x_days, height=values[:n_days], width=70000))
        minutes.addItem(
            pg.BarGraphItem(x=x_days, height=values[:n_days], y0=values[:n_days], width=70000)
        )
        weeks = charts.addPlot(row=2, col=0, axisItems={"bottom": pg.DateAxisItem()})
        weeks.addItem(pg.BarGraphItem(x=x_weeks, height=values[:n_weeks], width=400000))
        return charts

    return raw_pyqtgraph


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        os.environ["COACH_HOME"] = folder

        from coach.clock import SystemClock
        from coach.domain.reminders import ReminderSettings
        from coach.ui.lifecycle.startup import create_application, open_services
        from coach.ui.pages.progress import RANGES_DAYS, ProgressPage
        from coach.ui.runners.reminder_controller import system_zone

        app = create_application()
        clock = SystemClock()
        services = open_services(clock)
        counts = fill_store(services.database.connection, clock.now())
        print(
            f"progress: {YEARS} years, {counts[0]} check-ins, {counts[1]} sessions, "
            f"{counts[2]} heat sessions"
        )
        rule = ReminderSettings().routine
        zone = system_zone()

        # Warm up both sides once (first use of pyqtgraph's items and fonts).
        series, first_growth = open_first(lambda: ProgressPage(services.context, rule, zone), app)

        raw_pyqtgraph = raw_charts_like(series)
        raw_times, page_times, range_times, rss_growth = [], [], [], []
        for _ in range(RUNS):
            began = time.perf_counter()
            charts = raw_pyqtgraph()
            raw_times.append(
                time.perf_counter() - began + time_to_first_paint(charts, app, charts.viewport())
            )
            discard(charts)
            app.processEvents()

            before = rss_mb()
            began = time.perf_counter()
            page = ProgressPage(services.context, rule, zone)
            page.resize(1000, 700)
            page_times.append(
                time.perf_counter() - began + time_to_first_paint(page, app, page.charts.viewport())
            )
            rss_growth.append(rss_mb() - before)
            for key in RANGES_DAYS:
                began = time.perf_counter()
                page.show_range(key)
                page.charts.viewport().repaint()  # paints the charts now, synchronously
                range_times.append(time.perf_counter() - began)
            discard(page)
            app.processEvents()
        services.close()
        del app

    raw_ms = statistics.median(raw_times) * 1000
    page_ms = statistics.median(page_times) * 1000
    print(f"progress: raw pyqtgraph {raw_ms:.0f} ms, Progress page {page_ms:.0f} ms to first paint")
    print(bench_line("progress_open_ratio", page_ms / raw_ms, "x", OPEN_RATIO_BUDGET))
    print(
        bench_line(
            "progress_range_ms", statistics.median(range_times) * 1000, "ms", RANGE_MS_BUDGET
        )
    )
    rss_growth_mb = max(first_growth, statistics.median(rss_growth))
    print(bench_line("progress_rss_mb", rss_growth_mb, "MiB", RSS_MB_BUDGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
