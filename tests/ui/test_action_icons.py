"""The player's buttons carry icons (issue 20) from a well-kept set with its licence, drawn in the
colour of the button's text in every theme, at the text's size, and they follow what a button
does (Pause or Resume, Mute or Unmute)."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton
from pytestqt.qtbot import QtBot

from coach.domain.exercises import Dosage
from coach.domain.routines import Routine, RoutineStep
from coach.domain.settings import Theme
from coach.paths import resources_dir
from coach.ui.player.window import PlayerWindow
from coach.ui.shell.main_window import MainWindow
from coach.ui.shell.navigation_bar import ICON_SIZE_EM, NavigationBar
from coach.ui.shell.navigation_icons import PAGE_ICON_NAMES
from coach.ui.widgets.action_icons import ACTION_ICONS, PAGE_ICONS, give_icon, tinted
from coach.ui.widgets.palettes import HC_BACKGROUND, HC_TEXT
from coach.ui.widgets.theme import apply_text_scale, apply_theme
from tests.helpers import playing

ROUTINE = Routine("", "Icons", "", (RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=2)),))
FOLDER = resources_dir() / "icons" / ACTION_ICONS


def inked(image: QImage) -> set[int]:
    """The colours (RGB, without alpha) of the image's fully drawn pixels."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixel(x, y) & 0xFFFFFF
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    }


def icon_image(button: QAbstractButton, checked: bool = False) -> QImage:
    """The button's icon as drawn (checked or not), at its icon size."""
    state = QIcon.State.On if checked else QIcon.State.Off
    return button.icon().pixmap(button.iconSize(), QIcon.Mode.Normal, state).toImage()


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[Theme], None]]:
    """Apply a theme for the test; the system's again afterwards."""
    yield lambda theme: apply_theme(qapp, theme)
    apply_theme(qapp, Theme.SYSTEM)


