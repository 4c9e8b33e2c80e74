"""A plan's problems are messages the UI translates: every text is a `Message` whose template
`make translations` finds (a literal in the code, or a text of the plan schema), the words in it are
messages too, and the English stays what the command line has always printed."""

import copy
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from coach.domain.exercises import load_library
from coach.domain.messages import Message
from coach.domain.plan import PlanError, PlanProblem, load_schema, parse_plan, read_plan_file

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "data" / "plans"
LIBRARY = load_library(ROOT / "resources" / "exercises")
SCHEMA = load_schema(ROOT / "resources" / "plans" / "plan.schema.json")
BASE = json.loads((ROOT / "resources/plans/examples/strength-at-work.coachplan").read_text())

# Words of ours: in a value that is not a Message they would stay English in the UI.
OUR_WORDS = {
    "is",
    "expected",
    "missing",
    "line",
    "min",
    "h",
    "items",
    "characters",
    "or",
    "a",
    "an",
    "the",
    "number",
    "text",
    "object",
    "list",
    "field",
    "value",
    "must",
}
PYTHONS_WORDS = {"error", "reason"}  # the values json's message (error.msg) or the OS's fills in


def _extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract", ROOT / "tools/extract_data_strings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def marked() -> set[str]:
    """The templates `make translations` marks (tools/extract_data_strings.py)."""
    marks, problems = _extractor().core_marks()
    assert not [p for p in problems if "plan.py" in p or "exercises.py" in p]
    return {mark.text for mark in marks}


def _problems(raw: bytes) -> list[PlanProblem]:
    with pytest.raises(PlanError) as caught:
        parse_plan(raw, "p.coachplan", LIBRARY, SCHEMA)
    return list(caught.value.problems)


def _mutated(change: Any) -> bytes:
    data = copy.deepcopy(BASE)
    change(data)
    return json.dumps(data).encode()


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


def _every_kind_of_problem(tmp_path: Path) -> Iterator[PlanProblem]:
    """The broken files, and plans broken in the ways the files do not show."""
    for path in sorted(BROKEN.glob("*.coachplan")):
        if not path.name.startswith("valid-"):
            with pytest.raises(PlanError) as caught:
                read_plan_file(path, LIBRARY, SCHEMA)
            yield from caught.value.problems
    for path in (tmp_path / "nope.coachplan", tmp_path):
        with pytest.raises(PlanError) as caught:
            read_plan_file(path, LIBRARY, SCHEMA)
        yield from caught.value.problems
    heats = [
        {"enabled": True, "times": ["23:30", "12:00", "00:30"]},
        {"enabled": True, "min_gap_hours": 3, "times": ["10:00", "12:30"]},
        {"enabled": True, "max_sessions_per_day": 1, "times": ["08:00", "20:00"]},
        {"enabled": True, "times": ["08:00", "08:05"]},
        {"enabled": True},
        {"enabled": "yes", "cap_minutes": 10, "session_minutes": 15, "times": ["19:00"]},
    ]
    for heat in heats:
        yield from _problems(_mutated(lambda d, heat=heat: d.__setitem__("heat", heat)))
    mutations = [
        lambda d: d.__setitem__("title", "Shoulder \ud800"),
        lambda d: d.__setitem__("x\udc00", 1),
        lambda d: d.__setitem__("version", "2"),
        lambda d: d.pop("version"),
        lambda d: d.__setitem__("format", {"a": 1}),
        lambda d: d.pop("format"),
        lambda d: d.__setitem__("routines", d["routines"] * 250),
        lambda d: d.__setitem__("routines", []),
        lambda d: d["schedule"].__setitem__("days", ["mon", "mon"]),
        lambda d: d["schedule"].__setitem__("times", None),
        lambda d: d["clinician"].__setitem__("contact", "x" * 300),
        lambda d: d["clinician"].__setitem__("name", ""),
        lambda d: d.__setitem__("start", "2027-02-30"),
        lambda d: d.__setitem__("progression", {"mode": "suggest", "max_reps": 0}),
        lambda d: d["routines"][0]["steps"][0].__setitem__("dosage", {"per_side": "yes"}),
        lambda d: d.__setitem__("notes", _nested(14)),
        lambda d: d["schedule"].__setitem__("movement_break_minutes", 45.5),
        lambda d: d["routines"][0]["steps"][0]["dosage"].__setitem__("reps", 0),
    ]
    for change in mutations:
        yield from _problems(_mutated(change))
    own = json.loads((ROOT / "resources/plans/examples/neck-and-upper-back.coachplan").read_text())
    for image in ("data:image/png;base64,AAAA", "data:image/svg+xml;base64,PHA+", "data:,!"):
        data = copy.deepcopy(own)
        data["exercises"][0]["image"] = image
        yield from _problems(json.dumps(data).encode())
    for raw in (
        b"[1]",
        b"{\x00}",
        b"\xff\xfe{\x00\x00\xd8",
        b'{"a": ' + b"1" * 5000 + b"}",
        b"[" * 5000 + b"]" * 5000,
        json.dumps({**BASE, "version": 9}).encode(),
    ):
        yield from _problems(raw)


