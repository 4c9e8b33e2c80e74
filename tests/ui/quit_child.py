"""Run by test_quit: a real event loop with a window that closes to the tray must still end when
the user chooses Quit or the process gets SIGTERM."""

import os
import signal
import sys
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from coach.clock import FakeClock
from coach.ui.startup import app_icon, build_window, create_application, open_services
from coach.ui.tray import Tray
from coach.ui.unix_signals import quit_on_termination_signals

app = create_application()
quit_on_termination_signals(app)
services = open_services(FakeClock(datetime(2026, 6, 1, 9, tzinfo=UTC)))
if not QSystemTrayIcon.isSystemTrayAvailable():
    sys.exit(4)
window = build_window(services, tray_available=True)
tray = Tray(window, app_icon(), app)
tray.show()
window.show()
if sys.argv[1] == "menu":
    QTimer.singleShot(50, window.quit_app)
else:
    QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGTERM))
QTimer.singleShot(20_000, lambda: os._exit(3))  # the loop did not end: fail, do not hang
sys.exit(app.exec())
