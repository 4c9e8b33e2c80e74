"""What both the app and the self-test do to start: the QApplication, the store, the main window.

pyqtgraph and numpy are deliberately not imported on this path: the Progress page loads them when it
is first opened.
"""

import linecache
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from coach import __version__, collector, paths
from coach.clock import Clock
from coach.domain.settings import SettingProblem
from coach.services.settings import SettingsService
from coach.services.storage import StorageService, open_storage
from coach.ui.lifecycle.about import AboutInfo
from coach.ui.shell.changes import ChangeSignal
from coach.ui.shell.main_window import MainWindow
from coach.ui.shell.settings_model import SettingsModel
from coach.ui.widgets.theme import apply_text_scale, apply_theme, show_focus

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def create_application() -> QApplication:
    QApplication.setApplicationName("Coach")
    QApplication.setOrganizationName("Coach")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("coach")
    # PySide6's import hook has read the source of the modules imported so far into linecache
    # (see coach/ui/__init__.py); nothing needs those lines (a traceback reads them again), so the
    # memory goes back before the window is built.
    linecache.clearcache()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    return app


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_files() -> list[Path]:
    """The app icon's PNG renderings, one per size in ICON_SIZES."""
    icons = paths.resources_dir() / "icons"
    return [icons / f"coach-{size}.png" for size in ICON_SIZES]


def app_icon() -> "QIcon":
    """The app icon from its PNG renderings (crisp from 16 px to 200 % scaling); PNG needs no
    plugin, so start-up does not load QtSvg just for the icon."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415 (see give_window_icon)

    icon = QIcon()
    for size, file in zip(ICON_SIZES, app_icon_files(), strict=True):
        icon.addFile(str(file), QSize(size, size))
    return icon


def give_window_icon(app: QApplication, window: MainWindow, tray_icon: "QIcon | None") -> None:
    """The app's icon on its windows: the tray's, when there is a tray; else, for a window that
    opens on screen, right after its first paint. PySide builds its QIcon type with all its enums
    (the 100-member ThemeIcon) at a cost of 2 ms, which the first paint need not wait for: no
    window shows the icon before it is up, and a desktop takes a changed icon at once."""
    if tray_icon is not None:
        app.setWindowIcon(tray_icon)
    elif window.isVisible() and not window.isMinimized():
        window.first_painted.connect(lambda: app.setWindowIcon(app_icon()))
    else:  # a minimised window shows its icon in the task bar at once
        app.setWindowIcon(app_icon())


class Services:
    """What the window needs from below the UI, opened once at start: the services' context
    (store, clock, change hub) and its Qt side, the change signal."""

    def __init__(
        self,
        storage: StorageService,
        settings: SettingsModel,
        setting_problems: list[SettingProblem],
    ) -> None:
        self.storage = storage
        self.context = storage.context
        self.clock = storage.context.clock
        self.change_signal = ChangeSignal(storage.context.changes)
        self.settings = settings
        self.setting_problems = setting_problems
        # The store below the services, for tests that set up data and look at it; the
        # UI itself goes through the services.
        self.repo = storage.context.repo
        self.database = storage.database

    def close(self) -> None:
        self.change_signal.stop()
        self.storage.close()


def open_services(clock: Clock) -> Services:
    """Open the store (recovering it if needed) and load the settings. Raises ServiceError."""
    storage = open_storage(paths.database_path(), paths.backup_dir(), paths.damaged_dir(), clock)
    context = storage.context
    settings_service = SettingsService(context)
    settings, problems = settings_service.load()
    if paths.bundled_plan_path().is_file():
        storage.adopt_bundled_plan()
    return Services(storage, SettingsModel(settings_service, settings), problems)


def build_window(services: Services, tray_available: bool) -> MainWindow:
    about = AboutInfo(
        version=__version__,
        data_dir=paths.data_dir(),
        database=services.storage.path,
        log_file=paths.log_file(),
    )
    window = MainWindow(
        services.context, services.change_signal, services.settings, tray_available, about
    )
    # The collector paused for start-up (coach.collector) resumes once the window is on screen,
    # or after a second when it is not shown (started in the tray or minimised).
    window.first_painted.connect(lambda: QTimer.singleShot(0, collector.resume))
    QTimer.singleShot(COLLECTOR_RESUME_MS, collector.resume)
    return window


COLLECTOR_RESUME_MS = 1000


def follow_theme_setting(app: QApplication, settings: SettingsModel) -> None:
    """Apply the theme and the text size now, whenever the settings change, and (the theme) when
    the system scheme changes; and ring the control that has keyboard focus."""
    apply_theme(app, settings.value.theme)
    apply_text_scale(app, settings.value.text_scale)
    show_focus(app)
    settings.changed.connect(lambda new: apply_theme(app, new.theme))
    settings.changed.connect(lambda new: apply_text_scale(app, new.text_scale))
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, settings.value.theme)
    )
