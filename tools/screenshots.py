"""Render the README's screenshot matrix: every page of the main window, the player and a reminder
notice, in each theme, language and text size, with six weeks of made-up use behind them.

The README shows Coach as it really looks, and a change to a page, a palette or a translation can
make those pictures wrong (or show clipped text at a large size) without anyone noticing. This tool
renders them all offscreen in one go, so the pictures can be brought up to date with one command,
and puts each combination's shots on one contact sheet so that a reviewer can look the whole
matrix over in a minute.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR --one light en 100

The first form runs every combination in a process of its own (the language, theme and text size
are application-wide state that cannot be fully taken back); the second renders one. Each writes
OUT_DIR/<theme>-<lang>-<scale>/<shot>.png (full size) and OUT_DIR/sheet-<theme>-<lang>-<scale>.png.
Every combination starts from a fresh, temporary data folder (COACH_HOME): nothing of the user's
own Coach is read or written.
"""

import argparse
import itertools
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

# Run as a script from anywhere: the repository's `coach` package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QMessageLogContext, QRect, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from coach.domain.heat import BodyArea, HeatSource
from coach.domain.history import SessionStatus
from coach.domain.onboarding import Decision, Onboarding
from coach.domain.reminders import ReminderEvent
from coach.domain.routines import Routine
from coach.domain.safety import RedFlag
from coach.domain.schedule import ReminderKind
from coach.domain.session import StepResult
from coach.domain.settings import TEXT_SCALE_CHOICES, Theme
from coach.domain.timers import Timer, TimerKind, TimerStatus
from coach.services.catalog import builtin_catalog
from coach.services.checkins import CheckinService
from coach.services.onboarding import OnboardingService
from coach.services.reminders import ReminderService
from coach.services.sessions import SessionService
from coach.services.timers import TimerService
from coach.ui.lifecycle import i18n
from coach.ui.lifecycle.startup import (
    Services,
    build_window,
    create_application,
    follow_theme_setting,
    open_services,
)
from coach.ui.player.window import PREFERRED_SIZE
from coach.ui.runners.cue_worker import SOUND, SPEECH
from coach.ui.runners.cues import CueWorker, WorkerState
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import Reminder, ReminderController
from coach.ui.runners.reminder_notices import ReminderNotices
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.widgets.exercise_figures import Thumbnails

THEMES = ("light", "dark", "high_contrast")
LANGUAGES = {"en": "English", "de": "German"}
SCALES = (100, 150)  # of TEXT_SCALE_CHOICES: `--one` takes any of them

WINDOW_SIZE = (1100, 760)
SHEET_MAX_WIDTH = 2400
README_SHEET_WIDTH = 1400  # `--readme`: the sheets alone, this wide, in 256 colours (~0.4 MB)
SHEET_COLUMNS = 3
SETTLE_MS = 150  # events processed after a page switch, so its layout settles
SLOW_PAGE_MS = 600  # the Progress page loads pyqtgraph and draws its charts
PLAYER_MS = 300  # the player a moment after it starts
CHILD_TIMEOUT_S = 180
PARALLEL = max(1, min(3, os.cpu_count() or 1))

DEMO_DAYS = 42  # six weeks of use before today
NOW_LOCAL = clock_time(15, 30)  # the screenshots are taken mid-afternoon (Today greets so)

# What the made-up user writes in a check-in's note, in the language of the screenshots.
NOTES = {
    "en": ("Stiff after a long meeting.", "Slept badly, neck sore.", "Better after the walk."),
    "de": (
        "Steif nach einer langen Besprechung.",
        "Schlecht geschlafen, Nacken verspannt.",
        "Nach dem Spaziergang besser.",
    ),
}
TODAY_NOTE = {"en": "A bit stiff after the commute.", "de": "Etwas steif nach der Fahrt."}


