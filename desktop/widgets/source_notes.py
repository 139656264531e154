"""Where a figure or a claim comes from, worded in the learner's language.

The sources themselves are content (titles, publishers, years, addresses); only the
words around them ("Source:", "Illustrative:") are the interface's.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication

from ..content.sources import Source


def sources_text(sources: Sequence[Source]) -> str:
    """"Source: …" or "Sources: … · …" ("" for none)."""
    if not sources:
        return ""
    listed = " · ".join(str(s) for s in sources)
    if len(sources) == 1:
        return QCoreApplication.translate("SourceNotes", "Source: {sources}").format(sources=listed)
    return QCoreApplication.translate("SourceNotes", "Sources: {sources}").format(sources=listed)


def basis_text(source: Source | None, illustrative: str) -> str:
    """A figure's footnote: its source, or why it has none."""
    if source is not None:
        return sources_text((source,))
    return QCoreApplication.translate("SourceNotes", "Illustrative: {why}").format(why=illustrative)