def _messages(message: Message) -> Iterator[Message]:
    yield message
    for value in message.values.values():
        if isinstance(value, Message):
            yield from _messages(value)


def test_every_problem_is_a_message_make_translations_finds(
    tmp_path: Path, marked: set[str]
) -> None:
    problems = list(_every_kind_of_problem(tmp_path))
    assert len(problems) > 60
    for problem in problems:
        assert isinstance(problem.text, Message), problem
        assert isinstance(problem.where_text(), Message), problem
        for message in [*_messages(problem.text), *_messages(problem.where_text())]:
            assert message.template in marked, (message.template, problem)
            for name, value in message.values.items():
                # Values that are not messages are data: paths, ids, numbers, the file's values
                # (and Python's or the system's own words for an error: not translated).
                assert isinstance(value, (Message, str, int, float)), problem
                if isinstance(value, str) and name not in PYTHONS_WORDS:
                    assert value not in marked, (value, problem)  # a word passed as a plain text
                    assert not OUR_WORDS & set(value.split()), (value, problem)


def test_the_english_is_what_it_was() -> None:
    problems = {p.path: p for p in _problems((BROKEN / "wrong-types.coachplan").read_bytes())}
    enabled = problems["$.heat.enabled"]
    assert (
        str(enabled.text) == "is a text; expected true or false (true when the plan includes heat)"
    )
    assert enabled.message == str(enabled.text)
    (cap,) = [
        p
        for p in _problems((BROKEN / "heat-over-cap.coachplan").read_bytes())
        if p.path == "$.heat.session_minutes"
    ]
    assert str(cap.text) == (
        "30 is too large; expected at most 20: 20 minutes is Coach's hard cap for one heat "
        "session (CLINICAL.md section 1: ABC, HSE)"
    )
    (broken,) = _problems((BROKEN / "broken-json.coachplan").read_bytes())
    assert (broken.where(), str(broken.where_text())) == ("line 5", "line 5")
    assert str(broken.text) == (
        "is not valid JSON: Expecting value at column 16; expected it fixed there (a missing "
        "comma, quote or bracket is usual)"
    )
    gap = {"enabled": True, "min_gap_hours": 3, "times": ["10:00", "12:30"]}
    (close,) = _problems(_mutated(lambda d: d.__setitem__("heat", gap)))
    assert close.where() == "$.heat.times"
    assert close.message == (
        "has heat at 10:00 and 12:30, 2 h 30 min apart; expected at least 3 hours between "
        "sessions, the plan's min_gap_hours"
    )
    error = PlanError("p.coachplan", [close])
    assert error.lines() == [f"p.coachplan: $.heat.times: {close.message}"]


def test_every_part_of_a_problem_is_translated() -> None:
    german = {
        "{wrong}; expected {expected}": "{wrong}; erwartet: {expected}",
        "is {value}": "ist {value}",
        "a text": "ein Text",
        "{kinds} ({description})": "{kinds} ({description})",
        "true or false": "true oder false",
        "true when the plan includes heat": "true, wenn der Plan Wärme enthält",
        "{hours} h {minutes} min": "{hours} Std. {minutes} Min.",
        "line {line}": "Zeile {line}",
    }
    problems = {p.path: p for p in _problems((BROKEN / "wrong-types.coachplan").read_bytes())}
    shown = problems["$.heat.enabled"].text.render(lambda text: german.get(text, text))
    assert shown == "ist ein Text; erwartet: true oder false (true, wenn der Plan Wärme enthält)"
    gap = {"enabled": True, "min_gap_hours": 3, "times": ["10:00", "12:30"]}
    (close,) = _problems(_mutated(lambda d: d.__setitem__("heat", gap)))
    apart = close.text.values["apart"]
    assert isinstance(apart, Message)
    assert apart.render(lambda text: german.get(text, text)) == "2 Std. 30 Min."
    (broken,) = _problems((BROKEN / "broken-json.coachplan").read_bytes())
    assert broken.where_text().render(lambda text: german.get(text, text)) == "Zeile 5"


def test_more_problems_than_are_listed_are_counted_without_a_plural() -> None:
    data = copy.deepcopy(BASE)
    step = {"exercise": "nope_x", "dosage": {"reps": -1}}
    data["routines"] = [{"id": f"r{i}x", "name": "R", "steps": [step] * 30} for i in range(10)]
    last = _problems(json.dumps(data).encode())[-1]
    assert last.text.template == (
        "… and further problems not listed ({more}); expected the ones above fixed first, then "
        "check the plan again"
    )
    more = last.text.values["more"]
    assert isinstance(more, int) and more > 0
