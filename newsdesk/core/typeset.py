"""Lay articles out the way OCR returns a column page (for samples, fixtures and tests).

The inverse of the pipeline: body paragraphs are set in columns of ``width`` cells, the first
line of a paragraph two cells short (its indent lost), closing punctuation hanging past the
edge, a blank line after most lines; the headline block follows the body or precedes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .chars import CLOSING_PUNCT, OPENING_PUNCT, char_width


@dataclass
class PlainArticle:
    headline: str | None = None
    subheadlines: list[str] = field(default_factory=list)
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    headline_first: bool = False


def wrap(text: str, width: float, indent: float = 2.0) -> list[str]:
    """Break a paragraph into column lines; the first line is ``indent`` cells short."""
    lines: list[str] = []
    line = ""
    used = 0.0
    limit = width - indent
    for ch in text:
        w = char_width(ch)
        if used + w > limit and line and not (ch in CLOSING_PUNCT and used + w <= limit + 1):
            # never end a line with an opening bracket
            carry = ""
            while line and line[-1] in OPENING_PUNCT:
                carry = line[-1] + carry
                line = line[:-1]
            lines.append(line)
            line, used = carry, sum(char_width(c) for c in carry)
            limit = width
        line += ch
        used += w
    if line:
        lines.append(line)
    # a space never starts a line: it stays at the end of the line before
    for k in range(1, len(lines)):
        stripped = lines[k].lstrip(" ")
        lines[k - 1] += lines[k][: len(lines[k]) - len(stripped)]
        lines[k] = stripped
    return lines


def typeset(articles: list[PlainArticle], width: float = 14, header: str | None = None, gap_every: int = 1) -> str:
    """A raw page: every line followed by a blank line (``gap_every`` = 1) as OCR gives it."""
    out: list[str] = []
    if header:
        out.append(header)
    for art in articles:
        heads = ([art.headline] if art.headline else []) + list(art.subheadlines)
        body: list[str] = []
        for k, para in enumerate(art.paragraphs):
            text = (art.byline or "") + para if k == 0 and art.byline else para
            body.extend(wrap(text, width))
        block = heads + [ln for cap in art.captions for ln in wrap(cap, width, indent=0)]
        out.extend(block + body if art.headline_first else body + block)
    lines: list[str] = []
    for k, ln in enumerate(out):
        lines.append(ln)
        if gap_every and k % gap_every == 0:
            lines.append("")
    return "\n".join(lines) + "\n"
