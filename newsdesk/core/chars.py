"""Character classes and print widths used by the layout rules.

Widths follow how a Chinese column is set: ideographs and full-width forms take one cell,
everything else (Latin, digits, and the proportional quotes and dashes that OCR returns)
takes half a cell.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

#: Punctuation that may close a sentence or clause and hang past the column edge.
CLOSING_PUNCT = frozenset("，。、；：？！”’）》」』〕】…—．,.;:?!)\"'")
#: Punctuation that ends a sentence (a paragraph normally ends with one of these).
SENTENCE_END = frozenset("。？！”’）》」』…．.?!)")
#: Marks only a full sentence ends with.
SENTENCE_STOPS = frozenset("。！？!?")
#: Marks inside a sentence: a line ending with one runs on into the next; no paragraph, let
#: alone an article, ends there.
RUNS_ON = ("、", "，", ",")
#: The marks between a sentence's clauses: running text holds them, a heading's line few.
CLAUSE_MARKS = frozenset("，、")
#: Opening brackets and quotes: never end a line in well-set text.
OPENING_PUNCT = frozenset("“‘（《「『〔【(")
SPACES = frozenset(" \t\u3000\u00a0")


@lru_cache(maxsize=4096)
def char_width(ch: str) -> float:
    """Cells a character takes in a column: 1 for wide/full-width forms, else 0.5."""
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5


def _narrow_runs() -> re.Pattern[str]:
    """Runs of characters outside the Basic Multilingual Plane's wide and full-width forms
    (the class is built once). The class stays inside the BMP, where the regex engine tests a
    character by one table lookup; a class reaching past it is tested range by range, at twice
    the cost. Characters past the BMP fall in the runs and are weighed one by one."""
    width = unicodedata.east_asian_width
    runs: list[list[int]] = []
    for code in range(0x10000):
        if width(chr(code)) in ("W", "F"):
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    body = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return re.compile(f"[^{body}]+")


#: ``_narrow_runs().findall``, built on first use (15 ms) and kept in a global, not a cache:
#: every line of every page asks for it.
_find_narrow: Callable[[str], list[str]] | None = None


def narrow_runs_finder() -> Callable[[str], list[str]]:
    """``findall`` of the narrow runs (see ``text_width``), built on first use."""
    global _find_narrow
    if _find_narrow is None:
        _find_narrow = _narrow_runs().findall
    return _find_narrow


def text_width(text: str) -> float:
    """Cells ``text`` takes: the sum of ``char_width`` over it, counted in one regex pass
    (Chinese lines are mostly wide, so the narrow runs are few and short)."""
    if text.isascii():
        return 0.5 * len(text)
    return len(text) - 0.5 * narrow_cells(narrow_runs_finder()(text))


def narrow_cells(runs: list[str]) -> float:
    """Twice the cells saved by ``runs`` (narrow runs of a text) against as many wide characters."""
    narrow = 0.0
    for run in runs:
        if run.isascii() or max(run) < "\U00010000":
            narrow += len(run)
        else:  # ideographs of planes 2 and 3, emoji: wide although past the BMP
            narrow += sum(2.0 - 2.0 * char_width(ch) for ch in run)
    return narrow


def first_closing_bracket(text: str) -> int:
    """Where the first closing bracket (full-width or ASCII) stands in ``text``, -1 where none."""
    return min((i for i in (text.find("）"), text.find(")")) if i >= 0), default=-1)


def last_opening_bracket(text: str) -> int:
    """Where the last opening bracket (full-width or ASCII) stands in ``text``, -1 where none."""
    return max(text.rfind("（"), text.rfind("("))


def is_cjk(ch: str) -> bool:
    return char_width(ch) == 1.0


def is_latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def is_latin_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-'&")


def is_space(ch: str) -> bool:
    return ch.isspace() and ch != "\n"
