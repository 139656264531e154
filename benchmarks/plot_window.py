"""Floor 2: the bare window plus one pyqtgraph plot, quitting after its first paint.

The memory and bundle-size budgets of the app are measured against this script
(run from source and frozen with packaging/plot_window.spec, same excludes):

    python benchmarks/plot_window.py        # exits 0 after the first frame

pyqtgraph (and numpy with it) is imported before the window is built, as any
app that shows a chart in its first frame must.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bare_window import main  # noqa: E402


def build(window) -> None:
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    pg.setConfigOptions(antialias=True)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("PySide6 window with one pyqtgraph plot"))
    plot = pg.PlotWidget()
    x = np.linspace(0.0, 10.0, 200)
    plot.plot(x, np.sin(x), pen=pg.mkPen("#1f5fbf", width=2))
    layout.addWidget(plot, 1)


if __name__ == "__main__":
    sys.exit(main(build))
