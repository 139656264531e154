"""What Qt's own accessible interfaces cannot say about our widgets, said on the bus.

Qt builds one accessible interface per widget from its class. A few of ours need
another: a label styled as a heading is a heading; a segment of an exclusive switch
and a quiz answer are radio buttons with a checked state; a decorative icon is not
in the tree at all; a Markdown label is read as its rendered words. A widget asks
for one of these with the dynamic property ``a11y_role`` (``ROLE``), which
:func:`install` turns into the interface below when Qt first asks for it.

Only role, name, state and actions are overridden: a Python interface cannot hand
Qt a value or text sub-interface (``interface_cast`` from Python crashes Qt 6.11),
so sliders say their value through their own range (see labelled_slider.py).
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleObject,
    QAccessibleStateChangeEvent, QTextDocument,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QWidget

ROLE = "a11y_role"
#: Property of a radio that cannot be chosen any more (a locked quiz): read-only, not acting.
LOCKED = "a11y_locked"
HEADINGS = ("h1", "h2")

_MARKUP = re.compile(r"[*_`#>]|<[^>]+>")


def plain_text(text: str, markdown: bool = True) -> str:
    """The words a sighted learner reads in ``text`` (Markdown or rich text rendered)."""
    if not markdown and not _MARKUP.search(text):
        return text
    doc = QTextDocument()
    if markdown:
        doc.setMarkdown(text)
    else:
        doc.setHtml(text)
    return " ".join(doc.toPlainText().split())


class _Label(QAccessibleWidget):
    """A label whose name is its rendered text; a heading when styled as one.

    The role is read on every call: a label's style role is set after its text, and
    Qt may have asked for the interface in between.
    """

    def __init__(self, widget: QLabel):
        super().__init__(widget, QAccessible.Role.StaticText)

    def role(self) -> QAccessible.Role:  # noqa: D102 - Qt override
        if self.widget().property("role") in HEADINGS:
            return QAccessible.Role.Heading
        return QAccessible.Role.StaticText

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102 - Qt override
        w = self.widget()
        if kind == QAccessible.Text.Name:
            own = w.accessibleName()
            if own:
                return own
            fmt = w.textFormat()
            return plain_text(w.text(), markdown=fmt == Qt.TextFormat.MarkdownText) \
                if fmt != Qt.TextFormat.PlainText else w.text()
        return super().text(kind)


class _Hidden(QAccessibleWidget):
    """A decorative picture: the words beside it carry its meaning."""

    def state(self):  # noqa: D102 - Qt override
        s = super().state()
        s.invisible = True
        return s


class _Radio(QAccessibleWidget):
    """One choice of several that exclude each other; checked when it is the choice."""

    def __init__(self, widget: QAbstractButton):
        super().__init__(widget, QAccessible.Role.RadioButton)

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102 - Qt override
        w = self.widget()
        if kind == QAccessible.Text.Name:
            return w.accessibleName() or w.text()
        return super().text(kind)

    def state(self):  # noqa: D102 - Qt override
        w = self.widget()
        s = super().state()
        s.checkable = True
        s.checked = bool(w.isChecked() or w.property("a11y_checked"))
        if w.property(LOCKED):
            s.disabled = True
            s.readOnly = True
        return s

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        if self.widget().property(LOCKED):
            return super().actionNames()
        return [self.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        if name == self.pressAction() and not self.widget().property(LOCKED):
            self.widget().click()
        else:
            super().doAction(name)


class _Expander(QAccessibleWidget):
    """A card that opens and closes (``press()`` toggles it, ``is_open`` says which)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Button)

    def state(self):  # noqa: D102 - Qt override
        s = super().state()
        s.expandable = True
        s.expanded = bool(self.widget().is_open)
        s.collapsed = not s.expanded
        return s

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt override
        return [self.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt override
        if name == self.pressAction():
            self.widget().press()
        else:
            super().doAction(name)


class _ItemList(QAccessibleWidget):
    """A drawn view whose items are the objects a screen reader lists and moves between.

    The widget provides ``a11y_items()`` (QObjects carrying ``ROLE = "item"``, each
    read by :class:`_Item`); focus moves between them inside the one focused widget.
    """

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.List)

    def _items(self) -> list:
        return list(self.widget().a11y_items())

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return len(self._items())

    def child(self, index: int):  # noqa: D102 - Qt override
        items = self._items()
        return QAccessible.queryAccessibleInterface(items[index]) if 0 <= index < len(items) else None

    def indexOfChild(self, child) -> int:  # noqa: N802 - Qt override
        try:
            return self._items().index(child.object())
        except ValueError:
            return -1

    def focusChild(self):  # noqa: N802 - Qt override
        item = self.widget().a11y_focus_item()
        return QAccessible.queryAccessibleInterface(item) if item is not None else None

    def state(self):  # noqa: D102 - Qt override
        s = super().state()
        s.focused = False  # the focused object is the item (focusChild), not the list
        return s


