"""What both the app and the self-test do to start: the QApplication, the store, the main window.

pyqtgraph and numpy are deliberately not imported on this path: the Progress page loads them when it
is first opened.
"""

import linecache
import logging
import sys
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coach import __version__, paths
from coach.clock import Clock
from coach.domain.settings import SettingProblem
from coach.store.db import Database, open_database
from coach.store.repo import Repo
from coach.ui import catalog
from coach.ui.lifecycle.about import AboutInfo
from coach.ui.shell.main_window import MainWindow
from coach.ui.shell.settings_model import SettingsModel
from coach.ui.widgets.theme import apply_text_scale, apply_theme, show_focus

log = logging.getLogger(__name__)


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
    app.setWindowIcon(app_icon())
    return app


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app icon from its PNG renderings (crisp from 16 px to 200 % scaling); PNG needs no
    plugin, so start-up does not load QtSvg just for the icon."""
    icons = paths.resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons / f"coach-{size}.png"), QSize(size, size))
    return icon


@dataclass
class Services:
    """What the window needs from below the UI, opened once at start."""

    clock: Clock
    database: Database
    repo: Repo
    settings: SettingsModel
    setting_problems: list[SettingProblem]

    def close(self) -> None:
        # The catalog reads the active plan from this store: not once it is closed.
        catalog.read_plans_from(None)
        self.database.close()


def open_services(clock: Clock) -> Services:
    """Open the store (recovering it if needed) and load the settings. Raises StoreError."""
    database = open_database(paths.database_path(), clock, paths.backup_dir(), paths.damaged_dir())
    repo = Repo(database.connection, clock)
    settings, problems = repo.load_settings()
    for problem in problems:
        log.warning("%s", problem.describe())
    if problems:
        repo.save_settings(settings)
    catalog.read_plans_from(repo)
    if paths.bundled_plan_path().is_file():
        _adopt_bundled_plan(repo)
    return Services(clock, database, repo, SettingsModel(repo, settings), problems)


def _adopt_bundled_plan(repo: Repo) -> None:
    """The first start of an installer built with a plan adopts it (see coach.planning)."""
    import sqlite3  # noqa: PLC0415

    from coach.domain.plan import PlanError  # noqa: PLC0415
    from coach.planning import adopt_bundled_plan  # noqa: PLC0415

    try:
        adopt_bundled_plan(repo)
    except (PlanError, OSError, sqlite3.Error) as error:
        # The build checked the plan, so this is a damaged installation: say so in the log and
        # start with the user's own settings.
        log.error("the plan built into this installer cannot be adopted: %s", error)


def build_window(services: Services, tray_available: bool) -> MainWindow:
    about = AboutInfo(
        version=__version__,
        data_dir=paths.data_dir(),
        database=services.database.path,
        log_file=paths.log_file(),
    )
    return MainWindow(services.repo, services.clock, services.settings, tray_available, about)


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
