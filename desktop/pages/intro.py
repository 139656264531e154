"""The intro page: "The $2M Question", the CTO quote and the four figures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..content.course import Course
from ..widgets.callout import Callout
from ..widgets.common import label
from ..widgets.stat_tile import StatTile, figure_notes, TileGrid
from .base import ScrollPage


class IntroPage(ScrollPage):
    def __init__(self, course: Course, parent: QWidget | None = None):
        super().__init__("intro", course.intro.title, parent)
        intro = course.intro
        self.add(label(intro.title, "h1", name="intro.title"))
        self.add(Callout("warning", QCoreApplication.translate("IntroPage", "The CTO asks"),
                         intro.quote, "alert"))
        self.add(label(intro.body, markdown=True, name="intro.body"))
        columns = 4 if len(intro.stats) >= 4 else len(intro.stats)
        self.tiles = []
        for i, stat in enumerate(intro.stats):
            self.tiles.append(StatTile(stat.value, stat.label, stat.note))
            self.tiles[-1].setObjectName(f"intro.stat_{i + 1}")
        self.add(TileGrid(self.tiles, columns))
        self.add(figure_notes(intro.stats, "intro.sources"))
        self.add_link_button(QCoreApplication.translate("IntroPage", "Start step 1: {title}").format(
            title=course.steps[0].title), "intro.start", "step_1", accent=True)
        self.body.addStretch(1)
