"""Start Coach at login, in the tray without a window: an XDG autostart entry on Linux, a Run
value in the registry on Windows, a LaunchAgent on macOS. The entry itself is the setting (there is
nothing else to keep in step), and removing it leaves nothing behind."""

import importlib
import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

from coach import paths

AUTOSTART_FLAG = "--autostart"
DESKTOP_FILE = "coach.desktop"
LAUNCH_AGENT_LABEL = "io.github.coach.Coach"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Coach"


class AutostartError(OSError):
    """The login entry could not be written or removed; the message says where."""


def command() -> list[str]:
    """How the login entry starts Coach: this installation, straight to the tray."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is Coach itself
        return [sys.executable, AUTOSTART_FLAG]
    interpreter = Path(sys.executable)
    windowless = interpreter.with_name("pythonw.exe")
    if sys.platform == "win32" and windowless.exists():
        interpreter = windowless  # python.exe would open a console window at every login
    return [str(interpreter), "-m", "coach", AUTOSTART_FLAG]


def linux_entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / DESKTOP_FILE


def mac_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def desktop_entry(arguments: list[str], icon: Path) -> str:
    """An XDG desktop entry that runs `arguments` (quoted as the Desktop Entry spec asks)."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Coach",
            "Comment=Desk exercise, heat and movement-break coach",
            f"Exec={' '.join(_exec_quote(a) for a in arguments)}",
            f"Icon={icon}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def _exec_quote(argument: str) -> str:
    """Quote one Exec argument: reserved characters need double quotes, and inside them `"`,
    backquote, `$` and backslash are escaped with a backslash; `%` is doubled (field codes)."""
    argument = argument.replace("%", "%%")
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def is_enabled() -> bool:
    if sys.platform == "win32":
        return _windows_value() is not None
    if sys.platform == "darwin":
        return mac_agent_path().exists()
    return linux_entry_path().exists()


def enable() -> Path | str:
    """Create the login entry; returns where it is (a path, or the registry key)."""
    arguments = command()
    try:
        if sys.platform == "win32":
            _set_windows_value(subprocess.list2cmdline(arguments))
            return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"
        if sys.platform == "darwin":
            target = mac_agent_path()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(
                plistlib.dumps(
                    {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": arguments, "RunAtLoad": True}
                )
            )
            return target
        target = linux_entry_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        icon = paths.resources_dir() / "icons" / "coach-256.png"
        target.write_text(desktop_entry(arguments, icon), encoding="utf-8")
        return target
    except OSError as error:
        raise AutostartError(f"could not create the login entry: {error}") from error


def disable() -> None:
    """Remove the login entry (and the autostart folder, if that leaves it empty)."""
    try:
        if sys.platform == "win32":
            _delete_windows_value()
            return
        target = mac_agent_path() if sys.platform == "darwin" else linux_entry_path()
        target.unlink(missing_ok=True)
        if sys.platform != "darwin" and target.parent.is_dir() and not any(target.parent.iterdir()):
            target.parent.rmdir()
    except OSError as error:
        raise AutostartError(f"could not remove the login entry: {error}") from error


def describe(arguments: list[str]) -> str:
    """The command as a person would type it (for messages and the log)."""
    return shlex.join(arguments)


def _windows_value() -> str | None:
    winreg = _winreg()

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
            return str(value)
    except FileNotFoundError:
        return None


def _set_windows_value(value: str) -> None:
    winreg = _winreg()

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)


def _delete_windows_value() -> None:
    winreg = _winreg()

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        return


def _winreg() -> Any:
    """The winreg module (Windows only; typed loosely so the checks also pass elsewhere)."""
    return importlib.import_module("winreg")