@pytest.fixture
def player(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> Iterator[PlayerWindow]:
    with playing(qtbot, make_window(), ROUTINE) as player:
        yield player


def test_the_licence_names_every_icon_shipped() -> None:
    licence = (FOLDER / "LICENSE.txt").read_text(encoding="utf-8")
    assert "GNOME Project" in licence
    assert "Lesser General Public License" in licence and "Attribution-Share Alike" in licence
    for icon in sorted(FOLDER.glob("*.svg")):
        assert f"  {icon.name} " in licence, icon.name


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_each_player_button_has_its_icon_in_its_texts_colour_and_size(
    qtbot: QtBot, themed: Callable[[Theme], None], player: PlayerWindow, theme: Theme
) -> None:
    themed(theme)
    running = player.running
    pause = running.pause_button

    def pause_in_text_colour() -> bool:
        text = pause.palette().color(QPalette.ColorRole.ButtonText).rgb() & 0xFFFFFF
        return inked(icon_image(pause)) == {text}

    qtbot.waitUntil(pause_in_text_colour)  # drawn again once the theme reached the buttons
    buttons = [b for b in running.findChildren(QPushButton) if not b.icon().isNull()]
    assert len(buttons) == 6  # Back, Pause, Skip, Mute, Full screen, End
    for button in buttons:
        text = button.palette().color(QPalette.ColorRole.ButtonText).rgb() & 0xFFFFFF
        assert inked(icon_image(button)) == {text}, button.text()
        assert button.iconSize().height() == button.fontMetrics().height()


def test_a_checked_button_in_high_contrast_has_a_black_icon_on_its_yellow(
    qtbot: QtBot, themed: Callable[[Theme], None]
) -> None:
    themed(Theme.HIGH_CONTRAST)
    button = QPushButton("Mute")
    qtbot.addWidget(button)
    button.setCheckable(True)
    give_icon(button, "mute")
    assert inked(icon_image(button, checked=True)) == {QColor(HC_BACKGROUND).rgb() & 0xFFFFFF}


def test_the_icons_follow_pause_and_mute(qtbot: QtBot, player: PlayerWindow) -> None:
    running = player.running
    side = running.pause_button.iconSize().height()
    ratio = running.pause_button.devicePixelRatioF()
    colour = running.pause_button.palette().color(QPalette.ColorRole.ButtonText)

    def shows(button: QPushButton, name: str) -> bool:
        return icon_image(button) == tinted(name, side, ratio, colour).toImage()

    assert shows(running.pause_button, "pause") and shows(running.mute_button, "mute")
    running.show_paused(True)
    running.mute_button.setChecked(True)
    assert shows(running.pause_button, "resume") and shows(running.mute_button, "unmute")


def test_every_icon_file_draws(qapp: QApplication) -> None:
    for icon in sorted(Path(FOLDER).glob("*.svg")):
        assert inked(tinted(icon.stem, 24, 1.0, QColor("black")).toImage()), icon.name


PAGES_FOLDER = resources_dir() / "icons" / PAGE_ICONS


def test_the_page_icons_licence_names_every_file_and_each_draws(qapp: QApplication) -> None:
    licence = (PAGES_FOLDER / "LICENSE.txt").read_text(encoding="utf-8")
    assert "GNOME Project" in licence and "Coach's own" in licence
    files = sorted(PAGES_FOLDER.glob("*.svg"))
    assert {file.stem for file in files} == set(PAGE_ICON_NAMES.values())
    for icon in files:
        assert f"  {icon.name} " in licence, icon.name
        assert inked(tinted(icon.stem, 24, 1.0, QColor("black"), PAGE_ICONS).toImage()), icon.name


def test_each_page_gets_its_icon_once_the_window_is_up_and_nothing_moves(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    """The icons come after the first paint (their Qt types would cost start-up), into room the
    column already has: its width and its buttons' places are the same before and after."""
    window = make_window()
    navigation = window.findChild(NavigationBar, "navigation")
    assert navigation is not None
    painted: list[tuple[bool, int, list[int]]] = []

    def at_first_paint() -> None:
        without_icons = all(button.icon().isNull() for button in navigation.buttons())
        places = [button.x() for button in navigation.buttons()]
        painted.append((without_icons, navigation.width(), places))

    window.first_painted.connect(at_first_paint)
    window.show()
    qtbot.waitUntil(lambda: not any(b.icon().isNull() for b in navigation.buttons()))
    places = [button.x() for button in navigation.buttons()]
    assert painted == [(True, navigation.width(), places)]
    for button in navigation.buttons():
        text = button.palette().color(QPalette.ColorRole.ButtonText).rgb() & 0xFFFFFF
        assert inked(icon_image(button)) == {text}, button.text()
        height = button.fontMetrics().height()
        assert button.iconSize().height() == round(ICON_SIZE_EM * height)
        # The title is shown whole beside its icon, in bold too (the page shown).
        assert button.sizeHint().width() <= button.width()


def test_the_page_icons_follow_the_theme_and_the_text_size(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    themed: Callable[[Theme], None],
    qapp: QApplication,
) -> None:
    window = make_window()
    window.show()
    navigation = window.findChild(NavigationBar, "navigation")
    assert navigation is not None
    qtbot.waitUntil(lambda: not navigation.button(1).icon().isNull())
    today, exercises = navigation.button(0), navigation.button(1)
    assert today.isChecked()
    themed(Theme.HIGH_CONTRAST)
    white, black = QColor(HC_TEXT).rgb() & 0xFFFFFF, QColor(HC_BACKGROUND).rgb() & 0xFFFFFF
    qtbot.waitUntil(lambda: inked(icon_image(exercises)) == {white})
    assert inked(icon_image(today, checked=True)) == {black}  # on the checked page's yellow
    before = exercises.iconSize().height()
    apply_text_scale(qapp, 150)
    try:
        qtbot.waitUntil(lambda: exercises.iconSize().height() > before)
        height = exercises.fontMetrics().height()
        assert exercises.iconSize().height() == round(ICON_SIZE_EM * height)
    finally:
        apply_text_scale(qapp, 100)
