"""The whole course by keyboard alone, with real X key events, read through AT-SPI.

After every key the test reads the focused object from the accessibility bus (what a
screen reader would speak). It Tabs through each page, opens each "Show values"
table, answers each quiz with Enter, presses "Mark step N complete" with Enter once
every control of the page has had focus, and must reach the summary page, whose
controls it Tabs through as well.
"""

from __future__ import annotations

import re

import pytest

from .audit import interactive, reached
from .course_walk import page_nodes

pytestmark = [pytest.mark.atspi, pytest.mark.slow]

PAGE = re.compile(r"\.shell\.pages\.page\.(\w+)")
MAX_SAME = 3


def page_of(node: dict | None) -> str:
    m = PAGE.search(node["id"]) if node else None
    return m.group(1) if m else ""


def own_name(node: dict) -> str:
    return node["id"].rsplit(".shell.pages.", 1)[-1]


class Walk:
    """What the keyboard has reached so far, page by page."""

    def __init__(self, desktop):
        self.desktop = desktop
        self.controls: dict[str, list[dict]] = {}
        self.reached: dict[str, set[str]] = {}
        self.log: list[str] = []
        self.same, self.last = 0, None

    def arrive(self, page: str) -> None:
        if page and page not in self.controls:
            self.controls[page] = interactive(page_nodes(self.desktop.tree()))
            self.reached[page] = set()

    def key(self, *keys: str) -> dict | None:
        node = self.desktop.key(*keys)
        where = f"{node['role']} {node['name'][:40]!r}" if node else "nothing"
        self.log.append(f"{'+'.join(keys)} -> {where}")
        if keys == ("Tab",):
            ident = (node or {}).get("path"), (node or {}).get("id")
            self.same = self.same + 1 if ident == self.last else 0
            self.last = ident
            assert self.same < MAX_SAME, "focus stuck on one object:\n" + "\n".join(self.log[-12:])
        page = page_of(node)
        self.arrive(page)
        if page and node:
            self.reached[page].add(node["path"])
        return node

    def missed(self, page: str) -> list[str]:
        nodes = self.controls.get(page, [])
        # A disabled control is no Tab stop (a locked quiz answer stays one, and is reached).
        return [f"{n['role']} {n['name'][:40]!r}" for n in nodes
                if "enabled" in n["states"] and not reached(n, nodes, self.reached[page])]


def test_the_whole_course_by_keyboard(desktop, tmp_path):
    walk = Walk(desktop)
    (tmp_path / "keys.log").unlink(missing_ok=True)
    desktop.focus_window()
    opened_tables: set[str] = set()
    answered: set[str] = set()
    for _ in range(1500):
        node = walk.key("Tab")
        page = page_of(node)
        if page == "closing":
            # The summary's own controls (the certificate, back home) are Tab stops too;
            # nothing on it is pressed, the walk ends once each has had focus.
            if not walk.missed(page):
                break
            continue
        if node is None:
            continue
        name = own_name(node)
        enabled = "enabled" in node["states"]
        if name.endswith(".show_values") and name not in opened_tables:
            opened_tables.add(name)
            walk.key("space")  # the table opens below; Tab must go in and out again
        elif re.search(r"quiz\.\w+\.option_a$", name) and enabled and name not in answered:
            answered.add(name)
            walk.key("Return")
        elif name.endswith(".intro.start") or (name.endswith(".complete") and enabled
                                       and not walk.missed(page)):
            after = walk.key("Return")
            assert after is not None and after["role"] == "heading", (
                "on the new page focus is on its title: " + "\n".join(walk.log[-5:]))
    else:
        (tmp_path / "keys.log").write_text("\n".join(walk.log))
        pytest.fail(f"(all keys: {tmp_path / 'keys.log'}) ""the course was not completed by keyboard:\n" + "\n".join(walk.log[-30:])
                    + f"\nnever reached: { {p: walk.missed(p) for p in walk.controls} }")
    missed = {p: walk.missed(p) for p in walk.controls if walk.missed(p)}
    assert not missed, f"controls never reached by the keyboard: {missed}"
    assert len(answered) == 5 and {"step_1", "step_2", "step_3", "step_4", "step_5"} <= set(
        walk.controls)


def test_every_check_box_of_the_use_case_form_is_a_tab_stop(desktop):
    from .course_walk import open_page

    open_page(desktop, "stepper.step_2")
    desktop.press("gdpr.mode.custom")
    nodes = page_nodes(desktop.tree())
    boxes = [n for n in nodes if n["role"] == "check box" and ".gdpr." in n["id"]]
    assert len(boxes) >= 10
    desktop.focus_window()
    desktop.focus("gdpr.mode.custom")  # the mode switch, just above the form
    seen = set()
    for _ in range(len(interactive(nodes)) + 10):
        node = desktop.key("Tab")
        if node is not None:
            seen.add(node["path"])
    missed = [n["name"][:50] for n in boxes if n["path"] not in seen]
    assert not missed, f"{len(missed)} check boxes never reached by Tab: {missed}"
