"""A plan's JSON value checked against the published schema (`resources/plans/plan.schema.json`):
every problem at its field path, in Coach's own words rather than jsonschema's, quoting the
schema's descriptions and reasons so a clinician reads what is expected and why. A module of its
own because wording jsonschema's errors is a task apart from what a plan means
(`coach.domain.plan_checks`); the value is first `capped`, so the check takes milliseconds whatever
the file holds."""

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coach.domain.messages import Message
from coach.domain.plan_json import MAX_DEPTH, too_deep
from coach.domain.plan_problems import PlanProblem, join_path, path_order

MAX_ARRAY_ITEMS = 30  # the largest maxItems in the schema; longer lists are cut before checking
_JSON_TYPES = {
    dict: Message("an object"),
    list: Message("a list"),
    str: Message("a text"),
    bool: Message("true or false"),
    int: Message("a whole number"),
    float: Message("a number"),
    type(None): Message("null"),
}
_SCHEMA_TYPES = {  # the schema's names of JSON types, as `_JSON_TYPES` words them
    "object": _JSON_TYPES[dict],
    "array": _JSON_TYPES[list],
    "string": _JSON_TYPES[str],
    "integer": _JSON_TYPES[int],
    "number": _JSON_TYPES[float],
    "boolean": _JSON_TYPES[bool],
    "null": _JSON_TYPES[type(None)],
}


