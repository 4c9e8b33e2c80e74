"""Paragraph (coach.ui.widgets.blocks) keeps each width's height: it must still answer exactly
what Qt's own word-wrapped label answers, after the text or the font changes too."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach.ui.widgets.blocks import Paragraph

LONG = "Coach helps you keep up exercise, heat and movement breaks. " * 6


def _qt_label(text: str, font: QFont) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(font)
    return label


def test_a_paragraph_answers_as_a_wrapped_label_does(qtbot: QtBot) -> None:
    paragraph = Paragraph(LONG)
    qtbot.addWidget(paragraph)
    for width in (600, 300, 600, 150, 300):
        assert paragraph.heightForWidth(width) == _qt_label(LONG, paragraph.font()).heightForWidth(
            width
        )


def test_a_new_text_or_font_is_measured_again(qtbot: QtBot) -> None:
    paragraph = Paragraph("Short.")
    qtbot.addWidget(paragraph)
    one_line = paragraph.heightForWidth(300)
    paragraph.setText(LONG)
    assert paragraph.heightForWidth(300) > one_line
    assert paragraph.heightForWidth(300) == _qt_label(LONG, paragraph.font()).heightForWidth(300)
    larger = QFont(paragraph.font())
    larger.setPointSizeF(paragraph.font().pointSizeF() * 2)
    before = paragraph.heightForWidth(300)
    paragraph.setFont(larger)
    assert paragraph.heightForWidth(300) > before
    assert paragraph.heightForWidth(300) == _qt_label(LONG, larger).heightForWidth(300)
