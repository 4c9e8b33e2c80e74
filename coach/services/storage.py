"""The store as the app opens, backs up, checks and closes it.

Start-up, the daily backup and `coach selftest` need the database file itself (its path, what was
repaired when it was opened, a backup, a test write); this keeps them above the store like every
other action, and turns the store's errors into a `ServiceError`.
"""

import logging
import sqlite3
from pathlib import Path
from typing import NamedTuple

from coach.clock import Clock
from coach.domain.messages import Message
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError, store_failure
from coach.store.db import Database, maybe_backup, open_database, probe_write, schema_version
from coach.store.errors import StoreError
from coach.store.repo import Repo

log = logging.getLogger(__name__)


class Repair(NamedTuple):  # not a frozen dataclass: cheaper to define on the start-up path
    """A damaged database that was moved aside and replaced when the store was opened."""

    what: Message  # what was wrong, where it went and what took its place
    kept: tuple[Path, ...]  # every file moved aside (nothing is deleted)


class StorageService:
    """The open database of one app (or one command)."""

    def __init__(self, context: ServiceContext, database: Database) -> None:
        self.context = context
        self.database = database

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def backup_dir(self) -> Path:
        return self.database.backup_dir

    def repairs(self) -> list[Repair]:
        """What was repaired when the store was opened."""
        return [Repair(r.describe(), r.kept_files()) for r in self.database.recoveries]

    def schema_version(self) -> int:
        try:
            return schema_version(self.database.connection)
        except sqlite3.Error as error:
            raise store_failure(error, "reading the schema version") from error

    def probe_write(self) -> None:
        """A committed write and its removal: ServiceError when the store cannot be written."""
        try:
            probe_write(self.database.connection)
        except sqlite3.Error as error:
            raise store_failure(error, "the test write") from error

    def back_up_if_due(self) -> Path | None:
        """Today's backup, unless it was made already (the new file, or None); ServiceError
        when it cannot be made."""
        try:
            return maybe_backup(
                self.database.connection, self.database.backup_dir, self.context.clock.now()
            )
        except OSError as error:
            raise ServiceError(Message("{reason}", reason=str(error)), error) from error
        except sqlite3.Error as error:
            raise store_failure(error, "the daily backup") from error

    def adopt_bundled_plan(self) -> None:
        """The first start of an installer built with a plan adopts it (see coach.services.plans)."""
        from coach.domain.plan import PlanError  # noqa: PLC0415
        from coach.services.plans import PlanService  # noqa: PLC0415

        try:
            PlanService(self.context).adopt_bundled()  # announces Change.PLAN when adopted
        except (PlanError, OSError, ServiceError) as error:
            # The build checked the plan, so this is a damaged installation: say so in the log
            # and start with the user's own settings.
            log.error("the plan built into this installer cannot be adopted: %s", error)

    def close(self) -> None:
        self.database.close()


def open_storage(
    database_path: Path,
    backup_dir: Path,
    damaged_dir: Path,
    clock: Clock,
    read_only_ok: bool = False,
) -> StorageService:
    """Open (migrate, check, recover if needed, back up) the store, with a fresh change hub;
    ServiceError says which file cannot be used and what to do. `read_only_ok`: a store that
    cannot be written is opened all the same, for reading only (`coach export`), and nothing in
    it changes. Otherwise a first-run "yes" kept without its safety flag (answered before
    Coach kept them) gets its flag now, before anything reads the flags."""
    try:
        database = open_database(
            database_path, clock, backup_dir, damaged_dir, read_only_ok=read_only_ok
        )
    except StoreError as error:
        raise store_failure(error, "opening the store") from error
    context = ServiceContext(Repo(database.connection, clock), clock)
    if not read_only_ok:
        _catch_up_safety_flags(context)
    return StorageService(context, database)


def _catch_up_safety_flags(context: ServiceContext) -> None:
    """Flag earlier urgent first-run answers (CLINICAL.md section 4a); a store that cannot be
    written now is no reason not to start: logged, and tried again at the next open."""
    from coach.services.safety import SafetyService  # noqa: PLC0415

    try:
        SafetyService(context).catch_up_first_run()
    except ServiceError as error:
        log.error("earlier first-run answers could not be checked for safety flags: %s", error)
