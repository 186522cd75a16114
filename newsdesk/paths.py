"""Where newsdesk keeps its files: platform user directories and bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir, user_log_dir

APP = "newsdesk"


def default_db_path() -> Path:
    return Path(user_data_dir(APP, appauthor=False)) / "archive.db"


def cache_dir() -> Path:
    return Path(user_cache_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(user_log_dir(APP, appauthor=False))


def resources_dir() -> Path:
    """``resources/`` beside the package (source tree, editable install or frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_page() -> Path:
    return resources_dir() / "samples" / "sample-page.txt"
