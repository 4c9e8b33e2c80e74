"""`coach selftest`: open the store, load the resources, show the main window once, report.

It takes no instance lock, so it can check an installation while Coach is running.
"""

import logging
import sys
from typing import TextIO

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap

from coach import paths
from coach.clock import SystemClock
from coach.services.active_plan import ActivePlanService
from coach.ui.lifecycle import i18n
from coach.ui.lifecycle.startup import (
    ICON_SIZES,
    app_icon_files,
    build_window,
    create_application,
    open_services,
)
from coach.ui.widgets.theme import apply_theme

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_PROBLEM = 1


def selftest(out: TextIO) -> int:
    """Open the store, load the resources, build and show the main window once; report each step."""
    step = "starting Qt"
    try:
        app = create_application()
        step = "opening the store"
        services = open_services(SystemClock())
        i18n.install(services.settings.value.language, app)
        storage = services.storage
        version = storage.schema_version()
        print(f"store: {storage.path} (schema version {version})", file=out)
        print(f"plan: {ActivePlanService(services.context).title() or 'none'}", file=out)
        for repair in storage.repairs():
            print(f"store: repaired: {repair.what}", file=out)
        step = "writing to the store"
        storage.probe_write()
        print("store: a test write was committed and removed", file=out)
        step = "loading resources"
        resources = paths.resources_dir()
        # Every rendering is there and the 64 px one decodes (the app loads them once its window
        # is up: see give_window_icon).
        files = app_icon_files()
        for file in files:
            if not file.is_file():
                raise RuntimeError(f"the app icon {file} is missing")
        sample = files[ICON_SIZES.index(64)]
        if QPixmap(str(sample)).isNull():
            raise RuntimeError(f"the app icon {sample} does not load")
        print(f"resources: {resources}", file=out)
        step = "showing the main window"
        apply_theme(app, services.settings.value.theme)
        window = build_window(services, tray_available=False)
        painted: list[bool] = []
        # The application's own event loop (a QEventLoop of its own would cost start-up the
        # Python type of one), with a deadline for a window that never paints. Left with exit(),
        # not quit(): quit() closes the windows, and the main window's close saves its size and
        # place over the ones the user's app restores.
        deadline = QTimer(app)
        deadline.setSingleShot(True)
        deadline.timeout.connect(lambda: app.exit(EXIT_PROBLEM))

        def on_first_paint() -> None:
            painted.append(True)
            app.exit(EXIT_OK)

        window.first_painted.connect(on_first_paint)
        window.show()
        if not painted:
            deadline.start(10_000)
            app.exec()
            deadline.stop()
        if not painted:
            raise RuntimeError("the main window was not painted within 10 seconds")
        print(f"window: shown and painted at {window.width()}x{window.height()}", file=out)
        window.hide()
        window.deleteLater()
        services.close()
    except Exception as error:
        log.exception("selftest failed while %s", step)
        print(f"selftest failed while {step}: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    print("selftest passed", file=out)
    return EXIT_OK
