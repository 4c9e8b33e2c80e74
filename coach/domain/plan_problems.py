"""What is wrong with a plan, and where: the problem and the error that every stage of reading a
plan reports (`coach.domain.plan_json`, `plan_schema`, `plan_checks` and `coach.domain.plan`
itself), the warnings that do not stop a plan, and the JSON paths they name fields by. A module
of its own because `coach.domain.plan` imports those stages: each reports here without importing
the plan module back."""

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.domain.messages import Message

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class PlanProblem:
    """One thing wrong with a plan: where (a JSON path such as `$.heat.cap_minutes`, or a line of a
    broken file) and what is expected, as a message the UI shows in the user's language."""

    path: str
    text: Message
    line: int | None = None

    @property
    def message(self) -> str:
        """What is expected, in English (the command line, logs)."""
        return str(self.text)

    def where_text(self) -> Message:
        if self.line is not None:
            return Message("line {line}", line=self.line)
        return Message("{path}", path=self.path)

    def where(self) -> str:
        """Where, in English."""
        return str(self.where_text())


class PlanError(Exception):
    """A plan that cannot be used, with every problem found in it."""

    def __init__(self, file: str, problems: Sequence[PlanProblem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One line per problem: `file: where: what`."""
        return [f"{self.file}: {p.where()}: {p.message}" for p in self.problems]


def warning_lines(file: str, warnings: Sequence[PlanProblem]) -> list[str]:
    """One line per warning, marked as one (`file: where: warning: what`): a warning does not
    stop the plan, so `coach plan validate` still calls it valid and exits 0."""
    return [f"{file}: {w.where()}: warning: {w.message}" for w in warnings]


def join_path(path: str, key: object) -> str:
    """The path of `key` inside the field at `path`: `$.a[1]`, `$.a.b`, or `$.a["not a name"]` for a
    key that is not a plain name."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    text = str(key)
    return f"{path}.{text}" if _IDENTIFIER.match(text) else f"{path}[{json.dumps(text)}]"


def path_order(path: str) -> list[tuple[int, int | str]]:
    """A sort key for problems: field by field, names before list items, items by number (`[2]`
    before `[10]`), so a clinician reads them in a steady order."""
    parts = re.findall(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[(\"[^\"]*\")\]", path)
    return [(1, int(index)) if index else (0, name or quoted) for name, index, quoted in parts]
