"""Typed, line-aware access to YAML content files.

Every value read from a content file goes through a :class:`Reader`, which knows
the file and line it came from. A wrong or missing value is recorded as a
:class:`Problem` (``content/<file>.yaml:<line>: <what is wrong>``) and a harmless
placeholder is returned, so one pass reports every problem in a file instead of
stopping at the first.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol, TypeVar

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does it all
    CParser = None

T = TypeVar("T")

#: Content files are small; anything bigger is a mistake or an attack.
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 40
#: No figure a course teaches comes near 10^15 (money, counts, shares). The bound keeps every
#: sum, difference and product of two content numbers finite, so a range is always finite,
#: and it puts integers well within 64 bits.
MAX_MAGNITUDE = 10 ** 15
#: A slider needs at least this fraction of its range per step: finer steps cannot be told
#: apart on screen, and a tiny step makes the range a number of steps no control can hold.
MAX_STEPS = 100_000


class Texts(Protocol):
    """Where a file's learner-visible texts go on their way out of a :class:`Reader`: the
    active language's catalogue (see desktop/content/locales.py) swaps in a translation."""

    def text(self, context: str, source: str, line: int) -> str: ...


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file, located by file and line."""

    file: str
    line: int
    message: str
    #: A value was wrong and a placeholder stands in for it (see Reader.problem).
    placeholder: bool = field(default=False, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ContentError(Exception):
    """Raised when a content folder has one or more problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class _Node:
    """A YAML value together with the line it starts on (1-based).

    A mapping also keeps the line of each key and the keys a loader asked for
    (``asked`` stays None until a loader looks into it), which is how keys that no
    loader reads are found (:meth:`Reader.unknown_keys`).
    """

    __slots__ = ("value", "line", "key_lines", "asked", "stand_in")

    def __init__(self, value: Any, line: int, key_lines: dict[str, int] | None = None, *,
                 stand_in: bool = False):
        self.value = value
        self.line = line
        self.key_lines = key_lines or {}
        self.asked: set[str] | None = None
        #: An empty mapping standing in for a missing or wrong one (already reported).
        self.stand_in = stand_in


class _LineChecks:
    """Composer hook shared by both loaders: refuse aliases and deep nesting."""

    def compose_node(self, parent, index):  # noqa: D102 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "aliases (*name) are not allowed in content files", event.start_mark
            )
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(
                    None, None, f"nested deeper than {MAX_DEPTH} levels", self.peek_event().start_mark
                )
            return Composer.compose_node(self, parent, index)
        finally:
            self._depth -= 1


class _SafeLineLoader(_LineChecks, yaml.SafeLoader):
    """Pure-Python safe loader: the reference for messages and line numbers."""


if CParser is not None:
    class _FastLineLoader(_LineChecks, Composer, CParser, SafeConstructor, Resolver):
        """libyaml scans and parses (about 5x faster); our composer still checks every node."""

        def __init__(self, stream):
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            Composer.__init__(self)


