"""The look comes from the design's tokens (issue 20): colours from the palettes, text sizes from
the type scale, spacing from its steps. These read Coach's source and fail on a colour, a text
size or a spacing written by hand anywhere else."""

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.ui.widgets import tokens

COACH = Path(__file__).resolve().parents[2] / "coach"
PALETTES = COACH / "ui" / "widgets" / "palettes.py"
TOKENS = COACH / "ui" / "widgets" / "tokens.py"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
FONT_SIZE = re.compile(r"font-size:\s*[0-9]")


def sources() -> Iterator[tuple[Path, ast.Module]]:
    """Every module of Coach, parsed."""
    for path in sorted(COACH.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def strings(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Each string in the source, with its line."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def called(node: ast.Call) -> str:
    """The name of the function or method a call calls."""
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def number(node: ast.expr | None) -> bool:
    """Whether an argument is a number written in the call."""
    return isinstance(node, ast.Constant) and isinstance(node.value, int | float)


def test_colours_are_written_only_in_the_palettes() -> None:
    found = [
        f"{path.relative_to(COACH)}:{line} {text!r}"
        for path, tree in sources()
        if path != PALETTES
        for line, text in strings(tree)
        if HEX_COLOUR.search(text)
    ]
    assert found == []


def test_text_sizes_are_steps_of_the_type_scale() -> None:
    found = []
    for path, tree in sources():
        if path == TOKENS:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = called(node)
            scale = next((k.value for k in node.keywords if k.arg == "scale"), None)
            by_hand = (
                (name == "heading" and number(scale))
                or (name == "rescale" and len(node.args) > 1 and number(node.args[1]))
                or (
                    name in ("setPointSize", "setPointSizeF", "setPixelSize")
                    and number(node.args[0])
                )
            )
            if by_hand:
                found.append(f"{path.relative_to(COACH)}:{node.lineno} {name}")
        found += [
            f"{path.relative_to(COACH)}:{line} {text!r}"
            for line, text in strings(tree)
            if FONT_SIZE.search(text)
        ]
    assert found == []


SPACING_CALLS = (
    "setSpacing",
    "setContentsMargins",
    "addSpacing",
    "setHorizontalSpacing",
    "setVerticalSpacing",
)


def test_spacing_comes_from_the_tokens() -> None:
    """A layout's spacing and margins are the tokens' steps (0, none, may be written)."""
    found = [
        f"{path.relative_to(COACH)}:{node.lineno} {called(node)}"
        for path, tree in sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and called(node) in SPACING_CALLS
        and any(
            isinstance(arg, ast.Constant) and isinstance(arg.value, int) and arg.value != 0
            for arg in node.args
        )
    ]
    assert found == []


@pytest.mark.parametrize(
    "steps",
    [
        (tokens.BODY, tokens.SECTION, tokens.LEAD, tokens.LARGE, tokens.TITLE, tokens.DISPLAY),
        (
            tokens.PRINT_SMALL_PT,
            tokens.PRINT_TABLE_PT,
            tokens.PRINT_BODY_PT,
            tokens.PRINT_SUBHEADING_PT,
            tokens.PRINT_HEADING_PT,
            tokens.PRINT_TITLE_PT,
        ),
        (
            tokens.SPACE_HAIR,
            tokens.SPACE_TIGHT,
            tokens.SPACE_SMALL,
            tokens.SPACE,
            tokens.SPACE_LARGE,
            tokens.SPACE_WIDE,
            tokens.SPACE_EDGE,
        ),
    ],
)
def test_each_scale_grows_step_by_step(steps: tuple[float, ...]) -> None:
    assert list(steps) == sorted(set(steps))
