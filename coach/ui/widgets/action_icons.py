"""Icons for the main actions (the player's buttons) and the pages (the navigation column): GNOME's
Adwaita symbolic icons, shipped in resources/icons/actions and resources/icons/pages with their
licence (LICENSE.txt in each: LGPL 3 or CC-BY-SA 3.0), and two of Coach's own drawn the same way.

Each icon is drawn in the colour its button's text has, in the button's state (the theme's
palette; in high contrast a checked button's text is the background colour on yellow), at the
height of the text at the screen's pixel ratio: it follows the theme, the text size and a 200 %
screen, and is never a grey glyph on a dark button. Loaded with the player, not at start-up.
"""

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from coach.paths import resources_dir
from coach.ui.widgets.theme import checked_button_text

ACTION_ICONS = "actions"  # the folders under resources/icons
PAGE_ICONS = "pages"

# A new theme (palette, style sheet), text size or screen: a widget's icons are drawn again.
ICONS_REDRAWN_ON = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.StyleChange,
    QEvent.Type.FontChange,
    QEvent.Type.ApplicationFontChange,
    QEvent.Type.DevicePixelRatioChange,
)


def icon_file(name: str, folder: str = ACTION_ICONS) -> str:
    """The file of the icon `name` in `folder` (the actions: pause, resume, back, skip, mute, ...;
    the pages: today, exercises, routines, timers, progress, settings)."""
    return str(resources_dir() / "icons" / folder / f"{name}.svg")


def tinted(
    name: str,
    side: int,
    ratio: float,
    colour: QColor,
    folder: str = ACTION_ICONS,
    margin: int = 0,
) -> QPixmap:
    """The icon `name` from `folder`, `side` pixels square (device-independent) at pixel ratio
    `ratio`, in `colour`: the symbolic icon's shape filled with the colour; with `margin` pixels
    of empty room on its left and right."""
    width, height = max(1, round((side + 2 * margin) * ratio)), max(1, round(side * ratio))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(icon_file(name, folder)).render(
        painter, QRectF(margin * ratio, 0, side * ratio, side * ratio)
    )
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), colour)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def give_icon(
    button: QAbstractButton,
    name: str,
    folder: str = ACTION_ICONS,
    size: float = 1.0,
    margin: float = 0.0,
) -> None:
    """Put the icon `name` from `folder` on `button`, in its text's colours, `size` times its
    text's height with `margin` times that height of room on either side, now (call again when
    the theme, the text size or the screen changes)."""
    height = button.fontMetrics().height()
    side, room = round(size * height), round(margin * height)
    ratio = button.devicePixelRatioF()
    palette = button.palette()
    icon = QIcon()

    def add(colour: QColor, mode: QIcon.Mode, state: QIcon.State) -> None:
        icon.addPixmap(tinted(name, side, ratio, colour, folder, room), mode, state)

    add(
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText),
        QIcon.Mode.Normal,
        QIcon.State.Off,
    )
    add(
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
        QIcon.Mode.Disabled,
        QIcon.State.Off,
    )
    if button.isCheckable():
        add(checked_button_text(button), QIcon.Mode.Normal, QIcon.State.On)
    button.setIcon(icon)
    button.setIconSize(QSize(side + 2 * room, side))
