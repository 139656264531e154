"""2,000 seeded random events across every page: no exception, no Qt warning.

pytest-qt fails the test on any exception raised in a Qt slot or virtual method,
and pyproject.toml's qt_log_level_fail fails it on any Qt warning.
"""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

from monkey import Monkey  # noqa: E402


def test_two_thousand_random_events(session):
    monkey = Monkey(session, seed=20261127)
    seen = {}
    for _ in range(2000):
        name = monkey.step()
        seen[name] = seen.get(name, 0) + 1
    assert monkey.events == 2000
    assert set(seen) == {n for n, _ in Monkey.ACTIONS}, seen
    # The app is still coherent afterwards: the state saves and the shell navigates.
    session.saver.save_now()
    session.window.go("intro")
    assert session.window.stack.currentWidget().objectName() == "page.intro"
