"""Accessibility, walked through every page and window: each enabled control has a name a screen
reader can say and is reached by pressing Tab from the page's first control (and Tab leaves it
again); focus is visible; high contrast is really high contrast; text scales without clipping;
charts describe their data in words; the player says its transitions in text.

The names are read the way a screen reader reads them: through the widget's accessible interface
(QAccessible.queryAccessibleInterface), and for fields through the label that names them.
"""

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAction,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPalette,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach import paths
from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.heat import HeatScreening
from coach.domain.routines import Routine, RoutineStep
from coach.domain.settings import TEXT_SCALE_CHOICES, Theme
from coach.services import plans
from coach.services.catalog import builtin_catalog
from coach.ui.lifecycle import startup
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.shell.navigation_bar import NavigationBar
from coach.ui.widgets import theme
from coach.ui.widgets.palettes import HC_DISABLED, HC_TEXT

INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
    QTabBar,
    QGraphicsView,  # pyqtgraph's PlotWidget and GraphicsLayoutWidget are graphics views
)
# Controls that hold a value: what they show is their value, not their name, so the name comes from
# accessibleName or from a label whose buddy the control is.
VALUE_CONTROLS = (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
    QGraphicsView,
)
# Widgets that are parts of another control (a spin box's field, a table's headers, a tab bar's
# scroll arrows, a search field's clear button): the control they belong to is what takes focus
# and carries the name.
PARTS_OF = (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView, QScrollBar, QLineEdit)

SHORT = Routine(
    "",
    "Short test routine",
    "",
    (
        RoutineStep("neck_side_bend", Dosage(hold_seconds=2, reps=1, sets=1, per_side=True)),
        RoutineStep("shoulder_rolls", Dosage(reps=2, rep_seconds=2)),
    ),
)


def _describe(widget: QWidget, where: str) -> str:
    return f"{widget.objectName() or '(no objectName)'} [{type(widget).__name__}] on {where}"


