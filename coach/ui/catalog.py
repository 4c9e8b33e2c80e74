"""The exercise library and routines in force: the built-ins, loaded from the resources when first
needed (not at start-up), with the active clinician plan's own exercises and routines added.

This module imports nothing heavy itself, so start-up can tell it where plans are stored.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach import paths
from coach.ui.text.data import exercise_name

if TYPE_CHECKING:
    from coach.domain.exercises import Exercise, Library, LibraryError
    from coach.domain.plan import Plan
    from coach.domain.routines import Routine
    from coach.store.repo import Repo

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

    def exercise_name(self, exercise_id: str) -> str:
        """The exercise's name as shown (in the user's language, a plan's own as written)."""
        exercise = self.library.get(exercise_id)
        return exercise_name(exercise) if exercise else exercise_id


_plans_repo: Repo | None = None  # where the active plan is stored (set at start-up)


@functools.cache
def _builtin_catalog() -> Catalog:
    from coach.domain.routines import load_builtin_routines  # noqa: PLC0415
    from coach.planning import builtin_library  # noqa: PLC0415

    library = builtin_library()
    resources = paths.resources_dir()
    routines, routine_problems = load_builtin_routines(resources / "routines", library)
    problems = (*library.problems, *routine_problems)
    for problem in problems:
        log.error("resource problem: %s", problem)
    return Catalog(library, tuple(routines), problems)


@functools.cache
def catalog() -> Catalog:
    """The library and routines in force: the built-ins, with the active plan's own exercises and
    routines added (see `use_plan`)."""
    builtin = _builtin_catalog()
    if _plans_repo is None:
        return builtin
    from coach.domain.exercises import Library  # noqa: PLC0415
    from coach.planning import active_plan, plan_exercises  # noqa: PLC0415

    plan = active_plan(_plans_repo)
    if plan is None:
        return builtin

    exercises = sorted(
        (*builtin.library.exercises, *plan_exercises(plan)), key=lambda e: e.name.lower()
    )
    library = Library(tuple(exercises), builtin.library.problems)
    return Catalog(library, builtin.builtin_routines, builtin.problems, plan, plan.routines)


def all_routines(repo: Repo) -> tuple[Routine, ...]:
    """Every routine the user can start: the active plan's, the built-ins and the user's own
    (user routines that cannot be read are left out; the Routines page reports them)."""
    known = catalog()
    mine, _problems = repo.user_routines(known.library)
    return (*known.routines, *mine)


def read_plans_from(repo: Repo | None) -> None:
    """Include the active plan stored in `repo` (None: the built-ins only), read when the catalog
    is next needed."""
    global _plans_repo  # noqa: PLW0603
    _plans_repo = repo
    catalog.cache_clear()


def plan_changed() -> None:
    """The active plan changed: the catalog is rebuilt when next needed."""
    catalog.cache_clear()
