"""Screenshots of the drawn diagrams against committed PNG baselines (with a tolerance).

Each scene is rendered offscreen at a fixed width with the bundled font, so the
picture depends only on the drawing code, the content and the theme. After a
deliberate change, look at the new pictures and re-approve them with

    UPDATE_BASELINES=1 .venv/bin/python -m pytest tests/gui/test_diagram_screenshots.py

On a mismatch the new picture and a difference image are written next to the
test's temporary files, and their paths are in the failure message.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsView

from desktop import theme

BASELINES = Path(__file__).resolve().parent / "baselines"
WIDTH = 900
#: A pixel differs when one of its channels moves by more than this (anti-aliasing noise stays below).
CHANNEL_TOLERANCE = 48
#: At most this share of pixels may differ.
MAX_DIFFERING = 0.003


def render(view: QGraphicsView, width: int = WIDTH) -> QImage:
    """The view's whole scene at ``width`` pixels on the theme's surface colour."""
    rect = view.sceneRect()
    height = round(rect.height() * width / rect.width())
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(1.0)
    image.fill(theme.current().color("surface"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, QRectF(0, 0, width, height), rect,
                        Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


def difference(a: QImage, b: QImage) -> tuple[float, QImage]:
    """Share of differing pixels, and an image that marks them."""
    import numpy as np

    def pixels(img: QImage):
        img = img.convertToFormat(QImage.Format.Format_RGB32)
        buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
        return buf.reshape(img.height(), img.bytesPerLine())[:, : img.width() * 4].reshape(
            img.height(), img.width(), 4)[:, :, :3].astype(np.int16)

    pa, pb = pixels(a), pixels(b)
    differs = np.abs(pa - pb).max(axis=2) > CHANNEL_TOLERANCE
    faded = (pb // 3 + 170).astype(np.uint8)
    marked = np.dstack([faded, np.full(differs.shape, 255, np.uint8)])
    marked[differs] = (255, 0, 255, 255)  # magenta (B, G, R, A in memory)
    marked = np.ascontiguousarray(marked)
    h, w = differs.shape
    image = QImage(marked.data, w, h, 4 * w, QImage.Format.Format_RGB32).copy()
    return float(differs.mean()), image


def check(image: QImage, name: str, tmp_path: Path) -> None:
    path = BASELINES / f"{name}.png"
    if os.environ.get("UPDATE_BASELINES") == "1":
        BASELINES.mkdir(parents=True, exist_ok=True)
        assert image.save(str(path)), path
        return
    assert path.exists(), f"no baseline {path}; look at the picture, then run with UPDATE_BASELINES=1"
    baseline = QImage(str(path))
    actual = tmp_path / f"{name}.actual.png"
    image.save(str(actual))
    assert (baseline.width(), baseline.height()) == (image.width(), image.height()), (
        f"{name}: size {image.width()}x{image.height()} differs from the baseline's "
        f"{baseline.width()}x{baseline.height()}; new picture: {actual}")
    share, marked = difference(baseline, image)
    diff_path = tmp_path / f"{name}.diff.png"
    marked.save(str(diff_path))
    assert share <= MAX_DIFFERING, (f"{name}: {share:.2%} of pixels differ from {path}; "
                                    f"new picture: {actual}; differences marked: {diff_path}")


@pytest.fixture(params=["light", "dark"])
def themed(request, make_session, qapp):
    session = make_session("--theme", request.param)
    yield session, request.param
    theme.apply(qapp, theme.Theme("light"))


def test_diagram_with_erp_selected(themed, tmp_path):
    session, name = themed
    session.window.go("step_1")
    session.state.explore_node("crm")
    session.state.explore_node("erp")
    session.state.diagram.selected = "erp"
    session.window.page("step_1").parts["diagram"].refresh.flush()
    view = session.window.findChild(QGraphicsView, "diagram.view")
    check(render(view), f"diagram-erp-{name}", tmp_path)


@pytest.mark.parametrize("structure", ["centralized", "embedded", "hub_and_spoke"])
def test_org_chart(themed, structure, tmp_path):
    session, name = themed
    session.window.go("step_4")
    session.state.team.structure = structure
    session.app.processEvents()
    chart = session.window.findChild(QGraphicsView, "team.chart")
    assert chart.chart_id == structure
    check(render(chart), f"org-{structure}-{name}", tmp_path)


def test_the_comparison_sees_a_changed_selection(make_session):
    """The tolerance must not hide a real change: another selection is a different picture."""
    session = make_session()
    session.window.go("step_1")
    view = session.window.findChild(QGraphicsView, "diagram.view")
    redraw = session.window.page("step_1").parts["diagram"].refresh.flush
    session.state.diagram.selected = "erp"
    redraw()
    erp = render(view)
    session.state.diagram.selected = "crm"
    redraw()
    crm = render(view)
    share, _ = difference(erp, crm)
    assert share > MAX_DIFFERING * 3
    session.state.diagram.selected = "erp"
    redraw()
    again, _ = difference(erp, render(view))
    assert again == 0.0, "rendering is deterministic"
