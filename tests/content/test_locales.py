"""Content in another language: catalogues per content file, the translator's round trip
(export, edit in a text editor as a translator would, import, load), the checks that
refuse a broken catalogue, and ``validate --locale``. Headless: no Qt needed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.content.catalogues import import_catalogues
from desktop.content.loader import load_course, validate
from desktop.content.string_checks import budget, field_kind, structure_problems

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


@pytest.fixture
def folder(tmp_path):
    """A copy of the course content without its shipped catalogues, named content/."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target, ignore=shutil.ignore_patterns("locales"))
    return target


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def line_of(path: Path, text: str) -> int:
    lines = path.read_text("utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if text in line)


def translate(po: Path, english: str, translation: str, *, context: str | None = None) -> int:
    """What a translator does in a text editor: fill in the msgstr under one msgid.
    Returns the catalogue line where that entry starts (its first comment)."""
    text = po.read_text("utf-8")
    escaped = english.replace("\\", "\\\\").replace('"', '\\"')
    ctx = rf'msgctxt "{re.escape(context)}"\n' if context else r'msgctxt "[^"]*"\n'
    pattern = re.compile(rf'({ctx}msgid "{re.escape(escaped)}"\n)msgstr ""\n')
    match = pattern.search(text)
    assert match, f"no untranslated entry for {english!r} in {po}"
    new = text[:match.start()] + match.group(1) + f'msgstr "{translation}"\n' + text[match.end():]
    po.write_text(new, "utf-8")
    start = text.rfind("\n\n", 0, match.start()) + 2
    return text.count("\n", 0, start) + 1


def write_po(path: Path, entries: list[tuple[str, str, str]], language: str = "de",
             extra_header: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'\nmsgctxt "{c}"\nmsgid "{i}"\nmsgstr "{s}"\n' for c, i, s in entries)
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f'"Language: {language}\\n"\n{extra_header}{body}', "utf-8")


# -- the reader: per value, only matching English --------------------------------------------

def test_a_translated_value_shows_and_every_other_falls_back_to_english(folder):
    write_po(folder / "locales" / "de" / "step_1.po", [
        ("title", "Enterprise Data Architecture for ML", "Unternehmensdatenarchitektur für ML"),
    ])
    english = load_course(folder)
    german = load_course(folder, language="de")
    assert german.steps[0].title == "Unternehmensdatenarchitektur für ML"
    assert german.steps[0].short_label == english.steps[0].short_label == "Data Arch."
    assert german.steps[1].title == english.steps[1].title
    # ids and the learner-state rules are the source's, whatever the language
    assert [q.id for q in german.quizzes] == [q.id for q in english.quizzes]
    assert load_course(folder, language="pseudo").steps[0].title == english.steps[0].title
    assert load_course(folder, language="de_AT").steps[0].title.startswith("Unternehmens")


def test_an_outdated_translation_is_not_shown_and_validate_lists_it(folder):
    """The English changed after it was translated: the old translation would say
    something the course no longer says, so the English shows and validate says why."""
    write_po(folder / "locales" / "de" / "step_1.po", [
        ("title", "Enterprise Data Architecture for ML", "Unternehmensdatenarchitektur für ML"),
    ])
    step = folder / "step_1.yaml"
    step.write_text(step.read_text("utf-8").replace(
        "title: Enterprise Data Architecture for ML", "title: Data Architecture for ML"), "utf-8")
    assert load_course(folder, language="de").steps[0].title == "Data Architecture for ML"
    result = cli("validate", str(folder), "--locale", "de")
    assert result.returncode == 0, result.stderr
    line = line_of(step, "title: Data Architecture for ML")
    assert (f"outdated: content/step_1.yaml:{line}: title: the English changed since "
            "content/locales/de/step_1.po:6 was translated") in result.stdout


