"""A chart's numbers as the learner reads them: the "Show values" table under the plot."""

from __future__ import annotations


def values_table(chart) -> list[tuple[str, ...]]:
    """Open the chart's values table (if it is closed) and return its rows as text."""
    if not chart.toggle.isChecked():
        chart.toggle.click()
    assert not chart.table.isHidden()
    table = chart.table
    return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]
