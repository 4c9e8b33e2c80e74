"""Cards for the Routines page (issue 20, point 3): a routine as a card with its name, a row of
small thumbnails of its exercises and a summary in words ("4 exercises · about 3 min · neck and
shoulders · built-in"), and a routine's steps as cards with their thumbnail and dose.

Why cards are made this way:
- A card list is a QListWidget whose items each carry a card widget. The list is what the
  keyboard and a screen reader use: the arrows, Home, End and typing a name move between cards,
  and each item's accessible text is the whole card in words. The card only draws it.
- A card is a framed panel in the list's base colour on the window colour, with room between
  cards. The selected card has a thick border in the highlight colour and a bold name: not a
  shade alone. Colours are the palette's roles, so every theme (high contrast too) draws them.
- No style sheet and no painting of our own: a Box frame draws its line in the widget's
  foreground role, which is all the selected state needs.
"""

from collections import Counter
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import AREAS, Exercise
from coach.ui.text.labels import duration_text
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import paragraph
from coach.ui.widgets.theme import rescale

CARD_THUMBNAIL_SIZE = 40  # logical pixels: a routine card's row of exercises
CARD_THUMBNAILS = 6  # thumbnails on a card at most; "+3" says how many more steps there are
THUMBNAIL_GAP = tokens.SPACE_TIGHT  # between a card's thumbnails
LINE = 1  # a card's border, in pixels
SELECTED_LINE = 3  # the selected card's border
TITLE_SCALE = tokens.SECTION  # a card's name


class FlowLayout(QLayout):
    """Items in lines that wrap like words, each line's items centred on each other. An item
    added `tight` (punctuation) sits close to the one before and never starts a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[QLayoutItem, bool]] = []
        self._next_tight = False
        self.setContentsMargins(0, 0, 0, 0)

    def add_widget(self, widget: QWidget, tight: bool = False) -> None:
        self._next_tight = tight
        self.addWidget(widget)
        self._next_tight = False

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append((item, self._next_tight))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            return self._items.pop(index)[0]
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item, _tight in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gaps(self) -> tuple[int, int]:
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        spacing = self.spacing()
        if spacing < 0 and style is not None:
            spacing = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        vertical = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing) if style else 6
        return max(spacing, 4), max(vertical, 4)

    def _lay_out(self, rect: QRect, move: bool) -> int:
        """Place the items in `rect` (or only measure, `move` False); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across, down = self._gaps()
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for item, tight in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            gap = 1 if tight else across
            if lines[-1] and not tight and x + gap + width > area.width():
                lines.append([])
                x = 0
            start = x + gap if lines[-1] else 0
            lines[-1].append((item, start))
            x = start + width
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item, _x in line)
            if move:
                for item, left in line:
                    hint = item.sizeHint()
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(area.x() + left, top), hint))
            y += height + down
        return max(0, y - down - area.y()) + margins.top() + margins.bottom()


