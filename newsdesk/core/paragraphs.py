"""Paragraph rebuilding from print cues, as a small Viterbi decoder over line states.

A column line is the First line of a paragraph (its indent lost: about two cells short, or
starting with spaces), a Middle line (full column width, closing punctuation may hang past
the edge), the Last line (any width, normally ending with closing punctuation) or a Single
line paragraph. Each state scores how well a line's width and ending fit it; the decoder
picks the best sequence, which settles cases a line cannot settle alone (a full-width last
line is recognised by the indented line after it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .chars import (
    CLAUSE_MARKS,
    CLOSING_PUNCT,
    OPENING_PUNCT,
    RUNS_ON,
    SENTENCE_END,
    SENTENCE_STOPS,
    char_width,
    first_closing_bracket,
    last_opening_bracket,
    narrow_cells,
    narrow_runs_finder,
)
from .patterns import (
    BYLINE_FIRST,
    BYLINE_LINE,
    ITEM_BULLETS,
    LEADIN,
    LEADIN_FIRST,
    PHOTO_CREDIT_BARE,
    PHOTO_LABEL,
    PICTURE_MARK,
    author_line,
    closing_credit,
    dated_note,
    enumerated,
    tabular,
    writer_credit_line,
)

#: Full-width marks that justified print may set at half a cell.
SQUEEZABLE = frozenset("，。、；：！？（）《》〈〉「」『』【】")

#: What starting a paragraph costs beyond its cues: where two readings score alike, the one
#: with fewer paragraphs wins (a binary fraction, far under any cue's sixteenth).
_TIE = 1 / 1024
F, M, L, S = 0, 1, 2, 3
STATES = (F, M, L, S)
#: Allowed transitions and their log-scores; a paragraph starts after L or S. Every score is a
#: sum of binary fractions (the emissions are halves; M→L is -5/16, not -0.3, which a float
#: cannot hold): paths that score alike tie exactly, and the tie goes by the rule in ``decode``,
#: not by rounding (a change to one line's score far away could flip it).
TRANS: dict[tuple[int, int], float] = {
    (F, M): 0.0,
    (F, L): 0.0,
    (M, M): 0.0,
    (M, L): -0.3125,
    (L, F): -_TIE,
    (L, S): -0.5 - _TIE,
    (S, F): -_TIE,
    (S, S): -0.5 - _TIE,
}
START = {F: 0.0, S: 0.0, M: -6.0, L: -6.0}
END = {L: 0.0, S: 0.0, F: -3.0, M: -3.0}


@dataclass(slots=True)
class LineInfo:
    """One non-blank raw line with the measurements the layout rules need."""

    index: int
    raw: str
    text: str  # stripped
    width: float  # every full-width mark taking a whole cell
    hang: float  # width of the closing punctuation run at the end
    indent: bool  # starts with whitespace (the indent survived OCR)
    squeeze: float = -1.0  # what justification can save (marks set at half a cell); see ``squeeze``
    closes: bool = False  # ends with closing punctuation
    leadin: bool = False  # starts with a dateline or lead-in
    picture: bool = False  # ends with （图片）: the headline of a photo
    continued: bool = False  # carries on the line before (a credit or dateline broken across lines)
    column: float = 0.0  # the column width this line suggests (to half a cell), 0 if none
    byline: bool = False  # a byline alone on the line (□本报记者 王海 通讯员 李丽): a paragraph of its own
    #: an editor's note's label opens the line (编者按：), or a photo caption's (压题照片：, 图为…
    #: after a line ending in words; see ``_opens_caption``): a paragraph starts
    note: bool = False
    #: the next line opens with a quote or bracket, which no line ends with: this line may end a
    #: cell short of the column (…他说： / “我们…)
    before_mark: bool = False
    #: it opens with a bracket and the line before stopped no sentence: the bracket stands
    #: inside the sentence (…3月5日电 / （记者王海）青川…), no credit closing a paragraph
    in_sentence: bool = False
    #: nothing but its width bears on its paragraph: no closing or opening mark at its end, no
    #: 摄, no indent, no bracket first, no lead-in, byline, note or name (see ``decode``)
    plain: bool = False
    #: a writer's name alone on the line (王海, 欧阳山): it stands under a headline or signs a
    #: text, and ends no paragraph's sentence
    name: bool = False
    #: two column lines OCR ran into one, inside running text (see ``merged_lines``): as wide as
    #: the column counts, not wider
    merged: bool = False


def _bracket_left_open(text: str) -> bool:
    """Whether ``text`` opens a bracket it has not closed by its end (…（本报记者周文摄自 /
    滨江公园）: the bracket after the last closing one). (Asked only of lines holding an opening
    bracket: the callers look for one first, as most lines hold none.)"""
    return last_opening_bracket(text) > max(text.rfind("）"), text.rfind(")"))


def measure_lines(lines: Iterable[tuple[int, str]]) -> list[LineInfo]:
    """A ``LineInfo`` for each non-blank line (index, raw text), measured in one loop (this runs
    on every line of every page); squeezable marks are counted later, by ``squeeze``, for the
    few lines that need them."""
    out: list[LineInfo] = []
    append = out.append
    closing = _CLOSING
    lead = LEADIN.match
    leadin_first = LEADIN_FIRST
    byline_first, byline_line = BYLINE_FIRST, BYLINE_LINE.match
    opens_first = leadin_first | byline_first | _NOTE_FIRST | _OPENING | _CAPTION_FIRST
    note_label = _EDITORS_NOTE.match
    picture_mark = PICTURE_MARK.search
    narrow_runs = narrow_runs_finder()
    new = LineInfo.__new__  # (object's: no ``__init__`` call; and a compiled class's own)
    for index, raw in lines:
        text = raw.strip()
        if not text:
            continue
        n = len(text)
        first = text[0]
        core = text.rstrip(closing)
        ln = new(LineInfo)
        if len(core) < n:
            ln.closes = True
            tail = text[len(core) :]
            hang = char_width(tail) if len(tail) == 1 else sum(map(char_width, tail))
            ln.picture = text[-1] in "）)" and picture_mark(text) is not None
            last = ""  # (a closing mark: no plain line)
        else:
            ln.closes = ln.picture = False
            hang = 0.0
            last = text[-1]
        # (``text_width`` written out: a call per line costs more than its work on most lines)
        if text.isascii():
            width = 0.5 * n
        else:
            runs = narrow_runs(text)
            if not runs:
                width = float(n)
            else:
                # (``narrow_cells`` written out for runs inside the Basic Multilingual Plane)
                narrow = "".join(runs) if len(runs) > 1 else runs[0]
                if narrow.isascii() or max(narrow) < "\U00010000":
                    width = n - 0.5 * len(narrow)
                else:
                    width = n - 0.5 * narrow_cells(runs)
        # (widths and hangs are whole half cells, so the body is too)
        body = width - (hang if hang < 1.0 else 1.0) if width > 1 else width
        # (attributes set one by one: the generated ``__init__`` call costs as much again)
        ln.index = index
        ln.raw = raw
        ln.text = text
        ln.width = width
        ln.hang = hang
        ln.indent = indent = raw[0] != first and raw[0] != "\n"
        ln.squeeze = -1.0
        if first in opens_first:  # (most lines open with no lead-in's, byline's or note's first character)
            ln.leadin = first in leadin_first and lead(text) is not None
            ln.byline = first in byline_first and byline_line(text) is not None
            ln.note = (first in _NOTE_FIRST and note_label(text) is not None) or (
                first in _CAPTION_FIRST and _opens_caption(text, out[-1].text if out else "")
            )
            ln.before_mark = False
            ln.in_sentence = first in "（(" and bool(out) and out[-1].text.rstrip(_QUOTES_CLOSING)[-1:] not in _STOPPED
            if first in _OPENING and out:
                out[-1].before_mark = True
                out[-1].plain = False  # (its width alone no longer says how it ends: see ``_emit``)
            # (a caption's first line, 图为…, asks ``_emit`` whatever its width: see there)
            flagged = ln.leadin or ln.byline or ln.note or text.startswith(_CAPTION_OPENS)
        else:
            ln.leadin = ln.byline = ln.note = ln.before_mark = ln.in_sentence = flagged = False
        # (a name is two to four characters: the few lines so short ask)
        ln.name = name = n <= 4 and not hang and author_line(text)
        ln.plain = not (
            flagged
            or hang
            or indent
            or name
            or first in "（("
            or first in ITEM_BULLETS
            or last in _OPENING
            or last == "摄"
            or (("（" in text or "(" in text) and _bracket_left_open(text))
        )
        ln.continued = ln.merged = False
        ln.column = body if 6 <= body <= 40 else 0.0
        append(ln)
    return out


def stray_indents(lines: Sequence[LineInfo], width: float, most: int = 2) -> bool:
    """Whether the leading spaces of a page's ``lines`` are OCR's noise, not the print's: inside
    running text (two lines that fill the column without closing a sentence, each running into
    the next) a space opening the next line marks nothing; where ``most`` lines or more carry one
    so, the page's spaces say nothing. (A headline as wide as the column over an indented text,
    a lead-in, or a list's next item, 3、…, is no such line. No dev page has one, nor any of the
    80 typeset pages whose paragraphs keep their indents; with a stray space before one line in
    fifty, most pages have two or more.)"""
    found = 0
    for k in [k for k, ln in enumerate(lines) if ln.indent and k > 1]:  # (few lines keep a space)
        z, a, b = lines[k - 2], lines[k - 1], lines[k]
        if _runs_on(z, width) and _runs_on(a, width) and not b.leadin and not enumerated(b.text):
            found += 1
            if found >= most:
                return True
    return False


def merged_lines(lines: Sequence[LineInfo], width: float) -> None:
    """Mark the lines that are two column lines OCR ran into one: as wide as two columns at
    most, inside running text. A headline or a caption set across columns follows a text's end
    or another heading, never the middle of a sentence (on dev, 11 wide lines follow a full
    line closing nothing, all of them under a headline; none after two), and a headline takes
    no full stop. So a wide line is two column lines
    - after two lines of running text (each filling the column without closing a sentence, so
      the text runs on into this one; a comma or dash may hang past the edge, and a line
      already found to be two runs on as well);
    - after one, where it stops a sentence and holds another mark, or the line before ends
      with a clause mark (``_clause_into_stop``: a line and a paragraph's last one; a caption
      across columns follows its headline, no running text), unless the line after it is
      running text as wide (``_wider_run``): then it is the first line of an article set in a
      wider column, under a headline as wide as the page's column;
    - where it runs into a full line of running text after it, and the line before runs into
      it (``_runs_into``: a dateline's first line, a paragraph's first line), or a sentence
      ends inside it, or a clause where the line before stopped a sentence (a paragraph's
      first line run into its second: a deck's comma over a caption follows its headline);
    - where it opens with a dateline (本报青川3月2日电…: no headline) and runs into a full line;
    - between a paragraph's first line and a full line of running text holding a clause
      (``_first_line_into_text``: a full line is no paragraph's first line, so it carries on
      the wide line);
    - after a full line leaving its clause open (…说：, ``_open_clause_before``) or a dateline's
      first line (``_dateline_runs_into``), or after a line running on where it holds a full
      stop inside (headlines take none), over a line of text (``_text_line``);
    - where it is as wide as two column lines (the first may be a paragraph's first line) and
      ends with a comma, or closes clauses with a full stop (a heading may close with ！ or ？,
      never 。), or the line after carries it on (``_carried_on``: …早点 / 心。他说…, …讲起这 /
      些往事。): no heading ends so, and no heading's next line opens so; or, after a sentence's
      end or a line running on, a word of the page runs across into the line after, a column's
      line that closes a sentence or runs on (``_word_broken``: two lines of a paragraph,
      …送去热茶和早点到渡 / 口边的船工都说热茶好喝。): a heading over a text meets its first
      line at no word, and a heading broken at its own measure leaves a rest that closes no
      sentence (…青川推广秸秆还田 / 技术).
    The page's top counts as a sentence's end."""
    least, most = width + 1.5, 2 * width + 1.5
    for k in [k for k, ln in enumerate(lines) if ln.width > least]:  # (few lines are so wide)
        b = lines[k]
        if b.width > most or not is_overwide(b, width):
            continue
        a = lines[k - 1] if k else None
        c = lines[k + 1] if k + 1 < len(lines) else None  # (the line after it, None at the page's foot)
        on = a is not None and not b.leadin and _runs_on(a, width)
        if (
            (on and k > 1 and _runs_on(lines[k - 2], width))
            or (on and _ends_with_sentences(b) and not _wider_run(lines, k, most))
            or (on and _clause_into_stop(a, b) and not _wider_run(lines, k, most))
            or (
                c is not None
                and (b.leadin or on or _runs_into(a, b, width) or _runs_on_inside(b, a))
                and _runs_on(c, width)
            )
            or (c is not None and _first_line_into_text(a, b, c, width))
            or (
                c is not None
                and _open_clause_before(a, width)
                and _text_line(c, width)
                and not _wider_run(lines, k, most)
            )
            or _dateline_runs_into(a, width)
            # (dev: read as before; ``bench_layouts``, lines run together: of 829 articles, two
            # more whole with headlines after their texts, three with headlines before)
            or (on and "。" in b.text[:-1] and c is not None and _text_line(c, width))
            or (
                # (a comma closing it may stand inside the column rather than hang past it: a
                # paragraph's first line and a full line ending with one measure 2 * width - 2)
                (b.width - b.hang >= 2 * width - 2.75 or (b.text[-1] in RUNS_ON and b.width >= 2 * width - 2.75))
                and (
                    b.text[-1] in RUNS_ON
                    or _ends_with_sentences(b, _FULL_STOP)
                    or (c is not None and _carried_on(c, width))
                    or (
                        c is not None
                        and (a is None or a.text[-1] in SENTENCE_STOPS or on)
                        and (c.text[-1] in SENTENCE_STOPS or _runs_on(c, width))
                        and _word_broken(b, c, lines, width)
                        # (a headline run into the first line of the dateline under it, parted
                        # before the lead-in later: no two column lines)
                        and _leadin_inside(b, width) is None
                    )
                )
            )
        ):
            b.merged = True
            b.column = 0.0
            b.plain = False


def _stops_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence's stop, closing quotes after it aside (…好喝。”)."""
    return text.rstrip(_QUOTES_CLOSING)[-1:] in SENTENCE_STOPS


def _text_line(c: LineInfo, width: float) -> bool:
    """Whether ``c`` is a line of running text after a wide line: it stops a sentence, or runs on
    as a full line (no heading's line does either, and no text's first line runs on)."""
    return _stops_sentence(c.text) or _runs_on(c, width)


def _open_clause_before(a: LineInfo | None, width: float) -> bool:
    """Whether ``a`` spans the column (its mark may hang past the edge) and leaves its sentence
    open with a clause's mark (…候船亭说： / …， / …、): its sentence runs on into the wide line after
    it, which is then text, no heading (no heading follows an open clause; a photo's label,
    图片：, is short of the column). (Dev: read as before. ``bench_layouts``, one pair of lines
    in twenty run together: of 829 articles, one more comes out whole with headlines after their
    texts, two with headlines before.)"""
    return (
        a is not None and a.text[-1] in _RUNS_INTO and min(abs(a.width - width), abs(a.width - a.hang - width)) <= 0.75
    )


def _dateline_runs_into(a: LineInfo | None, width: float) -> bool:
    """Whether ``a`` is a dateline's first line within the column, closing nothing (本报讯（记者
    王 / 海）…): a lead-in runs into its text, so the wide line after it is that text's lines run
    together, no heading. (Dev: read as before. ``bench_layouts``, lines run together: of 829
    articles, four more come out whole with headlines after their texts, five with headlines
    before.)"""
    return a is not None and a.leadin and not a.closes and a.width <= width + 0.75


def _clause_into_stop(a: LineInfo | None, b: LineInfo) -> bool:
    """Whether line ``a`` ends inside a sentence with a clause mark (…建设， / …、) and the wide
    line ``b`` after it stops that sentence: running text's line and the paragraph's last one run
    together (…候船亭由滨江街道全额出资建设， / 可容纳六十多位船工同时在亭里候船。). No headline or
    caption across columns follows a comma. (Dev: read as before. ``bench_layouts``, one pair
    of lines in twenty run together: of 829 articles, two more come out whole with headlines
    after their texts, one more with headlines before.)"""
    return a is not None and a.text[-1] in RUNS_ON and _stops_sentence(b.text)


def _first_line_into_text(a: LineInfo | None, b: LineInfo, c: LineInfo, width: float) -> bool:
    """Whether the wide line ``b`` stands between a paragraph's first line ``a`` (two cells
    short, closing nothing) and a full line of running text ``c`` that holds a clause (…，…):
    a full line, no indent kept and no lead-in, is no paragraph's first line, so it carries on
    ``b``, which is then the paragraph's second and third lines run together, no headline across
    columns (over a text, a headline stands before the text's first line, short of the column).
    A writer's line run into a dateline's first line (…局长周文本报讯（记者…), parted before its
    lead-in later, is no two column lines. (Dev: read as before. ``bench_layouts``, one pair of
    lines in twenty run together: of 829 articles, six more come out whole with headlines after
    their texts, and two more with headlines before: three gained, and one headless brief after
    a text now taken into it, where the wide line had happened to part them.)"""
    return (
        a is not None
        and first_of(a, width)
        and not c.indent
        and not c.leadin
        and _runs_on(c, width)
        and any(ch in CLAUSE_MARKS for ch in c.text[:-1])
        and _leadin_inside(b, width) is None
    )


def _word_broken(b: LineInfo, c: LineInfo, lines: Sequence[LineInfo], width: float) -> bool:
    """Whether a word runs from line ``b`` into line ``c``, a column's line: the Chinese
    characters either side of the break stand together inside a line of the page (…到渡 / 口边…,
    where 渡口 is in the text). A heading and the text's first line under it meet at no word of
    the page. (A deck across columns broken at its own measure, …接受本报记者的采 / 访，他说，…,
    has a second line wider than the column.) Figures and Latin letters are no such word: 10 and
    20 stand in any text with figures. The dev pages read as before; with one pair of lines
    in twenty run together (``bench_layouts``, 14 cells), of 829 articles nine more come out
    whole with headlines after their texts, and eight with headlines before (where the line
    before it runs on: four and three of them)."""
    pair = b.text[-1:] + c.text[:1]
    if len(pair) != 2 or c.width > width + 1.5 or not all("\u4e00" <= ch <= "\u9fff" for ch in pair):
        return False
    return any(pair in ln.text for ln in lines)


def _wider_run(lines: Sequence[LineInfo], k: int, most: float) -> bool:
    """Whether the line after line ``k`` (too wide for the page's column) is running text of a
    wider column that line ``k`` is a line of too: at least as wide (their marks aside), no
    wider than two of the page's column lines (``most``), and a clause inside it, which a
    headline across columns holds none of."""
    if k + 1 >= len(lines):
        return False
    b, c = lines[k], lines[k + 1]
    return b.width - b.hang <= c.width - c.hang and c.width <= most and any(ch in _ENDS_INSIDE for ch in c.text[:-1])


def split_run_together(lines: list[LineInfo], width: float) -> list[LineInfo]:
    """``lines`` with each line found to be two column lines run together (``merged_lines``),
    or a cell and a half wider than the column that fits it only with its marks set at half a
    cell, split in two where a paragraph ends inside it (no line of print holds one paragraph's
    end and the next one's start): after a sentence's stop, the rest as wide as a paragraph's
    first line (two cells short of the column: its indent lost) and the part before it no wider
    than a line, its hanging mark aside (a stop inside the second of two full lines leaves a
    part wider than that before it). A line after running text (a full line or a paragraph's
    first line, closing nothing), over a line that opens an article (a dateline, a paragraph's
    first line, a writer's name or a reporter's credit) or at the page's foot, is split so too
    where the rest may be a headline (``_heading_rest``): the text's last line run into a headline
    (…好人。 + 青川渡口老周送了三十年热茶, + 上海：查补税款三亿元; a headline with a stop inside,
    好消息！青川…, follows a text's end, not running text). A wide line not found to be two is
    parted before a lead-in inside it where a heading comes before it (``_leadin_inside``). A line
    a cell wider than the column, its hanging mark aside, is no
    column's line either (on the dev pages such lines are all headings, and none holds a stop): it
    is parted so too where a paragraph ends inside it (a short last line, …越宽。, run into the next
    paragraph's first line). Each part keeps its raw line and its place in it."""
    least = width + 1.5
    out = lines
    over = width + 0.5
    for k in reversed([k for k, ln in enumerate(lines) if ln.width > least or ln.width - ln.hang > over]):
        ln = lines[k]
        # (running text's last line run into a heading: an article opens on the line after)
        heading = (
            0 < k
            # (a paragraph's first line runs into the next as a full line does: dev read as
            # before; ``bench_layouts``, lines run together: one article more in 829 whole)
            and (_runs_on(lines[k - 1], width) or first_of(lines[k - 1], width))
            and (
                k == len(lines) - 1
                or lines[k + 1].leadin
                or lines[k + 1].name
                # (a reporter's credit under the headline: dev read as before;
                # ``bench_layouts``, lines run together: of 829 articles two more whole with
                # headlines after their texts, five with headlines before)
                or lines[k + 1].byline
                or first_of(lines[k + 1], width)
            )
        )
        parts = (
            _paragraph_end_inside(ln, width, heading) if ln.merged or heading or not is_overwide(ln, width) else None
        )
        if parts is None and k > 0 and _credit_runs_into(lines[k - 1], ln):
            parts = _credit_end_inside(ln, width, heading)
        if parts is None and not ln.merged:
            parts = _leadin_inside(ln, width)
        if parts is not None:
            if out is lines:
                out = list(lines)
            out[k : k + 1] = parts
    return out


def _paragraph_end_inside(ln: LineInfo, width: float, heading: bool = False) -> list[LineInfo] | None:
    """``ln`` parted after a stop (see ``split_run_together``) where the rest is a paragraph's
    first line or, where ``heading``, a line with no mark (``None`` where no stop parts it so)."""
    text = ln.text
    for m in _STOP_RUN.finditer(text, 0, len(text) - 1):
        # (the writer's credit closing the paragraph, 。（周文）, goes with it; or else the stop
        # alone ends it)
        for cut in (m.end(), m.end(1)) if m.end() > m.end(1) else (m.end(),):
            head, tail = _parted(ln, cut)
            if head.width - head.hang > width + 0.75 or head.width < 1:
                continue
            if (
                not _opens_rest(tail, width, heading)
                # (or a cell shorter, where the next line opens with a quote or a bracket moved
                # down with the character before it: …送茶格外用心 / “老周茶摊”…; a line ending with
                # a mark, …《滨志》、 / 《…, is a full line whose marks are set narrow)
                and not (ln.before_mark and not tail.closes and width - 3.5 <= tail.width <= width - 2.0)
            ):
                continue
            return _parts_of(ln, head, tail)
    return None


def _opens_rest(tail: LineInfo, width: float, heading: bool) -> bool:
    """Whether ``tail``, the rest of a line parted where a paragraph ends inside it, opens what
    follows: a paragraph's first line or, where ``heading``, a headline (``_heading_rest``)."""
    return first_of(tail, width) or (heading and _heading_rest(tail.text))


def _parts_of(ln: LineInfo, head: LineInfo, tail: LineInfo) -> list[LineInfo]:
    """``ln``'s two parts, ``head`` carrying on the line before as ``ln`` did, and ``tail``
    before a moved opening mark where ``ln`` was."""
    head.in_sentence = ln.in_sentence  # (the line before is the merged line's)
    if ln.before_mark:
        tail.before_mark = True
        tail.plain = False
    return [head, tail]


#: A writer's credit left open at a line's end, after a sentence's stop (…给船工送茶。（周 / 文）):
#: the line after closes it, and the paragraph with it.
_CREDIT_LEFT_OPEN = re.compile(r"[。！？!?][”’』」]*[（(][^（）()]{0,20}$")
#: How far into the next line a credit left open closes, at most (the rest of a name or two).
_CREDIT_REST = 12


def _credit_runs_into(before: LineInfo, ln: LineInfo) -> bool:
    """Whether ``ln`` opens with the end of a writer's credit closing a paragraph: the line
    ``before`` left one open after a sentence's stop (…送茶。（周 / 文）…), or stopped its sentence,
    and ``ln`` opens with the credit's bracket (…送茶。 / （周文）…: dev read as before;
    ``bench_layouts``, lines run together: of 829 articles, three more come out whole with
    headlines after their texts, three with headlines before)."""
    return _CREDIT_LEFT_OPEN.search(before.text) is not None or (_stops_sentence(before.text) and ln.text[:1] in "（(")


def _credit_end_inside(ln: LineInfo, width: float, heading: bool) -> list[LineInfo] | None:
    """``ln``, opening with the end of a writer's credit (``_credit_runs_into``), parted after
    the bracket closing that credit, where the rest is a paragraph's first line or, where
    ``heading``, may be a headline (…送茶。（周 / 文）青川渡口新建的候船亭投入使用 run together: the credit
    closes the paragraph, as a stop does; ``_STOP_RUN`` finds no stop in it). (Dev: read as
    before. ``bench_layouts``, lines run together: of 829 articles, two more come out whole with
    headlines after their texts, eight with headlines before.)"""
    close = first_closing_bracket(ln.text)
    if close < 0 or close + 1 >= len(ln.text) or close > _CREDIT_REST:
        return None
    head, tail = _parted(ln, close + 1)
    return _parts_of(ln, head, tail) if _opens_rest(tail, width, heading) else None


def _heading_rest(text: str) -> bool:
    """Whether ``text``, the rest of a line after a sentence's stop, may be a headline: it stops
    no sentence, trails off in none (……) and runs on into nothing (…：, …，), as a paragraph's
    last line run into the line before it does; the marks it may hold are titles', quotes' and
    clauses' (港岛一商住大厦起火，三十多人受伤; 上海：查补税款三亿元; 集装箱检测系统『孵化』成型)."""
    return _STOPS_SENTENCE.isdisjoint(text) and text[-1] not in _RUNS_INTO


#: A sentence's stops, its trailing off (……”) too.
_STOPS_SENTENCE = SENTENCE_STOPS | {"…"}


def _leadin_inside(ln: LineInfo, width: float) -> list[LineInfo] | None:
    """``ln`` parted before a lead-in inside it (…工作 + 新华社青川3月4日电（记者…) where the part
    before is a heading (no clause's end, no bracket, no lead-in of its own) and the rest as
    wide as a dateline's first line (the column, its indent lost or kept): a headline and the
    dateline under it, or the next story's, run together. ``None`` where none parts it so."""
    text = ln.text
    for cut in range(2, len(text) - 3):
        if text[cut] not in LEADIN_FIRST or LEADIN.match(text[cut:]) is None:
            continue
        head_text = text[:cut]
        if any(c in _ENDS_INSIDE or c in "；：;:（）()" for c in head_text) or LEADIN.match(head_text):
            return None
        head, tail = _parted(ln, cut)
        if not width - 2.75 <= tail.width <= width + 0.75:
            return None
        return [head, tail]
    return None


def _parted(ln: LineInfo, cut: int) -> tuple[LineInfo, LineInfo]:
    """``ln`` measured again as two lines, its text before and after ``cut``: the second keeps
    its place (its column) in the raw line, and no indent."""
    text = ln.text
    start = ln.raw.index(text)  # (where the stripped text begins in the raw line)
    head, tail = measure_lines([(ln.index, ln.raw[: start + cut]), (ln.index, text[cut:])])
    tail.raw = " " * (start + cut) + ln.raw[start + cut :]
    tail.indent = False
    return head, tail


#: A sentence's stop and the closing quotes after it (group 1), and the writer's credit in
#: brackets that may close the paragraph after them (。（周文）): where a paragraph may end inside
#: a line. (Dev: read as before. ``bench_layouts``, one pair of lines in twenty run together:
#: of 829 articles, three more come out whole with headlines after their texts and four with
#: headlines before, none fewer: a credit run into the next text's dateline or headline.)
_STOP_RUN = re.compile(r"([。！？!?][”’』」]*)(?:[（(][^（）()。，]{1,12}[）)])?")


def _runs_into(a: LineInfo | None, b: LineInfo, width: float) -> bool:
    """Whether line ``a``, short of the column and closing nothing, runs into the wide line
    ``b`` after it: a dateline's first line does (a lead-in runs into its text), and so does a
    paragraph's first line where ``b`` holds a sentence's or a clause's end (a headline two
    cells short of the column, over another set across columns, has none)."""
    if a is None or a.closes:
        return False
    return a.leadin or (first_of(a, width) and any(c in _ENDS_INSIDE for c in b.text[:-1]))


def _carried_on(ln: LineInfo, width: float) -> bool:
    """Whether ``ln`` opens with one character and a stop or a comma (心。他说…, 的，…), or with
    a word's end and its sentence's stop within its first four characters (些往事。…): text
    carried on from the line before (print never opens a line with a mark, so it takes the
    character before down with it; no paragraph opens with a sentence so short). A column
    line, or two run together, does; a heading's second line, wider than the column and short
    of two, is no such line."""
    text = ln.text
    return (
        len(text) > 1
        and (text[1] in _CARRIED or any(c in SENTENCE_STOPS for c in text[2:4]))
        and (ln.width <= width + 1.5 or ln.width >= 2 * width - 2.75)
    )


#: Marks that end a clause or a sentence after its last character (not 、: 一、 opens a list's item).
_CARRIED = frozenset("，。！？；：,.!?;:")


def _ends_with_sentences(ln: LineInfo, stops: frozenset[str] = SENTENCE_STOPS) -> bool:
    """Whether ``ln`` stops a sentence (with one of ``stops``) and holds a sentence's or a
    clause's end before it."""
    core = ln.text.rstrip(_QUOTES_CLOSING)
    return core[-1:] in stops and any(c in _ENDS_INSIDE for c in core[:-1])


#: A heading may close with ！ or ？, never with a full stop.
_FULL_STOP = frozenset("。")


def _runs_on_inside(ln: LineInfo, before: LineInfo | None) -> bool:
    """Whether a sentence ends inside ``ln`` (before its closing marks), or a clause where the
    line ``before`` it stopped a sentence or names a writer (None: the page's top)."""
    inside = ln.text.rstrip(_CLOSING)
    return any(c in SENTENCE_STOPS for c in inside) or (
        any(c in "，," for c in inside)
        and (
            before is None
            or _stops_sentence(before.text)
            or before.name  # (a paragraph opens under its writer's name or credit, as after a stop)
            or before.byline
        )
    )


#: A sentence's or a clause's end: running text holds them, a headline across columns seldom.
_ENDS_INSIDE = SENTENCE_STOPS | {"，", ","}


def _runs_on(ln: LineInfo, width: float) -> bool:
    """Whether ``ln`` is running text that runs into the next line: as wide as the column (to a
    cell's three quarters; a comma or dash may hang past its edge, and a line may end short of
    it before an opening mark moved down), or two column lines run together, and closing no
    sentence."""
    if ln.merged:  # (two column lines run into one: as wide as two columns)
        return not ln.closes or ln.text[-1] in _INSIDE_SENTENCE
    if not ln.closes:
        # (... or a cell short where the next line opens with a quote or a bracket, moved down
        # with the character after it: …船工们都叫它 / “老周茶摊”…)
        return abs(ln.width - width) <= 0.75 or (ln.before_mark and _KEPT_MARK <= ln.width - width < 0)
    # (a comma may hang past the column's edge)
    return ln.text[-1] in _INSIDE_SENTENCE and min(abs(ln.width - width), abs(ln.width - ln.hang - width)) <= 0.75


def forget_indents(lines: Sequence[LineInfo]) -> None:
    """Read ``lines`` as if none kept a leading space (see ``stray_indents``). (``decode`` then
    scores each such line by itself: ``plain`` only lets it reuse a score.)"""
    for ln in lines:
        if ln.indent:
            ln.indent = ln.plain = False


def squeeze(ln: LineInfo) -> float:
    """What justification can save on ``ln``: its full-width marks (before the hanging ones) set
    at half a cell. Only lines wider than the column ask, so it is counted on first use."""
    if ln.squeeze < 0:
        ln.squeeze = 0.5 * len(_SQUEEZABLE_RE.findall(ln.text.rstrip(_CLOSING)))
    return ln.squeeze


_CLOSING = "".join(CLOSING_PUNCT)
#: What a line that stopped its sentence ends with (its closing quotes aside): a stop, or a
#: bracket closing a credit before this one (（周文摄） / （新华社稿）).
_STOPPED = frozenset("。！？!?…）)")
_QUOTES_CLOSING = "”’』」"
#: Marks a line may end with inside a sentence, which runs on into the next line (a dash, …的好事—— /
#: 群众…, leads into what follows).
_INSIDE_SENTENCE = frozenset("，、；,;—")
_OPENING = frozenset(OPENING_PUNCT)
#: Marks a paragraph's first line may end with: the sentence runs on into the next line.
_RUNS_INTO = frozenset("，、：；,:;")
_SQUEEZABLE_RE = re.compile("[" + re.escape("".join(sorted(SQUEEZABLE))) + "]")


#: Cells narrower than any newspaper column: a line so short running on is a heading (the
#: layouts benchmark sets columns down to 10 cells, whose first lines are 8).
_NARROWEST_COLUMN = 8.0


def column_width(lines: Sequence[LineInfo], default: float = 14.0, support: float = 0.0) -> float:
    """The column width: the most common width among the lines that run on.

    A column's full lines run on into the next line; the lines that close a sentence are
    mostly paragraphs' last lines, of any width, and on a page of short paragraphs they are as
    many as the full lines. So the mode of the content width (without hanging punctuation) of
    the lines ending no sentence estimates the column wherever there is enough text; where
    fewer than ``support`` of all the lines share one width, there is no column to go by
    (``default``). Headlines end no sentence either: on a page of a few briefs they may be as
    many as the full lines, so lines narrower than any column (``_NARROWEST_COLUMN``) count
    for none.
    """
    counts: dict[float, int] = {}
    get = counts.get
    inside: list[float] = []
    closing: list[float] = []
    steps: list[float] = []  # (the widths of lines running on into a line two cells wider)
    narrowest = _NARROWEST_COLUMN
    before = 0.0  # (the width of the line before, where it ran on)
    body_before = 0.0  # (the width of the line before, its closing marks aside)
    for ln in lines:  # (a plain loop counts faster than Counter: this runs for every article)
        w = ln.column  # (0.0 for lines too narrow or too wide to suggest a column)
        ran, before = before, 0.0
        wider_before, body_before = body_before > w, ln.width - ln.hang
        if w < narrowest:
            continue
        if ran and w == ran + 2.0:
            steps.append(ran)
        if ln.closes:  # (few lines end with a mark)
            if ln.text[-1] in SENTENCE_END:
                # (a paragraph's last line, of any width; or a full line, its stop hanging past
                # the edge: it says which of two widths is the column, below, not the width;
                # after a wider line, it is a last line and says nothing)
                if not wider_before:
                    closing.append(w)
                continue
            if ln.hang == 1.0:
                inside.append(w)  # (a comma set inside the last cell, not past the edge: see below)
        before = w  # (it ends no sentence: it runs on)
        counts[w] = get(w, 0) + 1
    if not counts:
        return default
    best = max(counts.values())
    if best < support * len(lines):
        return default  # no width most lines share (verse, a table): no column to go by
    # Ties go to the wider width: short lines are headings, full lines set the column.
    mode = max(w for w, c in counts.items() if c == best)
    # Paragraphs of two or three lines have as many first lines (two cells short: the lost
    # indent) as full ones: a width two cells wider that is half as common is the column
    # (one line of it is a headline's), counting the lines of either width that end a sentence.
    # (a line with a comma set inside its last cell is a full line of the column a cell wider;
    # and a line two cells wider than the line running on into it, a paragraph's first line,
    # counts twice: no column of the narrower width holds it; nor is a line of the wider width
    # that runs on so into one two cells wider still a full line of its own column)
    wider = (
        get(mode + 2.0, 0)
        - steps.count(mode + 2.0)
        + inside.count(mode + 1.0)
        + closing.count(mode + 2.0)
        + steps.count(mode)
    )
    return mode + 2.0 if wider >= 2 and 2 * wider >= best + closing.count(mode) else mode


def column_regions(
    lines: Sequence[LineInfo], width: float, least: int = 4, gap: int = 4
) -> list[tuple[int, int, float]]:
    """Where a page sets some articles in another column width: ``(start, end, width)`` over
    ``lines``, covering them all in order (one region of ``width`` on most pages).

    An article in a wider or narrower column repeats its own full-line width ``w`` line after
    line (every ``gap`` lines at most), with no line wider than ``w`` among them: ``least``
    such lines (or first lines of paragraphs, two cells shorter, before them) make a region
    of width ``w`` (a brief of one paragraph: its first line and three full ones). A wider
    region takes in the lines beside it too wide for the page's column that fit its own.
    Running text of the page's width interrupts any narrower run at once (its full lines are
    wider), and its headlines are too few and unequal to make a wider one. A column narrower
    than 9 cells is verse or a table, not a column. A short article set wider than the page's
    column shows as a run of lines too wide for it, two of them full lines of one width, with
    no more than its paragraphs' last lines between them, and a sentence among them (a stack of
    wide headings or a table's column heads says none): ``_add_short_regions``. A short article
    set narrower shows as full lines of one width that run on into the next, which no line of
    the page's column short of its edge does: ``_add_narrow_regions``.
    """
    # (one pass finds the widths worth a look: two full lines in a row, twice, at a width
    # other than the page's; or, for short articles, two lines of one width too wide for the
    # page's column, or short of it and running on; most pages have none. Two cells short of
    # the page's is the width of its paragraphs' first lines: a column that wide cannot be told
    # from them.)
    pairs: dict[float, int] = {}
    wider: dict[float, int] = {}
    narrower: dict[float, int] = {}
    before = 0.0
    inside = -1.0
    high, low, near = width + 2.0, width - 2.5, width + 0.5
    wide: list[int] = []  # (the lines too wide for the page's column)
    short: list[int] = []  # (the lines short of its paragraphs' first lines)
    for k, ln in enumerate(lines):
        column = ln.column
        if column < 9.0 or low <= column < near:
            # (most lines: neither it nor a cell wider makes a width other than the page's)
            if 6.0 <= column < low:
                short.append(k)
            before = inside = -1.0
            continue
        if column < low:
            short.append(k)
        # (a full line with half-width characters odd in number is half a cell short)
        c = column + 0.5 if column % 1.0 else column
        # (a closing mark may hang past the edge or be set inside it, a cell wider)
        m = c + 1.0 if ln.hang == 1.0 and c else -2.0
        if (c >= high or c < low) and (c == before or c == inside):
            pairs[c] = pairs.get(c, 0) + 1
        if m > 0 and (m >= high or m < low) and (m == before or m == inside):
            pairs[m] = pairs.get(m, 0) + 1
        if ln.width - ln.hang > near:
            wide.append(k)
            if c >= high:
                # (lines too wide for the page's column, of one width though not in a row: the
                # full lines of a short article set wider, its paragraphs' last lines between)
                wider[c] = wider.get(c, 0) + 1
                if m > 0:
                    wider[m] = wider.get(m, 0) + 1
                # (or a paragraph's first line, two cells short: a line running on, or one closing
                # its sentence after a narrower line, which ran on into no line, a paragraph of
                # one line as wide, its mark maybe set inside the edge)
                ends = ln.text[-1] in SENTENCE_END
                if not ends or (k and lines[k - 1].width < ln.width - ln.hang):
                    wider[c + 2.0] = wider.get(c + 2.0, 0) + 1
                    if ends and m > 0:
                        wider[m + 2.0] = wider.get(m + 2.0, 0) + 1
        elif c < low and ln.text[-1] not in _ITEM_END:
            # (lines short of the page's column that run on: the full lines of a short article
            # set narrower; a paragraph of the page's column ends no line so short but its last)
            narrower[c] = narrower.get(c, 0) + 1
            if m > 0 and m < low:
                narrower[m] = narrower.get(m, 0) + 1
        before, inside = c, m
    candidates = sorted((w for w, n in pairs.items() if n >= 2), key=lambda w: -pairs[w])
    # (widths with no full lines in a row make no region of full lines: only short ones)
    shorts = sorted((w for w, n in wider.items() if n >= 2 and w not in candidates), key=lambda w: -wider[w])
    narrows = sorted((w for w, n in narrower.items() if n >= 2 and w not in candidates), key=lambda w: -narrower[w])
    if not candidates and not shorts and not narrows:
        return [(0, len(lines), width)]
    found: list[tuple[int, int, float]] = []
    for w in candidates:
        run: list[int] = []
        for i, ln in enumerate(lines):
            # (a line closing a sentence after a wider one opens no run: the last line of the
            # paragraph before, of any width)
            if _full_of(ln, w) and (run or not _closes_after_wider(lines, i)):
                if run and i - run[-1] > gap:
                    _add_region(lines, run, w, least, found)
                    run = []
                run.append(i)
            elif run and ln.width - ln.hang > w + 0.5:  # a wider line ends the run
                _add_region(lines, run, w, least, found)
                run = []
        _add_region(lines, run, w, least, found)
    # (the regions of full lines take in the lines beside them first: a short run of lines too
    # wide for the page's column next to one is its text, not an article set in a third width)
    _widen_all(lines, found, width)
    known = len(found)
    for w in candidates + shorts:
        if w > width:
            _add_short_regions(lines, width, w, found, wide)
    for w in candidates + narrows:
        if w < width:
            _add_narrow_regions(lines, w, found, short)
    if len(found) > known:
        _widen_all(lines, found, width)
    out: list[tuple[int, int, float]] = []
    at = 0
    for a, b, w in found:
        if a > at:
            out.append((at, a, width))
        out.append((a, b, w))
        at = b
    if at < len(lines):
        out.append((at, len(lines), width))
    return out


def _widen_all(lines: Sequence[LineInfo], found: list[tuple[int, int, float]], width: float) -> None:
    found.sort()
    for j in range(len(found)):
        found[j] = _widened(lines, found, j, width)  # (each bounded by the one widened before it)


def _add_region(
    lines: Sequence[LineInfo], run: list[int], w: float, least: int, found: list[tuple[int, int, float]]
) -> None:
    """Add the region of the full lines ``run`` (indices of lines ``w`` wide), taking in the
    first line of the paragraph it opens with (two cells short: the lost indent) and the last
    line of the one it closes with (shorter, closed), unless it overlaps one found before."""
    # Running text is the witness: full lines after one another (twice at least) or after
    # their paragraph's first line (two cells short, unclosed; one at least). Rows of a table,
    # lines of verse or a stack of headlines of one width seldom follow one another so, nor
    # do figures make a line of text.
    runs_on = firsts = 0
    for i in run:
        if i == 0 or tabular(lines[i].text):
            continue
        before = lines[i - 1]
        if _full_of(before, w):
            runs_on += 1
        elif first_of(before, w):
            firsts += 1
    if len(run) + firsts < least or 2 * (runs_on + firsts) < len(run) or runs_on < 2 or not firsts:
        return
    a, b = run[0], run[-1] + 1
    if a > 0 and first_of(lines[a - 1], w):
        a -= 1
    elif a > 0 and _closes_wider(lines[a - 1], lines[a], w):
        a += 1
    if b < len(lines) and lines[b].closes and lines[b].width - lines[b].hang < w - 0.5:
        b += 1
    if not any(x < b and a < y for x, y, _ in found):
        found.append((a, b, w))


def _closes_wider(before: LineInfo, ln: LineInfo, w: float) -> bool:
    """Whether ``ln``, a full line of a column ``w`` wide, is rather the last line of a paragraph
    set wider: the line before it is too wide for the column and runs on into it (…在全区农家乐
    推广， / 明年的大赛将移到白龙镇举办。)."""
    return _last_after(before, ln) and before.width - before.hang > w + 0.5


def _last_after(before: LineInfo, ln: LineInfo) -> bool:
    """Whether ``ln`` closes a paragraph that the line ``before`` it runs on into: it ends a
    sentence, and ``before`` does not."""
    return ln.text[-1] in SENTENCE_END and before.text[-1] not in SENTENCE_END


def _held_until(found: list[tuple[int, int, float]], i: int) -> int | None:
    """Where the region of ``found`` holding line ``i`` ends, or None if none holds it."""
    return next((y for x, y, _ in found if x <= i < y), None)


def _closes_after_wider(lines: Sequence[LineInfo], k: int) -> bool:
    """Whether line ``k`` ends a sentence after a wider line: a paragraph's last line, of any
    width, which says nothing of its column's (the first line of the paragraph after it, or a
    one-line paragraph, follows a line no wider)."""
    ln = lines[k]
    return k > 0 and ln.text[-1] in SENTENCE_END and lines[k - 1].width > ln.width - ln.hang


def _three_lines(lines: Sequence[LineInfo], i: int, end: int, w: float) -> bool:
    """Whether lines ``i`` to ``end`` open with a paragraph of three lines of a column ``w``
    wide: its first line, a full line, and its last line, no wider than the column (a brief's
    first paragraph, alone or with short ones after it; a headline and its deck, too wide for
    the page's column, run into no such line: the caption after them is as wide as they are,
    or wider)."""
    if end - i < 3:
        return False
    full, last = lines[i + 1], lines[i + 2]
    return first_width(lines[i], w) and _full_of(full, w) and last.width - last.hang <= w


def _add_short_regions(
    lines: Sequence[LineInfo],
    width: float,
    w: float,
    found: list[tuple[int, int, float]],
    wide: Sequence[int] | None = None,
) -> None:
    """Add the runs of three lines or more, each too wide for the page's column and fitting one
    ``w`` wide but the last lines of paragraphs between them (``_paragraph_turns``), two of them
    full lines of it (or one, and paragraphs' first lines: three in all), with the line closing
    their paragraph and a sentence among them, that no region found holds: a short article set
    wider than the page's column (its first line, two full lines, its last); or one opening
    with a paragraph of three lines (``_three_lines``): a brief of one short paragraph, or of
    such a paragraph and paragraphs of a line after it. A run may open with a heading too wide
    for the page's column (the headline of the article before): failing the run, the run after
    its first line is asked. No run ends on a line that runs on into a full line two cells wider:
    its lines of ``w`` are the paragraphs' first lines of that wider column."""
    starts = {x for x, _, _ in found}
    at = 0  # (where the last run ended)
    # (a run opens with a line too wide for the page's column: ``wide``, where the caller knows them)
    for i in range(len(lines)) if wide is None else wide:
        if i < at or not _fits_wider(lines[i], width, w):
            continue
        held = _held_until(found, i)
        if held is not None:
            at = held  # (the lines of a region found are its own)
            continue
        j = i
        while j < len(lines) and j not in starts:
            if _fits_wider(lines[j], width, w):
                j += 1
            elif j + 1 < len(lines) and _paragraph_turns(lines[j - 1], lines[j], lines[j + 1], width, w):
                j += 1  # a paragraph's last line, narrow enough for the page's column, before the next's first
            else:
                break
        end = j + 1 if j < len(lines) and lines[j].closes else j  # (and the last line of its paragraph)
        # (failing that, the run after its first line: a heading too wide for the page's column,
        # the headline of the article before, may open it)
        opens = i
        article = _short_article(lines, w, i, j, end)
        if not article:
            opens = i + 1
            article = _short_article(lines, w, opens, j, end)
        if (
            article
            and not (j < len(lines) and _full_of(lines[j], w + 2.0) and lines[j - 1].text[-1] not in SENTENCE_END)
            and not any(x < end and opens < y for x, y, _ in found)
        ):
            found.append((opens, end, w))
        at = j


def _short_article(lines: Sequence[LineInfo], w: float, i: int, j: int, end: int) -> bool:
    """Whether lines ``i`` to ``j``, fitting a column ``w`` wide, and the line closing their
    paragraph (up to ``end``) read as an article of that column (see ``_add_short_regions``)."""
    if not i < j:
        return False
    full = sum(1 for k in range(i, j) if _full_of(lines[k], w))
    # (or one full line and paragraphs' first lines: two paragraphs of few lines each)
    firsts = (
        sum(1 for k in range(i, j) if first_width(lines[k], w) and not _closes_after_wider(lines, k))
        if full == 1
        else 0
    )
    said = any(not SENTENCE_STOPS.isdisjoint(lines[k].text) for k in range(i, end))  # (text, not headings)
    return ((j - i >= 3 and (full >= 2 or full + firsts >= 3)) or _three_lines(lines, i, end, w)) and said


#: How a line may end a sentence or a listed item (（二）资源稀缺的少数商品价格；): no line of
#: a column's running text.
_ITEM_END = SENTENCE_END | frozenset("；;：:")


#: What running text breaks its sentences with, inside its lines (a heading holds none).
_RUNNING_MARKS = CLAUSE_MARKS | SENTENCE_STOPS | frozenset("；;,")


def _clauses_inside(lines: Sequence[LineInfo], i: int, end: int) -> bool:
    """Whether lines ``i`` to ``end`` (not including it) break their text with a comma or a stop
    before the last line's end: running text does, in three lines of any column; a stack of
    headings over a writer's name and a text's first sentence (快递小哥的一天 / 青川区职工报记者
    王海 / 这是一个寻常的早晨。) does not."""
    text = "".join(lines[k].text for k in range(i, end))[:-1]
    return not _RUNNING_MARKS.isdisjoint(text)


def _add_narrow_regions(
    lines: Sequence[LineInfo], w: float, found: list[tuple[int, int, float]], short: Sequence[int] | None = None
) -> None:
    """Add the runs of three lines or more no wider than a column ``w`` wide, narrower than the
    page's, that no region found holds, opening with a full or first line of it and closing with
    a sentence, two of their full lines running on into the next: a short article set narrower
    than the page's column, whose full lines would read as paragraphs ending with no stop."""
    starts = {x for x, _, _ in found}
    limit = w + 0.5
    n = len(lines)
    at = 0  # (where the last run ended)
    # (a run opens with a line short of the page's column: ``short``, where the caller knows them)
    for i in range(n) if short is None else short:
        ln = lines[i]
        if i < at or ln.width - ln.hang > limit or not (_full_of(ln, w) or first_of(ln, w)):
            continue
        held = _held_until(found, i)
        if held is not None:
            at = held
            continue
        j = i + 1
        while j < n and lines[j].width - lines[j].hang <= limit and j not in starts:
            j += 1
        end = j
        while end > i and lines[end - 1].text[-1] not in SENTENCE_END:
            end -= 1  # (it closes with its last sentence: a heading after it is no line of it)
        running = ragged = 0
        last_ragged = -1
        for k in range(i, end):
            if lines[k].text[-1] not in _ITEM_END:
                if _full_of(lines[k], w):
                    running += 1
                elif not first_of(lines[k], w):
                    ragged += 1  # (a line of verse, or a heading: no column's)
                    last_ragged = k
        if (
            end - i >= 3
            and running >= 2
            and not ragged
            and _clauses_inside(lines, i, end)
            and not any(x < end and i < y for x, y, _ in found)
        ):
            found.append((i, end, w))
            at = j
        elif ragged == 1:
            # (one heading, the article before's headline set after it: the short article's
            # text may open after it; verse has lines of many widths, and stays)
            at = last_ragged + 1
        else:
            at = j


def _paragraph_turns(before: LineInfo, ln: LineInfo, after: LineInfo, width: float, w: float) -> bool:
    """Whether ``ln`` closes a paragraph of a column ``w`` wide, wider than the page's ``width``,
    that ``before`` runs on into, and ``after`` opens the next paragraph of it (…各街道要把任务
    落实到山头地块，确保 / 栽一片、活一片。 / 今年全区计划新增绿地三百亩，在滨江公…)."""
    return (
        _last_after(before, ln)
        and ln.width - ln.hang <= width + 0.5
        and _fits_wider(after, width, w)
        and first_of(after, w)
    )


def _widened(
    lines: Sequence[LineInfo], found: list[tuple[int, int, float]], j: int, width: float
) -> tuple[int, int, float]:
    """Region ``j`` of ``found`` taking in, up to the regions beside it, a closing paragraph of
    one line narrower than either column, or of two: a first line two cells short of its column
    running on into a line closing the paragraph (a short one's, set narrower than the page's,
    would read as a heading and a text); and if it is wider than the page's column, first the
    lines of running text on either side too wide for the page's column that fit its own (the
    first line of its first paragraph, a closing paragraph of no full line, up to its last line),
    but not a heading (a headline set over the column is no line of it)."""
    a, b, w = found[j]
    low = found[j - 1][1] if j else 0
    high = found[j + 1][0] if j + 1 < len(found) else len(lines)
    if w > width:
        while a > low:
            if _fits_wider(lines[a - 1], width, w) and _running(lines[a - 1], w):
                a -= 1
            elif a - 1 > low and _opens_before(lines[a - 2], lines[a - 1], width, w):
                a -= 2  # a paragraph of two lines, the last fitting the page's column too
            else:
                break
        at = b
        while b < high and _fits_wider(lines[b], width, w) and _running(lines[b], w):
            b += 1
        if at < b < high and not lines[b - 1].closes and lines[b].closes and lines[b].width - lines[b].hang <= w:
            b += 1  # the last line of the paragraph
    nxt = lines[b] if b < high else None
    if nxt is not None and nxt.closes and nxt.text[-1] in SENTENCE_END and lines[b - 1].closes and nxt.width <= w:
        b += 1
    elif b + 1 < high and first_of(lines[b], w) and _last_after(lines[b], lines[b + 1]):
        b += 2  # a closing paragraph of two lines: its first, two cells short of the column, and its last
    return a, b, w


def _opens_before(first: LineInfo, last: LineInfo, width: float, w: float) -> bool:
    """Whether ``first`` and ``last`` are a paragraph of two lines in a column ``w`` wide, wider
    than the page's ``width``: its first line, too wide for the page's column, running on into
    its last, closed and no wider than the column (青川区第三届乡村厨艺大赛昨天在 / 龙泉镇落幕，
    九名厨师获奖。), though as wide as a full line of the page's. Read at the page's width the
    first would stand alone."""
    return (
        _fits_wider(first, width, w)
        and first_of(first, w)  # (which ends with no sentence)
        and last.closes
        and last.width - last.hang <= w
    )


def _fits_wider(ln: LineInfo, width: float, w: float) -> bool:
    """``ln`` is too wide for a column ``width`` wide and fits one ``w`` wide."""
    return ln.width - ln.hang > width + 0.5 and ln.width - ln.hang <= w


def _running(ln: LineInfo, w: float) -> bool:
    """``ln`` may be a line of running text in a column ``w`` wide: full, a paragraph's first,
    or closed by its punctuation."""
    return ln.closes or _full_of(ln, w) or first_of(ln, w)


def _full_of(ln: LineInfo, w: float) -> bool:
    """Whether ``ln`` is a full line of a column ``w`` wide (a half cell short with an odd
    number of half-width characters; its closing mark hanging past the edge or set inside it)."""
    return w - 0.5 <= ln.column <= w or (ln.hang > 0 and w - 0.5 <= ln.width <= w)


def first_of(ln: LineInfo, w: float) -> bool:
    """Whether ``ln`` may open a paragraph of a column ``w`` wide: two cells short (a half
    more with a half-width character; its mark may hang past the column's edge), ending with no
    sentence (a lead-in may end with its colon: 本报济南1月1日电记者X报道：)."""
    return (not ln.closes or ln.text[-1] in _RUNS_INTO) and first_width(ln, w)


def first_width(ln: LineInfo, w: float) -> bool:
    """Whether ``ln`` is as wide as a paragraph's first line in a column ``w`` wide, two cells
    short (a half more with a half-width character), with or without the mark it ends with: a
    first line, or a paragraph of one line as wide (in a run of lines too wide for the page's
    column, either is text of that column; see ``_closes_after_wider`` for a last line)."""
    return w - 2.5 <= ln.width <= w - 2.0 or w - 2.5 <= ln.width - ln.hang <= w - 2.0


def within(ln: LineInfo, width: float) -> bool:
    """Whether ``ln`` may be a line of a column ``width`` wide: no wider, its closing marks
    hanging past the edge and its full-width marks set at half a cell (to a cell's three
    quarters, as ``_emit`` reads a full line)."""
    return ln.width - ln.hang <= width + 0.75 or ln.width - ln.hang - squeeze(ln) <= width + 0.75


def is_overwide(ln: LineInfo, width: float) -> bool:
    """Wider than the column even allowing hanging and squeezed punctuation (and not two column
    lines run into one: ``merged_lines``)."""
    return ln.width > width + 1.5 and ln.width - ln.hang - squeeze(ln) > width + 1.0 and not ln.merged


def _emit(ln: LineInfo, width: float) -> tuple[float, float, float, float]:
    # (widths are whole half cells, so the sums below are exact; this runs on every line)
    d = ln.width - width if not ln.merged else ln.hang  # (two lines run into one: a full one)
    dc = d - ln.hang
    text = ln.text
    # (one lookup settles the last character for most lines, which end with none of these)
    end = _END_KIND.get(text[-1], 0)
    closes = ln.closes
    if end == _CREDIT:  # a photographer's credit without brackets closes its caption: …阅读。周文 摄
        closes = PHOTO_CREDIT_BARE.search(text) is not None
    if d > 1.5 and dc - squeeze(ln) > 1.0:  # is_overwide
        f, m, last, s = _HEADING_ALONE
    else:
        full = d >= -0.75 and (dc <= 0.75 or dc - squeeze(ln) <= 0.75)
        m = 0.0 if full else (-1.5 if d >= -1.25 else -9.0)
        if d > 1.25 and not full:
            m = -1.5  # several hanging marks
        elif ln.before_mark and d >= _KEPT_MARK and not closes:
            # the opening quote or bracket that would have ended it was moved down to open the
            # next line, with the character after it: a line of running text a cell or two
            # short (…誓词伴随着 / 《歌唱祖国》…; the dev pages never move one, and never end a
            # line so short before one)
            m = 0.0
        elif ln.before_mark and not full and d >= _KEPT_MARK and text[-1] in _RUNS_INTO:
            # ... so may a line ending with a colon or comma (…称赞他们为： / “我们身边的好榜样。”),
            # but it reads alike as a paragraph's first line with its mark hanging (…说话了： /
            # “广播里…): where the line before it may end a paragraph, the first line wins
            m = -_KEPT_RUN
        # indented: two cells short, or two short of the edge its closing mark hangs past (a
        # cell and a half short with the mark inside is a full line without room for a
        # character after a half-width one: …仅为11%，)
        if -2.75 <= d <= -1.25 or (closes and -2.75 <= dc <= -1.75 and d <= 0.25):
            f = 0.0
        elif ln.merged and -2.75 <= ln.width - ln.hang - 2 * width <= -1.25:
            f = 0.0  # (two lines run into one, the first a paragraph's first line)
            if not closes:
                m = -9.0  # (... its second no last line, short of the edge)
        elif full:
            f = -2.5
        else:
            # (a deeper indent is rare; a short line ends)
            f = -1.5 if d >= _ASKS_FROM and (d >= _ASKS_TO or _short_first(ln)) else -8.0
            if d == -1.0 and not (ln.before_mark or ln.indent) and _exact_width(ln):
                # a cell short as printed (``_exact_width``), not broken early before a mark, its
                # indent lost (a line ending its sentence a cell short, its mark hanging, is a
                # first line: above): no paragraph's first line (two cells short) but a heading,
                # over a caption set at the column's full width (全年将举办阅读活动五十余场 / 市民
                # 在…挑选图书。). On dev, of the lines a cell short so, closing nothing, 66 are
                # headings', 1 a paragraph's first (a list's item) and 2 a paragraph's later lines.
                f = -_NO_FIRST
        last = 0.0 if closes else -3.5
        if d < -0.75:  # short
            s = 0.0 if closes else -1.0
        else:
            s = -1.0 if closes else -1.5
    if ("（" in text or "(" in text) and _bracket_left_open(text):
        # a bracket left open at the line's end runs on into the next line (on dev, 1,067 lines
        # of 1,067 so left open do, in text, captions and headings alike): no paragraph ends there
        last -= 3.5
        s -= 3.5
    if not closes and text.startswith(_CAPTION_OPENS):
        # a line opening with 图为 (a caption's first, or running text's: 他试 / 图为…) is a
        # sentence's: with no mark at its end it ends no paragraph, nor stands as a heading, but
        # runs on (on dev, 28 such lines of 28 do; the two more that end their caption close
        # with a mark, ；)
        last -= 3.5
        s -= 3.5
    if end == _OPENS:
        last -= 6.0  # a line ending with an opening quote or bracket runs on
        s -= 6.0
    elif end == _RUNS:
        last -= 3.5  # a paragraph ends with its sentence, not with a comma: as if unclosed
        s -= 3.5
    elif end == _QUOTE and len(text) > 1 and text[-2] not in _SPEECH_ENDS:
        # a quote closed after no sentence's end closes a term (…蓝天“领航人”), seldom a
        # paragraph: on dev, 15 lines so ending end one, 84 stand alone as headings or lines
        # of their own (the quoted speech a paragraph ends with closes after its stop: 。”)
        last -= 2.0
    if ln.leadin or ln.note:
        m -= 6.0  # a dateline (本报北京1月4日电), an editor's note (编者按：) opens a paragraph
        last -= 6.0
    elif text[0] in ITEM_BULLETS:
        # ... and so does a bullet (▲, ●, △: ``ITEM_BULLETS``): a list's item, a deck's line or
        # a photo's caption is set after one, and no line of running text opens with it
        m -= 6.0
        last -= 6.0
    elif ln.byline:
        # a byline set on its own line under the headline (□本报记者 王海 通讯员 李丽) is a
        # paragraph of its own, however wide
        f -= 6.0
        m -= 6.0
        last -= 6.0
    if text[0] in "（(" and writer_credit_line(text) and (not ln.in_sentence or dated_note(text)):
        # （本报开罗3月6日电）, （王海）: a writer's or dispatch credit on its own line
        # closes its paragraph (a photo's credits may run to two lines)
        m -= 4.0
        f -= 4.0
        if dated_note(text):
            last -= 4.0  # (a date, （二〇二六年三月五日）, stands on a line of its own)
    elif end == _BRACKET:
        if closing_credit(text) and not ln.in_sentence:
            m -= 4.0  # …不再犹豫”。（本报罗马3月11日电）: the credit after the last sentence closes it
        elif _titled_note(text):
            last -= 3.5  # 春天的信（二首）: a title's note, no sentence's end: as if unclosed
    if ln.name:
        # a name alone on its line (王海) does not end its paragraph's text: on dev, a name
        # under a line of the column's width with no closing mark is its writer, under its
        # headline, 12 times in 13 (the 13th the tail of a name broken after ·: 阿尤甫· / 艾山)
        last -= 1.0
    if ln.picture:
        f -= 6.0  # 雪后青川（图片）: a photo's headline stands alone
        m -= 6.0
        last -= 6.0
    if ln.indent:
        m -= 5.0
        last -= 5.0
        f += 0.5
        s += 0.5
    return f, m, last, s


#: What quoted speech closes after, ending its paragraph (。”, ！”, ……”, a Latin text's .”): a
#: quote closed after anything else closes a term (``_emit``).
_SPEECH_ENDS = _STOPS_SENTENCE | {"."}


#: Where a line short of the column asks its text whether it may open a paragraph
#: (``_short_first``): from three cells and a quarter short up to, not including, two and three
#: quarters (``decode`` scores every other plain line by its width alone).
_ASKS_FROM, _ASKS_TO = -3.25, -2.75
#: How a line no column holds reads (first, middle, last, single): a heading on its own line.
_HEADING_ALONE = (-8.0, -6.0, -8.0, -1.0)
#: What reading a line a cell short of the column, closing nothing, as a paragraph's first costs
#: (``_emit``): more than the line standing alone as a heading (1, and 0.5 to enter it) before
#: a full line opening a paragraph (2.5), read as the first and middle lines of one paragraph
#: (a middle line a cell short, 1.5), whatever the line before the heading.
_NO_FIRST = 6.0
#: How short of the column a line ending before a moved opening mark may be (the mark, a cell,
#: and the half cell a half-width character before it may leave; two cells short is a
#: paragraph's first line).
_KEPT_MARK = -1.75
#: What reading a line ending with a colon or comma before a moved mark as running text costs:
#: more than a paragraph ending at a full line before it (M→L, 5/16), far less than one ending
#: in running text (a last line that closes nothing, 3.5).
_KEPT_RUN = 0.5


def _exact_width(ln: LineInfo) -> bool:
    """Whether ``ln`` is as wide as it was printed: each character takes a full cell and no mark
    could have been set at half a cell (a line holding one, 会上，区委常委、组织部部长, may have
    held a character more as printed, and a paragraph's first line may read a cell short)."""
    return ln.width == len(ln.text) and squeeze(ln) == 0


def _a_cell_over(ln: LineInfo, one_over: float) -> bool:
    """Whether ``ln`` is ``one_over`` cells wide, a cell over the page's column, as printed:
    nothing hanging, every character a full cell's (``decode``: no line of that column)."""
    return ln.width == one_over and ln.hang == 0 and _exact_width(ln)


def _short_first(ln: LineInfo) -> bool:
    """Whether ``ln``, three cells short of the column, may be a paragraph's first line (its
    indent lost, two cells) that ends a cell early: half-width characters sit in full cells
    (2026年青川区将新建幼儿), the next line opens with a quote or bracket that no line ends with
    (…他说： / “…), or the line broke at a space (本报讯（记者 / 王海）). A line of Chinese
    characters alone that ends there ends its paragraph."""
    return ln.before_mark or ln.width != len(ln.text) or not ln.raw.rstrip("\r\n").endswith(ln.text)


_OPENS, _RUNS, _BRACKET, _CREDIT, _QUOTE = 1, 2, 3, 4, 5
#: How a line's last character bears on its paragraph: an opening mark, a mark inside a
#: sentence, a closing bracket (a credit's or a title's note may end there), 摄 (a
#: photographer's credit may end there), a closing quote (a term's, or speech's after its stop).
_END_KIND: dict[str, int] = {
    **{c: _OPENS for c in OPENING_PUNCT},
    **{c: _RUNS for c in RUNS_ON},
    **{c: _BRACKET for c in "）)"},
    "摄": _CREDIT,
    **{c: _QUOTE for c in "”’」』"},
}


def _titled_note(text: str) -> bool:
    """Whether ``text`` ends with a bracketed note set after words no sentence ends with:
    a title's note (春天的信（二首）, 江南春（节选）), where a paragraph's closing bracket
    follows its last sentence (…增长。（新华社）) or runs on from the line before."""
    p = last_opening_bracket(text)
    if p <= 0:
        return False
    before = text[p - 1]
    if before in _QUOTE_CLOSE and p > 1:
        before = text[p - 2]
    if before in "）)" and text[: p - 1].endswith(_CREDIT_ENDS):
        return False  # a note after a photographer's credit: …周文摄）（传真照片）
    return before not in _TERMINAL


_TERMINAL = frozenset("。？！…．.?!；;")
#: The labels an editor's note or a reporter's aside opens with: 编者按：, 编后：, 记者手记：
_EDITORS_NOTE = re.compile(r"^(?:编者按|编者的话|编后语?|编者附记|编辑点评|记者手记|短评)[：:]")
_NOTE_FIRST = frozenset("编记短")
#: The first characters of a photo caption's label: 压题照片：…, 题头照片为…, 图为…, and of the
#: photos' label (图片：, 照片：, 附图：; see ``_opens_caption``).
_CAPTION_FIRST = frozenset("压题图照附")
#: Characters that make a word with 图 (右图, 试图, 地图, 蓝图): a line ending with one runs on
#: into 图为… on the next (他试 / 图为自己辩解), no caption.
_BEFORE_TU = frozenset("左右上下试企力意地蓝构版宏绘插制草略拼挂")
#: How a caption opens: 图为… (the picture shows…).
_CAPTION_OPENS = "图为"
#: The photo set over a headline, named where its caption opens (压题照片：…, 题头照片为…).
_TITLE_PHOTO = ("压题照片", "题头照片")


def title_photo(text: str) -> bool:
    """Whether ``text`` opens as the caption of the photo set over a headline does, naming it
    (压题照片：…, 题头照片为…; not …（见 / 压题照片李舸摄）, a credit cited in the text)."""
    return text.startswith(_TITLE_PHOTO) and text[4:5] in ("：", ":", "为")


def _opens_caption(text: str, before: str) -> bool:
    """Whether line ``text`` opens a photo's caption, a paragraph of its own, after line
    ``before``: the photos' label alone on its line (图片：; on dev a paragraph of its own 63
    times in 63), the photo over the headline named as a caption names it (压题照片：…,
    题头照片为…; on dev a new paragraph 8 times in 8), or 图为… after a line that ends in the
    middle of words, not in a sentence, a bracket or a word of 图 (右 / 图为…, the picture on
    the right; 试 / 图为…, tried to): the line before is a headline or a name over it (on dev,
    14 times in 14). After a sentence, 图为 may carry on a caption (…消防演习。 / 图为演习现场。)."""
    if text.startswith(_TITLE_PHOTO):
        return title_photo(text)
    if PHOTO_LABEL.match(text):
        return True  # the photos' label alone on its line, 图片：, is a paragraph of its own
    if not text.startswith(_CAPTION_OPENS) or not before:
        return False
    last = before[-1]
    return last.isalnum() and last not in _BEFORE_TU


#: How a photographer's credit ends inside its brackets (（新华社记者周文摄）, （林晓雨供图）).
_CREDIT_ENDS = ("摄", "摄影", "供图", "制图")
_QUOTE_CLOSE = frozenset("”’」』")


#: What reading a line of ``_apart_after_stops`` as a paragraph's middle costs: enough to break
#: the tie between running on to a last line that closes nothing and two lines of their own (a
#: heading, its writer), too little to part a paragraph from a last line that closes with a mark.
_APART = 1.0
#: How far short of the column a line ends, at least, for ``_apart_after_stops`` to ask about
#: the line above it (a line a cell or two short may only hold half-width figures or squeezed marks).
_SHORT_BY = 2.5


def _apart_after_stops(lines: Sequence[LineInfo], width: float) -> set[int]:
    """The ids of the lines that follow a sentence's end (。！？) and stand over a short line (two
    and a half cells or more short of the column), neither closing with a mark: a heading over its
    writer's name (滨江夜市抽查：问题不少 / 林文) or over another heading (滨江幼儿园今天开园迎首批新生
    / 南湖社区食堂正式开业), or a paragraph of its own broken short (三、把好新茶上市的质量 / 关口).
    Neither runs on the paragraph the sentence ended: a paragraph ends with its sentence. On the
    dev pages none of 520 lines so set does; on the same articles laid out again (nine draws, 12
    to 20 cells), 5 of 4,715 do, each a paragraph whose last line lost its stop or a list's item.
    (Where the short line closes with a mark, the paragraph may well run on to it; the cost
    ``_APART`` is too small to part such a paragraph anyway.)"""
    out: set[int] = set()
    short = width - _SHORT_BY
    # (found by their width first: the short lines, paragraphs' last lines mostly, are a few of them)
    for k in [k for k, ln in enumerate(lines) if ln.width <= short and k > 1]:
        b = lines[k]
        if b.closes:
            continue
        a, before = lines[k - 1], lines[k - 2]
        if not a.closes and before.text[-1] in SENTENCE_STOPS:
            out.add(id(a))
            a.plain = False  # (its width alone no longer says how it reads: see ``decode``)
    return out


def decode(lines: Sequence[LineInfo], width: float, page: bool = False) -> list[list[LineInfo]]:
    """Group ``lines`` into paragraphs. ``page``: ``width`` is the column a region of the page
    showed in its many lines (``column_regions``), not one an article's few lines suggest: a line
    a cell wider than it as printed (every character a full cell's, nothing hanging or to
    squeeze) is no line of that column but a heading on its own, as one wider still is (on dev,
    37 lines so wide, all headings: a headline one cell too wide over its deck or caption, 龙溪
    启动全民阅读活动月暨读书节 at 14 cells, had run into them). An article's own width, read from
    a dozen lines, may be a cell off: a line of its text then reads a cell too wide."""
    n = len(lines)
    if n == 0:
        return []
    # The transitions written out (a paragraph starts after L or S; ties go to the first
    # predecessor listed in TRANS): the decoder runs on every line of every page.
    t_fm, t_fl, t_mm, t_ml = TRANS[F, M], TRANS[F, L], TRANS[M, M], TRANS[M, L]
    t_lf, t_ls, t_sf, t_ss = TRANS[L, F], TRANS[L, S], TRANS[S, F], TRANS[S, S]
    one_over = width + 1.0 if page else -1.0  # (no width is -1: none is asked)
    ef, em, el, es = _HEADING_ALONE if _a_cell_over(lines[0], one_over) else _emit(lines[0], width)
    vf, vm, vl, vs = START[F] + ef, START[M] + em, START[L] + el, START[S] + es
    back: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)]
    append = back.append
    # (most lines are plain, and no wider than the column: ``_emit`` answers for them by their
    # width alone, asked once per width; but for a line three cells short, which asks
    # ``_short_first`` whether it may open a paragraph, and one a cell short, which asks whether
    # its characters each take a full cell)
    known: dict[float, tuple[float, float, float, float]] = {}
    within, short_from, short_to = width + 0.75, width + _ASKS_FROM, width + _ASKS_TO
    one_short = width - 1.0
    apart = _apart_after_stops(lines, width)  # (ids of the lines it names: most pages have a few)
    for ln in lines[1:]:
        w = ln.width
        if ln.plain and w <= within and not short_from <= w < short_to and w != one_short:
            emitted = known.get(w)
            if emitted is None:
                emitted = known[w] = _emit(ln, width)
            ef, em, el, es = emitted
        elif _a_cell_over(ln, one_over):
            ef, em, el, es = _HEADING_ALONE
        else:
            ef, em, el, es = _emit(ln, width)
            if apart and id(ln) in apart:
                em -= _APART  # (see ``_apart_after_stops``: it makes such a line no plain one)
        # (each best predecessor chosen by statements: no tuple is built for it)
        a, b = vl + t_lf, vs + t_sf
        if a >= b:
            nf, pf = a, L
        else:
            nf, pf = b, S
        a, b = vf + t_fm, vm + t_mm
        if a >= b:
            nm, pm = a, F
        else:
            nm, pm = b, M
        a, b = vf + t_fl, vm + t_ml
        if a >= b:
            nl, pl = a, F
        else:
            nl, pl = b, M
        a, b = vl + t_ls, vs + t_ss
        if a >= b:
            ns, ps = a, L
        else:
            ns, ps = b, S
        vf, vm, vl, vs = nf + ef, nm + em, nl + el, ns + es
        append((pf, pm, pl, ps))
    prev = [vf, vm, vl, vs]
    state = max(STATES, key=lambda s: prev[s] + END[s])
    path = [state]
    for i in range(n - 1, 0, -1):
        state = back[i][state]
        path.append(state)
    path.reverse()
    paras: list[list[LineInfo]] = []
    for ln, st in zip(lines, path, strict=True):
        if st == F or st == S or not paras:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras
