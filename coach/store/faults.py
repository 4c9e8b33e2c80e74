"""Faults from outside Coach, told apart from damage to its database.

A full disk, a read-only file or folder, a missing permission, an input/output error or another
program holding the file are not damage: the database is never moved aside for them. The user is
told what is wrong with which file or folder and what to do, and a write that could not be made is
said to be not saved (`StoreWriteError`).
"""

import errno
import logging
import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coach.domain.messages import Message
from coach.store import errors

log = logging.getLogger(__name__)

# Below this much free space, an input/output error is taken for a full disk (SQLite reports a
# full disk as "disk I/O error" when it cannot grow its shared-memory file).
LOW_SPACE_BYTES = 1024 * 1024

StoreError = errors.StoreError  # the exceptions these faults are reported with; imported from here
StoreWriteError = errors.StoreWriteError


class FaultKind(StrEnum):
    FULL = "disk full"
    READ_ONLY = "read-only"
    PERMISSION = "permission denied"
    IO = "input/output error"
    BUSY = "in use"


@dataclass(frozen=True)
class Fault:
    """What is wrong outside Coach, and with which file or folder."""

    kind: FaultKind
    where: Path
    detail: str  # the system's own words, for the log and the details

    def reason(self) -> Message:
        """What is wrong and what to do, in plain words."""
        where = str(self.where)
        if self.kind is FaultKind.FULL:
            return Message(
                "the disk holding {where} is full. Free some space on that disk, then try again.",
                where=where,
            )
        if self.kind is FaultKind.READ_ONLY:
            return Message(
                "{where} is read-only. Make it writable again (or mount its disk read-write), "
                "then try again.",
                where=where,
            )
        if self.kind is FaultKind.PERMISSION:
            return Message(
                "Coach is not allowed to write to {where}. Give your user account write "
                "permission to it, then try again.",
                where=where,
            )
        if self.kind is FaultKind.BUSY:
            return Message(
                "{where} is in use by another program. Close it or wait a moment, then try again.",
                where=where,
            )
        return Message(
            "the disk holding {where} reported an input/output error ({detail}). Check that "
            "disk (and that it is still connected), then try again.",
            where=where,
            detail=self.detail,
        )

    def cannot_open(self, database: Path) -> Message:
        return Message(
            "Coach cannot open its database {path}: {reason} Nothing was changed or moved.",
            path=str(database),
            reason=self.reason(),
        )

    def not_saved(self) -> Message:
        return Message("Not saved: {reason}", reason=self.reason())


_SQLITE_KINDS = {
    sqlite3.SQLITE_FULL: FaultKind.FULL,
    sqlite3.SQLITE_READONLY: FaultKind.READ_ONLY,
    sqlite3.SQLITE_PERM: FaultKind.PERMISSION,
    sqlite3.SQLITE_CANTOPEN: FaultKind.PERMISSION,  # refined by looking at the folder
    sqlite3.SQLITE_IOERR: FaultKind.IO,
    sqlite3.SQLITE_BUSY: FaultKind.BUSY,
    sqlite3.SQLITE_LOCKED: FaultKind.BUSY,
}
_ERRNO_KINDS = {
    errno.ENOSPC: FaultKind.FULL,
    errno.EDQUOT: FaultKind.FULL,
    errno.EROFS: FaultKind.READ_ONLY,
    errno.EACCES: FaultKind.PERMISSION,
    errno.EPERM: FaultKind.PERMISSION,
    errno.EIO: FaultKind.IO,
}


def is_damage(error: BaseException) -> bool:
    """Whether SQLite says the file itself is damaged (or not a database at all)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
    )


def diagnose(error: BaseException, database: Path) -> Fault | None:
    """The fault outside Coach behind `error`, met while using the database file `database`
    (None when the error is not one: damage, a broken rule, a bug)."""
    kind = _kind_of(error)
    if kind is None:
        return None
    detail = str(error)
    if isinstance(error, OSError):
        detail = error.strerror or detail
    kind, where = _refine(kind, error, database)
    return Fault(kind, where, detail)


def _refine(kind: FaultKind, error: BaseException, database: Path) -> tuple[FaultKind, Path]:
    """Which file or folder is at fault, and how: the state of the disk and of the files says
    more than SQLite's code (a full disk is often reported as an I/O error, a read-only folder
    as "unable to open")."""
    folder = database.parent
    if kind is FaultKind.BUSY:
        return kind, database
    if _low_space(folder):
        return FaultKind.FULL, folder
    if _read_only_disk(folder):
        return FaultKind.READ_ONLY, folder
    if kind in (FaultKind.IO, FaultKind.FULL):
        return kind, folder
    if isinstance(error, OSError) and error.filename:
        blamed: Path | None = Path(os.fsdecode(error.filename))
    else:
        blamed = _first_unwritable(database)
    if blamed is None:
        return kind, database
    return (FaultKind.READ_ONLY if _immutable(blamed) else FaultKind.PERMISSION), blamed


def _kind_of(error: BaseException) -> FaultKind | None:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE_KINDS.get(code & 0xFF)
        if isinstance(error, sqlite3.OperationalError) and "readonly" in str(error):
            return FaultKind.READ_ONLY  # raised without a code (an older SQLite)
        return None
    if isinstance(error, OSError) and error.errno is not None:
        return _ERRNO_KINDS.get(error.errno)
    return None


def database_file(connection: sqlite3.Connection) -> Path:
    """The file of the connection's main database."""
    for _seq, name, file in connection.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return Path("coach.sqlite3")


def write_failure(error: BaseException, connection: sqlite3.Connection) -> StoreWriteError | None:
    """A `StoreWriteError` for a write on `connection` that failed with `error`, when the cause
    is outside Coach (logged); None otherwise."""
    try:
        database = database_file(connection)
    except sqlite3.Error:
        return None
    fault = diagnose(error, database)
    if fault is None:
        return None
    # The caller tells the user (and logs it where it is not said on the command line).
    log.info("not saved (%s, %s): %s", fault.kind.value, fault.where, fault.detail)
    return StoreWriteError(fault)


def _low_space(folder: Path) -> bool:
    try:
        stat = os.statvfs(_existing(folder))
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
    return stat.f_bavail * stat.f_frsize < LOW_SPACE_BYTES


def _read_only_disk(folder: Path) -> bool:
    try:
        stat = os.statvfs(_existing(folder))
    except (OSError, AttributeError):
        return False
    return bool(stat.f_flag & os.ST_RDONLY)


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _first_unwritable(database: Path) -> Path | None:
    """The database file, its companions or its folder, whichever cannot be written."""
    for path in (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
    ):
        if path.exists() and not os.access(path, os.W_OK):
            return path
    folder = _existing(database.parent)
    if not os.access(folder, os.W_OK | os.X_OK):
        return folder
    return None


def _immutable(path: Path) -> bool:
    """Whether a file or folder is marked immutable (Linux `chattr +i`, BSD/macOS `uchg`)."""
    try:
        flags = getattr(os.stat(path), "st_flags", None)
        if flags is not None:
            return bool(flags & 0x2)  # UF_IMMUTABLE
        import fcntl  # noqa: PLC0415
        import struct  # noqa: PLC0415

        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            raw = fcntl.ioctl(descriptor, _FS_IOC_GETFLAGS, b"\0" * 8)
        finally:
            os.close(descriptor)
    except (OSError, ImportError):
        return False
    return bool(struct.unpack("l", raw)[0] & _FS_IMMUTABLE_FL)


_FS_IOC_GETFLAGS = 0x80086601  # Linux, <linux/fs.h>
_FS_IMMUTABLE_FL = 0x10
