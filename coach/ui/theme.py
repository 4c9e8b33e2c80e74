"""Light, dark or follow-the-system colours, on the Fusion style so every platform looks the same."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from coach.domain.settings import Theme

ACCENT = "#1f7a70"
ACCENT_DARK = "#4fc1b3"

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


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Switch the whole application's colours now. "System" leaves the platform's own palette in
    place (Qt follows the desktop's light or dark scheme), so nothing is set at start-up for it."""
    if theme is Theme.SYSTEM:
        if app.property(_CUSTOM_PALETTE):
            app.setPalette(QPalette())  # a palette with nothing set returns to the platform's
            app.setProperty(_CUSTOM_PALETTE, False)
        return
    if app.style().name().lower() != "fusion":
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())
    app.setProperty(_CUSTOM_PALETTE, True)


_CUSTOM_PALETTE = "coachCustomPalette"
