"""Render resources/app/app-icon.svg into the raster icons the bundles need.

Writes app-icon.png (256 px, Linux and the window icon), app-icon.ico (16, 32, 48
and 256 px, Windows) and app-icon.icns (macOS) next to the SVG. Run it again after
editing the SVG:

    QT_QPA_PLATFORM=offscreen python tools/make_app_icons.py
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

# Before any Qt import: render without a display (CI, build machines).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_DIR = Path(__file__).resolve().parents[1] / "resources" / "app"
PNG_SIZE = 256
ICO_SIZES = (16, 32, 48, 256)
# ICNS element types holding PNG data, and their pixel sizes (the @2x ones share sizes).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of size×size pixels (straight ARGB32)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("could not encode PNG")
    return bytes(buffer.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BMP icon entry: header, bottom-up BGRA rows, an all-clear AND mask.

    Small sizes are stored as BMP rather than PNG because older Windows tools and
    resource editors only read BMP entries; 256 px is PNG, as Windows expects.
    """
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, 2 * size, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is 0xAARRGGBB per pixel, i.e. B, G, R, A in little-endian memory.
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]
    if sys.byteorder != "little":
        rows = [b"".join(row[i:i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    mask_row = bytes(((size + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: list[QImage]) -> bytes:
    """A multi-size .ico (Qt's ICO writer stores one size only)."""
    entries = [png_bytes(img) if img.width() >= 256 else dib_bytes(img) for img in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for img, data in zip(images, entries):
        side = img.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(entries)


def icns_bytes(renderer: QSvgRenderer) -> bytes:
    """An .icns with every size Finder and the Dock ask for.

    Qt's own ICNS writer stores a single element, which macOS then scales for
    every size; a full set keeps the small sizes sharp.
    """
    cache: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        if size not in cache:
            cache[size] = png_bytes(render(renderer, size))
        body += kind + struct.pack(">I", 8 + len(cache[size])) + cache[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    # QPainter on QImage needs a QGuiApplication (fonts, platform); keep it referenced.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = APP_DIR / "app-icon.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"{svg}: not a valid SVG", file=sys.stderr)
        return 1

    if not render(renderer, PNG_SIZE).save(str(APP_DIR / "app-icon.png"), "PNG"):
        print("could not write app-icon.png", file=sys.stderr)
        return 1
    (APP_DIR / "app-icon.ico").write_bytes(ico_bytes([render(renderer, s) for s in ICO_SIZES]))

    (APP_DIR / "app-icon.icns").write_bytes(icns_bytes(renderer))

    for path in sorted(APP_DIR.glob("app-icon.*")):
        print(f"{path.relative_to(APP_DIR.parents[1])}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
