"""Shared helpers for the benchmarks: where the development corpus is, and timing stats."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PAGES = SHARED / "corpus" / "pages-dev"
ENTITIES = SHARED / "corpus" / "entities-dev.jsonl"
BENCH = SHARED / "bench"


def need(path: Path) -> None:
    """Skip cleanly (exit 0 with a note) where the shared corpus is not available."""
    if not path.exists():
        print(f"skipped: {path} is not available")
        sys.exit(0)


def percentiles(samples_ms: list[float]) -> str:
    samples = sorted(samples_ms)
    p50 = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return f"p50 {p50:.2f} ms, p95 {p95:.2f} ms (n={len(samples)})"
