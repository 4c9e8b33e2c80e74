"""Heat on the neck (CLINICAL.md section 1, HK): the neck question is asked when, and only when,
heat goes on the neck, and its answer warns only then."""

import json
from datetime import UTC, datetime

from coach.domain.heat import (
    BodyArea,
    Concern,
    HeatScreening,
    HeatWarning,
    WarningKind,
    heat_start_warnings,
    questions_for,
)

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
DAY_START = datetime(2026, 6, 10, 0, 0, tzinfo=UTC)


def warnings_for(screening: HeatScreening, area: BodyArea | None) -> list[HeatWarning]:
    return heat_start_warnings(NOW, DAY_START, [], screening, area=area)


def test_the_neck_question_is_asked_only_for_heat_on_the_neck_HK() -> None:
    assert Concern.NECK_FRONT in questions_for(BodyArea.NECK)
    for area in (None, BodyArea.SHOULDERS, BodyArea.UPPER_BACK, BodyArea.MIDDLE_BACK):
        assert Concern.NECK_FRONT not in questions_for(area)
        assert set(questions_for(area)) == set(Concern) - {Concern.NECK_FRONT}


def test_answers_given_before_the_neck_question_are_asked_again_for_the_neck_HK() -> None:
    older = HeatScreening.decode(json.dumps({"answered": True, "concerns": ["diabetes"]}))
    assert older == HeatScreening(True, frozenset({Concern.DIABETES}), neck_answered=False)
    assert older.complete_for(BodyArea.SHOULDERS)
    assert not older.complete_for(BodyArea.NECK)
    assert WarningKind.NOT_SCREENED in [w.kind for w in warnings_for(older, BodyArea.NECK)]
    assert WarningKind.NOT_SCREENED not in [
        w.kind for w in warnings_for(older, BodyArea.UPPER_BACK)
    ]
    answered = HeatScreening(True, frozenset(), neck_answered=True)
    assert HeatScreening.decode(answered.encode()) == answered
    assert warnings_for(answered, BodyArea.NECK) == []


def test_unsure_about_the_front_of_the_neck_warns_only_for_heat_on_the_neck_HK() -> None:
    unsure = HeatScreening(True, frozenset({Concern.NECK_FRONT}), neck_answered=True)
    assert warnings_for(unsure, BodyArea.NECK) == [
        HeatWarning(WarningKind.NECK_FRONT, concerns=(Concern.NECK_FRONT,))
    ]
    assert warnings_for(unsure, BodyArea.SHOULDERS) == []
    assert warnings_for(unsure, None) == []
    # It is not one of the burn-risk answers ("heat burns more easily with ...").
    both = HeatScreening(True, frozenset({Concern.NECK_FRONT, Concern.HEART}), neck_answered=True)
    assert warnings_for(both, BodyArea.NECK) == [
        HeatWarning(WarningKind.ASK_CLINICIAN, concerns=(Concern.HEART,)),
        HeatWarning(WarningKind.NECK_FRONT, concerns=(Concern.NECK_FRONT,)),
    ]
