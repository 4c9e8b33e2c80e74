"""A plan file's bytes as a JSON value, or what keeps them from being one: too large, empty, binary,
not UTF-8 (or UTF-16/32 with a byte-order mark), broken JSON at its line, a number too long to
read, nesting too deep for the parser, or a field named twice in one object (at its path). A
module of its own because none of this knows what a plan holds: the schema
(`coach.domain.plan_schema`) and the plan's own rules (`coach.domain.plan_checks`) check the value
afterwards."""

import collections
import json
import re
from typing import Any

from coach.domain.messages import Message
from coach.domain.plan_problems import PlanError, PlanProblem, join_path, path_order

MAX_PLAN_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 12  # the format nests 5 deep; anything far deeper is not a plan
MAX_INT_DIGITS = 4300  # Python's limit for reading a whole number (sys.get_int_max_str_digits)


def decode_plan_json(raw: bytes, file: str) -> Any:
    """The JSON value in `raw`: UTF-8 (with or without a byte-order mark), or UTF-16/32 with one.
    A field named twice in one object is refused at its path, whichever copy would have won."""
    if len(raw) > MAX_PLAN_BYTES:
        raise PlanError(file, [too_large(len(raw))])
    if not raw.strip():
        raise PlanError(file, [PlanProblem("$", Message("is empty; expected a plan in JSON"))])
    text = _decode_text(raw, file)
    repeated: list[bool] = []  # set when some object names a field twice
    try:
        value = json.loads(text, object_pairs_hook=lambda pairs: _object(pairs, repeated))
    except json.JSONDecodeError as error:
        problem = PlanProblem(
            "$",
            Message(
                "is not valid JSON: {error} at column {column}; expected it fixed there "
                "(a missing comma, quote or bracket is usual)",
                error=error.msg,
                column=error.colno,
            ),
            error.lineno,
        )
        raise PlanError(file, [problem]) from None
    except RecursionError:
        raise PlanError(file, [too_deep("$")]) from None
    except ValueError as error:  # a whole number too long for Python to read
        long = re.search(rf"[0-9]{{{MAX_INT_DIGITS + 1},}}", text)
        if long is None:
            problem = PlanProblem(
                "$",
                Message(
                    "cannot be read as JSON ({error}); expected a plan in JSON", error=str(error)
                ),
            )
        else:
            problem = PlanProblem(
                "$",
                Message(
                    "holds a number {digits} digits long; expected a number of at most {limit} "
                    "digits",
                    digits=len(long.group()),
                    limit=MAX_INT_DIGITS,
                ),
                text.count("\n", 0, long.start()) + 1,
            )
        raise PlanError(file, [problem]) from None
    if repeated:
        raise PlanError(file, _repeated_field_problems(value))
    return value


class _RepeatedFields(dict[str, Any]):
    """A JSON object that names a field more than once (`json` would keep only the last)."""

    repeated: dict[str, int]  # each repeated name and how often it is given


def _object(pairs: list[tuple[str, Any]], repeated: list[bool]) -> dict[str, Any]:
    """A JSON object as `json.loads` builds it, marked when it names a field twice: a clinician
    who writes `"reps": 8` twice means one of them, and silently keeping the last hides that."""
    value = dict(pairs)
    if len(value) == len(pairs):
        return value
    marked = _RepeatedFields(value)
    counts = collections.Counter(key for key, _item in pairs)
    marked.repeated = {key: count for key, count in counts.items() if count > 1}
    repeated.append(True)
    return marked


def _repeated_field_problems(value: Any) -> list[PlanProblem]:
    """One problem for each field given twice or more, at its path (walked without recursion, so
    a deeply nested file cannot exhaust the stack)."""
    problems: list[PlanProblem] = []
    pending: list[tuple[Any, str]] = [(value, "$")]
    while pending:
        item, path = pending.pop()
        if isinstance(item, _RepeatedFields):
            problems += [
                PlanProblem(
                    join_path(path, key),
                    Message(
                        "is given {count} times in the same object; expected once: delete all but "
                        "the one you mean",
                        count=count,
                    ),
                )
                for key, count in item.repeated.items()
            ]
        if isinstance(item, dict):
            pending += [(child, join_path(path, key)) for key, child in item.items()]
        elif isinstance(item, list):
            pending += [(child, f"{path}[{index}]") for index, child in enumerate(item)]
    return sorted(problems, key=lambda p: path_order(p.path))


def _decode_text(raw: bytes, file: str) -> str:
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    )
    encoding = next((name for bom, name in boms if raw.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in raw[:4096]:
        problem = PlanProblem(
            "$", Message("is a binary file, not a plan; expected UTF-8 JSON text")
        )
        raise PlanError(file, [problem])
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = PlanProblem(
            "$",
            Message(
                "is not {encoding} text (byte 0x{byte}); save the file as UTF-8",
                encoding=encoding.upper().removesuffix("-SIG"),
                byte=f"{raw[error.start]:02x}",
            ),
            line,
        )
        raise PlanError(file, [problem]) from None


def too_large(size: int) -> PlanProblem:
    """A file of `size` bytes, over `MAX_PLAN_BYTES` (found here, or before reading the file)."""
    megabytes = -(-size * 10 // (1024 * 1024)) / 10  # rounded up: never "5.0 MB" for 5 MB + 1 byte
    return PlanProblem(
        "$",
        Message(
            "is {size} MB; a plan file is at most {limit} MB (use smaller pictures)",
            size=megabytes,
            limit=MAX_PLAN_BYTES // 1024 // 1024,
        ),
    )


def too_deep(path: str) -> PlanProblem:
    """Nesting deeper than `MAX_DEPTH` at `path` (found by the parser here, or when the value is
    capped for the schema check)."""
    return PlanProblem(
        path,
        Message("is nested too deeply; a plan nests at most {depth} levels", depth=MAX_DEPTH),
    )
