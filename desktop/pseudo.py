"""A pseudo-locale for testing: every translated string comes back accented, about 40 %
longer and in brackets, so a string that is not translatable (and layouts that cannot
take German's length) stand out on screen and in tests.

``--lang pseudo`` or ``EMI_PSEUDO_LOCALE=1`` selects it (desktop/i18n.py). What must
survive translation stays as it is: ``{placeholders}``, ``%n``/``%1``, the ``&``
of keyboard accelerators, HTML tags and entities and Markdown markers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

OPEN, CLOSE = "[", "]"
ACCENTED = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
    "àƀçðéĝĥîķļñöŕšţûŵýžÅßÇÐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ")
#: Pieces kept verbatim: placeholders, Qt arguments, accelerators, tags, entities, URLs.
KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d+|&[a-z]+;|&#\d+;|&&|&\w|<[^>]+>|https?://\S+"
                  r"|\*\*|__|`")
FILLER = "~"
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented, padded by ~40 % and bracketed; markup and placeholders kept."""
    if not text or (text.startswith(OPEN) and text.endswith(CLOSE)):
        return text
    out, last = [], 0
    for match in KEEP.finditer(text):
        plain = text[last:match.start()]
        out.append(plain.translate(ACCENTED))
        out.append(match.group(0))
        last = match.end()
    tail = text[last:]
    out.append(tail.translate(ACCENTED))
    # Brackets and filler together: about 40 % longer, as German runs ~30 % past English.
    pad = FILLER * max(1, round(len(text) * GROWTH) - 2)
    return f"{OPEN}{''.join(out)}{pad}{CLOSE}"


def is_pseudo(text: str) -> bool:
    """Whether ``text`` went through :func:`pseudo` (possibly inside a longer text)."""
    return OPEN in text and FILLER + CLOSE in text


class PseudoTranslator(QTranslator):
    """Translates every string of every context, with no catalogue file."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str:
        if not source:
            return source
        return pseudo(source)
