"""newsdesk.core and newsdesk.store never import Qt (the core is testable without a display)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "newsdesk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:
                parts = path.relative_to(PKG.parent).with_suffix("").parts[: -node.level]
                mod = ".".join([*parts, mod]) if mod else ".".join(parts)
            names.add(mod)
    return names


@pytest.mark.parametrize("layer", ["core", "store"])
def test_layer_imports_no_qt(layer: str) -> None:
    files = sorted((PKG / layer).rglob("*.py"))
    assert files
    for f in files:
        bad = {m for m in imported_modules(f) if m.startswith(("PySide6", "shiboken6", "newsdesk.ui"))}
        assert not bad, f"{f.name} imports {bad}"


def test_core_does_not_import_store() -> None:
    for f in sorted((PKG / "core").rglob("*.py")):
        assert not {m for m in imported_modules(f) if m.startswith("newsdesk.store")}, f.name
