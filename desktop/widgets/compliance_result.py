"""The result of a compliance check: one row per check, then the overall verdict.

Each row says its status three ways: an icon, a word ("Pass", "Needs a
safeguard", "Fail", "Not applicable") and, for screen readers, its accessible
name. A row's frame also carries the status id as the Qt property ``status``,
so tests and tools read it without parsing words. The verdict box is coloured
by outcome and carries an icon and the verdict in words too; the verdict's label
carries its status id (pass, warn, fail) as the property ``status`` as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget

from .common import announce, hbox, label, set_prop, vbox
from .icon_label import IconLabel

#: status -> (icon, colour token); the callout kind colours the verdict box.
STATUS_ICONS = {"pass": ("pass", "success"), "warn": ("caution", "warning"),
                "fail": ("fail", "danger"), "not_applicable": ("not_applicable", "text_muted")}
VERDICT_CALLOUT = {"pass": "success", "warn": "warning", "fail": "problem"}


@dataclass(frozen=True)
class CheckRow:
    """One check as shown: ``status`` is pass, warn, fail or not_applicable; ``reason`` is Markdown."""

    id: str
    title: str
    article: str
    status: str
    reason: str


class _CheckRowView:
    """The widgets of one row in the result grid (reused from one result to the next)."""

    def __init__(self, grid: QGridLayout, row: int):
        self.icon = IconLabel("pass", "success", 22)
        # Wraps ("Needs a / safeguard") only when the row is too narrow for one line.
        self.status = label("", "h3")
        self.title = label("", "h3")
        self.article = label("", "muted")
        self.reason = label("", markdown=True)
        text = vbox(spacing=2)
        text.addWidget(self.title)
        text.addWidget(self.article)
        text.addWidget(self.reason)
        self.frame = QFrame()
        self.frame.setLayout(text)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.icon, row, 0, top)
        grid.addWidget(self.status, row, 1, top)
        grid.addWidget(self.frame, row, 2)

    def show(self, prefix: str, check: CheckRow, status_text: str) -> None:
        name = f"{prefix}.{check.id}"
        self.frame.setObjectName(name)
        self.frame.setProperty("status", check.status)
        self.status.setObjectName(f"{name}.status")
        self.title.setObjectName(f"{name}.title")
        self.article.setObjectName(f"{name}.article")
        self.reason.setObjectName(f"{name}.reason")
        icon, token = STATUS_ICONS.get(check.status, ("question", "text"))
        self.icon.set_icon(icon, token)
        self.status.setText(status_text)
        self.title.setText(check.title)
        self.article.setText(check.article)
        self.reason.setText(check.reason)
        self.frame.setAccessibleName(f"{check.title} ({check.article}): {status_text}")
        self.frame.setAccessibleDescription(check.reason)
        self.set_visible(True)

    def hide(self) -> None:
        for w in (self.frame, self.status, self.title, self.article, self.reason):
            w.setObjectName("")
        self.frame.setProperty("status", None)
        self.set_visible(False)

    def set_visible(self, visible: bool) -> None:
        for w in (self.icon, self.status, self.frame):
            w.setVisible(visible)


class ComplianceResultView(QFrame):
    """A titled list of checks and the verdict; ``name`` prefixes the object names.

    The view is ``name``; a row's parts are ``name.<check>`` (with ``.status``,
    ``.title``, ``.article``, ``.reason``); the verdict is ``verdict_name`` and its
    conclusion ``verdict_name.conclusion``.
    """

    def __init__(self, name: str, verdict_name: str, status_labels: Mapping[str, str],
                 verdict_heading: str = "Overall verdict", parent: QWidget | None = None):
        super().__init__(parent)
        self._name = name
        self._labels = dict(status_labels)
        self.setObjectName(name)
        self.setAccessibleName("Compliance result")
        lay = vbox(self, margins=(0, 4, 0, 0), spacing=12)
        self.title = label("", "h3", name=f"{name}.title")
        lay.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(14)
        self.grid.setColumnStretch(2, 1)
        lay.addLayout(self.grid)
        self.rows: list[_CheckRowView] = []
        self.verdict_box = QFrame()
        self.verdict_box.setObjectName(f"{verdict_name}.box")
        self.verdict_box.setProperty("callout", "info")
        box = hbox(self.verdict_box, margins=(14, 12, 14, 12), spacing=12)
        self.verdict_icon = IconLabel("info", "info", 26)
        box.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=2)
        self.verdict_heading = label(verdict_heading)
        col.addWidget(self.verdict_heading)
        self.verdict = label("", "h3", name=verdict_name)
        col.addWidget(self.verdict)
        self.conclusion = label("", markdown=True, name=f"{verdict_name}.conclusion")
        col.addWidget(self.conclusion)
        box.addLayout(col, 1)
        lay.addWidget(self.verdict_box)
        self._heading = verdict_heading

    def set_result(self, title: str, checks: Sequence[CheckRow], verdict_status: str,
                   verdict_label: str, conclusion: str) -> None:
        """Show one result (the rows are reused, so object names always match what is shown)."""
        self.title.setText(title)
        while len(self.rows) < len(checks):
            self.rows.append(_CheckRowView(self.grid, len(self.rows)))
        for view, check in zip(self.rows, checks):
            view.show(self._name, check, self._labels.get(check.status, check.status))
        for view in self.rows[len(checks):]:
            view.hide()
        icon, token = STATUS_ICONS.get(verdict_status, ("info", "info"))
        self.verdict_icon.set_icon(icon, token)
        set_prop(self.verdict_box, "callout", VERDICT_CALLOUT.get(verdict_status, "info"))
        self.verdict.setText(verdict_label)
        self.verdict.setProperty("status", verdict_status)
        self.verdict.setAccessibleName(f"{self._heading}: {verdict_label}")
        self.conclusion.setText(conclusion)
        self.verdict_box.setAccessibleName(f"{self._heading}: {verdict_label}")
        self.verdict_box.setAccessibleDescription(conclusion)
        announce(self.verdict_box, f"{self._heading}: {verdict_label}. {conclusion}")

    def shown_checks(self) -> list[tuple[str, str]]:
        """(check id, status text) of the rows on show, in order (for tests and previews)."""
        prefix = f"{self._name}."
        return [(v.frame.objectName()[len(prefix):], v.status.text())
                for v in self.rows if v.frame.objectName()]

    def shown_statuses(self) -> dict[str, str]:
        """Check id -> status id of the rows on show."""
        prefix = f"{self._name}."
        return {v.frame.objectName()[len(prefix):]: v.frame.property("status")
                for v in self.rows if v.frame.objectName()}


if __name__ == "__main__":  # a preview with made-up checks
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    view = ComplianceResultView("preview", "preview.verdict",
                                {"pass": "Pass", "warn": "Needs a safeguard", "fail": "Fail"})
    view.set_result("Result: a made-up case", [
        CheckRow("a", "Lawful basis", "GDPR Art. 6", "pass", "Consent, freely given."),
        CheckRow("b", "Transparency", "GDPR Art. 13", "warn", "Update the **privacy notice**."),
        CheckRow("c", "Special categories", "GDPR Art. 9", "fail", "Health data, no exception."),
    ], "fail", "High compliance risk", "Do not build it.")
    view.resize(700, 400)
    view.show()
    sys.exit(app.exec())
