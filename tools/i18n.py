"""Interface translations (Qt Linguist): extract, compile, check.

    python tools/i18n.py update     # pyside6-lupdate desktop/ -> resources/i18n/emi_<lang>.ts
    python tools/i18n.py compile    # pyside6-lrelease each .ts -> .qm (shipped)
    python tools/i18n.py check      # exit 1 if a .ts misses a string or a .qm is stale

``update`` keeps every translation already made; strings that left the code are marked
obsolete (not deleted) so a translator's work is never lost by a rename. See
docs/translating-interface.md for the whole workflow.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
FOLDER = ROOT / "resources" / "i18n"
CATALOGUE = "emi"
#: Languages with an interface catalogue. English, the source language, has one for the
#: plural forms only ("1 record", "2 records" from "%n record(s)").
LANGUAGES = ("en", "de", "ar")
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (it ships Qt's Linguist tools)")
    return found


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def python_sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def translate_calls(tree: ast.AST):
    """Every ``QCoreApplication.translate(...)`` / ``QT_TRANSLATE_NOOP(...)`` call."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("translate", "QT_TRANSLATE_NOOP"):
                yield node


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_strings(paths: list[Path]) -> set[tuple[str, str]]:
    """(context, source) of each call with literal arguments, read with Python's own parser."""
    found = set()
    for path in paths:
        for call in translate_calls(ast.parse(path.read_bytes(), str(path))):
            if len(call.args) >= 2:
                context, source = _literal(call.args[0]), _literal(call.args[1])
                if context is not None and source is not None:
                    found.add((context, source))
    return found


def prepared(path: Path) -> bytes:
    """``path``'s text with each plural count written as a number.

    lupdate's Python parser (Qt 6.11) marks a message as plural only when the count is
    a literal, and drops a call whose count is an expression (``len(rows)``); the count's
    value does not matter to the catalogue, so it reads ``1`` in the copy lupdate sees.
    """
    data = path.read_bytes()
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    spans = []
    for call in translate_calls(ast.parse(data, str(path))):
        if getattr(call.func, "attr", "") == "translate" and len(call.args) >= 4:
            arg = call.args[3]
            spans.append((starts[arg.lineno - 1] + arg.col_offset,
                          starts[arg.end_lineno - 1] + arg.end_col_offset))
    for begin, end in sorted(spans, reverse=True):
        data = data[:begin] + b"1" + data[end:]
    return data


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="emi-lupdate-") as scratch:
        copies = []
        for path in python_sources():
            copy = Path(scratch, path.relative_to(SOURCES.parent))
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(prepared(path))
            copies.append(str(copy))
        for language in LANGUAGES:
            # No source locations: a moved line would otherwise change every catalogue.
            only = ["-pluralonly"] if language in PLURAL_ONLY else []
            subprocess.run([tool("lupdate"), *copies, "-locations", "none", *only,
                            "-source-language", "en", "-target-language", language,
                            "-silent", "-ts", str(ts_path(language, folder).resolve())],
                           check=True)


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    made = []
    for language in LANGUAGES:
        target = (out or folder) / f"{CATALOGUE}_{language}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(language, folder)),
                        "-qm", str(target)], check=True)
        made.append(target)
    return made


def messages(ts: Path) -> dict[tuple[str, str], dict]:
    """(context, source) -> {"obsolete", "unfinished", "draft", "numerus": bool}."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            texts = ([t.text for t in translation.iter("numerusform")] or [translation.text]
                     if translation is not None else [])
            out[(name, message.findtext("source") or "")] = {
                "obsolete": kind in ("obsolete", "vanished"),
                "unfinished": not any(texts),
                # Translated but not yet marked done by a reviewer (Linguist's "unfinished").
                "draft": kind == "unfinished" and any(texts),
                "numerus": message.get("numerus") == "yes",
            }
    return out


def problems() -> list[str]:
    """What is out of date: strings the code has that a .ts lacks, .qm not made from its .ts."""
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="emi-i18n-") as scratch:
        fresh = Path(scratch)
        for language in LANGUAGES:
            if ts_path(language).exists():
                shutil.copy(ts_path(language), ts_path(language, fresh))
        update(fresh)
        in_code = source_strings(python_sources())
        for language in LANGUAGES:
            have = messages(ts_path(language)) if ts_path(language).exists() else {}
            want = {k for k, v in messages(ts_path(language, fresh)).items() if not v["obsolete"]}
            if language not in PLURAL_ONLY:
                # What Python's parser sees and lupdate's missed is listed too.
                want |= in_code
            for context, source in sorted(want):
                entry = have.get((context, source))
                if entry is None or entry["obsolete"]:
                    found.append(f"{ts_path(language).name}: missing [{context}] {source!r} "
                                 "(run: python tools/i18n.py update)")
        for made in compile_all(out=fresh):
            shipped = FOLDER / made.name
            if not shipped.exists() or not filecmp.cmp(made, shipped, shallow=False):
                found.append(f"{shipped.name} is not compiled from its .ts "
                             "(run: python tools/i18n.py compile)")
    return found


def untranslated(language: str) -> list[tuple[str, str]]:
    """Strings of ``language``'s catalogue still waiting for a translator."""
    return sorted(k for k, v in messages(ts_path(language)).items()
                  if v["unfinished"] and not v["obsolete"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check", "status"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        for made in compile_all():
            print(made.relative_to(ROOT))
    elif args.command == "status":
        for language in LANGUAGES:
            current = [v for v in messages(ts_path(language)).values() if not v["obsolete"]]
            drafts = sum(v["draft"] for v in current)
            print(f"{language}: {len(current) - len(untranslated(language))} of {len(current)} "
                  f"translated, {drafts} of them drafts awaiting a reviewer")
    else:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
