"""A stakeholder card: who they are, where they stand, and (once opened) how to win them.

The kind (skeptic, champion, neutral) shows by colour AND by an icon and its name
in words. A card is one focusable control: a click, a tap, Enter or Space asks to
open or close it (``activated``); whether it is open is the owner's decision
(``set_open``). An open card given a row of its own (``set_wide``) puts its strategy
beside who they are instead of under it, so the full width is used, not left empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QWidget

from .. import theme
from .accessibility import set_role, state_changed
from .common import hbox, label, vbox
from .icon_label import IconLabel
from .stat_readout import set_tone

#: Theme tokens for each kind: the accent colour and its soft background.
KIND_TOKENS = {"skeptic": "danger", "champion": "success", "neutral": "warning"}
KIND_BACKGROUNDS = {"skeptic": "danger_bg", "champion": "success_bg", "neutral": "warning_bg"}
#: Person icons drawn for this purpose (resources/icons/skeptic.svg ...).
KIND_AVATARS = {"skeptic": "skeptic", "champion": "champion", "neutral": "neutral"}
STRIPE = 6


def _quoted(text: str) -> str:
    # quotation marks differ by language (\u201e...\u201c in German, \u00ab...\u00bb in French)
    return QCoreApplication.translate("StakeholderCard", "\u201c{quote}\u201d").format(quote=text)


def kind_token(kind: str) -> str:
    return KIND_TOKENS.get(kind, "primary")


def kind_background(kind: str) -> str:
    return KIND_BACKGROUNDS.get(kind, "primary_soft")


def kind_avatar(kind: str) -> str:
    return KIND_AVATARS.get(kind, "user")


@dataclass(frozen=True)
class StakeholderView:
    """Plain data a card shows (the page builds it from the course content)."""

    id: str
    name: str
    role: str
    kind: str  # skeptic / champion / neutral: picks the colour and the avatar
    kind_label: str
    kind_icon: str
    quote: str
    strategy_name: str
    moves: tuple[str, ...]
    key: str
    strategy_label: str = "Strategy"
    key_label: str = "Key"
    position: str = ""  # where the grid places them ("Keep satisfied: ..."), shown if set


class TintLabel(QLabel):
    """A label whose text takes a theme colour and follows theme changes.

    The colour is a tone (``stat_readout.set_tone``: a palette role), as every readout's
    is, not a style sheet of its own: the SHAP what-if turns a contribution's colour on
    many slider steps, and each new sheet re-polished the label (about 0.2 ms a change,
    cProfile of shap.input.tickets between 2 and 4 tickets).
    """

    def __init__(self, text: str, token: str, *, bold: bool = True, name: str | None = None):
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            self.setObjectName(name)
        if bold:
            self.setStyleSheet("font-weight: 700;")  # set once: a weight never changes
        set_tone(self, token)

    def set_token(self, token: str) -> None:
        set_tone(self, token)


class StrategyPanel(QFrame):
    """The engagement strategy: its name, the four moves, and the key line."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("callout", "insight")
        lay = vbox(self, margins=(14, 12, 14, 12), spacing=6)
        self.eyebrow = label("", "eyebrow")
        self.title = label("", "h3", name=f"{name}.name")
        lay.addWidget(self.eyebrow)
        lay.addWidget(self.title)
        self.moves: list[QLabel] = []
        self._move_rows = vbox(spacing=4)
        lay.addLayout(self._move_rows)
        key_row = hbox(spacing=8)
        key_row.addWidget(IconLabel("lightbulb", "primary", 18), 0, Qt.AlignmentFlag.AlignTop)
        self.key = label("", "strong", name=f"{name}.key")
        key_row.addWidget(self.key, 1)
        lay.addSpacing(2)
        lay.addLayout(key_row)
        self._name = name

    def set_view(self, view: StakeholderView) -> None:
        self.eyebrow.setText(view.strategy_label)
        self.title.setText(view.strategy_name)
        while len(self.moves) < len(view.moves):
            n = len(self.moves) + 1
            row = hbox(spacing=6)
            number = label(QCoreApplication.translate("StrategyPanel", "{number}.")
                           .format(number=n),
                           "muted", wrap=False)
            number.setMinimumWidth(18)
            move = label("", name=f"{self._name}.move_{n}")
            row.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(move, 1)
            self._move_rows.addLayout(row)
            self.moves.append(move)
        for i, move in enumerate(self.moves):
            move.setText(view.moves[i] if i < len(view.moves) else "")
            move.setVisible(i < len(view.moves))
        said = QCoreApplication.translate("StrategyPanel", "{label}: {text}")
        self.key.setText(said.format(label=view.key_label, text=view.key))
        self.setAccessibleName(said.format(label=view.strategy_label, text=view.strategy_name))
        numbered = QCoreApplication.translate("StrategyPanel", "{number}. {move}")
        self.setAccessibleDescription(" ".join(
            [numbered.format(number=n, move=m) for n, m in enumerate(view.moves, 1)]
            + [self.key.text()]))


