"""newsdesk: raw OCR newspaper pages to clean, structured, tagged articles."""

from __future__ import annotations


def _version() -> str:
    """The version in pyproject.toml (installed metadata, or the file in a frozen build)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsdesk")
    except PackageNotFoundError:
        import sys
        import tomllib
        from pathlib import Path

        base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
        try:
            data = tomllib.loads((base / "pyproject.toml").read_text(encoding="utf-8"))
            return str(data["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown"


def __getattr__(name: str) -> str:
    # looked up on first use: reading package metadata costs more than the pipeline's imports
    if name == "__version__":
        value = _version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