@dataclass(frozen=True)
class Combination:
    """One cell of the matrix: a theme, a language and a text size."""

    theme: str
    language: str
    scale: int

    @property
    def name(self) -> str:
        """As in the file names: light-en-100."""
        return f"{self.theme}-{self.language}-{self.scale}"

    @property
    def title(self) -> str:
        """The sheet's title line: light · English · 100 %."""
        theme = self.theme.replace("_", " ")
        return f"{theme} · {LANGUAGES[self.language]} · {self.scale} %"


def all_combinations() -> list[Combination]:
    """The whole matrix, in the order the sheets are listed."""
    return [
        Combination(theme, language, scale)
        for theme, language, scale in itertools.product(THEMES, LANGUAGES, SCALES)
    ]


# ---- a clock to fill the store with ------------------------------------------------------------


class DemoClock:
    """The machine's clocks, moved: the wall clock reads a chosen moment (then runs on in real
    time), and `advance` moves all three clocks forward at once, so the player can be shown past
    its "get ready" without waiting."""

    def __init__(self, start: datetime) -> None:
        self._began = time.monotonic()
        self._wall = start.astimezone(UTC)
        self._ahead = 0.0  # seconds added by `advance`

    def now(self) -> datetime:
        """The wall clock, in UTC."""
        return self._wall + timedelta(seconds=time.monotonic() - self._began + self._ahead)

    def monotonic(self) -> float:
        """The machine's monotonic clock, plus what `advance` added."""
        return time.monotonic() + self._ahead

    def boottime(self) -> float:
        """As `monotonic` (nothing sleeps while the shots are taken)."""
        return time.monotonic() + self._ahead

    def set_wall(self, moment: datetime) -> None:
        """Make the wall clock read `moment` now (the other clocks do not move)."""
        self._began = time.monotonic()
        self._wall = moment.astimezone(UTC) - timedelta(seconds=self._ahead)

    def advance(self, seconds: float) -> None:
        """Move all three clocks `seconds` forward."""
        self._ahead += seconds


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """`day` at `hour`:`minute` in the computer's time zone."""
    return datetime.combine(day, clock_time(hour, minute)).astimezone()


# ---- demo data ---------------------------------------------------------------------------------


