"""Clinician plans through the plan service: adopted, read back and restored, each change
announced; a store that cannot be written keeps the plan in force and says why; the plan built
into an installer is adopted once."""

from pathlib import Path

import pytest

from coach import paths
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.plans import PlanService, plan_exercises, read_plan
from tests.helpers import REPO_ROOT
from tests.services.conftest import read_only

EXAMPLES = REPO_ROOT / "resources" / "plans" / "examples"
NECK = EXAMPLES / "neck-and-upper-back.coachplan"
STRENGTH = EXAMPLES / "strength-at-work.coachplan"


def test_an_adopted_plan_is_in_force_and_announced(
    context: ServiceContext, announced: list[Change]
) -> None:
    plans = PlanService(context)
    assert plans.active() is None and plans.active_stored() is None and plans.active_id() is None
    plan = read_plan(NECK)
    stored = plans.adopt(plan, str(NECK))
    assert announced == [Change.PLAN]
    assert stored.title == plan.title and stored.source == str(NECK)
    assert plans.active_id() == stored.id
    active = plans.active()
    assert active is not None and active.title == plan.title
    assert [p.id for p in plans.history()] == [stored.id]


def test_restoring_puts_back_the_plan_it_replaced(
    context: ServiceContext, announced: list[Change]
) -> None:
    plans = PlanService(context)
    first = plans.adopt(read_plan(NECK), "neck")
    second = plans.adopt(read_plan(STRENGTH), "strength")
    assert second.replaced_id == first.id
    restored = plans.restore_previous()
    assert restored is not None and restored.id == first.id
    assert plans.restore_previous() is None  # back to the user's own settings
    assert plans.active_stored() is None
    assert announced == [Change.PLAN] * 4
    assert [p.id for p in plans.history()] == [second.id, first.id]


def test_a_plan_that_cannot_be_stored_changes_nothing(
    context: ServiceContext, announced: list[Change]
) -> None:
    plans = PlanService(context)
    with read_only(context), pytest.raises(ServiceError) as caught:
        plans.adopt(read_plan(NECK), "neck")
    assert str(caught.value.message).startswith("Not saved: ")
    assert plans.active_stored() is None
    assert announced == []


def test_the_plan_built_into_an_installer_is_adopted_once(
    context: ServiceContext,
    announced: list[Change],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    plans = PlanService(context)
    monkeypatch.setattr(paths, "bundled_plan_path", lambda: tmp_path / "none.coachplan")
    assert plans.adopt_bundled() is None  # an installer without a plan
    bundled = tmp_path / "plan.coachplan"
    bundled.write_bytes(NECK.read_bytes())
    monkeypatch.setattr(paths, "bundled_plan_path", lambda: bundled)
    adopted = plans.adopt_bundled()
    assert adopted is not None and plans.active() is not None
    assert announced == [Change.PLAN]
    plans.restore_previous()  # the patient goes back to their own settings: they stay
    assert plans.adopt_bundled() is None
    assert plans.active_stored() is None


def test_a_plans_own_exercises_get_a_picture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "cache_dir", lambda: tmp_path / "cache")
    plan = read_plan(NECK)
    exercises = plan_exercises(plan)
    assert [e.id for e in exercises] == [e.id for e in plan.exercises] != []
    assert all(p.is_file() for e in exercises for p in e.illustrations)
