"""Content in the learner's language: one gettext catalogue per content file and language.

``content/`` holds the source (English). ``content/locales/<lang>/<file>.po`` holds the
translations of ``<file>.yaml``: each entry's msgctxt is the value's key path in its file
(``options/b/text``; see :meth:`Reader.context`), its msgid the English text, its msgstr
the translation. A value is shown translated only when its catalogue has an entry for
the same path *and the same English*: when the English has changed since, the old
translation is outdated and the English shows (a wrong translation is never shown
without a word; ``validate --locale`` lists it). Fuzzy entries (a translator's "needs
work") are not shown either, as gettext does.

Pure Python and Qt-free, like the rest of desktop.content: polib reads and writes PO.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .reader import Problem
from .string_checks import structure_problems

#: Languages whose content is the source itself ("pseudo" marks only the interface).
SOURCE_LANGUAGES = frozenset({"", "en", "pseudo"})
LOCALES = "locales"
#: A language code as gettext and Qt write it: de, ar, pt_BR, de-AT, sr@latin.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@[a-z]+)?$")
#: Catalogue header fields of ours (gettext keeps unknown header fields; Poedit does too).
STATUS_FIELD = "X-Review-Status"
REVIEWER_FIELD = "X-Reviewed-By"
STATUSES = ("draft", "reviewed")
#: The largest content catalogue is about 0.2 MB (gdpr.po); ten times the content's own
#: limit per file leaves room for any language and refuses anything that is not one.
MAX_CATALOGUE_BYTES = 10_000_000

#: One line of a PO file, as gettext writes it. polib accepts a msgstr with a missing
#: closing quote and silently drops its last letter, so lines are checked first.
_KEYWORD_LINE = re.compile(r'^(?:#~\s*)?(?:#\|\s*)?(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)'
                           r'\s+"(?:[^"\\]|\\.)*"\s*$')
_STRING_LINE = re.compile(r'^(?:#~\s*)?(?:#\|\s*)?"(?:[^"\\]|\\.)*"\s*$')


@dataclass(frozen=True)
class SourceText:
    """One learner-visible text of a content file, as a loader read it."""

    file: str      # as problems name it: content/gdpr.yaml
    context: str   # key path in the file: questions/scope/help
    source: str    # the English
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Entry:
    """One translation read from a catalogue."""

    context: str
    source: str
    translation: str
    fuzzy: bool
    line: int


class CatalogueError(Exception):
    """A catalogue that cannot be read; ``problems`` name its file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


