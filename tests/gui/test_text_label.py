"""TextLabel remembers its wrapped height, yet never answers with a stale one."""

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from desktop.widgets.common import label, repolish
from desktop.widgets.text_label import TextLabel

TEXT = "A long sentence that has to wrap over several lines when the label is narrow. " * 3


def fresh_height(w: TextLabel, width: int) -> int:
    """What a QLabel with the same text and look would answer (no cache)."""
    return QLabel.heightForWidth(w, width)


def make(qtbot, text=TEXT, **kw) -> TextLabel:
    w = label(text, **kw)
    qtbot.addWidget(w)
    w.show()  # style sheets apply once a widget is polished, as on a page
    return w


def test_the_label_builder_makes_text_labels(qtbot):
    w = make(qtbot, "Hi", role="h3", name="x.y", markdown=True)
    assert isinstance(w, TextLabel)
    assert (w.text(), w.objectName(), w.property("role")) == ("Hi", "x.y", "h3")


def test_height_is_computed_once_per_width(qtbot, monkeypatch):
    w = make(qtbot)
    calls = []
    original = QLabel.heightForWidth
    monkeypatch.setattr(QLabel, "heightForWidth", lambda self, width: calls.append(width)
                        or original(self, width))
    first = w.heightForWidth(200)
    assert w.heightForWidth(200) == first and calls == [200]
    w.heightForWidth(400)
    assert calls == [200, 400]


@pytest.mark.parametrize("change", [
    lambda w: w.setText(TEXT + TEXT),
    lambda w: w.setFont(QFont(w.font().family(), w.font().pointSize() * 2)),
    lambda w: w.setStyleSheet("font-size: 30px;"),
    lambda w: w.setContentsMargins(40, 0, 40, 0),
    lambda w: w.setMargin(30),
    lambda w: w.setIndent(60),
    lambda w: w.setWordWrap(False),
    lambda w: w.setTextFormat(__import__("PySide6.QtCore").QtCore.Qt.TextFormat.MarkdownText)
    or w.setText("# " + TEXT),
], ids=["text", "font", "style sheet", "contents margins", "margin", "indent", "word wrap",
        "text format"])
def test_every_change_of_look_is_measured_again(qtbot, change):
    w = make(qtbot)
    before = w.heightForWidth(180)
    change(w)
    w.ensurePolished()
    after = w.heightForWidth(180)
    assert after == fresh_height(w, 180)
    assert after != before  # else the case proves nothing


def test_a_repolished_property_rule_is_measured_again(qtbot):
    """A rule picked by a dynamic property (set_prop, as the quiz feedback does)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet("QLabel[big='true'] { font-size: 30px; padding: 10px; }")
    w = label(TEXT)
    QVBoxLayout(holder).addWidget(w)
    holder.show()
    before = w.heightForWidth(180)
    w.setProperty("big", "true")
    repolish(w)
    after = w.heightForWidth(180)
    assert after == fresh_height(w, 180) and after != before
