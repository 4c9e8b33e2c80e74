"""The first run: what Coach does and does not do, the red-flag questions (CLINICAL.md section 4),
the heat-safety questions, goals and working hours, and a suggested routine with reminders.

Shown once on the first start (at the first time the window shows, when Coach started in the
tray) and again from Settings, then with every answer stored before filled in (the heat step's
neck question too, once it was answered on the Timers page), still changeable. About two
minutes; every step has a visible Skip, which leaves that step's stored answers as they were;
everything works from the keyboard (Tab, Space, Return for Next, Esc to close). Each step's
answers are saved when the user goes on, so closing half-way keeps what was answered. Loaded only
when shown, never at start-up.
"""

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import time
from enum import IntEnum

from PySide6.QtCore import QLocale, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.heat import BodyArea, Concern, HeatScreening, questions_for
from coach.domain.onboarding import (
    Decision,
    Goal,
    Onboarding,
    break_minutes,
    strength_routine,
    suggested_reminders,
)
from coach.domain.reminders import ReminderSettings
from coach.domain.safety import (
    HISTORY_AND_PAIN,
    RETIRED_RED_FLAGS,
    SIGNS_NOW,
    FlagSource,
    Group,
    RedFlag,
    red_flag_advice,
)
from coach.domain.schedule import MOVEMENT_DEFAULT_MINUTES, DailyWindow, ScheduleError, UserDay
from coach.services.catalog import CatalogService
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.onboarding import OnboardingService
from coach.services.plans import PlanService
from coach.services.settings import SettingsService
from coach.ui.dialogs.heat_safety import concern_label, neck_heat_text
from coach.ui.runners.safety_flags import SafetyFlags
from coach.ui.text.advice import (
    Situation,
    advice_text,
    advice_title,
    assessed_question,
    red_flag_label,
    situation_sentence,
    topic_heading,
)
from coach.ui.text.core import core_text
from coach.ui.text.data import routine_name
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import heading, paragraph
from coach.ui.widgets.theme import large_tick_boxes
from coach.ui.widgets.time_field import TimeField

log = logging.getLogger(__name__)

# The first safety step: signs one has now (an emergency, or a doctor today; CLINICAL.md 4a);
# the second: the health history and how the pain behaves (see a doctor soon).
URGENT_FLAGS = tuple(flag for _topic, flags in SIGNS_NOW for flag in flags)
SOON_FLAGS = tuple(flag for _topic, flags in HISTORY_AND_PAIN for flag in flags)


class Step(IntEnum):
    ABOUT = 0
    URGENT = 1
    SOON = 2
    HEAT = 3
    GOALS = 4
    ROUTINE = 5


