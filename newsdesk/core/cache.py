"""Small files of derived data kept between runs (the user cache directory), stamped with
what they were derived from: a stale, broken or unwritable cache costs only time."""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any


def read_cache(path: Path | None, stamp: object) -> object | None:
    """What ``write_cache`` stored at ``path`` for ``stamp``; None if absent, stale or broken."""
    if path is None or not path.is_file():
        return None
    try:
        saved, data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None  # a broken cache is rebuilt
    return data if saved == stamp else None


def write_cache(path: Path | None, stamp: Any, data: Any) -> None:
    """Store ``data`` for ``stamp`` at ``path`` (atomically), removing the files an earlier
    version left beside it (same name up to its last ``-``). Failing to write costs only time."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps((stamp, data)))
        tmp.replace(path)
        family = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{family}-*{path.suffix}"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache this time (read-only or full disk)