def test_ids_and_choices_are_never_looked_up(folder):
    """A catalogue cannot rename a quiz, a widget or an option key: those are data."""
    write_po(folder / "locales" / "de" / "step_1.po", [
        ("blocks/2/quiz/id", "q1", "f1"), ("blocks/2/quiz/answer", "b", "c"),
        ("icon", "architecture", "shield"), ("blocks/1/widget", "diagram", "gdpr_checker"),
    ])
    german = load_course(folder, language="de")
    assert german.steps[0].quizzes[0].id == "q1"
    assert german.steps[0].quizzes[0].answer == "b"
    assert german.steps[0].icon == "architecture"


# -- the translator's round trip ---------------------------------------------------------------

def test_export_edit_import_and_the_loader_returns_the_translation(folder, tmp_path):
    out = tmp_path / "to-translator"
    result = cli("content", "export-strings", "--locale", "de", "--content", str(folder),
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.po")) == sorted(
        p.with_suffix(".po").name for p in folder.glob("*.yaml"))
    po = out / "step_1.po"
    text = po.read_text("utf-8")
    assert "Language: de" in text and "X-Review-Status: draft" in text
    # the entry a translator sees: where it is, what to keep, how long it may be
    assert re.search(r'#\. Short field: at most 20 characters\.\n#: content/step_1.yaml:18\n'
                     r'msgctxt "short_label"\nmsgid "Data Arch\."\nmsgstr ""', text)
    assert not (folder / "locales").exists()  # --out: the content is untouched

    translate(po, "Data Arch.", "Datenarch.")
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder), str(po))
    assert result.returncode == 0, result.stderr
    assert f"imported: {folder / 'locales' / 'de' / 'step_1.po'}" in result.stdout

    assert load_course(folder, language="de").steps[0].short_label == "Datenarch."
    assert load_course(folder).steps[0].short_label == "Data Arch."
    # a second export keeps the translation
    assert cli("content", "export-strings", "--locale", "de", "--content", str(folder)).returncode == 0
    assert 'msgid "Data Arch."\nmsgstr "Datenarch."' in (
        folder / "locales" / "de" / "step_1.po").read_text("utf-8")


def test_export_marks_changed_english_fuzzy_and_keeps_removed_entries_obsolete(folder):
    write_po(folder / "locales" / "de" / "step_1.po", [
        ("title", "Enterprise Data Architecture (old)", "Unternehmensdatenarchitektur"),
        ("gone/away", "Removed text", "Entfernter Text"),
        ("short_label", "Data Arch.", "Datenarch."),
    ])
    assert cli("content", "export-strings", "--locale", "de", "--content", str(folder)).returncode == 0
    text = (folder / "locales" / "de" / "step_1.po").read_text("utf-8")
    assert ('#, fuzzy\n#| msgid "Enterprise Data Architecture (old)"\nmsgctxt "title"\n'
            'msgid "Enterprise Data Architecture for ML"\nmsgstr "Unternehmensdatenarchitektur"') in text
    assert '#~ msgctxt "gone/away"\n#~ msgid "Removed text"\n#~ msgstr "Entfernter Text"' in text
    german = load_course(folder, language="de")
    assert german.steps[0].title == "Enterprise Data Architecture for ML"  # fuzzy: not shown
    assert german.steps[0].short_label == "Datenarch."


# -- what import refuses --------------------------------------------------------------------------

def exported(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert cli("content", "export-strings", "--locale", "de", "--content", str(folder),
               "--out", str(out)).returncode == 0
    return out


def test_a_broken_placeholder_is_refused_with_both_lines_and_nothing_is_imported(folder, tmp_path):
    out = exported(folder, tmp_path)
    english = "Recommended action: {action}"
    good = translate(out / "step_1.po", "Data Arch.", "Datenarch.")
    bad = translate(out / "churn_model.po", english, "Empfohlene Maßnahme: {aktion}")
    source = line_of(folder / "churn_model.yaml", english)
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder),
                 str(out / "step_1.po"), str(out / "churn_model.po"))
    assert result.returncode == 1
    assert (f"error: {out / 'churn_model.po'}:{bad}: content/churn_model.yaml:{source}: "
            "placeholder {action} missing") in result.stderr
    assert "placeholder {aktion} is not in the English" in result.stderr
    assert "nothing was imported; fix them and try again" in result.stderr
    assert good and not (folder / "locales").exists()  # not even the good catalogue


