"""Run by the quit tests: a real event loop must end when the user chooses Quit or the process gets
SIGTERM, also with a window that closes to the tray, and also when SIGTERM comes before the loop
has started. Exit codes: 0 ended, 3 still running after 20 s, 4 no tray to test with."""

import os
import signal
import sys
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from coach.clock import FakeClock
from coach.ui.lifecycle.startup import app_icon, build_window, create_application, open_services
from coach.ui.lifecycle.tray import Tray
from coach.ui.lifecycle.unix_signals import quit_on_termination_signals

how = sys.argv[1]
app = create_application()
quit_on_termination_signals(app)
services = open_services(FakeClock(datetime(2026, 6, 1, 9, tzinfo=UTC)))
with_tray = how in ("menu", "sigterm")
if with_tray and not QSystemTrayIcon.isSystemTrayAvailable():
    sys.exit(4)
window = build_window(services, tray_available=with_tray)
tray = Tray(window, app_icon(), app) if with_tray else None
if tray is not None:
    tray.show()
window.show()
if how == "menu":
    QTimer.singleShot(50, window.quit_app)
elif how == "sigterm":
    QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGTERM))
else:
    os.kill(os.getpid(), signal.SIGTERM)  # before the event loop runs
QTimer.singleShot(20_000, lambda: os._exit(3))  # the loop did not end: fail, do not hang
sys.exit(app.exec())
