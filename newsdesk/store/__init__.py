"""The SQLite archive (no Qt here)."""

from .archive import Archive, ArticleRecord, ImportResult
from .errors import NotFoundError, StaleVersionError, StoreError

__all__ = ["Archive", "ArticleRecord", "ImportResult", "NotFoundError", "StaleVersionError", "StoreError"]
