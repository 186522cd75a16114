"""Pipeline quality and speed on the development pages.

Usage: python benchmarks/bench_pipeline.py
Prints the scorer's figures (../shared/bench/score_pages.py) and pages per second, both for
the pipeline in-process (one core, the best of five passes, each with the headline cache
emptied) and for `newsdesk analyze` as a command (start-up included). Where the pipeline runs
compiled (``newsdesk.core.native``), the pure Python's speed is measured too, in a process of
its own (``--speed-only`` with NEWSDESK_PURE=1).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BENCH, PAGES, need, scores

from newsdesk.core import native
from newsdesk.core.assign import bigrams
from newsdesk.core.pipeline import analyze_text


def main() -> None:
    need(PAGES)
    files = sorted(PAGES.glob("*.txt"))
    speed(files)
    if "--speed-only" in sys.argv:
        return
    if native.compiled():
        env = {**os.environ, native.PURE_ENV: "1"}
        subprocess.run([sys.executable, __file__, "--speed-only"], check=True, env=env)
    analyze(files)


def speed(files: list[Path]) -> None:
    texts = [f.read_text(encoding="utf-8") for f in files]
    chars = sum(len(t) for t in texts)
    best = 0.0
    for _ in range(5):
        bigrams.cache_clear()  # each pass meets the headlines as new pages would
        start = time.perf_counter()
        for t in texts:
            analyze_text(t)
        best = max(best, len(texts) / (time.perf_counter() - start))
    kind = f"compiled, build {native.active().name}" if native.compiled() and native.active() else "pure Python"
    print(
        f"pipeline in-process ({kind}): {best:.0f} pages/s ({best * chars / len(texts) / 1000:.0f}k chars/s), "
        f"{len(texts)} pages of {chars / len(texts):.0f} chars on average"
    )


def analyze(files: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as out:
        exe = Path(sys.executable).with_name("newsdesk")
        start = time.perf_counter()
        subprocess.run([str(exe), "analyze", *map(str, files), "--out", out], check=True)
        elapsed = time.perf_counter() - start
        print(f"newsdesk analyze (start-up included): {len(files) / elapsed:.0f} pages/s, {elapsed:.2f} s")
        if (BENCH / "score_pages.py").exists():
            for key, value in scores(PAGES, out).items():
                print(f"  {key:24s} {value}")


if __name__ == "__main__":
    main()