class AdviceBox(QFrame):
    """The recommendation for the "yes" answers so far, shown the moment one is ticked."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = heading("", self, scale=tokens.SECTION)
        self.title.setWordWrap(True)
        self.text = paragraph("", self)
        self.text.setObjectName(f"{name}Text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.hide()

    def show_for(self, yes: frozenset[RedFlag]) -> None:
        advice = red_flag_advice(yes)
        if advice is None:
            self.hide()
            return
        self.title.setText(advice_title(advice))
        self.title.setAccessibleName(advice_title(advice))
        self.text.setText(advice_text(advice))
        self.setAccessibleName(advice_title(advice))
        self.setAccessibleDescription(advice_text(advice))
        self.show()


class FirstRunDialog(QDialog):
    """The first-run steps in one window. Emits `reminders_changed` after it changed the reminder
    settings (working hours, or the suggested set accepted)."""

    reminders_changed = Signal()

    def __init__(
        self,
        context: ServiceContext,
        reminder_settings: Callable[[], ReminderSettings],
        apply_reminders: Callable[[ReminderSettings], None],
        parent: QWidget | None = None,
        *,
        safety: SafetyFlags,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        # "Emergency" and "same day" answers are kept as safety flags (CLINICAL.md section 4a).
        self._safety = safety
        self.setWindowTitle(self.tr("Welcome to Coach"))
        self._context = context
        self._onboarding = OnboardingService(context)
        self._settings = SettingsService(context)
        self._reminder_settings = reminder_settings
        self._apply_reminders = apply_reminders
        stored, problem = self._onboarding.answers()
        self.answers = stored or Onboarding()
        self._unreadable = problem is not None  # replaced by the answers given now
        self._heat, _heat_problem = self._settings.heat_screening()
        self._plan = PlanService(context).active_stored()

        self.step_label = QLabel(self)
        self.step_label.setObjectName("firstRunStep")
        self.problem = paragraph("", self)
        self.problem.setObjectName("firstRunProblem")
        self.problem.setVisible(problem is not None)
        if problem is not None:
            self.problem.setText(
                self.tr(
                    "Your earlier answers could not be read ({problem}), so Coach asks again."
                ).format(problem=core_text(problem.describe()))
            )
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("firstRunPages")
        # The advice for the "yes" answers, under the questions of both safety steps: in sight
        # the moment a box is ticked, however far down the list it is.
        self.advice = AdviceBox("safetyAdvice", self)
        self.urgent_advice = self.soon_advice = self.advice
        builders = {
            Step.ABOUT: self._build_about,
            Step.URGENT: self._build_urgent,
            Step.SOON: self._build_soon,
            Step.HEAT: self._build_heat,
            Step.GOALS: self._build_goals,
            Step.ROUTINE: self._build_routine,
        }
        for step in Step:
            scroll = QScrollArea(self.pages)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions
            scroll.setWidget(builders[step]())
            self.pages.addWidget(scroll)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.advice)
        layout.addLayout(self._build_buttons())
        self.resize(720, 600)
        self._show_stored()
        self._go(Step.ABOUT)

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("firstRunBack")
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton(self.tr("S&kip this step"), self)
        self.skip_button.setObjectName("firstRunSkip")
        self.skip_button.setToolTip(self.tr("Go on without saving this step's answers"))
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setObjectName("firstRunNext")
        self.next_button.setDefault(True)  # Return anywhere in a step goes on
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)

        return buttons

    # ---- the steps -----------------------------------------------------------------------------
    def _page(self, title: str, name: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName(name)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(title, page, scale=tokens.LARGE))
        return page, layout

    def _build_about(self) -> QWidget:
        page, layout = self._page(self.tr("What Coach does, and what it does not"), "aboutStep")
        for text in (
            self.tr(
                "Coach helps you look after upper-back, middle-back and neck-shoulder muscle pain: "
                "short guided exercise routines, heat with safe time limits, movement breaks "
                "during your working day, and a record of your pain that you can show your "
                "doctor or physiotherapist."
            ),
            self.tr(
                "Coach does not diagnose, and it is not a substitute for a doctor or "
                "physiotherapist."
            )
            + " "
            + situation_sentence(Situation.SEEK_CARE),
            self.tr(
                "The next questions take about two minutes. Every step can be skipped (Skip this "
                "step), and you can go through them again at any time from Settings. Your "
                "answers stay on this computer."
            ),
        ):
            layout.addWidget(paragraph(text, page))
        layout.addStretch(1)
        return page

    def _flag_boxes(
        self, groups: tuple[Group, ...], page: QWidget, layout: QVBoxLayout
    ) -> dict[RedFlag, QCheckBox]:
        """The questions in groups under short headings, with large tick boxes."""
        boxes = {}
        for topic, flags in groups:
            title = heading(topic_heading(topic), page, scale=tokens.BODY)
            title.setObjectName(f"flagTopic_{topic.value}")
            layout.addSpacing(tokens.SPACE_TIGHT)
            layout.addWidget(title)
            for flag in flags:
                box = QCheckBox(red_flag_label(flag), page)
                box.setObjectName(f"flag_{flag.value}")
                box.setAccessibleDescription(title.text())
                box.toggled.connect(self._update_advice)
                boxes[flag] = box
                layout.addWidget(box)
        large_tick_boxes(page)
        return boxes

    def _build_urgent(self) -> QWidget:
        page, layout = self._page(self.tr("Safety questions (1 of 2)"), "urgentStep")
        layout.addWidget(
            paragraph(
                self.tr(
                    "Do you have any of these now, together with your back or neck pain? Tick "
                    "any that apply; leave the others empty."
                ),
                page,
            )
        )
        self.urgent_boxes = self._flag_boxes(SIGNS_NOW, page, layout)
        layout.addStretch(1)
        return page

    def _build_soon(self) -> QWidget:
        page, layout = self._page(self.tr("Safety questions (2 of 2)"), "soonStep")
        layout.addWidget(
            paragraph(self.tr("Does any of this apply to you? Tick any that do."), page)
        )
        self.soon_boxes = self._flag_boxes(HISTORY_AND_PAIN, page, layout)
        question = QLabel(assessed_question(), page)
        question.setWordWrap(True)
        question.setObjectName("assessedQuestion")
        self.assessed_yes = QRadioButton(self.tr("&Yes, it has been checked"), page)
        self.assessed_yes.setObjectName("assessedYes")
        self.assessed_no = QRadioButton(self.tr("N&o, not yet"), page)
        self.assessed_no.setObjectName("assessedNo")
        self.assessed = QButtonGroup(page)
        for button in (self.assessed_yes, self.assessed_no):
            self.assessed.addButton(button)
            button.setAccessibleDescription(assessed_question())
            button.toggled.connect(self._update_advice)
        row = QHBoxLayout()
        row.addWidget(self.assessed_yes)
        row.addWidget(self.assessed_no)
        row.addStretch(1)
        layout.addSpacing(tokens.SPACE)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_heat(self) -> QWidget:
        page, layout = self._page(self.tr("Heat safety"), "heatStep")
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you use heat (a heat pack, pad, wrap or a warm shower), tick anything "
                    "that applies to you. Your answers only add warnings when you start heat; "
                    "you can change them later on the Timers page."
                ),
                page,
            )
        )
        self.heat_answered_note = paragraph(
            self.tr("Your earlier answers are ticked; change any that are different now."), page
        )
        self.heat_answered_note.setObjectName("heatAnsweredNote")
        self.heat_answered_note.setVisible(self._heat.answered)
        layout.addWidget(self.heat_answered_note)
        self.concern_boxes: dict[Concern, QCheckBox] = {}
        # The neck's question comes when heat first goes on the neck (HK); once answered there,
        # it is shown here with its answer, so going through the first run again keeps it.
        area = BodyArea.NECK if self._heat.neck_answered else None
        for concern in questions_for(area):
            if concern.neck_only:
                note = paragraph(neck_heat_text(), page)
                note.setObjectName("neckHeatNote")
                layout.addWidget(note)
            box = QCheckBox(concern_label(concern), page)
            box.setObjectName(f"concern_{concern.value}")
            self.concern_boxes[concern] = box
            layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _build_goals(self) -> QWidget:
        page, layout = self._page(self.tr("Your goals and working day"), "goalsStep")
        layout.addWidget(paragraph(self.tr("What would you like Coach to help with?"), page))
        self.goal_boxes: dict[Goal, QCheckBox] = {}
        labels = {
            Goal.LESS_PAIN: self.tr("Less pain"),
            Goal.MOVE_MORE: self.tr("Move more at work"),
            Goal.POSTURE: self.tr("A better posture"),
            Goal.STRENGTH: self.tr("More strength in the neck, shoulders and back"),
            Goal.SLEEP: self.tr("Sleep better"),
        }
        for goal in Goal:
            box = QCheckBox(labels[goal], page)
            box.setObjectName(f"goal_{goal.value}")
            self.goal_boxes[goal] = box
            layout.addWidget(box)
        layout.addSpacing(tokens.SPACE)
        layout.addWidget(
            paragraph(
                self.tr(
                    "When do you usually work? Movement-break reminders come only in working hours."
                ),
                page,
            )
        )
        days = QGridLayout()
        locale = QLocale()
        self.day_boxes: list[QCheckBox] = []
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.LongFormat), page)
            box.setObjectName(f"workDay{day}")
            self.day_boxes.append(box)
            days.addWidget(box, 0 if day < 4 else 1, day % 4)
        layout.addLayout(days)
        # Time boxes that take a typed time wherever they were clicked (see TimeField).
        self.work_start = TimeField(page)
        self.work_start.setObjectName("workStart")
        self.work_start.setAccessibleName(self.tr("Working hours start"))
        self.work_end = TimeField(page)
        self.work_end.setObjectName("workEnd")
        self.work_end.setAccessibleName(self.tr("Working hours end"))
        start_label = QLabel(self.tr("Working hours &from:"), page)
        start_label.setBuddy(self.work_start)
        end_label = QLabel(self.tr("&to:"), page)
        end_label.setBuddy(self.work_end)
        hours = QHBoxLayout()
        for widget in (start_label, self.work_start, end_label, self.work_end):
            hours.addWidget(widget)
        hours.addStretch(1)
        layout.addLayout(hours)
        self.hours_problem = paragraph("", page)
        self.hours_problem.setObjectName("hoursProblem")
        self.hours_problem.hide()
        layout.addWidget(self.hours_problem)
        layout.addStretch(1)
        return page

    def _build_routine(self) -> QWidget:
        page, layout = self._page(self.tr("Your routine and reminders"), "routineStep")
        self.routine_text = paragraph("", page)
        self.routine_text.setObjectName("routineSuggestion")
        layout.addWidget(self.routine_text)
        form = QFormLayout()
        self.use_suggestion = QRadioButton(self.tr("&Use these reminders"), page)
        self.use_suggestion.setObjectName("useSuggestion")
        self.keep_reminders = QRadioButton(self.tr("Keep my reminders as &they are"), page)
        self.keep_reminders.setObjectName("keepReminders")
        group = QButtonGroup(page)
        group.addButton(self.use_suggestion)
        group.addButton(self.keep_reminders)
        self.use_suggestion.setChecked(True)
        form.addRow(self.use_suggestion)
        form.addRow(self.keep_reminders)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr("You can change reminders at any time in Settings, on the Reminders tab."),
                page,
            )
        )
        layout.addStretch(1)
        return page

    # ---- showing stored answers ----------------------------------------------------------------
    def _show_stored(self, step: Step | None = None) -> None:
        """Put the stored answers into the step's controls (every step when None)."""
        answers = self.answers
        if step in (None, Step.URGENT):
            for flag, box in self.urgent_boxes.items():
                box.setChecked(flag in answers.yes)
        if step in (None, Step.SOON):
            for flag, box in self.soon_boxes.items():
                box.setChecked(flag in answers.yes)
            self.assessed.setExclusive(False)
            self.assessed_yes.setChecked(
                RedFlag.NOT_ASSESSED in answers.answered and RedFlag.NOT_ASSESSED not in answers.yes
            )
            self.assessed_no.setChecked(RedFlag.NOT_ASSESSED in answers.yes)
            self.assessed.setExclusive(True)
        if step in (None, Step.HEAT):
            for concern, box in self.concern_boxes.items():
                box.setChecked(concern in self._heat.concerns)
            self.heat_answered_note.setVisible(self._heat.answered)
        if step in (None, Step.GOALS):
            for goal, box in self.goal_boxes.items():
                box.setChecked(goal in (answers.goals or ()))
            day = self._reminder_settings().day
            for number, box in enumerate(self.day_boxes):
                box.setChecked(number in day.work_days)
            self.work_start.setTime(QTime(day.work.start.hour, day.work.start.minute))
            self.work_end.setTime(QTime(day.work.end.hour, day.work.end.minute))
            self.hours_problem.hide()
        if step in (None, Step.ROUTINE):
            self._describe_routine()
        self._update_advice()

    def _describe_routine(self) -> None:
        if self._plan is not None:
            self.routine_text.setText(
                self.tr(
                    'Your clinician\'s plan "{title}" sets your routine and its reminders, so '
                    "Coach leaves them as they are."
                ).format(title=self._plan.title)
            )
            self.use_suggestion.hide()
            self.keep_reminders.hide()
            return
        if self._exercise_waits():
            self._describe_without_exercise()
            return
        suggested = suggested_reminders(self._reminder_settings(), self.answers.goals)
        locale = QLocale()
        days = locale.createSeparatedList(
            [
                locale.dayName(d + 1, QLocale.FormatType.ShortFormat)
                for d in sorted(suggested.routine.weekdays)
            ]
        )
        times = locale.createSeparatedList([_clock(t) for t in suggested.routine.times])
        self.routine_text.setText(
            self.tr(
                "Coach suggests:\n"
                "•  the 3-minute desk reset at {times} on {days}\n"
                "•  a 1-minute movement break every {minutes} minutes of working time\n"
                "•  a pain check-in at {checkin} every day\n\n"
                "Short routines count: the same time in short sessions helped as much as in one "
                "long session, and they are easier to keep up. Regular breaks ease neck and "
                "shoulder discomfort."
            ).format(
                times=times,
                days=days,
                minutes=suggested.movement.every_minutes,
                checkin=_clock(suggested.checkin.times[0]),
            )
            + "".join("\n\n" + reason for reason in self._goal_reasons())
        )

    def _exercise_waits(self) -> bool:
        """Whether exercise waits for a clinician's check (an open safety flag, CLINICAL.md
        section 4a): the first run then proposes no exercise reminders."""
        return self._safety.any_open()

    def _describe_without_exercise(self) -> None:
        suggested = suggested_reminders(
            self._reminder_settings(), self.answers.goals, exercise=False
        )
        self.routine_text.setText(
            self.tr(
                "Coach suggests:\n"
                "•  a 1-minute movement break every {minutes} minutes of working time\n"
                "•  a pain check-in at {checkin} every day\n\n"
                "No exercise reminders for now: what you told Coach is worth checking first. "
                "Exercise reminders wait until you tell Coach, on the Today page, that a "
                "clinician has checked it."
            ).format(
                minutes=suggested.movement.every_minutes,
                checkin=_clock(suggested.checkin.times[0]),
            )
        )

    def _goal_reasons(self) -> list[str]:
        """What the suggestion does for the goals chosen (coach.domain.onboarding)."""
        goals = self.answers.goals
        reasons: list[str] = []
        if break_minutes(goals) != MOVEMENT_DEFAULT_MINUTES:
            reasons.append(
                self.tr(
                    "You want to move more at work, so the breaks come every {minutes} minutes: "
                    "short breaks that often eased neck, back and shoulder discomfort."
                ).format(minutes=break_minutes(goals))
            )
        strength = strength_routine(goals)
        known = CatalogService(self._context).catalog()
        routine = next((r for r in known.routines if r.id == strength), None)
        if routine is not None:
            reasons.append(
                self.tr(
                    'You want more strength: if you have an exercise band, add "{routine}" once '
                    "a day (on the Routines page). Strength work helps long-standing neck and "
                    "shoulder pain."
                ).format(routine=routine_name(routine))
            )
        return reasons

    @Slot()
    def _update_advice(self) -> None:
        self.advice.show_for(self._ticked_flags())
        if self.step not in (Step.URGENT, Step.SOON):
            self.advice.hide()

    def _ticked_flags(self) -> frozenset[RedFlag]:
        """The "yes" answers as the controls show them now."""
        yes = {
            f
            for f, box in (*self.urgent_boxes.items(), *self.soon_boxes.items())
            if box.isChecked()
        }
        if self.assessed_no.isChecked():
            yes.add(RedFlag.NOT_ASSESSED)
        return frozenset(yes)

    # ---- moving between steps ------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return Step(self.pages.currentIndex())

    def _go(self, step: Step) -> None:
        if step is Step.ROUTINE:
            self._describe_routine()  # working hours may have changed on the step before
        self.pages.setCurrentIndex(step)
        self._update_advice()
        self.step_label.setText(self.tr("Step {n} of {total}").format(n=step + 1, total=len(Step)))
        last = step is Step.ROUTINE
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next >"))
        self.back_button.setEnabled(step is not Step.ABOUT)
        page = self.pages.currentWidget()
        assert page is not None
        focusable = [
            w
            for w in page.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisibleTo(self.pages)
            and w.isEnabled()
        ]
        (focusable[0] if focusable else self.next_button).setFocus()

    @Slot()
    def next(self) -> None:
        """Save this step's answers and go on (finish after the last)."""
        if not self._save_step(self.step):
            return
        self._advance()

    @Slot()
    def skip(self) -> None:
        """Go on without saving this step: its stored answers stay as they were."""
        self._show_stored(self.step)
        self._advance()

    @Slot()
    def back(self) -> None:
        if self.step is not Step.ABOUT:
            self._go(Step(self.step - 1))

    def _advance(self) -> None:
        if self.step is Step.ROUTINE:
            self._store(replace(self.answers, finished=True))
            self.accept()
            return
        self._go(Step(self.step + 1))

    def _save_step(self, step: Step) -> bool:
        """Store the step's answers; False (and the reason shown) when they cannot be taken."""
        if step is Step.URGENT:
            asked = frozenset(URGENT_FLAGS)
            self._store_answers(asked, self._ticked_flags() & asked, frozenset(RETIRED_RED_FLAGS))
        elif step is Step.SOON:
            flags = frozenset(SOON_FLAGS)
            if self.assessed.checkedButton() is not None:
                flags |= {RedFlag.NOT_ASSESSED}
            self._store_answers(flags, self._ticked_flags() & flags)
        elif step is Step.HEAT:
            chosen = {c for c, box in self.concern_boxes.items() if box.isChecked()}
            kept = {c for c in self._heat.concerns if c not in self.concern_boxes}
            self._heat = HeatScreening(
                answered=True,
                concerns=frozenset(chosen | kept),
                neck_answered=self._heat.neck_answered,  # asked here only once answered
            )
            self._write(lambda: self._settings.save_heat_screening(self._heat))
        elif step is Step.GOALS:
            return self._save_goals()
        elif step is Step.ROUTINE:
            self._save_routine()
        return True

    def _store_answers(
        self,
        asked: frozenset[RedFlag],
        yes: frozenset[RedFlag],
        retired: frozenset[RedFlag] = frozenset(),
    ) -> None:
        """Store a safety step's answers (an answer to a question no longer asked, which these
        replace, goes); a "yes" given now (not stored before) that calls for a doctor today or
        sooner is kept as a safety flag until a clinician has checked it."""
        new = yes - self.answers.yes
        kept = replace(
            self.answers, answered=self.answers.answered - retired, yes=self.answers.yes - retired
        )
        self._store(kept.with_answers(asked, yes))
        self._safety.raise_for(new, FlagSource.FIRST_RUN)

    def _save_goals(self) -> bool:
        current = self._reminder_settings()
        start, end = self.work_start.time(), self.work_end.time()
        try:
            day = UserDay(
                frozenset(n for n, box in enumerate(self.day_boxes) if box.isChecked()),
                DailyWindow(time(start.hour(), start.minute()), time(end.hour(), end.minute())),
                current.day.quiet,
            )
        except ScheduleError:
            self.hours_problem.setText(
                self.tr("Working hours must end after they start, on the same day.")
            )
            self.hours_problem.show()
            self.work_end.setFocus()
            return False
        self.hours_problem.hide()
        goals = frozenset(g for g, box in self.goal_boxes.items() if box.isChecked())
        self._store(replace(self.answers, goals=goals))
        if day != current.day:
            self._set_reminders(replace(current, day=day))
        return True

    def _save_routine(self) -> None:
        if self._plan is not None:
            self._store(replace(self.answers, reminders=Decision.PLAN))
            return
        if self.use_suggestion.isChecked():
            self._set_reminders(
                suggested_reminders(
                    self._reminder_settings(),
                    self.answers.goals,
                    exercise=not self._exercise_waits(),
                )
            )
            self._store(replace(self.answers, reminders=Decision.ACCEPTED))
        else:
            self._store(replace(self.answers, reminders=Decision.DECLINED))

    def _set_reminders(self, settings: ReminderSettings) -> None:
        self._apply_reminders(settings)
        self.reminders_changed.emit()

    def _store(self, answers: Onboarding) -> None:
        self.answers = replace(answers, updated_at=self._context.clock.now())
        self._write(lambda: self._onboarding.save(self.answers))
        self._unreadable = False

    def _write(self, write: Callable[[], None]) -> None:
        try:
            write()
        except ServiceError as error:
            log.error("could not save the first-run answers: %s", error)
            self.problem.setText(
                self.tr("Your answers could not be saved ({error}).").format(
                    error=core_text(error.message)
                )
            )
            self.problem.show()

    def done(self, result: int) -> None:
        """Closed on the way (Esc, the window's close button): keep what was answered, so the
        first run is not asked again at the next start."""
        if self._unreadable or not self._onboarding.has_answers():
            self._store(self.answers)
        super().done(result)


def _clock(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
