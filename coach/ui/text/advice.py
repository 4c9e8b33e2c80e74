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

from PySide6.QtCore import QCoreApplication, QLocale

# The one sentence per situation lives in a module of its own, so that Today's footer loads no
# more than it: here it is the same function.
from coach.ui.text.situations import Situation, situation_sentence, urgency_situation

__all__ = ["Situation", "situation_sentence", "urgency_situation"]

if TYPE_CHECKING:
    from coach.domain.safety import Advice, RedFlag, SafetyFlag, Symptom, Topic, Urgency


def _tr(text: str) -> str:
    return QCoreApplication.translate("Advice", text)


def red_flag_label(flag: RedFlag) -> str:
    """The question as a tick-box label (NOT_ASSESSED is asked the other way round: see
    `assessed_question`)."""
    from coach.domain.safety import RedFlag  # noqa: PLC0415

    return {
        RedFlag.CHEST_PAIN: _tr("Chest pain"),
        RedFlag.SADDLE_OR_BLADDER: _tr(
            "Numbness around the genitals or buttocks, trouble peeing, or loss of bladder or "
            "bowel control"
        ),
        RedFlag.LEGS_WEAK_OR_NUMB: _tr("Weakness or numbness in both legs"),
        RedFlag.SERIOUS_INJURY: _tr("The pain started after a serious accident or fall"),
        RedFlag.SUDDEN_HEADACHE: _tr("A sudden, severe headache unlike any you have had before"),
        RedFlag.DIZZINESS_OR_VISION: _tr(
            "Dizziness, sudden falls, double vision, or trouble speaking or swallowing"
        ),
        RedFlag.FACE_NUMBNESS: _tr("Numbness in your face"),
        RedFlag.NAUSEA_NECK: _tr("Feeling sick (nausea), especially when you move your neck"),
        RedFlag.MENINGITIS: _tr(
            "A fever and a stiff neck, with a headache or eyes that hurt in bright light"
        ),
        RedFlag.RASH: _tr("A rash that does not fade when you press a glass on it"),
        RedFlag.HIGH_FEVER: _tr("A high fever as well as the back or neck pain"),
        RedFlag.ARM_WEAKNESS: _tr("New weakness in one arm or hand"),
        RedFlag.CLUMSY_HANDS: _tr(
            "Clumsy hands: dropping things, or trouble with buttons or handwriting"
        ),
        RedFlag.UNSTEADY_WALKING: _tr("Walking has become unsteady, or you lose your balance"),
        RedFlag.BOTH_ARMS: _tr("Pins and needles, numbness or weakness in both arms"),
        RedFlag.LHERMITTE: _tr(
            "An electric-shock feeling down your back, arms or legs when you bend your neck"
        ),
        RedFlag.BLADDER_BOWEL_CHANGE: _tr(
            "A new change in how your bladder or bowels work, such as having to go suddenly"
        ),
        RedFlag.LIMB_WEAKNESS: _tr("Weakness in an arm or leg, or trouble walking"),
        RedFlag.WEIGHT_LOSS: _tr("Weight loss you cannot explain"),
        RedFlag.MEDICAL_HISTORY: _tr(
            "Cancer now or in the past, TB, HIV, a weakened immune system or inflammatory arthritis"
        ),
        RedFlag.OSTEOPOROSIS: _tr("Osteoporosis (thin bones)"),
        RedFlag.NECK_SURGERY: _tr("An operation on your neck in the past"),
        RedFlag.PAST_INJURY: _tr(
            "A bad neck or back injury in the past (with osteoporosis, even a small fall)"
        ),
        RedFlag.LONG_TERM_STEROIDS: _tr(
            "Taking steroid tablets (such as prednisolone) for a long time"
        ),
        RedFlag.DRUG_INJECTION: _tr("Injecting drugs, now or in the past"),
        RedFlag.DOWN_SYNDROME: _tr("Down syndrome"),
        RedFlag.NIGHT_PAIN: _tr("Pain that is constant, worse at night or wakes you up"),
        RedFlag.COUGH_PAIN: _tr("Pain that gets worse when you cough or sneeze"),
        RedFlag.BACK_SHAPE: _tr("Swelling, or a change in the shape of your back"),
        RedFlag.ARM_NERVES: _tr("Pins and needles, or an arm that feels cold"),
        RedFlag.PAIN_DOWN_ARMS: _tr("Pain spreading down one or both arms"),
        RedFlag.AGE_ONSET: _tr("The pain began when you were under 20 or over 55"),
        RedFlag.NOT_IMPROVING: _tr(
            "The pain has not improved after a few weeks of looking after it"
        ),
        RedFlag.NOT_ASSESSED: _tr("The pain has not been checked by a doctor or physiotherapist"),
    }[flag]


def assessed_question() -> str:
    """NOT_ASSESSED as asked: "no" here is the "yes" of the red flag (NHSBP, DEVON)."""
    return _tr("Has this pain been checked by a doctor or physiotherapist?")


