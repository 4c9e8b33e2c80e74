"""No module grows past 900 lines (README, Architecture): a longer one is two things in one room."""

from tests.helpers import REPO_ROOT

LIMIT = 900


def test_no_module_is_longer_than_900_lines() -> None:
    too_long = {
        str(path.relative_to(REPO_ROOT)): length
        for path in sorted((REPO_ROOT / "coach").rglob("*.py"))
        if (length := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert not too_long
