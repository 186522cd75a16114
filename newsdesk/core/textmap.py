"""Joining column lines into clean text while keeping a map back to the raw characters.

Every clean character remembers the raw ``(line, col)`` it came from, so the desk can link
the clean article to the scanned text and the tests can prove nothing was lost or doubled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .chars import is_latin_word_char
from .model import Block, Notice, decode_charmap, encode_charmap
from .patterns import credit_space

Pos = tuple[int, int]
_SPACE_RUN = re.compile(r"[^\S\n]+")
SYNTHETIC: Pos = (-1, -1)
#: Latin words set apart by a space on one line: text composed the Western way (a sentence in
#: English), where a line break took the place of a space.
_SPACED_LATIN = re.compile(r"[A-Za-z0-9][^\S\n]+[A-Za-z]")


@dataclass
class RawChars:
    """Characters with their raw positions, as three parallel sequences."""

    text: str
    lines: list[int]
    cols: list[int]

    def __len__(self) -> int:
        return len(self.text)


def gather(lines: Sequence[tuple[int, str]]) -> RawChars:
    """The characters of ``lines`` in order, without each line's leading indent, each with its
    raw position (``gather_runs`` with the map expanded per character)."""
    text, runs = gather_runs(lines)
    cmap = decode_charmap(runs)
    return RawChars(text, [p[0] for p in cmap], [p[1] for p in cmap])


def clean(
    chars: RawChars, keep_spaces_before: int = 0, keep_spaces_after: int | None = None
) -> tuple[str, list[Pos], list[Notice]]:
    """Drop stray spaces, returning clean text, its char map and a notice per dropped space.

    A run of spaces is kept (as one space) between two Latin words or digits, and before
    ``keep_spaces_before`` or from ``keep_spaces_after`` on where a credit prints one (a byline
    or photo credit such as ``记者 徐蔚昕 文/图`` keeps its printed spaces; ``credit_space``).
    """
    src = chars.text
    runs = list(_SPACE_RUN.finditer(src))
    if not runs:  # the common case: nothing to drop
        return src, list(zip(chars.lines, chars.cols, strict=True)), []
    text: list[str] = []
    cmap: list[Pos] = []
    notices: list[Notice] = []
    prev_end = 0
    for m in runs:
        i, j = m.span()
        text.append(src[prev_end:i])
        cmap.extend(zip(chars.lines[prev_end:i], chars.cols[prev_end:i], strict=True))
        prev_end = j
        before = src[i - 1] if i > 0 else ""
        after = src[j] if j < len(src) else ""
        line = chars.lines[i]
        keep = (
            bool(before)
            and bool(after)
            and (
                (is_latin_word_char(before) and is_latin_word_char(after) and not _split_number(src, i, j))
                or (
                    (i < keep_spaces_before or (keep_spaces_after is not None and i >= keep_spaces_after))
                    and credit_space(src[max(0, i - 12) : i], src[j : j + 12])
                )
            )
        )
        if keep:
            text.append(" ")
            cmap.append((line, chars.cols[i]))
        elif before and after and line >= 0 and chars.lines[i - 1] == line == chars.lines[j]:
            if all(chars.lines[k] == line for k in range(i, j)):
                notices.append(Notice("stray-space", line, chars.cols[i], f"{before}␣{after}"))
    text.append(src[prev_end:])
    cmap.extend(zip(chars.lines[prev_end:], chars.cols[prev_end:], strict=True))
    return "".join(text), cmap, notices


def _split_number(src: str, i: int, j: int) -> bool:
    """Whether the spaces ``src[i:j]`` split one number of a Chinese text (金大中1 2月31日, 1 961—
    1992年): digits on both sides, and neither run of them set apart: no space, Latin letter or
    figure before the first run or after the second. Numbers set apart by spaces (a table's
    columns: 917.02 914.06) keep them."""
    if not (src[i - 1].isdigit() and src[j].isdigit()):
        return False
    k = i - 1
    while k > 0 and (src[k - 1].isdigit() or src[k - 1] == "."):
        k -= 1
    m = j
    while m < len(src) and (src[m].isdigit() or src[m] == "."):
        m += 1
    return (k == 0 or _joins(src[k - 1])) and m < len(src) and _joins(src[m])


def _joins(ch: str) -> bool:
    """Whether ``ch`` beside a run of digits holds it inside Chinese text (年, —, ·, ”, %), not
    apart from it (a space, a Latin letter)."""
    return not (ch.isspace() or (ch.isascii() and ch.isalpha()))


Run = list[int]  # [line, col, length]; line -1 for characters the pipeline inserted


def gather_runs(lines: Sequence[tuple[int, str]]) -> tuple[str, list[Run]]:
    """The characters of ``lines`` in order, without each line's leading indent, and their map
    as runs, one per raw line.

    CJK text is joined with nothing between the lines, and so is a run of Latin letters broken
    at the column's edge (CD / MA, Inte / rnet): a Chinese column breaks a Latin word wherever
    the line is full, without a hyphen. Where the lines on either side space their Latin words
    (English set the Western way), or a capital follows a small letter (Apple / Inc., a new
    word), the break took a space's place, and a synthetic space keeps the words apart.
    """
    parts: list[str] = []
    runs: list[Run] = []
    latin_end = False  # the text so far ends with a Latin letter, no space after it
    for idx, text in lines:
        body = text.lstrip()
        if not body:
            continue
        # (is_latin_letter written out: this runs on every line of every page)
        first = body[0]
        if (
            latin_end
            and first.isascii()
            and first.isalpha()
            and (
                (first.isupper() and parts[-1][-1].islower())  # a word starts: Apple / Inc., New / York
                or _SPACED_LATIN.search(parts[-1])  # (the line before)
                or _SPACED_LATIN.search(body)
            )
        ):
            parts.append(" ")
            runs.append([SYNTHETIC[0], SYNTHETIC[1], 1])
        n = len(body)
        parts.append(body)
        runs.append([idx, len(text) - n, n])
        last = body[-1]
        latin_end = last.isascii() and last.isalpha()  # (a line ending with a space: not Latin)
    return "".join(parts), runs


def split_runs(runs: Sequence[Run], cut: int) -> tuple[list[Run], list[Run]]:
    """The runs of the first ``cut`` characters and of the rest."""
    left: list[Run] = []
    right: list[Run] = []
    used = 0
    for line, col, n in runs:
        if used + n <= cut:
            left.append([line, col, n])
        elif used >= cut:
            right.append([line, col, n])
        else:
            k = cut - used
            left.append([line, col, k])
            right.append([line, col + k if line >= 0 else col, n - k])
        used += n
    return left, right


def clean_runs(
    text: str, runs: list[Run], keep_spaces_before: int = 0, keep_spaces_after: int | None = None
) -> tuple[str, list[Run], list[Notice]]:
    """``clean`` over text and runs; text without spaces (the common case) passes untouched."""
    # (every white space but " " is unprintable: two scans in C settle most texts before the regex)
    if (" " not in text and text.isprintable()) or not _SPACE_RUN.search(text):
        return text, runs, []
    cmap = decode_charmap(runs)
    out, out_map, notices = clean(
        RawChars(text, [p[0] for p in cmap], [p[1] for p in cmap]), keep_spaces_before, keep_spaces_after
    )
    return out, encode_charmap(out_map), notices


def mend(block: Block, start: int, misread: str, right: str, notices: list[Notice]) -> None:
    """Replace ``misread`` at ``start`` of ``block``'s text by ``right`` (the same length: the map
    to the raw characters stands) and leave a notice at the raw position where it begins."""
    line, col = block.charmap[start]
    notices.append(Notice("mended", line, col, f"{misread}→{right}"))
    block.text = block.text[:start] + right + block.text[start + len(right) :]