def topic_heading(topic: Topic) -> str:
    """The short heading over a group of questions or symptoms."""
    from coach.domain.safety import Topic  # noqa: PLC0415

    return {
        Topic.HEAD: _tr("Head, face, eyes and speech"),
        Topic.FEVER: _tr("Fever"),
        Topic.BODY: _tr("Chest, legs, bladder and bowel"),
        Topic.ARMS: _tr("Arms, hands and walking"),
        Topic.INJURY: _tr("Injury"),
        Topic.PAIN: _tr("How the pain behaves"),
        Topic.HISTORY: _tr("Your health history"),
    }[topic]


def symptom_label(symptom: Symptom) -> str:
    """The symptom as a tick-box label: a sign the first run asks about too is worded as there."""
    from coach.domain.safety import RedFlag, Symptom  # noqa: PLC0415

    own = {
        Symptom.CHEST_PAIN: _tr("Pain spreading to the chest, or chest pain"),
        Symptom.ARM_OR_HAND_WEAKNESS: _tr("Weakness in an arm or hand"),
        Symptom.LEG_WEAKNESS: _tr("Weakness in a leg, or trouble walking"),
        Symptom.NUMBNESS: _tr("New numbness"),
        Symptom.TINGLING: _tr("Tingling or pins and needles"),
        Symptom.PAIN_SPREADING: _tr("Pain spreading down the arms"),
        Symptom.SEVERE_PAIN: _tr("Severe neck pain"),
    }
    if symptom in own:
        return own[symptom]
    return red_flag_label(RedFlag(symptom.value))


def urgency_label(urgency: Urgency) -> str:
    """How soon, in a few words (the report's tables)."""
    return {
        Situation.EMERGENCY: _tr("emergency: call an emergency number now"),
        Situation.SAME_DAY: _tr("same day: contact your doctor today"),
        Situation.SOON: _tr("see a doctor soon"),
        Situation.ASSESS: _tr("have it assessed before relying on self-care"),
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
        Situation.EMERGENCY: _tr("Please call an emergency number now"),
        Situation.SAME_DAY: _tr("Please contact your doctor today"),
        Situation.SOON: _tr("Please see a doctor soon"),
        Situation.ASSESS: _tr("Worth having this pain checked first"),
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
        text = _tr(
            "Your pain has not been checked yet. Pain in the upper back, between the shoulders, "
            "is worth having assessed by a doctor or physiotherapist before you rely on "
            "self-care."
        )
    else:
        worth = {
            Situation.EMERGENCY: _tr("This is worth checking straight away."),
            Situation.SAME_DAY: _tr("This is worth checking today."),
        }.get(situation, _tr("This is worth checking."))
        text = " ".join(
            (
                _tr("You told Coach about: {reasons}.").format(reasons=reasons),
                worth,
                situation_sentence(situation),
            )
        )
    if advice.urgency.persists:
        return " ".join(
            (
                text,
                _tr(
                    "This is not a diagnosis: these signs can have many causes, and a clinician "
                    "can tell which. Coach keeps this on its Today page and holds exercise "
                    "reminders until you tell it that a clinician has checked it; movement "
                    "breaks, check-ins and your records stay available."
                ),
            )
        )
    return " ".join(
        (
            text,
            _tr(
                "This is not a diagnosis: these signs can have many causes, and a clinician can "
                "tell which. Coach's reminders and records stay available meanwhile."
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
        "first_run": _tr("first-run safety questions"),
        "check_in": _tr("check-in"),
        "player": _tr("stopped a routine because it hurt"),
    }.get(source, source)


def safety_flag_line(flag: SafetyFlag) -> str:
    """One line for the clinician report: when it was raised and where, what, the situation's
    sentence, and whether and when it was cleared (local time)."""
    raised = flag.raised_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if flag.cleared_at is None:
        status = _tr("Still open.")
    else:
        status = _tr("Cleared on {date} (a clinician checked it).").format(
            date=flag.cleared_at.astimezone().strftime("%Y-%m-%d %H:%M")
        )
    return _tr("{date}, {source}: {reasons}. {advice} {status}").format(
        date=raised,
        source=flag_source_label(flag.source),
        reasons=flag_reasons(flag),
        advice=situation_sentence(urgency_situation(flag.urgency)),
        status=status,
    )


def reduce_dose_text(pain: int) -> str:
    """Pain above 5 during or right after exercise (BIM, PROV; adapted from SIL)."""
    return _tr(
        "Pain of {pain} out of 10 is more than exercise should cause: pain up to 3 is fine and 4 "
        "to 5 acceptable, above 5 is too much. Next time, reduce or change the exercise: shorter "
        "holds, fewer repetitions or one set less. (This follows a pain-monitoring model adapted "
        "from research on tendon pain.)"
    ).format(pain=pain)
