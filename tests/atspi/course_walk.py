"""Visiting every page of the course through the accessibility bus (shared by the tests)."""

from __future__ import annotations

import re
import time

from .audit import PageCount, count, interactive
from .harness import Desktop

#: (page, how to open it from anywhere: the accessible id(s) of the control(s) to press)
PAGES = (("intro", ("header.home", "nav.next")), ("home", "header.home"), ("step_1", "stepper.step_1"),
         ("step_2", "stepper.step_2"), ("step_3", "stepper.step_3"),
         ("step_4", "stepper.step_4"), ("step_5", "stepper.step_5"))


def shown_page(nodes: list[dict]) -> str:
    """The id of the page the window shows ("step_3"), read from the tree."""
    for n in nodes:
        m = re.search(r"\.shell\.pages\.page\.(\w+)$", n["id"])
        if m and "showing" in n["states"]:
            return m.group(1)
    return ""


def open_page(desk: Desktop, via: str | tuple[str, ...] | None, timeout: float = 20) -> list[dict]:
    """Press ``via`` (one id or several in turn) and wait until the page it opens shows:
    a loaded CI machine may take seconds to build a page the first time."""
    names = (via,) if isinstance(via, str) else tuple(via or ())
    last = names[-1] if names else ""
    expected = {"header.home": "home"}.get(last) or (last.split(".", 1)[1]
                                                     if last.startswith("stepper.") else "")
    before = shown_page(desk.tree()) if names else ""
    for name in names:
        desk.press(name)
    end = time.monotonic() + timeout
    while True:
        desk.ask("pump", seconds=0.3)
        nodes = desk.tree()
        page = shown_page(nodes)
        done = page == expected if expected else page != before or not names
        if done or time.monotonic() > end:
            return nodes


def tab_through(desk: Desktop, budget: int) -> list[dict]:
    """Press Tab ``budget`` times; the focused object after each press."""
    seen = []
    for _ in range(budget):
        node = desk.key("Tab")
        if node is not None:
            seen.append(node)
    return seen


def page_nodes(nodes: list[dict]) -> list[dict]:
    """Only the open page's part of the window (the stack's showing page)."""
    return [n for n in nodes if ".shell.pages." in n["id"] or n["id"].endswith(".shell.pages")]


def measure_page(desk: Desktop, page: str, nodes: list[dict], tabs: bool = True) -> PageCount:
    mine = page_nodes(nodes)
    reached = None
    if tabs:
        desk.focus_window()
        budget = 2 * len(interactive(nodes)) + 10
        reached = {n["path"] for n in tab_through(desk, budget)}
    return count(page, mine, reached)
