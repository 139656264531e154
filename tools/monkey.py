"""A seeded monkey: random clicks, key presses, slider drags and page switches on every page.

Used by tests/gui/test_monkey.py (2,000 events) and benchmarks/soak.py (20,000).
Only what a learner can reach without a menu: modal dialogs are answered by a
replaced confirm function, and no key combination that quits is ever sent.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QGraphicsView,
    QWidget,
)

PAGES = ("home", "intro", "step_1", "step_2", "step_3", "step_4", "step_5", "closing")
KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
        Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)


class Monkey:
    def __init__(self, session, seed: int = 0):
        self.session = session
        self.window = session.window
        self.rng = random.Random(seed)
        self.events = 0
        self.window.confirm = lambda *_: self.rng.random() < 0.2

    # -- targets ---------------------------------------------------------------------------
    def _visible(self, cls) -> list[QWidget]:
        root = self.window.stack.currentWidget()
        found = [w for w in root.findChildren(cls) if w.isVisibleTo(self.window) and w.isEnabled()]
        if cls is QAbstractButton:
            found += [b for b in (self.window.back_button, self.window.next_button)
                      + tuple(self.window.stepper.buttons) if b.isEnabled()]
        return found

    # -- actions -----------------------------------------------------------------------------
    def switch_page(self) -> None:
        self.window.go(self.rng.choice(PAGES))

    def click(self) -> None:
        buttons = self._visible(QAbstractButton)
        if buttons:
            button = self.rng.choice(buttons)
            self._scroll_to(button)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def drag_slider(self) -> None:
        sliders = self._visible(QAbstractSlider)
        sliders = [s for s in sliders if s.orientation() == Qt.Orientation.Horizontal
                   and s.objectName()]
        if not sliders:
            return
        slider = self.rng.choice(sliders)
        # A drag is a run of value changes, as a mouse drag produces.
        start = slider.value()
        end = self.rng.randint(slider.minimum(), slider.maximum())
        steps = self.rng.randint(2, 8)
        for i in range(1, steps + 1):
            slider.setValue(round(start + (end - start) * i / steps))
            QApplication.processEvents()

    def press_key(self) -> None:
        target = QApplication.focusWidget() or self.window.stack.currentWidget()
        modifier = Qt.KeyboardModifier.NoModifier
        QTest.keyClick(target, self.rng.choice(KEYS), modifier)

    def choose(self) -> None:
        combos = self._visible(QComboBox)
        if combos:
            combo = self.rng.choice(combos)
            if combo.count():
                combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def spin(self) -> None:
        spins = self._visible(QAbstractSpinBox)
        if spins:
            spin = self.rng.choice(spins)
            (spin.stepUp if self.rng.random() < 0.5 else spin.stepDown)()

    def tap_scene(self) -> None:
        views = self._visible(QGraphicsView)
        if views:
            view = self.rng.choice(views)
            vp = view.viewport()
            point = QPoint(self.rng.randrange(max(1, vp.width())), self.rng.randrange(max(1, vp.height())))
            QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    def _scroll_to(self, widget: QWidget) -> None:
        page = self.window.stack.currentWidget()
        if hasattr(page, "ensureWidgetVisible"):
            page.ensureWidgetVisible(widget)

    ACTIONS = (("switch_page", 8), ("click", 34), ("drag_slider", 22), ("press_key", 20),
               ("choose", 5), ("spin", 5), ("tap_scene", 6))

    def step(self) -> str:
        names, weights = zip(*self.ACTIONS)
        name = self.rng.choices(names, weights)[0]
        getattr(self, name)()
        QApplication.processEvents()
        self.events += 1
        return name

    def run(self, count: int) -> None:
        for _ in range(count):
            self.step()
