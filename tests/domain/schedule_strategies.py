"""Hypothesis strategies for the schedule's tests: quiet times on the quarter hour."""

from datetime import time

from hypothesis import strategies as st

from coach.domain.schedule import DailyWindow

QUARTERS = 96  # quarter hours in a day


def quarter(index: int) -> time:
    """The `index`th quarter hour of the day (any integer: it wraps past midnight)."""
    index %= QUARTERS
    return time(index // 4, index % 4 * 15)


@st.composite
def quiet_times(draw: st.DrawFn, max_size: int = 4) -> tuple[DailyWindow, ...]:
    """Up to `max_size` quiet times that a user may set: none overlapping, none empty, any of them
    may cross midnight, in any order. Made from distinct points around the clock taken two by
    two, the whole turned by a random amount."""
    count = draw(st.integers(0, max_size))
    points = sorted(
        draw(st.sets(st.integers(0, QUARTERS - 1), min_size=2 * count, max_size=2 * count))
    )
    turn = draw(st.integers(0, QUARTERS - 1))
    windows = [
        DailyWindow(quarter(points[2 * n] + turn), quarter(points[2 * n + 1] + turn))
        for n in range(count)
    ]
    return tuple(draw(st.permutations(windows)))


def any_windows(max_size: int = 4) -> st.SearchStrategy[list[DailyWindow]]:
    """Quiet times as anyone might type them: empty, overlapping or fine."""
    quarters = st.integers(0, QUARTERS - 1).map(quarter)
    return st.lists(st.builds(DailyWindow, quarters, quarters), max_size=max_size)
