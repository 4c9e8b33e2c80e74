"""Safety data that cannot be read as stored (review 9): symptom texts in a backup, and first-run
answers of the wrong type. Neither may stop Coach, its report or its first run."""

import json
from datetime import timedelta
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.onboarding import Onboarding
from coach.domain.routines import Routine
from coach.store.export import BackupError, import_backup, write_json
from coach.store.repo import ONBOARDING_KEY, Repo
from tests.store.conftest import StoreDirs


def _backup_with_symptoms(
    repo: Repo, target: Path, checkin_symptoms: object, session_symptoms: object
) -> None:
    """A backup of `repo` (one check-in, one stopped session) with these symptoms texts."""
    write_json(repo.connection, target)
    data = json.loads(target.read_text())
    data["tables"]["checkins"]["rows"][0][5] = checkin_symptoms
    data["tables"]["sessions"]["rows"][0][10] = session_symptoms
    target.write_text(json.dumps(data))


def _one_of_each(repo: Repo) -> None:
    repo.add_checkin(4, "stiff", symptoms=("numbness",))
    session = repo.start_session(Routine("desk_reset", "Desk reset", "", ()), 2)
    repo.finish_session(session, SessionStatus.STOPPED_PAIN, 7, "the user reported pain")


def test_imported_symptoms_with_spaces_after_commas_are_stored_coachs_way(
    dirs: StoreDirs, tmp_path: Path, clock: FakeClock
) -> None:
    """A backup edited by hand ("numbness, tingling") imported fine and then stopped Coach from
    starting: CheckIn refused " tingling" when the check-ins were read."""
    _one_of_each(Repo(dirs.open(clock).connection, clock))
    source = tmp_path / "edited.json"
    _backup_with_symptoms(
        Repo(dirs.open(clock).connection, clock), source, "numbness, tingling", " chest_pain "
    )
    other = StoreDirs(tmp_path / "other")
    repo = Repo(other.open(clock).connection, clock)
    assert import_backup(repo.connection, source)["checkins"] == 1
    day = (clock.now() - timedelta(days=1), clock.now() + timedelta(days=1))
    (checkin,) = repo.checkins_between(*day)
    assert checkin.symptoms == ("numbness", "tingling")
    (session,) = repo.sessions_between(*day)
    assert session.symptoms == ("chest_pain",)
    stored = repo.connection.execute("SELECT symptoms FROM checkins").fetchone()[0]
    assert stored == "numbness,tingling"


@pytest.mark.parametrize(
    ("checkin_symptoms", "session_symptoms", "where"),
    [
        ("numbness,,tingling", "", "tables.checkins.rows[0].symptoms"),
        ("numbness,", "", "tables.checkins.rows[0].symptoms"),
        ("", 5, "tables.sessions.rows[0].symptoms"),
        ("", True, "tables.sessions.rows[0].symptoms"),
    ],
)
def test_a_backup_with_unreadable_symptoms_is_refused_and_nothing_imported(
    dirs: StoreDirs,
    tmp_path: Path,
    clock: FakeClock,
    checkin_symptoms: object,
    session_symptoms: object,
    where: str,
) -> None:
    _one_of_each(Repo(dirs.open(clock).connection, clock))
    source = tmp_path / "edited.json"
    _backup_with_symptoms(
        Repo(dirs.open(clock).connection, clock), source, checkin_symptoms, session_symptoms
    )
    repo = Repo(StoreDirs(tmp_path / "other").open(clock).connection, clock)
    with pytest.raises(BackupError) as refused:
        import_backup(repo.connection, source)
    assert str(refused.value).startswith(
        f"{source}: {where} holds {checkin_symptoms or session_symptoms!r}"
    )
    assert "symptom names separated by commas" in str(refused.value)
    assert repo.connection.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0
    assert repo.connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


def test_symptom_texts_stored_otherwise_are_read_as_far_as_they_can_be(
    dirs: StoreDirs, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """A store that already holds such a text (imported before the check above) still starts:
    the names that can be read are kept, the text is logged."""
    repo = Repo(dirs.open(clock).connection, clock)
    _one_of_each(repo)
    repo.connection.execute("UPDATE checkins SET symptoms = 'numbness, tingling,,'")
    repo.connection.execute("UPDATE sessions SET symptoms = X'00'")  # not even text
    day = (clock.now() - timedelta(days=1), clock.now() + timedelta(days=1))
    with caplog.at_level("WARNING", logger="coach.store.repo"):
        (checkin,) = repo.checkins_between(*day)
        (session,) = repo.sessions_between(*day)
        found = repo.symptoms_between(*day)
    assert checkin.symptoms == ("numbness", "tingling")
    assert session.symptoms == ()
    assert [names for _at, _where, names in found] == [("numbness", "tingling"), ()]
    assert "'numbness, tingling,,'" in caplog.text


@pytest.mark.parametrize(
    "stored",
    [
        '{"version": 1, "goals": [{"x": 1}]}',
        '{"version": 1, "goals": [["less_pain"]]}',
        '{"version": 1, "reminders": []}',
        '{"version": 1, "reminders": {}}',
    ],
)
def test_first_run_answers_of_the_wrong_type_are_reported_not_raised(
    dirs: StoreDirs, clock: FakeClock, stored: str
) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    repo.connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)", (ONBOARDING_KEY, stored)
    )
    loaded, problem = repo.load_onboarding()
    assert loaded is None and problem is not None and "readable answers" in str(problem.describe())


def test_start_up_asks_again_for_unreadable_first_run_answers_and_reads_them_once(
    dirs: StoreDirs, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    assert repo.needs_first_run()  # nothing answered yet
    repo.save_onboarding(Onboarding(finished=True, updated_at=clock.now()))
    assert not repo.needs_first_run()

    repo.connection.execute(
        'UPDATE settings SET value = \'{"version": 1, "goals": [{}]}\' WHERE key = ?',
        (ONBOARDING_KEY,),
    )
    with caplog.at_level("WARNING", logger="coach.store.repo"):
        assert repo.needs_first_run()  # stored, but unreadable: asked again
    assert "first-run answers cannot be read" in caplog.text and "'goals'" in caplog.text
    assert repo.has_onboarding()

    # Readable answers that Coach did not save itself (an older Coach, a backup) are read once.
    repo.connection.execute(
        "UPDATE settings SET value = ? WHERE key = ?",
        (Onboarding(finished=True).encode(), ONBOARDING_KEY),
    )
    loads: list[object] = []
    real_load = repo.load_onboarding

    def counting_load() -> tuple[Onboarding | None, object]:
        loads.append(1)
        return real_load()

    repo.load_onboarding = counting_load  # type: ignore[method-assign,assignment]
    assert not repo.needs_first_run()
    assert not repo.needs_first_run()
    assert len(loads) == 1
