"""``python -m desktop.widgets.parts.<id>``: one part alone on a first start's state."""

from __future__ import annotations

import sys


def preview(widget_id: str) -> None:
    from PySide6.QtWidgets import QApplication, QScrollArea

    from ... import theme
    from ...content.loader import load_course, state_rules
    from ...model.state import new_state
    from ...paths import default_content_dir
    from . import PARTS, build_part

    app = QApplication(sys.argv)
    theme.apply(app, theme.Theme("light"))
    course = load_course(default_content_dir())
    state = new_state(state_rules(course))
    spec = PARTS[widget_id]
    section = getattr(state, spec.section) if spec.section else None
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(build_part(widget_id, course.topic(spec.topic), section))
    area.resize(1200, 850)
    area.show()
    app.exec()
