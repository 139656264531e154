"""desktop.memory: the source lines kept in linecache are forgotten on request."""

from __future__ import annotations

import linecache
import traceback

from desktop import memory


def test_release_caches_forgets_cached_source_lines():
    assert linecache.getlines(memory.__file__)  # caches this module's source
    assert memory.cached_source_bytes() >= len(linecache.getlines(memory.__file__)[0])

    memory.release_caches()

    assert memory.cached_source_bytes() == 0
    assert memory.__file__ not in linecache.cache


def test_release_caches_is_a_slot_that_ignores_its_arguments():
    linecache.getlines(memory.__file__)
    memory.release_caches("ignored")  # usable as a slot of any signal
    assert memory.cached_source_bytes() == 0


def test_tracebacks_still_show_source_after_a_release():
    memory.release_caches()
    try:
        raise ValueError("boom")
    except ValueError as exc:
        text = "".join(traceback.format_exception(exc))
    assert 'raise ValueError("boom")' in text
