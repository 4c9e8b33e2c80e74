"""All of the user's data at once: export as CSV files or one JSON backup, and import a backup.

The File menu and `coach export` / `coach import` run this same code. An import may bring a plan,
its reminders and heat limits and many records: it announces `Change.DATA`, and everything shown
is read again.
"""

import sqlite3
from pathlib import Path

from coach.domain.messages import Message
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError, read_failure, store_failure
from coach.store.export import BackupError, import_backup, write_csv, write_json


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

    def import_backup(self, source: Path) -> dict[str, int]:
        """Merge the backup in `source` (rows already stored are skipped, settings already set are
        kept); how many rows each table got. ServiceError: nothing was imported."""
        try:
            added = import_backup(self._context.repo.connection, source)
        except BackupError as error:
            raise ServiceError(error.message, error) from error
        except sqlite3.Error as error:
            raise store_failure(error, "importing a backup") from error
        self._context.changes.announce(Change.DATA)
        return added
