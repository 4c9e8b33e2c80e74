"""Messages the domain and the store write for the user, worded again in the user's language by
the UI.

The pure layers cannot import Qt, so they do not translate. Instead of a finished sentence they
give a `Message`: an English template with named `{placeholders}` and the values to fill in. The
English (`str(message)`) goes to logs and the command line; `coach.ui.text.core` looks the template
up in Qt's translations (context `CORE_CONTEXT`) and fills in the same values, writing numbers the
user's way. A value may itself be a `Message` ("is {kind}" with kind "a whole number"), translated
in turn. A message without values is shown as written, braces and all (no `{{` needed).

Write a template as a literal, `Message("is {size} MB; ...", size=...)`: `make translations` finds
it there (tools/extract_data_strings.py) and marks it for pyside6-lupdate. A template that comes
from a data file (the plan schema's descriptions) is marked from that file.
"""

from collections.abc import Callable, Mapping
from typing import Union

CORE_CONTEXT = "core"  # also in tools/extract_data_strings.py

Value = Union[str, int, float, "Message"]


def english(template: str) -> str:
    return template


def plain_number(value: float) -> str:
    return f"{value:g}"


class Message:
    """An English template and its values (see the module's docstring)."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: Value) -> None:
        self.template = template
        self.values: Mapping[str, Value] = values

    def render(
        self,
        translate: Callable[[str], str] = english,
        number: Callable[[float], str] = plain_number,
    ) -> str:
        """The message with `translate` applied to each template and `number` to each fraction."""

        def shown(value: Value) -> str:
            if isinstance(value, Message):
                return value.render(translate, number)
            if isinstance(value, float):
                return number(value)
            return str(value)

        template = translate(self.template)
        if not self.values:
            return template
        return template.format_map({name: shown(value) for name, value in self.values.items()})

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        values = "".join(f", {name}={value!r}" for name, value in self.values.items())
        return f"Message({self.template!r}{values})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, dict(self.values)) == (other.template, dict(other.values))

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.values))))


class MessageError(ValueError):
    """An error whose text is a `Message`: `str()` gives the English, `.message` the parts."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message
