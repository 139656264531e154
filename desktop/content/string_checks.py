"""What a translation must keep of its English, and how long a short field may grow.

A translation is refused when it loses or adds what the app or the Markdown renderer
reads: ``{placeholders}`` (the app fills them in; a missing one raises or shows
nothing), ``**bold**`` and ``*emphasis*`` marks, links and their addresses, inline
``code``, paragraphs, list items and line breaks. It is only *reported* when a short
field (a title, a label, a button, a quiz option) grows past its budget: whether it
overflows depends on the font and the window, so a person decides after looking.
"""

from __future__ import annotations

import math
import re
from collections import Counter

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]*)[^)]*\)")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s", re.MULTILINE)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

#: Keys whose text sits in a fixed place (a stepper slot, a button, a chart legend, a
#: card heading): the ones a longer translation can push out of the layout.
SHORT_KEYS = frozenset({
    "title", "short_title", "short_label", "label", "name", "unit", "unit_one", "period",
    "yes_label", "no_label", "rule_name", "back_link", "before", "after", "current", "total",
    "cost", "value", "net_roi", "net_loss", "reduction", "empty", "up", "down", "pass",
    "fail", "warn", "main", "grid", "cards", "accuracy", "selected",
})
#: Lists whose items are short (tags under a card, the quiz options' texts).
SHORT_ITEMS = frozenset({"tags"})
#: The growth a short field may have: 1.6 × its English length + 4 characters. Short
#: texts grow more in translation than long ones (IBM's globalization guidelines give
#: up to +100–200 % for texts under 10 characters, +80 % at 11–20, +60–80 % at 21–30,
#: +50–60 % at 31–50, +40 % at 51–70), and German averages about +30 %: 1.6 n + 4
#: allows +140 % at 5 characters, +100 % at 10, +80 % at 20 and +70 % at 40, so it
#: flags the outliers a German or Arabic translation really produces, not the average.
GROWTH = 1.6
SLACK = 4


def field_kind(context: str) -> str:
    """"short" for a title, label, button or option text (by its key path), else "text"."""
    steps = context.split("/")
    key = steps[-1]
    if key.isdigit() and len(steps) > 1:
        return "short" if steps[-2] in SHORT_ITEMS else "text"
    if key in SHORT_KEYS or key.endswith(("_label", "_title", "_button")):
        return "short"
    if key == "text" and len(steps) > 2 and steps[-3] == "options":
        return "short"
    return "text"


def budget(source: str) -> int:
    """The most characters a short field's translation may have."""
    return math.ceil(GROWTH * len(source)) + SLACK


def _emphasis(text: str) -> tuple[int, int]:
    """(the number of ** marks, the number of single * marks that are not list bullets)."""
    bold = text.count("**")
    singles = LIST_ITEM.sub("", text.replace("**", "")).count("*")
    return bold, singles


def _listed(counter: Counter) -> str:
    return ", ".join(sorted(counter.elements()))


def structure_problems(source: str, translation: str) -> list[str]:
    """What ``translation`` lost or added of ``source``'s placeholders and Markdown."""
    out = []
    want, have = Counter(PLACEHOLDER.findall(source)), Counter(PLACEHOLDER.findall(translation))
    if want - have:
        out.append(f"placeholder {_listed(want - have)} missing (keep it exactly as in the English)")
    if have - want:
        out.append(f"placeholder {_listed(have - want)} is not in the English (the app cannot "
                   "fill it in; write braces only as the English does)")
    (bold, single), (t_bold, t_single) = _emphasis(source), _emphasis(translation)
    if bold != t_bold:
        out.append(f"bold marks ** : the English has {bold}, the translation {t_bold}")
    if single != t_single:
        out.append(f"emphasis marks * : the English has {single}, the translation {t_single}")
    if source.count("`") != translation.count("`"):
        out.append(f"code marks ` : the English has {source.count('`')}, "
                   f"the translation {translation.count('`')}")
    links, t_links = Counter(LINK.findall(source)), Counter(LINK.findall(translation))
    if links != t_links:
        out.append("links differ: keep each [text](address) with its address unchanged "
                   f"(English: {_listed(links) or 'none'}; translation: {_listed(t_links) or 'none'})")
    out += _layout_problems(source, translation)
    return out


def _layout_problems(source: str, translation: str) -> list[str]:
    if "\n" not in source and "\n" in translation:
        return ["a line break is not in the English (this text is one line)"]
    out = []
    paragraphs = len(PARAGRAPH_BREAK.split(source.strip()))
    t_paragraphs = len(PARAGRAPH_BREAK.split(translation.strip()))
    if paragraphs != t_paragraphs:
        out.append(f"paragraphs: the English has {paragraphs}, the translation {t_paragraphs} "
                   "(separate them with one empty line, as the English does)")
    items, t_items = len(LIST_ITEM.findall(source)), len(LIST_ITEM.findall(translation))
    if items != t_items:
        out.append(f"list items: the English has {items}, the translation {t_items}")
    return out


def length_warning(context: str, source: str, translation: str) -> str:
    """A note when a short field's translation is past its budget, else ""."""
    if field_kind(context) != "short" or len(translation) <= budget(source):
        return ""
    return (f"may overflow the layout: {len(translation)} characters for a short field whose "
            f"English has {len(source)} (budget {budget(source)}: {GROWTH:g} × + {SLACK}); "
            "look at it on screen or shorten it")


def translator_note(context: str, source: str) -> str:
    """The extracted comment (#.) a translator sees beside the entry: what to keep."""
    keep = sorted(set(PLACEHOLDER.findall(source)))
    bold, single = _emphasis(source)
    if bold:
        keep.append("**bold**")
    if single:
        keep.append("*emphasis*")
    if LINK.search(source):
        keep.append("[links](addresses)")
    if LIST_ITEM.search(source):
        keep.append("list items")
    if PARAGRAPH_BREAK.search(source.strip()):
        keep.append("empty lines between paragraphs")
    lines = []
    if keep:
        lines.append("Keep exactly: " + ", ".join(keep) + ".")
    if field_kind(context) == "short":
        lines.append(f"Short field: at most {budget(source)} characters.")
    return "\n".join(lines)
