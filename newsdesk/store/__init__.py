"""The SQLite archive (no Qt here).

The archive module (and sqlite-utils with it) loads on first use, so a command that only
needs the errors, such as ``newsdesk analyze``, starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import NotFoundError, StaleVersionError, StoreError

if TYPE_CHECKING:
    from .archive import Archive, ArticleRecord, ImportResult

__all__ = ["Archive", "ArticleRecord", "ImportResult", "NotFoundError", "StaleVersionError", "StoreError"]


def __getattr__(name: str) -> Any:
    if name in ("Archive", "ArticleRecord", "ImportResult"):
        from . import archive

        return getattr(archive, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
