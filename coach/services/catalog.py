"""The exercise library and routines in force: the built-ins, loaded from the resources when first
needed (not at start-up), with the active clinician plan's own exercises and routines added.

The catalog of one store is built when first asked for and kept with its `ServiceContext` until the
plan changes (`Change.PLAN`, or `Change.DATA` after an import): nothing has to tell this module
where plans are stored, and two stores (a test's, the command line's) never share one. Names are
kept as written here; the UI shows them in the user's language (`coach.ui.text.data`).

This module imports nothing heavy itself: the library and routines are read inside the functions.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach import paths
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError, read_failure

if TYPE_CHECKING:
    from pathlib import Path

    from coach.clock import Clock
    from coach.domain.exercises import Exercise, Library, LibraryError
    from coach.domain.plan import Plan
    from coach.domain.routines import Routine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Catalog:
    library: Library
    builtin_routines: tuple[Routine, ...]
    problems: tuple[LibraryError, ...]
    plan: Plan | None = None
    plan_routines: tuple[Routine, ...] = ()

    @property
    def routines(self) -> tuple[Routine, ...]:
        """Every routine that is not the user's own: the active plan's first, then built-ins."""
        return (*self.plan_routines, *self.builtin_routines)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return self.library.get(exercise_id)


@functools.cache
def builtin_catalog() -> Catalog:
    """The built-in exercises and routines alone (read once: they are part of the install)."""
    from coach.domain.routines import load_builtin_routines  # noqa: PLC0415
    from coach.services.plans import builtin_library  # noqa: PLC0415

    library = builtin_library()
    resources = paths.resources_dir()
    routines, routine_problems = load_builtin_routines(resources / "routines", library)
    problems = (*library.problems, *routine_problems)
    for problem in problems:
        log.error("resource problem: %s", problem)
    return Catalog(library, tuple(routines), problems)


class _Kept:
    """The catalog of one context, until its plan changes."""

    def __init__(self) -> None:
        self.catalog: Catalog | None = None

    def forget(self, change: Change) -> None:
        if change in (Change.PLAN, Change.DATA):
            self.catalog = None


_KEPT = "catalog"  # its key in ServiceContext.caches


def _kept_for(context: ServiceContext) -> _Kept:
    kept = context.caches.get(_KEPT)
    if not isinstance(kept, _Kept):
        kept = _Kept()
        context.caches[_KEPT] = kept
        context.changes.subscribe(kept.forget, first=True)  # before any screen reads it again
    return kept


class CatalogService:
    """The catalog of one store."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def catalog(self) -> Catalog:
        """The library and routines in force: the built-ins, with the active plan's own
        exercises and routines added."""
        kept = _kept_for(self._context)
        if kept.catalog is None:
            kept.catalog = self._build()
        return kept.catalog

    def _build(self) -> Catalog:
        from coach.domain.exercises import Library  # noqa: PLC0415
        from coach.services.plans import PlanService, plan_exercises  # noqa: PLC0415

        builtin = builtin_catalog()
        plan = PlanService(self._context).active()
        if plan is None:
            return builtin
        exercises = sorted(
            (*builtin.library.exercises, *plan_exercises(plan)), key=lambda e: e.name.lower()
        )
        # The range-of-motion table goes with it: a plan's own movements are checked against it.
        library = Library(
            tuple(exercises), builtin.library.problems, builtin.library.range_of_motion
        )
        return Catalog(library, builtin.builtin_routines, builtin.problems, plan, plan.routines)

    def all_routines(self) -> tuple[Routine, ...]:
        """Every routine the user can start: the active plan's, the built-ins and the user's own
        (user routines that cannot be read are left out; the Routines page reports them).
        ServiceError: the store cannot be read."""
        known = self.catalog()
        try:
            mine, _problems = self._context.repo.user_routines(known.library)
        except sqlite3.Error as error:
            raise read_failure(error, "reading the user's routines") from error
        return (*known.routines, *mine)

    def routine(self, routine_id: str) -> Routine | None:
        """The routine the user can start with this id (None: there is none)."""
        return next((r for r in self.all_routines() if r.id == routine_id), None)


def startable_routines(
    database: Path, clock: Clock
) -> tuple[tuple[Routine, ...], ServiceError | None]:
    """Every routine `coach start` can start, as the app's catalog has them (names as written, in
    English for the built-ins), read from the store at `database` without changing it (nothing
    created, migrated or backed up, so a running Coach is not disturbed). When the store cannot be
    read (damaged, an older version, being repaired): the built-ins and why. Qt-free, so `coach
    start --list` needs no display."""
    from coach.store.db import connect_read_only  # noqa: PLC0415
    from coach.store.repo import Repo  # noqa: PLC0415

    builtin = builtin_catalog().routines
    if not database.is_file():
        return builtin, None
    try:
        connection = connect_read_only(database)
    except sqlite3.Error as error:
        return builtin, read_failure(error, "opening the store to read the routines")
    try:
        context = ServiceContext(Repo(connection, clock), clock)
        return CatalogService(context).all_routines(), None
    except ServiceError as error:
        return builtin, error
    finally:
        connection.close()
