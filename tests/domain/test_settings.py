import json

from hypothesis import given
from hypothesis import strategies as st

from coach.domain.settings import (
    SETTING_KEYS,
    AppSettings,
    Theme,
    decode_settings,
    encode_settings,
)


def test_defaults_when_nothing_is_stored() -> None:
    settings, problems = decode_settings({})
    assert settings == AppSettings()
    assert settings.theme is Theme.SYSTEM
    assert problems == []


def test_round_trip() -> None:
    original = AppSettings(
        sound_enabled=False,
        theme=Theme.DARK,
        close_to_tray=False,
        start_minimised=True,
        alert_repeat_seconds=30,
    )
    assert decode_settings(encode_settings(original)) == (original, [])


def test_unreadable_values_are_reported_with_field_and_expectation() -> None:
    settings, problems = decode_settings({"theme": '"purple"', "sound_enabled": "not json"})
    assert settings.theme is Theme.SYSTEM
    assert settings.sound_enabled is True
    by_key = {p.key: p for p in problems}
    assert set(by_key) == {"theme", "sound_enabled"}
    assert "one of system, light, dark" in str(by_key["theme"].describe())
    assert "'theme'" in str(by_key["theme"].describe())
    assert "true or false" in str(by_key["sound_enabled"].describe())


def test_a_number_is_not_a_boolean() -> None:
    _, problems = decode_settings({"close_to_tray": "1"})
    assert [p.key for p in problems] == ["close_to_tray"]


@given(st.dictionaries(st.sampled_from((*SETTING_KEYS, "other")), st.text(max_size=30)))
def test_decoding_never_raises_and_reports_every_bad_value(stored: dict[str, str]) -> None:
    settings, problems = decode_settings(stored)
    assert isinstance(settings, AppSettings)
    reported = {p.key for p in problems}
    for key in SETTING_KEYS:
        if key in stored and key not in reported:
            assert json.loads(encode_settings(settings)[key]) == json.loads(stored[key])


def test_an_alert_repeat_outside_the_choices_is_reported() -> None:
    settings, problems = decode_settings({"alert_repeat_seconds": "7", "sound_enabled": "1"})
    assert settings.alert_repeat_seconds == AppSettings().alert_repeat_seconds
    assert [(p.key, str(p.expected)) for p in problems] == [
        ("sound_enabled", "true or false"),
        ("alert_repeat_seconds", "one of 0, 30, 60, 120 (seconds)"),
    ]


def test_language_text_size_and_high_contrast_round_trip_and_are_checked() -> None:
    original = AppSettings(theme=Theme.HIGH_CONTRAST, language="de", text_scale=150)
    assert decode_settings(encode_settings(original)) == (original, [])
    settings, problems = decode_settings({"language": '"fr"', "text_scale": "true"})
    assert (settings.language, settings.text_scale) == ("system", 100)
    assert [(p.key, str(p.expected)) for p in problems] == [
        ("language", "one of system, en, de"),
        ("text_scale", "one of 100, 125, 150, 175, 200 (percent)"),
    ]


def test_reduce_motion_is_off_by_default_round_trips_and_is_checked() -> None:
    """Off by default: Qt 6.11 tells nothing of the desktop's reduced-motion preference."""
    assert AppSettings().reduce_motion is False
    original = AppSettings(reduce_motion=True)
    assert encode_settings(original)["reduce_motion"] == "true"
    assert decode_settings(encode_settings(original)) == (original, [])
    settings, problems = decode_settings({"reduce_motion": '"yes"'})
    assert settings.reduce_motion is False
    assert [(p.key, str(p.expected)) for p in problems] == [("reduce_motion", "true or false")]
