"""Plan reading defects from review 8: every file gives a PlanError (never another exception),
checks stay fast on large files, and heat reminders keep the plan's own limits."""

import copy
import json
import logging
import time as clock
from pathlib import Path
from typing import Any

import pytest

from coach.domain import plan as plan_module
from coach.domain.exercises import load_library
from coach.domain.plan import PlanError, load_schema, parse_plan
from coach.domain.reminders import ReminderSettings

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "resources" / "exercises")
SCHEMA = load_schema(ROOT / "resources" / "plans" / "plan.schema.json")
BASE = json.loads((ROOT / "resources/plans/examples/strength-at-work.coachplan").read_text())


def _parse(data: dict[str, Any]) -> plan_module.Plan:
    return parse_plan(json.dumps(data).encode(), "p.coachplan", LIBRARY, SCHEMA)


def _problems(data: dict[str, Any]) -> list[plan_module.PlanProblem]:
    with pytest.raises(PlanError) as caught:
        _parse(data)
    return list(caught.value.problems)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.__setitem__("start", "2027-01-04\n"), "$.start"),
        (lambda d: d.__setitem__("review", "2027-02-15\n"), "$.review"),
        (lambda d: d["schedule"].__setitem__("times", ["11:00\n"]), "$.schedule.times[0]"),
        (lambda d: d["schedule"].__setitem__("checkin_time", "17:00\n"), "$.schedule.checkin_time"),
        (
            lambda d: d.__setitem__("heat", {"enabled": True, "times": ["19:00\n"]}),
            "$.heat.times[0]",
        ),
        (lambda d: d["routines"][0].__setitem__("id", "desk\n"), "$.routines[0].id"),
    ],
    ids=["start", "review", "schedule.times", "checkin_time", "heat.times", "routine.id"],
)
def test_trailing_newline_in_date_time_or_id_is_reported_at_its_field(
    mutate: Any, where: str
) -> None:
    data = copy.deepcopy(BASE)
    mutate(data)
    assert where in [p.path for p in _problems(data)]


def test_an_internal_error_becomes_a_plan_error_and_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: object) -> None:
        raise KeyError("bug")

    monkeypatch.setattr(plan_module, "_build", broken)
    with caplog.at_level(logging.ERROR), pytest.raises(PlanError) as caught:
        _parse(copy.deepcopy(BASE))
    (problem,) = caught.value.problems
    assert problem.path == "$" and "internal error" in problem.message
    assert any(record.exc_info for record in caplog.records)


def test_integer_with_too_many_digits_is_a_plan_error() -> None:
    raw = json.dumps(BASE).replace('"reps": 10', '"reps": ' + "1" * 5000, 1).encode()
    with pytest.raises(PlanError) as caught:
        parse_plan(raw, "p.coachplan", LIBRARY, SCHEMA)
    (problem,) = caught.value.problems
    assert problem.line is not None and "digits" in problem.message


def test_heat_reminders_may_not_exceed_the_plans_own_sessions_a_day_or_gap() -> None:
    data = copy.deepcopy(BASE)
    data["heat"] = {
        "enabled": True,
        "max_sessions_per_day": 1,
        "min_gap_hours": 24,
        "times": [f"08:{m:02d}" for m in range(0, 60, 5)],
    }
    messages = [p.message for p in _problems(data) if p.path == "$.heat.times"]
    assert any("at most 1" in m for m in messages)
    assert any("24 hours" in m for m in messages)


def test_heat_gap_counts_the_wrap_past_midnight() -> None:
    data = copy.deepcopy(BASE)
    data["heat"] = {"enabled": True, "times": ["23:30", "12:00", "00:30"]}  # 23:30 -> 00:30: 1 h
    problems = _problems(data)
    assert [p.path for p in problems] == ["$.heat.times"]
    assert "23:30 and 00:30" in problems[0].message
    data["heat"] = {"enabled": True, "times": ["07:00", "13:00", "19:00"]}
    assert _parse(data).heat.times


def test_v1_problem_is_reported_at_the_field_the_file_has() -> None:
    data = copy.deepcopy(BASE)
    data["version"] = 1
    data["clinician"] = "Dr X"
    data["heat"] = {"enabled": True, "minutes": 30, "times": ["19:00"]}
    assert [p.path for p in _problems(data)] == ["$.heat.minutes"]
    data["heat"] = {"enabled": False}
    data["clinician"] = " "
    assert [p.path for p in _problems(data)] == ["$.clinician"]


def test_a_one_megabyte_plan_is_checked_in_seconds() -> None:
    data = copy.deepcopy(BASE)
    step = {"exercise": "nope_x", "dosage": {"reps": -1, "sets": 99, "hold_seconds": -3, "zz": 1}}
    data["routines"] = [
        {"id": f"r{i}x", "name": "", "steps": [step] * 200, "w": 1} for i in range(40)
    ]
    raw = json.dumps(data, separators=(",", ":")).encode()
    assert len(raw) < 1024 * 1024
    began = clock.perf_counter()
    with pytest.raises(PlanError) as caught:
        parse_plan(raw, "big.coachplan", LIBRARY, SCHEMA)
    assert clock.perf_counter() - began < 10  # guards against the quadratic check (75 s)
    problems = caught.value.problems
    assert len(problems) == plan_module.MAX_PROBLEMS + 1
    assert problems[-1].message.startswith("… and further problems not listed (")
    assert problems[-1].message.endswith("then check the plan again")


def test_a_cut_list_is_reported_once_with_its_real_maximum() -> None:
    data = copy.deepcopy(BASE)
    data["routines"] = data["routines"] * 250
    problems = [p for p in _problems(data) if p.path == "$.routines"]
    assert [p.message for p in problems] == [
        f"has {len(data['routines'])} items; expected at most 10"
    ]


def test_a_whole_number_written_with_a_point_is_not_a_whole_number() -> None:
    data = copy.deepcopy(BASE)
    data["heat"] = {"enabled": False, "cap_minutes": 10.0, "session_minutes": 20}
    problems = _problems(data)
    assert [p.path for p in problems] == ["$.heat.cap_minutes"]
    assert problems[0].message.startswith("is a number; expected a whole number")


def test_a_movement_break_of_45_point_0_is_rejected() -> None:
    data = copy.deepcopy(BASE)
    data["schedule"]["movement_break_minutes"] = 45.0
    try:
        plan = _parse(data)
    except PlanError as error:
        assert [p.path for p in error.problems] == ["$.schedule.movement_break_minutes"]
        return
    ReminderSettings.decode(plan.reminder_settings(ReminderSettings()).encode())


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.__setitem__("title", "Shoulder \ud800"), "$.title"),
        (lambda d: d.__setitem__("format", "\ud800"), "$.format"),
        (lambda d: d.__setitem__("x\udc00", 1), '$["x\\udc00"]'),
    ],
    ids=["title", "format", "key"],
)
def test_a_lone_surrogate_is_reported_at_its_field(mutate: Any, where: str) -> None:
    data = copy.deepcopy(BASE)
    mutate(data)
    problems = _problems(data)
    assert where in [p.path for p in problems]
    for line in PlanError("p.coachplan", problems).lines():
        line.encode("utf-8")  # printable and storable
