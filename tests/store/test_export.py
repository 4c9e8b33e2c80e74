"""Export to CSV and JSON, and importing a JSON backup: merged without duplicates, idempotent,
and a round trip through an empty store gives the same files."""

import csv
import json
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.clock import FakeClock
from coach.domain.dosing import Decision, DoseChange
from coach.domain.exercises import Dosage
from coach.domain.heat import BodyArea, HeatSource
from coach.domain.history import SessionStatus
from coach.domain.reminders import ReminderEvent
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import Direction, Reason, Urgency
from coach.domain.schedule import ReminderKind
from coach.domain.session import StepResult
from coach.domain.settings import AppSettings, Theme
from coach.domain.timers import Timer, TimerKind, TimerStatus
from coach.services.plans import read_plan
from coach.store.export import BackupError, import_backup, write_csv, write_json
from coach.store.repo import Repo
from tests.store.conftest import StoreDirs

PLANS = Path(__file__).resolve().parents[2] / "resources" / "plans" / "examples"


def store(root: Path, clock: FakeClock) -> Repo:
    return Repo(StoreDirs(root).open(clock).connection, clock)


def fill(repo: Repo, clock: FakeClock, days: int = 3) -> None:
    routine = Routine("desk_reset", "3-minute desk reset", "", ())
    repo.save_settings(AppSettings(theme=Theme.DARK))
    for n in range(days):
        moment = clock.now() - timedelta(days=n, hours=2)
        symptoms = ("numbness", "tingling") if n == 0 else ()
        repo.add_checkin(
            n % 11, f'day {n}, with a comma and "quotes"', at=moment, symptoms=symptoms
        )
        session = repo.start_session(routine, 5)
        repo.set_session_symptoms(session, symptoms)
        for position in range(2):
            start = clock.now() + timedelta(minutes=position)
            repo.record_step(
                session,
                StepResult(
                    position, "chin_tuck", start, start + timedelta(seconds=40), True, 8, 40.0
                ),
            )
        repo.finish_session(session, SessionStatus.COMPLETED)
        repo.save_timer(
            Timer(
                kind=TimerKind.HEAT,
                label="",
                planned_seconds=900.0,
                started_at=moment,
                status=TimerStatus.COMPLETED,
                source=HeatSource.PAD,
                area=BodyArea.NECK,
                ended_at=moment + timedelta(minutes=15),
                actual_seconds=900.0,
            )
        )
        repo.record_reminder_event(ReminderKind.MOVEMENT, ReminderEvent.SHOWN, moment)
        clock.advance(1)
    step = RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=5))
    repo.add_dose_change(
        DoseChange(
            "desk_reset",
            (step,),
            (replace(step, dosage=replace(step.dosage, reps=7)),),
            Direction.UP,
            Reason.EASY_AND_REGULAR,
            Decision.ACCEPTED,
            clock.now(),
        )
    )
    for name in ("neck-and-upper-back", "strength-at-work"):  # the second replaces the first
        repo.adopt_plan(read_plan(PLANS / f"{name}.coachplan"), f"/plans/{name}.coachplan")
        clock.advance(1)
    plan = repo.active_plan()
    assert plan is not None
    band = RoutineStep("band_row", Dosage(reps=10, sets=2, rep_seconds=3))
    repo.add_dose_change(  # accepted under the active plan: a backup keeps which plan
        DoseChange(
            "plan:band_two_minutes",
            (band,),
            (replace(band, dosage=replace(band.dosage, reps=12)),),
            Direction.UP,
            Reason.EASY_AND_REGULAR,
            Decision.ACCEPTED,
            clock.now(),
            plan.id,
        )
    )
    # A safety flag a clinician has checked, and one still open (CLINICAL.md section 4a).
    repo.record_safety_flag(Urgency.EMERGENCY, ("chest_pain",), "first_run")
    clock.advance(60)
    repo.clear_safety_flags()
    repo.record_safety_flag(Urgency.SAME_DAY, ("clumsy_hands", "both_arms"), "check_in")


