"""The one module that knows where Coach keeps its files.

Everything else asks here. `COACH_HOME=/some/dir` puts config, data, cache and logs under that one
folder (tests use it so nothing touches the real home). Without it the platform's usual folders are
used, through appdirs.
"""

import os
import sys
import zlib
from pathlib import Path

import appdirs

APP_NAME = "Coach"
APP_AUTHOR = "Coach"
ENV_HOME = "COACH_HOME"


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


def instance_lock_path() -> Path:
    return data_dir() / "coach.lock"


def instance_server_name() -> str:
    """A local-socket name unique to this user and this data folder, short enough for Unix sockets."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    # A checksum, not a cryptographic hash: it only has to tell this user's data folders apart,
    # and hashlib would load OpenSSL at every start.
    digest = zlib.crc32(str(data_dir()).encode())
    return f"coach-{user}-{digest:08x}"


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