def _is_part(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or widget.objectName() == "qt_tableview_cornerbutton":
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractItemView) and parent.viewport().isAncestorOf(widget):
            return False  # a control put into a table cell is a control of its own
        if isinstance(parent, PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The enabled controls a user sees in `root` (and `root` itself if it is one)."""
    found = [root, *root.findChildren(QWidget)]
    return [
        w
        for w in found
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and w.isEnabled()
        and not _is_part(w, root)
        and not w.isWindow()
    ]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    if isinstance(widget, QComboBox) and not widget.isEditable() and sys.platform != "win32":
        # Qt on Linux and macOS names a combo box by its current item and drops its accessible
        # name (QAccessibleComboBox::text): Orca heard "Band pull-apart", not what to choose.
        # What to choose comes from a buddy label (AT-SPI's labelled-by).
        return _buddy_label(interface)
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, VALUE_CONTROLS):
        return _buddy_label(interface)
    return interface.text(QAccessible.Text.Name).strip()


def _buddy_label(interface: QAccessibleInterface) -> str:
    for related, _relation in interface.relations(QAccessible.RelationFlag.Label):
        if isinstance(related.object(), QLabel):  # a buddy label (a group box is too vague)
            return related.text(QAccessible.Text.Name).strip()
    return ""


def _owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    """The control among `candidates` that `widget` (the focus widget) is, or is a part of."""
    while widget is not None:
        if widget in candidates:
            return widget
        widget = widget.parentWidget()
    return None


def _activate(qtbot: QtBot, top: QWidget) -> None:
    top.show()
    top.raise_()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)


# Tab first moves through the sections of a time field (hours, minutes) before leaving it.
TABS_INSIDE_A_CONTROL = 4


def press_tab(top: QWidget) -> QWidget | None:
    """Press Tab (more than once where a control uses it inside, as a time field does) until focus
    moves; the new focus widget, or None when it never leaves (a keyboard trap)."""
    current: QWidget | None = top.focusWidget()
    for _ in range(TABS_INSIDE_A_CONTROL):
        if current is None:
            return None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if top.focusWidget() is not current:
            return top.focusWidget()
    return None


def tab_walk(qtbot: QtBot, top: QWidget, first: QWidget, limit: int = 400) -> list[QWidget]:
    """Put focus on `first` and press Tab until focus comes back round; the focus widgets in
    order. A control that keeps focus however often Tab is pressed ends the walk (a trap)."""
    _activate(qtbot, top)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    order: list[QWidget] = []
    current: QWidget | None = top.focusWidget()
    for _ in range(limit):
        if current is None or current in order:
            break
        order.append(current)
        current = press_tab(top)
    return order


@dataclass
class Audit:
    """Problems found across all the places walked, reported together."""

    qtbot: QtBot
    problems: list[str] = field(default_factory=list)
    walked: dict[str, list[str]] = field(default_factory=dict)
    checked: int = 0

    def check(self, where: str, top: QWidget, root: QWidget | None = None) -> None:
        """Every control in `root` (default: the whole window `top`) has a name and is reached by
        Tab from the first one, in reading order."""
        root = root or top
        QApplication.processEvents()
        found = controls(root)
        assert found, f"no controls found on {where}"
        self.checked += len(found)
        for widget in found:
            self._check_name_and_focus(widget, where)
        order = tab_walk(self.qtbot, top, found[0])
        if len(found) > 1 and top.focusWidget() is order[-1] and press_tab(top) is None:
            self.problems.append(f"Tab does not leave {_describe(order[-1], where)} (a trap)")
        for widget in order:
            if _owner(widget, found) is not None or isinstance(widget, INTERACTIVE):
                continue
            # A scroll area of read-only text is a Tab stop so that the arrow keys scroll it;
            # then it needs a name. Any other stop that is no control is a Tab press wasted.
            if not isinstance(widget, QAbstractScrollArea) or not widget.accessibleName():
                self.problems.append(f"Tab stops at no control: {_describe(widget, where)}")
        reached = in_reading_cycle(top, order, found)
        self.walked[where] = [w.objectName() or type(w).__name__ for w in reached]
        for before, after in pairwise(reached):
            if goes_back(top, before, after):
                self.problems.append(
                    f"Tab goes back from {_describe(before, where)} to {after.objectName()!r}"
                    f" {_rect_in(top, before)} {_rect_in(top, after)}"
                )
        for widget in found:
            tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if tabbable and widget not in reached and not _group_reached(widget, reached):
                self.problems.append(f"not reached by Tab: {_describe(widget, where)}")

    def _check_name_and_focus(self, widget: QWidget, where: str) -> None:
        if not spoken_name(widget):
            self.problems.append(f"no accessible name: {_describe(widget, where)}")
        if isinstance(widget, QGraphicsView) and not widget.accessibleDescription():
            self.problems.append(f"a chart without a description: {_describe(widget, where)}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not any(
            b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in exclusive_siblings(widget)
        ):
            self.problems.append(f"cannot take focus by Tab: {_describe(widget, where)}")


def exclusive_siblings(widget: QWidget) -> list[QAbstractButton]:
    """The other buttons of the exclusive group `widget` is in (radio buttons, or checkable
    buttons in an exclusive QButtonGroup such as the 0-10 pain scale)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return []
    group: QButtonGroup | None = widget.group()
    if group is not None and group.exclusive():
        return [b for b in group.buttons() if b is not widget]
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        return [
            b
            for b in parent.findChildren(QAbstractButton)
            if b is not widget and b.autoExclusive() and b.isCheckable()
        ]
    return []


def in_reading_cycle(top: QWidget, order: list[QWidget], found: list[QWidget]) -> list[QWidget]:
    """The controls of `found` in the order Tab reaches them, starting where a user comes in: after
    the controls outside them (the column of pages), else at the first one in reading order."""
    outside = [i for i, w in enumerate(order) if _owner(w, found) is None]
    if outside:
        start = outside[-1] + 1
    else:
        first = min(order, key=lambda w: (_rect_in(top, w).top(), _rect_in(top, w).left()))
        start = order.index(first)
    cycle = order[start:] + order[:start]
    reached: list[QWidget] = []
    for widget in cycle:
        owner = _owner(widget, found)
        if owner is not None and (not reached or reached[-1] is not owner):
            reached.append(owner)
    return reached


def _rect_in(top: QWidget, widget: QWidget) -> QRect:
    """Where `widget` is laid out in `top`. Inside a scroll area: where it is in the scrolled
    content (not where the scroll position has moved it), fitted into the area's own place, so
    that the reading order stays the same as Tab scrolls a long list (the symptom list does)."""
    area = widget.parentWidget()
    while area is not None and area is not top and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    content = area.widget() if isinstance(area, QScrollArea) else None
    if not isinstance(area, QScrollArea) or content is None or not content.isAncestorOf(widget):
        return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    view = _rect_in(top, area.viewport())
    inner = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
    scale = min(1.0, view.height() / max(1, content.height()))
    return QRect(
        view.left() + inner.left(),
        view.top() + round(inner.top() * scale),
        inner.width(),
        max(1, round(inner.height() * scale)),
    )


def goes_back(top: QWidget, before: QWidget, after: QWidget) -> bool:
    """Whether Tab from `before` to `after` goes against the reading order: up in the same
    column, or left on the same line. (Up into a column further right is the next column.)"""
    for widget in (before, after):
        view = widget.parentWidget()
        while view is not None and not isinstance(view, QAbstractItemView):
            view = view.parentWidget()
        if view is not None and view.viewport().isAncestorOf(widget):
            return False  # controls in table cells: the table scrolls as Tab goes through them
    a, b = _rect_in(top, before), _rect_in(top, after)
    if a.contains(b) or b.contains(a):
        return False  # a control and a part inside it (a table and its cell)
    same_line = b.top() < a.bottom() and a.top() < b.bottom()
    if same_line:
        return b.right() < a.left()
    return b.bottom() <= a.top() and b.left() <= a.left()


def _group_reached(widget: QWidget, reached: list[QWidget]) -> bool:
    """Tab enters an exclusive group of buttons once, at its checked button; the arrow keys move
    inside it (as in any radio group)."""
    return any(b in reached for b in exclusive_siblings(widget))


@pytest.fixture
def audit(qtbot: QtBot) -> Iterator[Audit]:
    found = Audit(qtbot)
    yield found
    for where, order in found.walked.items():
        print(where, ":", " ".join(order))
    assert not found.problems, "\n".join(found.problems)


def add_history(services: startup.Services, clock: FakeClock, days: int = 90) -> None:
    """A check-in a day for `days` days (pain falling from 6 to 3), and one today."""
    now = clock.now()
    for day in range(days, -1, -1):
        pain = 3 + round(3 * day / days)
        services.repo.add_checkin(pain, "", at=now - timedelta(days=day, hours=1))


@pytest.fixture
def full_window(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> Iterator[MainWindow]:
    """The main window with reminders (so Settings has its Reminders tab) and three months of
    check-ins, so that Today's list and the Progress charts are on screen."""
    window.reminders = ReminderController(
        services.context, services.change_signal, Presence(), parent=window
    )
    add_history(services, clock)
    window.today.refresh()
    yield window


def _tabs_of(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisible()]


def check_with_tabs(audit: Audit, where: str, top: QWidget, root: QWidget | None = None) -> None:
    """Check `root`, once for every tab of its (first) tab widget."""
    root = root or top
    QApplication.processEvents()
    tabs = _tabs_of(root)
    if not tabs:
        audit.check(where, top, root)
        return
    for index in range(tabs[0].count()):
        tabs[0].setCurrentIndex(index)
        audit.check(f"{where} > {tabs[0].tabText(index).replace('&', '')}", top, root)


def test_every_page_of_the_main_window_is_named_and_reached_by_tab(
    full_window: MainWindow, audit: Audit, services: startup.Services
) -> None:
    window = full_window
    for page in Page:
        window.show_page(page)
        check_with_tabs(audit, f"the {page.value} page", window, window.page_widget(page))

    # Today with a rating chosen (Save is enabled) and a check-in chosen in its list (Edit and
    # Delete are).
    window.show_page(Page.TODAY)
    rating = window.today.findChild(QAbstractButton, "painButton4")
    assert rating is not None
    rating.click()
    recorded = window.today.findChild(QAbstractItemView, "todayList")
    assert recorded is not None
    recorded.setCurrentIndex(recorded.model().index(0, 0))
    audit.check("the today page, a rating and a check-in chosen", window, window.today)

    # Routines with a routine of the user's own, whose steps can be edited.
    own = services.repo.save_routine(SHORT, builtin_catalog().library)
    window.show_page(Page.ROUTINES)
    routines = window.page_widget(Page.ROUTINES)
    routines.reload(select_id=own.id)  # type: ignore[attr-defined]
    audit.check("the routines page, an own routine", window, routines)
    assert audit.checked > 100


def test_the_player_is_named_and_reached_by_tab_at_every_stage(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
    audit: Audit,
) -> None:
    window = make_window()
    window.speech_engine = "mock"
    window.start_routine(services.repo.save_routine(SHORT, builtin_catalog().library))
    player = window.player
    assert player is not None
    try:
        audit.check("the player, pain before", player, player.before)
        player.before.skip.click()
        clock.advance(6)
        player.refresh()
        audit.check("the player, running", player, player.running)
        player.stop_because_it_hurts()
        audit.check("the player, pain after", player, player.after)
        player.after.buttons[2].click()
        audit.check("the player, summary", player, player.summary)
    finally:
        if shiboken6.isValid(player):
            if not player.session.is_over:
                player.session.end_early()
            player.close()


def test_dialogs_and_notices_are_named_and_reached_by_tab(
    qtbot: QtBot, window: MainWindow, services: startup.Services, audit: Audit
) -> None:
    from coach.domain.plan import parse_plan
    from coach.ui.dialogs.checkin import CheckInDialog
    from coach.ui.dialogs.heat_safety import HeatSafetyDialog
    from coach.ui.plans.actions import PlanDialog
    from coach.ui.plans.editor.dialog import PlanEditorDialog, PlanPreviewDialog
    from coach.ui.runners.notice import Notice

    checkin = services.repo.add_checkin(4, "after lunch", stiffness=3)
    dialogs: list[QWidget] = []

    def shown(dialog: QWidget) -> QWidget:
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.show()
        return dialog

    try:
        check_with_tabs(audit, "the check-in dialog", shown(CheckInDialog(checkin, window)))
        check_with_tabs(
            audit, "the heat safety dialog", shown(HeatSafetyDialog(HeatScreening(), window))
        )
        library = plans.builtin_library()
        path = paths.resources_dir() / "plans" / "examples" / "neck-and-upper-back.coachplan"
        plan = parse_plan(path.read_bytes(), str(path), library, plans.plan_schema())
        changes = [("Movement breaks", "off", "every 45 min of work")]
        adopt = PlanDialog(plan, changes, lambda i: i, window)
        check_with_tabs(audit, "the plan dialog", shown(adopt))
        check_with_tabs(audit, "the plan preview", shown(PlanPreviewDialog(plan, library)))
        editor = PlanEditorDialog(library)
        shown(editor)
        editor.open_file(path, confirm=False)
        check_with_tabs(audit, "the plan editor", editor)
        notice = Notice(
            "Time to move",
            "You have been at your desk for 45 minutes.",
            [("start", "&Start"), ("snooze", "S&nooze"), ("skip", "S&kip")],
            {"snooze": [("5", "5 minutes"), ("10", "10 minutes")]},
        )
        audit.check("a notice", shown(notice))
    finally:
        for dialog in dialogs:
            if shiboken6.isValid(dialog):
                dialog.close()


# ---- colours, text size, focus, charts and the player's announcements -------------------------


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, back to the system's theme and text size afterwards."""
    yield qapp
    theme.show_focus(qapp, on=False)
    theme.apply_theme(qapp, Theme.SYSTEM)
    theme.apply_text_scale(qapp, 100)


ROLE = QPalette.ColorRole
PAIRS = (
    (ROLE.WindowText, ROLE.Window),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.Text, ROLE.Base),
    (ROLE.HighlightedText, ROLE.Highlight),
)


# Other text someone must read: a field's hint, links on a page and in a field, tooltips.
READ_TOO = (
    (ROLE.PlaceholderText, ROLE.Base),
    (ROLE.Link, ROLE.Base),
    (ROLE.Link, ROLE.Window),
    (ROLE.ToolTipText, ROLE.ToolTipBase),
)


def test_high_contrast_is_seven_to_one_with_strong_borders(app: QApplication) -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    theme.apply_theme(app, Theme.HIGH_CONTRAST)
    palette = app.palette()
    for text, background in (*PAIRS, *READ_TOO):
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= 7.0, (text, background, ratio)
    # Fusion draws outlines from the window colour, invisible on black: the sheet draws them.
    assert "border: 2px solid #ffffff" in app.styleSheet()
    assert contrast(palette.color(ROLE.Highlight), palette.color(ROLE.Window)) >= 7.0  # focus
    theme.apply_theme(app, Theme.DARK)
    assert app.styleSheet() == ""  # the sheet belongs to high contrast only


def test_high_contrast_spin_boxes_show_their_up_and_down_buttons(
    qtbot: QtBot, app: QApplication
) -> None:
    """The sheet's white frames hid the spin boxes' arrows (Today's stiffness and sleep, the
    break interval): a mouse user saw a box with no way to change it. Each button now has a
    white chevron, grey where the value cannot go further."""
    theme.apply_theme(app, Theme.HIGH_CONTRAST)
    try:
        sheet = app.styleSheet()
        files = re.findall(r'url\("([^"]+)"\)', sheet)
        assert len(files) >= 6 and all(Path(file).is_file() for file in files)
        for name, colour in (("up", HC_TEXT), ("down", HC_TEXT), ("up-disabled", HC_DISABLED)):
            drawing = (paths.resources_dir() / "icons" / f"hc-{name}.svg").read_text()
            assert f'stroke="{colour}"' in drawing, name
        box = QSpinBox()
        qtbot.addWidget(box)
        box.setRange(0, 10)
        box.setValue(5)
        box.resize(box.sizeHint())
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage()
        ratio = image.devicePixelRatio()
        option = QStyleOptionSpinBox()
        option.initFrom(box)
        option.rect = box.rect()
        option.subControls = QStyle.SubControl.SC_SpinBoxUp | QStyle.SubControl.SC_SpinBoxDown
        option.stepEnabled = QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            button = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, box)
            inside = button.adjusted(4, 3, -4, -3)  # within the button's own frame
            assert inside.width() > 4 and inside.height() > 2, part
            white = sum(
                1
                for x in range(inside.left(), inside.right() + 1)
                for y in range(inside.top(), inside.bottom() + 1)
                if image.pixelColor(int(x * ratio), int(y * ratio)).lightness() > 200
            )
            assert white >= 4, (part, white)  # a chevron drawn, not an empty black button
    finally:
        theme.apply_theme(app, Theme.SYSTEM)


