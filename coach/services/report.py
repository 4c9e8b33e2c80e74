"""What the clinician report says about a period, read from the store and summed up: the safety
flags and answers, the plan and the doses in use, pain, stiffness and sleep, adherence, reminders
and the records behind them. Plain data (`ReportData`); the UI words it and lays out the PDF
(`coach.ui.dialogs.report`), for the File menu and for `coach report` alike.
"""

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from coach.domain.checkins import CheckIn
from coach.domain.exercises import Exercise
from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.onboarding import Onboarding
from coach.domain.plan import Plan
from coach.domain.plan_summary import PLAN_ROUTINE_PREFIX
from coach.domain.progress import (
    ProgressSeries,
    WeekResponses,
    build_progress,
    is_meaningful_fall,
    planned_per_day,
    weekly_adherence,
    weekly_responses,
)
from coach.domain.reminders import ReminderSettings
from coach.domain.report_summary import (
    ExerciseAdherence,
    PainAroundSessions,
    ReminderResponses,
    WeekRatings,
    exercise_adherence,
    pain_around_sessions,
    reminder_responses,
    weekly_ratings,
)
from coach.domain.routines import Routine
from coach.domain.safety import SafetyFlag
from coach.domain.settings import SettingProblem
from coach.domain.timers import Timer, TimerKind
from coach.services.catalog import CatalogService
from coach.services.context import ServiceContext
from coach.services.doses import DoseService
from coach.services.errors import read_failure
from coach.services.plans import PlanService, builtin_library
from coach.store.export import FIRST_YEAR, LAST_YEAR
from coach.store.repo import StoredPlan


class PeriodError(ValueError):
    """The report's period cannot be reported on (outside the years Coach records, or ending
    before it starts)."""


@dataclass(frozen=True)
class ReportRequest:
    first: date
    last: date
    patient: str = ""

    def check(self) -> None:
        """PeriodError for a period outside the years Coach records, or ending before it starts."""
        if not (self.first.year >= FIRST_YEAR and self.last.year <= LAST_YEAR):
            raise PeriodError(f"the period must lie between {FIRST_YEAR} and {LAST_YEAR}")
        if self.last < self.first:
            raise PeriodError("the period ends before it starts")


@dataclass(frozen=True)
class Adherence:
    """Routines planned by the routine reminder on each day, and completed."""

    first: date | None  # None: nothing was planned in the period
    last: date
    planned: dict[date, int]
    done: dict[date, int]


@dataclass(frozen=True)
class Dosed:
    """A routine of the report's exercise table, as prescribed and as the patient runs it now
    (a step up or down accepted since)."""

    routine: Routine
    in_use: Routine


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows for one period, in the store's terms (names not yet in the
    user's language)."""

    request: ReportRequest
    start: datetime  # the first day's midnight in `zone`
    end: datetime  # the midnight after the last day
    zone: tzinfo
    now: datetime  # in `zone`
    settings: ReminderSettings
    series: ProgressSeries
    safety_flags: list[SafetyFlag]
    answers: Onboarding | None  # the first-run answers
    answers_problem: SettingProblem | None  # why they could not be read
    symptoms: list[tuple[datetime, str, tuple[str, ...]]]  # (when, routine stopped or "", names)
    stored_plan: StoredPlan | None
    plan: Plan | None  # None also when the stored plan cannot be read
    reminded: Routine | None  # the routine the reminders bring up
    dosed: list[Dosed]
    exercises: tuple[Exercise, ...]  # every exercise the tables may name (built-ins, the plan's)
    adherence: Adherence
    weeks: list[WeekRatings]
    pain_around: PainAroundSessions | None
    exercise_adherence: list[ExerciseAdherence]
    reminders: list[ReminderResponses]
    reminder_weeks: list[WeekResponses]  # the weeks the period touches, for the weekly chart
    sessions: list[SessionRecord]
    heat: list[Timer]  # finished heat sessions
    notes: list[CheckIn]  # check-ins with a note

    @property
    def today(self) -> date:
        return self.now.date()


