"""The words for safety advice (CLINICAL.md sections 3, 4 and 4a): the red-flag questions, new
symptoms, the recommendation for each urgency, the safety flags that persist, and the "reduce the
dose" suggestion.

Worded calmly and as "worth checking", never as a diagnosis. Each situation has ONE sentence
(`situation_sentence`), shared by Today, the player, the first run, the question before a routine
starts and the clinician report, so every place says the same thing.

The safety rules load only when a label or an advice is asked for. The situations' sentences are
in coach.ui.text.situations (Today's footer needs only them at start-up) and are the same here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

# The one sentence per situation lives in a module of its own, so that Today's footer loads no
# more than it: here it is the same function.
from coach.ui.text.situations import Situation, situation_sentence, urgency_situation
from coach.ui.text.translate import translate

__all__ = ["Situation", "situation_sentence", "urgency_situation"]

if TYPE_CHECKING:
    from coach.domain.safety import Advice, RedFlag, SafetyFlag, Symptom, Topic, Urgency


def red_flag_label(flag: RedFlag) -> str:
    """The question as a tick-box label (NOT_ASSESSED is asked the other way round: see
    `assessed_question`)."""
    from coach.domain.safety import RedFlag  # noqa: PLC0415

    return {
        RedFlag.CHEST_PAIN: translate("Advice", "Chest pain"),
        RedFlag.SADDLE_OR_BLADDER: translate(
            "Advice",
            "Numbness around the genitals or buttocks, trouble peeing, or loss of bladder or "
            "bowel control",
        ),
        RedFlag.LEGS_WEAK_OR_NUMB: translate("Advice", "Weakness or numbness in both legs"),
        RedFlag.SERIOUS_INJURY: translate(
            "Advice", "The pain started after a serious accident or fall"
        ),
        RedFlag.SUDDEN_HEADACHE: translate(
            "Advice", "A sudden, severe headache unlike any you have had before"
        ),
        RedFlag.DIZZINESS_OR_VISION: translate(
            "Advice", "Dizziness, sudden falls, double vision, or trouble speaking or swallowing"
        ),
        RedFlag.FACE_NUMBNESS: translate("Advice", "Numbness in your face"),
        RedFlag.NAUSEA_NECK: translate(
            "Advice", "Feeling sick (nausea), especially when you move your neck"
        ),
        RedFlag.MENINGITIS: translate(
            "Advice", "A fever and a stiff neck, with a headache or eyes that hurt in bright light"
        ),
        RedFlag.RASH: translate("Advice", "A rash that does not fade when you press a glass on it"),
        RedFlag.HIGH_FEVER: translate("Advice", "A high fever as well as the back or neck pain"),
        RedFlag.ARM_WEAKNESS: translate("Advice", "New weakness in one arm or hand"),
        RedFlag.CLUMSY_HANDS: translate(
            "Advice", "Clumsy hands: dropping things, or trouble with buttons or handwriting"
        ),
        RedFlag.UNSTEADY_WALKING: translate(
            "Advice", "Walking has become unsteady, or you lose your balance"
        ),
        RedFlag.BOTH_ARMS: translate(
            "Advice", "Pins and needles, numbness or weakness in both arms"
        ),
        RedFlag.LHERMITTE: translate(
            "Advice",
            "An electric-shock feeling down your back, arms or legs when you bend your neck",
        ),
        RedFlag.BLADDER_BOWEL_CHANGE: translate(
            "Advice",
            "A new change in how your bladder or bowels work, such as having to go suddenly",
        ),
        RedFlag.LIMB_WEAKNESS: translate("Advice", "Weakness in an arm or leg, or trouble walking"),
        RedFlag.WEIGHT_LOSS: translate("Advice", "Weight loss you cannot explain"),
        RedFlag.MEDICAL_HISTORY: translate(
            "Advice",
            "Cancer now or in the past, TB, HIV, a weakened immune system or inflammatory arthritis",
        ),
        RedFlag.OSTEOPOROSIS: translate("Advice", "Osteoporosis (thin bones)"),
        RedFlag.NECK_SURGERY: translate("Advice", "An operation on your neck in the past"),
        RedFlag.PAST_INJURY: translate(
            "Advice", "A bad neck or back injury in the past (with osteoporosis, even a small fall)"
        ),
        RedFlag.LONG_TERM_STEROIDS: translate(
            "Advice", "Taking steroid tablets (such as prednisolone) for a long time"
        ),
        RedFlag.DRUG_INJECTION: translate("Advice", "Injecting drugs, now or in the past"),
        RedFlag.DOWN_SYNDROME: translate("Advice", "Down syndrome"),
        RedFlag.NIGHT_PAIN: translate(
            "Advice", "Pain that is constant, worse at night or wakes you up"
        ),
        RedFlag.COUGH_PAIN: translate("Advice", "Pain that gets worse when you cough or sneeze"),
        RedFlag.BACK_SHAPE: translate("Advice", "Swelling, or a change in the shape of your back"),
        RedFlag.ARM_NERVES: translate("Advice", "Pins and needles, or an arm that feels cold"),
        RedFlag.PAIN_DOWN_ARMS: translate("Advice", "Pain spreading down one or both arms"),
        RedFlag.AGE_ONSET: translate("Advice", "The pain began when you were under 20 or over 55"),
        RedFlag.NOT_IMPROVING: translate(
            "Advice", "The pain has not improved after a few weeks of looking after it"
        ),
        RedFlag.NOT_ASSESSED: translate(
            "Advice", "The pain has not been checked by a doctor or physiotherapist"
        ),
    }[flag]


def assessed_question() -> str:
    """NOT_ASSESSED as asked: "no" here is the "yes" of the red flag (NHSBP, DEVON)."""
    return translate("Advice", "Has this pain been checked by a doctor or physiotherapist?")


def topic_heading(topic: Topic) -> str:
    """The short heading over a group of questions or symptoms."""
    from coach.domain.safety import Topic  # noqa: PLC0415

    return {
        Topic.HEAD: translate("Advice", "Head, face, eyes and speech"),
        Topic.FEVER: translate("Advice", "Fever"),
        Topic.BODY: translate("Advice", "Chest, legs, bladder and bowel"),
        Topic.ARMS: translate("Advice", "Arms, hands and walking"),
        Topic.INJURY: translate("Advice", "Injury"),
        Topic.PAIN: translate("Advice", "How the pain behaves"),
        Topic.HISTORY: translate("Advice", "Your health history"),
    }[topic]


def symptom_label(symptom: Symptom) -> str:
    """The symptom as a tick-box label: a sign the first run asks about too is worded as there."""
    from coach.domain.safety import RedFlag, Symptom  # noqa: PLC0415

    own = {
        Symptom.CHEST_PAIN: translate("Advice", "Pain spreading to the chest, or chest pain"),
        Symptom.ARM_OR_HAND_WEAKNESS: translate("Advice", "Weakness in an arm or hand"),
        Symptom.LEG_WEAKNESS: translate("Advice", "Weakness in a leg, or trouble walking"),
        Symptom.NUMBNESS: translate("Advice", "New numbness"),
        Symptom.TINGLING: translate("Advice", "Tingling or pins and needles"),
        Symptom.PAIN_SPREADING: translate("Advice", "Pain spreading down the arms"),
        Symptom.SEVERE_PAIN: translate("Advice", "Severe neck pain"),
    }
    if symptom in own:
        return own[symptom]
    return red_flag_label(RedFlag(symptom.value))


def urgency_label(urgency: Urgency) -> str:
    """How soon, in a few words (the report's tables)."""
    return {
        Situation.EMERGENCY: translate("Advice", "emergency: call an emergency number now"),
        Situation.SAME_DAY: translate("Advice", "same day: contact your doctor today"),
        Situation.SOON: translate("Advice", "see a doctor soon"),
        Situation.ASSESS: translate("Advice", "have it assessed before relying on self-care"),
    }[urgency_situation(urgency)]


def known_symptoms(names: Iterable[str]) -> tuple[Symptom, ...]:
    """Stored symptom names this version knows (a newer Coach may store others)."""
    from coach.domain.safety import Symptom  # noqa: PLC0415

    known = {symptom.value for symptom in Symptom}
    return tuple(Symptom(name) for name in names if name in known)


def symptom_names(names: Iterable[str]) -> str:
    """Stored symptom names as a readable list (names this version does not know as they are)."""
    from coach.domain.safety import Symptom  # noqa: PLC0415

    known = {s.value for s in Symptom}
    labels = [symptom_label(Symptom(name)) if name in known else name for name in names]
    return QLocale().createSeparatedList(labels)


def advice_title(advice: Advice) -> str:
    return {
        Situation.EMERGENCY: translate("Advice", "Please call an emergency number now"),
        Situation.SAME_DAY: translate("Advice", "Please contact your doctor today"),
        Situation.SOON: translate("Advice", "Please see a doctor soon"),
        Situation.ASSESS: translate("Advice", "Worth having this pain checked first"),
    }[urgency_situation(advice.urgency)]


def advice_text(advice: Advice) -> str:
    """The recommendation for the answers or symptoms in `advice`, with the reason, calmly."""
    from coach.domain.safety import RedFlag  # noqa: PLC0415

    # Each answer or symptom quoted as the user saw it: labels keep their capitals ("TB, HIV",
    # German nouns), and one holding a comma or "or" still reads as one item of the list.
    locale = QLocale()
    reasons = locale.createSeparatedList(
        [locale.quoteString(red_flag_label(f)) for f in advice.red_flags]
        + [locale.quoteString(symptom_label(s)) for s in advice.symptoms]
    )
    situation = urgency_situation(advice.urgency)
    if advice.red_flags == (RedFlag.NOT_ASSESSED,):
        text = translate(
            "Advice",
            "Your pain has not been checked yet. Pain in the upper back, between the shoulders, "
            "is worth having assessed by a doctor or physiotherapist before you rely on "
            "self-care.",
        )
    else:
        worth = {
            Situation.EMERGENCY: translate("Advice", "This is worth checking straight away."),
            Situation.SAME_DAY: translate("Advice", "This is worth checking today."),
        }.get(situation, translate("Advice", "This is worth checking."))
        text = " ".join(
            (
                translate("Advice", "You told Coach about: {reasons}.").format(reasons=reasons),
                worth,
                situation_sentence(situation),
            )
        )
    if advice.urgency.persists:
        return " ".join(
            (
                text,
                translate(
                    "Advice",
                    "This is not a diagnosis: these signs can have many causes, and a clinician "
                    "can tell which. Coach keeps this on its Today page and holds exercise "
                    "reminders until you tell it that a clinician has checked it; movement "
                    "breaks, check-ins and your records stay available.",
                ),
            )
        )
    return " ".join(
        (
            text,
            translate(
                "Advice",
                "This is not a diagnosis: these signs can have many causes, and a clinician can "
                "tell which. Coach's reminders and records stay available meanwhile.",
            ),
        )
    )


def as_html(text: str) -> str:
    """Plain advice as a rich-text paragraph (line breaks kept)."""
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


def advice_html(advice: Advice) -> str:
    """The recommendation as a paragraph with its title in bold, for labels showing rich text."""
    return f"<p><b>{html.escape(advice_title(advice), quote=False)}</b><br>" + (
        html.escape(advice_text(advice), quote=False) + "</p>"
    )


def flag_reasons(flag: SafetyFlag) -> str:
    """What raised a safety flag, quoted as the user saw it (first-run questions, or symptoms);
    a name this version does not know as it is."""
    from coach.domain.safety import FlagSource, RedFlag, Symptom  # noqa: PLC0415

    locale = QLocale()
    questions = {f.value for f in RedFlag}
    symptoms = {s.value for s in Symptom}
    labels = []
    for name in flag.reasons:
        if flag.source == FlagSource.FIRST_RUN and name in questions:
            labels.append(locale.quoteString(red_flag_label(RedFlag(name))))
        elif name in symptoms:
            labels.append(locale.quoteString(symptom_label(Symptom(name))))
        else:
            labels.append(name)
    return locale.createSeparatedList(labels)


def flag_source_label(source: str) -> str:
    """Where the answer was given, in a few words ("the first-run questions")."""
    return {
        "first_run": translate("Advice", "first-run safety questions"),
        "check_in": translate("Advice", "check-in"),
        "player": translate("Advice", "stopped a routine because it hurt"),
    }.get(source, source)


def safety_flag_line(flag: SafetyFlag) -> str:
    """One line for the clinician report: when it was raised and where, what, the situation's
    sentence, and whether and when it was cleared (local time)."""
    raised = flag.raised_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if flag.cleared_at is None:
        status = translate("Advice", "Still open.")
    else:
        status = translate("Advice", "Cleared on {date} (a clinician checked it).").format(
            date=flag.cleared_at.astimezone().strftime("%Y-%m-%d %H:%M")
        )
    return translate("Advice", "{date}, {source}: {reasons}. {advice} {status}").format(
        date=raised,
        source=flag_source_label(flag.source),
        reasons=flag_reasons(flag),
        advice=situation_sentence(urgency_situation(flag.urgency)),
        status=status,
    )


def reduce_dose_text(pain: int) -> str:
    """Pain above 5 during or right after exercise (BIM, PROV; adapted from SIL)."""
    return translate(
        "Advice",
        "Pain of {pain} out of 10 is more than exercise should cause: pain up to 3 is fine and 4 "
        "to 5 acceptable, above 5 is too much. Next time, reduce or change the exercise: shorter "
        "holds, fewer repetitions or one set less. (This follows a pain-monitoring model adapted "
        "from research on tendon pain.)",
    ).format(pain=pain)
