"""Issue 19 (review item 12): a legal reference beside a check never breaks inside a
citation ("GDPR Art. 22(2) / (c)", "Art. / 35"), in English and German, at 100 % and 200 %."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from .screens import open_session, show_custom_gdpr_result

#: A line ending in one of these words had the number it introduces on the next line.
BROKEN_END = re.compile(r"(\bArt\.|\bAbs\.|\blit\.|\bNr\.|§|\bGDPR|\bsection|\bAbschnitt|"
                        r"\bGuidelines|\bLeitlinien)\s*$")


def lines_of(label: QLabel) -> list[str]:
    """The lines the label's rich text wraps into at its current width."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(label.contentsRect().width())
    doc.size()  # lays the text out
    out = []
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            out.append(text[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return out


@pytest.mark.parametrize("lang,scale,size", (("en", 1.0, (1366, 768)), ("en", 2.0, (1920, 1080)),
                                             ("de", 1.0, (1366, 768)), ("de", 2.0, (1920, 1080))))
def test_no_citation_is_broken_across_lines(make_session, tmp_path, lang, scale, size):
    session = open_session(make_session, tmp_path, lang=lang, scale=scale, size=size)
    w = session.window
    show_custom_gdpr_result(session)
    titles = [lab for lab in w.findChildren(QLabel)
              if lab.objectName().startswith("gdpr.result.") and lab.objectName().endswith(".title")
              and lab.isVisible()]
    assert len(titles) >= 8
    broken = []
    for title in titles:
        lines = lines_of(title)
        for before, after in zip(lines, lines[1:]):
            split_parts = before.rstrip().endswith(")") and after.lstrip().startswith("(")
            if BROKEN_END.search(before) or split_parts:
                broken.append(f"{before.strip()} / {after.strip()}")
    assert not broken, broken
