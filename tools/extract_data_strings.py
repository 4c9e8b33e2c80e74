"""Write the two Python modules that show pyside6-lupdate the texts it cannot find in the code.

`make translations` runs this before `pyside6-lupdate` and hands lupdate the folder they are
written to, `build/i18n/` (git-ignored, outside the package: nothing imports them, and
`QT_TRANSLATE_NOOP` only marks a text; the UI translates at display time):

- `data_strings.py`: every text of the built-in exercises (`resources/exercises/*.json`: name,
  steps, side_cues, feel, cautions, stop_if; context "exercise") and routines
  (`resources/routines/*.json`: name, aim; context "routine"). The data files stay in English;
  `coach/ui/text/data.py` translates each text where it is shown.
- `core_strings.py`: the English templates of the messages written outside the UI
  (`Message("...", name=value)` in coach/ outside coach/ui, see coach/domain/messages.py) and the
  plan schema's descriptions they quote (context "core"); `coach/ui/text/core.py` translates them.

Texts in the code are found by lupdate where they are written: `self.tr("...")` in a QObject
subclass, `translate("Context", "...")` (coach/ui/text/translate.py) elsewhere. This also reports
the translation calls lupdate would miss or get wrong, and the `Message`s written wrongly:
- a one-line helper that fills the context in (`def _tr(text): return
  QCoreApplication.translate("Labels", text)` called as `_tr("Neck")`): lupdate cannot see the
  context; call `translate("Labels", "Neck")`;
- `tr()` or `translate()` inside an f-string (lupdate skips it), an f-string as the text
  (translated before its values are filled in, so never found), a literal text with a context
  that is not a literal;
- a plural `translate(context, text, "", n)` (lupdate misses its plural forms, or the whole text);
- a `Message` whose template is not a literal or whose placeholders differ from its values.

    python tools/extract_data_strings.py           # write the modules into build/i18n/
    python tools/extract_data_strings.py --check   # write nothing; exit 1 if a call is wrong
"""

import argparse
import ast
import json
import string
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "coach"
RESOURCES = ROOT / "resources"
OUTPUT = ROOT / "build" / "i18n"  # also in the Makefile (translations)
DATA_MODULE = OUTPUT / "data_strings.py"
CORE_MODULE = OUTPUT / "core_strings.py"
PLAN_SCHEMA = RESOURCES / "plans" / "plan.schema.json"

EXERCISE_CONTEXT = "exercise"  # also in coach/ui/text/data.py
ROUTINE_CONTEXT = "routine"
CORE_CONTEXT = "core"  # also in coach/domain/messages.py
SCHEMA_TEXT_KEYS = ("description", "x-why")  # quoted by coach/domain/plan_schema.py
EXERCISE_FIELDS = ("name", "steps", "side_cues", "feel", "cautions", "stop_if")
ROUTINE_FIELDS = ("name", "aim")

LINE = 100  # ruff's line length (pyproject.toml)
TRANSLATING_CALLS = {"tr", "translate"}


@dataclass(frozen=True)
class Mark:
    context: str
    text: str
    origin: str  # where it comes from, for the comment above it


def data_marks() -> list[Mark]:
    """The translatable texts of the built-in exercises and routines, file by file."""
    marks: list[Mark] = []
    for folder, context, keys in (
        (RESOURCES / "exercises", EXERCISE_CONTEXT, EXERCISE_FIELDS),
        (RESOURCES / "routines", ROUTINE_CONTEXT, ROUTINE_FIELDS),
    ):
        for file in sorted(folder.glob("*.json")):
            data = json.loads(file.read_text(encoding="utf-8"))
            origin = file.relative_to(ROOT).as_posix()
            for key in keys:
                value = data.get(key, [])
                if isinstance(value, dict):  # side_cues: {"left": ..., "right": ...}
                    value = list(value.values())
                for text in [value] if isinstance(value, str) else value:
                    # The library strips each text when it loads it (coach/domain/exercises.py).
                    if isinstance(text, str) and text.strip():
                        marks.append(Mark(context, text.strip(), origin))
    return marks


