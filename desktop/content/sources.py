"""Sources: where a figure or a rule the course states as fact comes from.

Every such figure in content carries a ``source:`` mapping (title, publisher,
year, and an https URL a trainer can open to check it), or is marked
``illustrative: true`` and says so where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reader import Reader

#: The words a source note is made of. This layer has no Qt: the interface layer puts
#: them in the learner's language (desktop/i18n.py calls :func:`use_words`).
_WORDS = {"source": "Source", "sources": "Sources", "illustrative": "Illustrative"}


def use_words(*, source: str, sources: str, illustrative: str) -> None:
    """The labels of source notes from now on ("Quelle", "Quellen", "Illustrativ")."""
    _WORDS.update(source=source, sources=sources, illustrative=illustrative)


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
    url = r.code("url")
    if url and not url.startswith("https://"):
        r.problem(f"'url' must be an https:// address a trainer can open, found '{url}'",
                  r.line_of("url"))
    return Source(r.code("title"), r.code("publisher"),
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
    return footnote((source,)) if source else f"{_WORDS['illustrative']}: {illustrative}"


def footnote(sources: tuple[Source, ...] | list[Source]) -> str:
    """One line per source, for a footnote label or a tooltip."""
    label = _WORDS["source"] if len(sources) == 1 else _WORDS["sources"]
    return f"{label}: " + " · ".join(str(s) for s in sources) if sources else ""
