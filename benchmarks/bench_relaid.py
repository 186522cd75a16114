"""The dev pages' articles laid out again, and scored by the corpus's own scorer.

Usage: python benchmarks/bench_relaid.py [--widths 12 14 16 20] [--seeds 11] [--pages N]
The pipeline's rules were written looking at the dev pages: where each article's headline
stands (before its text or after it) and which articles kept a leading space before their
first line are fixed there. Other pages draw those again. This lays out the gold articles of the
dev pages with ``newsdesk.core.typeset``: each headline set before its text as often as on dev
(a share counted from the gold, not assumed), the leading space kept as often as on dev, at each
column width and with each seed given, writes the gold in the corpus's schema (every line's
article, role and paragraph), runs ``newsdesk analyze`` and scores it with
``../shared/bench/score_pages.py``. The first row, "as on dev", keeps each article's own
placement, space and the page's column width: what laying out again costs by itself (the typeset
pages are cleaner than OCR's but miss some of its cues: a section head set flush, a blank line
missing). The figures estimate how the scorer's figures carry over to pages the rules were not
written on; they are not the scorer's figures on dev (``bench_pipeline.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import BENCH, PAGES, gold_article, need, scores

from newsdesk.core.typeset import PlainArticle, page_text, set_lines

FIGURES = (
    "article_b3_f1",
    "articles_exact",
    "paragraph_break_f1",
    "role_macro_f1",
    "headline_exact",
    "byline_exact",
    "body_cer",
    "lost_lines",
)


def placements(golds: list[dict], raws: list[list[str]]) -> tuple[float, float]:
    """Of the dev articles with a headline and a text, the share whose headline comes first; of
    all articles, the share whose first line kept a leading space."""
    before = headed = spaced = articles = 0
    for gold, raw in zip(golds, raws, strict=True):
        for k in range(len(gold["articles"])):
            placed = placement(gold, raw, k)
            if placed is None:
                continue
            articles += 1
            headed += placed[0]
            before += placed[1]
            spaced += placed[2]
    return before / max(headed, 1), spaced / max(articles, 1)


def placement(gold: dict, raw: list[str], k: int) -> tuple[bool, bool, bool] | None:
    """How article ``k`` is placed on its dev page: whether it has a headline and a text, whether
    its headline comes first, and whether its first line kept a leading space (None: no line of
    the page is the article's)."""
    lines = [ln for ln in gold["lines"] if ln["article"] == k]
    if not lines:
        return None
    heads = [ln["i"] for ln in lines if ln["role"] == "headline"]
    body = [ln["i"] for ln in lines if ln["role"] == "body"]
    return bool(heads and body), bool(heads and body and heads[0] < body[0]), raw[lines[0]["i"]][:1].isspace()


def lay_out(
    gold: dict, raw: list[str], width: float, draw: random.Random | None, shares: tuple[float, float]
) -> tuple[str, dict]:
    """The page's text and its gold in the corpus's schema: the articles of ``gold`` laid out at
    ``width`` (0: the page's own), each placed as on its dev page (``draw`` None) or drawn."""
    articles: list[PlainArticle] = []
    kept: list[dict] = []
    for k, a in enumerate(gold["articles"]):
        if not a.get("paragraphs_ocr"):
            continue  # (a photo alone: nothing for the body's figures)
        if draw is None:
            _, first, spaced = placement(gold, raw, k) or (False, False, False)
        else:
            first, spaced = draw.random() < shares[0], draw.random() < shares[1]
        articles.append(gold_article(a, first, spaced))
        kept.append(
            {"headline_ocr": a.get("headline_ocr"), "byline": a.get("byline"), "paragraphs_ocr": a["paragraphs_ocr"]}
        )
    lines = set_lines(articles, width or gold.get("columns", 14))
    # (the text puts a blank line after each line: line k of the page is line 2k of the text)
    rows = [{"i": 2 * n, "article": ln.article, "role": ln.role, "para": ln.para} for n, ln in enumerate(lines)]
    return page_text([ln.text for ln in lines]), {"lines": rows, "articles": kept}


def score(
    name: str, golds: list[tuple[str, dict, list[str]]], width: float, seed: int | None, shares: tuple[float, float]
) -> None:
    draw = random.Random(seed) if seed is not None else None
    exe = Path(sys.executable).with_name("newsdesk")
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir, pred_dir = Path(tmp) / "gold", Path(tmp) / "pred"
        gold_dir.mkdir()
        for stem, gold, raw in golds:
            text, laid = lay_out(gold, raw, width, draw, shares)
            (gold_dir / f"{stem}.txt").write_text(text, encoding="utf-8")
            (gold_dir / f"{stem}.json").write_text(json.dumps(laid, ensure_ascii=False), encoding="utf-8")
        files = sorted(map(str, gold_dir.glob("*.txt")))
        subprocess.run([str(exe), "analyze", *files, "--out", str(pred_dir)], check=True, capture_output=True)
        got = scores(gold_dir, pred_dir)
    print(f"{name:24s} " + "  ".join(f"{got[k]}" for k in FIGURES), flush=True)


def main() -> None:
    need(PAGES)
    need(BENCH / "score_pages.py")
    ap = argparse.ArgumentParser()
    ap.add_argument("--widths", type=float, nargs="+", default=[12, 14, 16, 20])
    ap.add_argument("--seeds", type=int, nargs="+", default=[11])
    ap.add_argument("--pages", type=int, default=0, help="the first N dev pages (0: all)")
    args = ap.parse_args()
    paths = sorted(PAGES.glob("*.json"))
    if args.pages:
        paths = paths[: args.pages]
    golds = [
        (
            p.stem,
            json.loads(p.read_text(encoding="utf-8")),
            p.with_suffix(".txt").read_text(encoding="utf-8").split("\n"),
        )
        for p in paths
    ]
    shares = placements([g for _, g, _ in golds], [r for _, _, r in golds])
    print(
        f"{len(golds)} pages; on dev {shares[0]:.2f} of the headlines come before their text, "
        f"{shares[1]:.2f} of the articles' first lines keep a leading space"
    )
    print(f"{'layout':24s} " + "  ".join(FIGURES))
    score("as on dev", golds, 0, None, shares)
    for seed in args.seeds:
        for width in args.widths:
            score(f"{width:g} cells, seed {seed}", golds, width, seed, shares)


if __name__ == "__main__":
    main()
