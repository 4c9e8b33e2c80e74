"""Is the user at the keyboard, and is a full-screen window (a film, a presentation, a game) in
front? Reminders use the first to count time away from the desk as a movement break, and the
second to wait instead of interrupting.

What each platform lets an app see:
- X11: the screen-saver extension's idle time (libXss) and the active window's
  _NET_WM_STATE_FULLSCREEN (libX11), both through ctypes.
- Wayland: idle time from GNOME's Mutter IdleMonitor or the freedesktop ScreenSaver service on
  the session bus; full-screen windows of other apps cannot be seen.
- Windows: GetLastInputInfo, and SHQueryUserNotificationState (busy, full-screen, presenting).
- macOS: the HID system's idle time (ioreg); full-screen windows cannot be seen.
Anything unavailable reads as None/False, and the log says so.

Every one of these asks another process (the X server, a D-Bus service, ioreg), which can stop
answering: `PresenceMonitor` asks off the UI thread, within a time limit, and answers from what
it last heard.
"""

import ctypes
import ctypes.util
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from coach.ui.runners.background import ServiceThread

log = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 5.0


class PresenceReading(Protocol):
    """What reminders ask: answered at once, never by waiting on another process."""

    idle_source: str | None
    fullscreen_source: str | None

    def idle_seconds(self) -> float | None: ...

    def fullscreen_in_front(self) -> bool: ...


