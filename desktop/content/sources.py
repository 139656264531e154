"""Sources: where a figure or a rule the course states as fact comes from.

Every such figure in content carries a ``source:`` mapping (title, publisher,
year, and an https URL a trainer can open to check it), or is marked
``illustrative: true`` and says so where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .reader import Reader


def _english_label(count: int) -> str:
    return "Source: {sources}" if count == 1 else "Sources: {sources}"


@dataclass(frozen=True)
class Words:
    """A footnote's own words. content/ has no Qt: desktop/i18n.py passes them in the
    learner's language (:func:`use_words`) before a course is loaded."""

    #: The line for ``count`` sources, with a {sources} placeholder.
    label: Callable[[int], str] = _english_label
    illustrative: str = "Illustrative: {why}"


_words = Words()


def use_words(words: Words | None) -> None:
    """Footnotes in these words from now on (None: English)."""
    global _words
    _words = words or Words()


@dataclass(frozen=True)
class Source:
    """A published source: shown as a footnote or a tooltip beside its figure."""

    title: str
    publisher: str
    year: int
    url: str

    def __str__(self) -> str:
        return f"{self.title}. {self.publisher}, {self.year}. {self.url}"


def parse_source(r: Reader) -> Source:
    url = r.text("url")
    if url and not url.startswith("https://"):
        r.problem(f"'url' must be an https:// address a trainer can open, found '{url}'",
                  r.line_of("url"))
    return Source(r.text("title"), r.text("publisher"),
                  r.integer("year", minimum=1900, maximum=2100), url)


def optional_source(r: Reader, key: str = "source") -> Source | None:
    return parse_source(r.child(key)) if r.has(key) else None


def basis(r: Reader, what: str = "a figure") -> tuple[Source | None, str]:
    """A figure's ``source``, or why it is ``illustrative``: exactly one must be given."""
    source = optional_source(r)
    illustrative = r.text("illustrative", "")
    if (source is None) == (not illustrative):
        r.problem(f"{what} needs exactly one of 'source' (title, publisher, year, url) or "
                  "'illustrative' (why it has no published source)")
    return source, illustrative


def basis_note(source: Source | None, illustrative: str) -> str:
    """The footnote or tooltip for a figure's basis."""
    return footnote((source,)) if source else _words.illustrative.format(why=illustrative)


def footnote(sources: tuple[Source, ...] | list[Source]) -> str:
    """The sources in one line, for a footnote label or a tooltip."""
    if not sources:
        return ""
    return _words.label(len(sources)).format(sources=" · ".join(str(s) for s in sources))
