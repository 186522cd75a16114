"""Chinese full-text search on SQLite FTS5.

SQLite's tokenizers do not segment Chinese, and the trigram tokenizer matches nothing under
three characters, yet editors search for two-character names (王卫) and places (龙华). The
index therefore holds every CJK character as its own token; a query becomes a phrase of its
characters, which FTS5 answers from positions: any length, no dictionary, no false splits.
Latin words and numbers stay whole tokens (lower-cased by the unicode61 tokenizer).
"""

from __future__ import annotations

import re

_CJK = re.compile(r"([\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")
_WORD = re.compile(r"[\w]+", re.UNICODE)


def index_text(text: str) -> str:
    """Text as FTS tokens: CJK characters spaced apart, other words kept whole."""
    return " ".join(_CJK.sub(r" \1 ", text).split())


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: each whitespace-separated term as a phrase, all required."""
    terms = []
    for term in query.split():
        tokens = [t for t in _WORD.findall(index_text(term))]
        if tokens:
            terms.append('"' + " ".join(t.replace('"', "") for t in tokens) + '"')
    return " AND ".join(terms)


def snippet(text: str, query: str, width: int = 18, mark: tuple[str, str] = ("[", "]")) -> str:
    """A short excerpt of ``text`` around the first hit, the hit wrapped in ``mark``."""
    flat = " ".join(text.split("\n"))
    terms = [t for t in query.split() if t]
    best = -1
    hit = ""
    for t in terms:
        pos = flat.lower().find(t.lower())
        if pos >= 0 and (best < 0 or pos < best):
            best, hit = pos, flat[pos : pos + len(t)]
    if best < 0:
        return flat[: 2 * width] + ("…" if len(flat) > 2 * width else "")
    start = max(0, best - width)
    end = min(len(flat), best + len(hit) + width)
    return (
        ("…" if start > 0 else "")
        + flat[start:best]
        + mark[0]
        + hit
        + mark[1]
        + flat[best + len(hit) : end]
        + ("…" if end < len(flat) else "")
    )