@dataclass
class Catalogue:
    """A PO file's translations, by msgctxt."""

    path: Path
    name: str  # as problems name it: content/locales/de/gdpr.po
    entries: dict[str, Entry]
    header: dict[str, str]
    #: Entries with the same msgctxt more than once (gettext refuses those).
    duplicates: list[Entry] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.header.get("Language", "")

    @property
    def status(self) -> str:
        return self.header.get(STATUS_FIELD, "draft") or "draft"

    @classmethod
    def read(cls, path: Path, shown_as: str | None = None) -> "Catalogue":
        """Parse ``path``; every syntax problem is a CatalogueError naming its line."""
        import polib

        name = shown_as or str(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise CatalogueError([Problem(name, 1, f"cannot read the catalogue: {exc.strerror}")]) from None
        if len(raw) > MAX_CATALOGUE_BYTES:
            raise CatalogueError([Problem(name, 1, f"larger than {MAX_CATALOGUE_BYTES:,} bytes: not "
                                                   "a catalogue of this course's content")])
        try:
            text = raw.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark some editors add
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise CatalogueError([Problem(name, line, "not UTF-8 text (save the catalogue as UTF-8)")]
                                 ) from None
        problems = _syntax_problems(text, name)
        if problems:
            raise CatalogueError(problems)
        try:
            po = polib.pofile(text, wrapwidth=0)
        except (OSError, ValueError) as exc:
            found = re.search(r"line (\d+)", str(exc))
            raise CatalogueError([Problem(name, int(found.group(1)) if found else 1,
                                          f"PO syntax error: {exc}")]) from None
        entries: dict[str, Entry] = {}
        duplicates: list[Entry] = []
        for item in po:
            if item.obsolete:
                continue
            entry = Entry(item.msgctxt or "", item.msgid, item.msgstr, item.fuzzy, item.linenum)
            if entry.context in entries:
                duplicates.append(entry)
            else:
                entries[entry.context] = entry
        return cls(path, name, entries, dict(po.metadata), duplicates)


def _syntax_problems(text: str, name: str) -> list[Problem]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        bare = line.strip()
        if not bare or (bare.startswith("#") and not bare.startswith(("#~", "#|"))):
            continue
        if bare.startswith(("#~", "#|")) and not re.match(r"^#[~|]\s*(msg|\")", bare):
            continue  # an obsolete entry's comment
        if not (_KEYWORD_LINE.match(bare) or _STRING_LINE.match(bare)):
            out.append(Problem(name, number, "PO syntax error: expected msgctxt/msgid/msgstr "
                                             'followed by text in double quotes, or a "..." '
                                             "continuation line (is a closing quote missing?)"))
    return out


def catalogue_name(content_file: str) -> str:
    """gdpr.yaml -> gdpr.po"""
    return Path(content_file).with_suffix(".po").name


def language_dir(folder: Path, language: str) -> Path | None:
    """The folder of ``language``'s catalogues (``de_AT`` falls back to ``de``), or None."""
    if not LANGUAGE_CODE.match(language):
        return None  # not a language code (nor a path that leads out of locales/)
    base = re.split(r"[_\-.@]", language, maxsplit=1)[0]
    for name in dict.fromkeys((language, base)):
        candidate = folder / LOCALES / name
        if candidate.is_dir():
            return candidate
    return None


class FileTexts:
    """The texts of one content file on their way to the learner (see reader.Texts):
    looked up in the file's catalogue (if any) and recorded, so that the catalogue tools
    know every learner-visible text and what became of it."""

    def __init__(self, file: str, catalogue: Catalogue | None):
        self.file = file
        self.catalogue = catalogue
        self.seen: dict[str, SourceText] = {}
        self.missing: list[SourceText] = []
        self.outdated: list[tuple[SourceText, Entry]] = []

    def text(self, context: str, source: str, line: int) -> str:
        first = context not in self.seen
        here = SourceText(self.file, context, source, line)
        self.seen.setdefault(context, here)
        translation, old = self._lookup(context, source)
        if first and self.catalogue is not None:
            if old is not None:
                self.outdated.append((here, old))
            elif translation is None:
                self.missing.append(here)
        return translation if translation is not None else source

    def _lookup(self, context: str, source: str) -> tuple[str | None, Entry | None]:
        """(the translation, or None; the outdated entry for this value, or None)."""
        if self.catalogue is None:
            return None, None
        entry = self.catalogue.entries.get(context)
        if (entry is not None and entry.translation.strip() and not entry.fuzzy
                and entry.source == source):
            # One that lost a placeholder or its Markdown (a catalogue edited by hand past
            # the import's checks) would break the page: the English shows, validate says why.
            if structure_problems(source, entry.translation):
                return None, None
            return entry.translation.strip(), None
        if entry is not None and entry.translation and entry.source != source:
            return None, entry
        return None, None


class Translation:
    """The catalogues of one language for one content folder, opened as files are loaded.

    A catalogue that cannot be read is left out (its file shows in English) and
    logged; ``validate --locale`` reports it with its line.
    """

    def __init__(self, folder: Path, language: str | None):
        self.folder = folder
        self.language = (language or "").strip()
        self.dir = (None if self.language in SOURCE_LANGUAGES
                    else language_dir(folder, self.language))
        self.files: dict[str, FileTexts] = {}
        self.problems: list[Problem] = []

    def for_file(self, name: str, shown_as: str) -> FileTexts:
        catalogue = None
        path = self.dir / catalogue_name(name) if self.dir is not None else None
        if path is not None and path.is_file():
            try:
                catalogue = Catalogue.read(path, shown_name(self.folder, path))
            except CatalogueError as exc:
                self.problems.extend(exc.problems)
                logging.getLogger("desktop").warning("translation left out: %s", exc)
        self.files[name] = FileTexts(shown_as, catalogue)
        return self.files[name]


def shown_name(folder: Path, path: Path) -> str:
    """A catalogue as problems name it: content/locales/de/gdpr.po"""
    try:
        return f"{folder.name}/{path.relative_to(folder).as_posix()}"
    except ValueError:
        return str(path)