@pytest.mark.parametrize("chosen", [Theme.LIGHT, Theme.DARK])
def test_light_and_dark_text_meets_aa(app: QApplication, chosen: Theme) -> None:
    theme.apply_theme(app, chosen)
    palette = app.palette()
    for text, background in (*PAIRS, *READ_TOO):  # the checked text on the accent too
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= 4.5, (chosen, text, background, ratio)
    # The focus ring (the highlight colour) stands out from the window: WCAG's 3:1 for focus.
    assert contrast(palette.color(ROLE.Highlight), palette.color(ROLE.Window)) >= 3.0


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text is wider than they are (and does not wrap)."""
    return [
        f"{label.objectName() or label.text()[:30]!r}: {label.sizeHint().width()} > {label.width()}"
        for label in root.findChildren(QLabel)
        if label.isVisible()
        and label.text()
        and not label.wordWrap()
        and label.sizeHint().width() > label.width()
    ]


@pytest.mark.parametrize("percent", [150, 200])
def test_text_scales_from_the_system_size_without_clipping(
    app: QApplication, make_window: Callable[..., MainWindow], percent: int
) -> None:
    system = QFont(app.font())
    theme.apply_text_scale(app, percent)
    assert app.font().pointSizeF() == pytest.approx(system.pointSizeF() * percent / 100)
    window = make_window()
    window.resize(1000, 700)
    window.show()
    title = window.today.findChild(QLabel, "todayTitle")
    assert title is not None
    assert title.font().pointSizeF() == pytest.approx(app.font().pointSizeF() * 1.6)
    assert window.findChild(QWidget, "navigation").width() >= 170  # type: ignore[union-attr]
    for page in (Page.TODAY, Page.SETTINGS):
        window.show_page(page)
        QApplication.processEvents()
        assert clipped_labels(window.page_widget(page)) == [], (page, percent)
    # Today fits the window's width at 150 % (large text does not mean sideways scrolling).
    if percent == 150:
        window.show_page(Page.TODAY)
        QApplication.processEvents()
        scroll = window.findChild(QAbstractScrollArea, "pageScroll")
        assert scroll is not None and not scroll.horizontalScrollBar().isVisible()


def test_a_new_text_size_applies_to_the_open_window(
    app: QApplication, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.show()
    title = window.today.findChild(QLabel, "todayTitle")
    navigation = window.findChild(NavigationBar, "navigation")
    assert title is not None and navigation is not None
    before = title.font().pointSizeF()
    narrow = navigation.width()
    theme.apply_text_scale(app, 200)
    QApplication.processEvents()
    assert title.font().pointSizeF() == pytest.approx(before * 2)
    qtbot.waitUntil(lambda: navigation.width() > max(170, narrow))  # the titles still fit
    metrics = navigation.fontMetrics()
    qtbot.waitUntil(
        lambda: all(
            button.height() >= metrics.height() + 16
            and button.width() >= metrics.horizontalAdvance(button.text())
            for button in navigation.buttons()
        )
    )  # rows grow with the text: still easy targets, each title whole
    theme.apply_text_scale(app, 100)
    assert title.font().pointSizeF() == pytest.approx(before)


def test_a_new_text_size_reaches_the_headings_with_high_contrast_too(
    app: QApplication, make_window: Callable[..., MainWindow], services: startup.Services
) -> None:
    """With high contrast on, putting its style sheet back gave headings their old size: the
    text grew and the titles did not (review 9). Nor may a later change of theme undo them."""
    startup.follow_theme_setting(app, services.settings)
    window = make_window()
    window.show()
    for page in Page:
        window.show_page(page)
    window.open_first_run()
    services.settings.update(theme=Theme.HIGH_CONTRAST)
    QApplication.processEvents()
    title = window.today.findChild(QLabel, "todayTitle")
    assert title is not None
    base, before = app.font().pointSizeF(), title.font().pointSizeF()
    services.settings.update(text_scale=200)
    QApplication.processEvents()
    assert app.font().pointSizeF() == pytest.approx(2 * base)
    assert title.font().pointSizeF() == pytest.approx(2 * before)
    texts: list[QLabel | QAbstractButton] = [
        *window.findChildren(QLabel),
        *window.findChildren(QAbstractButton),
    ]
    small = [
        (widget.objectName(), widget.text(), widget.font().pointSizeF())
        for widget in texts
        if widget.text() and widget.font().pointSizeF() < 1.9 * base
    ]
    assert small == []
    for chosen in (Theme.DARK, Theme.HIGH_CONTRAST, Theme.SYSTEM):
        services.settings.update(theme=chosen)
        QApplication.processEvents()
        assert title.font().pointSizeF() == pytest.approx(2 * before), chosen
    services.settings.update(text_scale=100)
    QApplication.processEvents()
    assert title.font().pointSizeF() == pytest.approx(before)
    assert window.first_run is not None
    window.first_run.reject()


def test_settings_offer_high_contrast_and_the_text_size(
    app: QApplication, window: MainWindow, services: startup.Services
) -> None:
    startup.follow_theme_setting(app, services.settings)
    window.show_page(Page.SETTINGS)
    page = window.page_widget(Page.SETTINGS)
    themes = page.findChild(QComboBox, "theme")
    sizes = page.findChild(QComboBox, "textScale")
    assert themes is not None and sizes is not None
    assert spoken_name(themes) == "Theme:" and spoken_name(sizes) == "Text size:"
    assert [sizes.itemData(i) for i in range(sizes.count())] == list(TEXT_SCALE_CHOICES)
    themes.setCurrentIndex(themes.findData(Theme.HIGH_CONTRAST.value))
    assert services.settings.value.theme is Theme.HIGH_CONTRAST
    assert app.palette().color(ROLE.Window) == QColor("black")
    system = app.font().pointSizeF()
    sizes.setCurrentIndex(sizes.findData(125))
    assert services.settings.value.text_scale == 125
    assert app.font().pointSizeF() == pytest.approx(system * 1.25)


def test_the_control_with_the_keyboard_has_a_ring_in_every_theme(
    qtbot: QtBot, app: QApplication, window: MainWindow
) -> None:
    tracker = theme.show_focus(app)
    assert tracker is not None
    _activate(qtbot, window)
    button = window.today.findChild(QAbstractButton, "quickStart")
    assert button is not None
    for chosen in (Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST):
        theme.apply_theme(app, chosen)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: tracker.ring is not None and tracker.ring.widget() is button)
        ring = tracker.ring
        assert ring is not None and ring.isVisible()
        assert ring.geometry().contains(button.geometry())
        QApplication.processEvents()
        image: QImage = window.grab().toImage()
        edge = ring.mapTo(window, QPoint(ring.width() // 2, 0))  # the ring's top edge
        highlight = app.palette().color(ROLE.Highlight)
        assert image.pixelColor(edge) == highlight, chosen
        assert contrast(highlight, app.palette().color(ROLE.Window)) >= 3.0
    # A control that is not one (a page focused for its shortcuts) has no ring.
    window.today.setFocus()
    QApplication.processEvents()
    assert tracker.ring is None or tracker.ring.widget() is None


def test_the_progress_charts_describe_their_data_in_words(
    full_window: MainWindow, clock: FakeClock
) -> None:
    full_window.show_page(Page.PROGRESS)
    charts = full_window.page_widget(Page.PROGRESS).findChild(QGraphicsView, "progressCharts")
    assert charts is not None
    assert spoken_name(charts) == "Progress charts"
    description = charts.accessibleDescription()
    assert "Pain trend: the 7-day mean fell from 6.0 to 3.0 over 91 day" in description
    assert "the latest daily rating is 3.0" in description
    assert "Minutes per day: exercise on 0 day" in description
    assert "Routines done of those planned: 0 % in the latest week" in description


def last(said: list[tuple[str, QObject]]) -> tuple[str, QObject]:
    return said[-1]


def test_the_player_says_each_transition_in_text(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[tuple[str, QObject]] = []

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.object()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window = make_window()
    window.speech_engine = "mock"
    window.start_routine(services.repo.save_routine(SHORT, builtin_catalog().library))
    player = window.player
    assert player is not None
    try:
        player.before.skip.click()
        assert player.running.cue_line.text().startswith("Cue: Get ready: Neck side bend")
        assert last(said) == ("Get ready: Neck side bend", player.running.cue_line)
        clock.advance(5.5)
        player.refresh()
        assert player.running.cue_line.text().startswith(
            "Cue: Tilt your head to the left, left ear towards your left shoulder. Hold 2 seconds"
        )
        assert last(said)[0] == (
            "Tilt your head to the left, left ear towards your left shoulder. Hold 2 seconds"
        )
        player.toggle_pause()
        assert last(said) == ("Paused", player.running.pause_button)
        player.toggle_pause()
        assert last(said)[0] == "Going on"
        shown = [text for text, _source in said]
        for _ in range(200):
            if player.session.is_over:
                break
            clock.advance(0.5)
            player.refresh()
        texts = [text for text, _source in said]
        assert "Relax" in texts or (
            "Tilt your head to the right, right ear towards your right shoulder. Hold 2 seconds"
            in texts
        )
        assert texts[-1].startswith("Well done. Routine finished. ")
        assert len(texts) > len(shown)
    finally:
        if not player.session.is_over:
            player.session.end_early()
        player.close()


def test_the_latest_notice_takes_the_keyboard_when_asked(qtbot: QtBot, window: MainWindow) -> None:
    notice = window.alerts.notify(
        "Time to move", "Stand up and walk a few steps.", [("start", "&Start"), ("skip", "S&kip")]
    )
    # By itself a notice never takes the keyboard from what the user is typing elsewhere.
    assert notice.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    action = window.findChild(QAction, "focusNotice")
    assert action is not None and action.shortcut() == QKeySequence("Ctrl+Shift+N")
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notice.buttons["start"])
    assert not notice.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    QTest.keyClick(notice.buttons["start"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is notice.buttons["skip"]


def test_a_chosen_button_says_so_in_its_text_not_only_its_shade(window: MainWindow) -> None:
    chosen = window.today.findChild(QAbstractButton, "painButton6")
    other = window.today.findChild(QAbstractButton, "painButton5")
    assert chosen is not None and other is not None
    chosen.click()
    assert chosen.font().bold() and chosen.font().underline()
    assert not other.font().bold() and not other.font().underline()
    other.click()
    assert not chosen.font().bold() and other.font().underline()


def test_outcomes_are_spoken_and_the_running_player_is_named(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found with a real AT-SPI walk (tools/atspi_walk.py): a saved check-in was shown but
    never said (the status line's fixed name hid its text), and the running player put the
    focus on a container with no name."""
    said: list[tuple[str, QObject]] = []

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.object()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    today = window.today
    today._rating_group.button(4).click()
    today.save_checkin()
    status = today.findChild(QLabel, "checkinStatus")
    assert status is not None and status.text().startswith("Saved: ")
    assert said and said[-1] == (status.text(), status)
    assert spoken_name(status) == status.text()

    window.start_routine(services.repo.save_routine(SHORT, builtin_catalog().library))
    player = window.player
    assert player is not None
    try:
        player.before.skip.click()
        assert player.focusWidget() is player.running
        assert spoken_name(player.running) == "Routine in progress"
        description = player.running.accessibleDescription()
        assert "Space pauses" in description and "H stops" in description
    finally:
        if not player.session.is_over:
            player.session.end_early()
        player.close()


