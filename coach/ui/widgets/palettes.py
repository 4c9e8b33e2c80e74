"""The themes' colours (the light, dark and high-contrast palettes, and the high-contrast style
sheet): the tokens every widget's colour comes from. Loaded only when a theme other than the
system's is chosen, or a document (report, handout, frames) is drawn in one, so a start with the
system's colours builds neither PySide's QPalette type (its enums) nor these palettes."""

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette

from coach.paths import resources_dir
from coach.ui.widgets import tokens

ACCENT = "#1f7a70"
ACCENT_DARK = "#4fc1b3"

PaletteBuilder = Callable[[], QPalette]

_ROLES = QPalette.ColorRole
_GROUP = QPalette.ColorGroup


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (_ROLES.Text, _ROLES.WindowText, _ROLES.ButtonText):
        palette.setColor(_GROUP.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    return _palette(
        {
            _ROLES.Window: "#f4f5f7",
            _ROLES.WindowText: "#1d1f23",
            _ROLES.Base: "#ffffff",
            _ROLES.AlternateBase: "#eef0f3",
            _ROLES.Text: "#1d1f23",
            _ROLES.Button: "#e9ebef",
            _ROLES.ButtonText: "#1d1f23",
            _ROLES.Highlight: ACCENT,
            _ROLES.HighlightedText: "#ffffff",
            _ROLES.ToolTipBase: "#ffffff",
            _ROLES.ToolTipText: "#1d1f23",
            _ROLES.PlaceholderText: "#6b7078",
            _ROLES.Link: "#145e56",
            _ROLES.Mid: "#c4c8cf",
        },
        disabled_text="#8a8f98",
    )


def dark_palette() -> QPalette:
    return _palette(
        {
            _ROLES.Window: "#1e2024",
            _ROLES.WindowText: "#e8eaed",
            _ROLES.Base: "#26292e",
            _ROLES.AlternateBase: "#2d3036",
            _ROLES.Text: "#e8eaed",
            _ROLES.Button: "#2f333a",
            _ROLES.ButtonText: "#e8eaed",
            _ROLES.Highlight: ACCENT_DARK,
            _ROLES.HighlightedText: "#0d1f1d",
            _ROLES.ToolTipBase: "#2f333a",
            _ROLES.ToolTipText: "#e8eaed",
            _ROLES.PlaceholderText: "#9aa0a8",
            _ROLES.Link: ACCENT_DARK,
            _ROLES.Mid: "#4a4f57",
        },
        disabled_text="#7c828b",
    )


HC_BACKGROUND = "#000000"
HC_TEXT = "#ffffff"
HC_ACCENT = "#ffff00"  # focus, selection and the checked state: yellow on black
HC_DISABLED = "#a6a6a6"


def high_contrast_palette() -> QPalette:
    """White on black with yellow for focus and selection: far above the 7:1 of WCAG AAA."""
    palette = _palette(
        {
            _ROLES.Window: HC_BACKGROUND,
            _ROLES.WindowText: HC_TEXT,
            _ROLES.Base: HC_BACKGROUND,
            _ROLES.AlternateBase: "#1a1a1a",
            _ROLES.Text: HC_TEXT,
            _ROLES.Button: HC_BACKGROUND,
            _ROLES.ButtonText: HC_TEXT,
            _ROLES.BrightText: HC_ACCENT,
            _ROLES.Highlight: HC_ACCENT,
            _ROLES.HighlightedText: HC_BACKGROUND,
            _ROLES.ToolTipBase: HC_BACKGROUND,
            _ROLES.ToolTipText: HC_TEXT,
            _ROLES.PlaceholderText: "#d0d0d0",
            _ROLES.Link: HC_ACCENT,
            _ROLES.LinkVisited: "#ffb3ff",
            # Fusion draws frames, tracks and separators with these: white lines, not grey.
            _ROLES.Light: HC_TEXT,
            _ROLES.Midlight: HC_TEXT,
            _ROLES.Mid: HC_TEXT,
            _ROLES.Dark: HC_TEXT,
            _ROLES.Shadow: HC_TEXT,
        },
        disabled_text=HC_DISABLED,
    )
    palette.setColor(_GROUP.Disabled, _ROLES.Highlight, QColor(HC_DISABLED))
    return palette


# Fusion draws the outlines of buttons, fields and boxes from the window colour, so on black they
# vanish: in high contrast they are drawn here, white and 2 px wide, and the checked or selected
# state is filled yellow (with a mark, not by colour alone). Only this theme uses a style sheet.
_HIGH_CONTRAST_STYLE = """
QPushButton, QToolButton {
    color: @text; background-color: @back;
    border: 2px solid @text; border-radius: @radius; padding: 4px 10px;
}
QPushButton:hover, QToolButton:hover { border-color: @accent; }
QPushButton:checked, QPushButton:pressed, QToolButton:checked {
    color: @back; background-color: @accent; border-color: @accent; text-decoration: underline;
}
QPushButton:default { border-width: 3px; }
QPushButton:disabled, QToolButton:disabled {
    color: @disabled; border: 2px dashed @disabled;
}
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView {
    color: @text; background-color: @back;
    border: 2px solid @text; border-radius: @field_radius;
    selection-color: @back; selection-background-color: @accent;
}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled, QAbstractItemView:disabled {
    color: @disabled; border: 2px dashed @disabled;
}
QComboBox { padding: 2px 6px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: border; width: 1.4em; background-color: @back;
    border: 2px solid @text;
}
QAbstractSpinBox::up-button { subcontrol-position: top right; border-bottom-width: 1px; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; border-top-width: 1px; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { border-color: @accent; }
QAbstractSpinBox::up-button:disabled, QAbstractSpinBox::down-button:disabled {
    border-style: dashed; border-color: @disabled;
}
QAbstractSpinBox::up-arrow { image: url("@up"); width: 0.7em; height: 0.7em; }
QAbstractSpinBox::down-arrow { image: url("@down"); width: 0.7em; height: 0.7em; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off { image: url("@no_up"); }
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off { image: url("@no_down"); }
QComboBox QAbstractItemView { border: 2px solid @accent; }
QHeaderView::section {
    color: @text; background-color: @back;
    border: 1px solid @text; padding: 2px 4px; font-weight: bold;
}
QTabWidget::pane { border: 2px solid @text; }
QTabBar::tab {
    color: @text; background-color: @back;
    border: 2px solid @text; padding: 4px 12px; margin-right: 2px;
}
QTabBar::tab:selected {
    color: @back; background-color: @accent; border-color: @accent;
    font-weight: bold;
}
QGroupBox {
    border: 2px solid @text; border-radius: @radius; margin-top: 1.5ex; padding-top: 1ex;
}
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QFrame[frameShape="6"] { border: 2px solid @text; border-radius: @radius; }
QProgressBar { border: 2px solid @text; color: @text; text-align: center; }
QProgressBar::chunk { background-color: @accent; }
QToolTip { color: @text; background-color: @back; border: 2px solid @text; }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
    width: 0.9em; height: 0.9em; border: 2px solid @text; background-color: @back;
}
QRadioButton::indicator { border-radius: 0.55em; }
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {
    background-color: @accent; border-color: @accent; image: url("@check");
}
QRadioButton::indicator:checked {
    background-color: @accent; border-color: @accent; image: url("@dot");
}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border: 2px dashed @disabled; }
QCheckBox:disabled, QRadioButton:disabled { color: @disabled; }
"""


def high_contrast_style() -> str:
    """The high-contrast style sheet, with its colours and the check marks' files filled in."""
    icons = resources_dir() / "icons"
    values = {
        "@disabled": HC_DISABLED,
        "@accent": HC_ACCENT,
        "@text": HC_TEXT,
        "@back": HC_BACKGROUND,
        "@field_radius": f"{tokens.RADIUS_FIELD}px",
        "@radius": f"{tokens.RADIUS}px",
        "@check": (icons / "hc-check.svg").as_posix(),
        "@dot": (icons / "hc-dot.svg").as_posix(),
        "@no_up": (icons / "hc-up-disabled.svg").as_posix(),
        "@no_down": (icons / "hc-down-disabled.svg").as_posix(),
        "@up": (icons / "hc-up.svg").as_posix(),
        "@down": (icons / "hc-down.svg").as_posix(),
    }
    style = _HIGH_CONTRAST_STYLE
    for name, value in values.items():
        style = style.replace(name, value)
    return style
