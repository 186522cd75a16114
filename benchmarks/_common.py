"""Shared helpers for the benchmarks: where the development corpus is, the corpus's scorer, and
timing stats."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from newsdesk.core.typeset import PlainArticle

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


def scores(gold: Path | str, pred: Path | str) -> dict:
    """The corpus's scorer's figures (``score_pages.py --json``) for the analyses in ``pred`` of
    the pages in ``gold``."""
    res = subprocess.run(
        [sys.executable, str(BENCH / "score_pages.py"), str(gold), str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(res.stdout))


def percentiles(samples_ms: list[float]) -> str:
    samples = sorted(samples_ms)
    p50 = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return f"p50 {p50:.2f} ms, p95 {p95:.2f} ms (n={len(samples)})"


def gold_article(article: dict, headline_first: bool, spaced: bool = False) -> PlainArticle:
    """A dev page's gold article (its ``_ocr`` texts, as the scorer compares them) to lay out
    again, its headline before its text or after it, and with OCR's leading space or without."""
    return PlainArticle(
        headline=article.get("headline_ocr"),
        subheadlines=list(article.get("subheadlines_ocr") or []),
        paragraphs=list(article["paragraphs_ocr"]),
        captions=list(article.get("captions_ocr") or []),
        headline_first=headline_first,
        spaced=spaced,
    )
