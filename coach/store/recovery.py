"""Recovery from a damaged database file: the unusable file is moved aside into the `damaged`
folder, never deleted, and the newest readable copy (a backup, or a copy in `damaged` newer than
the last backup) is restored in its place; a `Recovery` tells the user what happened and names every
file kept. `coach.store.db.open_database` loads this module only when a file needs it.
"""

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coach.domain.messages import Message
from coach.store.db import (
    BACKUP_SUFFIX,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    RecoveryReason,
    integrity_problems,
    list_backups,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    """What was done about a damaged database file, for the user to read."""

    reason: RecoveryReason
    detail: Message | str  # a plain text is SQLite's own
    moved_to: Path
    restored_from: Path | None
    kept: tuple[Path, ...] = ()  # every file moved aside: `moved_to` and its companions
    from_backup: bool = True  # else `restored_from` is a copy set aside in the damaged folder

    def kept_files(self) -> tuple[Path, ...]:
        return self.kept or (self.moved_to,)

    def describe(self) -> Message:
        what = {
            RecoveryReason.NOT_A_DATABASE: Message("was not a Coach database"),
            RecoveryReason.DAMAGED: Message("was damaged"),
            RecoveryReason.NEWER_VERSION: Message("was written by a newer version of Coach"),
        }[self.reason]
        if self.restored_from is None:
            restored = Message(
                "No usable backup was found, so Coach started with an empty database."
            )
        elif self.from_backup:
            restored = Message(
                "Your data was restored from the backup {name}.", name=self.restored_from.name
            )
        else:
            restored = Message(
                "Your data was restored from {path}, a copy set aside earlier that is newer than "
                "the last backup (it is kept there too).",
                path=str(self.restored_from),
            )
        return Message(
            "The database {what} ({detail}). It was moved to {path}. {restored}",
            what=what,
            detail=self.detail,
            path=", ".join(str(kept) for kept in self.kept_files()),
            restored=restored,
        )


def recover(
    path: Path,
    reason: RecoveryReason,
    detail: Message | str,
    backup_dir: Path,
    damaged_dir: Path,
    now: datetime,
) -> Recovery:
    """Put the newest readable copy in place of the unusable file, which is moved aside. The copy
    is made first, beside the database: when that fails (a full disk), nothing has moved."""
    source = _newest_good_copy(backup_dir, damaged_dir)
    restoring = path.with_name(path.name + ".restoring")
    if source is not None:
        _copy_database(source, restoring)
    try:
        kept = _move_aside(path, damaged_dir, now)
    except BaseException:
        restoring.unlink(missing_ok=True)
        raise
    if source is not None:
        os.replace(restoring, path)
        log.info("restored %s from %s", path, source)
    from_backup = source is None or source.parent == backup_dir
    return Recovery(reason, detail, kept[0], source, kept, from_backup)


def _newest_good_copy(backup_dir: Path, damaged_dir: Path) -> Path | None:
    """The most recently written copy that reads well: a backup, or a file set aside in
    `damaged_dir` (by an older Coach, or for a reason since fixed) that is newer."""
    candidates = [(_written_at(p), 1, p) for p in list_backups(backup_dir)]
    if damaged_dir.is_dir():
        candidates += [
            (_written_at(p), 0, p) for p in damaged_dir.iterdir() if p.suffix == BACKUP_SUFFIX
        ]
    for _when, _kind, candidate in sorted(candidates, reverse=True):
        if _backup_is_good(candidate):
            return candidate
        log.warning("%s is not usable, trying an older copy", candidate)
    return None


def _written_at(path: Path) -> float:
    """When a database file (with its WAL) was last written."""
    try:
        times = [path.stat().st_mtime]
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            times.append(wal.stat().st_mtime)
        return max(times)
    except OSError:
        return 0.0


def _copy_database(source: Path, target: Path) -> None:
    """A complete copy of `source` (with what its WAL holds) at `target`, or none at all."""
    target.unlink(missing_ok=True)
    try:
        reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _move_aside(path: Path, damaged_dir: Path, now: datetime) -> tuple[Path, ...]:
    """Move the database and its WAL/SHM companions into `damaged_dir`; return the new paths,
    the database's first."""
    damaged_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = damaged_dir / f"{path.stem}-{stamp}{path.suffix}"
    counter = 1
    while target.exists():
        target = damaged_dir / f"{path.stem}-{stamp}-{counter}{path.suffix}"
        counter += 1
    os.replace(path, target)
    moved = [target]
    for companion in ("-wal", "-shm"):
        side = path.with_name(path.name + companion)
        if side.exists():
            os.replace(side, target.with_name(target.name + companion))
            moved.append(target.with_name(target.name + companion))
    return tuple(moved)


def _backup_is_good(candidate: Path) -> bool:
    try:
        with candidate.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return False
        connection = sqlite3.connect(f"{candidate.as_uri()}?mode=ro", uri=True)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            return bool(version <= SCHEMA_VERSION and not integrity_problems(connection))
        finally:
            connection.close()
    except (OSError, sqlite3.DatabaseError):
        return False
