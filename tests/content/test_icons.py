"""The icon set (resources/icons) and the app icon files (resources/app).

Every pictograph in the app is one of these SVGs (kiosks and laptops lack emoji
fonts), recoloured at run time by replacing the placeholder colour, so each file
must exist, hold only that colour and only what Qt's SVG Tiny renderer draws.
"""
import os

# Before PySide6 is imported anywhere: render without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import configparser
import importlib.util
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICON_DIR = ROOT / "resources" / "icons"
APP_DIR = ROOT / "resources" / "app"
PLACEHOLDER = "#000000"
SVG_NS = "{http://www.w3.org/2000/svg}"

NAMES = (
    "alert", "architecture", "book", "chart", "check", "cross", "coins", "database",
    "gavel", "home", "info", "lightbulb", "network", "people", "question", "scale",
    "shield", "star", "trophy", "warning", "server", "sensor", "logs", "globe",
    "pipeline", "lake", "warehouse", "feature", "training", "serving", "monitoring",
    "arrow_left", "arrow_right", "chevron_down", "chevron_up", "skeptic", "champion",
    "neutral", "user", "lock", "unlock", "touch", "download", "trash", "settings",
    "refresh", "grid", "cards", "pass", "fail", "caution", "circle", "check_circle",
    "clock", "target", "flag", "rocket", "document", "calendar", "play", "not_applicable",
    "check_bold", "dot",  # the theme's check box mark and radio dot
)
# Shapes Qt's SVG Tiny 1.2 renderer draws; anything else (style, mask, filter,
# clipPath, text, use, image, …) is dropped or drawn differently.
ALLOWED_ELEMENTS = {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect"}
FORBIDDEN_ATTRIBUTES = {"style", "class", "mask", "filter", "clip-path", "font-family"}
COLOUR_ATTRIBUTES = {"fill", "stroke", "color", "stop-color", "flood-color"}


def svg_problems(text: str) -> list[str]:
    """What keeps an icon's SVG text from being a recolourable Qt-drawable line icon."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        return [f"not XML: {exc}"]
    problems = []
    if root.tag != f"{SVG_NS}svg":
        problems.append(f"root is {root.tag}, not an svg element in the SVG namespace")
    if root.get("viewBox") != "0 0 24 24":
        problems.append(f"viewBox is {root.get('viewBox')!r}, not '0 0 24 24'")
    if root.get("stroke-width") != "2":
        problems.append("root stroke-width is not 2")
    for element in root.iter():
        name = element.tag.removeprefix(SVG_NS)
        if name not in ALLOWED_ELEMENTS:
            problems.append(f"element <{name}>")
        for attribute, value in element.attrib.items():
            if attribute in FORBIDDEN_ATTRIBUTES:
                problems.append(f"attribute {attribute} on <{name}>")
            if attribute in COLOUR_ATTRIBUTES and value not in ("none", PLACEHOLDER):
                problems.append(f"{attribute}={value!r} on <{name}>")
            if attribute == "stroke-width" and element is not root:
                problems.append(f"<{name}> overrides the stroke width")
    if "currentcolor" in text.lower():
        problems.append("currentColor")
    others = sorted({c for c in re.findall(r"#[0-9A-Fa-f]{3,8}\b", text) if c != PLACEHOLDER})
    if others:
        problems.append(f"colours other than {PLACEHOLDER}: {', '.join(others)}")
    if PLACEHOLDER not in text:
        problems.append(f"no {PLACEHOLDER}: nothing would take the theme colour")
    return problems


def icon_text(name: str) -> str:
    return (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")


# --- files and static checks (no Qt needed) -------------------------------------

def test_every_listed_icon_exists():
    assert [n for n in NAMES if not (ICON_DIR / f"{n}.svg").is_file()] == []


def test_folder_holds_only_listed_icons():
    assert sorted(p.stem for p in ICON_DIR.glob("*.svg")) == sorted(NAMES)


def test_every_icon_the_course_content_may_name_exists():
    from desktop.content.course import ICON_NAMES
    assert [n for n in ICON_NAMES if not (ICON_DIR / f"{n}.svg").is_file()] == []


@pytest.mark.parametrize("name", NAMES)
def test_icon_is_a_clean_recolourable_svg(name):
    text = icon_text(name)
    assert svg_problems(text) == []
    assert len(text.encode("utf-8")) < 1500, "keep icons small"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('stroke="#000000"', 'stroke="#333333"', "stroke='#333333' on <svg>"),
    ('stroke="#000000"', 'stroke="currentColor"', "currentColor"),
    ('<rect ', '<text x="3" y="10">A</text><rect ', "element <text>"),
    ('<rect ', '<style>rect{fill:red}</style><rect ', "element <style>"),
    ('<rect ', '<rect clip-path="url(#c)" ', "attribute clip-path on <rect>"),
    ('<rect ', '<rect style="stroke:#000000" ', "attribute style on <rect>"),
    ('<rect ', '<rect stroke-width="3" ', "<rect> overrides the stroke width"),
    ('viewBox="0 0 24 24"', 'viewBox="0 0 32 32"', "viewBox is '0 0 32 32', not '0 0 24 24'"),
    ('</svg>', '', "not XML"),
])
def test_a_broken_icon_is_reported(old, new, expected):
    text = icon_text("calendar")
    assert old in text
    problems = svg_problems(text.replace(old, new, 1))
    assert any(p.startswith(expected) for p in problems), problems


# --- app icon and desktop entry (no Qt needed) -------------------------------------

def test_app_png_is_256_square():
    data = (APP_DIR / "app-icon.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)


def test_app_ico_holds_16_32_48_and_256():
    data = (APP_DIR / "app-icon.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, _, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        assert offset + length <= len(data)
        payload = data[offset:offset + length]
        if payload.startswith(b"\x89PNG"):
            assert struct.unpack(">II", payload[16:24]) == (w or 256, h or 256)
        else:  # BMP entry: header width, doubled height (image + mask), 32 bpp
            assert struct.unpack("<iiHH", payload[4:16]) == (w, 2 * h, 1, 32)
        sizes.append(w or 256)
    assert sorted(sizes) == [16, 32, 48, 256]


def test_app_icns_holds_the_mac_sizes():
    data = (APP_DIR / "app-icon.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        payload = data[pos + 8:pos + length]
        assert payload.startswith(b"\x89PNG")
        found[kind] = struct.unpack(">II", payload[16:24])[0]
        pos += length
    assert pos == len(data)
    assert {found[k] for k in (b"icp4", b"icp5", b"ic07", b"ic08", b"ic09", b"ic10")} == {
        16, 32, 128, 256, 512, 1024}


def test_desktop_entry():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(APP_DIR / "enterprise-ml-integration.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Enterprise ML Integration"
    assert entry["Exec"] == "enterprise-ml-integration"
    assert entry["Icon"] == "enterprise-ml-integration"
    assert entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].rstrip(";").split(";")
    assert entry["Categories"].endswith(";")


# --- rendering with Qt ----------------------------------------------------------

@pytest.fixture
def qt(request):
    """PySide6's SVG and GUI modules with a QGuiApplication (skipped where Qt is absent)."""
    qtsvg = pytest.importorskip("PySide6.QtSvg")
    from PySide6 import QtCore, QtGui
    request.getfixturevalue("qapp")
    return qtsvg, QtCore, QtGui


def render(qt, text: str, canvas: int = 48, box: tuple[int, int, int, int] = (0, 0, 48, 48)):
    """The SVG text drawn into `box` of a transparent canvas×canvas image."""
    qtsvg, qtcore, qtgui = qt
    renderer = qtsvg.QSvgRenderer(qtcore.QByteArray(text.encode("utf-8")))
    assert renderer.isValid()
    image = qtgui.QImage(canvas, canvas, qtgui.QImage.Format.Format_ARGB32)
    image.fill(qtcore.Qt.GlobalColor.transparent)
    painter = qtgui.QPainter(image)
    painter.setRenderHint(qtgui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, qtcore.QRectF(*box))
    painter.end()
    return image


def painted(image, region=None):
    """(x, y, colour) of every pixel with some coverage, optionally outside a region."""
    out = []
    for y in range(image.height()):
        for x in range(image.width()):
            if region and region[0] <= x < region[2] and region[1] <= y < region[3]:
                continue
            colour = image.pixelColor(x, y)
            if colour.alpha() > 0:
                out.append((x, y, colour))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_icon_renders_in_the_theme_colour_only(qt, request, name):
    qtlog = request.getfixturevalue("qtlog")  # pytest-qt's record of Qt warnings
    image = render(qt, icon_text(name).replace(PLACEHOLDER, "#ff0000"))
    pixels = painted(image)
    # Enough ink to see at 48 px (a bare chevron covers about 80 px).
    assert len(pixels) > 60
    # Recolouring reached every part: no pixel keeps another hue.
    assert [(x, y) for x, y, c in pixels if c.green() or c.blue()] == []
    assert [r.message for r in qtlog.records] == []


@pytest.mark.parametrize("name", NAMES)
def test_icon_stays_inside_its_box(qt, name):
    # Drawn at 24 px in the middle of a 72 px canvas, nothing may spill outside
    # (Qt does not clip to the viewBox, so a spill would show in the UI as well).
    image = render(qt, icon_text(name), canvas=72, box=(24, 24, 24, 24))
    assert painted(image, region=(24, 24, 48, 48)) == []


def test_spill_check_catches_an_icon_drawn_outside_its_box(qt):
    text = icon_text("cross").replace("M6 6 L18 18", "M-2 6 L18 18")
    image = render(qt, text, canvas=72, box=(24, 24, 24, 24))
    assert painted(image, region=(24, 24, 48, 48)) != []


def test_no_two_icons_look_the_same(qt):
    seen = {}
    for name in NAMES:
        image = render(qt, icon_text(name), canvas=24, box=(0, 0, 24, 24))
        key = bytes(image.constBits())
        assert key not in seen, f"{name} renders exactly like {seen.get(key)}"
        seen[key] = name


@pytest.mark.parametrize(("solid", "outline"), [
    ("pass", "check_circle"), ("fail", "circle"), ("caution", "warning")])
def test_status_badges_are_solid_so_they_differ_from_outline_icons(qt, solid, outline):
    # Status is never carried by colour alone: the badges must differ in shape and weight.
    def ink(name):
        return sum(c.alphaF() for _, _, c in painted(render(qt, icon_text(name))))
    assert ink(solid) > 1.3 * ink(outline)


def test_app_icon_png_matches_the_svg(qt):
    # Catches an edited app-icon.svg whose raster files were not regenerated.
    spec = importlib.util.spec_from_file_location("make_app_icons", ROOT / "tools" / "make_app_icons.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    qtsvg, _, qtgui = qt
    fresh = tool.render(qtsvg.QSvgRenderer(str(APP_DIR / "app-icon.svg")), 256)
    saved = qtgui.QImage(str(APP_DIR / "app-icon.png")).convertToFormat(qtgui.QImage.Format.Format_ARGB32)
    assert (saved.width(), saved.height()) == (256, 256)
    diff = sum(abs(a - b) for a, b in zip(bytes(fresh.constBits()), bytes(saved.constBits())))
    assert diff / (256 * 256 * 4) < 1.0
    # Full colour, opaque in the middle, transparent in the rounded-off corner.
    assert saved.pixelColor(128, 220).alpha() == 255
    assert saved.pixelColor(1, 1).alpha() == 0
