"""The catalog of one store: the built-ins with the active plan's exercises and routines, kept
with its context until the plan changes (no global to set or clear), and the routines
`coach start` can start, read without changing the store."""

import gc
import weakref
from pathlib import Path

from coach.clock import FakeClock
from coach.domain.routines import Routine, RoutineStep
from coach.services.catalog import CatalogService, builtin_catalog, startable_routines
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.plans import PlanService, read_plan
from coach.services.storage import open_storage
from tests.helpers import REPO_ROOT

NECK = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"


def test_without_a_plan_the_catalog_is_the_built_ins(context: ServiceContext) -> None:
    catalog = CatalogService(context).catalog()
    builtin = builtin_catalog()
    assert catalog is builtin
    assert catalog.plan is None and catalog.plan_routines == ()
    assert builtin.problems == ()  # the resources are whole
    assert "desk_reset" in {r.id for r in catalog.routines}
    assert catalog.exercise("chin_tuck") is not None
    assert catalog.exercise("no_such_exercise") is None


def test_a_plan_adopted_is_in_the_catalog_at_once(context: ServiceContext) -> None:
    catalogs = CatalogService(context)
    before = catalogs.catalog()
    assert catalogs.catalog() is before  # kept, not read again
    plan = read_plan(NECK)
    PlanService(context).adopt(plan, "neck")
    after = catalogs.catalog()
    assert after.plan is not None and after.plan.title == plan.title
    assert [r.id for r in after.routines[: len(plan.routines)]] == [r.id for r in plan.routines]
    own = plan.exercises[0].id
    assert before.exercise(own) is None and after.exercise(own) is not None
    names = [e.name.lower() for e in after.library.exercises]
    assert names == sorted(names)
    assert CatalogService(context).catalog() is after  # another service, the same context
    PlanService(context).restore_previous()
    assert CatalogService(context).catalog().plan is None


def test_an_import_reads_the_plan_again(context: ServiceContext) -> None:
    catalogs = CatalogService(context)
    catalogs.catalog()
    context.repo.adopt_plan(read_plan(NECK), "neck")  # as an imported backup brings it
    assert catalogs.catalog().plan is None  # nothing announced yet
    context.changes.announce(Change.DATA)
    assert catalogs.catalog().plan is not None


def test_each_store_has_its_own_catalog(
    context: ServiceContext, tmp_path: Path, clock: FakeClock
) -> None:
    PlanService(context).adopt(read_plan(NECK), "neck")
    other = open_storage(tmp_path / "b" / "c.sqlite3", tmp_path / "b", tmp_path / "d", clock)
    try:
        assert CatalogService(context).catalog().plan is not None
        assert CatalogService(other.context).catalog().plan is None
    finally:
        other.close()


def test_a_context_that_is_gone_leaves_nothing_behind(tmp_path: Path, clock: FakeClock) -> None:
    """The catalog is kept with its context, not in module state: each store has its own, and
    nothing holds a closed store's context alive."""
    first = open_storage(tmp_path / "1" / "c.sqlite3", tmp_path / "b1", tmp_path / "d1", clock)
    second = open_storage(tmp_path / "2" / "c.sqlite3", tmp_path / "b2", tmp_path / "d2", clock)
    kept = CatalogService(first.context).catalog()
    assert CatalogService(first.context).catalog() is kept
    assert "catalog" not in second.context.caches
    gone = weakref.ref(first.context)
    first.close()
    second.close()
    del first
    gc.collect()
    assert gone() is None


def test_every_routine_the_user_can_start(context: ServiceContext) -> None:
    library = builtin_catalog().library
    tuck = library.get("chin_tuck")
    assert tuck is not None
    mine = context.repo.save_routine(
        Routine("", "Mine", "", (RoutineStep(tuck.id, tuck.dosage),)), library
    )
    catalogs = CatalogService(context)
    assert catalogs.all_routines()[-1].id == mine.id
    assert catalogs.routine(mine.id) == mine
    assert catalogs.routine("desk_reset") is not None
    assert catalogs.routine("user:999") is None


def test_coach_start_reads_the_store_without_changing_it(tmp_path: Path, clock: FakeClock) -> None:
    database = tmp_path / "s" / "coach.sqlite3"
    routines, problem = startable_routines(database, clock)  # no store yet: the built-ins
    assert problem is None and routines == builtin_catalog().routines
    assert not database.exists()
    storage = open_storage(database, tmp_path / "b", tmp_path / "d", clock)
    PlanService(storage.context).adopt(read_plan(NECK), "neck")
    storage.close()
    written = database.stat().st_mtime_ns
    routines, problem = startable_routines(database, clock)
    assert problem is None
    assert routines[0].id == "plan:neck_basics"
    assert database.stat().st_mtime_ns == written


def test_coach_start_lists_the_built_ins_when_the_store_is_damaged(
    tmp_path: Path, clock: FakeClock
) -> None:
    database = tmp_path / "coach.sqlite3"
    database.write_bytes(b"not a database at all" * 100)
    routines, problem = startable_routines(database, clock)
    assert routines == builtin_catalog().routines
    assert problem is not None and "not a database" in str(problem)
    assert database.read_bytes().startswith(b"not a database")