def test_lost_markdown_and_paragraphs_are_refused(folder, tmp_path):
    out = exported(folder, tmp_path)
    po = out / "step_1.po"
    entry = re.search(r'msgctxt "(blocks/3/callout/body)"\nmsgid ""\n"\*\*Data Lake:', po.read_text("utf-8"))
    assert entry
    text = po.read_text("utf-8")
    start = text.index('msgctxt "blocks/3/callout/body"')
    end = text.index('msgstr ""', start)
    po.write_text(text[:end] + 'msgstr "Data Lake: ein zentrales Repository."' +
                  text[end + len('msgstr ""'):], "utf-8")
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder), str(po))
    assert result.returncode == 1
    assert "bold marks ** : the English has 6, the translation 0" in result.stderr
    assert "paragraphs: the English has 3, the translation 1" in result.stderr


def test_an_unknown_msgctxt_is_reported_with_its_line(folder, tmp_path):
    """An entry for a value the content does not have (a catalogue of another edition,
    or a msgctxt edited by hand) cannot go anywhere: refused, with its line."""
    out = exported(folder, tmp_path)
    po = out / "step_1.po"
    translate(po, "Data Arch.", "Datenarch.")
    with po.open("a", encoding="utf-8") as stream:
        stream.write('\nmsgctxt "blocks/9/quiz/question"\nmsgid "Which team owns the model?"\n'
                     'msgstr "Welches Team besitzt das Modell?"\n')
    line = line_of(po, 'msgctxt "blocks/9/quiz/question"')
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder), str(po))
    assert result.returncode == 1
    assert f'{po}:{line}: unknown msgctxt "blocks/9/quiz/question"' in result.stderr
    assert not (folder / "locales").exists()


def test_an_entry_renamed_by_a_translator_lands_where_its_english_is(folder, tmp_path):
    out = exported(folder, tmp_path)
    po = out / "step_1.po"
    translate(po, "Data Arch.", "Datenarch.")
    po.write_text(po.read_text("utf-8").replace('msgctxt "short_label"', 'msgctxt "short_lable"'),
                  "utf-8")
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder), str(po))
    assert result.returncode == 0, result.stderr
    assert '"short_lable" has moved to "short_label"; imported there' in result.stdout
    assert load_course(folder, language="de").steps[0].short_label == "Datenarch."


def test_a_missing_closing_quote_is_a_syntax_error_not_a_lost_letter(folder, tmp_path):
    out = exported(folder, tmp_path)
    po = out / "step_1.po"
    translate(po, "Data Arch.", "Datenarch.")
    po.write_text(po.read_text("utf-8").replace('msgstr "Datenarch."', 'msgstr "Datenarch.'), "utf-8")
    line = line_of(po, 'msgstr "Datenarch.')
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder), str(po))
    assert result.returncode == 1
    assert f"{po}:{line}: PO syntax error" in result.stderr


def test_a_long_label_is_imported_with_a_note_that_it_may_overflow(folder, tmp_path):
    out = exported(folder, tmp_path)
    po = out / "step_1.po"
    line = translate(po, "The Core Problem", "Das Kernproblem, um das sich hier alles dreht")
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder), str(po))
    assert result.returncode == 0, result.stderr
    source = line_of(folder / "step_1.yaml", "title: The Core Problem")
    assert (f"note: {po}:{line}: content/step_1.yaml:{source}: "
            "may overflow the layout: 45 characters for a short field whose English has 16 "
            "(budget 30") in result.stdout


def test_a_reviewed_catalogue_names_its_reviewer(folder, tmp_path):
    write_po(tmp_path / "step_1.po", [("short_label", "Data Arch.", "Datenarch.")],
             extra_header='"X-Review-Status: reviewed\\n"\n')
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder),
                 str(tmp_path / "step_1.po"))
    assert result.returncode == 1
    assert "a reviewed catalogue names its reviewer in X-Reviewed-By" in result.stderr


# -- validate ----------------------------------------------------------------------------------------

