"""Judging an AT-SPI tree the way a screen-reader user meets it (pure Python, no Qt).

Used by the AT-SPI tests and, with ``python -m tests.atspi.audit``, to print the
per-page table of the accessibility report (docs/accessibility.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Roles a screen reader knows how to operate; anything else that takes focus or acts is wrong.
ALLOWED_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "slider", "spin button",
    "combo box", "entry", "text", "link", "menu item", "page tab", "list item", "table cell",
    "tree item", "table", "list", "tree", "heading", "tree table",
    "label", "static",  # read-only text a learner may Tab to (a result that changes)
})
#: Controls whose meaning needs one role: (objectName pattern, role, why).
EXPECTED_ROLES = (
    (r"^(gdpr\.mode|team\.structure|stakeholder\.view|shap\.input\.spend_trend)\.\w+$",
     "radio button", "one of an exclusive group"),
    (r"^quiz\.[\w-]+\.option_\w+$", "radio button", "one answer of a quiz"),
    (r"^stakeholder\.(?!view\.|map|cards)[\w-]+$", "push button", "a card that expands"),
)
ACTIONS = ("Press", "Toggle", "Increase", "Decrease", "Expand", "Collapse", "Activate", "Click")
CHECKABLE = ("check box", "radio button", "toggle button")
# Parts of the window frame Qt puts in the tree; not the course's controls.
CHROME = ("menu bar", "menu", "scroll bar")


def interactive(nodes: list[dict]) -> list[dict]:
    """Showing objects that take focus or do something."""
    out = []
    for n in nodes:
        if n["role"] in CHROME or "showing" not in n["states"] or n["role"] == "frame":
            continue
        if n["role"] == "menu item" and n["path"].count(".") <= 2:
            continue
        acts = [a for a in n.get("actions", []) if a in ACTIONS]
        if n["role"] in ("label", "heading", "static") and not acts:
            continue  # text selectable by mouse is focusable, but not a control
        if "focusable" in n["states"] or acts:
            out.append(n)
    return out


def _numbers(text: str) -> list[float]:
    return [float(m.replace(",", "")) for m in re.findall(r"-?\d[\d,]*(?:\.\d+)?", text)]


def shown_values(node: dict, nodes: list[dict]) -> list[str]:
    """The texts a sighted learner reads as this slider's value: the row's box (its one
    readout since issue 19 item 9) or, in a row with a separate readout, that label too."""
    if node["role"] == "spin button":
        return [node.get("text", "")]
    out = []
    for n in nodes:
        if n["id"] in (node["id"] + ".value", node["id"] + ".spin") or (
                n["role"] == "label" and n["id"].endswith("." + object_name(node) + ".value")):
            out.append(n.get("text") or n["name"])
    return out or [node.get("description", "")]


@dataclass
class Verdict:
    node: dict
    problems: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.node['role']} {self.node['name'][:50]!r} ({self.node['id'].rsplit('.', 1)[-1]})"


def object_name(node: dict) -> str:
    """The widget's own objectName: Qt's accessible id is ``parent.names.own.name``."""
    ident = node["id"]
    for pattern, _, _ in EXPECTED_ROLES:
        for cut in range(len(ident)):
            if (cut == 0 or ident[cut - 1] == ".") and re.match(pattern, ident[cut:]):
                return ident[cut:]
    return ident.rsplit(".", 1)[-1]


def expected_role(node: dict) -> tuple[str, str] | None:
    name = object_name(node)
    for pattern, role, why in EXPECTED_ROLES:
        if re.match(pattern, name):
            return role, why
    return None


def judge(node: dict, nodes: list[dict]) -> Verdict:
    v = Verdict(node)
    role, name, states = node["role"], node["name"].strip(), node["states"]
    expected = expected_role(node)
    if role not in ALLOWED_ROLES:
        v.problems.append(f"role {role!r} is not a control a screen reader can operate")
    elif role == "label" and node.get("actions") and set(node["actions"]) & set(ACTIONS):
        v.problems.append("a label that acts")
    elif expected and role != expected[0]:
        v.problems.append(f"role {role!r}, but it is {expected[1]}: {expected[0]!r}")
    if expected and expected[1] == "a card that expands" and "expandable" not in states:
        v.problems.append("no expandable/expanded state")
    value = node.get("value")
    if not name:
        v.problems.append("no name")
    elif role in ("slider", "spin button", "combo box") and (
            name == node.get("text") or (value is not None and _numbers(name) == [value])):
        v.problems.append("named only by its value")
    if role == "combo box" and not any(t.strip() for t in node.get("labelled_by", [])):
        # Qt on Linux names a combo box by its current item; the label is a relation.
        v.problems.append("no label (labelled-by): it is named only by its current item")
    if "**" in name or "**" in node["description"] or re.search(r"(^|\s)#+ ", name):
        v.problems.append("raw Markdown in name or description")
    if role in CHECKABLE and "checkable" not in states and role != "radio button":
        v.problems.append("cannot say whether it is checked")
    if "expandable" in states and role not in ("push button", "toggle button", "tree item",
                                               "combo box", "list item"):
        v.problems.append("expandable on a role that cannot expand")
    if role in ("slider", "spin button"):
        if value is None:
            v.problems.append("has no value")
        else:
            shown = shown_values(node, nodes)
            if not any(_numbers(s) and abs(_numbers(s)[0] - value) < 1e-6 for s in shown):
                v.problems.append(f"value {value:g} differs from the shown {shown!r}")
    return v


@dataclass
class PageCount:
    page: str
    controls: int = 0
    named: int = 0
    right_role: int = 0
    right_value: int = 0
    valued: int = 0
    reached: int = 0
    enabled: int = 0
    missed: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def row(self) -> str:
        return (f"| {self.page} | {self.controls} | {self.named} | {self.right_role} | "
                f"{self.right_value}/{self.valued} | {self.reached}/{self.enabled} |")


def count(page: str, nodes: list[dict], reached_ids: set[str] | None = None) -> PageCount:
    c = PageCount(page)
    for n in interactive(nodes):
        v = judge(n, nodes)
        c.controls += 1
        c.named += bool(n["name"].strip()) and not any("named only by its" in p for p in v.problems)
        c.right_role += not any(p.startswith(("role", "a label")) for p in v.problems)
        if n["role"] in ("slider", "spin button"):
            c.valued += 1
            c.right_value += not any(p.startswith(("value", "has no value")) for p in v.problems)
        if reached_ids is not None and "enabled" in n["states"]:  # a disabled one is no stop
            c.enabled += 1
            if reached(n, nodes, reached_ids):
                c.reached += 1
            else:
                c.missed.append(v.label)
        c.failures += [f"{v.label}: {p}" for p in v.problems]
    return c


def reached(node: dict, nodes: list[dict], reached_ids: set[str]) -> bool:
    """Reached by Tab, or (radio groups) a sibling was and the arrow keys move within it."""
    if node["path"] in reached_ids:
        return True
    if node["role"] in ("list", "table", "tree", "tree table"):  # focus is on an item inside
        return any(p.startswith(node["path"] + ".") for p in reached_ids)
    if node["role"] == "radio button":
        parent = node["path"].rsplit(".", 1)[0]
        return any(p.rsplit(".", 1)[0] == parent for p in reached_ids)
    return False


def page_problems(nodes: list[dict]) -> list[str]:
    """What is wrong with the page as a whole: headings, decorative images."""
    showing = [n for n in nodes if "showing" in n["states"]]
    out = []
    if not any(n["role"] == "heading" and n["name"].strip() for n in showing):
        out.append("no heading on the page")
    images = [n for n in showing if n["role"] in ("image", "icon") and not n["name"].strip()]
    if images:
        out.append(f"{len(images)} unnamed images (decorative icons must be hidden)")
    raw = [n["name"][:40] for n in showing
           if "**" in n["name"] or "**" in n["description"] or re.search(r"(^|\n)#+ ", n["name"])]
    if raw:
        out.append(f"raw Markdown reaches the screen reader: {raw[:3]}")
    return out