class Presence:
    """The platform's answers; each method is cheap enough to call once a minute."""

    idle_source: str | None = None  # how idle time is read, or None when it cannot be
    fullscreen_source: str | None = None

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input; None when unknown."""
        return None

    def fullscreen_in_front(self) -> bool:
        """True when the window in front fills the screen (False when unknown)."""
        return False


def detect(platform_name: str) -> Presence:
    """The best Presence for this platform (Qt's platform plugin name: xcb, wayland, windows,
    cocoa, offscreen...)."""
    try:
        if platform_name == "xcb" and _wayland_session():
            # Under XWayland, X11 sees only input to X11 windows: typing in a native Wayland
            # app would look like time away. Ask the session's idle service instead.
            return _DBusIdlePresence()
        if platform_name == "xcb":
            return _X11Presence()
        if platform_name == "windows" and sys.platform == "win32":
            return _WindowsPresence()
        if platform_name == "cocoa" and sys.platform == "darwin":
            return _MacPresence()
        if platform_name.startswith("wayland"):
            return _DBusIdlePresence()
    except OSError as error:
        log.info("cannot read user presence on %s: %s", platform_name, error)
    return Presence()


def _wayland_session() -> bool:
    return (
        bool(os.environ.get("WAYLAND_DISPLAY")) or os.environ.get("XDG_SESSION_TYPE") == "wayland"
    )


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    )


_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class _X11Presence(Presence):
    def __init__(self) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise OSError("libX11 is not installed")
        self._x = ctypes.CDLL(name)
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        self._x.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        self._x.XInternAtom.restype = ctypes.c_ulong
        self._x.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
        self._x.XGetWindowProperty.argtypes = (
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        )
        self._x.XFree.argtypes = (ctypes.c_void_p,)
        # A window can close between reading _NET_ACTIVE_WINDOW and its state; Xlib's default
        # handler would end the process on that BadWindow error, so errors are ignored (the
        # calls' status says they failed). Qt talks to X through xcb and is not affected.
        self._ignore_errors = _X_ERROR_HANDLER(lambda _display, _event: 0)
        self._x.XSetErrorHandler(self._ignore_errors)
        self._display = self._x.XOpenDisplay(os.environ.get("DISPLAY", "").encode() or None)
        if not self._display:
            raise OSError("cannot open the X display")
        self._root = self._x.XDefaultRootWindow(self._display)
        self._atoms = {
            name: self._x.XInternAtom(self._display, name.encode(), 0)
            for name in ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")
        }
        self.fullscreen_source = "X11 _NET_WM_STATE"
        self._xss: Any = None
        xss_name = ctypes.util.find_library("Xss")
        if xss_name is not None:
            self._xss = ctypes.CDLL(xss_name)
            self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
            self._xss.XScreenSaverQueryInfo.argtypes = (
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.POINTER(_XScreenSaverInfo),
            )
            event_base, error_base = ctypes.c_int(), ctypes.c_int()
            if self._xss.XScreenSaverQueryExtension(
                ctypes.c_void_p(self._display), ctypes.byref(event_base), ctypes.byref(error_base)
            ):
                self._info = self._xss.XScreenSaverAllocInfo()
                self.idle_source = "X11 screen saver extension"
            else:
                self._xss = None
        if self._xss is None:
            log.info("no X11 idle time (libXss or the MIT-SCREEN-SAVER extension is missing)")

    def idle_seconds(self) -> float | None:
        if self._xss is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000

    def _window_property(self, window: int, atom: str) -> list[int]:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, remaining = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self._x.XGetWindowProperty(
            self._display,
            window,
            self._atoms[atom],
            0,
            64,
            0,
            0,  # AnyPropertyType
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(count),
            ctypes.byref(remaining),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return []
        try:
            if actual_format.value != 32:
                return []
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            self._x.XFree(data)

    def fullscreen_in_front(self) -> bool:
        active = self._window_property(self._root, "_NET_ACTIVE_WINDOW")
        if not active or not active[0]:
            return False
        return self._atoms["_NET_WM_STATE_FULLSCREEN"] in self._window_property(
            active[0], "_NET_WM_STATE"
        )


class _WindowsPresence(Presence):
    QUNS_BUSY = 2
    QUNS_RUNNING_D3D_FULL_SCREEN = 3
    QUNS_PRESENTATION_MODE = 4

    class _LastInputInfo(ctypes.Structure):
        _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint))

    def __init__(self) -> None:
        self._user32: Any = ctypes.windll.user32  # type: ignore[attr-defined]
        self._kernel32: Any = ctypes.windll.kernel32  # type: ignore[attr-defined]
        self._shell32: Any = ctypes.windll.shell32  # type: ignore[attr-defined]
        self.idle_source = "GetLastInputInfo"
        self.fullscreen_source = "SHQueryUserNotificationState"

    def idle_seconds(self) -> float | None:
        info = self._LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        ticks = int(self._kernel32.GetTickCount()) & 0xFFFFFFFF
        return float((ticks - int(info.dwTime)) & 0xFFFFFFFF) / 1000

    def fullscreen_in_front(self) -> bool:
        state = ctypes.c_int()
        if self._shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            return False
        return state.value in (
            self.QUNS_BUSY,
            self.QUNS_RUNNING_D3D_FULL_SCREEN,
            self.QUNS_PRESENTATION_MODE,
        )


class _MacPresence(Presence):
    _IDLE = re.compile(rb'"HIDIdleTime" = (\d+)')

    def __init__(self) -> None:
        self.idle_source = "IOHIDSystem HIDIdleTime"

    def idle_seconds(self) -> float | None:
        try:
            output = subprocess.run(
                ["/usr/sbin/ioreg", "-c", "IOHIDSystem", "-d", "4"],
                capture_output=True,
                timeout=2,
                check=True,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        match = self._IDLE.search(output)
        return int(match.group(1)) / 1e9 if match else None


class _DBusIdlePresence(Presence):
    """Idle time over the session bus (GNOME's Mutter, then the freedesktop ScreenSaver)."""

    _SERVICES = (
        (
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor",
            "GetIdletime",
        ),
        (
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "GetSessionIdleTime",
        ),
    )

    def __init__(self) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface  # noqa: PLC0415

        from coach.ui.runners.dbus_probe import bus_answers, session_bus_address  # noqa: PLC0415

        if not bus_answers(session_bus_address()):
            # Qt would wait on such a bus for ever, holding Python's lock.
            raise OSError("no D-Bus session bus, or it does not answer")
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            raise OSError("no D-Bus session bus")
        self._call: tuple[Any, str] | None = None
        for service, path, interface, method in self._SERVICES:
            candidate = QDBusInterface(service, path, interface, bus)
            candidate.setTimeout(500)
            if candidate.isValid():
                self._call = (candidate, method)
                self.idle_source = f"{service} over D-Bus"
                break
        if self._call is None:
            raise OSError("no idle-time service on the D-Bus session bus")

    def idle_seconds(self) -> float | None:
        assert self._call is not None
        interface, method = self._call
        reply = interface.call(method)
        values = reply.arguments()
        if not values or not isinstance(values[0], int):
            return None
        return float(values[0]) / 1000


class PresenceMonitor(QObject):
    """The platform's Presence, asked on its own thread: `idle_seconds()` and
    `fullscreen_in_front()` answer at once with the last reading (taken at most one reminder tick
    ago) and ask again in the background. A platform that stops answering reads as unknown."""

    changed = Signal()  # what can be seen is known, or the platform stopped answering

    def __init__(
        self,
        platform_name: str,
        detector: Callable[[str], Presence] = detect,
        timeout_seconds: float = PROBE_TIMEOUT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_source: str | None = None
        self.fullscreen_source: str | None = None
        self._presence: Presence | None = None
        self._idle: float | None = None
        self._fullscreen = False
        self.service = ServiceThread("user presence", timeout_seconds, self)
        self.service.became_unavailable.connect(self._lost)
        self.service.call(lambda: detector(platform_name), self._found)

    def _found(self, presence: Presence) -> None:
        self._presence = presence
        self.idle_source = presence.idle_source
        self.fullscreen_source = presence.fullscreen_source
        log.info(
            "idle time: %s; full-screen windows: %s",
            self.idle_source or "not available",
            self.fullscreen_source or "not visible",
        )
        self.changed.emit()
        self.refresh()

    def _lost(self, _reason: str) -> None:
        self.idle_source = self.fullscreen_source = None
        self.changed.emit()

    def refresh(self) -> None:
        """Ask the platform again, unless a question is already on its way."""
        presence = self._presence
        if presence is None or self.service.busy or not self.service.available:
            return
        self.service.call(
            lambda: (presence.idle_seconds(), presence.fullscreen_in_front()), self._read
        )

    def _read(self, answer: tuple[float | None, bool]) -> None:
        self._idle, self._fullscreen = answer

    def idle_seconds(self) -> float | None:
        """Seconds since the last input at the last reading; None when unknown."""
        self.refresh()
        return self._idle if self.service.available else None

    def fullscreen_in_front(self) -> bool:
        self.refresh()
        return self._fullscreen and self.service.available

    def stop(self) -> None:
        self.service.stop()
