"""Schema version 9: symptoms with check-ins and stopped sessions, dose changes, and the first-run
answers in the settings table."""

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.domain.dosing import Decision, DoseChange, steps_to_text
from coach.domain.exercises import Dosage
from coach.domain.history import SessionStatus
from coach.domain.onboarding import Decision as RemindersDecision
from coach.domain.onboarding import Goal, Onboarding
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import Direction, Reason, RedFlag
from coach.store.db import MIGRATIONS, SCHEMA_VERSION, connect, migrate, schema_version
from coach.store.export import import_backup, write_json
from coach.store.repo import ONBOARDING_KEY, Repo
from tests.store.conftest import StoreDirs

TUCK = RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=5))


def test_a_version_8_database_gains_symptoms_and_dose_changes(
    tmp_path: Path, clock: FakeClock
) -> None:
    connection = connect(tmp_path / "v8.sqlite3")
    migrate(connection, MIGRATIONS[:8])
    assert schema_version(connection) == 8
    connection.execute(
        "INSERT INTO checkins (at, pain, note) VALUES ('2026-05-01T08:00:00.000000+00:00', 4, 'old')"
    )
    connection.execute(
        "INSERT INTO sessions (routine_id, routine_name, planned_seconds, started_at, status,"
        " pain_after) VALUES ('desk_reset', 'Desk', 60, '2026-05-01T09:00:00.000000+00:00',"
        " 'stopped_pain', 7)"
    )
    assert migrate(connection, MIGRATIONS[:9]) == 9
    assert migrate(connection) == SCHEMA_VERSION
    repo = Repo(connection, clock)
    start, end = datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 5, 2, tzinfo=UTC)
    (checkin,) = repo.checkins_between(start, end)
    assert (checkin.note, checkin.symptoms) == ("old", ())
    (session,) = repo.sessions_between(start, end)
    assert (session.pain_after, session.symptoms) == (7, ())
    assert repo.dose_changes("desk_reset") == []
    assert repo.symptoms_between(start, end) == []


def test_symptoms_are_stored_with_check_ins_and_stopped_sessions(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    checkin = repo.add_checkin(5, "odd", symptoms=("numbness", "tingling"))
    assert checkin.symptoms == ("numbness", "tingling")
    repo.update_checkin(checkin.id, 4, "odd")  # symptoms kept when not given
    day = (clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1))
    assert repo.checkins_between(*day)[0].symptoms == ("numbness", "tingling")
    repo.update_checkin(checkin.id, 4, "odd", symptoms=("chest_pain",))
    assert repo.checkins_between(*day)[0].symptoms == ("chest_pain",)
    with pytest.raises(ValueError, match="plain name"):
        repo.add_checkin(3, symptoms=("a,b",))

    clock.advance(60)
    session = repo.start_session(Routine("desk_reset", "Desk reset", "", (TUCK,)), 2)
    repo.finish_session(session, SessionStatus.STOPPED_PAIN, 8, "the user reported pain")
    repo.set_session_symptoms(session, ("arm_or_hand_weakness",))
    record = repo.session(session)
    assert record is not None and record.symptoms == ("arm_or_hand_weakness",)
    found = repo.symptoms_between(*day)
    assert [(where, symptoms) for _at, where, symptoms in found] == [
        ("", ("chest_pain",)),
        ("Desk reset", ("arm_or_hand_weakness",)),
    ]


