"""The time box every page uses (Settings, the first run, the plan editor): a time typed the way
people type one gives that time, wherever the box was clicked or however it was entered, and it
says `entered` once per whole new time, never for a half-typed one."""

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTimeEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coach.ui.widgets.time_field import TYPING_PAUSE_MS, TimeField

TYPED = {
    "12:00": "12:00",
    "1200": "12:00",
    "12.00": "12:00",
    "9:30": "09:30",
    "09:30": "09:30",
    "0930": "09:30",
    "7:05": "07:05",
    "23:59": "23:59",
    "0:00": "00:00",
}
WAYS = ("tab", "click on the hour", "click after the text", "click in the middle", "select all")


class Boxes(QWidget):
    """A time box and a field to move the focus to."""

    def __init__(self, box: QTimeEdit) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.box = box
        self.other = QLineEdit(self)
        layout.addWidget(box)
        layout.addWidget(self.other)


class FieldBoxes(Boxes):
    box: TimeField


@pytest.fixture
def boxes(qtbot: QtBot) -> Iterator[FieldBoxes]:
    shown = FieldBoxes(TimeField())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def enter(qtbot: QtBot, boxes: Boxes, way: str) -> None:
    """Go into the box as a user does."""
    box, line = boxes.box, boxes.box.findChild(QLineEdit)
    assert line is not None
    boxes.other.setFocus()
    if way == "tab":
        box.setFocus(Qt.FocusReason.TabFocusReason)
    elif way == "select all":
        box.setFocus()
        box.selectAll()
    else:
        x = {"click on the hour": 3, "click after the text": line.width() - 3}.get(
            way, line.width() // 2
        )
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def test_a_plain_time_edit_gave_eleven_for_twelve(qtbot: QtBot) -> None:
    """The report, as a plain QTimeEdit behaves: clicked on the hour of 11:30 and typed "12:00".
    The full hour, not selected, refuses "1" and "2"; ":" moves on to the minutes and selects
    them; "00" replaces them."""
    plain = QTimeEdit()
    plain.setDisplayFormat("HH:mm")
    shown = Boxes(plain)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    plain.setTime(plain.time().fromString("11:30", "HH:mm"))
    enter(qtbot, shown, "click on the hour")
    qtbot.keyClicks(plain, "12:00")
    assert plain.time().toString("HH:mm") == "11:00"


@pytest.mark.parametrize("way", WAYS)
def test_a_typed_time_is_taken_whole_from_any_hour_and_any_way_in(
    qtbot: QtBot, boxes: FieldBoxes, way: str
) -> None:
    box = boxes.box
    wrong = []
    for typed, wanted in TYPED.items():
        for hour in range(24):
            box.set_moment(time(hour, 30))
            enter(qtbot, boxes, way)
            qtbot.keyClicks(box, typed)
            boxes.other.setFocus()
            if box.time().toString("HH:mm") != wanted:
                wrong.append(f"{typed!r} over {hour:02}:30 gave {box.time().toString('HH:mm')}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("way", "typed", "wanted"),
    [("click on the hour", "0830", "08:30"), ("click after the text", "45", "11:45")],
)
def test_digits_replace_the_section_clicked(
    qtbot: QtBot, boxes: FieldBoxes, way: str, typed: str, wanted: str
) -> None:
    boxes.box.set_moment(time(11, 30))
    enter(qtbot, boxes, way)
    qtbot.keyClicks(boxes.box, typed)
    boxes.other.setFocus()
    assert boxes.box.time().toString("HH:mm") == wanted


def test_entered_once_for_a_whole_time_and_never_half_way(qtbot: QtBot, boxes: FieldBoxes) -> None:
    box = boxes.box
    said: list[str] = []
    box.entered.connect(lambda: said.append(box.time().toString("HH:mm")))
    box.set_moment(time(11, 30))
    assert said == []  # a time set by the page is not announced
    enter(qtbot, boxes, "click after the text")
    qtbot.keyClicks(box, "12:00")  # shows 11:1, 11:12, 12:30, 12:0 on the way
    assert said == ["12:00"]
    qtbot.keyClick(box, Qt.Key.Key_Up)  # an arrow key: a whole step, at once
    assert said == ["12:00", "12:01"]
    enter(qtbot, boxes, "click on the hour")
    qtbot.keyClicks(box, "1")  # "1:01": half typed
    qtbot.wait(2 * TYPING_PAUSE_MS)
    assert said == ["12:00", "12:01"]
    qtbot.keyClicks(box, "4")  # the hour is whole, the minutes may follow: wait for a pause
    assert said == ["12:00", "12:01"]
    qtbot.waitUntil(lambda: said == ["12:00", "12:01", "14:01"], timeout=3 * TYPING_PAUSE_MS)
    boxes.other.setFocus()  # leaving changes nothing more
    assert said == ["12:00", "12:01", "14:01"]


def test_a_shortcut_with_a_digit_is_not_typed(qtbot: QtBot, boxes: FieldBoxes) -> None:
    box = boxes.box
    box.set_moment(time(9, 30))
    enter(qtbot, boxes, "click on the hour")
    qtbot.keyClick(box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert box.time().toString("HH:mm") == "09:30"
