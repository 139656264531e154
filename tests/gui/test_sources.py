"""Where the course's figures come from, as a trainee sees it: footnotes and tooltips."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def labels(page, name):
    return [w for w in page.findChildren(QLabel, name)]


def test_intro_tiles_name_their_source_or_say_they_are_illustrative(session):
    intro = session.window.page("intro")
    assert intro.tiles[0].toolTip().startswith("Source: Why do 87% of data science projects")
    assert "venturebeat.com" in intro.tiles[0].toolTip()
    assert all(t.toolTip().startswith("Illustrative:") for t in intro.tiles[1:])
    notes = intro.findChild(QLabel, "intro.sources").text()
    assert notes.splitlines()[0].startswith("1. 87%: Source:")
    assert [line.split(":")[0] for line in notes.splitlines()] == ["1. 87%", "2. $2M", "3. 3.5×",
                                                                   "4. 6 mo."]


def test_the_closing_figures_say_they_are_illustrative(session):
    session.window.go("closing")
    closing = session.window.page("closing")
    notes = closing.findChild(QLabel, "closing.sources").text()
    assert notes.count("Illustrative:") == 3


def test_the_fines_and_the_override_research_carry_their_sources(session):
    session.window.go("step_2")
    step2 = [w.text() for w in labels(session.window.page("step_2"), "callout.sources")]
    assert any("cnpd.public.lu" in t and "edpb.europa.eu" in t for t in step2)
    session.window.go("step_5")
    step5 = [w.text() for w in labels(session.window.page("step_5"), "callout.sources")]
    assert any("doi.org/10.1037/xge0000033" in t for t in step5)
    texts = [w.text() for w in session.window.page("step_5").findChildren(QLabel)]
    assert not any("72%" in t for t in texts)