def test_dose_changes_are_kept_in_order_and_unreadable_ones_left_out(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    up = replace(TUCK, dosage=replace(TUCK.dosage, reps=7))
    accepted = DoseChange(
        "desk_reset",
        (TUCK,),
        (up,),
        Direction.UP,
        Reason.EASY_AND_REGULAR,
        Decision.ACCEPTED,
        clock.now(),
    )
    repo.add_dose_change(accepted)
    clock.advance(3600)
    declined = replace(accepted, decision=Decision.DECLINED, at=clock.now())
    repo.add_dose_change(declined)
    repo.connection.execute(
        "INSERT INTO dose_changes (routine_id, base, steps, direction, reason, decision, at)"
        " VALUES ('desk_reset', '[]', 'not json', 'up', 'easy_and_regular', 'accepted', ?)",
        (clock.now().isoformat(),),
    )
    assert repo.dose_changes("desk_reset") == [accepted, declined]
    assert repo.dose_changes("other") == []
    with pytest.raises(sqlite3.IntegrityError):
        repo.connection.execute(
            "INSERT INTO dose_changes (routine_id, base, steps, direction, reason, decision, at)"
            " VALUES ('x', '[]', '[]', 'up', 'r', 'maybe', 'now')"
        )


def test_a_version_9_database_ties_dose_changes_to_the_plan_active_then(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Version 10: each dose change keeps the plan active when it was made (the plan adopted last
    before it, for changes from before); a change of a plan's routine holds only under it."""
    connection = connect(tmp_path / "v9.sqlite3")
    migrate(connection, MIGRATIONS[:9])
    plan = (
        "INSERT INTO plans (id, title, body, source, adopted_at, heat_cap_minutes,"
        " heat_session_minutes, heat_max_per_day, heat_min_gap_hours, active)"
        " VALUES (?, 'P', '{}', 'x', ?, 20, 20, 3, 2, ?)"
    )
    connection.execute(plan, (1, "2026-05-01T08:00:00.000000+00:00", 0))
    connection.execute(plan, (2, "2026-05-10T08:00:00.000000+00:00", 1))
    text = steps_to_text((TUCK,))
    for at in ("2026-04-01", "2026-05-02", "2026-05-11"):
        connection.execute(
            "INSERT INTO dose_changes (routine_id, base, steps, direction, reason, decision, at)"
            " VALUES ('plan:neck', ?, ?, 'up', 'easy_and_regular', 'accepted', ?)",
            (text, text, f"{at}T09:00:00.000000+00:00"),
        )
    migrate(connection)
    repo = Repo(connection, clock)
    assert [c.plan_id for c in repo.dose_changes("plan:neck")] == [None, 1, 2]
    up = replace(TUCK, dosage=replace(TUCK.dosage, reps=7))
    change = DoseChange(
        "plan:neck",
        (TUCK,),
        (up,),
        Direction.UP,
        Reason.EASY_AND_REGULAR,
        Decision.ACCEPTED,
        clock.now(),
        plan_id=2,
    )
    repo.add_dose_change(change)
    assert change in repo.dose_changes("plan:neck")


def test_dose_changes_of_a_user_routine_follow_it_into_another_store(
    tmp_path: Path, clock: FakeClock
) -> None:
    from coach.services.catalog import builtin_catalog

    library = builtin_catalog().library
    first = Repo(StoreDirs(tmp_path / "a").open(clock).connection, clock)
    first.save_routine(Routine("", "Other", "", (TUCK,)), library)  # user:1 in the first store
    mine = first.save_routine(Routine("", "Mine", "", (TUCK,)), library)
    change = DoseChange(
        mine.id,
        (TUCK,),
        (replace(TUCK, dosage=replace(TUCK.dosage, reps=3)),),
        Direction.DOWN,
        Reason.TOO_PAINFUL,
        Decision.ACCEPTED,
        clock.now(),
    )
    first.add_dose_change(change)
    write_json(first.connection, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text())
    assert data["tables"]["dose_changes"]["rows"][0][0] == "user-routine:2"

    second = Repo(StoreDirs(tmp_path / "b").open(clock).connection, clock)
    second.save_routine(Routine("", "Already here", "", (TUCK,)), library)
    assert import_backup(second.connection, tmp_path / "a.json")["dose_changes"] == 1
    routines, _ = second.user_routines(library)
    theirs = next(r for r in routines if r.name == "Mine")
    assert second.dose_changes(theirs.id) == [replace(change, routine_id=theirs.id)]
    assert import_backup(second.connection, tmp_path / "a.json")["dose_changes"] == 0


def test_first_run_answers_round_trip_and_unreadable_ones_are_reported(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    assert not repo.has_onboarding()
    assert repo.load_onboarding() == (None, None)
    answers = Onboarding(
        answered=frozenset({RedFlag.CHEST_PAIN, RedFlag.NOT_ASSESSED}),
        yes=frozenset({RedFlag.NOT_ASSESSED}),
        goals=frozenset({Goal.POSTURE}),
        reminders=RemindersDecision.ACCEPTED,
        finished=True,
        updated_at=clock.now(),
    )
    repo.save_onboarding(answers)
    assert repo.has_onboarding()
    assert repo.load_onboarding() == (answers, None)

    repo.connection.execute(
        "UPDATE settings SET value = ? WHERE key = ?",
        ('{"version": 1, "red_flags": {"chest_pain": "maybe"}}', ONBOARDING_KEY),
    )
    loaded, problem = repo.load_onboarding()
    assert loaded is None and problem is not None
    assert "red_flags.chest_pain" in str(problem.describe())
    assert repo.has_onboarding()  # stored, though unreadable: the first run asks again
    repo.connection.execute(
        "UPDATE settings SET value = '{not json' WHERE key = ?", (ONBOARDING_KEY,)
    )
    loaded, problem = repo.load_onboarding()
    assert loaded is None and problem is not None and "not JSON" in str(problem.describe())