def test_csv_has_one_file_per_table_with_a_header_and_iso_dates(
    tmp_path: Path, clock: FakeClock
) -> None:
    repo = store(tmp_path / "a", clock)
    fill(repo, clock)
    files = write_csv(repo._db, tmp_path / "csv")
    assert sorted(f.name for f in files) == [
        "checkins.csv",
        "dose_changes.csv",
        "plans.csv",
        "reminder_events.csv",
        "routines.csv",
        "safety_flags.csv",
        "session_steps.csv",
        "sessions.csv",
        "settings.csv",
        "timers.csv",
    ]
    with (tmp_path / "csv" / "checkins.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["at", "pain", "note", "stiffness", "sleep", "symptoms"]
    assert rows[3][5] == "numbness,tingling"
    assert len(rows) == 4 and rows[1][0].startswith("2026-05-0") and "+00:00" in rows[1][0]
    assert rows[3][2] == 'day 0, with a comma and "quotes"'


def test_export_import_into_an_empty_store_and_export_again_gives_the_same_files(
    tmp_path: Path, clock: FakeClock
) -> None:
    first = store(tmp_path / "a", clock)
    fill(first, clock)
    write_json(first._db, tmp_path / "a.json")
    write_csv(first._db, tmp_path / "a-csv")
    second = store(tmp_path / "b", clock)
    added = import_backup(second._db, tmp_path / "a.json")
    assert added == {
        "settings": 9,  # the app's 8 and the reminders the plans set
        "checkins": 3,
        "sessions": 3,
        "session_steps": 6,
        "routines": 0,
        "timers": 3,
        "reminder_events": 3,
        "plans": 2,
        "dose_changes": 2,
        "safety_flags": 2,
    }
    write_json(second._db, tmp_path / "b.json")
    write_csv(second._db, tmp_path / "b-csv")
    assert (tmp_path / "a.json").read_text() == (tmp_path / "b.json").read_text()
    for name in (tmp_path / "a-csv").iterdir():
        assert name.read_text() == (tmp_path / "b-csv" / name.name).read_text()
    assert second.load_settings()[0].theme is Theme.DARK
    active = second.active_plan()
    assert active is not None and active.title == "Shoulder strength at work"
    plan_ids = [r[0] for r in second._db.execute("SELECT plan_id FROM dose_changes ORDER BY at")]
    assert plan_ids == [None, active.id]
    assert second.restore_previous_plan() is not None  # what it replaced came along
    (cleared, still_open) = second.safety_flags_between(
        clock.now() - timedelta(days=1), clock.now() + timedelta(days=1)
    )
    assert (cleared.reasons, cleared.cleared_at is not None) == (("chest_pain",), True)
    assert second.open_safety_flags() == [still_open]
    assert still_open.reasons == ("clumsy_hands", "both_arms")


def test_importing_twice_adds_nothing_and_merging_keeps_what_is_there(
    tmp_path: Path, clock: FakeClock
) -> None:
    first = store(tmp_path / "a", clock)
    fill(first, clock, days=3)
    write_json(first._db, tmp_path / "a.json")
    other = store(tmp_path / "b", clock)
    other.save_settings(AppSettings(theme=Theme.LIGHT))
    other.add_checkin(2, "only here")
    assert import_backup(other._db, tmp_path / "a.json")["checkins"] == 3
    again = import_backup(other._db, tmp_path / "a.json")
    assert set(again.values()) == {0}
    assert other.count_checkins() == 4
    assert other.load_settings()[0].theme is Theme.LIGHT  # the user's own setting is kept


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.integers(0, 10), st.text(max_size=20), st.integers(0, 10**6)),
        max_size=15,
    )
)
def test_round_trip_property_for_any_check_ins(
    clock: FakeClock, entries: list[tuple[int, str, int]]
) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        first = store(root / "a", clock)
        for pain, note, seconds in entries:
            first.add_checkin(pain, note, at=clock.now() - timedelta(seconds=seconds))
        write_json(first._db, root / "a.json")
        second = store(root / "b", clock)
        import_backup(second._db, root / "a.json")
        import_backup(second._db, root / "a.json")
        write_json(second._db, root / "b.json")
        assert (root / "a.json").read_text() == (root / "b.json").read_text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON (line 1, column 2"),
        ('{"format": "something-else"}', "not a Coach backup"),
        ('{"format": "coach-backup", "version": 99, "tables": {}}', "backup version 99"),
        ('{"format": "coach-backup", "version": 1, "tables": []}', '"tables" must be an object'),
        (
            '{"format": "coach-backup", "version": 1, "tables": {"checkins": '
            '{"columns": ["at", "pain"], "rows": []}}}',
            "tables.checkins.columns lacks note",
        ),
        (
            '{"format": "coach-backup", "version": 1, "tables": {"checkins": {"columns": '
            '["at", "pain", "note"], "rows": [["2026-01-01T00:00:00+00:00", 11, ""]]}}}',
            "a row does not fit the store",
        ),
    ],
)
def test_a_bad_backup_says_what_is_wrong_and_imports_nothing(
    tmp_path: Path, clock: FakeClock, content: str, message: str
) -> None:
    target = store(tmp_path / "a", clock)
    target.add_checkin(3)
    source = tmp_path / "bad.json"
    source.write_text(content)
    with pytest.raises(BackupError, match=r"bad\.json") as error:
        import_backup(target._db, source)
    assert message in str(error.value)
    assert target.count_checkins() == 1


