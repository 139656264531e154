"""Every text/background token pair is readable: WCAG 2.1 AA in light and dark, 7:1 in high contrast."""

import pytest

from desktop import theme


def ratio(fg: str, bg: str) -> float:
    """WCAG relative-luminance contrast, computed here independently of theme.py."""
    def lum(h: str) -> float:
        rgb = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_ratio_formula_matches_known_values():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name, minimum", [("light", 4.5), ("dark", 4.5), ("high_contrast", 7.0)])
def test_text_pairs_meet_their_ratio(name, minimum):
    tokens = theme.PALETTES[name]
    low = {f"{fg} on {bg}": round(ratio(tokens[fg], tokens[bg]), 2)
           for fg, bg in theme.TEXT_PAIRS if ratio(tokens[fg], tokens[bg]) < minimum}
    assert not low, f"{name}: below {minimum}:1: {low}"


@pytest.mark.parametrize("name", list(theme.PALETTES))
def test_focus_indicator_stands_out_from_every_background(name):
    tokens = theme.PALETTES[name]
    for bg in ("window", "surface", "surface_alt"):
        assert ratio(tokens["focus"], tokens[bg]) >= 3.0, (name, bg)


@pytest.mark.parametrize("name", list(theme.PALETTES))
def test_palettes_define_the_same_tokens(name):
    assert set(theme.PALETTES[name]) == set(theme.PALETTES["light"])


# -- issue 19 item 13: disabled controls look disabled, in high contrast too ----------------

@pytest.mark.parametrize("name", list(theme.PALETTES))
def test_disabled_text_is_legible_but_unlike_enabled_text(name):
    tokens = theme.PALETTES[name]
    # WCAG exempts disabled controls; we still keep their words readable (4.5:1)...
    assert ratio(tokens["disabled"], tokens["surface_alt"]) >= 4.5, name
    # ...and, where every enabled text is near white, far enough from it to read as off.
    if name == "high_contrast":
        assert ratio(tokens["text"], tokens["disabled"]) >= 3.0
        assert ratio(tokens["primary"], tokens["disabled"]) >= 2.5


def _button_colours(qapp, name: str, accent: bool, enabled: bool) -> set[str]:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Next")
    button.setProperty("accent", "true" if accent else "false")
    button.setStyleSheet(theme.Theme(name).stylesheet())
    button.setEnabled(enabled)
    button.resize(140, 44)
    image = button.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


@pytest.mark.parametrize("accent", [False, True])
def test_high_contrast_disabled_buttons_do_not_look_clickable(qapp, accent):
    tokens = theme.PALETTES["high_contrast"]
    enabled = _button_colours(qapp, "high_contrast", accent, True)
    disabled = _button_colours(qapp, "high_contrast", accent, False)
    live = tokens["primary"] if accent else tokens["text"]
    assert live in enabled
    assert live not in disabled and tokens["text"] not in disabled, "no enabled colour on a disabled button"
    assert tokens["disabled"] in disabled
