"""Visiting every page of the course through the accessibility bus (shared by the tests)."""

from __future__ import annotations

from .audit import PageCount, count, interactive
from .harness import Desktop

#: (page, how to open it from anywhere: the accessible id(s) of the control(s) to press)
PAGES = (("intro", ("header.home", "nav.next")), ("home", "header.home"), ("step_1", "stepper.step_1"),
         ("step_2", "stepper.step_2"), ("step_3", "stepper.step_3"),
         ("step_4", "stepper.step_4"), ("step_5", "stepper.step_5"))


def open_page(desk: Desktop, via: str | tuple[str, ...] | None) -> list[dict]:
    for name in (via,) if isinstance(via, str) else via or ():
        desk.press(name)
    desk.ask("pump", seconds=0.8)
    return desk.tree()


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