def test_a_backup_is_json_with_format_and_version(tmp_path: Path, clock: FakeClock) -> None:
    repo = store(tmp_path / "a", clock)
    write_json(repo._db, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text())
    assert data["format"] == "coach-backup" and data["version"] == 1


def test_a_backup_from_before_stiffness_and_sleep_still_imports(
    tmp_path: Path, clock: FakeClock
) -> None:
    source = tmp_path / "old.json"
    source.write_text(
        '{"format": "coach-backup", "version": 1, "tables": {"checkins": {"columns": '
        '["at", "pain", "note"], "rows": [["2026-01-01T08:00:00.000000+00:00", 5, "old"]]}}}'
    )
    target = store(tmp_path / "a", clock)
    assert import_backup(target._db, source)["checkins"] == 1
    (checkin,) = target.checkins_between(clock.now() - timedelta(days=400), clock.now())
    assert (checkin.pain, checkin.stiffness, checkin.sleep) == (5, None, None)


@pytest.mark.parametrize(
    ("at", "message"),
    [
        (
            "yesterday",
            "tables.checkins.rows[0].at holds 'yesterday'; expected a time with its zone",
        ),
        ("2026-03-01T08:30:00", "expected a time with its zone"),
        ("0001-01-01T00:00:00+00:00", "is in the year 1; expected 1970 to 2200"),
    ],
)
def test_a_backup_with_an_unreadable_moment_names_it_and_imports_nothing(
    tmp_path: Path, clock: FakeClock, at: str, message: str
) -> None:
    source = tmp_path / "odd.json"
    source.write_text(
        json.dumps(
            {
                "format": "coach-backup",
                "version": 1,
                "tables": {"checkins": {"columns": ["at", "pain", "note"], "rows": [[at, 3, ""]]}},
            }
        )
    )
    target = store(tmp_path / "a", clock)
    with pytest.raises(BackupError) as error:
        import_backup(target._db, source)
    assert message in str(error.value)
    assert target.count_checkins() == 0


def test_moments_in_other_zones_are_stored_in_utc_and_match_their_twins(
    tmp_path: Path, clock: FakeClock
) -> None:
    target = store(tmp_path / "a", clock)
    target.add_checkin(4, "same", at=clock.now())
    local = clock.now().astimezone(ZoneInfo("Europe/Berlin")).isoformat()
    source = tmp_path / "zoned.json"
    source.write_text(
        json.dumps(
            {
                "format": "coach-backup",
                "version": 1,
                "tables": {
                    "checkins": {"columns": ["at", "pain", "note"], "rows": [[local, 4, "same"]]}
                },
            }
        )
    )
    assert import_backup(target._db, source)["checkins"] == 0
    huge = tmp_path / "huge.json"
    huge.write_text(source.read_text().replace('4, "same"', f'{2**70}, "big"'))
    with pytest.raises(BackupError, match="does not fit the store"):
        import_backup(target._db, huge)


def test_sessions_and_the_reminder_keep_their_own_routine_across_stores(
    tmp_path: Path, clock: FakeClock
) -> None:
    from coach.domain.reminders import ReminderSettings
    from coach.domain.routines import RoutineStep
    from coach.services.catalog import builtin_catalog

    library = builtin_catalog().library
    first_exercise = library.exercises[0]
    step = RoutineStep(first_exercise.id, first_exercise.dosage)
    source_repo = store(tmp_path / "a", clock)
    zeta = source_repo.save_routine(Routine("new", "Zeta", "", (step,)), library)
    source_repo.save_routine(Routine("new", "Alpha", "", (step,)), library)
    session = source_repo.start_session(zeta, None)
    source_repo.finish_session(session, SessionStatus.COMPLETED)
    defaults = ReminderSettings()
    source_repo.save_reminder_settings(
        replace(defaults, routine=replace(defaults.routine, routine_id=zeta.id))
    )
    write_json(source_repo._db, tmp_path / "a.json")

    target = store(tmp_path / "b", clock)
    target.save_routine(Routine("new", "Already here", "", (step,)), library)
    import_backup(target._db, tmp_path / "a.json")
    routines, _ = target.user_routines(library)
    by_name = {r.name: r.id for r in routines}
    (imported,) = target.sessions_between(
        clock.now() - timedelta(days=1), clock.now() + timedelta(days=1)
    )
    assert imported.routine_id == by_name["Zeta"] != zeta.id
    assert target.load_reminder_settings()[0].routine.routine_id == by_name["Zeta"]

    empty = store(tmp_path / "c", clock)
    import_backup(empty._db, tmp_path / "a.json")
    write_json(empty._db, tmp_path / "c.json")
    assert (tmp_path / "a.json").read_text() == (tmp_path / "c.json").read_text()


