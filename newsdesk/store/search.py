"""Chinese full-text search on SQLite FTS5.

SQLite's tokenizers do not segment Chinese, and the trigram tokenizer matches nothing under
three characters, yet editors search for two-character names (王卫) and places (龙华). The
index therefore holds every pair of adjacent CJK characters as a token (龙华区 → 龙华 华区),
and a run's last character on its own. A two-character query is one token; a longer one a
phrase of its pairs, answered from positions; a single character is a prefix query. No
dictionary, no false splits. Latin words and numbers stay whole tokens (lower-cased).
"""

from __future__ import annotations

import re

_CJK = re.compile(r"([\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")


_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_RUN = re.compile(f"[{_HAN}]+|[^\\W_{_HAN}]+", re.UNICODE)


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in _RUN.finditer(text):
        run = m.group()
        if _CJK.match(run):
            out.extend(run[k : k + 2] for k in range(len(run) - 1))
            out.append(run[-1])  # the last character alone, so one-character queries find it
        else:
            out.append(run)
    return out


def index_text(text: str) -> str:
    """Text as FTS tokens: overlapping CJK bigrams (plus each run's last character), words whole."""
    return " ".join(_tokens(text))


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: each whitespace-separated term required."""
    terms = []
    for term in query.split():
        for m in _RUN.finditer(term):
            run = m.group().replace('"', "")
            if _CJK.match(run) and len(run) == 1:
                terms.append(f'"{run}"*')  # one character: any pair it starts, or alone
            elif _CJK.match(run):
                pairs = [run[k : k + 2] for k in range(len(run) - 1)]
                terms.append('"' + " ".join(pairs) + '"')
            else:
                terms.append(f'"{run}"')
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