def test_validate_locale_lists_missing_texts_with_their_source_line(folder):
    write_po(folder / "locales" / "de" / "step_1.po", [
        ("short_label", "Data Arch.", "Datenarch."),
    ])
    result = cli("validate", str(folder), "--locale", "de")
    assert result.returncode == 0, result.stderr
    title = line_of(folder / "step_1.yaml", "title: Enterprise Data Architecture for ML")
    assert (f'missing: content/step_1.yaml:{title}: title: "Enterprise Data Architecture for ML"'
            in result.stdout.splitlines())
    assert "missing: content/step_1.yaml:18:" not in result.stdout
    last = result.stdout.splitlines()[-1]
    assert re.fullmatch(r"de: 1 of (\d+) texts translated, \1-1 missing, 0 outdated, 0 error\(s\)"
                        .replace(r"\1-1", r"\d+"), last)


def test_validate_fails_on_a_broken_catalogue_with_its_line(folder):
    po = folder / "locales" / "de" / "churn_model.po"
    english = "Recommended action: {action}"
    write_po(po, [("explanation/action", english, "Empfohlene Maßnahme: {aktion}")])
    source = line_of(folder / "churn_model.yaml", english)
    result = cli("validate", str(folder), "--locale", "de")
    assert result.returncode == 1
    assert (f"error: content/locales/de/churn_model.po:6: content/churn_model.yaml:{source}: "
            "placeholder {action} missing") in result.stderr
    plain = cli("validate", str(folder))
    assert plain.returncode == 1
    assert "content/locales/de/churn_model.po:6: placeholder {action} missing" in plain.stdout
    assert validate(folder)[0].file == "content/locales/de/churn_model.po"
    # the learner meets the English there, never a text the app cannot fill in
    german = load_course(folder, language="de")
    assert german.topics["churn"].rules.action == english


def test_a_language_without_catalogues_is_a_report_not_an_error(folder):
    result = cli("validate", str(folder), "--locale", "fr")
    assert result.returncode == 0
    assert "no catalogues for 'fr'" in result.stdout


def test_the_shipped_catalogues_are_valid():
    assert validate(CONTENT) == []


# -- a translated copy of the content folder ---------------------------------------------------------

def test_import_from_a_translated_copy_of_the_content_files(folder, tmp_path):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    source = (folder / "step_1.yaml").read_text("utf-8")
    (mirror / "step_1.yaml").write_text(
        source.replace("short_label: Data Arch.", "short_label: Datenarch.")
              .replace("title: The Core Problem", "title: Das Kernproblem"), "utf-8")
    result = cli("content", "import-strings", "--locale", "de", "--content", str(folder),
                 "--from-yaml", str(mirror))
    assert result.returncode == 0, result.stderr
    german = load_course(folder, language="de")
    assert german.steps[0].short_label == "Datenarch."
    assert german.steps[0].blocks[0].callout.title == "Das Kernproblem"
    assert f"{mirror / 'gdpr.yaml'}:1: no translated copy" in result.stdout


# -- the checks themselves ---------------------------------------------------------------------------


@pytest.mark.parametrize("source, translation, expected", [
    ("Saves {percent} a year", "Spart jährlich {percent}", []),
    ("Saves {percent} a year", "Spart jährlich {Prozent}",
     ["placeholder {percent} missing", "placeholder {Prozent} is not in the English"]),
    ("**Data Lake:** one repo", "**Data Lake:** ein Repository", []),
    ("**Data Lake:** one repo", "**Data Lake: ein Repository", ["bold marks"]),
    ("A *very* big deal", "Eine *sehr große Sache", ["emphasis marks"]),
    ("- one\n- two *really*", "- eins\n- zwei *wirklich*", []),
    ("- one\n- two", "- eins, zwei", ["list items"]),
    ("See [the guide](https://example.org/g)", "Siehe [den Leitfaden](https://example.org/g)", []),
    ("See [the guide](https://example.org/g)", "Siehe [den Leitfaden](https://example.de/g)",
     ["links differ"]),
    ("One.\n\nTwo.", "Eins.\n\nZwei.", []),
    ("One.\n\nTwo.", "Eins. Zwei.", ["paragraphs"]),
    ("One line", "Eine\nZeile", ["a line break"]),
    ("Use `kubectl`", "Nutzen Sie kubectl", ["code marks"]),
])
def test_what_a_translation_must_keep(source, translation, expected):
    problems = structure_problems(source, translation)
    assert len(problems) == len(expected), problems
    for part in expected:
        assert any(part in p for p in problems), problems


