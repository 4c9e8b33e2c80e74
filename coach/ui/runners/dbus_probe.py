"""Does a D-Bus bus answer? Asked with a plain socket and a time limit, before Qt connects to it.

Qt's `QDBusConnection.systemBus()` and `sessionBus()` keep Python's lock while they connect: with a
bus daemon that accepts and never answers, the whole app froze, whatever thread made the call.
So before Coach lets Qt connect to a bus, it opens the bus's socket itself and starts the D-Bus
handshake (AUTH EXTERNAL); a daemon that answers anything within the limit is alive. Plain sockets
give Python's lock back while they wait, and this runs on a service thread (coach.ui.runners.background).
"""

import os
import socket
from pathlib import Path

SYSTEM_BUS_DEFAULT = "unix:path=/var/run/dbus/system_bus_socket"
PROBE_SECONDS = 2.0


def system_bus_address() -> str:
    return os.environ.get("DBUS_SYSTEM_BUS_ADDRESS") or SYSTEM_BUS_DEFAULT


def session_bus_address() -> str | None:
    """The session bus's address; None when there is none to be found."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


def _socket_for(entry: str) -> tuple[int, object] | None:
    """(address family, socket address) for one D-Bus address entry Coach can reach, else None."""
    transport, _, rest = entry.partition(":")
    keys = dict(part.partition("=")[::2] for part in rest.split(",") if part)
    if transport == "unix" and keys.get("path"):
        return socket.AF_UNIX, keys["path"]
    if transport == "unix" and keys.get("abstract"):
        return socket.AF_UNIX, "\0" + keys["abstract"]
    if transport == "tcp" and keys.get("host") and keys.get("port", "").isdigit():
        return socket.AF_INET, (keys["host"], int(keys["port"]))
    return None


def bus_answers(address: str | None, timeout: float = PROBE_SECONDS) -> bool:
    """True when the bus at `address` answers the start of the handshake within `timeout`."""
    if not address:
        return False
    for entry in address.split(";"):
        target = _socket_for(entry.strip())
        if target is None:
            continue
        family, where = target
        try:
            with socket.socket(family, socket.SOCK_STREAM) as connection:
                connection.settimeout(timeout)
                connection.connect(where)  # type: ignore[arg-type]
                uid = str(os.getuid()).encode().hex() if hasattr(os, "getuid") else ""
                connection.sendall(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
                if connection.recv(256):
                    return True
        except OSError:
            continue
    return False
