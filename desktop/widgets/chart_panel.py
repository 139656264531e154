"""A titled pyqtgraph chart with a text alternative (summary line and values table).

pyqtgraph (and numpy under it) is imported when the first chart is built, never
at module import, so the app's first frame does not wait for it.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from .. import theme
from .common import hbox, label, vbox
from .steady import Steady


def pyqtgraph():
    """The pyqtgraph module, configured once."""
    import pyqtgraph as pg

    if not getattr(pg, "_course_configured", False):
        pg.setConfigOptions(antialias=True)
        pg._course_configured = True
    return pg


class ChartPanel(QFrame):
    """A card holding a plot, a one-line summary and a "Show values" table.

    ``name`` is the plot's objectName (``cost.chart.lines``); the summary label is
    ``name + ".summary"``, the toggle ``name + ".show_values"``, the table
    ``name + ".table"``.
    """

    def __init__(self, name: str, title: str, *, height: int = 260, parent: QWidget | None = None):
        super().__init__(parent)
        pg = pyqtgraph()
        self.setProperty("card", "true")
        self.setObjectName(f"{name}.panel")
        lay = vbox(self, margins=(14, 12, 14, 12), spacing=8)
        head = hbox(spacing=8)
        self.title = label(title, "h3")
        head.addWidget(self.title, 1)
        self.toggle = QPushButton(QCoreApplication.translate("ChartPanel", "Show values"))
        self.toggle.setObjectName(f"{name}.show_values")
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(QCoreApplication.translate(
            "ChartPanel", "Show the values of {title} as a table").format(title=title))
        self.toggle.toggled.connect(self._on_toggle)
        head.addWidget(self.toggle)
        lay.addLayout(head)
        self.plot = pg.PlotWidget()
        self.plot.setObjectName(name)
        self.plot.setAccessibleName(title)
        self.plot.setMinimumHeight(height)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the summary and table say it
        lay.addWidget(self.plot)
        self.summary = label("", "muted", name=f"{name}.summary")
        lay.addWidget(Steady(self.summary))  # a new sentence on each change: see Steady
        self.table = QTableWidget()
        self.table.setObjectName(f"{name}.table")
        self.table.setAccessibleName(QCoreApplication.translate("ChartPanel", "{title}: values").format(title=title))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Tab leaves the table (WCAG 2.1.2): the arrow keys move between its cells.
        self.table.setTabKeyNavigation(False)
        self.table.hide()
        lay.addWidget(self.table)
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._headers: tuple[str, ...] = ()
        self.apply_theme()

    # -- text alternative -----------------------------------------------------------------
    def set_summary(self, text: str) -> None:
        if text != self.summary.text():
            self.summary.setText(text)
            self.plot.setAccessibleDescription(text)

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Values behind the chart; filled into the table only while it is shown."""
        self._headers = tuple(headers)
        self._rows = tuple(tuple(r) for r in rows)
        if self.table.isVisible():
            self._fill_table()

    def _fill_table(self) -> None:
        self.table.setColumnCount(len(self._headers))
        self.table.setHorizontalHeaderLabels(list(self._headers))
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(len(self._rows))) + 4
        self.table.setFixedHeight(min(height, 320))

    def _on_toggle(self, shown: bool) -> None:
        self.toggle.setText(QCoreApplication.translate("ChartPanel", "Hide values") if shown
                            else QCoreApplication.translate("ChartPanel", "Show values"))
        self.table.setVisible(shown)
        if shown:
            self._fill_table()

    # -- theme ----------------------------------------------------------------------------
    def apply_theme(self) -> None:
        t = theme.current()
        self.plot.setBackground(t.color("surface"))
        item = self.plot.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(t.color("text_muted"))
            axis.setTextPen(t.color("text"))
        self.on_theme_changed()

    def on_theme_changed(self) -> None:
        """Subclasses or owners redraw their items with the new colours."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self.apply_theme()
        super().changeEvent(event)
