"""Plans in the store: adopting one puts its schedule and heat limits in force in one step, keeps
what it replaced, and restoring gives back the reminder rules of before (the working and quiet
hours stay as the patient has them now: a plan never sets them)."""

from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.domain.exercises import load_library
from coach.domain.heat import HeatLimits
from coach.domain.plan import Plan, load_schema, read_plan_file
from coach.domain.reminders import ReminderSettings
from coach.domain.schedule import DailyWindow, MovementRule
from coach.store.db import SCHEMA_VERSION, schema_version
from coach.store.repo import Repo
from tests.store.conftest import StoreDirs

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
LIBRARY = load_library(RESOURCES / "exercises")
SCHEMA = load_schema(RESOURCES / "plans" / "plan.schema.json")


def _plan(name: str) -> Plan:
    return read_plan_file(RESOURCES / "plans" / "examples" / name, LIBRARY, SCHEMA)


@pytest.fixture
def repo(dirs: StoreDirs, clock: FakeClock) -> Repo:
    return Repo(dirs.open(clock).connection, clock)


def test_schema_has_plans(repo: Repo) -> None:
    assert schema_version(repo.connection) == SCHEMA_VERSION >= 8
    assert repo.active_plan() is None
    assert repo.heat_limits() == HeatLimits()


def test_adopt_and_restore_round_trip(repo: Repo) -> None:
    mine = ReminderSettings(movement=MovementRule(45))
    repo.save_reminder_settings(mine)
    neck = _plan("neck-and-upper-back.coachplan")
    stored = repo.adopt_plan(neck, "/tmp/neck.coachplan")
    assert stored.title == neck.title and stored.source == "/tmp/neck.coachplan"
    assert repo.heat_limits() == neck.heat.limits()
    applied, problem = repo.load_reminder_settings()
    assert problem is None
    assert applied.routine.routine_id == "plan:neck_basics"
    assert applied.routine.times == (time(10, 30), time(15))
    assert applied.movement.every_minutes == 30

    strength = _plan("strength-at-work.coachplan")
    repo.adopt_plan(strength, "/tmp/strength.coachplan")
    active = repo.active_plan()
    assert active is not None and active.title == strength.title
    assert active.replaced_id == stored.id
    assert [p.title for p in repo.plan_history()] == [strength.title, neck.title]

    back = repo.restore_previous_plan()
    assert back is not None and back.title == neck.title
    assert repo.load_reminder_settings()[0] == applied
    assert repo.heat_limits() == neck.heat.limits()

    assert repo.restore_previous_plan() is None
    assert repo.load_reminder_settings()[0] == mine
    assert repo.heat_limits() == HeatLimits()
    assert repo.restore_previous_plan() is None  # nothing left to restore


def test_restore_without_stored_settings_goes_back_to_defaults(repo: Repo) -> None:
    repo.adopt_plan(_plan("strength-at-work.coachplan"), "x")
    assert repo.load_reminder_settings()[0] != ReminderSettings()
    repo.restore_previous_plan()
    assert repo.load_reminder_settings() == (ReminderSettings(), None)


def test_restore_keeps_the_working_and_quiet_hours_of_now(repo: Repo) -> None:
    """A plan sets the reminder rules, never the day: restoring puts back the rules of before and
    keeps the working days, working hours and quiet hours the patient has set since."""
    mine = ReminderSettings(movement=MovementRule(45))
    repo.save_reminder_settings(mine)
    repo.adopt_plan(_plan("neck-and-upper-back.coachplan"), "x")
    applied = repo.load_reminder_settings()[0]
    later_day = replace(applied.day, quiet=(DailyWindow(time(22), time(6)),))
    repo.save_reminder_settings(replace(applied, day=later_day))
    repo.restore_previous_plan()
    assert repo.load_reminder_settings() == (replace(mine, day=later_day), None)


def test_restore_without_stored_settings_keeps_the_day_changed_since(repo: Repo) -> None:
    repo.adopt_plan(_plan("strength-at-work.coachplan"), "x")
    applied = repo.load_reminder_settings()[0]
    later_day = replace(applied.day, quiet=(DailyWindow(time(21), time(7)),))
    repo.save_reminder_settings(replace(applied, day=later_day))
    repo.restore_previous_plan()
    assert repo.load_reminder_settings() == (replace(ReminderSettings(), day=later_day), None)


def test_restore_of_unreadable_saved_settings_puts_them_back_as_they_were(repo: Repo) -> None:
    repo.adopt_plan(_plan("strength-at-work.coachplan"), "x")
    repo.connection.execute("UPDATE plans SET reminders_before = 'not JSON'")
    repo.restore_previous_plan()
    stored = repo.connection.execute("SELECT value FROM settings WHERE key = 'reminders'")
    assert stored.fetchone() == ("not JSON",)  # the saved text, as it is


def test_adoption_survives_reopening(dirs: StoreDirs, clock: FakeClock) -> None:
    database = dirs.open(clock)
    Repo(database.connection, clock).adopt_plan(_plan("neck-and-upper-back.coachplan"), "x")
    database.close()
    reopened = Repo(dirs.open(clock).connection, clock)
    active = reopened.active_plan()
    assert active is not None and reopened.has_plan_from("x")
    assert reopened.heat_limits().cap_minutes == 15


def test_only_one_plan_is_ever_active(repo: Repo) -> None:
    import sqlite3

    repo.adopt_plan(_plan("neck-and-upper-back.coachplan"), "a")
    repo.adopt_plan(_plan("strength-at-work.coachplan"), "b")
    with pytest.raises(sqlite3.IntegrityError):
        repo.connection.execute("UPDATE plans SET active = 1")
    count = repo.connection.execute("SELECT COUNT(*) FROM plans WHERE active = 1").fetchone()
    assert count == (1,)