def load_schema(path: Path) -> dict[str, Any]:
    """The published plan schema (resources/plans/plan.schema.json)."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(schema, dict):
        raise ValueError(f"{path} is not a JSON Schema object")
    return schema


def capped(
    value: Any, path: str, depth: int, problems: list[PlanProblem], cut: dict[str, int]
) -> Any:
    """A copy of `value` with runaway nesting cut off (and reported) and lists longer than any
    list of the format cut short (their paths and real lengths go into `cut`), so the schema check
    takes milliseconds whatever the file holds. Texts that are not valid Unicode (a lone
    surrogate such as "\\ud800" can neither be printed nor stored) are reported too."""
    if depth > MAX_DEPTH:
        problems.append(too_deep(path))
        return None
    if isinstance(value, dict):
        copy = {}
        for key, item in value.items():
            key_path = join_path(path, key)
            if not _is_unicode(key):
                problems.append(_not_unicode(key_path, Message("a field name")))
            copy[key] = capped(item, key_path, depth + 1, problems, cut)
        return copy
    if isinstance(value, list):
        if len(value) > MAX_ARRAY_ITEMS:
            cut[path] = len(value)
            value = value[:MAX_ARRAY_ITEMS]
        return [capped(v, f"{path}[{i}]", depth + 1, problems, cut) for i, v in enumerate(value)]
    if isinstance(value, str) and not _is_unicode(value):
        problems.append(_not_unicode(path, _JSON_TYPES[str]))
    return value


def _not_unicode(path: str, kind: Message) -> PlanProblem:
    return PlanProblem(
        path,
        Message(
            "holds a character that is not valid Unicode (a lone surrogate such as \\ud800); "
            "expected {kind} without it",
            kind=kind,
        ),
    )


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def json_kind(value: object) -> Message:
    """The kind of a JSON value in words ("an object", "a whole number"), for messages."""
    return next(
        (name for kind, name in _JSON_TYPES.items() if type(value) is kind), Message("a value")
    )


def schema_problems(
    data: Any, schema: Mapping[str, Any], cut: Mapping[str, int] | None = None
) -> list[PlanProblem]:
    """Every way `data` breaks the published schema, as field paths and what is expected. `cut`
    holds the real lengths of lists `capped` cut short, for the messages."""
    validator = _validator_class()(schema)
    found: list[PlanProblem] = []
    for error in validator.iter_errors(data):
        path = "$"
        for part in error.absolute_path:
            path = join_path(path, part)
        found.extend(_describe(error, path, (cut or {}).get(path)))
    unique = {(p.path, p.text): p for p in found}
    return sorted(unique.values(), key=lambda p: path_order(p.path))


@functools.cache
def _validator_class() -> Any:
    """Draft 2020-12 as JSON Schema means it elsewhere (ECMA-262): `$` in a pattern is the end of
    the text (Python's `$` also matches before a final newline, so "2027-01-04\\n" passed), and
    an integer is a number written without a point (the draft counts 10.0 as one)."""
    # Imported here: jsonschema takes about 150 ms to import, and only plan checks need it.
    from jsonschema import Draft202012Validator, ValidationError, validators  # noqa: PLC0415

    def pattern(validator: Any, regex: str, instance: Any, schema: Any) -> Any:
        if validator.is_type(instance, "string") and not _ecma_pattern(regex).search(instance):
            yield ValidationError(f"{instance!r} does not match {regex!r}")

    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, instance: type(instance) is int
    )
    return validators.extend(  # type: ignore[no-untyped-call]  # unannotated in types-jsonschema
        Draft202012Validator, validators={"pattern": pattern}, type_checker=checker
    )


@functools.cache
def _ecma_pattern(regex: str) -> re.Pattern[str]:
    """`regex` with each `$` anchor (outside brackets, not escaped) meaning only the end."""
    out: list[str] = []
    escaped = in_class = False
    for char in regex:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return re.compile("".join(out))


def _describe(error: Any, path: str, real_size: int | None = None) -> list[PlanProblem]:
    """Our own words for one jsonschema error: what is wrong and what is expected. The schema's
    descriptions and reasons are quoted (`make translations` marks them from the schema file)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    described = _schema_text(schema.get("description"))
    why = _schema_text(schema.get("x-why"))
    value = error.instance
    kind = error.validator
    if kind == "required":
        properties = schema.get("properties", {})
        missing = [name for name in error.validator_value if name not in value]
        return [
            PlanProblem(
                join_path(path, name),
                Message(
                    "is missing; expected {expected}",
                    expected=_schema_text(properties.get(name, {}).get("description"))
                    or Message("this field"),
                ),
            )
            for name in missing
        ]
    if kind == "additionalProperties":
        known = sorted(schema.get("properties", {}))
        extras = [name for name in value if name not in known]
        return [
            PlanProblem(
                join_path(path, name),
                Message("is not a field here; expected one of {fields}", fields=", ".join(known)),
            )
            for name in extras
        ]
    shown = as_written(value)
    limit = error.validator_value
    if kind in ("minimum", "maximum"):
        return [PlanProblem(path, _out_of_range(kind, shown, limit, described, why))]
    size = len(value) if isinstance(value, (str, list, dict)) else 0
    if kind == "maxItems":
        text = Message(
            "has {count} items; expected at most {limit}", count=real_size or size, limit=limit
        )
        return [PlanProblem(path, text)]
    wrong = _what_is_wrong(kind, value, shown, size, limit)
    expected = _what_is_expected(kind, limit, described)
    return [
        PlanProblem(path, Message("{wrong}; expected {expected}", wrong=wrong, expected=expected))
    ]


def _what_is_wrong(
    kind: str, value: object, shown: Message | str, size: int, limit: Any
) -> Message:
    if kind == "type":
        return Message("is {value}", value=json_kind(value))
    if kind == "minItems":
        return Message("has {count} items, too few", count=size) if size else Message("is empty")
    if kind == "uniqueItems":
        return Message("repeats an item")
    if kind == "maxLength":
        return Message("is {count} characters, more than {limit}", count=size, limit=limit)
    if kind == "minLength":
        return Message("is empty")
    return Message("is {value}", value=shown)


def _what_is_expected(kind: str, limit: Any, described: Message | None) -> Message | str:
    if kind == "const":
        return json.dumps(limit)
    if kind == "enum":
        return Message("one of {options}", options=", ".join(json.dumps(o) for o in limit))
    if kind == "type":
        kinds = _expected_type(limit)
        if described:
            return Message("{kinds} ({description})", kinds=kinds, description=described)
        return kinds
    return described or Message("a different value")


def _out_of_range(
    kind: str, shown: Message | str, limit: Any, described: Message | None, why: Message | None
) -> Message:
    """A number below the schema's minimum or above its maximum, with the reason for the limit
    (or else what the field is)."""
    if kind == "minimum":
        if why:
            return Message(
                "{value} is too small; expected {limit} or more: {why}",
                value=shown,
                limit=limit,
                why=why,
            )
        if described:
            return Message(
                "{value} is too small; expected {limit} or more ({expected})",
                value=shown,
                limit=limit,
                expected=described,
            )
        return Message("{value} is too small; expected {limit} or more", value=shown, limit=limit)
    if why:
        return Message(
            "{value} is too large; expected at most {limit}: {why}",
            value=shown,
            limit=limit,
            why=why,
        )
    if described:
        return Message(
            "{value} is too large; expected at most {limit} ({expected})",
            value=shown,
            limit=limit,
            expected=described,
        )
    return Message("{value} is too large; expected at most {limit}", value=shown, limit=limit)


def _schema_text(text: object) -> Message | None:
    """A description or reason from the schema file, which marks it for translation."""
    return Message(text) if isinstance(text, str) and text else None


def as_written(value: object) -> Message | str:
    """A value as the file writes it (shortened), or the kind of a list or an object."""
    if isinstance(value, (dict, list)):
        return json_kind(value)
    text = json.dumps(value, ensure_ascii=False)
    if not _is_unicode(text):  # a lone surrogate: shown escaped, so it can be printed
        text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + '..."'


def _expected_type(names: object) -> Message | str:
    """The schema's `type` ("integer", or a list of types) in words: "a whole number or null"."""
    items = names if isinstance(names, list) else [names]
    words = [_SCHEMA_TYPES.get(str(n), str(n)) for n in items]
    shown: Message | str = words[0] if words else ""
    for word in words[1:]:
        shown = Message("{first} or {second}", first=shown, second=word)
    return shown
