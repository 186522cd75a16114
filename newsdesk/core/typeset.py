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
    #: OCR kept the gap before the article's first line: a leading space
    spaced: bool = False


@dataclass(frozen=True, slots=True)
class SetLine:
    """A line of a typeset page: its text, the article it belongs to (its index in the list
    given, None for the page's header), its role as the scorer names them, and its paragraph's
    index among the article's body paragraphs (None for other roles)."""

    text: str
    article: int | None
    role: str
    para: int | None = None


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


def set_lines(articles: list[PlainArticle], width: float = 14, header: str | None = None) -> list[SetLine]:
    """The lines of a page laid out from ``articles``, each with where it came from."""
    out: list[SetLine] = []
    if header:
        out.append(SetLine(header, None, "furniture"))
    for k, art in enumerate(articles):
        heads = [SetLine(art.headline, k, "headline")] if art.headline else []
        heads += [SetLine(t, k, "subheadline") for t in art.subheadlines]
        body: list[SetLine] = []
        for n, para in enumerate(art.paragraphs):
            text = (art.byline or "") + para if n == 0 and art.byline else para
            body.extend(SetLine(ln, k, "body", n) for ln in wrap(text, width))
        block = heads + [SetLine(ln, k, "caption") for cap in art.captions for ln in wrap(cap, width, indent=0)]
        lines = block + body if art.headline_first else body + block
        if art.spaced and lines:
            lines[0] = SetLine(" " + lines[0].text, k, lines[0].role, lines[0].para)
        out.extend(lines)
    return out


def typeset(articles: list[PlainArticle], width: float = 14, header: str | None = None, gap_every: int = 1) -> str:
    """A raw page: every line followed by a blank line (``gap_every`` = 1) as OCR gives it."""
    return page_text([ln.text for ln in set_lines(articles, width, header)], gap_every)


def page_text(lines: list[str], gap_every: int = 1) -> str:
    """``lines`` as a raw page, a blank line after every ``gap_every``-th of them (none: 0)."""
    out: list[str] = []
    for k, ln in enumerate(lines):
        out.append(ln)
        if gap_every and k % gap_every == 0:
            out.append("")
    return "\n".join(out) + "\n"
