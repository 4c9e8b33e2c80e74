"""A meaningful fall in pain (CLINICAL.md section 3) is one rule, `is_meaningful_fall`, wherever
Coach says it: at least 2 points (FAR), or at least 30 % and 1.5 points (KOV). Progress and Today
use it; the report's tests check the report."""

from datetime import timedelta

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine
from coach.ui.lifecycle import startup
from coach.ui.pages.progress import ProgressPage
from coach.ui.shell.main_window import MainWindow, Page


def check_ins(services: startup.Services, clock: FakeClock, first: int, last: int) -> None:
    """Three weeks of daily check-ins: `first` the first week, `last` the last two."""
    start = clock.now() - timedelta(days=21)
    for n in range(21):
        services.repo.add_checkin(first if n < 7 else last, at=start + timedelta(days=n))


def summary(window: MainWindow) -> str:
    window.show_page(Page.PROGRESS)
    page = window.page_widget(Page.PROGRESS)
    assert isinstance(page, ProgressPage)
    return page.summary.text()


def test_progress_calls_33_percent_of_3_points_not_yet_meaningful_kov(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    check_ins(services, clock, 3, 2)
    text = summary(window)
    assert "-1.0 points (-33 %), a small improvement, not yet a meaningful one." in text
    assert "(A fall of at least 2 points, or of at least 30 % and 1.5 points," in text


def test_progress_calls_2_points_meaningful_far(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    check_ins(services, clock, 8, 6)
    assert "-2.0 points (-25 %), a meaningful improvement." in summary(window)


def test_today_marks_a_meaningful_fall_around_a_routine_far_kov(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    routine = Routine("desk_reset", "3-minute desk reset", "", ())
    for before, after in ((6, 4), (3, 2), (5, 3)):
        session = services.repo.start_session(routine, before)
        clock.advance(180)
        services.repo.finish_session(session, SessionStatus.COMPLETED, after)
    window.today.refresh()
    listed = window.today._today_list
    texts = [listed.item(i).text() for i in range(listed.count())]
    assert sum("(pain 6 → 4, a meaningful fall)" in t for t in texts) == 1
    assert sum("(pain 5 → 3, a meaningful fall)" in t for t in texts) == 1
    assert sum("(pain 3 → 2)" in t for t in texts) == 1  # 33 %, but 1 point (KOV)