class DemoData:
    """Six weeks of a user's records, written through the services as the app writes them: daily
    check-ins with a falling pain trend, routines most working days (answering their reminders),
    heat most evenings, and today's first check-ins and routine."""

    def __init__(self, services: Services, clock: DemoClock, language: str) -> None:
        context = services.context
        self._clock = clock
        self._language = language
        self._rng = random.Random(11)
        self._checkins = CheckinService(context)
        self._sessions = SessionService(context)
        self._timers = TimerService(context)
        self._reminders = ReminderService(context)
        self._onboarding = OnboardingService(context)
        self._routines = {routine.id: routine for routine in builtin_catalog().routines}

    def fill(self, now: datetime) -> None:
        """Everything up to `now` (a local time today); the wall clock reads `now` afterwards."""
        today = now.date()
        self._clock.set_wall(local(today - timedelta(days=DEMO_DAYS), 8))
        self._onboarding.save(
            Onboarding(
                answered=frozenset(RedFlag),
                reminders=Decision.ACCEPTED,
                finished=True,
                updated_at=self._clock.now(),
            )
        )
        for back in range(DEMO_DAYS, 0, -1):
            self._past_day(today - timedelta(days=back), DEMO_DAYS - back)
        self._checkin(local(today, 9, 10), 3, TODAY_NOTE[self._language], stiffness=4, sleep=6)
        self._routine(local(today, 10, 30), "desk_reset", 3, 2)
        self._checkin(local(today, 13, 5), 2, "", stiffness=3, sleep=None)
        self._clock.set_wall(now)

    def _past_day(self, day: date, n: int) -> None:
        """Day `n` of the period: routines, movement breaks, heat and the evening check-in."""
        rng = self._rng
        working = day.weekday() < 5
        trend = 6.0 - 3.5 * n / DEMO_DAYS  # the pain eases over the weeks
        if working or rng.random() < 0.4:
            self._reminded_routine(local(day, 10, 30), "desk_reset", trend)
        if working and rng.random() < 0.7:
            self._reminded_routine(local(day, 15, 0), "neck_shoulders", trend)
        if working:
            for slot in range(6):
                self._movement_break(local(day, 9) + timedelta(minutes=75 * (slot + 1)))
        if n % 3 != 1:
            self._heat(local(day, 19, 30), rng.choice((10, 15, 15, 20)))
        pain = max(0, min(10, round(trend + rng.choice((-1, 0, 0, 1)))))
        note = rng.choice(("", "", "", *NOTES[self._language]))
        self._checkin(
            local(day, 17, rng.randrange(60)),
            pain,
            note,
            stiffness=max(0, min(10, pain + rng.choice((-1, 0, 1)))),
            sleep=min(10, 4 + n // 9 + rng.choice((0, 1))),
        )

    def _checkin(
        self, at: datetime, pain: int, note: str, stiffness: int | None, sleep: int | None
    ) -> None:
        """A check-in saved at `at`, as Today saves one."""
        self._clock.set_wall(at)
        self._checkins.save(pain, note, stiffness=stiffness, sleep=sleep)

    def _reminded_routine(self, due: datetime, routine_id: str, trend: float) -> None:
        """A routine reminder, answered: started (sometimes after a snooze) or skipped."""
        self._clock.set_wall(due)
        self._reminders.record_event(ReminderKind.ROUTINE, ReminderEvent.SHOWN, due, routine_id)
        answer = self._rng.random()
        if answer < 0.15:
            self._reminders.record_event(
                ReminderKind.ROUTINE, ReminderEvent.SKIPPED, due, routine_id
            )
            return
        start = due
        if answer < 0.3:
            self._reminders.record_event(
                ReminderKind.ROUTINE, ReminderEvent.SNOOZED, due, routine_id
            )
            start = due + timedelta(minutes=10)
            self._clock.set_wall(start)
        self._reminders.record_event(ReminderKind.ROUTINE, ReminderEvent.STARTED, due, routine_id)
        before = max(0, min(10, round(trend + self._rng.choice((-1, 0, 1)))))
        after = max(0, before - self._rng.choice((0, 1, 1, 2)))
        self._routine(start, routine_id, before, after)

    def _routine(self, start: datetime, routine_id: str, before: int, after: int) -> None:
        """A routine done from `start`, step by step, as the player records it."""
        routine: Routine = self._routines[routine_id]
        self._clock.set_wall(start)
        session = self._sessions.start(routine, before)
        moment = start
        for index, step in enumerate(routine.steps):
            seconds = step.dosage.seconds()
            end = moment + timedelta(seconds=seconds + 5)
            result = StepResult(
                index, step.exercise_id, moment, end, True, step.dosage.reps, seconds
            )
            self._sessions.record_step(session, result)
            moment = end
        self._clock.set_wall(moment)
        self._sessions.finish(session, SessionStatus.COMPLETED)
        self._sessions.set_pain_after(session, after)

    def _movement_break(self, due: datetime) -> None:
        """A movement-break reminder, mostly answered."""
        self._clock.set_wall(due)
        self._reminders.record_event(ReminderKind.MOVEMENT, ReminderEvent.SHOWN, due)
        answer = self._rng.random()
        if answer < 0.6:
            self._reminders.record_event(ReminderKind.MOVEMENT, ReminderEvent.STARTED, due)
        elif answer < 0.75:
            self._reminders.record_event(ReminderKind.MOVEMENT, ReminderEvent.SNOOZED, due)
        elif answer < 0.9:
            self._reminders.record_event(ReminderKind.MOVEMENT, ReminderEvent.SKIPPED, due)

    def _heat(self, start: datetime, minutes: int) -> None:
        """A heat session on the neck that ran its course."""
        self._clock.set_wall(start)
        self._timers.save(
            Timer(
                TimerKind.HEAT,
                "",
                minutes * 60,
                start,
                status=TimerStatus.COMPLETED,
                source=HeatSource.PAD,
                area=BodyArea.NECK,
                ended_at=start + timedelta(minutes=minutes),
                actual_seconds=minutes * 60,
            )
        )


# ---- shooting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shot:
    """One picture: its file name (without .png), its caption on the sheet, and the image."""

    key: str
    caption: str
    image: QImage


@dataclass
class Sizes:
    """The sizes the shots were taken at, said on the command line."""

    own: tuple[int, int] = (0, 0)  # the main window's first size, as Coach chooses it
    window: tuple[int, int] = (0, 0)
    player: tuple[int, int] = (0, 0)

    def describe(self) -> str:
        """One line for the command line."""

        def size(pair: tuple[int, int]) -> str:
            return f"{pair[0]}x{pair[1]}"

        return (
            f"window {size(self.window)} (Coach's own first size {size(self.own)}), "
            f"player {size(self.player)}"
        )


def settle(app: QApplication, ms: int = SETTLE_MS) -> None:
    """Let layouts, deferred builds and repaints happen (the event loop runs for `ms`)."""
    for _ in range(3):
        app.processEvents()
    QTest.qWait(ms)
    app.processEvents()


def grab(widget: QWidget) -> QImage:
    """The widget as it is painted now."""
    return widget.grab().toImage()


def settle_thumbnails(app: QApplication, window: MainWindow, limit_ms: int = 5000) -> None:
    """Wait until the lists' exercise pictures are all drawn: they come in batches after a page
    shows (coach.ui.widgets.exercise_figures.Thumbnails), later when the machine is busy."""
    waited = 0
    while waited < limit_ms and any(t.pending for t in window.findChildren(Thumbnails)):
        settle(app, 50)
        waited += 50
    settle(app)


def shoot_pages(app: QApplication, window: MainWindow) -> list[Shot]:
    """Each page of the main window (and the Settings page's Reminders tab)."""
    captions = {
        Page.TODAY: "Today",
        Page.EXERCISES: "Exercises",
        Page.ROUTINES: "Routines",
        Page.TIMERS: "Timers (a heat session running)",
        Page.PROGRESS: "Progress",
        Page.SETTINGS: "Settings",
    }
    shots = []
    for page in Page:
        window.show_page(page)
        settle(app, SLOW_PAGE_MS if page is Page.PROGRESS else SETTLE_MS)
        settle_thumbnails(app, window)
        shots.append(Shot(page.value, captions[page], grab(window)))
    tabs = window.page_widget(Page.SETTINGS).findChild(QTabWidget)
    if tabs is not None and tabs.count() > 1:
        tabs.setCurrentIndex(1)
        settle(app)
        shots.append(Shot("settings-reminders", "Settings: reminders", grab(window)))
        tabs.setCurrentIndex(0)
    window.show_page(Page.TODAY)
    settle(app)
    return shots


class SilentCueWorker(CueWorker):
    """A cue worker that is ready at once and makes no sound. The shots show Coach as on a
    computer with sound and speech: the player's cue line would otherwise say that this headless
    one has no audio output (and the real workers would be child processes to wait for)."""

    def start(self) -> None:
        """Ready at once."""
        if self.state is WorkerState.OFF:
            self.state = WorkerState.READY
            self.changed.emit()

    def send(self, **request: object) -> None:
        """Take the cue and make no sound."""
        self.start()

    def stop(self) -> None:
        """Nothing runs, so nothing to stop."""


def silence_cues(window: MainWindow) -> None:
    """Give the window's cue service (the player's and the notices') silent workers."""
    service = window.cue_service
    for role in (SOUND, SPEECH):
        worker = SilentCueWorker(role, [], parent=service)
        worker.changed.connect(service.changed)
        setattr(service, role, worker)


def shoot_player(
    app: QApplication, window: MainWindow, clock: DemoClock, sizes: Sizes
) -> list[Shot]:
    """The player of the desk reset: its pain question, then the first exercise under way."""
    if not window.start_routine_by_id("desk_reset"):
        raise RuntimeError("the built-in routine desk_reset is missing")
    player = window.player
    assert player is not None
    # Its size on a usual screen (the offscreen one is only 800 x 600).
    player.resize(PREFERRED_SIZE.expandedTo(player.minimumSize()))
    settle(app, PLAYER_MS)
    sizes.player = (player.width(), player.height())
    shots = [Shot("player-pain", "Player: pain before", grab(player))]
    player.before.buttons[3].click()  # pain 3: the routine starts
    clock.advance(8)  # past "get ready", into the first exercise
    player.refresh()
    settle(app, PLAYER_MS)
    shots.append(Shot("player-running", "Player: exercising", grab(player)))
    player.session.end_early()
    player.close()
    settle(app)
    return shots


def shoot_notice(app: QApplication, window: MainWindow, clock: DemoClock) -> Shot:
    """The notice of a routine reminder (Start now, Snooze, Skip)."""
    assert window.reminders is not None
    notices = ReminderNotices(window.reminders, window)
    notices.show_reminder(Reminder(ReminderKind.ROUTINE, clock.now(), "desk_reset"))
    settle(app)
    notice = notices.open[ReminderKind.ROUTINE]
    shot = Shot("notice", "Reminder notice", grab(notice))
    window.alerts.close_all()
    settle(app)
    return shot


class DesktopPresence(Presence):
    """What a usual desktop lets Coach see (idle time, full-screen windows), so that the Settings
    page says what it says there rather than what this headless platform allows; the user is at
    the keyboard. Only read for texts: the reminders do not run."""

    idle_source: str | None = "screenshots"
    fullscreen_source: str | None = "screenshots"

    def idle_seconds(self) -> float | None:
        """The user is at the keyboard."""
        return 0.0


def shoot(app: QApplication, services: Services, clock: DemoClock, sizes: Sizes) -> list[Shot]:
    """Build the main window as the app does (on a desktop with a tray), then take every shot."""
    window = build_window(services, tray_available=True)
    # The reminders as the running app has them (the Settings page gets its Reminders tab), not
    # started: no reminder falls due while the shots are taken.
    window.reminders = ReminderController(
        services.context,
        services.change_signal,
        DesktopPresence(),
        parent=window,
        safety=window.safety,
    )
    silence_cues(window)
    sizes.own = (window.width(), window.height())
    # Never narrower than Coach opens itself (it widens for Today at large text sizes).
    window.resize(max(window.width(), WINDOW_SIZE[0]), max(window.height(), WINDOW_SIZE[1]))
    window.show()
    settle(app)
    sizes.window = (window.width(), window.height())
    window.timers.start(TimerKind.HEAT, 15 * 60, source=HeatSource.PAD, area=BodyArea.NECK)
    clock.advance(4 * 60 + 20)  # the heat has been on for a few minutes
    shots = shoot_pages(app, window)
    shots += shoot_player(app, window, clock, sizes)
    shots.append(shoot_notice(app, window, clock))
    for timer in window.timers.active:
        window.timers.stop(timer)
    window.hide()
    return shots


# What the offscreen platform says about every window it cannot raise or hint at: noise here.
OFFSCREEN_NOISE = ("This plugin does not support",)


def quiet_offscreen_warnings() -> None:
    """Leave out the offscreen platform's warnings about what it cannot do; say the rest."""

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind is QtMsgType.QtWarningMsg and message.startswith(OFFSCREEN_NOISE):
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def common_colours(image: QImage, count: int = 256) -> list[int]:
    """The image's `count` most frequent colours: a screenshot has few besides its text's soft
    edges, so mapping each pixel to the nearest of them (no dithering) keeps flat areas flat and
    the theme's own colours exact, at a quarter of the file's size."""
    pixels = array("I", bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits()))
    return [colour for colour, _times in Counter(pixels).most_common(count)]


