"""Paragraph rebuilding from print cues, as a small Viterbi decoder over line states.

A column line is the First line of a paragraph (its indent lost: about two cells short, or
starting with spaces), a Middle line (full column width, closing punctuation may hang past
the edge), the Last line (any width, normally ending with closing punctuation) or a Single
line paragraph. Each state scores how well a line's width and ending fit it; the decoder
picks the best sequence, which settles cases a line cannot settle alone (a full-width last
line is recognised by the indented line after it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .chars import CLOSING_PUNCT, OPENING_PUNCT, char_width, is_space, text_width
from .patterns import PICTURE_MARK, leadin

#: Full-width marks that justified print may set at half a cell.
SQUEEZABLE = frozenset("，。、；：！？（）《》〈〉「」『』【】")

F, M, L, S = 0, 1, 2, 3
STATES = (F, M, L, S)
NEG = -1e9
#: Allowed transitions and their log-scores; a paragraph starts after L or S.
TRANS: dict[tuple[int, int], float] = {
    (F, M): 0.0,
    (F, L): 0.0,
    (M, M): 0.0,
    (M, L): -0.3,
    (L, F): 0.0,
    (L, S): -0.5,
    (S, F): 0.0,
    (S, S): -0.5,
}
START = {F: 0.0, S: 0.0, M: -6.0, L: -6.0}
END = {L: 0.0, S: 0.0, F: -3.0, M: -3.0}


@dataclass
class LineInfo:
    """One non-blank raw line with the measurements the layout rules need."""

    index: int
    raw: str
    text: str  # stripped
    width: float  # every full-width mark taking a whole cell
    hang: float  # width of the closing punctuation run at the end
    indent: bool  # starts with whitespace (the indent survived OCR)
    squeeze: float = 0.0  # what justification can save: full-width marks set at half a cell
    closes: bool = False  # ends with closing punctuation
    leadin: bool = False  # starts with a dateline or lead-in
    picture: bool = False  # ends with （图片）: the headline of a photo
    continued: bool = False  # carries on the line before (a credit or dateline broken across lines)

    @classmethod
    def of(cls, index: int, raw: str) -> LineInfo:
        text = raw.strip()
        hang = 0.0
        for ch in reversed(text):
            if ch not in CLOSING_PUNCT:
                break
            hang += char_width(ch)
        indent = bool(raw) and is_space(raw[0]) and bool(text)
        core = text.rstrip("".join(CLOSING_PUNCT)) if hang else text
        marks = sum(1 for ch in core if ch in SQUEEZABLE)
        closes = bool(text) and text[-1] in CLOSING_PUNCT
        picture = bool(PICTURE_MARK.search(text))
        return cls(index, raw, text, text_width(text), hang, indent, 0.5 * marks, closes, leadin(text), picture)


def column_width(lines: Sequence[LineInfo], default: float = 14.0) -> float:
    """The column width: the most common width among column-like lines.

    Full lines outnumber every other kind in running text, so the mode of the content
    width (without hanging punctuation) estimates the column wherever there is enough text.
    """
    counts: Counter[float] = Counter()
    for ln in lines:
        core = ln.width - min(ln.hang, 1.0) if ln.width > 1 else ln.width
        if 6 <= core <= 40:
            counts[round(core * 2) / 2] += 1
    if not counts:
        return default
    best = max(counts.values())
    # Ties go to the wider width: short lines are last lines, full lines set the column.
    return max(w for w, c in counts.items() if c == best)


def is_overwide(ln: LineInfo, width: float) -> bool:
    """Wider than the column even allowing hanging and squeezed punctuation."""
    return ln.width - ln.hang - ln.squeeze > width + 1.0 and ln.width > width + 1.5


def _emit(ln: LineInfo, width: float) -> tuple[float, float, float, float]:
    d = ln.width - width
    dc = ln.width - ln.hang - width
    full = d >= -0.75 and dc - ln.squeeze <= 0.75
    over = is_overwide(ln, width)
    indented = -2.75 <= d <= -1.25 or (ln.closes and -2.75 <= dc <= -1.25 and d <= 0.25)
    short = d < -0.75

    if over:
        m, f, last, s = -6.0, -8.0, -8.0, -1.0
    else:
        m = 0.0 if full else (-1.5 if d >= -1.25 else -9.0)
        if d > 1.25 and not full:
            m = -1.5  # several hanging marks
        if indented:
            f = 0.0
        elif full:
            f = -2.5
        else:
            f = -1.5 if d >= -3.25 else -8.0  # a deeper indent is rare; a short line ends
        last = 0.0 if ln.closes else -3.5
        s = (0.0 if ln.closes else -1.0) if short else (-1.0 if ln.closes else -1.5)
    if ln.text and ln.text[-1] in OPENING_PUNCT:
        last -= 6.0  # a line ending with an opening quote or bracket runs on
        s -= 6.0
    if ln.leadin:
        m -= 6.0  # a dateline (本报北京1月4日电) opens a paragraph
        last -= 6.0
    if ln.picture:
        f -= 6.0  # 腊梅傲雪（图片）: a photo's headline stands alone
        m -= 6.0
        last -= 6.0
    if ln.indent:
        m -= 5.0
        last -= 5.0
        f += 0.5
        s += 0.5
    return f, m, last, s


def decode(lines: Sequence[LineInfo], width: float) -> list[list[int]]:
    """Group ``lines`` (positions 0..n-1) into paragraphs; returns lists of positions."""
    n = len(lines)
    if n == 0:
        return []
    emis = [_emit(ln, width) for ln in lines]
    # predecessors of each state, from TRANS
    preds = {b: [(a, t) for (a, bb), t in TRANS.items() if bb == b] for b in STATES}
    prev = [START[s] + emis[0][s] for s in STATES]
    back: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)]
    for i in range(1, n):
        e = emis[i]
        cur = [NEG, NEG, NEG, NEG]
        ptr = [0, 0, 0, 0]
        for b in STATES:
            best, arg = NEG, 0
            for a, t in preds[b]:
                v = prev[a] + t
                if v > best:
                    best, arg = v, a
            cur[b] = best + e[b]
            ptr[b] = arg
        back.append((ptr[0], ptr[1], ptr[2], ptr[3]))
        prev = cur
    state = max(STATES, key=lambda s: prev[s] + END[s])
    path = [state]
    for i in range(n - 1, 0, -1):
        state = back[i][state]
        path.append(state)
    path.reverse()
    paras: list[list[int]] = []
    for i, st in enumerate(path):
        if st in (F, S) or not paras:
            paras.append([i])
        else:
            paras[-1].append(i)
    return paras
