"""Icons for the main actions (the player's buttons): GNOME's Adwaita symbolic icons, shipped in
resources/icons/actions with their licence (LICENSE.txt there: LGPL 3 or CC-BY-SA 3.0).

Each icon is drawn in the colour its button's text has, in the button's state (the theme's
palette; in high contrast a checked button's text is the background colour on yellow), at the
height of the text at the screen's pixel ratio: it follows the theme, the text size and a 200 %
screen, and is never a grey glyph on a dark button. Loaded with the player, not at start-up.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from coach.paths import resources_dir
from coach.ui.widgets.theme import checked_button_text

ACTION_ICONS = "actions"  # the folder under resources/icons


def icon_file(name: str) -> str:
    """The file of the action icon `name` (pause, resume, back, skip, mute, unmute, ...)."""
    return str(resources_dir() / "icons" / ACTION_ICONS / f"{name}.svg")


def tinted(name: str, side: int, ratio: float, colour: QColor) -> QPixmap:
    """The icon `name`, `side` pixels square (device-independent) at pixel ratio `ratio`, in
    `colour`: the symbolic icon's shape filled with the colour."""
    pixels = max(1, round(side * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(icon_file(name)).render(painter)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), colour)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def give_icon(button: QAbstractButton, name: str) -> None:
    """Put the action icon `name` on `button`, in its text's colours and size now (call again
    when the theme, the text size or the screen changes)."""
    side = button.fontMetrics().height()
    ratio = button.devicePixelRatioF()
    palette = button.palette()
    icon = QIcon()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    icon.addPixmap(tinted(name, side, ratio, normal), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addPixmap(tinted(name, side, ratio, disabled), QIcon.Mode.Disabled, QIcon.State.Off)
    if button.isCheckable():
        checked = tinted(name, side, ratio, checked_button_text(button))
        icon.addPixmap(checked, QIcon.Mode.Normal, QIcon.State.On)
    button.setIcon(icon)
    button.setIconSize(QSize(side, side))
