"""Light, dark, high-contrast or follow-the-system colours, on the Fusion style so every platform
looks the same; the text size (a zoom on the system's font size); a focus ring around the
control that has the keyboard, visible in every theme; and the size of targets easy to hit."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFocusFrame, QStyleFactory, QWidget

from coach.domain.settings import Theme

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QColor, QPaintEvent

    from coach.ui.widgets.palettes import PaletteBuilder


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Switch the whole application's colours now. "System" leaves the platform's own palette in
    place (Qt follows the desktop's light or dark scheme), so nothing is set at start-up for it."""
    if app.property(_THEME) == theme.value and theme is not Theme.SYSTEM:
        return  # another setting changed
    app.setProperty(_THEME, theme.value)
    if theme is Theme.SYSTEM and not app.property(_CUSTOM_PALETTE) and not app.styleSheet():
        return  # the platform's colours are in place already (a start with the system's theme)
    from PySide6.QtGui import QPalette  # noqa: PLC0415 (see coach.ui.widgets.palettes)

    from coach.ui.widgets import palettes  # noqa: PLC0415

    sheet = palettes.high_contrast_style() if theme is Theme.HIGH_CONTRAST else ""
    with _style_sheet_lifted(app, sheet):
        if theme is Theme.SYSTEM:
            app.setPalette(QPalette())  # a palette with nothing set returns to the platform's
            app.setProperty(_CUSTOM_PALETTE, False)
            return
        if app.style().name().lower() != "fusion":
            fusion = QStyleFactory.create("Fusion")
            if fusion is not None:
                app.setStyle(fusion)
        builders: dict[Theme, PaletteBuilder] = {
            Theme.LIGHT: palettes.light_palette,
            Theme.DARK: palettes.dark_palette,
            Theme.HIGH_CONTRAST: palettes.high_contrast_palette,
        }
        app.setPalette(builders[theme]())
        app.setProperty(_CUSTOM_PALETTE, True)


def checked_button_text(button: QWidget) -> "QColor":
    """The colour a checked button's text is drawn in: the high-contrast sheet draws it in the
    background colour on the yellow fill; the palette's themes keep the button's text colour."""
    from PySide6.QtGui import QColor, QPalette  # noqa: PLC0415 (see coach.ui.widgets.palettes)

    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(_THEME) == Theme.HIGH_CONTRAST.value:
        from coach.ui.widgets.palettes import HC_BACKGROUND  # noqa: PLC0415

        return QColor(HC_BACKGROUND)
    return button.palette().color(QPalette.ColorRole.ButtonText)


@contextmanager
def _style_sheet_lifted(app: QApplication, then: str) -> Iterator[None]:
    """Take the style sheet off while the palette or font changes, then put `then` on: widgets
    styled by a sheet do not take a new application palette or font."""
    lifted = bool(app.styleSheet())
    if lifted:
        app.setStyleSheet("")
    try:
        yield
    finally:
        if then:
            app.setStyleSheet(then)
        if lifted or then:
            # Putting a sheet on or taking it off gives widgets back the fonts they had when it
            # was first applied: headings would keep an old text size.
            _rescale_tagged(app)
        tracker = app.findChild(FocusTracker, "focusTracker")
        if tracker is not None:
            tracker.follow_again()  # a new style sheet hides the ring


# ---- text size --------------------------------------------------------------------------------

SCALED_FONT = "coachFontScale"  # property of widgets whose font is a multiple of the text size
# (the multiple, as text)
_system_font: list[QFont] = []  # the desktop's font, before Coach scaled it


def scaled_font(base: QFont, factor: float) -> QFont:
    """`base` `factor` times as large (in points, or pixels where the font is set in pixels)."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    return font


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Make the application's text `percent` % of the system's size, now: the font, and the
    headings and other text whose size is a multiple of it (tagged with SCALED_FONT)."""
    if not _system_font:
        if percent == 100:
            return  # the system's size already: nothing to do at start-up
        _system_font.append(QFont(app.font()))
    font = scaled_font(_system_font[0], percent / 100)
    if font == app.font():
        return
    with _style_sheet_lifted(app, app.styleSheet()):
        app.setFont(font)
        _rescale_tagged(app)


def _rescale_tagged(app: QApplication) -> None:
    """Every widget tagged with SCALED_FONT at its multiple of the application's font."""
    for widget in app.allWidgets():
        factor = widget.property(SCALED_FONT)
        if isinstance(factor, str):
            rescale(widget, float(factor))


def rescale(widget: QWidget, factor: float) -> None:
    """Give `widget` a font `factor` times the application's (keeping its weight), and remember
    the factor so that a change of text size applies to it too."""
    font = scaled_font(QApplication.font(), factor)
    font.setWeight(widget.font().weight())
    widget.setFont(font)
    # As text: a number would have PySide build its QByteArray type (its enums) to convert it.
    widget.setProperty(SCALED_FONT, repr(float(factor)))


