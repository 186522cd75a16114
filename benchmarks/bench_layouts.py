"""How the pipeline carries over to other column widths and layouts.

Usage: python benchmarks/bench_layouts.py [--pages N]
The dev pages come in one column width and mostly with headlines after their articles. This
lays the gold articles of the first N dev pages out again with `newsdesk.core.typeset`: at
column widths 12, 14, 16 and 20, one paragraph a line, with articles set alternately in two
widths (14/20, 12/18, 20/14), and at 14 as OCR may return it (ASCII marks for full-width ones,
今天, for 今天，; full-width digits for narrow ones; straight quotes; a stray space in one line
in ten; a space before one line in twenty; two lines run into one, one pair in twenty),
headlines after and before their articles. It runs the pipeline on each page and prints the
share of articles rebuilt exactly (headline and every paragraph, byline included) and, of those
with a headline, the share whose headline is found. Typeset pages are cleaner than OCR pages (no
stray lines, every indent lost the same way), so the figures compare layouts with one another,
not with the scorer's.
"""

from __future__ import annotations

import argparse
import json
import random

from _common import PAGES, gold_article, need

from newsdesk.core.model import Article
from newsdesk.core.pipeline import analyze_text
from newsdesk.core.typeset import typeset


def rebuilt(a: Article) -> tuple[str | None, tuple[str, ...]]:
    """Headline and paragraphs of an analysed article, its byline back at the head of the first."""
    paras = [b.text for b in a.paragraphs]
    by = a.byline
    if by is not None:
        paras = [by.text + (paras[0] if paras else ""), *paras[1:]]
    head = a.headline
    return (head.text if head else None, tuple(paras))


def main() -> None:
    need(PAGES)
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=80)
    args = ap.parse_args()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.json"))[: args.pages]]
    print(f"{len(golds)} pages; articles rebuilt exactly / headlines found")
    # (1000: one paragraph a line, as text exported or pasted rather than scanned; 14/20: the
    # articles set alternately 14 and 20 cells wide on one page; "14 ASCII": set in 14 cells
    # with full-width marks, which OCR gave back as ASCII ones, 今天, for 今天，)
    # "14 digits": set with narrow digits, OCR gave full-width ones (２０２６ for 2026); "14
    # quotes": OCR gave straight quotes ("…" for “…”); "14 spaces": OCR's stray space in one line
    # in ten; "14 indents": a space before one line in twenty; "14 merged": two lines run into
    # one, one pair in twenty (seeded draws)
    layouts: list[tuple[tuple[int, ...], str]] = [
        ((12,), ""),
        ((14,), ""),
        ((16,), ""),
        ((20,), ""),
        ((1000,), ""),
        ((14, 20), ""),
        ((12, 18), ""),
        ((20, 14), ""),
        ((14,), "ASCII"),
        ((14,), "digits"),
        ((14,), "quotes"),
        ((14,), "spaces"),
        ((14,), "indents"),
        ((14,), "merged"),
    ]
    for first in (False, True):
        for widths, noise in layouts:
            marks = {"ASCII": _ASCII, "digits": _FULL_DIGITS, "quotes": _STRAIGHT}.get(noise, _SAME)
            draw = random.Random(7)
            total = exact = heads = headed = 0
            for gold in golds:
                arts = [gold_article(a, first) for a in gold["articles"] if a.get("paragraphs_ocr")]
                if len(widths) == 1:
                    text = typeset(arts, width=widths[0])
                else:
                    text = "".join(typeset([a], width=widths[k % len(widths)]) for k, a in enumerate(arts))
                if noise == "spaces":
                    text = "\n".join(_stray_space(line, draw) for line in text.split("\n"))
                elif noise == "indents":
                    text = "\n".join(_stray_indent(line, draw) for line in text.split("\n"))
                elif noise == "merged":
                    text = "\n\n".join(_run_together([ln for ln in text.split("\n") if ln], draw)) + "\n"
                found = [rebuilt(x) for page in analyze_text(text.translate(marks)) for x in page.articles]
                found_heads = {h for h, _ in found}
                for a in arts:
                    head = a.headline.translate(marks) if a.headline else None
                    total += 1
                    exact += (head, tuple(p.translate(marks) for p in a.paragraphs)) in found
                    if head:
                        headed += 1
                        heads += head in found_heads
            where = "before" if first else "after"
            name = "/".join(map(str, widths)) + (f" {noise}" if noise else "")
            print(
                f"  width {name:>10s}, headlines {where:6s}: {exact / total:.3f} of {total} / "
                f"{heads / max(headed, 1):.3f} of {headed}"
            )


def _stray_space(line: str, draw: random.Random) -> str:
    """``line`` with a space OCR put inside it, one line in ten (the "14 spaces" layout)."""
    if len(line) > 6 and draw.random() < 0.1:
        k = draw.randrange(1, len(line) - 1)
        return line[:k] + " " + line[k:]
    return line


def _stray_indent(line: str, draw: random.Random) -> str:
    """``line`` with a space OCR put before it, one line in twenty (the "14 indents" layout)."""
    return " " + line if line and draw.random() < 0.05 else line


def _run_together(lines: list[str], draw: random.Random) -> list[str]:
    """``lines`` with a pair of them OCR ran into one line, one pair in twenty (the "14 merged"
    layout)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if k + 1 < len(lines) and draw.random() < 0.05:
            out.append(lines[k] + lines[k + 1])
            k += 2
        else:
            out.append(lines[k])
            k += 1
    return out


#: OCR's ASCII marks for the full-width ones of a Chinese text (the "14 ASCII" layout).
_ASCII = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"})
#: OCR's full-width digits for the narrow ones of the print (the "14 digits" layout).
_FULL_DIGITS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"})
#: OCR's straight quotes for the quotation marks (the "14 quotes" layout).
_STRAIGHT = str.maketrans({"“": '"', "”": '"'})
_SAME: dict[int, int] = {}


if __name__ == "__main__":
    main()
