"""The detail panel beside a diagram: the chosen node's facts, or a hint when none is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from .common import hbox, label, vbox
from .icon_label import IconLabel


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
        lay = vbox(self, margins=(16, 14, 16, 16), spacing=10)
        head = hbox(spacing=10)
        self.icon = IconLabel("info", "primary", 26)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = vbox(spacing=2)
        self.title = label("", "h3", name=f"{name}.title")
        self.subtitle = label("", "muted", name=f"{name}.subtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        lay.addLayout(head)
        self.hint = label("", "muted", name=f"{name}.hint")
        lay.addWidget(self.hint)
        self._facts = vbox(spacing=8)
        lay.addLayout(self._facts)
        lay.addStretch(1)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self._shown: list[str] = []
        self.node_id = ""

    def show_hint(self, title: str, hint: str) -> None:
        """The empty state: nothing chosen yet."""
        self.node_id = ""
        self.icon.set_icon("touch", "primary")
        self.title.setText(title)
        self.subtitle.hide()
        self.hint.setText(hint)
        self.hint.show()
        for h, t in self.fact_labels.values():
            h.hide()
            t.hide()
        self._shown = []
        self.setAccessibleName(f"{title}. {hint}")
        self.setAccessibleDescription("")

    def show_node(self, node_id: str, title: str, subtitle: str, icon: str,
                  facts: tuple[tuple[str, str, str], ...]) -> None:
        """Show a node: ``facts`` are (key, heading, text) in display order."""
        self.node_id = node_id
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
        self._shown = [k for k, _, _ in facts]
        self.setAccessibleName(f"Details: {title}")
        self.setAccessibleDescription(" ".join(f"{h}: {t}." for _, h, t in facts))

    def text(self) -> str:
        """Everything the panel shows, top to bottom (for tests and screen-reader checks)."""
        parts = [self.title.text()]
        if self.subtitle.isVisibleTo(self):
            parts.append(self.subtitle.text())
        if self.hint.isVisibleTo(self):
            parts.append(self.hint.text())
        for key in self._shown:
            h, t = self.fact_labels[key]
            parts += [h.text(), t.text()]
        return "\n".join(parts)

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
