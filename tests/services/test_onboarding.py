"""The first-run answers through the onboarding service: saved, read back and announced; answers
that cannot be read count as none and say why; a store that cannot be written says so."""

import pytest

from coach.clock import FakeClock
from coach.domain.onboarding import Goal, Onboarding
from coach.domain.safety import RedFlag
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.onboarding import OnboardingService
from tests.services.conftest import read_only


def test_answers_are_saved_read_back_and_announced(
    context: ServiceContext, clock: FakeClock, announced: list[Change]
) -> None:
    onboarding = OnboardingService(context)
    assert onboarding.answers() == (None, None)
    assert not onboarding.has_answers()
    answers = Onboarding(goals=frozenset({Goal.MOVE_MORE}), updated_at=clock.now()).with_answers(
        frozenset(RedFlag), frozenset({RedFlag.NIGHT_PAIN})
    )
    onboarding.save(answers)
    assert announced == [Change.SETTINGS]
    assert onboarding.has_answers()
    assert onboarding.answers() == (answers, None)


def test_answers_that_cannot_be_read_count_as_none(context: ServiceContext) -> None:
    onboarding = OnboardingService(context)
    onboarding.save(Onboarding())
    context.repo.connection.execute("UPDATE settings SET value = '[]' WHERE key = 'onboarding'")
    answers, problem = onboarding.answers()
    assert answers is None and problem is not None
    assert onboarding.has_answers()  # stored, though unreadable: the first run replaces them


def test_answers_that_cannot_be_saved_are_a_service_error(
    context: ServiceContext, announced: list[Change]
) -> None:
    with read_only(context), pytest.raises(ServiceError) as caught:
        OnboardingService(context).save(Onboarding())
    assert str(caught.value.message).startswith("Not saved: ")
    assert announced == []
    assert not OnboardingService(context).has_answers()
