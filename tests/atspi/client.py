"""An AT-SPI client, run by the system Python in its own process (pyatspi's gi bindings).

It reads the app the way a screen reader does: through the accessibility bus, never
through Qt. The test sends one JSON command per line on stdin and reads one JSON answer
per line on stdout:

    {"cmd": "wait_app", "name": "...", "timeout": 30}
    {"cmd": "tree"}                        every showing object under the app's window
    {"cmd": "press", "name": "Next"}       the first showing object so named does its action
    {"cmd": "key", "keys": ["Tab"]}        real X key events (xdotool), then the focused object
    {"cmd": "focused"}
"""

from __future__ import annotations

import json
import subprocess
import warnings
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)  # the *_iface getters still work in 2.46

INTERESTING_STATES = ("focusable", "focused", "checked", "checkable", "expandable", "expanded",
                      "selected", "selectable", "enabled", "sensitive", "showing", "editable")


def _states(acc) -> list[str]:
    s = acc.get_state_set()
    out = []
    for name in INTERESTING_STATES:
        value = getattr(Atspi.StateType, name.upper())
        if s.contains(value):
            out.append(name)
    return out


def describe(acc, path: str = "") -> dict:
    node = {"role": acc.get_role_name(), "name": acc.get_name() or "",
            "description": acc.get_description() or "", "states": _states(acc), "path": path}
    try:
        node["id"] = acc.get_accessible_id() or ""
    except GLib.Error:
        node["id"] = ""
    if acc.get_value_iface() is not None:
        # Accessible implements every interface: Value's get_text must be named explicitly.
        try:
            node["value"] = Atspi.Value.get_current_value(acc)
            node["min"] = Atspi.Value.get_minimum_value(acc)
            node["max"] = Atspi.Value.get_maximum_value(acc)
            node["value_text"] = Atspi.Value.get_text(acc) or ""
        except GLib.Error:
            pass
    text = acc.get_text_iface()
    if text is not None and node["role"] in ("text", "entry", "spin button", "combo box"):
        try:
            node["text"] = Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))
        except GLib.Error:
            pass
    try:
        node["actions"] = [acc.get_action_name(i) for i in range(acc.get_n_actions())]
    except GLib.Error:
        node["actions"] = []
    node["labelled_by"] = []
    try:
        for rel in acc.get_relation_set() or []:
            if rel.get_relation_type() == Atspi.RelationType.LABELLED_BY:
                node["labelled_by"] += [rel.get_target(i).get_name()
                                        for i in range(rel.get_n_targets())]
    except GLib.Error:
        pass
    try:
        ext = acc.get_extents(Atspi.CoordType.SCREEN)
        node["box"] = [ext.x, ext.y, ext.width, ext.height]
    except GLib.Error:
        node["box"] = None
    return node


