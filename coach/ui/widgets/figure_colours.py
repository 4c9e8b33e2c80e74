"""The exercise figure's colours, derived from the palette of the theme in use
(coach.ui.widgets.theme) so that the figure reads in the light, dark and high-contrast themes and
in the system's own. Kept apart from the theme: only what draws a figure needs them, not the
start-up."""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class FigureColours:
    """The exercise figure's colours (coach.ui.widgets.figure_paint), all derived from a palette so
    that the figure reads in the light, dark and high-contrast themes and in the system's own."""

    background: QColor  # what the figure is drawn on (the window's colour)
    body: QColor  # the body's fill: a calm neutral halfway between the text and the background
    body_line: QColor  # the outline that keeps overlapping limbs apart
    accent: QColor  # the fill of the parts that move (the theme's highlight)
    accent_line: QColor
    prop: QColor  # chair, wall, mat: muted, behind the figure
    prop_line: QColor
    arrow: QColor  # where the moving part goes next
    shade: QColor  # the darker of the window and its text: hair and eyes, in every theme
    far_fade: float  # how far a limb behind the body fades towards the background (0 to 1)


FIGURE_MIN_CONTRAST = 3.0  # WCAG 2.1 1.4.11: graphics that carry meaning, against the background


def mix(one: QColor, other: QColor, amount: float) -> QColor:
    """`one` moved `amount` (0 to 1) of the way to `other`, channel by channel."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * amount,
        one.greenF() + (other.greenF() - one.greenF()) * amount,
        one.blueF() + (other.blueF() - one.blueF()) * amount,
    )


def contrast_ratio(one: QColor, other: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def figure_colours(palette: QPalette) -> FigureColours:
    """The figure's colours from `palette`: the body halfway between the window and its text, the
    moving parts in the highlight colour, the props faint; far limbs fade only as far as they
    keep 3:1 against the background."""
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    if contrast_ratio(accent, background) < FIGURE_MIN_CONTRAST:  # a system palette's pale one
        accent = mix(accent, text, 0.4)
    body = mix(background, text, 0.5)
    fade = 0.3
    while (
        fade > 0 and contrast_ratio(mix(body, background, fade), background) < FIGURE_MIN_CONTRAST
    ):
        fade -= 0.05
    return FigureColours(
        background=background,
        body=body,
        body_line=mix(background, text, 0.9),
        accent=accent,
        accent_line=mix(accent, text, 0.55),
        prop=mix(background, text, 0.1),
        prop_line=mix(background, text, 0.32),
        arrow=accent,
        shade=min(background, text, key=lambda colour: colour.lightnessF()),
        far_fade=max(0.0, fade),
    )
