"""Finds, before Qt is loaded, why Qt could not start here, and says it in one line with the fix.

Qt itself aborts with a long message ("could not load the Qt platform plugin xcb") when a display or a
system library is missing; this module turns those cases into a sentence naming what to install.
"""

import os
import re
import sys

# Libraries the xcb platform plugin loads, and the Debian package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

# Libraries that QtGui itself needs on any platform, and their Debian packages.
QTGUI_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
}


def _loadable(soname: str) -> bool:
    # ctypes is loaded only on the X11 path, not at every start.
    import ctypes  # noqa: PLC0415

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _install_hint(packages: list[str]) -> str:
    names = sorted(set(packages))
    pronoun = "it" if len(names) == 1 else "them"
    return f"install {pronoun} with: sudo apt install " + " ".join(names)


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """A one-line explanation when the GUI cannot start on this Linux machine, else None."""
    env = dict(os.environ) if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform and platform != "xcb":
        return None
    if platform == "" and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set): start Coach "
            "from a desktop session, or set QT_QPA_PLATFORM=offscreen for 'coach selftest'"
        )
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not _loadable(lib)]
    if missing:
        return (
            "Qt cannot start on X11 because system libraries are missing ("
            + ", ".join(missing)
            + "); "
            + _install_hint(missing)
        )
    return None


def explain_import_error(error: ImportError) -> str:
    """One line for a failed `import PySide6...`: which library is missing and which package has it."""
    text = str(error)
    match = re.search(r"(lib[\w.+-]+\.so[\w.]*)", text)
    if match:
        library = match.group(1)
        package = QTGUI_LIBRARIES.get(library) or XCB_LIBRARIES.get(library)
        if package:
            return f"Qt cannot start because {library} is missing; {_install_hint([package])}"
        return f"Qt cannot start because the system library {library} is missing ({text})"
    return f"Qt could not be loaded ({text}); reinstall Coach with 'make run'"
