"""The one module that knows where Coach keeps its files.

Everything else asks here. `COACH_HOME=/some/dir` puts config, data, cache and logs under that one
folder (tests use it so nothing touches the real home). Without it the platform's usual folders are
used, through appdirs.
"""

import logging
import os
import stat
import sys
import zlib
from pathlib import Path

import appdirs

APP_NAME = "Coach"
APP_AUTHOR = "Coach"
ENV_HOME = "COACH_HOME"
# The longest Unix socket path that fits every system's sun_path (104 bytes on macOS, 108 on Linux,
# each with the closing NUL).
SOCKET_PATH_MAX = 103

log = logging.getLogger(__name__)


def _home_override() -> Path | None:
    value = os.environ.get(ENV_HOME, "").strip()
    return Path(value).expanduser().resolve() if value else None


def _dir(kind: str) -> Path:
    override = _home_override()
    if override is not None:
        path = override / kind
    elif kind == "config":
        path = Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    elif kind == "data":
        path = Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    elif kind == "cache":
        path = Path(appdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    else:
        path = Path(appdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """User configuration (small files the user might copy between machines)."""
    return _dir("config")


def data_dir() -> Path:
    """User data: the database and its backups."""
    return _dir("data")


def cache_dir() -> Path:
    """Things that can be rebuilt at any time."""
    return _dir("cache")


def log_dir() -> Path:
    """Rotating log files."""
    return _dir("logs")


def database_path() -> Path:
    return data_dir() / "coach.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def damaged_dir() -> Path:
    """Where damaged database files are moved (created when first needed); never deleted."""
    return data_dir() / "damaged"


def log_file() -> Path:
    return log_dir() / "coach.log"


def stall_file() -> Path:
    """Where the stall watchdog writes every thread's stack when the window stops responding."""
    return log_dir() / "stalls.log"


def instance_lock_path() -> Path:
    return data_dir() / "coach.lock"


def instance_server_name() -> str:
    """The single-instance channel, one per user and data folder. On Windows a named pipe's name
    (Qt's UserAccessOption keeps it to this user); elsewhere the full path of a Unix socket in this
    user's own runtime folder (`runtime_dir`), never a name other accounts can predict and take."""
    # A checksum, not a cryptographic hash: it only has to tell this user's data folders apart,
    # and hashlib would load OpenSSL at every start.
    digest = zlib.crc32(str(data_dir()).encode())
    if sys.platform == "win32":
        user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
        return f"coach-{user}-{digest:08x}"
    return str(runtime_dir() / f"coach-{digest:08x}")


SOCKET_NAME_LENGTH = len("/coach-01234567")


def runtime_dir() -> Path:
    """A folder for this user's sockets that no other account can write to (not on Windows).

    `$XDG_RUNTIME_DIR` when it is this user's and not writable by others; else `coach-<uid>` in the
    temporary folder (per-user on macOS), made with mode 0700 and checked after it is made; else
    Coach's cache folder. A folder whose socket path would be too long is skipped. When none will
    do, the temporary one is returned anyway: the channel checks it again before every use
    (`folder_problem`) and refuses it with the reason."""
    import tempfile  # noqa: PLC0415  # (random, bz2, lzma...): only where it is needed

    uid = os.getuid()
    private = Path(tempfile.gettempdir()) / f"coach-{uid}"
    candidates: list[tuple[Path, bool]] = []
    xdg = os.environ.get("XDG_RUNTIME_DIR", "")
    if xdg and os.path.isabs(xdg):
        candidates.append((Path(xdg), False))
    candidates.append((private, True))
    candidates.append((cache_dir(), False))
    for folder, made_here in candidates:
        if len(os.fsencode(folder)) + SOCKET_NAME_LENGTH > SOCKET_PATH_MAX:
            log.info("%s is too long a folder for a socket", folder)
            continue
        problem = _make_private(folder, uid) if made_here else folder_problem(folder, uid)
        if problem is None:
            return folder
        log.warning("not using %s for Coach's channel: %s", folder, problem)
    return private


def _make_private(folder: Path, uid: int) -> str | None:
    """Make `folder` with mode 0700 unless it is there; None when it is then a real folder of
    this user's with mode 0700 (one of ours with looser rights is tightened), else what is wrong."""
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError as error:
        return f"cannot make {folder}: {error.strerror or error}"
    try:
        # Opened without following a link, so the folder tightened is the one looked at.
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return folder_problem(folder, uid, private=True)  # says what is there instead
    try:
        info = os.fstat(descriptor)
        if info.st_uid == uid and stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(descriptor, 0o700)
    except OSError as error:
        return f"cannot restrict {folder} to you: {error.strerror or error}"
    finally:
        os.close(descriptor)
    return folder_problem(folder, uid, private=True)


def folder_problem(folder: Path, uid: int, private: bool = False) -> str | None:
    """Why `folder` is no place for this user's socket, or None when it is: a real folder (not a
    symbolic link) owned by `uid` that no one else can write to (with `private`, nor read)."""
    try:
        info = os.lstat(folder)
    except OSError as error:
        return f"cannot look at {folder}: {error.strerror or error}"
    if stat.S_ISLNK(info.st_mode):
        return f"{folder} is a symbolic link"
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder"
    if info.st_uid != uid:
        return f"{folder} belongs to another user (uid {info.st_uid})"
    others = 0o077 if private else 0o022
    if info.st_mode & others:
        return f"{folder} is open to other users (mode {stat.S_IMODE(info.st_mode):o})"
    return None


def socket_problem(path: Path, uid: int) -> str | None:
    """Why the socket at `path` must not be used (listened on, or written to) by this user, or
    None: its folder must pass `folder_problem`, and what is at `path`, if anything, must be a
    socket owned by `uid`. Nothing there is fine (no Coach is listening yet)."""
    problem = folder_problem(path.parent, uid)
    if problem is not None:
        return problem
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"cannot look at {path}: {error.strerror or error}"
    if not stat.S_ISSOCK(info.st_mode):
        return f"{path} is not a socket"
    if info.st_uid != uid:
        return f"the socket {path} belongs to another user (uid {info.st_uid})"
    return None


def resources_dir() -> Path:
    """The read-only resources (exercises, icons, sounds): in the installed package, then in a
    PyInstaller bundle, then in the source tree (an editable install does not copy them)."""
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "resources"]
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.append(Path(bundle_root) / "coach" / "resources")
    candidates.append(package_dir.parent / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Coach's resources folder is missing (looked in {searched})")


def bundled_plan_path() -> Path:
    """Where an installer built with `COACH_PLAN=... make bundle` keeps the clinician plan it was
    built with; absent in ordinary installs. The first start of such a bundle adopts it."""
    return resources_dir() / "bundled" / "plan.coachplan"
