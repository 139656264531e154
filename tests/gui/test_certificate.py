"""The certificate as printed: rendered to pixels with poppler's pdftoppm and measured.

What a learner sees on paper: a large title, their name on one line however long
(the type shrinks; 李小龍 is never split), A4 or Letter, the issuer and the code.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from desktop.certificate import Issuer, page_size_for, render_certificate
from desktop.model.learning_record import CourseRecord, QuestionResult, StepResult

DPI = 72  # one pixel per point
LONG_NAME = "Maximiliane Friederike von Hohenzollern-Sigmaringen 李小龍"

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="pdftoppm (Debian poppler-utils) renders the PDF")


def record(name: str, email: str = "") -> CourseRecord:
    return CourseRecord(
        "Framework 4: Enterprise ML Integration", "https://courses.example.com/mlops/framework-4",
        "2026.11.1", "0" * 32, name, email, "00000000-0000-4000-8000-000000000000",
        tuple(StepResult(n, f"Step {n}", True, "2026-11-12T09:30:00+01:00") for n in range(1, 6)),
        tuple(QuestionResult(f"q{n}", n, f"Question {n}?", "b" if n != 3 else "a", "", "b", "")
              for n in range(1, 6)),
        90, 80, "2026-11-12T09:30:00+01:00")


def rendered(tmp_path, name: str, size: str = "A4") -> QImage:
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(render_certificate(record(name), "ABCD-EFGH-JKLM-NPQR", "12 November 2026",
                                       Issuer("Issued by Example Training Ltd", "Trainer"), size))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull()
    return image


def ink_rows(image: QImage, left: int, right: int) -> list[bool]:
    """Per row: does the text area (between the frames) hold a dark pixel?"""
    return [any(image.pixelColor(x, y).lightness() < 128 for x in range(left, right, 1))
            for y in range(image.height())]


def bands(image: QImage) -> list[tuple[int, int, int, int]]:
    """The page's lines of ink inside the frame, top to bottom: (top, height, left, right)."""
    margin = 60  # inside the double frame (18 mm * 0.55 + rule gap < 40 pt)
    rows = ink_rows(image, margin, image.width() - margin)
    out, start = [], None
    for y, inked in enumerate(rows[margin:image.height() - margin], margin):
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            xs = [x for x in range(margin, image.width() - margin)
                  for yy in range(start, y) if image.pixelColor(x, yy).lightness() < 128]
            out.append((start, y - start, min(xs), max(xs)))
            start = None
    return out


@pytest.mark.parametrize("size, points", [("A4", (595, 842)), ("Letter", (612, 792))])
def test_a_large_title_and_the_page_size_chosen(qapp, tmp_path, size, points):
    image = rendered(tmp_path, "Ada Lovelace", size)
    assert (image.width(), image.height()) == points
    title = bands(image)[0]
    # The old page set its title in 10 pt capitals (7 px high at 72 dpi).
    assert title[1] >= 16, f"title only {title[1]} px high"


def shapes(lines):
    """Lines without their vertical position: (height, left, right)."""
    return [line[1:] for line in lines]


@pytest.mark.parametrize("name", ["李小龍", LONG_NAME])
def test_the_name_stands_on_one_line(qapp, tmp_path, name):
    reference = bands(rendered(tmp_path, "Ada Lovelace"))
    lines = bands(rendered(tmp_path, name))
    # title, the rule under it, "This certifies that", the name, "has completed the course"...
    name_band = lines[3]
    assert shapes(lines[:3]) == shapes(reference[:3])
    assert shapes(lines[4:]) == shapes(reference[4:]), \
        "every line after the name is the same as under a short name: no second name line"
    assert name_band[1] <= 1.5 * reference[3][1], "one line high (CJK ink is taller than Latin)"
    assert name_band[1] >= 10, "shrunk to fit, still legible"
    assert name_band[2] > 60 and name_band[3] < 595 - 60, "inside the margins"


def test_locale_picks_the_paper(qapp):
    from PySide6.QtCore import QLocale

    assert page_size_for(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "Letter"
    assert page_size_for(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "A4"
    assert page_size_for(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "A4"