def render_one(combination: Combination, out_dir: Path, readme: bool = False) -> Path:
    """Render `combination` into `out_dir` (its shots and its sheet; with `readme` the sheet
    alone, made small for the repository) in a fresh data folder; returns the sheet's path. Run
    once per process."""
    with tempfile.TemporaryDirectory(prefix="coach-screenshots-") as home:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never a window on screen
        os.environ["COACH_HOME"] = home
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "xdg-config")
        quiet_offscreen_warnings()
        app = create_application()
        now = datetime.combine(date.today(), NOW_LOCAL).astimezone()
        clock = DemoClock(now)
        services = open_services(clock)
        try:
            DemoData(services, clock, combination.language).fill(now)
            services.settings.update(
                theme=Theme(combination.theme),
                language=combination.language,
                text_scale=combination.scale,
            )
            i18n.install(combination.language, app)
            follow_theme_setting(app, services.settings)
            sizes = Sizes()
            shots = shoot(app, services, clock, sizes)
        finally:
            services.close()
    if not readme:
        folder = out_dir / combination.name
        folder.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            if not shot.image.save(str(folder / f"{shot.key}.png")):
                raise RuntimeError(f"could not write {folder / shot.key}.png")
    sheet = out_dir / f"sheet-{combination.name}.png"
    image = compose_sheet(shots, combination.title)
    if readme:
        image = image.scaledToWidth(
            README_SHEET_WIDTH, Qt.TransformationMode.SmoothTransformation
        ).convertToFormat(QImage.Format.Format_RGB32)
        image = image.convertToFormat(
            QImage.Format.Format_Indexed8, common_colours(image), Qt.ImageConversionFlag.AvoidDither
        )
    if not image.save(str(sheet)):
        raise RuntimeError(f"could not write {sheet}")
    print(f"{combination.name}: {sizes.describe()}")
    return sheet


