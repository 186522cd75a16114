"""The pipeline's modules compiled to C (with mypyc), where a build for these very sources exists.

The page → article pipeline is plain, fully typed Python (mypy strict). mypyc, mypy's compiler
(black, mypy itself and charset-normalizer ship their hot paths compiled by it), turns such
modules into C extensions that run the same code about 1.6 times as fast. ``packaging/
build_native.py`` compiles ``MODULES`` into ``_native/<digest>/`` beside them, ``<digest>``
naming the exact sources compiled; ``newsdesk.core`` puts that folder first on its package
path at import (``activate``), so ``newsdesk.core.pipeline`` and its helpers load compiled.

Nothing can load stale: once a source of the package changes, its digest changes and no
folder has that name, so the pure Python runs until the next build (and a developer's edit
takes effect at once). ``NEWSDESK_PURE=1`` runs the pure Python even where a build exists
(what the tests do for the pure path, and a way to rule the compiled code out of a bug).
Where no build exists (no C compiler, the first run) the pure Python is the pipeline: the same
results, only slower.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Mapping, MutableSequence
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: The modules compiled: the pipeline and what it calls on every line (in import order).
MODULES = ("chars", "collector", "model", "spans", "hanzi", "patterns", "textmap", "paragraphs", "assign", "pipeline")
#: The compiled modules' shared library, inside the package (``native__mypyc``).
GROUP = "newsdesk.core.native"
#: Raised when what a build does changes (its compiler options), so older builds count as stale.
BUILD_FORMAT = "1"
#: Where builds live, beside the sources.
FOLDER = "_native"
#: Set to anything but "" or "0", the pure Python runs even where a build exists.
PURE_ENV = "NEWSDESK_PURE"

_active: Path | None = None


def source_digest(package: Path) -> str | None:
    """A name for the sources in ``package`` (the ``newsdesk/core`` folder) and the Python they
    are compiled for; None where ``MODULES`` cannot be read (a frozen app holds no sources).
    Every module of the package counts, not only those compiled: they are compiled knowing the
    types of what they import from the others (``lexicon``'s tables, ``cache``)."""
    h = hashlib.sha256(f"{BUILD_FORMAT}:{sys.implementation.cache_tag}".encode())
    names = sorted({p.stem for p in package.glob("*.py")})
    if not set(MODULES) <= set(names):
        return None
    for name in names:
        try:
            data = (package / f"{name}.py").read_bytes()
        except OSError:
            return None
        h.update(f"\0{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()[:20]


def build_folder(package: Path) -> Path | None:
    """The folder a build of ``package``'s present sources is (or would be) in; None where the
    sources cannot be read."""
    digest = source_digest(package)
    return None if digest is None else package / FOLDER / digest


def find_build(package: Path, environ: Mapping[str, str] | None = None, frozen: bool = False) -> Path | None:
    """The folder holding a complete build of ``package``'s present sources, or None: none
    built, a build of other sources only, or the pure Python asked for. A ``frozen`` app
    (PyInstaller's) holds no sources to name, and holds at most one build, made from the
    sources its own bytecode was: that one."""
    env = os.environ if environ is None else environ
    if env.get(PURE_ENV, "") not in ("", "0"):
        return None
    folder = build_folder(package)
    if folder is None and frozen:
        builds = sorted(p.parent for p in (package / FOLDER).glob("*/COMPLETE"))
        return builds[0] if len(builds) == 1 else None
    if folder is None or not (folder / "COMPLETE").is_file():
        return None
    return folder


def activate(package_path: MutableSequence[str]) -> Path | None:
    """Put the build of the present sources, if there is one, first on ``newsdesk.core``'s
    package path (its ``__path__``, given here), so its modules load compiled."""
    global _active
    if not package_path:
        return None
    folder = find_build(Path(package_path[-1]), frozen=bool(getattr(sys, "frozen", False)))
    if folder is not None and str(folder) not in package_path:
        package_path.insert(0, str(folder))
        _active = folder
    return _active


def active() -> Path | None:
    """The build the pipeline runs from, or None where it runs as pure Python."""
    return _active


def compiled() -> bool:
    """Whether the pipeline's modules were loaded compiled (the test of what really ran)."""
    module = sys.modules.get("newsdesk.core.pipeline")
    path = str(getattr(module, "__file__", "") or "")
    return path.endswith(tuple(EXTENSION_SUFFIXES))
