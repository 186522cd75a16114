"""Compare the pipeline's speed at two commits, interleaved in one process.

Usage: python benchmarks/ab_pipeline.py OLD_REV [NEW_REV] [--runs N]
The machine's speed wanders by 10 % and more from minute to minute, more than most changes
weigh. This exports ``newsdesk/core`` at each revision (``git archive``; NEW_REV defaults to
the working tree) into a temporary directory under two package names, imports both into this
process, and times them on the dev pages in alternating order, so both see the same minutes.
It prints each one's best and median pages per second and the ratio of the medians (the same
code against itself gives 1.00 ± 0.005 here). Both run as pure Python: a compiled build
(``newsdesk.core.native``) is of the working tree's package alone.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType

os.environ["NEWSDESK_PURE"] = "1"  # (before any newsdesk import: both revisions as pure Python)

from _common import PAGES, ROOT, need


def export(rev: str | None, dest: Path) -> None:
    """``newsdesk/core`` at ``rev`` (None: the working tree) as the package ``dest.name``."""
    core = dest / "core"
    if rev is None:
        shutil.copytree(ROOT / "newsdesk" / "core", core, ignore=shutil.ignore_patterns("__pycache__", "_native"))
    else:
        data = subprocess.run(
            ["git", "archive", rev, "newsdesk/core"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(dest.parent / "_x", filter="data")
        shutil.move(str(dest.parent / "_x" / "newsdesk" / "core"), core)
        shutil.rmtree(dest.parent / "_x")
    (dest / "__init__.py").write_text("", encoding="utf-8")


def main() -> None:
    need(PAGES)
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new", nargs="?")
    ap.add_argument("--runs", type=int, default=12)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        mods: list[ModuleType] = []
        for k, rev in enumerate((args.old, args.new)):
            export(rev, Path(tmp) / f"ab{k}")
        sys.path.insert(0, tmp)
        for k in (0, 1):
            mods.append(importlib.import_module(f"ab{k}.core.pipeline"))
        for mod in mods:  # (warm: tables, caches)
            for text in texts[:40]:
                mod.analyze_text(text)
        rates: list[list[float]] = [[], []]
        for r in range(args.runs):
            for k in (0, 1) if r % 2 == 0 else (1, 0):
                start = time.perf_counter()
                for text in texts:
                    mods[k].analyze_text(text)
                rates[k].append(len(texts) / (time.perf_counter() - start))
    for k, rev in enumerate((args.old, args.new or "working tree")):
        print(f"{rev}: best {max(rates[k]):.0f}, median {statistics.median(rates[k]):.0f} pages/s")
    print(f"new / old, medians: {statistics.median(rates[1]) / statistics.median(rates[0]):.3f}")


if __name__ == "__main__":
    main()