class ReportService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def data(
        self, request: ReportRequest, zone: tzinfo, settings: ReminderSettings | None = None
    ) -> ReportData:
        """The report's data for `request`, with the reminder `settings` in force (None: as
        stored). PeriodError for a period Coach cannot report on, ServiceError when the store
        cannot be read."""
        request.check()
        if settings is None:
            settings, _problem = self._context.repo.load_reminder_settings()
        try:
            return self._read(request, zone, settings)
        except sqlite3.Error as error:
            raise read_failure(error, "reading the report's data") from error

    def _read(self, request: ReportRequest, zone: tzinfo, settings: ReminderSettings) -> ReportData:
        repo = self._context.repo
        start = datetime.combine(request.first, time(), zone)
        end = datetime.combine(request.last + timedelta(days=1), time(), zone)
        now = self._context.clock.now().astimezone(zone)
        today = now.date()
        stored = repo.active_plan()
        plan = PlanService(self._context).active() if stored is not None else None
        reminded = CatalogService(self._context).routine(settings.routine.routine_id)
        sessions = repo.sessions_between(start, end)
        checkins = repo.checkins_between(start, end)
        adherence = self._adherence(request, zone, now, settings, stored, sessions)
        answers, problem = repo.load_onboarding()
        return ReportData(
            request=request,
            start=start,
            end=end,
            zone=zone,
            now=now,
            settings=settings,
            series=self._series(start, end, settings, min(today, request.last), zone),
            safety_flags=repo.safety_flags_between(start, end),
            answers=answers,
            answers_problem=problem,
            symptoms=repo.symptoms_between(start, end),
            stored_plan=stored,
            plan=plan,
            reminded=reminded,
            dosed=self._dosed(plan, reminded),
            exercises=(
                *builtin_library().exercises,
                *(e.exercise for e in (plan.exercises if plan else ())),
            ),
            adherence=adherence,
            weeks=weekly_ratings(
                (c.at.astimezone(zone).date(), c.pain, c.stiffness, c.sleep) for c in checkins
            ),
            pain_around=pain_around_sessions(
                ((s.pain_before, s.pain_after) for s in sessions), is_meaningful_fall
            ),
            exercise_adherence=self._exercise_adherence(start, end, plan, reminded, adherence),
            reminders=reminder_responses(repo.reminder_event_counts(start, end)),
            reminder_weeks=self._reminder_weeks(start, end, zone),
            sessions=sessions,
            heat=[
                t
                for t in repo.timers_between(start, end)
                if t.kind is TimerKind.HEAT and not t.status.active
            ],
            notes=[c for c in checkins if c.note],
        )

    def _series(
        self, start: datetime, end: datetime, settings: ReminderSettings, last: date, zone: tzinfo
    ) -> ProgressSeries:
        low, high = start.timestamp(), end.timestamp()
        repo = self._context.repo
        return build_progress(
            [c for c in repo.checkin_ratings() if low <= c[0] < high],
            [s for s in repo.exercise_intervals() if low <= s[0] < high],
            [h for h in repo.heat_intervals() if low <= h[0] < high],
            settings.routine,
            last,
            zone,
        )

    def _reminder_weeks(self, start: datetime, end: datetime, zone: tzinfo) -> list[WeekResponses]:
        """The reminders shown and answered in [start, end), week by week (a week begun before
        the period counts only its days in it)."""
        return weekly_responses(self._context.repo.reminder_responses_at(start, end), zone)

    def _dosed(self, plan: Plan | None, reminded: Routine | None) -> list[Dosed]:
        """The plan's routines (the reminded one first when it is not the plan's), each with the
        dose in use now."""
        routines = plan.routines if plan is not None else ()
        if reminded is not None and all(r.id != reminded.id for r in routines):
            routines = (reminded, *routines)
        doses = DoseService(self._context)
        rules = doses.rules() if routines else None
        return [Dosed(r, doses.routine_at_dose(r, rules)) for r in routines]

    def _adherence(
        self,
        request: ReportRequest,
        zone: tzinfo,
        now: datetime,
        settings: ReminderSettings,
        stored: StoredPlan | None,
        sessions: list[SessionRecord],
    ) -> Adherence:
        """Routines planned by the routine reminder in force, from the later of the period's
        start and the day Coach was first used (and the plan adopted, for a plan's routine), to
        the end of the period or today; and the routines completed on each day."""
        first = request.first
        begun = self._context.repo.first_record_at()
        if begun is not None:
            first = max(first, begun.astimezone(zone).date())
        if stored is not None and settings.routine.routine_id.startswith(PLAN_ROUTINE_PREFIX):
            first = max(first, stored.adopted_at.astimezone(zone).date())
        today = now.date()
        last = min(request.last, today)
        done: Counter[date] = Counter()
        for session in sessions:
            if session.status is SessionStatus.COMPLETED:
                done[session.started_at.astimezone(zone).date()] += 1
        if begun is None or first > last:
            return Adherence(None, last, {}, dict(done))
        rule = settings.routine
        planned = planned_per_day(rule, first, last)
        if last == today and planned.get(last):  # today: only the reminders already due
            planned[last] = sum(1 for t in rule.times if t <= now.time())
        return Adherence(first, last, planned, dict(done))

    def _exercise_adherence(
        self,
        start: datetime,
        end: datetime,
        plan: Plan | None,
        reminded: Routine | None,
        adherence: Adherence,
    ) -> list[ExerciseAdherence]:
        scheduled = [s.exercise_id for s in reminded.steps] if reminded is not None else []
        prescribed = [s.exercise_id for r in (plan.routines if plan else ()) for s in r.steps]
        return exercise_adherence(
            sum(adherence.planned.values()) if reminded is not None else 0,
            scheduled,
            prescribed,
            self._context.repo.step_counts_between(start, end),
        )


def weeks_of(data: ReportData) -> list[date]:
    """The Mondays of the weeks the period touches, from the week of its first day."""
    weeks = []
    week = data.request.first - timedelta(days=data.request.first.weekday())
    while week <= data.request.last:
        weeks.append(week)
        week += timedelta(days=7)
    return weeks


def adherence_by_week(data: ReportData) -> dict[date, tuple[int, int]]:
    """(done, planned) for each week with routines planned."""
    return {
        w.week_start: (w.done, w.planned)
        for w in weekly_adherence(data.adherence.planned, data.adherence.done)
    }