class StakeholderCard(QFrame):
    """One stakeholder as a card that opens to reveal the engagement strategy.

    ``name`` is the card's objectName (``stakeholder.vp_sales``); the strategy panel
    is ``name + ".strategy"``. With ``interactive=False`` the card is a read-only
    detail view whose strategy is always shown (the grid view's side panel).
    """

    activated = Signal(str)  # stakeholder id: open me (or close me if I am open)

    def __init__(self, view: StakeholderView, name: str, *, interactive: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.interactive = interactive
        self._open = not interactive
        self._pressed = False
        if interactive:
            set_role(self, "expander")  # a button that is expanded or collapsed, on the bus
        self.setObjectName(name)
        self.setProperty("card", "true")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if interactive:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.body.setContentsMargins(STRIPE + 14, 14, 16, 14)
        self.body.setSpacing(8)
        lay = vbox(spacing=8)
        self.body.addLayout(lay, 1)
        head = hbox(spacing=12)
        self.avatar = IconLabel(kind_avatar(view.kind), kind_token(view.kind), 34)
        head.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        titles = vbox(spacing=3)
        self.title = label(view.name, "h3", name=f"{name}.name")
        titles.addWidget(self.title)
        tag = hbox(spacing=6)
        self.kind_icon = IconLabel(view.kind_icon, kind_token(view.kind), 16)
        self.kind_label = TintLabel(view.kind_label, kind_token(view.kind), name=f"{name}.kind")
        tag.addWidget(self.kind_icon)
        tag.addWidget(self.kind_label, 1)
        titles.addLayout(tag)
        head.addLayout(titles, 1)
        lay.addLayout(head)
        self.role = label(view.role, "muted", name=f"{name}.role")
        lay.addWidget(self.role)
        self.quote = label(_quoted(view.quote), "quote", name=f"{name}.quote")
        lay.addWidget(self.quote)
        self.position = label(view.position, "muted", name=f"{name}.position")
        self.position.setVisible(bool(view.position))
        lay.addWidget(self.position)
        lay.addStretch(1)
        self.footer = hbox(spacing=6)
        self.chevron = IconLabel("chevron_down", "primary", 18)
        self.hint = TintLabel("", "primary", name=f"{name}.hint")
        self.footer.addWidget(self.chevron)
        self.footer.addWidget(self.hint, 1)
        lay.addLayout(self.footer)
        self.strategy = StrategyPanel(f"{name}.strategy")
        self.body.addWidget(self.strategy, 1)
        self.chevron.setVisible(interactive)
        self.hint.setVisible(interactive)
        self.set_view(view)

    # -- public ----------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._open

    def set_view(self, view: StakeholderView) -> None:
        """Show another stakeholder (the detail panel follows the grid's selection)."""
        self.view = view
        token = kind_token(view.kind)
        self.title.setText(view.name)
        self.avatar.set_icon(kind_avatar(view.kind), token)
        self.kind_icon.set_icon(view.kind_icon, token)
        self.kind_label.setText(view.kind_label)
        self.kind_label.set_token(token)
        self.role.setText(view.role)
        self.quote.setText(_quoted(view.quote))
        self.position.setText(view.position)
        self.position.setVisible(bool(view.position))
        self.strategy.set_view(view)
        self._show_open()

    def set_wide(self, wide: bool) -> None:
        """Strategy beside who they are (``True``, a row of its own) or under it."""
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.body.setSpacing(18 if wide else 8)

    def set_open(self, is_open: bool) -> None:
        if self.interactive and is_open != self._open:
            self._open = is_open
            self._show_open()
            state_changed(self, expanded=True, collapsed=True)

    def press(self) -> None:
        """What Enter, Space, a click and a screen reader's "press" do: open or close me."""
        if self.interactive:
            self.activated.emit(self.view.id)

    # -- internals -------------------------------------------------------------------------
    def _show_open(self) -> None:
        v = self.view
        self.strategy.setVisible(self._open)
        self.chevron.set_icon("chevron_up" if self._open else "chevron_down")
        # the hint is the card's own affordance, worded by the interface, not the content
        if self._open:
            hint = QCoreApplication.translate("StakeholderCard", "Hide strategy")
            state = QCoreApplication.translate("StakeholderCard", "{label} shown: {name}").format(
                label=v.strategy_label, name=v.strategy_name)
        else:
            hint = QCoreApplication.translate("StakeholderCard", "Show strategy")
            state = QCoreApplication.translate("StakeholderCard",
                                               "Press Enter or Space to show the strategy")
        self.hint.setText(hint)
        self.setAccessibleName(QCoreApplication.translate("StakeholderCard", "{name}, {kind}")
                               .format(name=v.name, kind=v.kind_label))
        if self.interactive:
            self.setAccessibleDescription(
                QCoreApplication.translate("StakeholderCard", "{quote} {state}")
                .format(quote=_quoted(v.quote), state=state))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.interactive and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                Qt.Key.Key_Space) and not event.isAutoRepeat():
            self.press()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.interactive and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.interactive and event.button() == Qt.MouseButton.LeftButton and self._pressed:
            self._pressed = False
            if self.rect().contains(event.position().toPoint()):
                self.activated.emit(self.view.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        p.setClipPath(outline)
        p.fillRect(QRectF(0, 0, STRIPE, self.height()), t.color(kind_token(self.view.kind)))
        p.setClipping(False)
        ring = None
        if self.hasFocus():
            ring = (t.color("focus"), 3.0 if t.name == "high_contrast" else 2.0)
        elif self._open and self.interactive:
            ring = (t.color(kind_token(self.view.kind)), 2.0)
        if ring:
            pen = QPen(ring[0], ring[1])
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            inset = ring[1] / 2 + 0.5
            p.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 10, 10)
        p.end()


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    preview = StakeholderCard(StakeholderView(
        "vp_sales", "VP of Sales", "Runs the sales organisation.", "skeptic", "Skeptic", "alert",
        "I don't trust black box models.", "Show, Don't Tell",
        ("Run a 90-day A/B test", "Show SHAP explanations", "Frame as augmenting", "Start small"),
        "Let the data speak."), "preview.card")
    preview.activated.connect(lambda _: preview.set_open(not preview.is_open))
    preview.show()
    app.exec()
