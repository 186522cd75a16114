"""Joining column lines into clean text while keeping a map back to the raw characters.

Every clean character remembers the raw ``(line, col)`` it came from, so the desk can link
the clean article to the scanned text and the tests can prove nothing was lost or doubled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .chars import is_latin_letter, is_latin_word_char, is_space
from .model import Notice

Pos = tuple[int, int]
SYNTHETIC: Pos = (-1, -1)


@dataclass
class RawChar:
    ch: str
    line: int
    col: int


def gather(lines: Sequence[tuple[int, str]]) -> list[RawChar]:
    """The characters of ``lines`` in order, without each line's leading indent.

    Where a Latin word ends one line and another starts the next, a synthetic space keeps
    the words apart; CJK text is joined with nothing between the lines.
    """
    out: list[RawChar] = []
    for idx, text in lines:
        start = 0
        while start < len(text) and is_space(text[start]):
            start += 1
        if start >= len(text):
            continue
        last = next((c for c in reversed(out) if not is_space(c.ch)), None)
        had_space = bool(out) and is_space(out[-1].ch)
        if last is not None and not had_space and is_latin_letter(last.ch) and is_latin_letter(text[start]):
            out.append(RawChar(" ", *SYNTHETIC))
        out.extend(RawChar(text[c], idx, c) for c in range(start, len(text)))
    return out


def clean(
    chars: Sequence[RawChar], keep_spaces_before: int = 0, keep_spaces_after: int | None = None
) -> tuple[str, list[Pos], list[Notice]]:
    """Drop stray spaces, returning clean text, its char map and a notice per dropped space.

    A run of spaces is kept (as one space) between two Latin words or digits, and anywhere
    before ``keep_spaces_before`` or from ``keep_spaces_after`` on (a byline or photo credit
    such as ``记者 徐蔚昕 文/图`` keeps its printed spaces).
    """
    text: list[str] = []
    cmap: list[Pos] = []
    notices: list[Notice] = []
    n = len(chars)
    i = 0
    while i < n:
        rc = chars[i]
        if not is_space(rc.ch):
            text.append(rc.ch)
            cmap.append((rc.line, rc.col))
            i += 1
            continue
        j = i
        while j < n and is_space(chars[j].ch):
            j += 1
        before = text[-1] if text else ""
        after = chars[j].ch if j < n else ""
        synthetic = rc.line < 0
        keep = (
            bool(before)
            and bool(after)
            and (
                i < keep_spaces_before
                or (keep_spaces_after is not None and i >= keep_spaces_after)
                or (is_latin_word_char(before) and is_latin_word_char(after))
            )
        )
        if keep:
            text.append(" ")
            cmap.append((rc.line, rc.col))
        elif before and after and not synthetic:
            same_line = all(chars[k].line == rc.line for k in range(i, j))
            if same_line and chars[j].line == rc.line:
                notices.append(Notice("stray-space", rc.line, rc.col, f"{before}␣{after}"))
        i = j
    return "".join(text), cmap, notices


def block_lines(cmap: Sequence[Pos]) -> list[int]:
    """Distinct raw lines a char map touches, in order."""
    seen: dict[int, None] = {}
    for line, _ in cmap:
        if line >= 0:
            seen.setdefault(line, None)
    return list(seen)