class _Item(QAccessibleObject):
    """One item of an :class:`_ItemList` (a diagram node): its list and it say the rest."""

    def __init__(self, item: QObject):
        super().__init__(item)

    def _view(self) -> QWidget:
        return self.object().a11y_view()

    def role(self) -> QAccessible.Role:  # noqa: D102 - Qt override
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102 - Qt override
        item = self.object()
        if kind == QAccessible.Text.Name:
            return item.accessibleName()
        if kind == QAccessible.Text.Description:
            return item.a11y_description()
        return ""

    def setText(self, kind, text) -> None:  # noqa: N802 - Qt override
        pass

    def state(self):  # noqa: D102 - Qt override
        s = QAccessible.State()
        item, view = self.object(), self._view()
        s.focusable = s.selectable = True
        s.focused = view.hasFocus() and view.a11y_focus_item() is item
        s.selected = bool(item.selected)
        s.invisible = not view.isVisible()
        return s

    def rect(self):  # noqa: D102 - Qt override
        return self.object().a11y_rect()

    def parent(self):  # noqa: D102 - Qt override
        return QAccessible.queryAccessibleInterface(self._view())

    def child(self, index: int):  # noqa: D102 - Qt override
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return 0

    def indexOfChild(self, child) -> int:  # noqa: N802 - Qt override
        return -1

    def childAt(self, x: int, y: int):  # noqa: N802 - Qt override
        return None

    def window(self):  # noqa: D102 - Qt override
        return self._view().window().windowHandle()


def item_focused(item: QObject) -> None:
    """Tell screen readers that focus moved to ``item`` of an item list."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Focus))


def item_changed(item: QObject, **states: bool) -> None:
    """An item's ``states`` changed, and with them its name (which says them in words)."""
    state_changed(item, **states)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.NameChanged))


_KEEP: dict[int, QAccessibleWidget] = {}  # Qt owns the interfaces; Python must keep the wrappers


def _factory(key: str, obj: QObject):
    if not isinstance(obj, QWidget):
        if obj.property(ROLE) == "item":
            interface = _Item(obj)
            _KEEP[id(obj)] = interface
            obj.destroyed.connect(lambda *_, k=id(obj): _KEEP.pop(k, None))
            return interface
        return None
    role = obj.property(ROLE)
    interface = None
    if role == "decorative":
        interface = _Hidden(obj, QAccessible.Role.Graphic)
    elif isinstance(obj, QLabel):
        if role == "notification":
            interface = _Notification(obj)
        elif obj.pixmap().isNull():
            interface = _Label(obj)
    elif role == "radio" and isinstance(obj, QAbstractButton):
        interface = _Radio(obj)
    elif role == "expander":
        interface = _Expander(obj)
    elif role == "item_list":
        interface = _ItemList(obj)
    if interface is not None:
        _KEEP[id(obj)] = interface
        obj.destroyed.connect(lambda *_, k=id(obj): _KEEP.pop(k, None))
    return interface


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` one of the interfaces above, even if Qt made its own already."""
    widget.setProperty(ROLE, role)
    if not QAccessible.isActive():
        return  # Qt makes interfaces only while a screen reader listens: the factory will see it
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is not None and id(widget) not in _KEEP:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


class _Notification(_Label):
    """The window's announcer: Orca speaks a notification when it starts showing."""

    def role(self) -> QAccessible.Role:  # noqa: D102 - Qt override
        return QAccessible.Role.Notification


def speak(window: QWidget, message: str) -> None:
    """Have the screen reader say ``message`` now (politely: it does not move focus).

    Qt's announcement event reaches only Orca 46 and later; every Orca since at least
    43 speaks an object of role notification when it starts showing (its
    ``onShowingChanged``). So the message goes into a one-pixel notification label
    of the window, shown afresh each time. tests/atspi checks the event on the bus.
    """
    if not QAccessible.isActive():
        return
    if not sys.platform.startswith("linux"):
        # UI Automation and NSAccessibility have an announcement of their own, which Qt
        # sends; the notification trick is Orca's (not tested on Windows or macOS).
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(window, message))
        return
    announcer = window.findChild(QLabel, "qt_announcer")
    if announcer is None:
        announcer = QLabel(window)
        announcer.setObjectName("qt_announcer")
        set_role(announcer, "notification")
        announcer.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        announcer.setGeometry(0, 0, 1, 1)  # present for the bus, not a thing to look at
        announcer.setStyleSheet("color: transparent; background: transparent;")
    announcer.hide()
    announcer.setText(message)
    announcer.show()


def install() -> None:
    """Once per process, after the QApplication exists."""
    if not getattr(install, "done", False):
        QAccessible.installFactory(_factory)
        install.done = True


def state_changed(widget: QObject, **states: bool) -> None:
    """Tell screen readers that ``states`` (checked=True, disabled=True…) changed."""
    if not QAccessible.isActive():
        return
    s = QAccessible.State()
    for name in states:
        setattr(s, name, True)
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(widget, s))
