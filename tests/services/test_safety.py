"""A first-run "yes" given before Coach kept safety flags (store schema version 11) gets its flag
when the store is opened (issue 17, point 3; CLINICAL.md section 4a, persistence): once, dated
when the answers were saved, never again after a clinician's check, and never for an answer that
already has its flag. A store opened for reading only is left as it is."""

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.clock import FakeClock
from coach.domain.onboarding import Onboarding
from coach.domain.safety import FlagSource, RedFlag, Urgency
from coach.services.safety import SafetyService
from coach.services.storage import StorageService, open_storage
from coach.store.db import MIGRATIONS, connect, migrate, schema_version
from coach.store.onboarding import ONBOARDING_KEY

ANSWERED_AT = "2026-05-02T08:15:00+02:00"
# The first-run answers as Coach wrote them before safety flags (schema version 10): the
# questions asked then, "yes" to chest pain (an emergency), to the retired "weakness in an arm or
# leg, or trouble walking" (same day now) and to weight loss (see a doctor soon: no flag).
OLD_ANSWERS: dict[str, Any] = {
    "finished": True,
    "goals": ["less_pain"],
    "red_flags": {
        "chest_pain": True,
        "saddle_or_bladder": False,
        "limb_weakness": True,
        "serious_injury": False,
        "high_fever": False,
        "weight_loss": True,
        "medical_history": False,
        "not_assessed": False,
    },
    "reminders": "accepted",
    "updated_at": ANSWERED_AT,
    "version": 1,
}


def build_old_store(path: Path, answers: dict[str, Any] = OLD_ANSWERS) -> None:
    """A store as Coach left it before safety flags: the real migrations up to version 10, then
    the first-run answers in the settings table as that Coach saved them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = connect(path)
    try:
        migrate(connection, MIGRATIONS[:10])
        assert schema_version(connection) == 10
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert "safety_flags" not in tables
        connection.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            (ONBOARDING_KEY, json.dumps(answers, sort_keys=True)),
        )
    finally:
        connection.close()


def _open(folder: Path, clock: FakeClock, read_only_ok: bool = False) -> StorageService:
    return open_storage(
        folder / "coach.sqlite3", folder / "backups", folder / "damaged", clock, read_only_ok
    )


def test_an_urgent_yes_from_before_the_flags_is_flagged_once_when_the_store_opens(
    tmp_path: Path, clock: FakeClock
) -> None:
    build_old_store(tmp_path / "coach.sqlite3")
    storage = _open(tmp_path, clock)
    (flag,) = SafetyService(storage.context).open_flags()
    assert flag.urgency is Urgency.EMERGENCY
    assert flag.reasons == ("chest_pain", "limb_weakness")  # weight loss: a doctor soon, no flag
    assert flag.source == FlagSource.FIRST_RUN.value
    assert flag.raised_at == datetime.fromisoformat(ANSWERED_AT)  # when the answer was saved
    storage.close()

    # Opened again: nothing more. Cleared by a clinician's check: not raised again.
    storage = _open(tmp_path, clock)
    service = SafetyService(storage.context)
    assert service.open_flags() == [flag]
    assert service.clear() == 1
    storage.close()
    storage = _open(tmp_path, clock)
    assert SafetyService(storage.context).open_flags() == []
    storage.close()


def test_answers_without_their_time_are_flagged_now(tmp_path: Path, clock: FakeClock) -> None:
    build_old_store(tmp_path / "coach.sqlite3", {**OLD_ANSWERS, "updated_at": None})
    storage = _open(tmp_path, clock)
    (flag,) = SafetyService(storage.context).open_flags()
    assert flag.raised_at == clock.now()
    storage.close()


def test_answers_without_an_urgent_yes_raise_nothing(tmp_path: Path, clock: FakeClock) -> None:
    calm = {**OLD_ANSWERS, "red_flags": {"chest_pain": False, "weight_loss": True}}
    build_old_store(tmp_path / "coach.sqlite3", calm)
    storage = _open(tmp_path, clock)
    assert not SafetyService(storage.context).any_open()
    storage.close()


def test_an_answer_flagged_by_the_first_run_is_not_flagged_again(
    storage: StorageService, clock: FakeClock
) -> None:
    """Answers given with this Coach: the first run raised the flag for its new "yes" (and
    after a clinician's check it stays cleared); a later urgent "yes" with no flag of its own (its
    flag could not be stored) gets one at the next open."""
    repo = storage.context.repo
    answers = Onboarding().with_answers(
        frozenset({RedFlag.CLUMSY_HANDS, RedFlag.RASH}), frozenset({RedFlag.CLUMSY_HANDS})
    )
    repo.save_onboarding(answers)
    repo.record_safety_flag(Urgency.SAME_DAY, ("clumsy_hands",), FlagSource.FIRST_RUN.value)
    repo.clear_safety_flags()
    service = SafetyService(storage.context)
    assert service.catch_up_first_run() is None
    assert not service.any_open()

    repo.save_onboarding(answers.with_answers(frozenset({RedFlag.RASH}), frozenset({RedFlag.RASH})))
    flag = service.catch_up_first_run()
    assert flag is not None and (flag.urgency, flag.reasons) == (Urgency.EMERGENCY, ("rash",))
    assert service.catch_up_first_run() is None  # checked: once


def test_a_store_opened_for_reading_only_is_not_changed(tmp_path: Path, clock: FakeClock) -> None:
    build_old_store(tmp_path / "coach.sqlite3")
    storage = _open(tmp_path, clock, read_only_ok=True)
    assert not SafetyService(storage.context).any_open()
    storage.close()


def _domain_modules_after_opening(folder: Path) -> set[str]:
    """The coach.domain modules a fresh Python has loaded after opening the store in `folder`."""
    code = f"""
import json, sys
from pathlib import Path
from coach.clock import SystemClock
from coach.services.storage import open_storage

folder = Path({str(folder)!r})
open_storage(folder / "coach.sqlite3", folder / "backups", folder / "damaged", SystemClock()).close()
print(json.dumps(sorted(m for m in sys.modules if m.startswith("coach.domain"))))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def test_a_checked_store_opens_without_loading_the_safety_rules(tmp_path: Path) -> None:
    """Start-up stays cheap: once the answers were checked, opening the store reads one setting
    and loads no safety or first-run rules."""
    rules = {"coach.domain.safety", "coach.domain.onboarding"}
    build_old_store(tmp_path / "coach.sqlite3")
    assert rules <= _domain_modules_after_opening(tmp_path)  # the first open checks them
    assert not rules & _domain_modules_after_opening(tmp_path)
