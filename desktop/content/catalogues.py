"""The translator's workflow: export catalogues, import them back checked, report on them.

* :func:`export` writes ``<lang>/<file>.po`` for every content file, merging what the
  shipped catalogues already hold as msgmerge does: an entry whose English changed keeps
  its old translation marked fuzzy (with the old English as ``#| msgid``), one whose
  value is gone becomes obsolete (``#~``), one whose value moved keeps its translation.
* :func:`import_catalogues` checks edited catalogues (syntax, known entries, placeholders,
  Markdown, status) and writes them into ``content/locales/<lang>/`` only when every one
  is clean: a bad catalogue is refused as a whole and nothing is half-imported.
* :func:`report` lists what is missing and outdated in a language, and what is broken.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..model.persistence import fsync_dir
from .loader import PARSERS, load_translated
from .locales import (LOCALES, REVIEWER_FIELD, STATUS_FIELD, STATUSES, Catalogue,
                      CatalogueError, Entry, SourceText, Translation, catalogue_name, shown_name)
from .reader import ContentError, Problem
from .string_checks import length_warning, structure_problems, translator_note


@dataclass
class Findings:
    """What a check found, each at a file and line: errors refuse a catalogue, notes do not."""

    errors: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    def extend(self, other: "Findings") -> None:
        self.errors += other.errors
        self.notes += other.notes


def source_texts(folder: Path) -> dict[str, dict[str, SourceText]]:
    """Every learner-visible text of a content folder: {file name: {context: text}}.
    Raises ContentError when the content itself has problems (fix those first)."""
    translation = Translation(folder, None)
    load_translated(folder, translation)
    return {name: dict(texts.seen) for name, texts in translation.files.items()}


# -- export ---------------------------------------------------------------------------------

def export(folder: Path, language: str, out: Path | None = None) -> Findings:
    """Write or update one catalogue per content file in ``out`` (default: the shipped
    ``<folder>/locales/<language>/``), keeping the translations already there."""
    texts = source_texts(folder)
    shipped = folder / LOCALES / language
    out = out or shipped
    found = Findings()
    pending = []
    for name, by_context in texts.items():
        try:
            old = (_read_po(out / catalogue_name(name), folder)
                   or _read_po(shipped / catalogue_name(name), folder))
        except CatalogueError as exc:
            found.errors += exc.problems
            continue
        pending.append((out / catalogue_name(name), build(by_context, old, language, folder)))
    if not found.errors:  # a catalogue we could not read would lose its translations
        found.written = _write_all(pending)
    return found


def _read_po(path: Path, folder: Path | None = None):
    """A catalogue as polib's POFile (for rewriting it), or None where there is none.
    Checked like any catalogue first: polib alone would quietly misread a broken line."""
    import polib

    if not path.is_file():
        return None
    Catalogue.read(path, shown_name(folder, path) if folder else str(path))
    return polib.pofile(str(path), wrapwidth=78)


def build(by_context: dict[str, SourceText], old, language: str, folder: Path, *,
          header: dict[str, str] | None = None):
    """A catalogue of ``by_context``'s texts, with the translations ``old`` (a polib
    POFile, or None) holds for them; ``header`` fields override old ones."""
    import polib

    po = polib.POFile(wrapwidth=78)
    po.header = (f"{language} translation of the course content: msgctxt is where the text sits "
                 "in its file, msgid the English.\nHow to translate, check and import: "
                 "docs/translating.md. X-Review-Status: draft until a native speaker has "
                 "reviewed it (then reviewed, and X-Reviewed-By names them).")
    po.metadata = _header(old, language, folder, header or {})
    old_by_context = {e.msgctxt: e for e in (old or []) if not e.obsolete}
    moved = _unique_by_source(old)
    for text in sorted(by_context.values(), key=lambda t: t.line):
        entry = polib.POEntry(msgctxt=text.context, msgid=text.source, msgstr="",
                              occurrences=[(text.file, str(text.line))],
                              comment=translator_note(text.context, text.source))
        before = old_by_context.get(text.context)
        if before is not None and before.msgstr:
            entry.msgstr, entry.tcomment = before.msgstr, before.tcomment
            if before.msgid != text.source:
                entry.flags.append("fuzzy")
                entry.previous_msgid = before.msgid
            elif before.fuzzy:
                entry.flags.append("fuzzy")
                entry.previous_msgid = before.previous_msgid
        elif text.source in moved:
            entry.msgstr = moved[text.source]
        po.append(entry)
    for before in old_by_context.values():
        if before.msgctxt not in by_context and before.msgstr:
            gone = polib.POEntry(msgctxt=before.msgctxt, msgid=before.msgid, msgstr=before.msgstr,
                                 obsolete=True)
            po.append(gone)
    return po


def _unique_by_source(old) -> dict[str, str]:
    """English -> translation, for texts translated one way only (a value that moved to
    another key path, e.g. a block a trainer reordered, keeps its translation)."""
    seen: dict[str, set[str]] = {}
    for e in old or []:
        if e.msgstr and not e.fuzzy and not e.obsolete:
            seen.setdefault(e.msgid, set()).add(e.msgstr)
    return {source: next(iter(t)) for source, t in seen.items() if len(t) == 1}


def _header(old, language: str, folder: Path, override: dict[str, str]) -> dict[str, str]:
    metadata = dict(old.metadata) if old is not None else {}
    metadata.update({
        "Project-Id-Version": "Enterprise ML Integration content",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    })
    metadata.update(override)
    metadata.setdefault(STATUS_FIELD, "draft")
    metadata.setdefault(REVIEWER_FIELD, "")
    return metadata


def _write_all(pending: list[tuple[Path, object]]) -> list[Path]:
    """Write every catalogue to a temporary file beside it first, then put them all in
    place: a full disk or a failed write leaves the old catalogues, never half of an
    import (persistence.atomic_write would put each file in place as it goes)."""
    staged = []
    try:
        for path, po in pending:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            # mkstemp makes the file private (0600); a catalogue is read by every learner.
            os.chmod(temp, _mode_for(path))
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(str(po))
                stream.flush()
                os.fsync(stream.fileno())
            staged.append((Path(temp), path))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, path in staged:
        os.replace(temp, path)
    for folder in {path.parent for _, path in staged}:
        fsync_dir(folder)  # the new names are on disk before we say "written"
    return [path for _, path in staged]


def _mode_for(path: Path) -> int:
    """The permissions the catalogue had, or those a new file gets (0666 less the umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# -- checks shared by import and validate -----------------------------------------------------

def check_catalogue(catalogue: Catalogue, language: str,
                    by_context: dict[str, SourceText] | None, *, unknown_is_error: bool = True) -> Findings:
    """Problems of one catalogue: header, duplicate and unknown entries, and every
    translation against its English. ``by_context``: the content file's texts (None:
    the entries are not compared with the content, only with their own msgid).
    An unknown entry refuses an import; in a shipped catalogue it is only stale (the
    content changed after it was translated) and reported as such."""
    found = Findings()
    name = catalogue.name
    found.errors += _header_problems(catalogue, language, name)
    for entry in catalogue.duplicates:
        found.errors.append(Problem(name, entry.line, f"msgctxt \"{entry.context}\" occurs twice"))
    for entry in catalogue.entries.values():
        text = by_context.get(entry.context) if by_context is not None else None
        source = f"{text.where}: " if text else ""
        if by_context is not None and text is None:
            (found.errors if unknown_is_error else found.notes).append(Problem(
                name, entry.line, f"unknown msgctxt \"{entry.context}\": no such value in the "
                "content (removed or renamed since; run export-strings to update the catalogue)"))
            continue
        if not entry.translation.strip():
            continue
        found.errors += [Problem(name, entry.line, source + p)
                         for p in structure_problems(entry.source, entry.translation)]
        warning = length_warning(entry.context, entry.source, entry.translation)
        if warning:
            found.notes.append(Problem(name, entry.line, source + warning))
    return found


def _header_problems(catalogue: Catalogue, language: str, name: str) -> list[Problem]:
    out = []
    declared = catalogue.language.replace("-", "_")
    if declared and declared.split("_")[0] != language.replace("-", "_").split("_")[0]:
        out.append(Problem(name, 1, f"the catalogue says Language: {catalogue.language}, "
                                    f"not {language}"))
    status = catalogue.header.get(STATUS_FIELD, "draft")
    if status not in STATUSES:
        out.append(Problem(name, 1, f"{STATUS_FIELD} must be draft or reviewed, found '{status}'"))
    if status == "reviewed" and not catalogue.header.get(REVIEWER_FIELD, "").strip():
        out.append(Problem(name, 1, f"a reviewed catalogue names its reviewer in {REVIEWER_FIELD} "
                                    "(name, and the company or role)"))
    return out


# -- import -----------------------------------------------------------------------------------

def import_catalogues(folder: Path, language: str, files: list[Path]) -> Findings:
    """Check edited catalogues and, only if all of them are clean, merge them into
    ``<folder>/locales/<language>/``. Catalogues are matched to content files by name
    (gdpr.po translates gdpr.yaml)."""
    texts = source_texts(folder)
    found = Findings()
    accepted = []
    seen: dict[str, Path] = {}
    for path in files:
        name = Path(path).stem + ".yaml"
        if name not in PARSERS:
            found.errors.append(Problem(str(path), 1, "not the catalogue of a content file: its name "
                                        f"must be one of {', '.join(catalogue_name(n) for n in PARSERS)}"))
            continue
        if name in seen:
            found.errors.append(Problem(str(path), 1, f"a second catalogue for {name} (first: {seen[name]})"))
            continue
        seen[name] = path
        try:
            catalogue = Catalogue.read(Path(path), str(path))
        except CatalogueError as exc:
            found.errors += exc.problems
            continue
        moved = _moved_entries(catalogue, texts[name], found)
        found.extend(check_catalogue(catalogue, language, texts[name]))
        found.notes += _changed_since_export(catalogue, texts[name])
        accepted.append((name, Path(path), moved))
    if found.errors:
        return found
    pending = [(folder / LOCALES / language / catalogue_name(name),
                _merged(folder, language, name, path, moved, texts[name]))
               for name, path, moved in accepted]
    found.written = _write_all(pending)
    return found


def _moved_entries(catalogue: Catalogue, by_context: dict[str, SourceText],
                   found: Findings) -> dict[str, str]:
    """Entries whose key path is gone but whose English is now at exactly one other path
    (a trainer moved or reordered it): {old path: new path}. They are checked there."""
    by_source: dict[str, list[str]] = {}
    for context, text in by_context.items():
        by_source.setdefault(text.source, []).append(context)
    moved = {}
    for context, entry in list(catalogue.entries.items()):
        targets = by_source.get(entry.source, [])
        if context not in by_context and len(targets) == 1 and targets[0] not in catalogue.entries:
            moved[context] = targets[0]
            del catalogue.entries[context]
            catalogue.entries[targets[0]] = Entry(targets[0], entry.source, entry.translation,
                                                  entry.fuzzy, entry.line)
            found.notes.append(Problem(catalogue.name, entry.line, f"{by_context[targets[0]].where}: "
                                       f"\"{context}\" has moved to \"{targets[0]}\"; imported there"))
    return moved


def _changed_since_export(catalogue: Catalogue, by_context: dict[str, SourceText]) -> list[Problem]:
    out = []
    for entry in catalogue.entries.values():
        text = by_context.get(entry.context)
        if text is not None and entry.translation and text.source != entry.source:
            out.append(Problem(catalogue.name, entry.line, f"{text.where}: the English has changed "
                               "since this catalogue was exported; the translation is kept as fuzzy "
                               "(outdated, not shown) until someone updates it"))
    return out


def _merged(folder: Path, language: str, name: str, path: Path, moved: dict[str, str],
            by_context: dict[str, SourceText]):
    """The imported catalogue over the shipped one (whose translations the imported file
    lacks are kept), rebuilt from the content's current texts."""
    imported = _read_po(path)
    for entry in imported:
        entry.msgctxt = moved.get(entry.msgctxt, entry.msgctxt)
    have = {e.msgctxt for e in imported if e.msgstr and not e.obsolete}
    for entry in _read_po(folder / LOCALES / language / catalogue_name(name)) or []:
        if entry.msgstr and not entry.obsolete and entry.msgctxt not in have:
            imported.append(entry)
    keep = {k: v for k, v in imported.metadata.items()
            if k in (STATUS_FIELD, REVIEWER_FIELD, "Last-Translator", "Language-Team",
                     "PO-Revision-Date", "Plural-Forms")}
    return build(by_context, imported, language, folder, header=keep)


# -- report -----------------------------------------------------------------------------------

@dataclass
class LocaleReport:
    """What a language's catalogues cover, and what is wrong with them."""

    language: str
    folder: Path | None
    texts: int = 0
    missing: list[SourceText] = field(default_factory=list)
    outdated: list[tuple[SourceText, str]] = field(default_factory=list)
    statuses: dict[str, str] = field(default_factory=dict)
    findings: Findings = field(default_factory=Findings)

    @property
    def translated(self) -> int:
        return self.texts - len(self.missing) - len(self.outdated)


def report(folder: Path, language: str) -> LocaleReport:
    """Missing and outdated texts of ``language`` (with their source file:line), and every
    catalogue error. Raises ContentError when the content itself has problems."""
    translation = Translation(folder, language)
    load_translated(folder, translation)
    result = LocaleReport(language, translation.dir)
    result.findings.errors += translation.problems
    for name, texts in translation.files.items():
        result.texts += len(texts.seen)
        catalogue = texts.catalogue
        if catalogue is None:
            result.missing += texts.seen.values()
            continue
        result.statuses[catalogue.name] = catalogue.status
        result.missing += texts.missing
        result.outdated += [(text, f"{catalogue.name}:{entry.line}") for text, entry in texts.outdated]
        result.findings.extend(check_catalogue(catalogue, language, texts.seen, unknown_is_error=False))
    if translation.dir is not None:
        stray = sorted(p.name for p in translation.dir.glob("*.po")
                       if p.stem + ".yaml" not in PARSERS)
        result.findings.errors += [Problem(shown_name(folder, translation.dir / s), 1, "no content "
                                           f"file {Path(s).stem}.yaml for this catalogue") for s in stray]
    return result


def shipped_catalogue_problems(folder: Path) -> list[Problem]:
    """Syntax, header and placeholder/Markdown errors in every catalogue under
    ``<folder>/locales/`` (what plain ``validate`` checks; no content needed)."""
    out = []
    for path in sorted((folder / LOCALES).glob("*/*.po")):
        try:
            catalogue = Catalogue.read(path, shown_name(folder, path))
        except CatalogueError as exc:
            out += exc.problems
            continue
        out += check_catalogue(catalogue, path.parent.name, None).errors
    return out