class Client:
    def __init__(self) -> None:
        self.app = None
        self.focus = None
        self.spoken: list[str] = []
        self.listener = Atspi.EventListener.new(self._on_focus)
        self.listener.register("object:state-changed:focused")
        # What Orca (43 and later) speaks unasked: a notification that starts showing.
        self.shown = Atspi.EventListener.new(self._on_showing)
        self.shown.register("object:state-changed:showing")
        # Qt's announcement event (spoken by Orca 46 and later only): recorded too.
        self.announced = Atspi.EventListener.new(self._on_announcement)
        self.announced.register("object:announcement")

    def _on_focus(self, event) -> None:
        if event.detail1:
            self.focus = event.source

    def _on_showing(self, event) -> None:
        try:
            if event.detail1 and event.source.get_role() == Atspi.Role.NOTIFICATION:
                self.spoken.append(event.source.get_name() or "")
        except GLib.Error:
            pass

    def _on_announcement(self, event) -> None:
        text = event.any_data if isinstance(event.any_data, str) else ""
        self.spoken.append(f"(announcement) {text}")

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        ctx = GLib.MainContext.default()
        while time.monotonic() < end:
            while ctx.iteration(False):
                pass
            time.sleep(0.01)

    def wait_app(self, name: str, timeout: float = 60) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(i)
                if app is not None and app.get_name() == name and app.get_child_count():
                    self.app = app
                    return {"ok": True}
            self.pump(0.2)
        return {"ok": False, "error": f"no application named {name!r} on the bus"}

    def walk(self, acc, path="0", out=None, showing_only=True) -> list[dict]:
        out = [] if out is None else out
        try:
            node = describe(acc, path)
        except GLib.Error:
            return out
        if showing_only and "showing" not in node["states"] and path.count(".") > 1:
            return out
        out.append(node)
        for i in range(acc.get_child_count()):
            child = acc.get_child_at_index(i)
            if child is not None:
                self.walk(child, f"{path}.{i}", out, showing_only)
        return out

    def window(self):
        for i in range(self.app.get_child_count()):
            w = self.app.get_child_at_index(i)
            if w is not None and w.get_role_name() == "frame":
                return w
        return self.app

    def find(self, name: str, role: str | None = None):
        def search(acc, depth=0):
            try:
                states = acc.get_state_set()
                if depth > 1 and not states.contains(Atspi.StateType.SHOWING):
                    return None
                # Qt's accessible id is the chain of objectNames: match the widget's own.
                ident = acc.get_accessible_id() or ""
                if (acc.get_name() == name or ident == name or ident.endswith("." + name)) and (
                        role is None or acc.get_role_name() == role):
                    return acc
            except GLib.Error:
                return None
            for i in range(acc.get_child_count()):
                child = acc.get_child_at_index(i)
                found = search(child, depth + 1) if child is not None else None
                if found is not None:
                    return found
            return None
        return search(self.window())

    def press(self, name: str, role: str | None = None, action: int = 0) -> dict:
        acc = self.find(name, role)
        if acc is None:
            return {"ok": False, "error": f"nothing showing is named {name!r}"}
        acc.do_action(action)
        self.pump(0.8)
        return {"ok": True, "node": describe(acc)}

    def set_value(self, name: str, value: float) -> dict:
        acc = self.find(name)
        if acc is None or acc.get_value_iface() is None:
            return {"ok": False, "error": f"no value object named {name!r}"}
        acc.get_value_iface().set_current_value(value)
        self.pump(0.5)
        return {"ok": True, "node": describe(acc)}

    def key(self, keys: list[str], settle: float = 1.5) -> dict:
        before = self.focus
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
        end = time.monotonic() + settle
        self.pump(0.05)
        while self.focus is before and time.monotonic() < end:
            self.pump(0.03)
        self.pump(0.05)  # the state changes that follow a focus change
        return self.focused()

    def focused(self) -> dict:
        acc = self.focus
        if acc is None:
            return {"ok": True, "node": None}
        try:
            node = describe(acc)
        except GLib.Error:
            return {"ok": True, "node": None}
        if "focused" not in node["states"]:
            return {"ok": True, "node": self._search_focused() or node}
        node["path"] = self.path_of(acc)
        return {"ok": True, "node": node}

    def path_of(self, acc) -> str:
        """The same index path :meth:`walk` gives, so a focused object can be matched."""
        window = self.window()
        parts = []
        while acc is not None and not self._same(acc, window):
            parent = acc.get_parent()
            if parent is None:
                break
            # Qt's indexInParent and child(i) can disagree (hidden children): search.
            index = next((i for i in range(parent.get_child_count())
                          if self._same(parent.get_child_at_index(i), acc)),
                         acc.get_index_in_parent())
            parts.append(str(index))
            acc = parent
        return ".".join(["0", *reversed(parts)])

    @staticmethod
    def _same(a, b) -> bool:
        return a is not None and a.path == b.path  # one application: unique object paths

    def _search_focused(self):
        for node in self.walk(self.window()):
            if "focused" in node["states"]:
                return node
        return None

    def handle(self, msg: dict) -> dict:
        cmd = msg.pop("cmd")
        if cmd == "wait_app":
            return self.wait_app(**msg)
        if cmd == "tree":
            return {"ok": True, "nodes": self.walk(self.window())}
        if cmd == "press":
            return self.press(**msg)
        if cmd == "focus":
            acc = self.find(msg["name"])
            if acc is None:
                return {"ok": False, "error": f"nothing showing is named {msg['name']!r}"}
            Atspi.Component.grab_focus(acc)
            self.pump(0.3)
            return self.focused()
        if cmd == "set_value":
            return self.set_value(**msg)
        if cmd == "key":
            return self.key(**msg)
        if cmd == "focused":
            return self.focused()
        if cmd == "spoken":  # notifications since the last ask
            self.pump(msg.get("seconds", 0.5))
            spoken, self.spoken = self.spoken, []
            return {"ok": True, "spoken": spoken}
        if cmd == "pump":
            self.pump(msg.get("seconds", 0.5))
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {cmd!r}"}


def main() -> int:
    client = Client()
    print(json.dumps({"ok": True, "ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = client.handle(json.loads(line))
        except Exception as exc:  # noqa: BLE001 - the test reads the reason
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
