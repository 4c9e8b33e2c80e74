"""What the clinician report sums up: pain before and after sessions (the meaningful-fall rule of
CLINICAL.md section 3), stiffness and sleep per week, exercises done against the plan, and
reminder responses."""

from datetime import date

from coach.domain.progress import is_meaningful_fall
from coach.domain.reminders import ReminderEvent
from coach.domain.report_summary import (
    exercise_adherence,
    pain_around_sessions,
    reminder_responses,
    week_of,
    weekly_ratings,
)
from coach.domain.schedule import ReminderKind


def test_pain_around_sessions_counts_meaningful_falls_by_one_rule_FAR_KOV() -> None:
    summary = pain_around_sessions(
        [
            (6, 4),  # 2 points: meaningful (FAR)
            (5, 3),  # 2 points
            (1, 0),  # 100 % but 1 point: not meaningful (KOV: at least 1.5 points)
            (4, 3),  # 1 point, 25 %
            (3, 4),  # rose
            (5, None),  # rated before only (ended early)
            (None, None),
        ],
        is_meaningful_fall,
    )
    assert summary is not None
    assert summary.rated == 5
    assert summary.median_before == 4.0  # 1, 3, 4, 5, 6
    assert summary.median_after == 3.0  # 0, 3, 3, 4, 4
    assert summary.median_change == -1.0  # -2, -2, -1, -1, +1
    assert summary.meaningful_falls == 2
    assert summary.rises == 1
    assert summary.before_only == 1


def test_pain_around_sessions_needs_a_session_rated_both_times() -> None:
    assert pain_around_sessions([(5, None), (None, 3)], is_meaningful_fall) is None
    assert pain_around_sessions([], is_meaningful_fall) is None


def test_weekly_ratings_give_the_mean_of_each_rating_given() -> None:
    weeks = weekly_ratings(
        [
            (date(2026, 5, 18), 6, 5, None),
            (date(2026, 5, 24), 4, None, 7),  # Sunday: the same week
            (date(2026, 5, 25), 3, 2, 8),
        ]
    )
    assert [w.week_start for w in weeks] == [date(2026, 5, 18), date(2026, 5, 25)]
    first, second = weeks
    assert (first.checkins, first.pain, first.stiffness, first.sleep) == (2, 5.0, 5.0, 7.0)
    assert (first.stiffness_rated, first.sleep_rated) == (1, 1)
    assert (second.pain, second.stiffness, second.sleep) == (3.0, 2.0, 8.0)
    assert weekly_ratings([(date(2026, 5, 18), 4, None, None)])[0].stiffness is None
    assert week_of(date(2026, 5, 24)) == date(2026, 5, 18)


def test_exercise_adherence_plans_the_reminded_routine_and_counts_every_routine() -> None:
    rows = exercise_adherence(
        10,
        ["chin_tuck", "neck_side_bend", "chin_tuck"],  # the reminded routine's steps
        ["chin_tuck", "cat_camel"],  # the plan's other exercises
        {"chin_tuck": (15, 17), "cat_camel": (3, 3), "wall_angel": (1, 2)},
    )
    by_id = {row.exercise_id: row for row in rows}
    assert [row.exercise_id for row in rows] == [
        "chin_tuck",
        "neck_side_bend",
        "cat_camel",
        "wall_angel",
    ]
    assert (by_id["chin_tuck"].planned, by_id["chin_tuck"].done) == (20, 15)
    assert by_id["chin_tuck"].stopped == 2 and by_id["chin_tuck"].percent == 75.0
    assert (by_id["neck_side_bend"].planned, by_id["neck_side_bend"].done) == (10, 0)
    assert by_id["cat_camel"].planned is None and by_id["cat_camel"].percent is None
    assert by_id["wall_angel"].stopped == 1


def test_reminder_responses_count_each_answer_and_those_left_unanswered() -> None:
    counts = {
        (ReminderKind.MOVEMENT, ReminderEvent.SHOWN): 20,
        (ReminderKind.MOVEMENT, ReminderEvent.STARTED): 10,
        (ReminderKind.MOVEMENT, ReminderEvent.SNOOZED): 3,
        (ReminderKind.MOVEMENT, ReminderEvent.SKIPPED): 4,
        (ReminderKind.MOVEMENT, ReminderEvent.MISSED): 2,
        (ReminderKind.CHECKIN, ReminderEvent.SHOWN): 5,
        (ReminderKind.CHECKIN, ReminderEvent.STARTED): 5,
    }
    movement, checkin = reminder_responses(counts)
    assert movement.kind is ReminderKind.MOVEMENT and checkin.kind is ReminderKind.CHECKIN
    assert (movement.shown, movement.started, movement.snoozed, movement.skipped) == (20, 10, 3, 4)
    assert movement.unanswered == 3 and movement.missed == 2
    assert checkin.unanswered == 0
    assert reminder_responses({}) == []
