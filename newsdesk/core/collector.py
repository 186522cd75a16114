"""Fewer garbage collections while a page is analysed.

Python's cycle collector runs a young-generation pass every 700 container allocations. A page
analysis makes tens of thousands of short-lived containers (lines, units, text maps) and no
cycles worth chasing, so those passes only walk objects that are still alive: about 7 % of the
pipeline's time on the dev pages. ``fewer_collections`` raises the first threshold while the
work runs (the collector still runs, only less often, so memory stays bounded) and puts it back
afterwards. Mercurial's ``util.nogc`` does the same for its parsers.

The thresholds are global to the process: nested or concurrent uses (a batch in a worker
thread while the desk analyses a page) count themselves, and the last one out restores the
thresholds the first one found.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Young-generation allocations between collections while a page is analysed (Python's is 700).
PAGE_THRESHOLD = 50_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()


@contextmanager
def fewer_collections(threshold: int = PAGE_THRESHOLD) -> Iterator[None]:
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0] and _saved[0] < threshold:  # (0: the collector is off; leave it so)
                gc.set_threshold(threshold, *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
