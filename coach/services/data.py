"""All of the user's data at once: export as CSV files or one JSON backup, and import a backup.

The File menu and `coach export` / `coach import` run this same code. An import may bring a plan,
its reminders and heat limits and many records: it announces `Change.DATA`, and everything shown
is read again. A large backup takes seconds: the app imports it on a thread of its own
(`ImportJob`), which tells how far it got and can be stopped with nothing imported.
"""

import sqlite3
from collections.abc import Callable
from pathlib import Path

from coach.domain.messages import Message
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError, read_failure, store_failure
from coach.store import key_index
from coach.store.db import connect
from coach.store.export import BackupError, import_backup, store_file, write_csv, write_json

# Told (rows done, rows in the file) now and then; returning False stops the import.
ImportProgress = Callable[[int, int], bool | None]
# An import stopped by its progress callback: nothing was imported.
ImportCancelledError = key_index.ImportCancelledError


def file_failure(error: OSError) -> ServiceError:
    """A file that could not be written or read, in the system's words (the cause keeps the
    details: the command line says only `strerror`)."""
    return ServiceError(Message("{reason}", reason=str(error)), error)


class DataService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def export_csv(self, folder: Path) -> list[Path]:
        """One CSV file per table in `folder` (made if missing); the files written."""
        try:
            return write_csv(self._context.repo.connection, folder)
        except OSError as error:
            raise file_failure(error) from error
        except sqlite3.Error as error:
            raise read_failure(error, "exporting CSV files") from error

    def export_json(self, target: Path) -> None:
        """One JSON backup of everything, which `import_backup` reads back."""
        try:
            write_json(self._context.repo.connection, target)
        except OSError as error:
            raise file_failure(error) from error
        except sqlite3.Error as error:
            raise read_failure(error, "writing a backup") from error

    def import_backup(self, source: Path, progress: ImportProgress | None = None) -> dict[str, int]:
        """Merge the backup in `source` (rows already stored are skipped, settings already set are
        kept); how many rows each table got. ServiceError or ImportCancelledError (`progress`
        returned False): nothing was imported."""
        added = _import(self._context.repo.connection, source, progress)
        self.announce_import()
        return added

    def import_job(self, source: Path) -> "ImportJob":
        """The import of `source` for another thread to run (ImportJob.run); this thread then
        calls `announce_import`."""
        database = store_file(self._context.repo.connection)
        if database is None:  # Coach always opens a file; only a test could make this
            raise ValueError("a store in memory cannot be imported into from another thread")
        return ImportJob(database, source)

    def announce_import(self) -> None:
        """After an import: everything shown is read again."""
        self._context.changes.announce(Change.DATA)


class ImportJob:
    """An import run on a thread of its own. SQLite connections stay on the thread that opened
    them, so it opens its own connection to the store's file, commits in one transaction (a
    reader elsewhere sees all of it or none) and closes it. Announcing the change is left to the
    thread that shows it (`DataService.announce_import`)."""

    def __init__(self, database: Path, source: Path) -> None:
        self.database = database
        self.source = source

    def run(self, progress: ImportProgress | None = None) -> dict[str, int]:
        """As `DataService.import_backup`, on the calling thread, without announcing."""
        try:
            connection = connect(self.database)
        except sqlite3.Error as error:
            raise store_failure(error, "opening the store to import a backup") from error
        try:
            return _import(connection, self.source, progress)
        finally:
            connection.close()


def _import(
    connection: sqlite3.Connection, source: Path, progress: ImportProgress | None
) -> dict[str, int]:
    try:
        return import_backup(connection, source, progress)
    except BackupError as error:
        raise ServiceError(error.message, error) from error
    except sqlite3.Error as error:
        raise store_failure(error, "importing a backup") from error