def _schema_texts(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SCHEMA_TEXT_KEYS and isinstance(value, str):
                yield value
            else:
                yield from _schema_texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _schema_texts(item)


def core_marks() -> tuple[list[Mark], list[str]]:
    """The templates of `Message(...)` in the domain, the store and the modules beside them, then
    the plan schema's texts; and the messages written wrongly."""
    marks: list[Mark] = []
    problems: list[str] = []
    for path in _modules():
        if (PACKAGE / "ui") in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        origin = path.relative_to(ROOT).as_posix()
        for node, _cls, _in_fstring in _calls(tree):
            if _called_name(node) != "Message" or not isinstance(node.func, ast.Name):
                continue
            where = f"{origin}:{node.lineno}"
            template = _literal_text(node.args[0]) if node.args else None
            if template is None:
                if node.args and isinstance(node.args[0], ast.Name):
                    continue  # a text from a data file, marked from that file
                problems.append(f"{where}: a Message's template must be a literal text")
                continue
            problems += _template_problems(where, template, node)
            marks.append(Mark(CORE_CONTEXT, template, origin))
    schema = json.loads(PLAN_SCHEMA.read_text(encoding="utf-8"))
    origin = PLAN_SCHEMA.relative_to(ROOT).as_posix()
    marks += [Mark(CORE_CONTEXT, text, origin) for text in _schema_texts(schema)]
    return marks, problems


def _template_problems(where: str, template: str, call: ast.Call) -> list[str]:
    """A template's placeholders must be the call's values (unless they are passed as **values)."""
    if any(keyword.arg is None for keyword in call.keywords):
        return []
    given = {keyword.arg for keyword in call.keywords if keyword.arg is not None}
    if not given:
        return (
            [] if "{{" not in template else [f"{where}: a Message without values shows {{{{ as is"]
        )
    try:
        wanted = {
            field for _text, field, _spec, _conv in string.Formatter().parse(template) if field
        }
    except ValueError as error:
        return [f"{where}: the template cannot be filled in ({error})"]
    if wanted != given:
        return [f"{where}: the template names {sorted(wanted)} but is given {sorted(given)}"]
    return []


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The context of a one-line helper `def f(text): return QCoreApplication.translate("C", text)`."""
    body = [s for s in function.body if not _is_docstring(s)]
    params = function.args.args
    if len(body) != 1 or not isinstance(body[0], ast.Return) or len(params) != 1:
        return None
    call = body[0].value
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) == 2
        and not call.keywords
    ):
        return None
    context, text = call.args
    if (
        isinstance(context, ast.Constant)
        and isinstance(context.value, str)
        and isinstance(text, ast.Name)
        and text.id == params[0].arg
    ):
        return context.value
    return None


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def _modules() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str, bool]]:
    """Every call with the name of the class around it ("" outside one) and whether it sits inside
    an f-string."""

    def walk(node: ast.AST, cls: str, in_fstring: bool) -> Iterator[tuple[ast.Call, str, bool]]:
        if isinstance(node, ast.Call):
            yield node, cls, in_fstring
        for child in ast.iter_child_nodes(node):
            yield from walk(
                child,
                child.name if isinstance(child, ast.ClassDef) else cls,
                in_fstring or isinstance(node, ast.JoinedStr),
            )

    yield from walk(tree, "", False)


def _literal_text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def call_problems() -> list[str]:
    """The translation calls in coach/ that lupdate would miss or read wrongly (see the module's
    docstring), each as "path:line: what to do"."""
    problems: list[str] = []
    for path in _modules():
        source = path.read_text(encoding="utf-8")
        problems += source_problems(source, path.relative_to(ROOT).as_posix())
    return problems


def source_problems(source: str, origin: str) -> list[str]:
    """The translation calls lupdate would miss or read wrongly in one module's source."""
    tree = ast.parse(source, origin)
    helpers = sorted(
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and _helper_context(node) is not None
    )
    problems = [
        f"{origin}: {name}() fills in a translation context lupdate cannot see; call "
        'translate("Context", "text") from coach/ui/text/translate.py instead'
        for name in helpers
    ]
    for node, _cls, in_fstring in _calls(tree):
        if node.args and _called_name(node) in TRANSLATING_CALLS:
            problems += _call_problems(f"{origin}:{node.lineno}", node, in_fstring)
    return problems


def _call_problems(where: str, call: ast.Call, in_fstring: bool) -> list[str]:
    """What lupdate would get wrong in one `tr(text, ...)` or `translate(context, text, ...)`."""
    name = _called_name(call)
    is_translate = name == "translate" and len(call.args) > 1
    text = call.args[1] if is_translate else call.args[0]
    problems = []
    if name == "translate" and (len(call.args) > 3 or call.keywords):
        problems.append(
            f"{where}: lupdate does not read plural forms from translate(); "
            'use tr(text, "", n) of a QObject subclass (see coach/ui/text/labels.py)'
        )
    if isinstance(text, ast.JoinedStr):
        problems.append(
            f"{where}: an f-string in {name}() is never translated; "
            "use {placeholders} and .format() after the call"
        )
    elif _literal_text(text) is not None:
        if in_fstring:
            problems.append(
                f"{where}: lupdate skips {name}() inside an f-string; translate the text first "
                "and put the result in the f-string"
            )
        if is_translate and _literal_text(call.args[0]) is None:
            problems.append(f"{where}: lupdate finds a text only with a literal context")
    return problems


def _literal(text: str) -> str:
    """A Python string literal as ruff format writes it: double quotes unless the text has some."""
    body = json.dumps(text, ensure_ascii=False)[1:-1]  # escapes \ " and control characters
    if '"' in text and "'" not in text:
        return "'" + body.replace('\\"', '"') + "'"
    return f'"{body}"'


def _mark_lines(mark: Mark) -> list[str]:
    one_line = f"QT_TRANSLATE_NOOP({_literal(mark.context)}, {_literal(mark.text)})"
    if len(one_line) <= LINE:
        return [one_line]
    inner = LINE - 4 - 2  # indented by four, two quotes
    # Split at spaces, keeping each space at the end of its piece, as the source texts do.
    pieces = textwrap.wrap(
        mark.text,
        width=inner - 1,
        drop_whitespace=False,
        replace_whitespace=False,  # a "\n" in a text stays a line break
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [
        "QT_TRANSLATE_NOOP(",
        f"    {_literal(mark.context)},",
        *(f"    {_literal(piece)}" for piece in pieces[:-1]),
        f"    {_literal(pieces[-1])},",
        ")",
    ]


def render(marks: list[Mark], docstring: str) -> str:
    lines = [f'"""{docstring}"""', "", "from PySide6.QtCore import QT_TRANSLATE_NOOP"]
    seen: set[tuple[str, str]] = set()
    origin = ""
    for mark in marks:
        if (mark.context, mark.text) in seen:
            continue
        seen.add((mark.context, mark.text))
        if mark.origin != origin:
            origin = mark.origin
            lines += ["", f"# {origin}"]
        lines += _mark_lines(mark)
    return "\n".join(lines) + "\n"


DATA_DOC = """Generated by tools/extract_data_strings.py (`make translations`): do not edit.

The texts of the built-in exercises and routines, marked for pyside6-lupdate. The JSON files stay
in English; coach/ui/text/data.py translates each text where it is shown. Nothing imports this.
"""

CORE_DOC = """Generated by tools/extract_data_strings.py (`make translations`): do not edit.

The English templates of the messages written for the user outside the UI (the domain, the store,
the services: coach/domain/messages.py) and the plan schema's descriptions, marked for
pyside6-lupdate in the context "core"; coach/ui/text/core.py translates them. Nothing imports this.
"""


def generated() -> dict[Path, str]:
    core, _core_problems = core_marks()
    return {
        DATA_MODULE: render(data_marks(), DATA_DOC),
        CORE_MODULE: render(core, CORE_DOC),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the calls; write nothing")
    options = parser.parse_args(argv)
    problems = call_problems() + core_marks()[1]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not options.check:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        for path, text in generated().items():
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
