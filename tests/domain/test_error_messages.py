"""The domain's errors and problems the user reads carry a `Message`: the English stays their
`str()` (logs, the command line), and the UI translates the template and each value in it."""

import json
from datetime import time

import pytest

from coach.domain.exercises import LibraryError, load_library
from coach.domain.messages import Message, MessageError
from coach.domain.onboarding import Onboarding
from coach.domain.reminders import ReminderSettings
from coach.domain.routines import parse_routine
from coach.domain.schedule import MovementRule, ReminderKind, ScheduleError, TimedRule
from coach.domain.settings import decode_settings
from tests.helpers import REPO_ROOT


def _pretend_german(template: str) -> str:
    """A stand-in for the translation: marks every template it was asked for."""
    return f"<{template}>"


def test_a_schedule_error_is_a_message_naming_the_kind_as_a_message() -> None:
    with pytest.raises(ScheduleError) as raised:
        TimedRule(ReminderKind.HEAT, ())
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.message == Message(
        "the {kind} reminder needs at least one time", kind=Message("heat")
    )
    assert str(error) == "the heat reminder needs at least one time"
    assert error.message.render(_pretend_german) == (
        "<the <heat> reminder needs at least one time>"
    )
    with pytest.raises(ScheduleError) as movement:
        MovementRule(5)
    assert str(movement.value) == "movement breaks come every 20 to 90 minutes (got 5)"
    assert movement.value.message.values == {"low": 20, "high": 90, "minutes": 5}


def test_stored_reminder_settings_say_what_is_wrong_in_a_message() -> None:
    data = json.loads(ReminderSettings().encode())
    data["movement"] = {"every_minutes": "30"}
    with pytest.raises(ScheduleError) as raised:
        ReminderSettings.decode(json.dumps(data))
    message = raised.value.message
    assert str(raised.value) == (
        "reminder setting 'movement.every_minutes' holds '30'; expected a whole number"
    )
    assert message.template == "reminder setting '{key}' holds {value}; expected {expected}"
    assert message.values["expected"] == Message("a whole number")
    assert message.render(_pretend_german).endswith("expected <a whole number>>")

    data = json.loads(ReminderSettings().encode())
    data["checkin"] = {"times": []}
    with pytest.raises(ScheduleError) as wrapped:
        ReminderSettings.decode(json.dumps(data))
    assert str(wrapped.value) == (
        "reminder setting 'checkin': the checkin reminder needs at least one time"
    )
    inner = wrapped.value.message.values["problem"]
    assert isinstance(inner, Message) and inner.values["kind"] == Message("checkin")


def test_a_setting_reset_is_described_by_a_message_with_its_expectation() -> None:
    _settings, problems = decode_settings({"theme": '"plaid"', "text_scale": "true"})
    by_key = {p.key: p for p in problems}
    described = by_key["theme"].describe()
    assert isinstance(described, Message)
    assert str(described) == (
        "setting 'theme' holds '\"plaid\"', expected one of system, light, dark, high_contrast; "
        "it was reset to its default"
    )
    assert by_key["text_scale"].expected == Message(
        "one of {choices} (percent)", choices="100, 125, 150, 175, 200"
    )
    assert by_key["text_scale"].describe().render(_pretend_german) == (
        "<setting 'text_scale' holds 'true', expected <one of 100, 125, 150, 175, 200 (percent)>; "
        "it was reset to its default>"
    )


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ('{"version": 1, "finished": [1]}', "'finished' holds [1]; expected true or false"),
        (
            '{"version": 1, "red_flags": {"nope": true}}',
            "'red_flags' holds an unknown question 'nope'",
        ),
        ("[]", "expected a JSON object"),
    ],
)
def test_unreadable_first_run_answers_raise_a_message_error(text: str, english: str) -> None:
    with pytest.raises(MessageError) as raised:
        Onboarding.decode(text)
    assert isinstance(raised.value, ValueError)
    assert str(raised.value) == english == str(raised.value.message)


def test_a_library_problem_carries_a_message_and_keeps_its_english_parts() -> None:
    library = load_library(REPO_ROOT / "resources" / "exercises")
    with pytest.raises(LibraryError) as raised:
        parse_routine(
            "r.json",
            {"id": "r", "name": "R", "aim": "A", "steps": [{"exercise": "yoga"}]},
            library,
            True,
        )
    error = raised.value
    assert error.problem == "unknown exercise 'yoga'"
    assert str(error) == "r.json: steps[0].exercise: unknown exercise 'yoga'" == str(error.message)
    assert error.message.values["problem"] == Message(
        "unknown exercise {exercise}", exercise="'yoga'"
    )
    labelled = LibraryError(Message("your routine '{name}'", name="Mine"), "steps", "x")
    assert labelled.file == "your routine 'Mine'"
    assert labelled.message.render(_pretend_german) == "<<your routine 'Mine'>: steps: x>"


def test_working_hours_that_end_first_are_a_message_with_the_times() -> None:
    from coach.domain.schedule import DailyWindow, UserDay

    with pytest.raises(ScheduleError) as raised:
        UserDay(work=DailyWindow(time(17), time(9)))
    assert raised.value.message.values == {"start": "17:00", "end": "09:00"}
    assert str(raised.value) == (
        "working hours must end after they start on the same day (got 17:00 to 09:00)"
    )
