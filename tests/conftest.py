"""Shared test set-up: offscreen Qt, and an isolated home so no test touches real settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NEWSDESK_DB", raising=False)
    monkeypatch.setenv("NEWSDESK_EDITOR", "tester")


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture
def core_sources(tmp_path: Path) -> Path:
    """A stand-in for ``newsdesk/core``: a file for each module the compiled pipeline is built
    from (``newsdesk.core.native``), for tests of how builds are found and written."""
    from newsdesk.core import native

    core = tmp_path / "newsdesk" / "core"
    core.mkdir(parents=True)
    for name in native.MODULES:
        (core / f"{name}.py").write_text(f"# {name}\nVALUE = 1\n", encoding="utf-8")
    return core
