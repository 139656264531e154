"""The detail panel beside a diagram: the chosen node's facts, or a hint when none is chosen.

Its width is set by its owner from the space there is, never from the text shown, so
choosing another node never moves the diagram beside it. The title stays put; the
facts scroll within the panel when they are longer than the diagram is tall.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from .common import hbox, label, vbox
from .icon_label import IconLabel
from .scroller import ContentScroller


class NodeDetail(QFrame):
    """Title, subtitle and (heading, text) fact rows for one node.

    ``show_node`` fills it; ``show_hint`` returns it to the empty state. Fact labels
    are named ``<name>.<key>`` (e.g. ``diagram.info.examples``) so tests and tools
    read exactly what the trainee sees.
    """

    def __init__(self, name: str = "diagram.info", parent: QWidget | None = None):
        super().__init__(parent)
        self._name = name
        self.setObjectName(name)
        self.setProperty("card", "true")
        # The owner decides both sizes; the text inside wraps and scrolls to fit them.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        lay = vbox(self, margins=(16, 14, 4, 8), spacing=10)
        head = hbox(spacing=10, margins=(0, 0, 12, 0))
        self.icon = IconLabel("info", "primary", 26)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = vbox(spacing=2)
        self.title = label("", "h3", name=f"{name}.title")
        self.subtitle = label("", "muted", name=f"{name}.subtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        lay.addLayout(head)
        lay.addWidget(self._scroller(), 1)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}

    def _scroller(self) -> ContentScroller:
        body = QWidget()
        body.setObjectName(f"{self._name}.body")
        col = vbox(body, margins=(0, 0, 12, 6), spacing=10)
        self.hint = label("", "muted", name=f"{self._name}.hint")
        col.addWidget(self.hint)
        self._facts = vbox(spacing=10)
        col.addLayout(self._facts)
        col.addStretch(1)
        self.scroller = ContentScroller(body, f"{self._name}.scroller", asks_height=False)
        return self.scroller

    def show_hint(self, title: str, hint: str) -> None:
        """The empty state: nothing chosen yet."""
        self.icon.set_icon("touch", "primary")
        self.title.setText(title)
        self.subtitle.hide()
        self.hint.setText(hint)
        self.hint.show()
        for h, t in self.fact_labels.values():
            h.hide()
            t.hide()
        self.setAccessibleName(f"{title}. {hint}")
        self.setAccessibleDescription("")

    def show_node(self, title: str, subtitle: str, icon: str,
                  facts: tuple[tuple[str, str, str], ...]) -> None:
        """Show a node: ``facts`` are (key, heading, text) in display order."""
        self.icon.set_icon(icon, "primary")
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.hint.hide()
        shown = set()
        for key, heading, text in facts:
            h, t = self._row(key)
            h.setText(heading)
            t.setText(text)
            t.setAccessibleName(f"{heading}: {text}")
            h.show()
            t.show()
            shown.add(key)
        for key, (h, t) in self.fact_labels.items():
            if key not in shown:
                h.hide()
                t.hide()
        self.scroller.verticalScrollBar().setValue(0)  # a new node reads from its first fact
        self.setAccessibleName(QCoreApplication.translate("NodeDetail", "Details: {title}")
                               .format(title=title))
        self.setAccessibleDescription(" ".join(f"{h}: {t}." for _, h, t in facts))

    def _row(self, key: str) -> tuple[QLabel, QLabel]:
        if key not in self.fact_labels:
            box = vbox(spacing=1)
            h = label("", "eyebrow", name=f"{self._name}.{key}.heading")
            t = label("", name=f"{self._name}.{key}", selectable=True)
            box.addWidget(h)
            box.addWidget(t)
            self._facts.addLayout(box)
            self.fact_labels[key] = (h, t)
        return self.fact_labels[key]