def test_plans_from_a_backup_stay_inactive_where_the_store_has_its_own_settings(
    tmp_path: Path, clock: FakeClock
) -> None:
    first = store(tmp_path / "a", clock)
    fill(first, clock)
    write_json(first._db, tmp_path / "a.json")
    second = store(tmp_path / "b", clock)
    second.save_reminder_settings(second.load_reminder_settings()[0])  # its own settings
    added = import_backup(second._db, tmp_path / "a.json")
    assert added["plans"] == 2
    assert second.active_plan() is None
    assert [p.title for p in second.plan_history()] == [
        "Shoulder strength at work",
        "Neck and upper back, weeks 1-4",
    ]
    assert import_backup(second._db, tmp_path / "a.json")["plans"] == 0


def test_a_plan_replacing_one_not_in_the_file_imports_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    first = store(tmp_path / "a", clock)
    fill(first, clock)
    write_json(first._db, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text())
    plans = data["tables"]["plans"]
    plans["rows"] = plans["rows"][1:]  # keep only the plan that replaced another
    (tmp_path / "a.json").write_text(json.dumps(data))
    second = store(tmp_path / "b", clock)
    with pytest.raises(BackupError, match="replaces plan 1, not before it in the file"):
        import_backup(second._db, tmp_path / "a.json")
    assert second.plan_history() == []


def test_restoring_after_a_backup_import_gives_back_the_patients_own_routine(
    tmp_path: Path, clock: FakeClock
) -> None:
    from coach.domain.reminders import ReminderSettings
    from coach.services.catalog import builtin_catalog

    library = builtin_catalog().library
    first = library.exercises[0]
    step = RoutineStep(first.id, first.dosage)
    source = store(tmp_path / "a", clock)
    mine = source.save_routine(Routine("new", "My desk routine", "", (step,)), library)
    defaults = ReminderSettings()
    source.save_reminder_settings(
        replace(defaults, routine=replace(defaults.routine, routine_id=mine.id))
    )
    source.adopt_plan(read_plan(PLANS / "strength-at-work.coachplan"), "p")
    write_json(source._db, tmp_path / "a.json")
    saved = json.loads((tmp_path / "a.json").read_text())["tables"]["plans"]
    (row,) = saved["rows"]
    assert "user-routine:1" in row[saved["columns"].index("reminders_before")]

    # A new computer: the patient made a routine there first, then imports.
    target = store(tmp_path / "b", clock)
    target.save_routine(Routine("new", "Made here first", "", (step,)), library)
    import_backup(target._db, tmp_path / "a.json")
    assert target.active_plan() is not None
    target.restore_previous_plan()
    routines, _ = target.user_routines(library)
    by_name = {r.name: r.id for r in routines}
    # Was "user:1", the source store's row id: "Made here first" in this store.
    assert target.load_reminder_settings()[0].routine.routine_id == by_name["My desk routine"]


def test_reimporting_a_backup_after_a_restore_puts_its_plan_back_with_its_reminders(
    tmp_path: Path, clock: FakeClock
) -> None:
    repo = store(tmp_path / "a", clock)
    adopted = repo.adopt_plan(read_plan(PLANS / "strength-at-work.coachplan"), "p")
    write_json(repo._db, tmp_path / "a.json")
    repo.restore_previous_plan()  # back to own settings: the stored "reminders" key is deleted
    assert repo._db.execute("SELECT 1 FROM settings WHERE key = 'reminders'").fetchone() is None
    import_backup(repo._db, tmp_path / "a.json")  # e.g. the daily backup, imported again
    routine_id = repo.load_reminder_settings()[0].routine.routine_id
    assert routine_id.startswith("plan:")
    active = repo.active_plan()  # was None: reminders of a plan's routine without the plan
    assert active is not None and active.id == adopted.id
    assert len(repo.plan_history()) == 1


def test_reminders_of_a_plan_that_is_not_put_in_force_are_not_taken(
    tmp_path: Path, clock: FakeClock
) -> None:
    source = store(tmp_path / "a", clock)
    source.adopt_plan(read_plan(PLANS / "strength-at-work.coachplan"), "p")
    write_json(source._db, tmp_path / "a.json")
    target = store(tmp_path / "b", clock)
    target.adopt_plan(read_plan(PLANS / "neck-and-upper-back.coachplan"), "n")
    target._db.execute("DELETE FROM settings WHERE key = 'reminders'")  # settings of its own lost
    added = import_backup(target._db, tmp_path / "a.json")
    assert added["plans"] == 1 and added["settings"] == 0
    active = target.active_plan()
    assert active is not None and active.title == "Neck and upper back, weeks 1-4"
    assert not target.load_reminder_settings()[0].routine.routine_id.startswith("plan:")