class CardFrame(QFrame):
    """A card in a CardList: a framed panel in the base colour with a title. Selected: a thick
    border in the highlight colour and a bold title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setForegroundRole(QPalette.ColorRole.Text)
        rescale(self.title, TITLE_SCALE)
        self._selected: bool | None = None  # set when the card joins its list
        self._margins: tuple[int, int, int, int] | None = None  # the layout's own

    @property
    def selected(self) -> bool:
        return bool(self._selected)

    def set_selected(self, on: bool) -> None:
        if on is self._selected:
            return
        self._selected = on
        width = SELECTED_LINE if on else LINE
        self.setLineWidth(width)
        layout = self.layout()
        if layout is not None:  # the content stays put when the border grows
            if self._margins is None:
                margins = layout.contentsMargins()
                self._margins = (margins.left(), margins.top(), margins.right(), margins.bottom())
            room = SELECTED_LINE - width
            layout.setContentsMargins(*(margin + room for margin in self._margins))
        self.setForegroundRole(QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Mid)
        font = QFont(self.title.font())
        font.setBold(on)
        self.title.setFont(font)


class CardList(QListWidget):
    """A list of cards, one card widget per item, each as wide as the list and as tall as its
    content at that width. The current item is the selected card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSpacing(
            max(2, self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing))
        )
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # cards stand out on it
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._widths: list[int] = []  # the widths fitted last (a scroll bar coming and going)
        self._minimum_cards = 0
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        self.viewport().installEventFilter(self)
        self.currentRowChanged.connect(self._follow_current)

    def add_card(self, card: CardFrame, name: str, spoken: str) -> QListWidgetItem:
        """Add `card`; its item's text is `name` (typing a name finds it) and a screen reader
        says `spoken` for it."""
        item = QListWidgetItem(name, self)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self.setItemWidget(item, card)
        card.set_selected(False)
        self._size(item, card, self._width())
        self._keep_room()
        self._widths.clear()
        self._fit_timer.start()  # the scroll bar may come or go now
        return item

    def set_minimum_cards(self, count: int) -> None:
        """Keep room for the first `count` cards whole, whatever the room the page has left
        (the page scrolls then, rather than the list becoming a slit)."""
        self._minimum_cards = count
        self._keep_room()

    def _keep_room(self) -> None:
        shown = min(self._minimum_cards, self.count())
        heights = [self.item(row).sizeHint().height() for row in range(shown)]
        room = sum(heights) + self.spacing() * (2 * len(heights) + 1) if heights else 0
        self.setMinimumHeight(room + 2 * self.frameWidth())

    def card(self, row: int) -> CardFrame | None:
        item = self.item(row)
        widget = self.itemWidget(item) if item is not None else None
        return widget if isinstance(widget, CardFrame) else None

    def cards(self) -> list[CardFrame]:
        return [card for row in range(self.count()) if (card := self.card(row)) is not None]

    def set_spoken(self, row: int, spoken: str) -> None:
        item = self.item(row)
        if item is not None:
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def show_current(self) -> None:
        """Mark the current item's card selected (after items were added with signals off)."""
        self._follow_current(self.currentRow())

    def refit(self) -> None:
        """Size the cards again (after their text changed)."""
        self._widths.clear()
        self._fit()

    @Slot(int)
    def _follow_current(self, row: int) -> None:
        for index, card in enumerate(self.cards()):
            card.set_selected(index == row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._widths.clear()  # a new width from outside: fit it, whatever came before
        self._fit_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths.clear()
            self._fit_timer.start()  # once the cards' own fonts have changed too

    def _width(self) -> int:
        return max(1, self.viewport().width() - 2 * self.spacing())

    @Slot()
    def _fit(self) -> None:
        """Each card as wide as the list and as tall as it needs at that width. When the new
        heights make the scroll bar go, and going it makes them need it again, the cards keep
        the narrower width (with the scroll bar), so that nothing is cut off and the fitting
        stops."""
        width = self._width()
        if self._widths and width == self._widths[-1]:
            return
        if len(self._widths) >= 2 and width == self._widths[-2]:
            narrower = min(width, self._widths[-1])
            self._widths.append(narrower)
            if narrower == self._widths[-2]:
                return
            width = narrower
        else:
            self._widths.append(width)
        del self._widths[:-3]
        for row in range(self.count()):
            item = self.item(row)
            card = self.itemWidget(item)
            if card is not None:
                self._size(item, card, width)
        self._keep_room()

    @staticmethod
    def _size(item: QListWidgetItem, card: QWidget, width: int) -> None:
        layout = card.layout()
        if layout is not None:
            layout.activate()
        height = card.heightForWidth(width) if card.hasHeightForWidth() else -1
        if height <= 0:
            height = card.sizeHint().height()
        item.setSizeHint(QSize(width, height))


class RoutineCard(CardFrame):
    """A routine: its name, a thumbnail of each exercise (up to CARD_THUMBNAILS, then how many
    more), and a summary in words ending with what kind of routine it is. The thumbnails wrap
    onto a second line rather than being cut off when the card is narrow (large text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineCard")
        self.title.setObjectName("routineCardName")
        self.thumbnails: list[QLabel] = []
        self._shown_ids: list[str] | None = None
        self.more = QLabel(self)
        self.more.setObjectName("routineCardMore")
        self.summary = paragraph("", self)
        self.summary.setObjectName("routineCardSummary")
        self._pictures = FlowLayout()
        self._pictures.setSpacing(THUMBNAIL_GAP)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self._pictures)
        layout.addWidget(self.summary)

    def show_routine(
        self, name: str, kind: str, exercises: "Iterable[Exercise | None]", summary: str
    ) -> None:
        """Fill the card: the thumbnails' labels are empty until `set_thumbnail`."""
        self.title.setText(name)
        # The kind ("built-in", "from your plan") is kept on one line: not "built-" and "in".
        whole = kind.replace("-", "\u2011").replace(" ", "\u00a0")
        self.summary.setText(f"{summary} · {whole}" if kind else summary)
        shown = list(exercises)
        ids = [exercise.id if exercise else "" for exercise in shown]
        if ids == self._shown_ids:
            return
        self._shown_ids = ids
        for label in self.thumbnails:
            label.deleteLater()
        self.thumbnails = []
        while self._pictures.count():
            self._pictures.takeAt(0)
        for _exercise in shown[:CARD_THUMBNAILS]:
            label = QLabel(self)
            label.setFixedSize(CARD_THUMBNAIL_SIZE, CARD_THUMBNAIL_SIZE)
            self.thumbnails.append(label)
            self._pictures.add_widget(label)
        extra = len(shown) - CARD_THUMBNAILS
        self.more.setText(self.tr("+{count}").format(count=extra) if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self._pictures.add_widget(self.more)
        self._pictures.invalidate()

    def set_thumbnail(self, index: int, pixmap: QPixmap) -> None:
        if 0 <= index < len(self.thumbnails) and shiboken6.isValid(self.thumbnails[index]):
            self.thumbnails[index].setPixmap(pixmap)

    # ---- the summary in words ----------------------------------------------------------------
    def summary_text(self, steps: int, seconds: float, areas: list[str]) -> str:
        """ "4 exercises · about 3 min · neck and shoulders"."""
        parts = [
            self.tr("%n exercise(s)", "", steps),
            self.tr("about {time}").format(time=duration_text(about_seconds(seconds))),
        ]
        if areas:
            parts.append(self.areas_text(areas))
        return " · ".join(parts)

    def areas_text(self, areas: list[str]) -> str:
        """The body areas as written in a sentence: "neck, shoulders and upper back"."""
        words = [self.area_word(area) for area in areas]
        if len(words) == 1:
            return words[0]
        return self.tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])

    def area_word(self, area: str) -> str:
        return {
            "neck": self.tr("neck"),
            "shoulders": self.tr("shoulders"),
            "upper_back": self.tr("upper back"),
            "middle_back": self.tr("middle back"),
            "chest": self.tr("chest"),
        }.get(area, area.replace("_", " "))