def test_a_search_fields_clear_button_is_named(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(Page.EXERCISES)
    search = window.findChild(QLineEdit, "exerciseSearch")
    assert search is not None
    qtbot.keyClicks(search, "neck")
    buttons = [b for b in search.findChildren(QToolButton) if b.isVisible()]
    assert buttons, "Qt's clear button did not appear"
    assert all(spoken_name(b) == "Clear the text" for b in buttons)


def test_the_keyboard_follows_the_page_chosen_in_the_column(
    qtbot: QtBot, window: MainWindow
) -> None:
    """With the keyboard on the column, it moves to the page chosen, by an assistive tool's
    "Press" (Qt focuses a checkable button it clicks) as by the Go menu (set_current_row), so the
    focus ring and the checked page never mark two different buttons; with the keyboard
    elsewhere it stays there."""
    navigation = window.findChild(NavigationBar, "navigation")
    assert navigation is not None
    window.activateWindow()
    today, exercises = navigation.button(0), navigation.button(1)
    today.setFocus()
    qtbot.waitUntil(today.hasFocus)
    interface = QAccessible.queryAccessibleInterface(exercises)
    assert interface is not None
    actions = interface.actionInterface()
    assert actions is not None
    actions.doAction(actions.pressAction())
    qtbot.waitUntil(lambda: window.current_page() is Page.EXERCISES)
    assert exercises.hasFocus()
    window.show_page(Page.TIMERS)  # the Go menu's way
    assert navigation.button(list(Page).index(Page.TIMERS)).hasFocus()
    window.show_page(Page.TODAY)
    search = window.findChild(QLineEdit, "checkinNote")
    assert search is not None
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    window.show_page(Page.ROUTINES)  # the keyboard was on Today's page, not on the column
    assert not any(button.hasFocus() for button in navigation.buttons())


def test_assistive_tools_switch_pages_by_pressing_a_page_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Voice control and screen readers switch pages with the buttons' accessible "Press"
    action, and hear which page is shown from the checked state."""
    navigation = window.findChild(NavigationBar, "navigation")
    assert navigation is not None
    timers = navigation.button(list(Page).index(Page.TIMERS))
    interface = QAccessible.queryAccessibleInterface(timers)
    assert interface is not None and interface.text(QAccessible.Text.Name) == "Timers"
    # One choice of several (Qt gives auto-exclusive buttons the radio button's role), not a
    # check box: a checkable tool button would be read out as "Timers, check box, not checked".
    assert interface.role() == QAccessible.Role.RadioButton
    actions = interface.actionInterface()
    assert actions is not None
    actions.doAction(actions.pressAction())  # Qt animates the click: it lands a moment later
    qtbot.waitUntil(lambda: window.current_page() is Page.TIMERS)
    assert interface.state().checked
    today = QAccessible.queryAccessibleInterface(navigation.button(0))
    assert today is not None and not today.state().checked