# ---- the contact sheet -------------------------------------------------------------------------

MARGIN = 32
GAP = 28
TITLE_HEIGHT = 64
CAPTION_HEIGHT = 34
BORDER = QColor(150, 150, 150)
INK = QColor(30, 30, 30)


def sheet_font(pixels: int, bold: bool = False) -> QFont:
    """The platform's plain font at a fixed pixel size (not the app's scaled one)."""
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def compose_sheet(shots: Sequence[Shot], title: str) -> QImage:
    """The shots in a grid on white, all at one scale (so the notice keeps its size next to the
    windows), each with its caption below and a thin frame, under a title line."""
    columns = min(SHEET_COLUMNS, len(shots))
    cell = (SHEET_MAX_WIDTH - 2 * MARGIN - (columns - 1) * GAP) // columns
    factor = min(1.0, cell / max(shot.image.width() for shot in shots))
    tiles = [
        shot.image.scaled(
            max(1, round(shot.image.width() * factor)),
            max(1, round(shot.image.height() * factor)),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        for shot in shots
    ]
    cell = min(cell, max(tile.width() for tile in tiles))
    rows = math.ceil(len(tiles) / columns)
    heights = [
        max(tile.height() for tile in tiles[row * columns : (row + 1) * columns]) + CAPTION_HEIGHT
        for row in range(rows)
    ]
    width = 2 * MARGIN + columns * cell + (columns - 1) * GAP
    height = MARGIN + TITLE_HEIGHT + sum(heights) + (rows - 1) * GAP + MARGIN
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(INK)
    painter.setFont(sheet_font(30, bold=True))
    painter.drawText(
        QRect(MARGIN, MARGIN, width - 2 * MARGIN, TITLE_HEIGHT),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        title,
    )
    painter.setFont(sheet_font(20))
    top = MARGIN + TITLE_HEIGHT
    for index, (shot, tile) in enumerate(zip(shots, tiles, strict=True)):
        row, column = divmod(index, columns)
        if column == 0 and row:
            top += heights[row - 1] + GAP
        left = MARGIN + column * (cell + GAP) + (cell - tile.width()) // 2
        painter.drawImage(left, top, tile)
        painter.setPen(QPen(BORDER, 1))
        painter.drawRect(left - 1, top - 1, tile.width() + 1, tile.height() + 1)
        painter.setPen(INK)
        painter.drawText(
            QRect(left + (tile.width() - cell) // 2, top + tile.height() + 4, cell, CAPTION_HEIGHT),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            f"{shot.caption}  ({shot.key}.png)",
        )
    painter.end()
    return sheet


# ---- command line ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildResult:
    """How one combination's process went."""

    combination: Combination
    code: int
    stdout: str
    stderr: str
    seconds: float


def run_child(combination: Combination, out_dir: Path, readme: bool) -> ChildResult:
    """Render one combination in a process of its own."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.monotonic()
    command = [sys.executable, str(Path(__file__).resolve()), str(out_dir), "--one"]
    command += [combination.theme, combination.language, str(combination.scale)]
    command += ["--readme"] if readme else []
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as expired:
        stderr = expired.stderr if isinstance(expired.stderr, str) else ""
        return ChildResult(
            combination, -1, "", f"timed out after {CHILD_TIMEOUT_S} s\n{stderr}", CHILD_TIMEOUT_S
        )
    return ChildResult(
        combination, done.returncode, done.stdout, done.stderr, time.monotonic() - began
    )


def render_all(out_dir: Path, report: Callable[[str], None], readme: bool = False) -> int:
    """Every combination, a few processes at a time; 0 when all of them rendered."""
    failed = 0
    with ThreadPoolExecutor(PARALLEL) as pool:
        for result in pool.map(lambda c: run_child(c, out_dir, readme), all_combinations()):
            status = "ok" if result.code == 0 else f"FAILED (exit {result.code})"
            report(f"{result.combination.name}: {status} in {result.seconds:.1f} s")
            for line in result.stdout.splitlines():
                report(f"  {line}")
            for line in result.stderr.splitlines():
                report(f"  stderr: {line}")
            failed += result.code != 0
    return 1 if failed else 0


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The command line: the output folder, and optionally the one combination to render."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path, help="where the sheets and shots are written")
    parser.add_argument(
        "--one",
        nargs=3,
        metavar=("THEME", "LANG", "SCALE"),
        help=f"render one combination: {'/'.join(THEMES)}, {'/'.join(LANGUAGES)}, "
        f"{'/'.join(map(str, TEXT_SCALE_CHOICES))}",
    )
    parser.add_argument(
        "--readme",
        action="store_true",
        help="write the contact sheets alone, small enough for the repository "
        "(make screenshots: docs/screenshots/matrix)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Render every combination (each in a child process), or the one asked for."""
    arguments = parse(sys.argv[1:] if argv is None else argv)
    out_dir: Path = arguments.out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    if arguments.one is None:
        began = time.monotonic()
        code = render_all(out_dir, print, arguments.readme)
        print(f"{len(all_combinations())} combinations in {time.monotonic() - began:.0f} s")
        return code
    theme, language, scale = arguments.one
    if theme not in THEMES or language not in LANGUAGES or not scale.isdigit():
        print(f"unknown combination: {theme} {language} {scale}", file=sys.stderr)
        return 2
    if int(scale) not in TEXT_SCALE_CHOICES:
        print(f"text size {scale} is not one of {TEXT_SCALE_CHOICES}", file=sys.stderr)
        return 2
    render_one(Combination(theme, language, int(scale)), out_dir, arguments.readme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
