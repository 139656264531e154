"""Translations from a translated copy of the content files (``import-strings --from-yaml``).

Before catalogues, the way to translate this course was to copy ``content/`` and
translate the copy. Such a copy (same structure and ids, only texts translated) is read
with the course's own loaders, so each of its texts lands on the same key path as its
English; the pairs become catalogues that go through :func:`import_catalogues` and
its checks like any translator's catalogue.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .catalogues import Findings, build, import_catalogues, source_texts
from .loader import PARSERS
from .locales import FileTexts, SourceText, catalogue_name
from .reader import ContentError, Problem, read_file
from .string_checks import structure_problems


def mirror_texts(mirror: Path, name: str) -> dict[str, SourceText]:
    """{key path: text} of one translated file, read by its content file's loader.
    Problems of the copy are not ours to report (the pairs are checked below)."""
    texts = FileTexts(str(mirror / name), None)
    try:
        reader = read_file(mirror / name, str(mirror / name), texts)
    except ContentError:
        return {}
    PARSERS[name](reader)
    return dict(texts.seen)


def _pair_problems(english: SourceText, translated: SourceText) -> list[Problem]:
    """The import's checks, named by the copy's file:line (where the translator fixes it)."""
    return [Problem(translated.file, translated.line, f"{english.where}: {p}")
            for p in structure_problems(english.source, translated.source)]


def import_mirrors(folder: Path, language: str, mirror: Path) -> Findings:
    """Import every ``<mirror>/<file>.yaml`` there is as the translation of ``<file>``."""
    import polib

    english = source_texts(folder)
    found = Findings()
    with tempfile.TemporaryDirectory(prefix="emi-mirror-") as scratch:
        catalogues = []
        for name, by_context in english.items():
            if not (mirror / name).is_file():
                found.notes.append(Problem(str(mirror / name), 1,
                                           f"no translated copy; {name} stays as it is"))
                continue
            translated = mirror_texts(mirror, name)
            if not translated:
                found.errors.append(Problem(str(mirror / name), 1, f"cannot be read as {name} (YAML error)"))
                continue
            old = polib.POFile()
            for context, text in by_context.items():
                if context in translated:
                    found.errors += _pair_problems(text, translated[context])
                    old.append(polib.POEntry(msgctxt=context, msgid=text.source,
                                             msgstr=translated[context].source))
            untranslated = [t for c, t in by_context.items() if c not in translated]
            found.notes += [Problem(t.file, t.line, f"{t.context}: not in {mirror / name}")
                            for t in untranslated]
            path = Path(scratch) / catalogue_name(name)
            path.write_text(str(build(by_context, old, language, folder)), encoding="utf-8")
            catalogues.append(path)
        if found.errors:
            return found
        result = import_catalogues(folder, language, catalogues)
    result.notes = found.notes + result.notes
    return result
