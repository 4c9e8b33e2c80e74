"""First-run answers (CLINICAL.md section 4) and the suggested reminders (sections 5 and 6)."""

from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from coach.domain.onboarding import (
    Decision,
    Goal,
    Onboarding,
    strength_routine,
    suggested_reminders,
)
from coach.domain.reminders import ReminderSettings
from coach.domain.safety import RedFlag, Urgency
from coach.domain.schedule import ALL_WEEKDAYS, DailyWindow, UserDay


def test_answers_round_trip_and_keep_unanswered_apart_from_no() -> None:
    answers = Onboarding().with_answers(
        frozenset({RedFlag.CHEST_PAIN, RedFlag.HIGH_FEVER}), frozenset({RedFlag.HIGH_FEVER})
    )
    answers = Onboarding(
        answers.answered,
        answers.yes,
        frozenset({Goal.SLEEP, Goal.POSTURE}),
        Decision.DECLINED,
        True,
        datetime(2026, 6, 1, 8, tzinfo=UTC),
    )
    assert Onboarding.decode(answers.encode()) == answers
    assert RedFlag.WEIGHT_LOSS not in answers.answered  # never asked: not a "no"
    skipped = Onboarding()
    assert Onboarding.decode(skipped.encode()) == skipped
    assert skipped.goals is None and skipped.reminders is None


def test_answering_again_replaces_only_those_questions() -> None:
    first = Onboarding().with_answers(
        frozenset({RedFlag.CHEST_PAIN, RedFlag.NOT_ASSESSED}), frozenset({RedFlag.NOT_ASSESSED})
    )
    again = first.with_answers(frozenset({RedFlag.NOT_ASSESSED}), frozenset())
    assert again.answered == first.answered
    assert again.yes == frozenset()


def test_the_most_urgent_yes_decides_the_advice_NHSBP() -> None:
    """Weakness or numbness in both legs is an emergency (NHSBP; CLINICAL.md 4a: "weakness in an
    arm or leg" was one question, and an emergency, before the clinical review)."""
    answers = Onboarding().with_answers(
        frozenset(RedFlag),
        frozenset({RedFlag.NOT_ASSESSED, RedFlag.ARM_WEAKNESS, RedFlag.LEGS_WEAK_OR_NUMB}),
    )
    advice = answers.advice()
    assert advice is not None and advice.urgency is Urgency.EMERGENCY
    assert advice.red_flags == (RedFlag.LEGS_WEAK_OR_NUMB,)
    only_assess = Onboarding().with_answers(
        frozenset({RedFlag.NOT_ASSESSED}), frozenset({RedFlag.NOT_ASSESSED})
    )
    assert only_assess.advice() is not None
    assert only_assess.advice().urgency is Urgency.ASSESS  # type: ignore[union-attr]
    assert Onboarding().advice() is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[1]", "JSON object"),
        ('{"version": 7}', "'version'"),
        ('{"version": 1, "red_flags": {"nope": true}}', "unknown question 'nope'"),
        ('{"version": 1, "goals": ["fly"]}', "'goals'"),
        ('{"version": 1, "reminders": "sometimes"}', "'reminders'"),
        # Values of the wrong type name their field too (they raised TypeError: review 9).
        ('{"version": 1, "goals": [{}]}', "'goals'"),
        ('{"version": 1, "goals": [["less_pain"]]}', "'goals'"),
        ('{"version": 1, "goals": {"less_pain": true}}', "'goals'"),
        ('{"version": 1, "reminders": []}', "'reminders'"),
        ('{"version": 1, "reminders": {}}', "'reminders'"),
        ('{"version": 1, "red_flags": []}', "'red_flags'"),
        ('{"version": 1, "finished": [1]}', "'finished'"),
        ('{"version": 1, "updated_at": {}}', "'updated_at'"),
        ('{"version": 1, "updated_at": "2026-01-01T10:00:00"}', "with its zone"),
        ("{", "not JSON"),
    ],
)
def test_unreadable_answers_name_the_problem(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Onboarding.decode(text)


def test_the_suggested_reminders_are_the_desk_reset_breaks_and_the_check_in() -> None:
    current = ReminderSettings()
    suggested = suggested_reminders(current)
    assert suggested.routine.routine_id == "desk_reset"
    assert suggested.routine.times == (time(10, 30), time(15))
    assert suggested.routine.weekdays == current.day.work_days
    assert suggested.movement.enabled and suggested.movement.every_minutes == 30  # section 5
    assert suggested.checkin.times == (time(17),) and suggested.checkin.weekdays == ALL_WEEKDAYS
    assert suggested.day == current.day


def test_answers_stored_before_the_review_still_read() -> None:
    """ "limb_weakness" (weakness in an arm or leg, or trouble walking) is no longer asked, but
    answers that hold it read as before: "contact your doctor today", the cautious middle."""
    stored = (
        '{"version": 1, "red_flags": {"limb_weakness": true, "high_fever": false},'
        ' "goals": null, "reminders": null, "finished": true, "updated_at": null}'
    )
    answers = Onboarding.decode(stored)
    assert answers.yes == {RedFlag.LIMB_WEAKNESS}
    advice = answers.advice()
    assert advice is not None and advice.urgency is Urgency.SAME_DAY


def test_after_an_urgent_answer_no_exercise_reminders_are_proposed() -> None:
    """CLINICAL.md 4a: with a safety flag open the first run proposes the breaks and the check-in,
    never the desk reset (before the review it proposed it twice a day right after an urgent
    "yes"); the routine reminder stays as it was, held while the flag is open."""
    current = ReminderSettings(routine=replace(ReminderSettings().routine, enabled=False))
    waiting = suggested_reminders(current, frozenset({Goal.MOVE_MORE}), exercise=False)
    assert waiting.routine == current.routine and not waiting.routine.enabled
    assert waiting.movement.enabled and waiting.movement.every_minutes == 20
    assert waiting.checkin.enabled and waiting.checkin.times == (time(17),)
    assert suggested_reminders(current).routine.enabled


def test_suggested_routine_times_fall_inside_other_working_hours() -> None:
    day = UserDay(
        frozenset({0, 2, 4}), DailyWindow(time(13), time(22)), (DailyWindow(time(23), time(7)),)
    )
    suggested = suggested_reminders(ReminderSettings(day=day))
    assert suggested.routine.times == (time(16), time(19))
    assert suggested.routine.weekdays == frozenset({0, 2, 4})


def test_goals_change_the_breaks_and_offer_strength_work() -> None:
    """MCL (CLINICAL.md section 5): microbreaks every 20 minutes for moving more at work; A11
    (section 2): 2 minutes of band work a day for strength, offered, not reminded."""
    current = ReminderSettings()
    moving = suggested_reminders(current, frozenset({Goal.MOVE_MORE}))
    assert moving.movement.every_minutes == 20
    assert moving.routine == suggested_reminders(current).routine
    for goals in (None, frozenset(), frozenset({Goal.LESS_PAIN, Goal.SLEEP, Goal.POSTURE})):
        assert suggested_reminders(current, goals) == suggested_reminders(current)
        assert strength_routine(goals) is None
    assert strength_routine(frozenset({Goal.STRENGTH, Goal.SLEEP})) == "band_break"
    strong = suggested_reminders(current, frozenset({Goal.STRENGTH}))
    assert strong.routine.routine_id == "desk_reset" and strong.movement.every_minutes == 30
