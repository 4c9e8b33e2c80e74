"""The words for safety advice (CLINICAL.md sections 3 and 4): the red-flag questions, new
symptoms, the recommendation for each urgency, and the "reduce the dose" suggestion.

Worded calmly and as "worth checking", never as a diagnosis; the recommendation always says that
Coach stays usable for reminders. Shared by the first run, the check-ins, the player and the
clinician report, so every place says the same thing.
"""

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from coach.domain.safety import Advice, RedFlag, Symptom, Urgency


def _tr(text: str) -> str:
    return QCoreApplication.translate("Advice", text)


def red_flag_label(flag: RedFlag) -> str:
    """The question as a tick-box label (NOT_ASSESSED is asked the other way round: see
    `assessed_question`)."""
    return {
        RedFlag.CHEST_PAIN: _tr("Chest pain"),
        RedFlag.SADDLE_OR_BLADDER: _tr(
            "Numbness around the genitals or buttocks, trouble peeing, or loss of bladder or "
            "bowel control"
        ),
        RedFlag.LIMB_WEAKNESS: _tr("Weakness in an arm or leg, or trouble walking"),
        RedFlag.SERIOUS_INJURY: _tr("The pain started after a serious accident or fall"),
        RedFlag.HIGH_FEVER: _tr("A high fever as well as the back or neck pain"),
        RedFlag.WEIGHT_LOSS: _tr("Weight loss you cannot explain"),
        RedFlag.MEDICAL_HISTORY: _tr(
            "Cancer now or in the past, TB, HIV, a weakened immune system or inflammatory arthritis"
        ),
        RedFlag.OSTEOPOROSIS: _tr("Osteoporosis (thin bones)"),
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


def symptom_label(symptom: Symptom) -> str:
    return {
        Symptom.CHEST_PAIN: _tr("Pain spreading to the chest, or chest pain"),
        Symptom.ARM_OR_HAND_WEAKNESS: _tr("Weakness in an arm or hand"),
        Symptom.DIZZINESS_OR_VISION: _tr(
            "Dizziness, drop attacks, or problems with vision, speech or swallowing"
        ),
        # The urgent red flags, worded as in the first run's questions.
        Symptom.SADDLE_OR_BLADDER: red_flag_label(RedFlag.SADDLE_OR_BLADDER),
        Symptom.LEG_WEAKNESS: _tr("Weakness in a leg, or trouble walking"),
        Symptom.SERIOUS_INJURY: red_flag_label(RedFlag.SERIOUS_INJURY),
        Symptom.HIGH_FEVER: red_flag_label(RedFlag.HIGH_FEVER),
        Symptom.NUMBNESS: _tr("New numbness"),
        Symptom.TINGLING: _tr("Tingling or pins and needles"),
        Symptom.PAIN_SPREADING: _tr("Pain spreading down the arms"),
        Symptom.SEVERE_PAIN: _tr("Severe neck pain"),
    }[symptom]


def urgency_label(urgency: Urgency) -> str:
    return {
        Urgency.URGENT: _tr("urgent: call a doctor or an emergency line now"),
        Urgency.SOON: _tr("see a doctor soon"),
        Urgency.ASSESS: _tr("have it assessed before relying on self-care"),
    }[urgency]


def known_symptoms(names: Iterable[str]) -> tuple[Symptom, ...]:
    """Stored symptom names this version knows (a newer Coach may store others)."""
    known = {symptom.value for symptom in Symptom}
    return tuple(Symptom(name) for name in names if name in known)


def symptom_names(names: Iterable[str]) -> str:
    """Stored symptom names as a readable list (names this version does not know as they are)."""
    labels = [
        symptom_label(Symptom(name)) if name in {s.value for s in Symptom} else name
        for name in names
    ]
    return QLocale().createSeparatedList(labels)


def advice_title(advice: Advice) -> str:
    return {
        Urgency.URGENT: _tr("Please call a doctor or an emergency line now"),
        Urgency.SOON: _tr("Please see a doctor soon"),
        Urgency.ASSESS: _tr("Worth having this pain checked first"),
    }[advice.urgency]


def advice_text(advice: Advice) -> str:
    """The recommendation for the answers or symptoms in `advice`, with the reason, calmly."""
    # Each answer or symptom quoted as the user saw it: labels keep their capitals ("TB, HIV",
    # German nouns), and one holding a comma or "or" still reads as one item of the list.
    locale = QLocale()
    reasons = locale.createSeparatedList(
        [locale.quoteString(red_flag_label(f)) for f in advice.red_flags]
        + [locale.quoteString(symptom_label(s)) for s in advice.symptoms]
    )
    if advice.urgency is Urgency.URGENT:
        text = _tr(
            "You told Coach about: {reasons}. This is worth checking straight away: call a doctor "
            "or an emergency line now, before doing any exercise."
        )
    elif advice.urgency is Urgency.SOON:
        text = _tr(
            "You told Coach about: {reasons}. This is worth checking: please see a doctor soon, "
            "and tell them about it."
        )
    elif advice.red_flags == (RedFlag.NOT_ASSESSED,):
        text = _tr(
            "Your pain has not been checked yet. Pain in the upper back, between the shoulders, "
            "is worth having assessed by a doctor or physiotherapist before you rely on "
            "self-care."
        )
    else:
        text = _tr(
            "You told Coach about: {reasons}. This is worth having assessed by a doctor or "
            "physiotherapist before you rely on self-care."
        )
    return (
        text.format(reasons=reasons)
        + " "
        + _tr(
            "This is not a diagnosis: these signs can have many causes, and a clinician can tell "
            "which. Coach's reminders and records stay available meanwhile."
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


def reduce_dose_text(pain: int) -> str:
    """Pain above 5 during or right after exercise (BIM, PROV; adapted from SIL)."""
    return _tr(
        "Pain of {pain} out of 10 is more than exercise should cause: pain up to 3 is fine and 4 "
        "to 5 acceptable, above 5 is too much. Next time, reduce or change the exercise: shorter "
        "holds, fewer repetitions or one set less. (This follows a pain-monitoring model adapted "
        "from research on tendon pain.)"
    ).format(pain=pain)
