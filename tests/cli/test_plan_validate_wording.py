"""`coach plan validate` counts a valid plan's routines in words that fit the number."""

import pytest

from coach.cli import main
from tests.helpers import REPO_ROOT

EXAMPLES = REPO_ROOT / "resources" / "plans" / "examples"


def test_a_valid_plans_routines_are_counted_in_the_singular_or_plural(
    capsys: pytest.CaptureFixture[str],
) -> None:
    one = EXAMPLES / "strength-at-work.coachplan"  # one routine
    two = EXAMPLES / "neck-and-upper-back.coachplan"  # two
    assert main(["plan", "validate", str(one), str(two)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f'{one}: valid plan "Shoulder strength at work" (1 routine)',
        f'{two}: valid plan "Neck and upper back, weeks 1-4" (2 routines)',
    ]
