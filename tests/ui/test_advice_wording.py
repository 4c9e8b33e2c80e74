"""The reasons in safety advice read as the user saw them (review 9): they were lower-cased, giving
"tb, hiv" and, in German, "schmerzen in der brust"."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from coach.domain.safety import RedFlag, Symptom, red_flag_advice, symptom_advice
from coach.ui.lifecycle import i18n
from coach.ui.text.advice import advice_text, red_flag_label, symptom_label


def test_the_reasons_keep_their_capitals_and_read_as_one_item_each(qapp: QApplication) -> None:
    history = red_flag_advice([RedFlag.MEDICAL_HISTORY])
    assert history is not None
    text = advice_text(history)
    assert "TB, HIV" in text, text
    # A label holding a comma and "or" stays one item of the list: each is quoted.
    two = red_flag_advice([RedFlag.CHEST_PAIN, RedFlag.LEGS_WEAK_OR_NUMB])
    assert two is not None
    text = advice_text(two)
    quote = QLocale().quoteString
    listed = QLocale().createSeparatedList(
        [
            quote(red_flag_label(RedFlag.CHEST_PAIN)),
            quote(red_flag_label(RedFlag.LEGS_WEAK_OR_NUMB)),
        ]
    )
    assert f"You told Coach about: {listed}." in text, text
    advice = symptom_advice([Symptom.NUMBNESS])
    assert advice is not None
    assert quote(symptom_label(Symptom.NUMBNESS)) in advice_text(advice)


def test_german_reasons_keep_their_capital_nouns(qapp: QApplication) -> None:
    try:
        assert i18n.install("de", qapp) == "de"
        advice = red_flag_advice([RedFlag.CHEST_PAIN])
        assert advice is not None
        text = advice_text(advice)
        assert "„Schmerzen in der Brust“" in text, text
        assert "schmerzen in der brust" not in text
    finally:
        i18n.uninstall(qapp)
