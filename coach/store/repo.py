"""Typed reads and writes over the open database, as one `Repo`. Every write commits before it
returns, so nothing a user did is lost if the app is killed the moment after.

`Repo` is composed of one class of queries per table group, each in its own module; this module
only puts them together, so that callers keep one object and one import. A group's module imports
the domain types only its own queries need, and loads those needed by a few of them on first use:
opening the store and reading the settings, the check-ins and today's sessions (what the first
window shows) load no heat, timer, plan, routine or reminder rules.
"""

from coach.store.checkins import CheckinQueries
from coach.store.onboarding import ONBOARDING_KEY, ONBOARDING_READ_KEY, OnboardingQueries
from coach.store.plans import BUNDLED_PLAN_SOURCE, PlanQueries, StoredPlan
from coach.store.query_base import stamp
from coach.store.reminders import REMINDER_STATE_KEY, REMINDERS_KEY, ReminderQueries
from coach.store.report_queries import ReportQueries
from coach.store.routines import USER_ROUTINE_PREFIX, RoutineQueries
from coach.store.safety_flags import SafetyFlagQueries
from coach.store.sessions import SessionQueries
from coach.store.settings_queries import HEAT_SCREENING_KEY, WINDOW_GEOMETRY_KEY, SettingsQueries
from coach.store.timers import TimerQueries

__all__ = [
    "BUNDLED_PLAN_SOURCE",
    "HEAT_SCREENING_KEY",
    "ONBOARDING_KEY",
    "ONBOARDING_READ_KEY",
    "REMINDERS_KEY",
    "REMINDER_STATE_KEY",
    "USER_ROUTINE_PREFIX",
    "WINDOW_GEOMETRY_KEY",
    "Repo",
    "StoredPlan",
    "stamp",
]


class Repo(
    SettingsQueries,
    OnboardingQueries,
    ReminderQueries,
    CheckinQueries,
    SessionQueries,
    TimerQueries,
    RoutineQueries,
    SafetyFlagQueries,
    PlanQueries,
    ReportQueries,
):
    """The app's queries, over one connection: `Repo(connection, clock)`."""
