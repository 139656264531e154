"""The clickable architecture diagram of step 1, with its node detail and text path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QWidget

from ...content.diagram import FACT_KEYS, DiagramContent
from ...model.state import DiagramState
from ..binding import reset_section
from ..common import announce, hbox, label, vbox
from ..diagram_items import LegendEntry
from ..diagram_view import ArchitectureView, EdgeSpec, LayerSpec, NodeSpec
from ..icon_label import IconLabel
from ..node_detail import NodeDetail
from ..responsive_row import ResponsiveRow


class DiagramPart(QWidget):
    """Layers of nodes; choosing one shows its facts and lights its data path."""

    def __init__(self, content: DiagramContent, state: DiagramState,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.diagram, self.state = content, state
        self._layer_labels = {layer.id: layer.label for layer in content.layers}
        self.setObjectName("diagram")
        lay = vbox(self, spacing=10)
        top = hbox(spacing=8)
        top.addWidget(IconLabel("touch", "primary", 20))
        top.addWidget(label(content.hint, "muted", name="diagram.hint"), 1)
        chip = QFrame()
        chip.setProperty("card", "true")
        chip_row = hbox(chip, margins=(10, 4, 12, 4), spacing=6)
        chip_row.addWidget(IconLabel("check_circle", "success", 18))
        self.counter = label("", name="diagram.explored", wrap=False)
        chip_row.addWidget(self.counter)
        top.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addLayout(top)

        self.view = ArchitectureView(
            tuple(LayerSpec(layer.id, layer.label) for layer in content.layers),
            tuple(NodeSpec(n.id, n.layer, n.label, n.subtitle, n.icon) for n in content.nodes),
            tuple(EdgeSpec(e.source, e.target, e.feedback, e.label) for e in content.edges),
            tuple(LegendEntry(entry.kind, entry.label) for entry in content.legend),
        )
        self.view.setAccessibleName("Architecture diagram: " + ", ".join(
            layer.label for layer in content.layers))
        self._overview = " ".join(
            f"{layer.label}: {', '.join(n.label for n in content.nodes if n.layer == layer.id)}."
            for layer in content.layers) + " Tab moves between nodes; Enter or Space selects one."
        self.view.setAccessibleDescription(self._overview)
        self.view.node_activated.connect(self._on_node_activated)
        frame = QFrame()
        frame.setProperty("card", "true")
        frame_lay = vbox(frame, margins=6)
        frame_lay.addWidget(self.view)
        self.info = NodeDetail("diagram.info")
        self.info.setMinimumWidth(280)
        # The detail panel sits beside the diagram when there is room, under it when not.
        pair = ResponsiveRow(min_chars=100, side_max_chars=45)
        pair.add(frame, 1)
        pair.add(self.info, 0, side=True)
        lay.addWidget(pair)
        self.summary = label("", "muted", name="diagram.summary")
        lay.addWidget(self.summary)

        state.events.selected.connect(self._on_selected_changed)
        state.events.explored.connect(self._on_explored_changed)
        self._on_explored_changed()
        self._on_selected_changed()

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.diagram, "diagram", self.state)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        self.state.events.selected.disconnect(self._on_selected_changed)
        self.state.events.explored.disconnect(self._on_explored_changed)

    # -- learner actions -----------------------------------------------------------------
    def _on_node_activated(self, node_id: str) -> None:
        self.state.explore(node_id)
        self.state.selected = node_id
        # Focus stays on the node: say what appeared beside it (the path and the details).
        announce(self.summary, f"{self.summary.text()} {self.info.accessibleDescription()}")

    # -- state -> widgets ------------------------------------------------------------------
    def _on_selected_changed(self, *_: object) -> None:
        content, selected = self.diagram, self.state.selected
        node = content.node(selected)
        if node is None:
            self.view.set_selection("", frozenset(), frozenset())
            headings = ", ".join(getattr(content.detail_labels, k).lower() for k in FACT_KEYS)
            self.info.show_hint("No node selected yet",
                                f"Choose a node in the diagram to see {headings}.")
            self.summary.setText("No node selected. Choose a node to trace its data path "
                                 "through the architecture.")
        else:
            lit = content.highlighted(selected)
            self.view.set_selection(selected, lit.nodes, lit.edges)
            facts = tuple((key, heading, text)
                          for key, (heading, text) in zip(FACT_KEYS, content.facts(selected)))
            self.info.show_node(node.id, node.label, f"{node.subtitle} · {self._layer_labels[node.layer]}",
                                node.icon, facts)
            self.summary.setText(self._path_text(selected, lit.nodes, lit.edges))
        self.summary.setAccessibleName(self.summary.text())
        self._name_nodes()

    def _on_explored_changed(self, *_: object) -> None:
        explored = tuple(i for i in self.state.explored if self.diagram.node(i) is not None)
        self.view.set_explored(explored)
        self.counter.setText(self.diagram.explored_label(len(explored)))
        self.counter.setAccessibleName(self.counter.text())
        self._name_nodes()

    def _name_nodes(self) -> None:
        """Screen-reader names: label, layer, and whether selected, on the path, explored."""
        for node in self.diagram.nodes:
            item = self.view.node(node.id)
            words = []
            if item.selected:
                words.append("selected")
            elif item.on_path:
                words.append("on the selected node's data path")
            words.append("explored" if item.explored else "not explored yet")
            item.set_accessible_name(f"{node.label} ({node.subtitle}), {self._layer_labels[node.layer]}: "
                                     + ", ".join(words))
        focused = self.view.focused_node()
        if focused:
            self.view.setAccessibleDescription(self.view.node(focused).accessibleName())

    def _path_text(self, selected: str, nodes: frozenset[str], edges: frozenset[str]) -> str:
        """The text alternative of a selection: the highlighted path, layer by layer."""
        content = self.diagram
        steps = []
        for layer in content.layers:
            names = [n.label for n in content.nodes if n.layer == layer.id and n.id in nodes]
            if names:
                steps.append(", ".join(names))
        label_of = {n.id: n.label for n in content.nodes}
        text = f"Selected: {label_of[selected]}. Its data path: {' → '.join(steps)}."
        loops = [e for e in content.edges if e.feedback and e.id in edges]
        for e in loops:
            name = e.label or "Feedback"
            text += f" {name}: {label_of[e.source]} back to {label_of[e.target]}."
        return text


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.diagram
    from ._preview import preview

    preview("diagram")
