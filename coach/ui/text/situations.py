"""One sentence per situation (CLINICAL.md section 4a: "every place in the app that words the
same situation uses the same sentence"): Today's footer and banner, the player's stop advice, the
first run, the question before a routine starts and the clinician report all take it from here
(coach.ui.text.advice offers the same function with the rest of the safety wording).

A module of its own because Today's footer needs it at start-up, and nothing else of the advice.
"""

from enum import StrEnum
from typing import TYPE_CHECKING

from coach.ui.text.translate import translate

if TYPE_CHECKING:
    from coach.domain.safety import Urgency


class Situation(StrEnum):
    """What the user is told to do, one sentence each (the urgencies by their names)."""

    EMERGENCY = "emergency"  # NHSBP, IFO, GPO: call an emergency number now
    SAME_DAY = "same_day"  # ARUK, HSE, NHSBP, GPR: contact your doctor today, no exercise
    SOON = "soon"  # see a doctor soon
    ASSESS = "assess"  # have it assessed before relying on self-care
    SEEK_CARE = "seek_care"  # the signs to stop for, and how soon each calls for help


def situation_sentence(situation: Situation) -> str:
    """The one sentence for `situation`, wherever the app says it (CLINICAL.md section 4a:
    "every place in the app that words the same situation uses the same sentence")."""
    return {
        Situation.EMERGENCY: translate(
            "Advice",
            "Call an emergency number now, or go to an emergency department, and do no exercise "
            "until you have been checked.",
        ),
        Situation.SAME_DAY: translate(
            "Advice",
            "Contact your doctor today (when the practice is closed, an out-of-hours or "
            "urgent-care service), and do no exercise until they have checked it.",
        ),
        Situation.SOON: translate("Advice", "See a doctor soon and tell them about it."),
        Situation.ASSESS: translate(
            "Advice",
            "Have it assessed by a doctor or physiotherapist before you rely on self-care.",
        ),
        Situation.SEEK_CARE: translate(
            "Advice",
            "Call an emergency number now for chest pain, weakness or numbness in both legs or "
            "around the genitals or buttocks, loss of bladder or bowel control, a sudden severe "
            "headache, dizziness, double vision, trouble speaking or swallowing, or a fever with "
            "a stiff neck. Contact your doctor today for severe neck pain, new weakness in an "
            "arm or hand, clumsy hands, unsteady walking or a high temperature.",
        ),
    }[situation]


def reminders_held_sentence() -> str:
    """What happens to reminders while a safety flag is open (CLINICAL.md section 4a,
    persistence), where it is said apart from Today's banner (Settings > Reminders)."""
    return translate(
        "Advice",
        "Exercise reminders are paused until you tell Coach that a clinician has checked what "
        "you told it (the note on the Today page). Movement breaks and check-ins go on.",
    )


def urgency_situation(urgency: "Urgency") -> Situation:
    """The situation an urgency calls for (the same names)."""
    return Situation(urgency.name.lower())