def about_seconds(seconds: float) -> int:
    """A routine's time as a summary says it: to the minute from a minute on (2 min 59 s is
    about 3 min), else to the second."""
    whole = max(0, round(seconds))
    return max(60, (whole + 30) // 60 * 60) if whole >= 60 else whole


def routine_areas(exercises: "Iterable[Exercise | None]") -> list[str]:
    """The body areas a routine's exercises work, those most of them work first (ties in the
    library's order of areas: neck, shoulders, upper back, middle back, chest)."""
    counts: Counter[str] = Counter()
    for exercise in exercises:
        if exercise is not None:
            counts.update(set(exercise.areas))
    order = {area: index for index, area in enumerate(AREAS)}
    return sorted(counts, key=lambda area: (-counts[area], order.get(area, len(order))))


class StepCard(CardFrame):
    """A step of a routine: its exercise's thumbnail, its number and name, and its dose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepCard")
        self.title.setObjectName("stepCardName")
        self.picture = QLabel(self)
        self.picture.setObjectName("stepCardPicture")
        self.dose = paragraph("", self)
        self.dose.setObjectName("stepCardDose")
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.dose)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)

    def show_step(self, title: str, dose: str, picture_size: int) -> None:
        self.title.setText(title)
        self.dose.setText(dose)
        self.picture.setFixedSize(picture_size, picture_size)

    def set_thumbnail(self, pixmap: QPixmap) -> None:
        if shiboken6.isValid(self.picture):
            self.picture.setPixmap(pixmap)