# ---- visible focus ----------------------------------------------------------------------------


class FocusRing(QFocusFrame):
    """A 2 px ring in the theme's highlight colour around the control with keyboard focus, drawn
    outside the control so that it shows on every style, theme and control alike."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")

    def paintEvent(self, event: "QPaintEvent") -> None:
        # No painter or palette type until a ring shows (see coach.ui.widgets.palettes).
        from PySide6.QtGui import QPainter, QPalette  # noqa: PLC0415

        painter = QPainter(self)
        painter.fillRect(self.rect(), QApplication.palette().color(QPalette.ColorRole.Highlight))
        painter.end()


class FocusTracker(QObject):
    """Moves the one focus ring to whichever control takes the keyboard."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusTracker")
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    @property
    def ring(self) -> FocusRing | None:
        """The ring, unless it went with the widgets it was among (it lives beside its control)."""
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None
        return self._ring

    def follow_again(self) -> None:
        """Put the ring back around its control (after the style changed)."""
        ring = self.ring
        if ring is not None and (target := ring.widget()) is not None:
            ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes none: no control
            ring.setWidget(target)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = _ring_target(new)
        ring = self.ring
        if target is None:
            if ring is not None:
                ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes none: no control
            return
        if ring is None:
            ring = self._ring = FocusRing()
        ring.setWidget(target)


def _ring_target(widget: QWidget | None) -> QWidget | None:
    """The control to ring for the focus widget: none for popups, windows and widgets that are
    not controls (a page given focus by code, for its shortcuts)."""
    from PySide6.QtCore import Qt  # noqa: PLC0415  (its enums cost start-up 25 ms: only when used)

    if widget is None or widget.isWindow() or widget.window().windowType() == Qt.WindowType.Popup:
        return None
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return None
    return widget


def show_focus(app: QApplication, on: bool = True) -> FocusTracker | None:
    """Start (or stop) drawing the focus ring; the tracker, while on."""
    tracker = app.findChild(FocusTracker, "focusTracker")
    if on and tracker is None:
        tracker = FocusTracker(app)
    elif not on and tracker is not None:
        app.focusChanged.disconnect(tracker._focus_changed)
        if tracker.ring is not None:
            tracker.ring.deleteLater()
        tracker.setObjectName("")  # gone for findChild at once, though deleted later
        tracker.deleteLater()
        tracker = None
    return tracker


_CUSTOM_PALETTE = "coachCustomPalette"
_THEME = "coachTheme"  # the theme applied last


# ---- questions a patient answers --------------------------------------------------------------

# The safety questions and the new-symptom list: tick boxes larger than the text, with a little
# room between the rows, in em so they follow the text size. The style still draws them, in the
# theme's colours; only their size is set here.
QUESTION_TICK_EM = 1.3
QUESTION_ROW_GAP_EM = 0.15


def large_tick_boxes(widget: QWidget) -> None:
    """Give the tick boxes inside `widget` the questions' size."""
    widget.setStyleSheet(
        f"QCheckBox::indicator {{ width: {QUESTION_TICK_EM}em; height: {QUESTION_TICK_EM}em; }}"
        f" QCheckBox {{ spacing: 0.5em; padding: {QUESTION_ROW_GAP_EM}em 0; }}"
    )


# ---- targets large enough to hit --------------------------------------------------------------

# Buttons a patient adds and removes things with, and the fields beside them: at least this many
# lines of text high (and as wide), so they follow the text size. At the usual 13-16 px line that
# is 26-32 px, above WCAG 2.2's 24 px minimum target (2.5.8).
MIN_TARGET_EM = 2.0


def target_side(widget: QWidget) -> int:
    """The smallest height (and width) of a target in `widget`'s font, in pixels."""
    return round(MIN_TARGET_EM * widget.fontMetrics().height())


class _TargetSizer(QObject):
    """Keeps each target it watches at least `target_side` high and wide as its font changes."""

    def eventFilter(self, watched: QObject, event: "QEvent") -> bool:
        from PySide6.QtCore import QEvent  # noqa: PLC0415 (its enums cost start-up time)

        if isinstance(watched, QWidget) and event.type() == QEvent.Type.FontChange:
            _fit_target(watched)
        return False


def _fit_target(widget: QWidget) -> None:
    side = target_side(widget)
    widget.setMinimumSize(side, side)


_sizers: list[_TargetSizer] = []


def large_target(widget: QWidget) -> None:
    """Make `widget` a target large enough to hit (MIN_TARGET_EM), now and at any text size."""
    if not _sizers or not shiboken6.isValid(_sizers[0]):
        _sizers[:] = [_TargetSizer(QApplication.instance())]
    _fit_target(widget)
    widget.installEventFilter(_sizers[0])
