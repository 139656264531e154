"""``python -m desktop content export-strings|import-strings`` and ``validate --locale``.

Plain text on stdout, problems on stderr, each with file:line; exit 0 when done, 1 when
something was refused or is broken, 2 for a wrong command line (argparse's convention).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from .catalogues import Findings, LocaleReport, export, import_catalogues, report
from .locales import LANGUAGE_CODE
from .reader import ContentError

PROG = "enterprise-ml-integration"
def _language(value: str) -> str:
    if not LANGUAGE_CODE.match(value) or value in ("en", "pseudo"):
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a language to translate into: give a code such as de, ar, pt_BR "
            "(en is the source language)")
    return value


def _parser(default_content: Path) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"{PROG} content",
                                description="Translate the course content (docs/translating.md).")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export-strings", help="write or update the PO catalogues of a language",
                        description="Write one PO catalogue per content file, keeping the "
                                    "translations already made; changed English is marked fuzzy.")
    im = sub.add_parser("import-strings", help="check edited catalogues and take them in",
                        description="Check edited PO catalogues (placeholders, Markdown, status) "
                                    "and copy them into the content's locales folder; a catalogue "
                                    "with an error is refused and nothing is imported.")
    for command in (ex, im):
        command.add_argument("--locale", required=True, type=_language, help="e.g. de, ar")
        command.add_argument("--content", type=Path, default=default_content, metavar="DIR",
                             help="the content folder (default: the bundled one)")
    ex.add_argument("--out", type=Path, metavar="DIR",
                    help="write here instead of <content>/locales/<locale>/ (e.g. to send out)")
    im.add_argument("files", nargs="*", type=Path, default=[], metavar="FILE.po")
    im.add_argument("--from-yaml", type=Path, metavar="DIR",
                        help="take translations from a translated copy of the content files "
                             "(same structure, texts translated): for a company that translated "
                             "its content folder before catalogues existed")
    return p


def run_content_command(argv: Sequence[str], default_content: Path) -> int:
    args = _parser(default_content).parse_args(argv)
    try:
        if args.command == "export-strings":
            found = export(args.content, args.locale, args.out)
            verb = "written"
        elif args.from_yaml is not None and args.files:
            print("import-strings: give catalogues (FILE.po ...) or --from-yaml DIR, not both",
                  file=sys.stderr)
            return 2
        elif args.from_yaml is not None:
            from .mirrors import import_mirrors

            found = import_mirrors(args.content, args.locale, args.from_yaml)
            verb = "imported"
        else:
            if not args.files:
                print("import-strings: name the catalogues to import (FILE.po ...) or --from-yaml DIR",
                      file=sys.stderr)
                return 2
            found = import_catalogues(args.content, args.locale, args.files)
            verb = "imported"
    except ContentError as exc:
        print(f"The content has problems; fix them first:\n{exc}", file=sys.stderr)
        return 1
    return _finish(found, verb)


def _finish(found: Findings, verb: str) -> int:
    for note in found.notes:
        print(f"note: {note}")
    for error in found.errors:
        print(f"error: {error}", file=sys.stderr)
    if found.errors:
        print(f"{len(found.errors)} error(s): nothing was {verb}; fix them and try again",
              file=sys.stderr)
        return 1
    for path in found.written:
        print(f"{verb}: {path}")
    return 0


def run_locale_report(folder: Path, language: str) -> int:
    """``validate --locale``: 0 when the catalogues are sound (missing texts are a report),
    1 when one is broken or the content itself has problems."""
    if not LANGUAGE_CODE.match(language):
        print(f"validate: '{language}' is not a language code (such as de, ar, pt_BR)", file=sys.stderr)
        return 2
    try:
        result = report(folder, language)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    _print_report(result)
    return 1 if result.findings.errors else 0


def _print_report(result: LocaleReport) -> None:
    if result.folder is None:
        print(f"no catalogues for '{result.language}' (looked in locales/{result.language}/): "
              "everything shows in English; run 'content export-strings' to start")
    for text in result.missing:
        print(f"missing: {text.where}: {text.context}: {_short(text.source)}")
    for text, entry in result.outdated:
        print(f"outdated: {text.where}: {text.context}: the English changed since {entry} was "
              "translated; the English shows until it is updated")
    for note in result.findings.notes:
        print(f"note: {note}")
    for name, status in sorted(result.statuses.items()):
        print(f"{name}: {status}")
    for error in result.findings.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"{result.language}: {result.translated} of {result.texts} texts translated, "
          f"{len(result.missing)} missing, {len(result.outdated)} outdated, "
          f"{len(result.findings.errors)} error(s)")


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return f'"{one_line[:60]}…"' if len(one_line) > 60 else f'"{one_line}"'