def _wrap(node: yaml.Node, loader: yaml.SafeLoader) -> _Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, _Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                raise yaml.MarkedYAMLError(None, None, "keys must be plain text", key_node.start_mark)
            if key in out:
                raise yaml.MarkedYAMLError(
                    None, None, f"duplicate key '{key}'", key_node.start_mark
                )
            out[key] = _wrap(value_node, loader)
            key_lines[key] = key_node.start_mark.line + 1
        return _Node(out, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return _Node([_wrap(n, loader) for n in node.value], line)
    return _Node(loader.construct_object(node, deep=True), line)


def parse_yaml(text: str | bytes, file: str, texts: Texts | None = None) -> "Reader":
    """Parse one document; syntax errors become a ContentError naming the line.
    ``texts``: the translations its learner-visible texts are looked up in."""
    if len(text) > MAX_FILE_BYTES:
        raise ContentError([Problem(file, 1, f"file is larger than {MAX_FILE_BYTES:,} bytes")])
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = text[: exc.start].count(b"\n") + 1
            raise ContentError([Problem(file, line, "not valid UTF-8 text")]) from None
    if CParser is not None:
        try:
            return _parse_with(_FastLineLoader, text, file, texts)
        except ContentError:
            pass  # redo with PyYAML so that what is accepted, and every message, stays the same
    return _parse_with(_SafeLineLoader, text, file, texts)


def _parse_with(loader_class: type, text: str, file: str, texts: Texts | None) -> "Reader":
    try:
        loader = loader_class(text)
    except yaml.YAMLError as exc:  # the reader refuses control characters up front
        raise ContentError([Problem(file, 1, f"YAML error: {_one_line(exc)}")]) from None
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise ContentError([_syntax_problem(file, exc, text)]) from None
    except yaml.YAMLError as exc:
        line = exc.position if isinstance(exc, yaml.reader.ReaderError) else None
        raise ContentError([Problem(file, _line_at(text, line), f"YAML error: {_one_line(exc)}")]) from None
    except RecursionError:
        raise ContentError([Problem(file, 1, "nested too deeply")]) from None
    if root is None:
        loader.dispose()
        raise ContentError([Problem(file, 1, "file is empty")])
    try:
        wrapped = _wrap(root, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise ContentError(
            [Problem(file, (mark.line + 1) if mark else 1, exc.problem or "invalid value")]
        ) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise ContentError([Problem(file, root.start_mark.line + 1, f"invalid value: {exc}")]) from None
    finally:
        loader.dispose()
    return Reader(wrapped, file, [], texts=texts)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _line_at(text: str, position: int | None) -> int:
    return text[:position].count("\n") + 1 if position else 1


#: Errors about something opened and never closed: the line where it opens is the mistake
#: (the scanner only notices on a later line). What to say there.
_OPENED = {
    "while scanning a simple key": "this line needs a ':' after its key",
    "while parsing a flow sequence": "a '[' on this line is never closed",
    "while parsing a flow mapping": "a '{' on this line is never closed",
    "while scanning a quoted scalar": "a quote on this line is never closed",
}


def _syntax_problem(file: str, exc: yaml.MarkedYAMLError, text: str) -> Problem:
    """One problem for one mistake, at the line where the mistake is: the scanner's problem
    mark, except where something was opened earlier and never closed."""
    problem, context = exc.problem_mark, exc.context_mark
    what = exc.problem or exc.context or "invalid YAML"
    if context is not None and problem is not None and exc.context in _OPENED:
        return Problem(file, context.line + 1, f"YAML syntax error: {_OPENED[exc.context]} ({what})")
    quote = _quote_run_on(text, problem)
    if quote is not None:
        return Problem(file, quote + 1, "YAML syntax error: a quote on this line is never closed "
                                        f"(the text runs on to line {problem.line + 1})")
    mark = problem or context
    return Problem(file, mark.line + 1 if mark else 1, f"YAML syntax error: {what}")


def _quote_run_on(text: str, problem) -> int | None:
    """The line of a quoted text that swallowed the lines up to ``problem`` (its closing
    quote missing, the next quote in the file closed it), else None."""
    if problem is None:
        return None
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= problem.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if (isinstance(last, yaml.ScalarToken) and last.style in ('"', "'")
            and last.end_mark.line == problem.line > last.start_mark.line):
        return last.start_mark.line
    return None


def read_file(path: Path, display_name: str, texts: Texts | None = None) -> "Reader":
    """Read and parse one content file; unreadable files become a ContentError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError([Problem(display_name, 1, "file is missing")]) from None
    except OSError as exc:
        raise ContentError([Problem(display_name, 1, f"cannot read file: {exc.strerror}")]) from None
    return parse_yaml(data, display_name, texts)


_MISSING = object()


class Reader:
    """A view of one YAML mapping, list or scalar that reports problems with lines.

    Accessors take a key, check the type and range, and return the value. On a
    problem they record it in the shared list and return a placeholder.

    Text a learner reads (:meth:`text`, :meth:`text_list`) goes through ``texts``, keyed
    by its path in the file (:attr:`context`); ids, numbers and choices never do.
    """

    def __init__(self, node: _Node, file: str, problems: list[Problem], *,
                 path: tuple[str, ...] = (), texts: Texts | None = None):
        self._node = node
        self.file = file
        self.problems = problems
        self._path = path
        self._texts = texts

    def _at(self, node: _Node, *steps: str) -> "Reader":
        """A reader of ``node``, found under this one by ``steps``."""
        return Reader(node, self.file, self.problems, path=self._path + steps, texts=self._texts)

    def context(self, *steps: str) -> str:
        """The stable key path of a value (a translation catalogue's msgctxt):
        mapping keys, and list items by their ``id`` (or index where they have none)."""
        return "/".join(self._path + steps)

    def _shown(self, value: str, line: int, *steps: str) -> str:
        return self._texts.text(self.context(*steps), value, line) if self._texts else value

    # -- reporting -------------------------------------------------------------------
    @property
    def line(self) -> int:
        return self._node.line

    def problem(self, message: str, line: int | None = None) -> None:
        """A problem a loader found by comparing values. Once a value in this file was wrong,
        a placeholder stands in for it and comparisons with it say nothing true, so they
        are left out: one mistake gives one message (the rest show once it is fixed)."""
        if not self._spoiled():
            self.problems.append(Problem(self.file, line or self.line, message))

    def _spoiled(self) -> bool:
        """Whether a wrong value in this file has a placeholder standing in for it."""
        return any(p.placeholder for p in self.problems)

    def _wrong(self, message: str, line: int | None = None, *, missing: bool = False,
               derived: bool = False) -> None:
        """A value that is missing or wrong; the accessor returns a placeholder. A value out
        of limits ``derived`` from other values of the file is left out, like
        :meth:`problem`, once the file has a placeholder (a limit may be one)."""
        if self._node.stand_in or (derived and self._spoiled()):
            return  # a stand-in mapping's fields are missing because it is; said once
        # A missing field is not compared with: loaders check has() first.
        self.problems.append(Problem(self.file, line or self.line, message, placeholder=not missing))

    def line_of(self, key: str) -> int:
        node = self._mapping().get(key)
        return node.line if node is not None else self.line

    def raise_if_problems(self) -> None:
        if self.problems:
            raise ContentError(self.problems)

    # -- structure ---------------------------------------------------------------------
    def _mapping(self) -> dict[str, _Node]:
        value = self._node.value
        return value if isinstance(value, dict) else {}

    def is_mapping(self) -> bool:
        return isinstance(self._node.value, dict)

    def _ask(self, *keys: str) -> None:
        """Note that the loader knows these keys (read or looked for)."""
        if self.is_mapping():
            if self._node.asked is None:
                self._node.asked = set()
            self._node.asked.update(keys)

    def keys(self) -> list[str]:
        """Every key here; a loader that walks them all knows them all."""
        keys = list(self._mapping())
        self._ask(*keys)
        return keys

    def has(self, key: str) -> bool:
        self._ask(key)
        return key in self._mapping()

    def _get(self, key: str, default: Any) -> _Node | None:
        if not self.is_mapping():
            self._wrong(f"expected a mapping (key: value lines), found {_kind(self._node.value)}")
            return None
        self._ask(key)
        node = self._mapping().get(key)
        if node is None and default is _MISSING:
            self._wrong(f"missing field '{key}'", missing=True)
        return node

    def child(self, key: str) -> "Reader":
        """The mapping under ``key`` (a missing or wrong one is reported)."""
        node = self._get(key, _MISSING)
        if node is None:
            return self._at(_Node({}, self.line, stand_in=True), key)
        if not isinstance(node.value, dict):
            self._wrong(f"'{key}' must be a mapping, found {_kind(node.value)}", node.line)
            return self._at(_Node({}, node.line, stand_in=True), key)
        return self._at(node, key)

    def items(self, key: str, *, min_items: int = 0, max_items: int | None = None,
              optional: bool = False) -> list["Reader"]:
        """The list under ``key``, each element as a Reader."""
        node = self._get(key, [] if optional else _MISSING)
        if node is None:
            return []
        if not isinstance(node.value, list):
            self._wrong(f"'{key}' must be a list, found {_kind(node.value)}", node.line)
            return []
        if len(node.value) < min_items:
            self._wrong(f"'{key}' needs at least {min_items} entries, found {len(node.value)}", node.line)
        if max_items is not None and len(node.value) > max_items:
            self._wrong(f"'{key}' allows at most {max_items} entries, found {len(node.value)}", node.line)
        return [self._at(n, key, _item_step(n, i)) for i, n in enumerate(node.value)]

    def entries(self, key: str) -> list[tuple[str, "Reader"]]:
        """The mapping under ``key`` as (name, Reader) pairs, in file order."""
        sub = self.child(key)
        return [(k, sub._at(n, k)) for k, n in zip(sub.keys(), sub._mapping().values())]

    # -- scalars ---------------------------------------------------------------------
    def scalar(self) -> Any:
        return self._node.value

    def text(self, key: str, default: Any = _MISSING, *, allow_empty: bool = False) -> str:
        """Text a learner reads, in the active language (the source where it has no
        translation). Ids, codes and addresses are read with :meth:`code`."""
        value = self.code(key, default, allow_empty=allow_empty)
        node = self._mapping().get(key)
        if value and node is not None and isinstance(node.value, str):
            return self._shown(value, node.line, key)
        return value

    def code(self, key: str, default: Any = _MISSING, *, allow_empty: bool = False) -> str:
        """Text that is data, never translated: an id, a code, an address, a version."""
        node = self._get(key, default)
        if node is None:
            return default if default is not _MISSING else ""
        if not isinstance(node.value, str):
            self._wrong(f"'{key}' must be text, found {_kind(node.value)}", node.line)
            return ""
        if not allow_empty and not node.value.strip():
            self._wrong(f"'{key}' must not be empty", node.line)
        return node.value.strip()

    def ident(self, key: str) -> str:
        """A short identifier: lower-case letters, digits and underscores."""
        value = self.code(key)
        if value and (not value.replace("_", "").isalnum() or value != value.lower()):
            self._wrong(f"'{key}' must be a lower-case id (letters, digits, _), found '{value}'",
                         self.line_of(key))
        return value

    def boolean(self, key: str, default: Any = _MISSING) -> bool:
        node = self._get(key, default)
        if node is None:
            return bool(default) if default is not _MISSING else False
        if not isinstance(node.value, bool):
            self._wrong(f"'{key}' must be true or false, found {_kind(node.value)}", node.line)
            return False
        return node.value

    def number(self, key: str, default: Any = _MISSING, *, minimum: float | None = None,
               maximum: float | None = None, integer: bool = False,
               derived: bool = False) -> float:
        """A number; ``derived``: the limits were read from the file (see :meth:`_wrong`)."""
        node = self._get(key, default)
        if node is None:
            return default if default is not _MISSING else 0
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self._wrong(f"'{key}' must be a number, found {_kind(value)}", node.line)
            return minimum if minimum is not None else 0
        if not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:  # also infinity and huge integers
            self._wrong(f"'{key}' must lie between -10^15 and 10^15, found {_kind(value)}",
                         node.line)
            return minimum if minimum is not None else 0
        if integer and not float(value).is_integer():
            self._wrong(f"'{key}' must be a whole number, found {value}", node.line)
        if minimum is not None and value < minimum:
            self._wrong(f"'{key}' must be at least {minimum}, found {value}", node.line, derived=derived)
            return minimum
        if maximum is not None and value > maximum:
            self._wrong(f"'{key}' must be at most {maximum}, found {value}", node.line, derived=derived)
            return maximum
        return int(value) if integer else value

    def integer(self, key: str, default: Any = _MISSING, **limits: float) -> int:
        return int(self.number(key, default, integer=True, **limits))

    def step_fits(self, step: float, low: float, high: float, key: str = "step") -> bool:
        """Whether a slider's ``step`` is coarse enough for its range (reported if not)."""
        if high > low and step < (high - low) / MAX_STEPS:
            self.problem(f"'{key}' ({step:g}) is too fine for the range {low:g}–{high:g}: "
                         f"at least (max − min) / {MAX_STEPS:,} = {(high - low) / MAX_STEPS:g}",
                         self.line_of(key))
            return False
        return True

    def report_unknown_keys(self) -> None:
        """Report keys no loader asked for, in every mapping a loader looked into, with a
        guess at the key that was meant: a misspelt key would otherwise vanish without a
        word. A misspelt required key is one mistake: its 'missing field' goes."""
        found: list[tuple[Problem, Problem | None]] = []
        _collect_unknown(self._node, self.file, found)
        explained = [missing for _, missing in found if missing is not None]
        # Listed first: a misspelt key explains what went missing after it.
        self.problems[:] = sorted((p for p, _ in found), key=lambda p: p.line) + [
            p for p in self.problems if not any(_explains(m, p) for m in explained)]

    def choice(self, key: str, options: tuple[str, ...] | list[str], default: Any = _MISSING) -> str:
        value = self.code(key, default)
        if value not in options:
            if value or default is _MISSING:
                self._wrong(f"'{key}' must be one of {', '.join(options)}; found '{value}'",
                            self.line_of(key))
            return options[0] if default is _MISSING else default
        return value

    def text_list(self, key: str, *, min_items: int = 0, optional: bool = False) -> tuple[str, ...]:
        out = []
        for item in self.items(key, min_items=min_items, optional=optional):
            if isinstance(item.scalar(), str) and item.scalar().strip():
                out.append(item._shown(item.scalar().strip(), item.line))
            else:
                item._wrong(f"entries of '{key}' must be non-empty text")
        return tuple(out)

    def unique_ids(self, readers: list["Reader"], key: str = "id") -> None:
        """Report ids that occur more than once among ``readers``."""
        seen: dict[str, int] = {}
        for r in readers:
            value = r._mapping().get(key)
            if value is None or not isinstance(value.value, str):
                continue
            if value.value in seen:
                r.problems.append(Problem(r.file, value.line, f"duplicate {key} '{value.value}' "
                                                              f"(first used on line {seen[value.value]})"))
            else:
                seen[value.value] = value.line

    def each(self, key: str, build: Callable[["Reader"], T], **kw: Any) -> tuple[T, ...]:
        return tuple(build(r) for r in self.items(key, **kw))

    def __iter__(self) -> Iterator["Reader"]:  # pragma: no cover - convenience
        if isinstance(self._node.value, list):
            for i, n in enumerate(self._node.value):
                yield self._at(n, _item_step(n, i))


def _item_step(node: _Node, index: int) -> str:
    """A list item's step in a key path: its ``id`` where it has one, so that a translation
    follows the item when a trainer reorders the list; its index otherwise."""
    value = node.value
    if isinstance(value, dict):
        ident = value.get("id")
        if ident is not None and isinstance(ident.value, str) and ident.value.strip():
            return ident.value.strip()
    return str(index)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}' (true/false)"
    if isinstance(value, int) and abs(value) > MAX_MAGNITUDE:
        return f"a number with {len(str(abs(value)))} digits"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 30 else value[:27] + "..."
        return f"the text '{short}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _explains(missing: Problem, problem: Problem) -> bool:
    """Whether ``problem`` is about the key ``missing.message`` absent from the mapping on
    ``missing.line`` (its 'missing field', or a choice that found nothing there)."""
    return problem.line == missing.line and f"'{missing.message}'" in problem.message


def _collect_unknown(node: _Node, file: str, out: list[tuple[Problem, Problem | None]]) -> None:
    """(unknown key, the key it likely meant with its mapping's line) per key never asked for."""
    value = node.value
    if isinstance(value, list):
        for item in value:
            _collect_unknown(item, file, out)
        return
    if not isinstance(value, dict):
        return
    asked = node.asked
    for key, child in value.items():
        if asked is not None and key not in asked:
            near = difflib.get_close_matches(key, sorted(asked - set(value)), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            unknown = Problem(file, node.key_lines.get(key, child.line), f"unknown key '{key}'{hint}")
            out.append((unknown, Problem(file, node.line, near[0]) if near else None))
        else:
            _collect_unknown(child, file, out)