def test_short_fields_are_titles_labels_buttons_and_option_texts():
    assert field_kind("short_label") == field_kind("blocks/0/callout/title") == "short"
    assert field_kind("grid/support_label") == field_kind("tags/2") == "short"
    assert field_kind("blocks/2/quiz/options/1/text") == "short"
    assert field_kind("blocks/2/quiz/options/1/feedback") == "text"
    assert field_kind("intro") == field_kind("blocks/0/callout/body") == "text"
    assert [budget("x" * n) for n in (5, 10, 20, 40)] == [12, 20, 36, 68]


def test_written_catalogues_are_readable_by_every_learner(folder):
    """A trainer imports; learners on the same machine read: no private (0600) files."""
    assert cli("content", "export-strings", "--locale", "de", "--content", str(folder)).returncode == 0
    modes = {p.stat().st_mode & 0o444 for p in (folder / "locales" / "de").glob("*.po")}
    assert modes == {0o444} or os.name == "nt"


def test_export_over_a_broken_catalogue_says_where_and_loses_nothing(folder):
    po = folder / "locales" / "de" / "step_1.po"
    write_po(po, [("short_label", "Data Arch.", "Datenarch.")])
    po.write_text(po.read_text("utf-8").replace('msgstr "Datenarch."', 'msgstr "Datenarch.'), "utf-8")
    before = po.read_bytes()
    result = cli("content", "export-strings", "--locale", "de", "--content", str(folder))
    assert result.returncode == 1
    assert "content/locales/de/step_1.po:8: PO syntax error" in result.stderr
    assert "nothing was written" in result.stderr
    assert po.read_bytes() == before
    assert not (folder / "locales" / "de" / "gdpr.po").exists()


#: Text a translator may type: quotes, backslashes, tabs, right-to-left marks, any script;
#: not the marks the checks count (those have their own tests).
TYPED = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="*{}[]`\n\r")
                | st.sampled_from(['"', "\\", "\t", "\u200f"]),
                min_size=1, max_size=40).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(translation=TYPED)
def test_any_typed_translation_survives_the_round_trip_unchanged(tmp_path_factory, translation):
    """Whatever characters a translator types reach the page as typed: the catalogue's
    escapes (quotes, backslashes, tabs) are written and read back exactly."""
    import polib

    tmp = tmp_path_factory.mktemp("typed")
    folder = tmp / "content"
    shutil.copytree(CONTENT, folder, ignore=shutil.ignore_patterns("locales"))
    po = polib.POFile()
    po.metadata = {"Language": "de", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="blocks/0/callout/title", msgid="The Core Problem",
                            msgstr=translation))
    po.save(str(tmp / "step_1.po"))
    found = import_catalogues(folder, "de", [tmp / "step_1.po"])
    assert not found.errors, found.errors
    assert load_course(folder, language="de").steps[0].blocks[0].callout.title == translation


def test_source_notes_take_their_words_from_the_interface_layer():
    """"Source:" and "Illustrative:" are the interface's words around content: the Qt layer
    gives them in the learner's language (desktop/i18n.py), the content layer uses them."""
    from desktop.content.sources import Source, basis_note, footnote, use_words

    paper = Source("A paper", "A publisher", 2024, "https://example.org/p")
    assert footnote((paper,)).startswith("Source: A paper.")
    try:
        use_words(source="Quelle", sources="Quellen", illustrative="Illustrativ")
        assert footnote((paper,)).startswith("Quelle: A paper.")
        assert footnote((paper, paper)).startswith("Quellen: A paper.")
        assert basis_note(None, "eine Annahme") == "Illustrativ: eine Annahme"
    finally:
        use_words(source="Source", sources="Sources", illustrative="Illustrative")
