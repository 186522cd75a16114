"""Errors of the archive: environment problems the editor can act on, told apart from bugs."""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A known problem with the archive file or its environment; the message is for the user."""


class StaleVersionError(StoreError):
    """A save based on a version another window or process has already replaced."""

    def __init__(self, article_id: int, base: int, current: int) -> None:
        super().__init__(
            f"Article {article_id} was changed elsewhere (your copy is version {base}, the archive has "
            f"version {current}). Your edit was not saved; reload the article to see the other change."
        )
        self.article_id = article_id
        self.base = base
        self.current = current


class NotFoundError(StoreError):
    pass


def explain(exc: sqlite3.Error, path: str) -> StoreError:
    """Turn an sqlite3 error into a message naming the file and what to do."""
    msg = str(exc).lower()
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return StoreError(f"{path} is not a newsdesk archive or is damaged ({exc}). It was left untouched.")
    if "locked" in msg or "busy" in msg:
        return StoreError(f"{path} is locked by another program; try again in a moment.")
    if "full" in msg:
        return StoreError(f"The disk holding {path} is full; nothing was changed. Free some space and retry.")
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"{path} is read-only; nothing was changed.")
    if "unable to open" in msg:
        return StoreError(f"{path} cannot be opened (missing folder or no permission).")
    if "disk i/o" in msg:
        return StoreError(f"Reading or writing {path} failed (disk I/O error); nothing was changed.")
    return StoreError(f"{path}: {exc}")
