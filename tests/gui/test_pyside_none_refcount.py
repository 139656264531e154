"""Regression guard for the PySide6 6.12.0 hazard (DESIGN.md, "Known hazard").

6.12.0 on CPython 3.11 drops one reference to None on every wrapped void call;
after ~5,000 calls the interpreter aborts. An upgrade that brings it back fails here.
"""

import sys


def test_void_qt_calls_do_not_drain_none(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    # From Python 3.12 None is immortal and the count never moves; the laptops' bundle
    # carries 3.11, where the bug shows.
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("x")
        qapp.processEvents()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references over 20,000 void calls"
