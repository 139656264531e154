"""The clickable architecture diagram of step 1, with its node detail and text path.

Two panes: the diagram (legend included) and the chosen node's details beside it.
Both fit the page's visible height, so a learner who picks a node sees it, its data
path, the key and the details at once; the details scroll within their pane.

A learner who enlarged the text reads node names at (nearly) their body text size:
when the diagram beside the details would have to shrink them below that, the
diagram takes the column's whole width with the details under it, both still within
the visible height, and the diagram scrolls within its pane instead of shrinking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QWidget

from ... import theme
from ...content.diagram import FACT_KEYS, DiagramContent
from ...model.state import DiagramState
from ..binding import Coalesced, on_event, reset_section, scroll_area_of
from ..common import announce, hbox, label, vbox
from ..diagram_items import TITLE_PX, LegendEntry, scene_font
from ..diagram_view import ArchitectureView, EdgeSpec, LayerSpec, NodeSpec
from ..icon_label import IconLabel
from ..node_detail import NodeDetail
from ..responsive_row import ArrangedByWidth, arrange_box
from ..reveal_settled import reveal_when_settled

#: Below this width (in average characters) the details go under the diagram.
SIDE_BY_SIDE_CHARS = 80
#: The details pane's measure: a readable line, whatever the node's text.
DETAIL_MIN_CHARS, DETAIL_MAX_CHARS, DETAIL_SHARE = 30, 48, 0.34
#: The smallest diagram height, and what the panes leave free of the visible page.
MIN_PANE_HEIGHT, BREATHING = 260, 16
PANE_SPACING = 14
#: With enlarged text, node names are drawn at least this share of the body text's height.
READABLE = 0.95
#: Stacked under a scrolling diagram, the details take this share of the visible height.
STACKED_DETAIL_SHARE = 0.36


class DiagramPart(ArrangedByWidth, QWidget):
    """Layers of nodes; choosing one shows its facts and lights its data path."""

    def __init__(self, content: DiagramContent, state: DiagramState,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.diagram, self.state = content, state
        self._layer_labels = {layer.id: layer.label for layer in content.layers}
        self._page: QScrollArea | None = None
        self._just_chosen = False
        self.setObjectName("diagram")
        lay = vbox(self, spacing=10)
        self.top = self._top_row()
        lay.addWidget(self.top)
        self.view = self._view()
        self.frame = QFrame()
        self.frame.setProperty("card", "true")
        vbox(self.frame, margins=6).addWidget(self.view)
        self.info = NodeDetail("diagram.info")
        self.panes = QWidget()
        self.panes.setObjectName("diagram.panes")
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.panes)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(PANE_SPACING)
        self.row.addWidget(self.frame, 1)
        self.row.addWidget(self.info, 0)
        lay.addWidget(self.panes)
        self.summary = label("", "muted", name="diagram.summary")
        lay.addWidget(self.summary)

        self.refresh = Coalesced(self, self._redraw)
        state.events.selected.connect(self.refresh.refresh)
        state.events.explored.connect(self.refresh.refresh)
        self._redraw()

    # -- building --------------------------------------------------------------------------
    def _top_row(self) -> QWidget:
        top = QWidget()
        row = hbox(top, spacing=8)
        row.addWidget(IconLabel("touch", "primary", 20))
        row.addWidget(label(self.diagram.hint, "muted", name="diagram.hint"), 1)
        chip = QFrame()
        chip.setProperty("card", "true")
        chip_row = hbox(chip, margins=(10, 4, 12, 4), spacing=6)
        chip_row.addWidget(IconLabel("check_circle", "success", 18))
        self.counter = label("", name="diagram.explored", wrap=False)
        chip_row.addWidget(self.counter)
        row.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
        return top

    def _view(self) -> ArchitectureView:
        content = self.diagram
        view = ArchitectureView(
            tuple(LayerSpec(layer.id, layer.label) for layer in content.layers),
            tuple(NodeSpec(n.id, n.layer, n.label, n.subtitle, n.icon) for n in content.nodes),
            tuple(EdgeSpec(e.source, e.target, e.feedback, e.label) for e in content.edges),
            tuple(LegendEntry(entry.kind, entry.label) for entry in content.legend),
        )
        named_as = QCoreApplication.translate("DiagramPart", "Architecture diagram: {layers}")
        view.setAccessibleName(named_as.format(layers=", ".join(layer.label for layer in content.layers)))
        overview = " ".join(
            QCoreApplication.translate("DiagramPart", "{layer}: {nodes}.").format(
                layer=layer.label, nodes=", ".join(n.label for n in content.nodes if n.layer == layer.id))
            for layer in content.layers)
        keys = QCoreApplication.translate("DiagramPart",
                                          "Tab moves between nodes; Enter or Space selects one.")
        view.setAccessibleDescription(f"{overview} {keys}")
        view.node_activated.connect(self._on_node_activated)
        return view

    # -- size --------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        page = scroll_area_of(self)
        if page is not None and page is not self._page:
            self._page = page
            # The panes follow the page's visible height (a resized window, a new text size).
            on_event(page.viewport(), QEvent.Type.Resize, lambda: self.arrange(self.width()))
            self.arrange(self.width())

    def arrange(self, width: int) -> None:
        """Details beside the diagram at a fixed, readable width; both as tall as the page shows."""
        char = max(1, self.fontMetrics().averageCharWidth())
        wide = arrange_box(self.row, self, width, SIDE_BY_SIDE_CHARS)
        visible = self._page.viewport().height() if self._page is not None else 10_000
        height = max(MIN_PANE_HEIGHT,
                     visible - self.top.sizeHint().height() - self.layout().spacing() - BREATHING)
        margins = self.frame.layout().contentsMargins()
        across, down = margins.left() + margins.right(), margins.top() + margins.bottom()
        detail = int(min(max(width * DETAIL_SHARE, DETAIL_MIN_CHARS * char), DETAIL_MAX_CHARS * char))
        floor = self._readable_scale()
        scene = self.view.sceneRect()
        beside = min((width - detail - PANE_SPACING - across) / max(1.0, scene.width()),
                     (height - down) / max(1.0, scene.height()))
        if wide and beside < floor:  # beside the details the names would shrink: stack
            wide = False
            self.row.setDirection(QBoxLayout.Direction.TopToBottom)
        stacked = not wide and floor > 0
        self.view.set_min_scale(floor)
        self.view.set_legend_on_top(stacked)
        if wide:
            self.view.set_max_height(height - down)
            self.info.setFixedWidth(detail)
            self.info.setMinimumHeight(0)
            self.info.setMaximumHeight(16_777_215)
        elif stacked:
            # Diagram and details share the visible height: a node and its details together.
            info_height = max(int(height * STACKED_DETAIL_SHARE), 5 * self.fontMetrics().height())
            view_height = height - info_height - PANE_SPACING - down
            self.view.set_max_height(view_height)
            self.info.setFixedWidth(max(0, width))
            self.info.setFixedHeight(info_height)
        else:
            self.view.set_max_height(height - down)
            self.info.setFixedWidth(max(0, width))
            self.info.setFixedHeight(min(height, 30 * self.fontMetrics().height()))

    def _readable_scale(self) -> float:
        """The least view scale that draws node names at ``READABLE`` of the body text;
        0 at the usual text size, where the diagram keeps fitting its pane whole."""
        if theme.current().scale <= 1.0:
            return 0.0
        body = QFontMetricsF(self.font()).height()
        title = QFontMetricsF(scene_font(TITLE_PX, True)).height()
        return READABLE * body / title

    # -- learner actions -----------------------------------------------------------------
    def _on_node_activated(self, node_id: str) -> None:
        self._just_chosen = True
        self.state.explore(node_id)
        self.state.selected = node_id

    def _reveal_panes(self) -> None:
        # A node picked at the screen's edge brings the diagram and its details into view,
        # once the longer path text below them has reached the page's layout (scrolled a
        # pass earlier, the panes were briefly squeezed and their details ended below the fold).
        if self._page is not None and self.panes.isVisible():
            reveal_when_settled(self.panes)

    # -- state -> widgets ------------------------------------------------------------------
    def _redraw(self) -> None:
        self._show_explored()
        self._show_selection()
        self._name_nodes()
        if self._just_chosen:
            self._just_chosen = False
            # Focus stays on the node: say what appeared beside it (the path and the details).
            announce(self.summary, f"{self.summary.text()} {self.info.accessibleDescription()}")
            self._reveal_panes()

    def _show_selection(self) -> None:
        content, selected = self.diagram, self.state.selected
        node = content.node(selected)
        if node is None:
            self.view.set_selection("", frozenset(), frozenset())
            # The headings as the content writes them: lower-casing turned "ML uses" into
            # "ml uses" and would put German nouns in lower case.
            headings = " · ".join(getattr(content.detail_labels, k) for k in FACT_KEYS)
            hint = QCoreApplication.translate(
                "DiagramPart", "Choose a node in the diagram to see its details: {headings}.")
            self.info.show_hint(QCoreApplication.translate("DiagramPart", "No node selected yet"),
                                hint.format(headings=headings))
            self.summary.setText(QCoreApplication.translate(
                "DiagramPart",
                "No node selected. Choose a node to trace its data path through the architecture."))
        else:
            lit = content.highlighted(selected)
            self.view.set_selection(selected, lit.nodes, lit.edges)
            facts = tuple((key, heading, text)
                          for key, (heading, text) in zip(FACT_KEYS, content.facts(selected)))
            self.info.show_node(node.label, f"{node.subtitle} · {self._layer_labels[node.layer]}",
                                node.icon, facts)
            self.summary.setText(self._path_text(selected, lit.nodes, lit.edges))
        self.summary.setAccessibleName(self.summary.text())

    def _show_explored(self) -> None:
        explored = tuple(i for i in self.state.explored if self.diagram.node(i) is not None)
        self.view.set_explored(explored)
        self.counter.setText(self.diagram.explored_label(len(explored)))
        self.counter.setAccessibleName(self.counter.text())

    def _name_nodes(self) -> None:
        """Screen-reader names: label, layer, and whether selected, on the path, explored."""
        for node in self.diagram.nodes:
            item = self.view.node(node.id)
            words = []
            if item.selected:
                words.append(QCoreApplication.translate("DiagramPart", "selected"))
            elif item.on_path:
                words.append(QCoreApplication.translate("DiagramPart", "on the selected node's data path"))
            words.append(QCoreApplication.translate("DiagramPart", "explored") if item.explored
                         else QCoreApplication.translate("DiagramPart", "not explored yet"))
            name = QCoreApplication.translate("DiagramPart", "{label} ({subtitle}), {layer}: {states}")
            item.set_accessible_name(name.format(
                label=node.label, subtitle=node.subtitle, layer=self._layer_labels[node.layer],
                states=", ".join(words)))
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
        text = QCoreApplication.translate("DiagramPart", "Selected: {node}. Its data path: {path}.").format(
            node=label_of[selected], path=" → ".join(steps))
        for e in content.edges:
            if e.feedback and e.id in edges:
                loop = e.label or QCoreApplication.translate("DiagramPart", "Feedback")
                back = QCoreApplication.translate("DiagramPart", "{loop}: {source} back to {target}.")
                text += " " + back.format(loop=loop, source=label_of[e.source], target=label_of[e.target])
        return text

    # -- lifecycle ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.diagram, "diagram", self.state)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        self.state.events.selected.disconnect(self.refresh.refresh)
        self.state.events.explored.disconnect(self.refresh.refresh)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.diagram
    from ._preview import preview

    preview("diagram")
