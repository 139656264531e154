"""The result of a compliance check: the overall verdict first, then one line per check.

Each line says its status three ways: an icon, a word ("Pass", "Needs a safeguard",
"Fail", "Not applicable") and, for screen readers, its accessible name; it names the
check and the provision it applies (article, recital or guideline, as the content
cites it). Why the check came out that way is one click away ("Why") and always in
the line's accessible description. A line's frame carries the status id as the Qt
property ``status``, so tests and tools read it without parsing words; so does the
verdict's label. The verdict box is coloured by outcome and says it in words too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QSizePolicy, QToolButton, QWidget

from .binding import on_event
from .common import announce, hbox, label, set_prop, vbox
from .icon_label import IconLabel
from .responsive_row import ArrangedByWidth, arrange_box

#: status -> (icon, colour token); the callout kind colours the verdict box.
STATUS_ICONS = {"pass": ("pass", "success"), "warn": ("caution", "warning"),
                "fail": ("fail", "danger"), "not_applicable": ("not_applicable", "text_muted")}
VERDICT_CALLOUT = {"pass": "success", "warn": "warning", "fail": "problem"}
#: A check line narrower than this (in average characters) puts its status under the check.
LINE_CHARS = 60


#: A space after one of these words starts no new line: "Art. 22", "Abs. 3", "lit. a",
#: "GDPR Art. 6", "Recital 71" stay whole (review item 12).
_BOUND_SPACE = re.compile(r"\b(Art\.|Arts\.|Abs\.|UAbs\.|lit\.|Nr\.|No\.|Recital|Erwägungsgrund|"
                          r"Annex|Anhang|[Ss]ection|Abschnitt|Guidelines|Leitlinien|(?:GDPR|DSGVO|AI Act|KI-VO)(?= Art))"
                          r" |(§) ")


def legal_reference(text: str) -> str:
    """``text`` with its citations unbreakable inside: a no-break space after "Art." and
    the like, a word joiner between "(2)" and "(c)" (lines broke as "22(2) / (c)")."""
    text = _BOUND_SPACE.sub(lambda m: (m.group(1) or m.group(2)) + "\u00a0", text)
    return text.replace(")(", ")\u2060(")


@dataclass(frozen=True)
class CheckRow:
    """One check as shown: ``status`` is pass, warn, fail or not_applicable; ``reason`` is Markdown."""

    id: str
    title: str
    article: str
    status: str
    reason: str


class _CheckLine(ArrangedByWidth, QFrame):
    """One check on one line (icon, status, check, provision, "Why"), its reason beneath on demand.

    Where the line is narrow (200 % text beside a form) the status word goes under the
    check instead of squeezing it into a column of single words.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        col = vbox(self, margins=(0, 3, 0, 3), spacing=4)
        line = hbox(spacing=10)
        self.icon = IconLabel("pass", "success", 20)
        line.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        # "Purpose limitation · GDPR Art. 5(1)(b) and 6(4)": the check and its provision
        # flow as one sentence, so a long citation wraps under itself, not into a column.
        self.title = label("", selectable=True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.words = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.words.setSpacing(10)
        self.words.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        self.status = label("", "strong", wrap=False)
        self.words.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        line.addLayout(self.words, 1)
        self.why = QToolButton()
        self.why.setCheckable(True)
        self.why.setCursor(Qt.CursorShape.PointingHandCursor)
        self.why.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.why.toggled.connect(self._show_reason)
        line.addWidget(self.why, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(line)
        self.reason = label("", markdown=True)
        self.reason.hide()
        col.addWidget(self.reason)
        self._check_title = ""

    def arrange(self, width: int) -> None:
        arrange_box(self.words, self, width, LINE_CHARS)
        # Stacked under its check, a long status ("Schutzmaßnahme nötig" at 200 %) may wrap
        # too; unwrapped it set the line's minimum wider than the pane (German, issue 22).
        stacked = self.words.direction() == QBoxLayout.Direction.TopToBottom
        if self.status.wordWrap() != stacked:
            self.status.setWordWrap(stacked)
            # The label's own minimum hint stays its one-line width; stacked, the layout
            # may give it less and the words wrap.
            self.status.setMinimumWidth(1 if stacked else 0)

    def show_check(self, prefix: str, check: CheckRow, status_text: str) -> None:
        name = f"{prefix}.{check.id}"
        self.setObjectName(name)
        self.setProperty("status", check.status)
        for part, widget in (("status", self.status), ("title", self.title),
                             ("reason", self.reason), ("why", self.why)):
            widget.setObjectName(f"{name}.{part}")
        icon, token = STATUS_ICONS.get(check.status, ("question", "text"))
        self.icon.set_icon(icon, token)
        self.status.setText(status_text)
        self.title.setText(f"<b>{escape(check.title)}</b> · {escape(legal_reference(check.article))}")
        self.reason.setText(check.reason)
        self._check_title = check.title
        self.why.setChecked(False)
        self._show_reason(False)
        self.setAccessibleName(f"{check.title} ({check.article}): {status_text}")
        self.setAccessibleDescription(check.reason)
        self.show()

    def withdraw(self) -> None:
        for widget in (self, self.status, self.title, self.reason, self.why):
            widget.setObjectName("")
        self.setProperty("status", None)
        self.hide()

    def _show_reason(self, shown: bool) -> None:
        self.reason.setVisible(shown)
        self.why.setText(QCoreApplication.translate("ComplianceResultView", "Hide") if shown
                         else QCoreApplication.translate("ComplianceResultView", "Why"))
        name = QCoreApplication.translate("ComplianceResultView", "Why: {check}")
        self.why.setAccessibleName(name.format(check=self._check_title))


class ComplianceResultView(QFrame):
    """A title, the verdict, and one line per check; ``name`` prefixes the object names.

    The view is ``name``; a line is ``name.<check>`` (with ``.status``, ``.title`` (the
    check and its provision), ``.reason``, ``.why``); the verdict is ``verdict_name`` and its
    conclusion ``verdict_name.conclusion``.
    """

    def __init__(self, name: str, verdict_name: str, status_labels: Mapping[str, str],
                 verdict_heading: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._name = name
        self._labels = dict(status_labels)
        self._heading = verdict_heading or QCoreApplication.translate("ComplianceResultView",
                                                                      "Overall verdict")
        self.setObjectName(name)
        self.setAccessibleName(QCoreApplication.translate("ComplianceResultView", "Compliance result"))
        lay = vbox(self, margins=(0, 0, 0, 0), spacing=10)
        self.title = label("", "h3", name=f"{name}.title")
        lay.addWidget(self.title)
        lay.addWidget(self._verdict_box(verdict_name))
        self.checks_heading = label(QCoreApplication.translate("ComplianceResultView", "Check by check"),
                                    "eyebrow", name=f"{name}.checks_heading")
        lay.addWidget(self.checks_heading)
        self._lines_box = vbox(spacing=2)
        lay.addLayout(self._lines_box)
        self.lines: list[_CheckLine] = []
        # Status words share one column, as wide as the widest at the current text size.
        on_event(self, QEvent.Type.StyleChange, self._align_statuses)

    def _verdict_box(self, verdict_name: str) -> QFrame:
        self.verdict_box = QFrame()
        self.verdict_box.setObjectName(f"{verdict_name}.box")
        self.verdict_box.setProperty("callout", "info")
        box = hbox(self.verdict_box, margins=(14, 12, 14, 12), spacing=12)
        self.verdict_icon = IconLabel("info", "info", 26)
        box.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=2)
        col.addWidget(label(self._heading))
        self.verdict = label("", "h3", name=verdict_name)
        col.addWidget(self.verdict)
        self.conclusion = label("", markdown=True, name=f"{verdict_name}.conclusion")
        col.addWidget(self.conclusion)
        box.addLayout(col, 1)
        return self.verdict_box

    def set_result(self, title: str, checks: Sequence[CheckRow], verdict_status: str,
                   verdict_label: str, conclusion: str) -> None:
        """Show one result (the lines are reused, so object names always match what is shown)."""
        self.title.setText(title)
        icon, token = STATUS_ICONS.get(verdict_status, ("info", "info"))
        self.verdict_icon.set_icon(icon, token)
        set_prop(self.verdict_box, "callout", VERDICT_CALLOUT.get(verdict_status, "info"))
        self.verdict.setText(verdict_label)
        self.verdict.setProperty("status", verdict_status)
        self.verdict.setAccessibleName(f"{self._heading}: {verdict_label}")
        self.conclusion.setText(conclusion)
        self.verdict_box.setAccessibleName(f"{self._heading}: {verdict_label}")
        self.verdict_box.setAccessibleDescription(conclusion)
        while len(self.lines) < len(checks):
            line = _CheckLine()
            self._lines_box.addWidget(line)
            self.lines.append(line)
        for line, check in zip(self.lines, checks):
            line.show_check(self._name, check, self._labels.get(check.status, check.status))
        for line in self.lines[len(checks):]:
            line.withdraw()
        self._align_statuses()
        announce(self.verdict_box, f"{self._heading}: {verdict_label}. {conclusion}")

    def _align_statuses(self) -> None:
        if not self.lines:
            return
        metrics = self.lines[0].status.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in self._labels.values()) + 4
        for line in self.lines:
            line.status.setMinimumWidth(widest)


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
