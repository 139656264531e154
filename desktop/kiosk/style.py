"""The kiosk's stylesheet: size rules laid over the theme's, plus the kiosk's own texts.

Colours stay the theme's tokens; this adds touch sizes and the large type of the
attract screen and overlays. It is set on the kiosk window, so the theme's
application stylesheet still supplies everything not named here.
"""

from __future__ import annotations

import math
from string import Template

from ..theme import Theme

_QSS = """
QPushButton { min-height: ${button}px; }
QPushButton[link="true"] { min-height: ${link}px; }
QSlider::groove:horizontal { height: 8px; border-radius: 4px; }
QSlider::handle:horizontal { width: ${handle}px; height: ${handle}px; margin: -${handle_margin}px 0;
    border-radius: ${handle_radius}px; }
QCheckBox::indicator, QRadioButton::indicator { width: 26px; height: 26px; }
QComboBox QAbstractItemView::item { min-height: ${target}px; }
QTabBar::tab { min-height: ${button}px; min-width: ${target}px; }
QScrollBar:vertical { width: 16px; }
QLabel[kiosk="display"] { font-size: ${fs_display}; font-weight: 700; color: $text; }
QLabel[kiosk="subtitle"] { font-size: ${fs_subtitle}; color: $text_muted; }
QLabel[kiosk="invite"] { font-size: ${fs_invite}; font-weight: 700; color: $on_primary; }
QLabel[kiosk="title"] { font-size: ${fs_title}; font-weight: 700; }
QLabel[kiosk="countdown"] { font-size: ${fs_countdown}; font-weight: 700; color: $primary; }
QLabel[kiosk="figure"] { font-size: ${fs_title}; font-weight: 700; color: $primary; }
QFrame[kiosk="invite"] { background: $primary; border-radius: ${invite_radius}px; }
QFrame[kiosk="card"] { background: $surface; border: 1px solid $border; border-radius: 16px; }
QPushButton[kiosk="big"] { font-size: ${fs_big}; font-weight: 700; min-height: ${big}px;
    padding: 10px 36px; border-radius: 12px; }
QPushButton[kiosk="key"] { font-size: ${fs_big}; font-weight: 700; min-height: ${key}px;
    min-width: ${key}px; padding: 4px; border-radius: 12px; }
QPushButton[accent="true"]:disabled { background: $surface_alt; color: $text_muted;
    border: 1px solid $border; }
QScrollArea[kiosk="plain"], QScrollArea[kiosk="plain"] > QWidget > QWidget { background: transparent; }
QLabel[kiosk="body"] { font-size: ${fs_body}; }
QPushButton[kiosk="danger"] { color: $danger; border: 2px solid $danger; font-weight: 700; }
QLineEdit[kiosk="pin"] { font-size: ${fs_title}; min-height: ${target}px; padding: 4px 12px;
    border-radius: 10px; }
QProgressBar[kiosk="countdown"] { height: 14px; min-height: 14px; max-height: 14px; }
"""


#: The screen height the course is laid out for (issue 19: 1366×768 first).
DESIGN_HEIGHT = 768


def kiosk_scale(screen_height: int) -> float:
    """The text scale for a kiosk screen ``screen_height`` px high.

    A kiosk is read standing, from further away than a laptop; at 100 % its body text
    was 13 px on a 1920×1080 screen. Growing text with the screen keeps the layout
    made for 768 px (so 1080 px gives about 140 %, body text about 19 px); smaller
    screens stay at 100 %, and 200 % is the most a layout is made for.
    """
    factor = screen_height / DESIGN_HEIGHT
    return min(2.0, max(1.0, math.floor(factor * 20) / 20))  # down: 800 px stays at 100 %


def stylesheet(theme: Theme, target_px: int) -> str:
    """The kiosk window's stylesheet for ``theme`` with touch targets of ``target_px``."""
    handle = max(28, target_px - 12)
    values = dict(theme.tokens)
    values.update(
        target=target_px, button=target_px - 16, link=target_px - 8, handle=handle,
        handle_margin=(handle - 8) // 2 + 1, handle_radius=handle // 2 + 1,
        big=max(56, target_px + 12) - 20, key=max(64, target_px + 20) - 8,
        invite_radius=int(36 * theme.scale),
        fs_display=f"{theme.pt(3.6)}pt", fs_subtitle=f"{theme.pt(1.8)}pt",
        fs_invite=f"{theme.pt(2.2)}pt", fs_title=f"{theme.pt(2.0)}pt",
        fs_countdown=f"{theme.pt(2.4)}pt", fs_big=f"{theme.pt(1.5)}pt", fs_body=f"{theme.pt(1.25)}pt",
    )
    return Template(_QSS).substitute(values)
