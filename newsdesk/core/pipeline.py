"""Page → articles: the automatic structuring of raw OCR text.

Steps, each following how newspapers are printed:
1. page furniture (dates, page headers, jump lines) is set apart;
2. column lines are grouped into paragraphs by width and punctuation (``paragraphs``);
3. lines that cannot be column text (wider than the column, or a short unpunctuated line on
   its own) form headline blocks, with the photo captions that follow them;
4. running text is cut into articles at headline blocks and at lead-ins (本报讯, 新华社…电);
5. each headline block is given to the article before or after it (or stands alone, as a
   photo with its caption) by the words it shares with them (``assign``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from . import patterns
from .assign import COHESION_REACH, HeadBlock, Segment, assign_blocks, bigrams, cohesion, han, share
from .chars import (
    CLAUSE_MARKS,
    CLOSING_PUNCT,
    OPENING_PUNCT,
    RUNS_ON,
    SENTENCE_END,
    SENTENCE_STOPS,
    first_closing_bracket,
    is_cjk,
    last_opening_bracket,
    text_width,
)
from .collector import fewer_collections
from .hanzi import is_traditional, simplified, traditional
from .lexicon import COMMON_SURNAMES, COMPOUND_SURNAMES, GAZETTEER_LOC
from .model import Article, Block, Notice, PageAnalysis
from .paragraphs import (
    LineInfo,
    column_regions,
    column_width,
    decode,
    first_of,
    first_width,
    forget_indents,
    is_overwide,
    measure_lines,
    merged_lines,
    split_run_together,
    stray_indents,
    title_photo,
    within,
)
from .reader import normalize_newlines
from .textmap import clean_runs, gather_runs, mend, split_runs

NO_HEAD_END = frozenset("，。、；：")
#: Marks that end a clause or sentence: a headline line ending with one is complete.
CLAUSE_END = frozenset("。！？；，、：.!?;,:）)》」』")
#: Full stops end captions; headlines, even those ending with ！ or 》, take none.
FULL_STOP = frozenset("。．.")
#: A line ending with these runs into the next inside a phrase (…走向新的 / 辉煌, …乡村旅游与 /
#: 茶产业相结合之路: a particle or a conjunction ends no heading) ...
PHRASE_RUNS_ON = frozenset("的与和及")
#: ... and a line starting with these carries on the line before (…茶产业发展 / 的快车道).
PHRASE_CARRIES_ON = frozenset("的之")
# ... and so does a line whose first character closes a clause (…青川独 / 有，游客慕名而来)
# or comes before one of ``CLAUSE_MARKS`` (…走向新世 / 纪的…): the character ends a word the line
# before began.
#: A sentence is over here: a reporter's phrase on the next line opens a new item.
SENTENCE_CLOSED = ("。", "！", "？", "”", "）", ")", "：", ":", ".", "!", "?")
#: A dateline ends here; the reporter phrase after it would be a new item's.
LEADIN_CLOSED = ("：", ":", "）", ")", "。")

#: Share of a lone caption's word pairs found in an article next to it that makes it that
#: article's photo (``_photos_to_articles``).
PHOTO_SHARE = 0.1


@dataclass(slots=True)
class Unit:
    """A paragraph-sized group of lines with its provisional kind."""

    lines: list[LineInfo]
    width: float = 14.0  # the column width of the lines around it (see ``column_regions``)
    kind: str = "body"  # body | head | caption
    wide: bool = False
    label: bool = False  # a place name set over the item that follows it (菲律宾 / 据新华社马尼拉…电)
    # (cached by hand: functools.cached_property takes a lock on every first use before 3.12,
    # and units are many)
    _text: str | None = field(default=None, repr=False, compare=False)
    _opens: bool | None = field(default=None, repr=False, compare=False)
    _han: str | None = field(default=None, repr=False, compare=False)
    tail: bool = False  # the second line of a section head broken at the column edge
    verse: bool = False  # a line of verse (or of a list): a paragraph of its own, whatever its width
    #: a heading taken for a section head: its words' shares in the text before and after it
    section: tuple[float, float] | None = None

    @property
    def text(self) -> str:  # a unit's lines never change once it is made
        text = self._text
        if text is None:
            text = self._text = "".join([ln.text for ln in self.lines])
        return text

    @property
    def han(self) -> str:
        """Only the Chinese characters of ``text`` (what headlines and text are compared by)."""
        chinese = self._han
        if chinese is None:
            chinese = self._han = han(self.text)
        return chinese

    @property
    def opens(self) -> bool:
        """Starts with a lead-in or dateline (本报讯, 新华社…电) of its own."""
        opens = self._opens
        if opens is None:
            opens = self._opens = patterns.leadin(self.text) and not self.lines[0].continued
        return opens


def split_pages(text: str, raw: list[str] | None = None) -> list[list[tuple[int, str]]]:
    """Lines (index into ``text.split('\\n')``, text) grouped by page; ``\\f`` starts a page.
    ``raw`` is that split if the caller has it already."""
    if raw is None:
        raw = text.split("\n")
    if "\f" not in text:  # one page, the common case
        lines = list(enumerate(raw))
        return [lines] if any(t.strip() for t in raw) else [[]]
    pages: list[list[tuple[int, str]]] = [[]]
    for i, line in enumerate(raw):
        if "\f" in line:
            before, _, after = line.partition("\f")
            if before.strip():
                pages[-1].append((i, before))
            pages.append([])
            line = " " * (len(before) + 1) + after.replace("\f", " ")
        pages[-1].append((i, line))
    return [p for p in pages if any(t.strip() for _, t in p)] or [[]]


def analyze_text(text: str) -> list[PageAnalysis]:
    """Analyse every page of a text (pages separated by form feeds); line numbers index its
    lines, ended by \\n, \\r\\n or \\r (``PageAnalysis.raw_lines``)."""
    if "\r" in text:
        text = normalize_newlines(text)  # (a carriage return is no character of a line's text)
    raw = text.split("\n")
    pages = split_pages(text, raw)
    if len(pages) == 1:
        return [analyze_lines(pages[0], raw, text)]  # (one page: its text is the whole text)
    return [analyze_lines(page, raw) for page in pages]


def analyze_page(text: str) -> PageAnalysis:
    """Analyse one page of raw text; line numbers index its lines, ended by \\n, \\r\\n or
    \\r (``text.split('\\n')`` where it has no carriage returns)."""
    if "\r" in text:
        text = normalize_newlines(text)
    raw = text.split("\n")
    return analyze_lines(list(enumerate(raw)), raw, text)


def analyze_lines(lines: Sequence[tuple[int, str]], raw: list[str], text: str | None = None) -> PageAnalysis:
    """Analyse the lines of one page (line numbers index ``raw``; ``text``, where given, is the
    page's text, its lines joined).

    A page in traditional characters (a Big5 page) is analysed in its simplified reading, as
    the print conventions the rules know are spelled so (本報訊 is 本报讯, 記者 is 记者); a page
    whose OCR gave ASCII marks for the full-width ones of its Chinese text (今天, / (记者王海)) is
    analysed with the marks as printed (今天，/ （记者王海）: a full cell each, and the marks the
    rules know); a page whose OCR gave full-width digits and letters for narrow ones of the print
    (１９９８年) is analysed with narrow ones (``_set_narrow``). Either way its blocks are given
    back in the characters of the page."""
    with fewer_collections():
        reading = _reading(lines, raw, text)
        if reading is None:
            return _analyze_lines(lines, raw)
        page = _analyze_lines(reading[0], reading[1])
        return _as_printed(page, raw, reading[1], reading[2])


def _reading(
    lines: Sequence[tuple[int, str]], raw: list[str], text: str | None = None
) -> tuple[list[tuple[int, str]], list[str], bool] | None:
    """The page's lines and raw lines as the rules read them (each of its length), and whether
    the page is printed in traditional characters (its first eighty lines tell), or None where
    the page reads as it is (``text``: the page's text, if the caller has it)."""
    sample = "".join([t for _, t in lines[:80]])
    traditional_page = not sample.isascii() and is_traditional(sample)
    whole = text if text is not None else "".join([t for _, t in lines])
    marks = _ascii_for_wide(whole)
    # (full-width digits, where OCR gives them, come early and often: dates, datelines, figures)
    narrow = _FULL_WIDTH_ALNUM.search(whole, 0, 3000) is not None and _set_narrow([t for _, t in lines])
    quotes = '"' in whole
    if not traditional_page and not marks and not narrow and not quotes:
        return None
    texts = [simplified(t) for _, t in lines] if traditional_page else [t for _, t in lines]
    if narrow:
        texts = [t.translate(_NARROW_ALNUM) for t in texts]
    if marks or quotes:
        # (the page's text at once: a mark opening a line follows the line before; each mark is
        # one character, so the lines keep their lengths)
        whole = "".join(texts)
        if marks:
            whole = _ASCII_FOR_WIDE.sub(_wide_mark, whole)
        if quotes:
            whole = _curled(whole)
        at = 0
        for k, line in enumerate(texts):
            texts[k] = whole[at : at + len(line)]
            at += len(line)
    read = list(raw)
    for (i, _), line in zip(lines, texts, strict=True):
        read[i] = line
    return [(i, read[i]) for i, _ in lines], read, traditional_page


#: An ASCII mark standing for a full-width one of Chinese text: after a Chinese character, a
#: full-width mark, a closing quote or a per cent sign (今天, 记者王海) “好”. 1.5%,), or an
#: opening bracket before a Chinese character ((记者). Between digits and Latin letters (1.5,
#: 10:30, (1), Inc.) the mark is the narrow one as printed, and so is a dot before a number
#: (一九九六.四.五, 第三.1).
_AFTER_WIDE = r"(?<=[\u2e80-\U0010ffff”’%].)"
_WIDE_DOT = rf"\.{_AFTER_WIDE}(?![0-9一二三四五六七八九十〇零])"
_ASCII_FOR_WIDE = re.compile(rf"[,;:?!)]{_AFTER_WIDE}|{_WIDE_DOT}|\((?=[\u2e80-\U0010ffff“‘])")
#: ... the dot alone (numbers on any page have dots; the other marks are rare on a Chinese page).
_DOT_FOR_WIDE = re.compile(_WIDE_DOT)
_WIDE_MARK = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def _ascii_for_wide(text: str) -> bool:
    """Whether ``text`` holds an ASCII mark standing for a full-width one (``_ASCII_FOR_WIDE``).
    (A page's text is searched for the marks themselves first, in C: most pages hold none.)"""
    if "," in text or ";" in text or ":" in text or "?" in text or "!" in text or "(" in text or ")" in text:
        return _ASCII_FOR_WIDE.search(text) is not None
    return "." in text and _DOT_FOR_WIDE.search(text) is not None


def _wide_mark(m: re.Match[str]) -> str:
    return _WIDE_MARK[m.group()]


def _curled(text: str) -> str:
    """``text`` with the straight double quotes OCR gave for the quotation marks of Chinese text
    (他说:"好。") turned the way print sets them (他说：“好。”): a quote before a mark or at
    the end closes; one after a colon, comma, bracket or space, before a Chinese character,
    opens; any other (after a stop, or between words) turns the other way from the one before
    it. A quote with no Chinese character beside it is left alone (English set in the text)."""
    chars = list(text)
    opened = False
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch != '"':
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i < last else ""
        if not (is_cjk(before) or (after and is_cjk(after))):
            continue
        if not after or after in _AFTER_CLOSE:
            opens = False
        elif (before in _BEFORE_OPEN or before.isspace()) and is_cjk(after):
            opens = True
        else:
            opens = not opened  # (after a stop: …不能丢。” closes what was open, 。“明年… opens)
        chars[i] = "“" if opens else "”"
        opened = opens
    return "".join(chars)


_AFTER_CLOSE = frozenset("，。、；：？！）》,.;:?!)")
_BEFORE_OPEN = frozenset("：，、；（《:,;(")


#: Full-width digits and Latin letters (１９９８, ＣＤＭＡ), which OCR may give for the narrow ones
#: of the print, and those narrow ones.
_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_NARROW_ALNUM = {
    c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)
}


def _set_narrow(texts: list[str]) -> bool:
    """Whether the full-width digits and letters of a page's ``texts`` stand for narrow ones in
    print: more of its lines holding them are as wide as a column's line (full, or two cells
    short where a paragraph's indent was lost) when those take half a cell than when they take a
    whole one. (A page that prints them full-width sets its lines so at a cell each.)"""
    widths: dict[float, int] = {}
    held: list[tuple[float, int]] = []
    for text in texts:
        t = text.strip().rstrip(_HANGING)  # (measured without the marks that hang past the edge)
        if len(t) < 6:
            continue
        found = len(_FULL_WIDTH_ALNUM.findall(t))
        if found:
            held.append((text_width(t), found))
        else:
            w = text_width(t)
            widths[w] = widths.get(w, 0) + 1
    if not widths or not held:
        return False
    column = max(widths, key=lambda w: (widths[w], w))

    def usual(w: float) -> bool:
        return column - 0.5 <= w <= column or column - 2.5 <= w <= column - 2.0

    narrow = wide = 0
    for w, found in held:
        half = w - 0.5 * found
        if usual(half) and not usual(w):
            narrow += 1
        elif usual(w) and not usual(half):
            wide += 1
    return narrow > wide


_HANGING = "".join(CLOSING_PUNCT)


def _as_printed(page: PageAnalysis, raw: list[str], read: list[str], traditional_page: bool) -> PageAnalysis:
    """``page``, analysed in the reading ``read``, in the characters of ``raw``: each character
    that came from the page as read is the page's own again, and on a page in traditional
    characters one the pipeline mended (记 of a misread 记者) is written in them too."""
    for block in [b for a in page.articles for b in a.blocks] + page.furniture:
        chars = list(block.text)
        for k, (line, col) in enumerate(block.charmap):
            if line >= 0 and chars[k] == read[line][col]:
                chars[k] = raw[line][col]
            elif line >= 0 and traditional_page:
                chars[k] = traditional(chars[k])  # (a mended character, in the page's characters)
        block.text = "".join(chars)
    for notice in page.notices:  # (what they quote, in the page's characters too)
        row = raw[notice.line] if 0 <= notice.line < len(raw) else ""
        after = row[notice.col :].lstrip(" \t\u3000\u00a0")
        if notice.code == "stray-space" and 0 < notice.col <= len(row) and after:
            notice.detail = f"{row[notice.col - 1]}␣{after[0]}"  # (the space's neighbours on the page)
        elif traditional_page:
            notice.detail = traditional(notice.detail)
    page.raw_lines = raw
    return page


def _analyze_lines(lines: Sequence[tuple[int, str]], raw: list[str]) -> PageAnalysis:
    infos = measure_lines(lines)
    furniture_idx = _furniture(infos)
    content = [ln for ln in infos if ln.index not in furniture_idx]
    for a, b in pairwise(content):
        if b.leadin and _carries_on(a, b):
            b.leadin = False
            b.continued = True
        if b.byline and _runs_into(a):
            b.byline = False  # 本报青川3月2日讯新华社 / 记者周文、王海、本报记者林晓 / 雨报道：the lead-in's credit
        if b.picture and _closes_early(b.text):
            b.picture = False  # 者周文摄）（传真照片）: the end of a photo credit, not a photo's headline
    width = column_width(content)
    if stray_indents(content, width):
        forget_indents(content)  # (OCR's stray spaces before lines: no article or paragraph starts there)
    merged_lines(content, width)
    content = split_run_together(content, width)
    if _unwrapped(content, width):
        # one paragraph a line (text exported or pasted, not a scan's columns): each line is a
        # paragraph or a heading, set in a column wider than any of them
        width = max(ln.width for ln in content) + 2.0
        units = _join_closings([Unit([ln], width=width) for ln in content])
    else:
        units = _join_closings(
            [
                Unit(para, width=w)
                for a, b, w in column_regions(content, width)
                for para in decode(content[a:b], w, True)
            ]
        )
    units = _headlines_after_reports(_titles_apart(_numbered_pictures_apart(units)))
    _classify(units)
    units = _join_tails(units)
    indent_starts = _indent_marks_articles(units)
    segments, blocks = _segments_and_blocks(units, indent_starts)
    groups = _photo_pairs(_photo_items_apart(assign_blocks(segments, blocks)))
    groups = _join_wire_roundups(groups, indent_starts)
    groups = _numbered_photos(_headed_photos_to_texts(_photos_to_articles(_headed_items(groups))))
    groups = _briefs_apart(_numbered_run(groups))
    notices: list[Notice] = []
    articles = [_build_article(g, width, notices) for g in groups]
    articles = [a for a in articles if a.blocks]
    # (stray spaces in furniture are dropped without a notice: nobody edits page headers)
    furniture = [_text_block("furniture", [ln], []) for ln in infos if ln.index in furniture_idx]
    return PageAnalysis(raw, articles, furniture, notices, width)


def _unwrapped(lines: Sequence[LineInfo], width: float, most: float = 0.35, closing: float = 0.5) -> bool:
    """Whether a page holds one paragraph a line rather than column lines: of its lines of
    eight cells or more, few fill the column the widths suggest (``most``; a scanned column's
    lines mostly fill it) and most close a sentence (``closing``: with a stop, a closing quote
    or bracket, a colon; not a comma or 、, which a line running on ends with and no paragraph
    does; a column's lines mostly run on). The dev pages give 0.57 or more full (0.87 on the
    median page) and 0.19 or less closing (0.09); the same articles set a paragraph a line,
    0.06 and 0.84 on the median page, and all but three pages under 0.35 full and all but two
    over 0.5 closing (tables of figures, which end no sentence). A few pasted paragraphs of about one
    length suggest a column as wide as they are, which they fill; but none of them runs on
    into the next line as a full line of a column does (…的培养， / 关系着…): where no full
    line runs on, the full lines say nothing (the dev pages hold 0.53 or more full lines that
    run on)."""
    long = full = running = closes = huge = 0
    for ln in lines:  # (the first hundred such lines tell: this asks every page)
        w = ln.width
        if w < 8:
            continue
        long += 1
        if abs(w - width) <= 1.0 or abs(w - ln.hang - width) <= 1.0:
            full += 1
            running += ln.text[-1] not in SENTENCE_END
        closes += ln.closes and ln.text[-1] not in RUNS_ON
        huge += w > _WIDEST_COLUMN and ln.closes
        if long == 100:
            break
    if long < 3:
        # (a text of one or two paragraphs pasted a paragraph a line: lines of sentences wider
        # than any column, which no headline is either; a heading may stand above them)
        return huge > 0 and huge + (long - closes) == long
    return (full < most * long or running == 0) and closes > closing * long


#: Cells wider than any newspaper column (the layouts benchmark sets columns up to 40 wide).
_WIDEST_COLUMN = 40.0


def _join_tails(units: list[Unit]) -> list[Unit]:
    """A section head broken at the column edge is one paragraph with its second line."""
    out: list[Unit] = []
    for u in units:
        if u.tail and out and out[-1].kind == u.kind == "body":
            out[-1] = Unit(out[-1].lines + u.lines, out[-1].width)
        else:
            out.append(u)
    return out


def _headlines_after_reports(units: list[Unit]) -> list[Unit]:
    """A report opened by its dateline straight after another text's end, under no headline, has
    its headline after its text (on dev, 219 reports of 219 so opened). Where OCR gave the next
    text's first line flush with the column, the decoder may read that headline as the first
    line of the next text's first paragraph (青川机器人社团全国夺冠 / 清晨五点，石门村的茶园里已):
    a paragraph's first line in such a report that tells of it, after which the text speaks of
    other things (``_closes_report``), is set apart, a heading of its own."""
    out: list[Unit] = []
    report: int | None = None  # where the report under no headline so far opened
    for k, u in enumerate(units):
        if u.opens:
            # (据新华社…电 strings an item onto a roundup: on dev, 43 of the 83 so opened after
            # a text's end are items inside an article)
            report = k if k and u.text[0] != "据" and _stops(units[k - 1].text) else None
        elif report is not None:  # (most units are in no such report: they are asked nothing)
            if _heading_like(u):
                report = None
            elif len(u.lines) > 1 and _closes_report(units, report, k):
                out.append(Unit(u.lines[:1], u.width))
                out.append(Unit(u.lines[1:], u.width))
                report = None  # (its headline closes the report)
                continue
        out.append(u)
    return out


def _closes_report(units: list[Unit], report: int, k: int, reach: int = COHESION_REACH, least: int = 100) -> bool:
    """Whether the first line of unit ``k`` is the headline of the report opened at unit
    ``report`` (see ``_headlines_after_reports``): a line of no clause (a headline's), most of
    whose word pairs the report's last ``reach`` characters have told (``_TOLD``), where the
    rest of its paragraph and the text after it both speak of other things (``_BRIEF_SUBJECT``;
    a paragraph's first line runs on into its paragraph's subject), and no heading after it
    tells of the report (that heading is the report's: ``_SOME_SHARE``). The report's text and
    the text after the line each hold ``least`` characters or more."""
    line = units[k].lines[0].text
    if not _HEADLINE_MARKS.isdisjoint(line):
        return False
    before = _han_back((units[i] for i in range(k - 1, report - 1, -1)), reach)
    if len(before) < least or share(line, before) < _TOLD:
        return False
    rest = han("".join([ln.text for ln in units[k].lines[1:]]))
    after = (rest + _han_on((units[i] for i in range(k + 1, len(units))), reach))[:reach]
    if len(after) < least:
        return False
    at = len(before)
    if cohesion(before + after, at, reach) > _BRIEF_SUBJECT or cohesion(before + rest, at, reach) > _BRIEF_SUBJECT:
        return False
    for nxt in units[k + 1 :]:  # (up to the next heading or report)
        if nxt.opens:
            break
        if _heading_like(nxt):
            return share(nxt.text, before) < _SOME_SHARE
    return True


#: The share of a headline's word pairs its report has told, at least, for a line after the
#: report to be taken for its headline. On dev, a headline's pairs found in the last 200
#: characters of its own text: a third in the median, 0.7 or more for one headline in eight;
#: the one line this rule sets apart: 0.8. The first lines of paragraphs that meet the rule's
#: other checks, on dev and on the layouts' pages (10 to 20 cells, headlines after, before
#: and either at random): 0.67 at most (and that one a headline of the next text).
_TOLD = 0.7
#: Marks no headline's line holds: clauses and sentences (a headline may quote: “…”, 《…》).
_HEADLINE_MARKS = frozenset("，。、；：！？,;:!?")


def _titles_apart(units: list[Unit]) -> list[Unit]:
    """A paragraph's last line that closes a quoted or titled word, not a sentence (…的心声。 /
    一部写给青年的书——读《滨江纪事》, …反响。 / 青川整治『门难进』), after a line that ended
    a sentence, is a headline of its own where a new article or another heading follows it (a
    lead-in, its writer's name, a subtitle: a line of its own that stops nowhere). Running text
    closes its last sentence with a stop; a line of no clause that stops nowhere is a title,
    wherever its closing mark left it as wide as a full line. (A credit in brackets, （王海）,
    stays where the decoder put it; so does a title over a paragraph's first line, a section
    head, which the page's headlines may be taken for.)"""
    out: list[Unit] = []
    for k, u in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        # (most paragraphs end with a stop: the last character is asked first)
        if u.lines[-1].text[-1] in _WORD_CLOSERS and (
            nxt is None or nxt.opens or (len(nxt.lines) == 1 and not _stops(nxt.text))
        ):
            parts = _title_apart(u.lines)
            if len(parts) > 1:
                out.extend(Unit(part, u.width) for part in parts)
                continue
        elif nxt is not None and u.lines[-1].text[-1] in "！？!?" and _asks_over_writer(u.lines, nxt):
            out.extend((Unit(u.lines[:-1], u.width), Unit(u.lines[-1:], u.width)))
            continue
        out.append(u)
    return out


def _asks_over_writer(lines: list[LineInfo], nxt: Unit) -> bool:
    """Whether a paragraph's last line (of ``lines``), a question or an exclamation of one clause
    after a line that stopped a sentence (…献给了青川的乡亲。 / 茶园再扩一倍才好！), stands over its
    writer's credit or name alone on the next line (``nxt``: 本报记者王海, 林晓雨): the title of
    the next text, not its paragraph's close (``_titled_by_reporter``). A writer signs no line
    inside a text."""
    if len(lines) < 2 or len(nxt.lines) != 1 or not _stops(lines[-2].text):
        return False
    if _CLAUSE_INSIDE.intersection(lines[-1].text[:-1]):
        return False
    return _writer_alone(nxt.text)


def _title_apart(lines: list[LineInfo]) -> list[list[LineInfo]]:
    """A paragraph's ``lines``, its last one apart where that closes a title and no sentence
    after a line that stopped one (see ``_titles_apart``)."""
    if len(lines) > 1 and lines[-1].closes and _title_line(lines[-1].text) and _stops(lines[-2].text):
        return [lines[:-1], lines[-1:]]
    return [lines]


def _title_line(text: str) -> bool:
    """Whether ``text`` closes a quoted or titled word and no sentence, with no clause before
    it: 给老人“拜年”, 专家盛赞话剧《滨江人家》 (not a credit in brackets, （王海）)."""
    if text[0] in "（(" or text[-1] not in _WORD_CLOSERS:
        return False
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] not in SENTENCE_STOPS and not _CLAUSE_INSIDE.intersection(core)


def _stops(text: str) -> bool:
    """Whether ``text`` ends a sentence with a stop (its closing quotes aside)."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in SENTENCE_STOPS


#: Marks that close a quoted or titled word (“拜年”, 《滨江人家》, 『门难进』), and any closing mark.
_WORD_CLOSERS = frozenset("”’》」』〕】")
_CLOSERS = "”’）》」』〕】)"
_CLAUSE_INSIDE = frozenset("，。、；：！？,;:!?")


def _numbered_pictures_apart(units: list[Unit]) -> list[Unit]:
    """A photo's caption closed by its credit whose lines hold a picture's number at the head
    of one (…新天地 / 1、今年48岁的…（新华社记者高洁摄）) starts there: the lines before it are
    another paragraph (the photos' headline, or the caption before)."""
    out: list[Unit] = []
    for u in units:
        lines = u.lines
        # (few units hold a line opening with a number: those are asked for a credit)
        cuts = [k for k in range(1, len(lines)) if lines[k].text[0].isdigit() and _PHOTO_NUMBER.match(lines[k].text)]
        if cuts and lines[-1].text[-1] in "）)摄" and patterns.ends_with_photo_credit(u.text):
            at = 0
            for k in cuts:
                out.append(Unit(lines[at:k], u.width))
                at = k
            out.append(Unit(lines[at:], u.width))
            continue
        out.append(u)
    return out


def _carries_on(a: LineInfo, b: LineInfo) -> bool:
    """Whether lead-in-like line ``b`` only carries on line ``a``: 本报讯新华社记者周文、/
    本报记者王海报道：, 本报北京3月9日讯新华社 / 记者林晓雨报道：, （据 / 新华社电）, 本报讯（记者
    王海）据 / 新华社东京3月4日电."""
    if _open_clause(a) or a.text.endswith(("）据", ")据")):
        # (…林晓雨）据 / 新华社青川3月4日电: after the paper's credit, the dispatch's source begun
        # on the line before; a headline ending with 数据 opens no dateline's sentence)
        return True
    if not b.text.startswith(("记者", "本报记者")):
        return False
    # 本报北京三月八日讯新华 / 社记者周文，本报 / 记者王海报道：the credit runs on mid-sentence
    return (a.leadin and not a.text.endswith(LEADIN_CLOSED)) or not a.text.endswith(SENTENCE_CLOSED)


def _open_clause(a: LineInfo) -> bool:
    """Whether line ``a`` ends inside a clause (…、) or a bracket (（据)."""
    return a.text.endswith(RUNS_ON) or patterns.unclosed(a.text)


def _runs_into(a: LineInfo) -> bool:
    """Whether line ``a`` runs on into the next: it ends inside a clause or a bracket, or in a
    lead-in not yet closed (本报青川3月2日讯新华社)."""
    return _open_clause(a) or (a.leadin and not a.text.endswith(LEADIN_CLOSED))


def _join_closings(units: list[Unit]) -> list[Unit]:
    """A line closing the paragraph before it joins that paragraph, no heading or text of its
    own: a signature after a dash (``_signs``) or a note on how a photo came after its
    photographer's credit (``_notes_photo``)."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        prev = out[-1] if out else None
        if prev is not None and (_signs(prev, units, k) or _notes_photo(prev, u)):
            out[-1] = Unit(prev.lines + u.lines, prev.width)
        else:
            out.append(u)
    return out


def _signs(prev: Unit, units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` signs the paragraph ``prev`` that ends with a dash (……建议。——— / 编者):
    the signature belongs to the paragraph, not to a heading of its own. (A line with a writer's
    name under it is the heading of what that writer wrote: ……评说——— / 更求长篇精品 / 王海.)"""
    u = units[k]
    return prev.text.endswith("——") and len(u.lines) == 1 and len(u.text) <= 6 and not _writer_under(units, k)


def _notes_photo(prev: Unit, u: Unit) -> bool:
    """Whether ``u`` is a note on how a photo came (（传真照片）, （数码传真照片）, （资料图片）) set on a
    line of its own right after ``prev``, a photographer's credit (…（新华社记者周文摄）): it closes
    the same caption, one paragraph with the credit, not a paragraph, or an article, of its own."""
    # (the unit's first line asked first: a unit's text is joined from its lines on first use)
    return (
        u.lines[0].text[0] in "（("
        and _PHOTO_NOTE.match(u.text) is not None
        and patterns.photographer_credit(prev.text)
    )


#: How a photo came, noted in brackets after its credit: （传真照片）, （新华社数码传真照片）, （资料图片）.
_PHOTO_NOTE = re.compile(r"^[（(][^（）()]{0,12}(?:照片|图片)[）)]$")


def _writer_under(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is a heading with a writer's name under it, on a line of its own. (The
    rest of a dash, ——/-, or a signature after one, ——/—编者, is no heading, whatever follows
    it: a profile's headline may be its subject's name.)"""
    if k + 1 >= len(units) or units[k].text[0] in _DASHES:
        return False
    return patterns.by_name(units[k + 1].text)


def _furniture(infos: list[LineInfo]) -> set[int]:
    """Page headers at the top, page numbers at the very top or bottom, jump lines anywhere. A
    date alone at the bottom, or figures carrying on a table's row, close the page's last text
    (``_signs_or_runs_on``)."""
    found: set[int] = set()
    n = len(infos)
    jump, jump_code = patterns.JUMP.match, patterns.JUMP_CODE.match
    for k, ln in enumerate(infos):
        text = ln.text  # (stripped: ``is_jump`` written out, as this asks every line)
        if "版" in text and jump(text):
            found.add(ln.index)
        elif ln.width <= 6.0 and text[0] in "（(" and jump_code(text):  # (（转A2）: short)
            found.add(ln.index)
        elif k < 3 and patterns.is_furniture(text) and not patterns.bare_number(text):
            found.add(ln.index)
        elif (k == 0 or (k == n - 1 and not _signs_or_runs_on(infos, k))) and patterns.is_furniture(text):
            found.add(ln.index)
    return found


def _signs_or_runs_on(infos: list[LineInfo], k: int) -> bool:
    """Whether line ``k``, the page's last, belongs to the text above it though it reads as a
    footer: a date alone, that text's signature (a letter's, a speech's: a page's date heads it),
    or the figures a table row broken at the column's edge carries on to (…18240 / 0) after a
    line of figures ending with one."""
    text = infos[k].text
    if patterns.bare_date(text):
        return True
    before = infos[k - 1].text if k else ""
    figures = sum(1 for c in before if c.isdigit() or c in ".·%")
    return text.isdigit() and before[-1:].isdigit() and figures >= 0.4 * len(before)


def _closes_early(text: str) -> bool:
    """A closing bracket before any opening one: the line carries on a bracket opened before."""
    close = first_closing_bracket(text)
    if close < 0:
        return False
    opened = [i for i in (text.find("（"), text.find("(")) if i >= 0]
    return not opened or close < min(opened)


def _credit_and_note(text: str) -> bool:
    """Whether ``text`` ends with a note on how a photo came after its photographer's credit
    (…（新华社记者周文摄）（传真照片）): what stands before its last bracket closes with the credit."""
    p = last_opening_bracket(text)
    return p > 0 and patterns.photographer_credit(text[:p])


def _heading_like(u: Unit) -> bool:
    text = u.text
    if len(u.lines) != 1 or not text or _closes_early(text):
        return False
    if text[-1] in NO_HEAD_END or text[-1] in OPENING_PUNCT or "。" in text[:-1]:
        return False
    if len(text) > _LONGEST_HEADING:
        return False  # a paragraph on a line of its own (…心里暖暖的，…过下去……): text pasted
    if text[-1] in _TRAILS and "，" in text:
        return False  # a sentence of clauses trailing off or exclaimed (…，灯一盏盏亮起来……): text
    if (
        patterns.credit_line(text) or (text[-1] in "）)" and patterns.closing_credit(text))
    ) and not patterns.PICTURE_MARK.search(text):
        return False  # a credit, or a sentence its writer's credit closes (…保护好湿地！（青川李丽）): text
    if _staff(text):
        return False  # 责任编辑：王海 closes the article (or the page): no heading of its own
    if text[-1] in _DASHES and text[-2:-1].isdigit():
        # a figure and a dash end a number or a range broken at the line's end (热线：0839— /
        # 5556688, 1996— / 1998年): text running on (on dev, 6 lines of 6 so ending; a heading
        # ends with a dash after words, 茶农的心愿———, over its subtitle)
        return False
    return not (patterns.leadin(text) or patterns.tabular(text))


#: How a sentence trails off or exclaims: of dev's 2,409 headlines and decks three end so, one
#: of them with a comma (a deck calling on drivers to slow down); a line of clauses ending so is text.
_TRAILS = frozenset("…！？!?")
#: Characters no headline or deck line exceeds: on dev the longest of 2,409 holds 45 (a deck
#: with its clauses, a speaker's eight demands in a row). A longer line is a paragraph set on a
#: line of its own (text pasted a paragraph a line), whatever it ends with (…过下去……, a
#: heading's marks). No column's line is so long: this tells pasted text, and a paragraph of
#: several lines that one line run together makes as wide as a headline across columns.
_LONGEST_HEADING = 50


def _spoken(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is a line of the text rather than a heading: a question or an
    exclamation on a line of its own after a sentence's end or at the page's top (问题出在哪里？,
    新年好！), or a line of dialogue in quotes (“为什么能安于平淡？”). Headlines take no
    closing mark (none of the dev pages' 1,800 headlines and sub-headlines ends with ？ or ！);
    a headline quoting a question stands after no sentence when it heads its text. So is a line
    reporting speech with a comma (人们说，党的十五大带来了 / 专家指出，…) that follows no heading:
    headlines give a speaker a colon (李鹏：…); on dev no heading within a column's width reports
    speech so, 1,896 lines of text do (a wide deck's second line may: 访，他说，…)."""
    text = units[k].text
    if "，" in text and _SAYS.search(text) is not None and (k == 0 or units[k - 1].kind != "head"):
        return True
    if k == 0:
        return text[-1] in "？！?!"
    return _finished(units[k - 1]) and (text[-1] in "？！?!" or (text[0] == "“" and text.endswith(_SPOKEN_ENDS)))


_SPOKEN_ENDS = ("？”", "！”", "?”", "!”")
#: A speaker's verb and a comma: how running text reports speech (他说，… 专家指出，…).
_SAYS = re.compile(r"(?:说|表示|指出|认为|强调|介绍|透露|宣布)，")


def _left_open(text: str) -> bool:
    """Whether ``text`` opens a bracket or a quote it does not close (…老人说：“我们永世不忘)."""
    return patterns.unclosed(text) or any(text.count(a) > text.count(b) for a, b in _PAIRS)


#: Quotes and titles, opening and closing.
_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"))


def _credited_below(units: list[Unit], k: int) -> bool:
    """Whether ``units[k]`` is a caption whose photo's credit stands on the line under it: a
    sentence of one line, then the credit alone (市民在现场挑选图书。 / （王海 摄）, or 王海 摄),
    as papers set it where the caption's last line has no room for it."""
    u = units[k]
    if k + 1 >= len(units) or len(u.lines) != 1 or u.text[-1] not in SENTENCE_STOPS:
        return False
    credit = units[k + 1]
    if len(credit.lines) != 1:
        return False
    alone = patterns.credit_line(credit.text) and patterns.photographer_credit(credit.text)
    return alone or patterns.bare_photo_credit(credit.text)


def _finished(u: Unit) -> bool:
    """Whether ``u`` is text that has ended its sentence (what a line after it may not carry on)."""
    return u.kind == "body" and u.text[-1] in SENTENCE_END


def _staff(text: str) -> bool:
    """The article's or the page's editors: 责任编辑：王海."""
    return text[0] in "本责美图编校版制" and patterns.STAFF.match(text) is not None


def _classify(units: list[Unit]) -> None:
    for k, u in enumerate(units):
        # (no generator: this asks every line of the page, and few are wider than the column)
        over = u.width + 1.5
        for ln in u.lines:
            if ln.width > over and is_overwide(ln, u.width):
                u.wide = True
                break
        # (a paragraph of several lines, one of them two column lines OCR ran together, is as
        # wide as a headline across columns, and longer than any; and a line opening with a
        # dateline opens a text, however wide: an article set in a wider column)
        if (u.wide and not u.opens and (len(u.lines) == 1 or len(u.text) <= _LONGEST_HEADING)) or (
            _heading_like(u) and not _spoken(units, k)
        ):
            u.kind = "head"
        elif (
            k and units[k - 1].kind == "head" and len(u.lines) == 1 and (_staff(u.text) or patterns.dated_note(u.text))
        ):
            # (the editors set under a headline that closes its article, or the day of a speech
            # under its title: （二〇二六年三月五日）)
            u.kind = "head"
        elif (
            k
            and units[k - 1].kind == "head"
            and len(u.lines) == 1
            and len(u.text) <= 8
            and _closes_early(u.text)
            and patterns.unclosed(units[k - 1].text)
        ):
            u.kind = "head"  # the rest of a headline broken inside its brackets (…公报（农村人口和农业机 / 械）)
    for k, u in enumerate(units):
        # A line of nearly the column's width is running text cut short by OCR, unless a
        # new article (lead-in, indent) or another heading follows it, or it follows a heading
        # and runs in one clause (青川将推广秸秆还田技术 / 南湖拆旧厂房改建口袋公园: the next
        # article's headline; 和谐 / 青川区绿化部门介绍，新建步 is text).
        if u.kind == "head" and not u.wide and u.lines[0].width >= u.width - 1.5 and not u.lines[0].picture:
            nxt = units[k + 1] if k + 1 < len(units) else None
            after_head = (
                k > 0
                and units[k - 1].kind == "head"
                # (a writer named by offices listed, 区文化局局长、区文联主席孙丽华, holds a
                # clause mark and runs in no clause of text)
                and (not CLAUSE_MARKS.intersection(u.text) or patterns.by_name(u.text))
            )
            # ... or the text before it closed with its writer's credit (…地区。（王海）)
            after_credit = k > 0 and units[k - 1].kind == "body" and patterns.closing_credit(units[k - 1].text)
            # ... or it stands between a sentence's end and a paragraph's first line (…焕然一新。 /
            # 青川老城区背街小巷改造完工 / 居民王秀兰说，过去雨天出), a numbered picture's caption
            # (2、…) or a caption its photographer's credit closes (▲会员大会现场。（王海摄）): a
            # line of running text cut off would follow no full stop, or be followed by the rest
            # of its paragraph (the page's top counts as a sentence's end)
            between = (
                nxt is not None
                and (k == 0 or (units[k - 1].kind == "body" and units[k - 1].text[-1] in SENTENCE_STOPS))
                and u.text[-1] not in SENTENCE_STOPS  # (…呢？ may be a paragraph of one line)
                and (
                    first_of(nxt.lines[0], nxt.width)
                    or (first_width(nxt.lines[0], nxt.width) and not _left_open(u.text))
                    or _PHOTO_NUMBER.match(nxt.text) is not None
                    or patterns.ends_with_photo_credit(nxt.text)
                    or _credited_below(units, k + 1)
                )
            )
            # ... or it stands under a photo's label (图片： / 下岗职工：走出一片新天地): the photo's
            # headline
            labelled = k > 0 and patterns.PHOTO_LABEL.match(units[k - 1].text) is not None
            starts = (
                nxt is None
                or nxt.kind == "head"
                or nxt.lines[0].indent
                or nxt.opens
                or nxt.lines[0].note  # (a label opens the next paragraph: 编者按：, 图为…)
                or after_head
                or after_credit
                or between
                or labelled
            )
            if not starts:
                u.kind = "body"
    item: Unit | None = None  # the last item of a list under a label made text
    for k, u in enumerate(units):
        if u.kind == "head" and patterns.CAPTION_START.match(u.text) is not None:
            # a line pointing at a photo (图为…, 上图：…) heads nothing: on dev, of 34 such lines
            # 24 are captions and 10 text, none a headline
            u.kind = "body"
            continue
        if u.kind != "head" or u.wide:
            if u.kind == "body" and k and _list_item(u.text):
                before = units[k - 1]
                if before is item or (before.kind == "body" and _list_label(before.text)):
                    item = u  # (the list goes on in text: 产品有： / 青川茶厂 / “石门”牌绿茶)
            continue
        if item is not None and units[k - 1] is item and _list_goes_on(units, k):
            # the items of a list after its first, however short, where the list goes on past
            # them into its next label (…青川茶厂 / “石门”牌绿茶 / 不合格产品有：)
            u.kind = "body"
            item = u
            continue
        # Items of a list introduced by a colon (产品有：) are text, not headings; under a photo's
        # label (图片：) the photo's own headline, over its credit or caption, is no item (a list
        # of pictures numbers them or credits each: 夜读春秋（王海画）; a name over a headline
        # is the portrait's label).
        if (
            k
            and units[k - 1].kind == "body"
            and units[k - 1].text.endswith(("：", ":"))
            and not (
                patterns.PHOTO_LABEL.match(units[k - 1].text)
                and not patterns.enumerated(u.text)
                # (a picture's credit, 夜读春秋（王海画）, not its mark: 雪后青川（图片） is a photo's headline)
                and not (u.text.endswith(("）", ")")) and not patterns.picture_head(u.text))
                and not patterns.unclosed(u.text)
                and not (k + 1 < len(units) and units[k + 1].kind == "head" and not _credit_like(units[k + 1].text))
            )
        ):
            u.kind = "body"
            item = u
            continue
        # ... and so is the next picture credited in brackets as the item before it was
        # (江边晨雾（速写）（周文） / 古樟（速写）（周文）; 1、春江（水彩） / 2、雪后（油画）): a
        # list of pictures goes on past its first (on dev, 2 of 2 such items are text, on five
        # draws 15 of 15)
        if (
            item is not None
            and units[k - 1] is item
            and u.text.endswith(("）", ")"))
            and item.text.endswith(("）", ")"))
            and not patterns.picture_head(u.text)
        ):
            u.kind = "body"
            item = u
            continue
        # A numbered section head (一、… （二）…), or one that wraps inside the column, runs
        # on inside the article with its short tail: headlines are neither numbered nor
        # broken to the column width.
        nxt = units[k + 1] if k + 1 < len(units) else None
        numbered = patterns.enumerated(u.text)
        tail = (
            nxt is not None
            and nxt.kind == "head"
            and not nxt.wide
            and (
                len(nxt.text) <= len(u.text) // 2
                # (a numbered head's rest may be longer where a narrow column broke it: 三、开通社区
                # 医生 / 定期上门服务; the next item is numbered itself)
                or (
                    len(nxt.text) < len(u.text)
                    and numbered
                    and not patterns.enumerated(nxt.text)
                    and u.text[-1] not in CLAUSE_END
                )
            )
            and not patterns.picture_head(nxt.text)  # 图片新闻 heads a photo of its own
        )
        # broken at the column edge: the first line (nearly) fills the column, the rest is short
        after = units[k + 2] if k + 2 < len(units) else None
        # (text closed by a photo's or a writer's credit has ended: what follows opens anew)
        inside = (
            k > 0
            and units[k - 1].kind == "body"
            and not patterns.ends_with_photo_credit(units[k - 1].text)
            and not patterns.closing_credit(units[k - 1].text)
            and after is not None
            # (a numbered heading after it is an item of the text, made body when its turn comes)
            and (after.kind == "body" or (not after.wide and patterns.enumerated(after.text)))
            and not after.opens
            and not after.lines[0].indent
            and not _editors_note(units, k + 2)  # (no heading inside a text stands over an editor's note)
            # (a review's headline names the work it reviews, …——读《滨江纪事》: the short line
            # under it is its writer's name; on dev, 8 such lines of 8 are headlines)
            and patterns.REVIEW_TITLE.search(u.text) is None
        )
        # ... or broken inside a phrase (青川治水，走出生态发展 / 的新路子), or a heading of
        # two clauses that fills the column (不管愿不愿意，质量是市 / 场竞争取胜的关键): headlines
        # are not broken at the column's width
        broken = (
            nxt is not None
            and nxt.kind == "head"
            and not nxt.wide
            and len(nxt.text) < len(u.text)
            and (
                u.text[-1] in PHRASE_RUNS_ON
                or nxt.text[0] in PHRASE_CARRIES_ON
                or nxt.text[1:2] in CLAUSE_MARKS
                or nxt.text[1:2] in PHRASE_CARRIES_ON  # (…走向新世 / 纪的…: a word's end, then 的)
                or "，" in u.text[1:-1]  # two clauses
                or _word_across(u.text, nxt.text, units)
            )
            and not patterns.picture_head(nxt.text)  # 图片新闻 heads a photo of its own
        )
        # (a writer's name or credit: no tail, unless the heading stops inside its phrase: …的实现与 /
        # 王海; a reporter's credit, 本报记者王海, carries on no phrase: …是怎样办起来的 / 本报记者王海;
        # nor do writers' names run together, 王海林晓雨, where nothing shows the heading broken:
        # 纪的金钥匙 reads as names too)
        author = (
            nxt is not None
            and (patterns.by_name(nxt.text) or (not broken and patterns.names_run_together(nxt.text)))
            and (u.text[-1] not in PHRASE_RUNS_ON or patterns.REPORTER_CREDIT.match(nxt.text) is not None)
        )
        # (a first line wider than the column is no line of it: a heading set across columns)
        wraps = (
            (tail or broken)
            and inside
            and not author
            and u.lines[0].width >= u.width - 3
            and within(u.lines[0], u.width)
        )
        if wraps and tail and not broken and not numbered and nxt is not None and _closes_text_before(units, k):
            # (a headline after its text, over its writer's pen name: 夜市食品抽查：卫生问题不少 / 禾木)
            wraps = False
        if wraps and (u.lines[0].indent or (nxt is not None and nxt.lines[0].indent)) and _indent_marks_articles(units):
            # (OCR kept the gap before an article's first line: this heading opens one, or the
            # line after it does, which then carries on no heading before it)
            wraps = False
        # (a dashed line under a headline is its subtitle, not an item: ——记煤矿工人李大山)
        subtitle = patterns.subtitle(u.text) and k > 0 and units[k - 1].kind == "head"
        # (bullet points set under a headline, ●…, are its deck: sub-headlines, no list items)
        deck = k > 0 and units[k - 1].kind == "head" and u.text[0] in _DECK_BULLETS
        if (numbered and not subtitle and not deck) or wraps:
            u.kind = "body"
            # (a signature, ——编者, has no tail: a short heading after it is the next one's)
            short = len(nxt.text) <= 4 and not patterns.DASH_SIGNATURE.match(u.text) if nxt is not None else False
            if nxt is not None and nxt.kind == "head" and not nxt.wide and (wraps or short):
                nxt.kind = "body"
                nxt.tail = wraps  # the rest of a heading broken at the column edge: one paragraph
    for k in range(1, len(units)):
        # a line ending with a dash (…尾部却嵌着醒目的标牌：HMC5010X（海马牌）——) leads into what
        # follows: no article ends there, and the line after is text (on dev, 57 lines of 57)
        if (
            units[k].kind == "head"
            and not units[k].wide
            and _INTO.search(units[k - 1].text)
            and units[k - 1].kind == "body"
        ):
            units[k].kind = "body"
    _rests_of_lines(units)
    _credits_opening_text(units)
    _verse(units)
    _captions_after_heads(units)
    _table_heads(units)
    _section_heads(units)
    _contributions(units)
    _place_labels(units)
    for k, u in enumerate(units):
        if u.opens:
            continue  # a text opening with its dateline (本报讯（记者 王海 文/图）…) reports: no caption
        # a paragraph ending with a photographer's credit is a caption wherever it stands, however
        # long (on dev, 198 captions close so, 106 of them longer than 60 characters, and no
        # text's paragraph), and so is a line of one set apart, 图为整治后的滨江（周文摄）: no
        # headline ends with a credit (so is a short one opening as the caption of the photo over
        # a headline does, 压题照片为…, under whatever credit: …。（本报青川电）)
        if u.kind in ("body", "head") and (
            patterns.photographer_credit(u.text) or (len(u.lines) <= 10 and title_photo(u.text))
        ):
            u.kind = "caption"
            if (
                k >= 2
                and patterns.credit_line(u.text)
                and units[k - 1].kind == "body"
                and not units[k - 1].opens
                and units[k - 2].kind == "caption"
            ):
                # a credit on a line of its own, after text set between it and a caption: it
                # closes the next caption of the run (衣：…（周文摄） / 行：…。 / （王海摄）)
                units[k - 1].kind = "caption"
            continue
        if u.kind == "head" and _credit_and_note(u.text):
            # a photographer's credit and its note on a line of their own, （新华社记者周文摄）（传真照片）,
            # close the caption before them: no headline ends with a credit
            u.kind = "body"
            continue
        if u.kind in ("body", "head") and len(u.lines) <= 2 and patterns.QR_PROMPT.match(u.text) is not None:
            u.kind = "caption"  # (the caption of a QR code printed with the article: 扫码看现场视频)
            continue
        if u.kind == "body" and u.text[0] in patterns.ITEM_BULLETS and patterns.ends_with_photo_credit(u.text):
            u.kind = "caption"  # a photo's caption set after a bullet (▲改造后的老街。（受访者供图）)
            continue
        prev = units[k - 1].kind if k > 0 else ""
        if prev not in ("head", "caption"):
            continue
        if u.kind == "body" and patterns.ends_with_photo_credit(u.text):
            u.kind = "caption"
        elif u.kind == "head" and u.wide and u.text[-1:] in FULL_STOP:
            u.kind = "caption"  # a one-line caption set across columns (headlines take no full stop)
        elif u.kind == "head" and prev == "caption" and patterns.ends_with_photo_credit(u.text):
            u.kind = "caption"  # the credit line of a caption


def _list_item(text: str) -> bool:
    """Whether ``text`` may be an item of a list under a label (a name, a product): no sentence
    nor clause in it, and no label of its own."""
    return _ITEM_MARKS.isdisjoint(text) and not text.endswith(("：", ":"))


def _list_label(text: str) -> bool:
    """Whether ``text`` labels a list under it (产品有：): it ends with a colon, and is no
    photo's label (图片：, whose photos follow)."""
    return text.endswith(("：", ":")) and patterns.PHOTO_LABEL.match(text) is None


#: What no list item under a label holds: a sentence's or a clause's marks.
_ITEM_MARKS = SENTENCE_STOPS | frozenset("，,；;")


def _list_goes_on(units: list[Unit], k: int, reach: int = 8) -> bool:
    """Whether unit ``k`` and those after it are items of the list before them: item after
    item (headings or text, each a ``_list_item``), within ``reach`` units and before any
    sentence, the list's next label follows (不合格产品有：)."""
    for v in units[k : k + reach]:
        if v.wide:
            return False
        if v.kind == "body" and _list_label(v.text):
            return True
        if not _list_item(v.text):  # (a photo's label, 图片：, too: its photos follow, no items)
            return False
    return False


#: How many lines of text around a heading its words are looked for in (``_nearby``).
_NEARBY_LINES = 40


def _closes_text_before(units: list[Unit], k: int, reach: int = _NEARBY_LINES) -> bool:
    """Whether heading ``k``, with the short line under it, is the headline of the text before
    it rather than a section head wrapped at the column's edge: it speaks of that text (a fifth of
    its word pairs or more, ``_CLOSING_SHARE``, in the body text ``reach`` lines back) and of
    nothing in the text after it. A section head speaks of its own section, after it; a headline
    set after its text, of that text. (A heading that fills the column over a short line that is
    no name the lists know, 惠研, 禾木, reads alike as a section head and its tail. Of 93 section
    heads so wrapped on the dev pages and on the dev articles laid out again at 12 to 20 cells,
    none speaks so; of the 12 headlines read as one, five do.) So does a heading over a short
    headline of the text after it, where a page mixes placements (王海当选区人大代表 / 春茶开摘):
    the first speaks of the text before it and nothing after, the second of nothing before."""
    first, second = units[k].text, units[k + 1].text
    before = _nearby(units, range(k - 1, -1, -1), reach)
    after = _nearby(units, range(k + 2, len(units)), reach)
    if share(first + second, before) >= _CLOSING_SHARE and share(first + second, after) == 0.0:
        return True
    # ... or two headlines, the first closing the text before (it speaks of that text and of
    # nothing after it), the second speaking of nothing before it: over the text after it
    return share(first, before) >= _CLOSING_SHARE and share(first, after) == 0.0 and share(second, before) == 0.0


#: The share of a heading's word pairs in the text before it that makes it that text's own
#: headline where it shares none with the text after it (``_closes_text_before``).
_CLOSING_SHARE = 0.2


def _rests_of_lines(units: list[Unit]) -> None:
    """A heading line right after text whose last line closes with no mark, where a word runs
    across the break (``_word_across``: …滨江市青 / 川电器厂生产, 青川 standing together elsewhere on
    the page), is the rest of that paragraph, not a heading: a list's item or a table's label,
    which ends with no stop, so the decoder parted its last line from the line before. It joins
    the paragraph (a tail, see ``_join_tails``). A text signed after a dash (…来信。———编者)
    has ended, whatever word its signature's last character makes. On the dev pages and the dev
    articles laid out again (nine draws, 12 to 20 cells), of such headings 66 are the rest of the
    paragraph and 3 a paragraph of their own in the same article (…具有国际 / 第三代港口水平的…)."""
    for k in range(1, len(units)):
        u, prev = units[k], units[k - 1]
        if u.kind != "head" or u.wide or len(u.lines) != 1 or prev.kind != "body":
            continue
        if patterns.SIGNED_AFTER_DASH.search(prev.text) or not _word_across(prev.lines[-1].text, u.text, units):
            continue
        u.kind = "body"
        u.tail = True


def _word_across(first: str, rest: str, units: list[Unit]) -> bool:
    """Whether a word runs across the break between lines ``first`` and ``rest`` (two heading
    lines, or a text's line and a heading): the two Chinese characters on either side of it
    stand together elsewhere on the page too
    (…改善城乡生 / 态环境…, where 生态 is in the text). Two headings, one over the other, meet
    at characters that make no word (…迎新生 / 南湖…). Counted on the dev pages and the same
    articles laid out again (ten draws), after a sentence's end, a first line two cells short
    over a shorter line: 1 pair in 92 that are two headings (or a heading and a text's first
    line) meets at a pair of the page, and 399 of the 593 section heads broken over two lines."""
    pair = first[-1:] + rest[:1]
    if len(pair) != 2 or not (pair.isalpha() and not pair.isascii()):
        return False
    return any(pair in u.text for u in units)  # (the two lines are units apart: no pair across them)


def _credits_opening_text(units: list[Unit]) -> None:
    """A reporter's credit set after a heading group that is complete (a writer's name closed
    it: 国之枢纽气象新 / 龚伟瑄 / 新华社记者蔡晖…; or the credit kept the leading space an
    article's first line keeps), or at the page's top, opens the text after it: it is that
    text's first paragraph, with the rest of it broken at the column's edge (…新华 /
    社通讯员张应银). One set right after a finished paragraph is a line of that text."""
    indent_starts: bool | None = None  # (asked only of a credit after a heading: few pages have one)
    for k in range(len(units) - 1):
        u = units[k]
        if k and u.kind == "head" and _finished(units[k - 1]) and patterns.REPORTER_CREDIT.match(u.text.strip()):
            # a reporter's credit right after a finished paragraph (a feature's opening, then
            # 本报记者张帆): a line of the text, no heading; on dev such credits are text
            u.kind = "body"
            continue
        if u.kind != "head" or u.wide or (k and units[k - 1].kind != "head"):
            continue
        if not patterns.REPORTER_CREDIT.match(u.text.strip()):
            continue
        # (at the page's top, the credit opens the text that runs on from it)
        prev = units[k - 1] if k else None
        named = prev is None or (k > 1 and units[k - 2].kind == "head" and patterns.by_name(prev.text))
        named = named and (prev is None or not patterns.REPORTER_CREDIT.match(prev.text.strip()))
        if not named and u.lines[0].indent and indent_starts is None:
            indent_starts = _indent_marks_articles(units)
        if not (named or (indent_starts and u.lines[0].indent)):
            continue
        j = k + 1
        if u.lines[0].width >= u.width - 2.5 and units[j].kind == "head" and not units[j].wide:
            j += 1  # (the rest of a credit broken at the column edge: a first line, or a full one)
        if j >= len(units) or units[j].kind != "body" or units[j].opens:
            continue
        for i in range(k, j):
            units[i].kind = "body"
            units[i].tail = i > k


def _credit_like(text: str) -> bool:
    """A line crediting people rather than titling a story: a writer's name or a reporter's
    credit (misread too: 纪者), a photographer's, or names run together (王海周文)."""
    t = text.strip()
    if patterns.by_name(t) or any(w in t for w in ("记者", "纪者", "通讯员", "摄")):
        return True
    return 4 <= len(t) <= 9 and t.isalpha() and t[:1] in COMMON_SURNAMES


#: The bullets a headline's deck is set with (●重申人民币将保持稳定).
_DECK_BULLETS = patterns.BULLETS
#: A text ending with a dash runs on into what follows (…的标牌：HMC5010X（海马牌）——).
_INTO = re.compile(r"[—－-]{2,}$")
#: The strokes of a dash (a line opening with one carries on a dash or a signature after it; one
#: ending with one after a figure breaks a number, ``_heading_like``).
_DASHES = frozenset("—－-")
#: A newspaper's desk named alone on a line, signing a text: 文艺部, 本报经济部, 群众工作部.
_DESK = re.compile(r"[\u4e00-\u9fff]{1,8}(?:部|编辑室|编辑组)")


def _verse(units: list[Unit], run: int = 5) -> None:
    """Five or more short unpunctuated lines in a row, none wider than the column, are
    verse or a list inside an article, not a headline block (a title and author before
    them stay headings)."""
    k = 0
    while k < len(units):
        j = k
        while j < len(units) and units[j].kind == "head" and not units[j].wide:
            j += 1
        # a writer's name past the opening title and author closes a headline group: the run
        # is headline blocks of articles, not a poem
        names = any(patterns.by_name(u.text) for u in units[k + 2 : j])
        # ... and so does a deck set with bullets under a headline (●…, ●…), half the run's
        # lines or more: no poem's lines (a list of short items may open one or two so)
        deck = 2 * sum(1 for u in units[k:j] if u.text[0] in _DECK_BULLETS) >= j - k
        if j - k >= run and not (names and j - k <= 8) and not deck:
            # the run may open with the poem's title and author: those stay headings
            first = k + 1 if k + 1 < j and len(units[k + 1].text) <= 4 else k
            # ... and a poem's title and author set after it (…的华夏 / 雪融黄河 / 王海) close it,
            # with what is left of the run after them, too short for a poem (another title)
            closing: set[int] = set()
            for a in range(first + 2, j):
                if _poets_name(units[a].text) and not patterns.author_line(units[a - 1].text):
                    closing.update((a - 1, a))
                    if j - (a + 1) < run:
                        closing.update(range(a + 1, j))
            start = first + 1 if first > k else k
            # (the run's first heading may be the headline of the text before it, set after
            # that text: it shares its words, which a poem's first line seldom does)
            if start == k and k and units[k - 1].kind == "body":
                before = _nearby(units, range(k - 1, -1, -1), _NEARBY_LINES)
                if share(units[k].text, before) >= 0.5:
                    start = k + 1
            for i in range(start, j):
                if i not in closing:
                    units[i].kind = "body"
                    units[i].verse = True
        k = max(j, k + 1)


def _poets_name(text: str) -> bool:
    """A writer's name under a poem's title: two to four characters opening with a common
    surname (verse lines of as many characters open with a surname less often)."""
    t = text.strip()
    return patterns.author_line(t) and (t[:1] in COMMON_SURNAMES or t[:2] in COMPOUND_SURNAMES)


def _captions_after_heads(units: list[Unit], max_units: int = 4, max_lines: int = 12) -> None:
    """Text right after a heading that ends with a photo credit (…摄）) is its caption."""
    for k, u in enumerate(units):
        if u.kind != "head" or (k + 1 < len(units) and units[k + 1].kind == "head"):
            continue
        lines = 0
        for j in range(k + 1, min(len(units), k + 1 + max_units)):
            cand = units[j]
            lines += len(cand.lines)
            if lines > max_lines or (cand.kind == "body" and cand.opens):
                break
            if cand.kind == "head" and not patterns.ends_with_photo_credit(cand.text):
                break  # another heading, or a photo's own headline (…（图片）)
            if patterns.ends_with_photo_credit(cand.text):
                for c in units[k + 1 : j + 1]:
                    c.kind = "caption"
                break


def _indent_marks_articles(units: list[Unit]) -> bool:
    """Where only some paragraphs keep a leading space, it marks where articles begin (OCR keeps
    the gap before an article's first line); where most paragraphs have one, it means nothing."""
    paras = [u for u in units if len(u.lines) > 1 or u.kind == "body"]
    indented = sum(1 for u in paras if u.lines[0].indent)
    return bool(paras) and indented <= 0.3 * len(paras)


def _section_heads(units: list[Unit], reach: int = _NEARBY_LINES) -> None:
    """A lone narrow heading inside running text is a section head of that article.

    Between two body paragraphs, with no lead-in after it, a short unpunctuated line is far
    more often a section head than a headline; it is taken as the previous article's
    headline only when it shares more words with the text before it than after it, and few
    with the text after it (``_SECTION_SHARE``).
    """
    indent_starts = _indent_marks_articles(units)
    sections: list[tuple[Unit, tuple[float, float]]] = []
    for k in range(1, len(units) - 1):
        if not _lone_heading(units, k):
            continue
        u, prev, nxt = units[k], units[k - 1], units[k + 1]
        if nxt.opens or patterns.ends_with_photo_credit(nxt.text) or patterns.picture_head(u.text):
            continue  # (a photo's headline, 滨江步道亮灯（图片）, heads the photo, no section of a text)
        if (
            (patterns.credit_line(prev.text) and _PHOTO_LETTERS.match(prev.text) is None)
            or patterns.closing_credit(prev.text)
            or patterns.SIGNED_AFTER_DASH.search(prev.text)
        ):
            continue  # the article before closed with its writer's credit (…开始。（王海）): a new one starts
        if prev.width != nxt.width:
            continue  # the column changes width here: another article
        if k + 2 < len(units) and units[k + 2].width != prev.width and _opening_line(nxt, units[k + 2].width):
            continue  # ... or after the first line of the text, read at the page's width
        if _DESK.fullmatch(u.text) is not None:
            u.kind = "body"  # a desk signing the text before it (文艺部, 本报经济部): on dev, 4 of 4
            continue
        if _in_a_report(units, k):
            continue  # a report opened by a dated dispatch has no sections: a headline closes it
        if patterns.DOCUMENT_NOTE.match(nxt.text.strip()):
            continue  # a document's title over the day it was passed (…条例 / （2025年…通过）)
        if _between_speakers(units, k):
            continue  # one speaker's piece ends and the next speaker's begins: each under its headline
        if _editors_note(units, k + 1):
            # a heading over an editor's note heads the text the note opens or closes the text
            # before it: no section (on dev and the nine draws, of 23 such headings 15 are
            # headlines and 8 decks or bylines)
            continue
        if indent_starts and u.lines[0].indent != nxt.lines[0].indent:
            # OCR kept the gap before a new article, and this heading opens it; or the text after
            # it kept it, and opens one: a section head opens no text that opens an article (the
            # heading closes the text before it, ``assign._opens_apart``)
            continue
        before = _nearby(units, range(k - 1, -1, -1), reach)
        after = _nearby(units, range(k + 1, len(units)), reach)
        shares = share(u.text, before), share(u.text, after)
        if patterns.by_name(u.text) and shares[0] < 1.0:
            # a writer's name between paragraphs, under no headline: part of the text (unless the
            # text before it spoke of it, all its words: what reads as a name, 周春来, 贺新春, is
            # then a heading like any other, a profile's subject or a card's words; on dev and the
            # draws, of such headings 8 are headlines closing that text, 4 a desk signing it, 文艺部)
            u.kind = "body"
            continue
        if _signed_deck(units, k + 1):
            continue  # a deck its reporter signs (…的日子——— / 本报记者周文) opens an article under its headline
        if (
            shares[0] <= shares[1]
            or shares[1] >= _SECTION_SHARE
            # (a saying in quotes, clauses and all, “山不转，路要转”: a profile's section set
            # under its subject's words; no headline quotes a sentence whole)
            or (_quoted_term(u.text) and "，" in u.text)
            or patterns.opens_with_connective(nxt.text)
            # (an editor's note, 编者按：…, introduces the text after it: no headline closes it)
            or patterns.EDITORS_NOTE.match(prev.text) is not None
            or _headed_from_top(units, k, {id(s) for s, _ in sections})
            or _heads_a_section_of_the_next(units, k)
            or _heads_a_section_of_the_one_above(units, k)
        ):
            sections.append((u, shares))
    # (decided first, applied after: the text around a heading stops at the next heading)
    for u, shares in sections:
        u.kind = "body"
        u.section = shares


def _signed_deck(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is a deck its reporter signs: it ends with a dash, or with no mark
    closing a sentence, and the reporter's credit stands on the line after it (…过着简单而充实的
    日子——— / 本报记者周文; …茶园连片，茶农增收 / 本报记者周文; a short credit is joined to it by
    ``_join_closings``). A feature sets such a deck right under its headline, so it opens an
    article: on the dev pages all five so signed do, and no section of a text starts so; a deck
    closing no sentence over a reporter's credit, on dev and the draws, 1 of 1. (A text signed
    after a dash by its editor, ——编者, names no reporter.)"""
    u = units[k]
    if len(u.lines) > 1 and _INTO.search(u.lines[-2].text) and patterns.REPORTER_CREDIT.match(u.lines[-1].text):
        return True
    if k + 1 >= len(units) or not (_INTO.search(u.text) or u.text[-1] not in SENTENCE_END):
        return False
    credit = units[k + 1]
    return len(credit.lines) == 1 and patterns.REPORTER_CREDIT.match(credit.text) is not None


#: The letters a feature's photos are printed with, in brackets on a line of their own, where
#: the text speaks of them: （A、B）, （C） (OCR may read the letters full-width). No credit: the
#: text goes on after them (on dev, 21 such lines, all inside their articles).
_PHOTO_LETTERS = re.compile(r"^[（(][A-ZＡ-Ｚ](?:[、,，][A-ZＡ-Ｚ])*[）)]$")


def _heads_a_section_of_the_next(units: list[Unit], k: int) -> bool:
    """Whether heading ``k`` heads a section of the feature whose headline, over its writer's
    name, is set after the text below it (茶园连片茶农增收 … 石门村：茶园连片十年间 / 周文): it
    shares a third of its word pairs (``_SECTION_SHARE``) with that headline, past the feature's
    other sections. (A section speaks of its feature's subject in its feature's words. On dev,
    the headlines of two articles in a row share as much only where they are set to a formula,
    X会见美国客人, with no writer's name under them; a feature carries one.)"""
    j = k + 1
    while j < len(units) and (units[j].kind == "body" or _lone_heading(units, j)):
        j += 1  # (the text below it, and its other sections)
    return _shares_a_signed_headline(units, k, range(j, len(units)))


def _heads_a_section_of_the_one_above(units: list[Unit], k: int) -> bool:
    """Whether heading ``k`` heads a section of the feature whose headline, over its writer's
    name, is set before the text above it (石门村：茶园连片十年间 / 周文 … 茶园连片茶农增收):
    the mirror of ``_heads_a_section_of_the_next``. The text above runs back to that headline
    past the feature's other sections and its photos' captions, with no lead-in opening an
    article under no headline on the way (``_headed_from_top``), and the heading shares a third
    of its word pairs with the headline (``_SECTION_SHARE``). A text opening with a dated
    dispatch is a report, set in no sections (on dev, 4 of 673 such texts have a short line
    between paragraphs: places labelling a roundup's items, a bank's account numbers)."""
    j = k - 1
    while j >= 0 and (units[j].kind in ("body", "caption") or _lone_heading(units, j)):
        if units[j].opens and j and units[j - 1].kind == "body":
            return False  # (an article opens inside the text: its lead-in under no headline)
        j -= 1
    first = next(u for u in units[j + 1 : k] if u.kind == "body")
    if patterns.wire_leadin(first.text):
        return False  # (a dispatch, 据新华社青川3月5日电: a report)
    return _shares_a_signed_headline(units, k, range(j, -1, -1))


def _shares_a_signed_headline(units: list[Unit], k: int, order: range) -> bool:
    """Whether the heading group met first in ``order`` (its units taken in that order while
    they are headings) holds a writer's name, and its other headings a third of the word pairs
    of heading ``k`` (``_SECTION_SHARE``): the headline of a feature that ``k`` heads a section
    of (``_heads_a_section_of_the_next``, ``_heads_a_section_of_the_one_above``)."""
    heads: list[str] = []
    writer = False
    for j in order:
        if units[j].kind != "head":
            break
        if patterns.by_name(units[j].text):
            writer = True
        else:
            heads.append(units[j].text)
    return writer and share(units[k].text, "".join(heads)) >= _SECTION_SHARE


def _in_a_report(units: list[Unit], k: int) -> bool:
    """Whether heading ``k`` stands in a report: the text before it, back to the heading, the
    lead-in or the editor's note it opens with or the credit closing the text before it, opens
    with a dated dispatch (新华社青川3月5日电, 据新华社…电). A
    report is set in no sections (on dev, 4 of 673 texts opening so have a short line between
    paragraphs: places labelling a roundup's items, a bank's account numbers): a heading after
    its text is its headline, or the next article's."""
    if "：" in units[k].text and "：" in units[k - 1].text:
        return False  # (lines of labels and their values: 外币账号：… / 开户银行：…)
    if "记者" in units[k].text:
        return False  # (a reporter's credit, broken over two lines: 本报驻曼谷记者王海 / 新华社记者李丽)
    if _quoted_term(units[k].text) and "，" in units[k].text:
        return False  # (a saying quoted whole, a profile's section: see ``_section_heads``)
    j = k - 1
    while (
        j > 0
        and units[j - 1].kind == "body"
        and not units[j].opens
        and patterns.EDITORS_NOTE.match(units[j].text) is None  # (an editor's note opens a text)
        and not patterns.closing_credit(units[j - 1].text)
    ):
        j -= 1
    return units[j].kind == "body" and patterns.wire_leadin(units[j].text)


def _between_speakers(units: list[Unit], k: int) -> bool:
    """Whether heading ``k`` stands between two speakers' pieces: the text after it opens with
    a speaker introduced by their post (王海（青川区茶叶协会会长）：…, ``patterns.SPEAKER``), and
    the text before it, back to the heading before, is one such piece, its speaker introduced
    at its start and no other after. A forum's pieces each stand under a headline of their
    own; a roundup's speakers follow one another paragraph by paragraph, under headings that
    group them (政府官员 / 王海（…）：… / 李丽（…）：… / 专家学者 / …)."""
    if patterns.SPEAKER.match(units[k + 1].text) is None:
        return False
    j = k - 1
    while j > 0 and units[j - 1].kind == "body":
        j -= 1
    return patterns.SPEAKER.match(units[j].text) is not None and not any(
        patterns.SPEAKER.match(u.text) for u in units[j + 1 : k]
    )


def _editors_note(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is an editor's note set after a text of its own (``_after_a_text``).

    The note is labelled (编者按：…) or signed, on its last line or the line after it (…欢迎来稿。
    / ———编者). Such a note stands at the head of a text, under its headline: the heading right
    over it (in one line or two) is no section of the text before, nor a section head wrapped
    at the column's edge.
    """
    u = units[k] if 1 <= k < len(units) else None
    if u is None or u.kind != "body":
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    return (
        patterns.EDITORS_NOTE.match(u.text) is not None
        or patterns.EDITORS_SIGNATURE.search(u.text) is not None
        or (nxt is not None and patterns.EDITORS_SIGNATURE.match(nxt.text.strip()) is not None)
    ) and _after_a_text(units, k)


def _after_a_text(units: list[Unit], k: int, least: int = 100) -> bool:
    """Whether ``least`` Chinese characters of running text stand before unit ``k`` (past the
    headings right over it), back to a lead-in opening them. Where fewer stand there, they are
    the article's own lead or deck, and a heading under them its writer's name (入冬以来，…明显
    增加。 / 禾木 / 编者按：…)."""
    j = k - 1
    while j >= 0 and units[j].kind == "head":
        j -= 1
    above = 0
    while j >= 0 and units[j].kind == "body" and above < least:
        above += len(units[j].han)
        if units[j].opens:
            break
        j -= 1
    return above >= least


def _lone_heading(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is a narrow heading between two paragraphs."""
    u = units[k]
    return (
        u.kind == "head" and not u.wide and 0 < k < len(units) - 1 and units[k - 1].kind == units[k + 1].kind == "body"
    )


#: A heading that shares a third of its word pairs with the text after it speaks of that text,
#: whatever it shares with the text before: a section head of the article both belong to (a
#: headline closing the article before shares few with the next article's text; on the dev
#: pages 0.22 at most, where it shares more with the text before).
_SECTION_SHARE = 1 / 3


def _table_heads(units: list[Unit]) -> None:
    """A table set in a text under its caption (表1：青川区各镇茶园面积和有机茶产量, as the text
    refers to it: 见表1) keeps its caption and its column heads between its rows of figures:
    from the caption to its last row (before the text goes on with a sentence), a short line is
    a line of the table (其中有机茶产量（吨） / 今年去年 over the next block of figures), no
    headline closing the text before it. Each is a paragraph of its own, as each row is."""
    # (the units' first lines asked first: a unit's text is joined from its lines on first use)
    for c in [c for c, u in enumerate(units) if u.lines[0].text[0] == "表" and _TABLE_CAPTION.match(u.text)]:
        last = c
        for j in range(c + 1, len(units)):
            u = units[j]
            if not SENTENCE_STOPS.isdisjoint(u.text):
                break  # the text goes on
            if patterns.tabular(u.text):
                last = j
        if last > c + 1 and units[c].kind == units[c + 1].kind == "head":
            # (a caption broken at the column's edge, read as a heading: one paragraph)
            units[c + 1].tail = _broken_heading(units[c], units[c + 1])
        for u in units[c:last]:
            if u.kind == "head":
                u.kind = "body"


#: A table's caption in running text: 表1：, 表三：.
_TABLE_CAPTION = re.compile(r"表[0-9０-９一二三四五六七八九十]{1,3}[：:]")


def _contributions(units: list[Unit]) -> None:
    """A feature gathering several writers' pieces (笔谈: 岁末请几位评论家评说———): the editors'
    opening ends announcing them, with a dash or a colon, and the pieces follow, each under its
    heading and its writer's name on a line of its own. Those headings and names are lines of
    the feature, no articles of their own, for as long as the pieces go on set that way: a
    heading with no writer's name under it, a headline set across columns, a deck under the
    writer's name, or a text opening with a lead-in ends them."""
    # (the units' last lines asked first: a unit's text is joined from its lines on first use)
    for k in [k for k in range(1, len(units)) if units[k - 1].lines[-1].text[-1] in _ANNOUNCING]:
        if _SENTENCE_MARKS.isdisjoint(units[k - 1].text):
            continue  # (a label, 图片：, announces no pieces: the opening is a sentence)
        at = k
        name = _signed_piece(units, at)
        while name is not None:
            for j in range(at, name + 1):
                units[j].kind = "body"
            if name - at == 2 and _broken_heading(units[at], units[at + 1]):
                units[at + 1].tail = True  # one paragraph
            at = name + 1
            while at < len(units) and units[at].kind == "body" and not units[at].opens:
                at += 1  # the piece's text, up to the next heading
            name = _signed_piece(units, at)


#: How an opening announces what follows it, at its end: ……评说———, ……发言摘要如下：
_ANNOUNCING = frozenset("—：:")
#: The marks a sentence holds, and a label (图片：, 编者按：) does not.
_SENTENCE_MARKS = SENTENCE_STOPS | CLAUSE_MARKS


def _broken_heading(first: Unit, second: Unit, rest: float = 4.0) -> bool:
    """Whether two heading lines are one heading broken: at the column's edge, or (set in a
    larger type than the text) before a last ``rest`` cells or fewer (散文：保持扎实平稳的姿 / 态)."""
    return first.lines[0].width >= first.width - 1.5 or second.lines[0].width <= rest


def _signed_piece(units: list[Unit], k: int) -> int | None:
    """The index of the writer's name under a piece's heading at unit ``k`` (of one line or two),
    text of no lead-in following it; None where there is none."""
    for name in (k + 1, k + 2):
        if name + 1 >= len(units):
            return None
        if any(h.wide or len(h.lines) > 1 for h in units[k:name]):
            return None  # (a headline set across columns heads an article of its own; a heading is a line)
        text = units[name + 1]
        if patterns.by_name(units[name].text) and text.kind == "body" and not text.opens:
            return name
    return None


def _headed_from_top(units: list[Unit], k: int, sections: set[int]) -> bool:
    """Whether the text before unit ``k`` (with the ``sections`` heads inside it) runs back,
    with no lead-in opening a new article, to the headline at the page's top: that text has
    its headline there, and a heading at its end that shares its words is a section head."""
    j = k - 1
    while j >= 0 and (units[j].kind == "body" or id(units[j]) in sections):
        if units[j].opens and j and units[j - 1].kind != "head":
            return False  # (an article opens inside the text: its lead-in under no headline)
        j -= 1
    if j < 0 or units[j].kind != "head":
        return False
    while j >= 0 and units[j].kind == "head":
        j -= 1
    return j < 0


def _place_labels(units: list[Unit]) -> None:
    """In a roundup, each item may be set under the name of its country or city (日本, 印尼,
    云南): a lone place name right before a dated item is part of that item, not a headline."""
    labels = 0
    indent_starts = _indent_marks_articles(units)
    for k in range(len(units) - 1):
        u, nxt = units[k], units[k + 1]
        if indent_starts and nxt.lines[0].indent and not u.lines[0].indent:
            continue  # (the item's first line opens its article: the name before it is no label of it)
        if u.kind == "head" and not u.wide and nxt.kind == "body" and nxt.opens and _place_name(u.text):
            u.kind = "body"
            u.label = True
            labels += 1
    if not labels:
        return
    # Where the page labels its items so, a name of two to four characters alone between one
    # item's end and another's dated dispatch is the next item's label too, whether or not the
    # gazetteer knows it (a misread place: 哈尔蓦 / 本报哈称滨1月5日电): a headline is rarely so
    # short, and a roundup's items are labelled alike.
    for k in range(1, len(units) - 1):
        u, prev, nxt = units[k], units[k - 1], units[k + 1]
        if (
            u.kind == "head"
            and not u.wide
            and 2 <= len(u.text) <= 4
            and u.text.isalpha()
            and _finished(prev)
            and nxt.kind == "body"
            and patterns.wire_leadin(nxt.text)
        ):
            u.kind = "body"
            u.label = True


def _place_name(text: str) -> bool:
    t = text.strip()
    return 2 <= len(t) <= 5 and (t in GAZETTEER_LOC or (t.endswith(("省", "市", "县", "州")) and t.isalpha()))


def _nearby(units: list[Unit], order: range, reach: int) -> str:
    """The Chinese characters (``han``) of the body text within ``reach`` lines, stopping at
    a heading or a lead-in."""
    parts: list[str] = []
    count = 0
    for j in order:
        if units[j].kind != "body" or count >= reach:
            break
        parts.append(units[j].han)  # (each unit's, kept: ``han`` of the whole is the same)
        count += len(units[j].lines)
        if units[j].opens:
            break
    return "".join(parts)


def _segments_and_blocks(units: list[Unit], indent_starts: bool) -> tuple[list[Segment], list[HeadBlock]]:
    """Alternate runs of body text and heading blocks; cut body runs at lead-ins, and where a
    text keeps the leading space that marks where the page's articles begin (``indent_starts``:
    ``_indent_marks_articles`` of ``units``)."""
    segments: list[Segment] = []
    blocks: list[HeadBlock] = []
    order: list[Segment | HeadBlock] = []

    def starts(k: int, alone: bool = False) -> bool:
        u = units[k]
        if u.label:
            return True
        if k and units[k - 1].label:
            return False  # the item opened with its place name
        if k and units[k - 1].kind == "body" and _lead_in_only(units[k - 1].text):
            return False  # 本报讯（记者 X）/ 据新华社…电: a lead-in on its own runs into what follows
        if u.opens and _no_sentence_yet(units, k):
            return False  # 本报讯（记者 X）●要点●要点 / 新华社…电: the article has said nothing yet
        if u.opens and k and _deck(units, k - 1):
            return False  # the article opened with its summary, before its dateline
        if k + 1 < len(units) and (units[k + 1].opens or units[k + 1].kind == "body"):
            run = _deck_run(units, k)
            if run is not None:
                return run[0] == k  # (the summaries open the article their dateline would have)
        # (an article is set in one column width: where the width changes, another begins, unless
        # the text before is a lead-in that runs on into it, or the article's first line alone,
        # as narrow as the column after it: the lines of its opening found outside its column)
        return (
            u.opens
            # (an editor's note opens its article: 编者按：… after a text of its own)
            or (patterns.EDITORS_NOTE.match(u.text) is not None and _after_a_text(units, k))
            or (indent_starts and u.lines[0].indent)
            or _titled_by_reporter(units, k)
            or (
                k > 0
                and units[k - 1].width != u.width
                and (_finished(units[k - 1]) or not _no_sentence_yet(units, k))
                and not (alone and _opening_line(units[k - 1], u.width))
            )
        )

    k = 0
    while k < len(units):
        u = units[k]
        if u.kind == "body":
            seg = Segment(units=[u])
            k += 1
            while k < len(units) and units[k].kind == "body" and not starts(k, len(seg.units) == 1):
                nxt_text = units[k].text
                if (
                    patterns.closing_credit(units[k - 1].text)
                    and not patterns.enumerated(nxt_text)
                    and not nxt_text.startswith(("图片", "附图", "＊"))
                    and not _reply_to(units[k - 1].text, nxt_text)
                ):
                    break  # …。（陈杰）: the writer's credit closes an article
                seg.units.append(units[k])
                k += 1
            segments.append(seg)
            order.append(seg)
            continue
        blk = HeadBlock(indent_opens=indent_starts)
        while k < len(units) and units[k].kind == "head":
            blk.heads.append(units[k])
            k += 1
        while k < len(units) and units[k].kind == "caption":
            blk.captions.append(units[k])
            k += 1
        blocks.append(blk)
        order.append(blk)
    if indent_starts:
        # (the page's paragraphs show it: a text opening with its leading space kept, twice, or
        # once with a lead-in; a centred heading run into its text shows nothing)
        kept = [s.units[0] for s in segments if len(s.units[0].lines) > 2 and s.units[0].lines[0].indent]
        if len(kept) >= 2 or any(u.opens for u in kept):
            for b in blocks:
                b.heads_open = True
    # link neighbours: a block's prev/next segment if directly adjacent
    for pos, item in enumerate(order):
        if isinstance(item, HeadBlock):
            before = order[pos - 1] if pos > 0 else None
            after = order[pos + 1] if pos + 1 < len(order) else None
            item.prev = before if isinstance(before, Segment) else None
            item.next = after if isinstance(after, Segment) else None
    for i, item in enumerate(order):
        item.position = i
    return segments, blocks


def _titled_by_reporter(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is the title of a text, read as a line of it: a question or an
    exclamation on a line of its own (春茶为何卖出了好价钱？, 茶园再扩一倍才好！) after a paragraph's end,
    with its reporter's credit or its writer's name alone on the line under it (本报记者王海,
    林晓雨). A writer signs no line inside a text: the title and credit open the next article."""
    if not 0 < k < len(units) - 1:
        return False
    u, credit = units[k], units[k + 1]
    return len(u.lines) == 1 and u.text[-1] in "！？!?" and _finished(units[k - 1]) and _writer_alone(credit.text)


def _writer_alone(text: str) -> bool:
    """Whether ``text`` is a reporter's credit (本报记者王海) or a writer's name (林晓雨) alone."""
    return patterns.REPORTER_CREDIT.match(text) is not None or patterns.author_line(text)


def _opening_line(u: Unit, width: float) -> bool:
    """Whether ``u``, an article's first paragraph as read at the page's width, is one line that
    fits a column ``width`` wide and ends with a stop: it may be the first line of the text
    after it, set in that column, the stop hanging past the column's edge (冬天的青川，江风很冷。
    / 渡口边摆着…, 12 cells wide on a page of 18). A headline read as text ends with none."""
    ln = u.lines[0]
    return len(u.lines) == 1 and ln.text[-1] in SENTENCE_STOPS and ln.width - ln.hang <= width


def _reply_to(signed: str, text: str) -> bool:
    """Whether ``text`` answers the letter ``signed`` closes: it greets the writer the credit
    names (…吗？（江苏某化工厂邢玉飞） / 邢玉飞同志：), as a column of readers' questions does."""
    m = _SALUTATION.match(text)
    if m is None:
        return False
    credit = signed[last_opening_bracket(signed) + 1 :].rstrip("）)")
    return credit.endswith(m.group(1))


#: A greeting that opens a reply: 邢玉飞同志：, 王海先生：, 李丽女士：.
_SALUTATION = re.compile(r"^([\u4e00-\u9fff·]{2,4}?)(?:同志|先生|女士|小姐|老师|读者|朋友)?[：:]")


def _deck(units: list[Unit], k: int) -> bool:
    """Whether unit ``k`` is the last summary over a dateline (see ``_deck_run``)."""
    run = _deck_run(units, k)
    return run is not None and run[1] == k


def _deck_run(units: list[Unit], k: int) -> tuple[int, int] | None:
    """The first and last of the summaries unit ``k`` belongs to, where an article opens with
    them over its dateline after the text before it has ended: paragraphs of words that end no
    sentence, one to three (江泽民李鹏等会见出席会议代表 / 本报北京1月9日讯…; ●认真汲取…教训，…继续
    扩大金融对外开放 / 本报北京…讯…; 江泽民强调：●…政策 / 江泽民李鹏…代表 / 本报北京…讯); None if
    it is no such summary."""
    if not _summary(units[k]):
        return None
    last = k
    while last + 1 < len(units) and last - k < 2 and not units[last + 1].opens and _summary(units[last + 1]):
        last += 1
    if last + 1 >= len(units) or not units[last + 1].opens:
        return None
    first = last
    while first > 0 and last - first < 2 and _summary(units[first - 1]):
        first -= 1
    if first > k:
        return None
    before = units[first - 1] if first else None
    if before is not None and before.kind == "body" and not _finished(before):
        return None
    return first, last


def _summary(u: Unit) -> bool:
    """A paragraph of words that ends no sentence: a summary over a report's dateline."""
    text = u.text
    if u.kind != "body" or u.opens or u.label or len(u.lines) > 8 or text[-1] in _RUNS_ON_OR_ENDS:
        return False
    return len(u.han) >= 10 and not (_staff(text) or patterns.tabular(text) or text.startswith(("—", "－")))


#: Where a paragraph ends a sentence or runs on into the next: no summary over a dateline.
_RUNS_ON_OR_ENDS = SENTENCE_END | frozenset("：:，、；;,")


def _no_sentence_yet(units: list[Unit], k: int, reach: int = 3) -> bool:
    """Whether the text before ``units[k]``, back to the lead-in that opened it (``reach``
    paragraphs at most), holds no full sentence: a lead-in and a list of points under it
    (本报讯（记者 X）●…●…) are no article of their own, so a dateline after them carries on
    the same article. (Verse holds no sentence either, but is an article of its own.)"""
    for j in range(k - 1, max(k - 1 - reach, -1), -1):
        u = units[j]
        if u.kind != "body" or u.verse or not SENTENCE_STOPS.isdisjoint(u.text):
            return False
        if u.opens:
            return True
    return False


def _wire(seg: Segment | None, compiled: bool = False) -> bool:
    """Whether ``seg`` opens with a dated dispatch; ``compiled`` also takes the paper's own
    compilation of one (本报讯（记者 X）据新华社…电)."""
    if seg is None or not seg.units:
        return False
    first = (seg.units[1] if seg.units[0].label and len(seg.units) > 1 else seg.units[0]).text
    if patterns.wire_leadin(first):
        return True
    return compiled and patterns.wire_leadin(first[patterns.byline_end(first) :])


def _join_wire_roundups(
    groups: list[tuple[HeadBlock | None, Segment | None]], indent_starts: bool = False
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """Items run together under one headline are one article (a news roundup).

    Before a headline that closes its article, the items without a headline of their own
    (agency items such as 据新华社…电, or any item the headline also speaks of) belong to it;
    an item with its own headline, or one the headline does not concern, stays apart. So does
    a text whose first line kept its leading space where that marks where articles begin on
    the page (``indent_starts``; see ``_indent_marks_articles``): OCR kept the gap before an
    article's first line, not before an item inside one (on dev the space stands before the
    first line of 968 articles and before none of the other 89,592 lines). Such a text opens
    an article, whatever its headline's words: no item before it joins it, and it joins no
    article before it as that one's second dispatch.
    """
    out: list[tuple[HeadBlock | None, Segment | None]] = []
    for blk, seg in groups:
        if blk is not None and seg is not None and blk.position > seg.position:
            heads = "".join(u.text for u in blk.heads)
            units = list(seg.units)
            first = seg.position
            while out and out[-1][0] is None and out[-1][1] is not None:
                prev = out[-1][1]
                if indent_starts and units[0].lines[0].indent:
                    break  # (the text the headline closes opens its article: the item before is another's)
                if prev.position != first - 1 or not (
                    (_wire(prev, True) and _wire(seg, True)) or _about(heads, prev) or _told_of_apart(heads, prev, seg)
                ):
                    break
                units = prev.units + units
                first = prev.position
                out.pop()
            if len(units) != len(seg.units):
                seg = Segment(units=units, position=seg.position)
        elif (
            blk is None
            and seg is not None
            and out
            and not (indent_starts and seg.units[0].lines[0].indent)
            and _continues(out[-1], seg)
        ):
            # an item after a headline-led article, with no headline of its own
            head, before = out[-1]
            assert before is not None
            seg = Segment(units=before.units + seg.units, position=before.position)
            out[-1] = (head, seg)
            continue
        out.append((blk, seg))
    return out


def _headed_items(
    groups: list[tuple[HeadBlock | None, Segment | None]], about: float = 0.6
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """Where the page sets its headlines before their articles (two in three of those placed,
    or more: ``_HEADS_FIRST``), a heading taken for a section head (``_section_heads``) that
    shares none of its word pairs with the text before it (back past the feature's other
    section heads) and most with the text after it (``about`` or more) heads an item of its
    own: a column of short items, each under its own headline. (A section head of a long
    article shares some words with the text before it, of the same article: with the text
    right above it, or with the feature's opening above its first section head. On the dev
    pages laid out headlines first, the text back to the section head before took a feature's
    later sections for items.) A term in quotes (“峰时段”) heads no item: it is a term the article
    explains, whose meaning under it repeats its words (of such headings between paragraphs,
    on dev and the nine scratch draws, 128 are section heads, 2 open an article). A page
    with a third of its headlines or more set after their texts mixes placements: a heading
    between paragraphs there is a section head as often as anywhere (on the dev pages laid out
    again with each headline placed as on dev, the rule, asked where a bare majority came
    first, cut off 2 to 7 section heads a draw, and in four draws of five a headline closing
    the text before it; it set no item apart)."""
    ahead = sum(1 for b, s in groups if b is not None and s is not None and b.heads and b.position < s.position)
    behind = sum(1 for b, s in groups if b is not None and s is not None and b.heads and b.position > s.position)
    if ahead <= _HEADS_FIRST * behind:
        return groups
    out: list[tuple[HeadBlock | None, Segment | None]] = []
    blk: HeadBlock | None  # (declared for mypyc, which infers None for the pair from the loop)
    seg: Segment | None
    for blk, seg in groups:
        if seg is None:
            out.append((blk, seg))
            continue
        units = seg.units
        cuts: list[int] = []
        for k in range(1, len(units) - 1):
            shares = units[k].section
            if (
                shares is not None
                and shares[0] == 0.0
                and (
                    _words_after_alone(units, k, shares[1], about) or _new_subject(units, k) or _heads_a_brief(units, k)
                )
                and not _quoted_term(units[k].text)
            ):
                cuts.append(k)
        # a heading opening a text no headline heads (the text before it went to the article
        # before): the headline of the text after it, not a section head of text it has not got
        if blk is None and len(units) > 1 and units[0].section is not None:
            cuts.insert(0, 0)
        if not cuts:
            out.append((blk, seg))
            continue
        if cuts[0]:
            out.append((blk, Segment(units=units[: cuts[0]], position=seg.position)))
        for k, end in zip(cuts, [*cuts[1:], len(units)], strict=True):
            units[k].kind = "head"
            head = HeadBlock(heads=[units[k]], position=seg.position)
            out.append((head, Segment(units=units[k + 1 : end], position=seg.position)))
    return out


#: How many headlines set before their texts for each set after them show a page that sets
#: its headlines first (``_headed_items``).
_HEADS_FIRST = 2


def _words_after_alone(units: list[Unit], k: int, after: float, about: float) -> bool:
    """Whether section head ``k``, whose word pairs the text right above it lacks, shares
    ``after`` of them with the text after it, ``about`` or more (``_SOME_SHARE`` where that text
    opens as a news item does, ``_NEWS_LEAD``), and none with the feature's earlier sections
    either: the text before it, back past its other section heads (``_NEARBY_LINES``)."""
    if not (after >= about or (after >= _SOME_SHARE and _NEWS_LEAD.match(units[k + 1].text) is not None)):
        return False
    return share(units[k].text, _nearby(units, range(k - 1, -1, -1), _NEARBY_LINES)) == 0.0


def _new_subject(units: list[Unit], k: int, reach: int = COHESION_REACH, least: int = 100) -> bool:
    """Whether the text changes subject at heading ``k``: of the word pairs in the ``reach``
    Chinese characters after it, hardly any (``_NEW_SUBJECT``) were in the ``reach`` before it,
    both at least ``least`` long. Where one article ends and another begins the words change;
    a section goes on with its article's names and places (刘海峰, 图书馆)."""
    before = _han_back((units[j] for j in range(k - 1, -1, -1)), reach)
    after = _han_on((units[j] for j in range(k + 1, len(units))), reach)
    if len(before) < least or len(after) < least:
        return False
    return cohesion(before + after, len(before), reach) <= _NEW_SUBJECT


def _heads_a_brief(units: list[Unit], k: int, most: int = 100) -> bool:
    """Whether heading ``k`` heads a brief: the text after it, up to the next heading, holds
    under ``most`` Chinese characters and closes its sentence; the text before it, back to the
    heading before, has said a sentence and closed it; and the brief hardly speaks of the words
    of the ``most`` characters before the heading (``_BRIEF_SUBJECT``). A feature's sections
    run longer than a brief and go on with its words; where the brief is too short for
    ``_new_subject`` to weigh, the text before it ended an article. (A lead-in alone, 本报讯（记者
    X）, or verse, has said no sentence.)"""
    if _quoted_term(units[k].text):
        return False  # (an explainer's term over its meaning: “峰时段” / 指每天八时…)
    prev = units[k - 1]
    if not _finished(prev) or SENTENCE_STOPS.isdisjoint(prev.text):
        return False
    after = list(_section_units(units, range(k + 1, len(units))))
    if not after or not _finished(after[-1]):
        return False
    brief = "".join(u.han for u in after)
    if len(brief) >= most:
        return False
    before = _han_back(_section_units(units, range(k - 1, -1, -1)), most)
    return cohesion(before + brief, len(before), most) <= _BRIEF_SUBJECT


def _section_units(units: list[Unit], order: range) -> Iterator[Unit]:
    """The units in ``order`` up to the next heading (one taken for a section head) or the
    segment's end (in turn: the text before a heading is weighed only as far as it reaches)."""
    for j in order:
        if units[j].section is not None:
            return
        yield units[j]


#: Under this share of a brief's word pairs found in the text before its heading, the two speak
#: of other things (briefs of this project's own text: 0.021 at most; on the layouts' pages, a
#: heading between two short texts of one article: 0.094 and more).
_BRIEF_SUBJECT = 0.05


def _han_back(units: Iterable[Unit], reach: int) -> str:
    """The last ``reach`` Chinese characters of ``units``, given last first (the text before a
    point, read back from it)."""
    return "".join(reversed(_han_reaching(units, reach)))[-reach:]


def _han_on(units: Iterable[Unit], reach: int) -> str:
    """The first ``reach`` Chinese characters of ``units``, in order (the text after a point)."""
    return "".join(_han_reaching(units, reach))[:reach]


def _han_reaching(units: Iterable[Unit], reach: int) -> list[str]:
    """The Chinese characters of each of ``units`` in turn, until ``reach`` of them are held:
    the text a heading's word pairs are weighed against needs no more."""
    parts: list[str] = []
    held = 0
    for u in units:
        parts.append(u.han)
        held += len(u.han)
        if held >= reach:
            break
    return parts


#: Under this share of the word pairs after a heading found before it, the text changes subject
#: there (on the layouts' pages with headlines first, the next article's headline taken for a
#: section head: 0.005–0.013 where the heading shares no word pair with the text before it;
#: section heads sharing none: 0.018 and more, but for one writer's line, 0.011).
_NEW_SUBJECT = 0.015


def _quoted_term(text: str) -> bool:
    """A heading that is a term in quotes (“峰时段”, “甲”、“乙”): how an article explaining terms
    sets each over its meaning."""
    return text[0] in "“「『" and text[-1] in "”」』"


#: A day of a month: 1月6日, 一月六日.
_MONTH_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
#: What a news item's first sentence tells before anything else: when (日前, 近日, 昨天, 1月6日,
#: 1997年), or whose report it is (据外电报道，…): a heading over such a paragraph that shares some
#: of its words heads an item.
_NEWS_LEAD = re.compile(
    r"^(?:[^，。！？]{0,12}?(?:日前|近日|近期|昨天|昨日|今天|今日|前不久|不久前|目前|"
    rf"{_MONTH_DAY}|(?:\d{{4}}|[一二三四五六七八九〇○零]{{4}})年)"
    r"|据[^，。！？]{0,12}?(?:报道|消息))"
)
_SOME_SHARE = 0.2


def _photos_to_articles(
    groups: list[tuple[HeadBlock | None, Segment | None]], about: float = PHOTO_SHARE
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """A caption standing alone between two articles illustrates the one whose text shares
    ``about`` or more of its word pairs (读者在滨江图书馆自习区阅读 beside the article on the library),
    and more than the other's; a caption that speaks of neither is a photo of its own."""
    out = list(groups)
    k = 0
    while k < len(out):
        blk, seg = out[k]
        if seg is not None or blk is None or blk.heads or not blk.captions:
            k += 1
            continue
        # (the photographer's credit says nothing of the topic: 本报记者周文摄 beside 记者周文)
        caption = "".join(patterns.PHOTO_CREDIT.sub("", u.text) for u in blk.captions)
        near = [
            (share(caption, other.text), j)
            for j in (k - 1, k + 1)
            if 0 <= j < len(out) and (other := out[j][1]) is not None
        ]
        near.sort(reverse=True)
        if not near or near[0][0] < about or (len(near) > 1 and near[1][0] >= near[0][0] * 0.75):
            k += 1
            continue
        j = near[0][1]
        head, text = out[j]
        if head is None:
            head = HeadBlock(position=blk.position)
        head.captions.extend(blk.captions)
        out[j] = (head, text)
        del out[k]
    return out


def _headed_photos_to_texts(
    groups: list[tuple[HeadBlock | None, Segment | None]],
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """A photo under its own headline (南湖公园举办迎春灯会（图片） / 图为…（周文摄）) that stands
    right after a text no headline took, and whose headline speaks of that text (shares a third
    of its word pairs: ``_SECTION_SHARE``), is that text's photo, and its headline the text's:
    a news item told in words and a picture (on dev, 2 times in 2; such a photo beside a text
    its headline shares less with, or beside a text under a headline, stands on its own)."""
    out: list[tuple[HeadBlock | None, Segment | None]] = []
    for blk, seg in groups:
        if (
            seg is None
            and blk is not None
            and blk.heads
            and blk.captions
            and patterns.picture_head(blk.heads[0].text)
            and out
            and out[-1][0] is None
            and (text := out[-1][1]) is not None
            and share("".join(u.text for u in blk.heads), text.text) >= _SECTION_SHARE
        ):
            out[-1] = (blk, text)
            continue
        out.append((blk, seg))
    return out


def _numbered_photos(
    groups: list[tuple[HeadBlock | None, Segment | None]],
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """A standing photo head (图片新闻) over numbered captions (1、… 2、…): the numbered items
    set right before it, closing the text before or captioned under that text's headline set
    after it, are pictures of the same group (OCR put the head between the pictures), where
    their numbers and the captions' make one run from 1, none twice. Items closing another
    article's text move only if they read as a photo's caption (图为…, a photo's credit, a wire
    photo's …照片）): an article's own list is no picture."""
    out = list(groups)
    for k in range(1, len(out)):
        blk, seg = out[k]
        prev_blk, prev = out[k - 1]
        if (
            blk is None
            or seg is not None
            or not blk.heads
            or not blk.captions
            or not patterns.picture_head(blk.heads[0].text)
        ):
            continue
        # the items end the text before, or the captions under its headline set after it
        under_head = (
            prev_blk is not None and bool(prev_blk.captions) and (prev is None or prev_blk.position > prev.position)
        )
        if under_head and prev_blk is not None and prev_blk.heads and patterns.picture_head(prev_blk.heads[0].text):
            continue  # (the captions of a photo group before it are its own)
        units = prev_blk.captions if prev_blk is not None and under_head else prev.units if prev is not None else []
        j = _before_credits(units)  # (a credit line after the pictures: （新华社稿）)
        numbers: list[int] = []
        while j > 0 and (n := _number_of(units[j - 1].text)):
            numbers.insert(0, n)
            j -= 1
        if not numbers:
            continue
        theirs = [n for u in blk.captions if (n := _number_of(u.text))]
        numbers += theirs
        if not theirs or sorted(numbers) != list(range(1, len(numbers) + 1)):
            continue
        tail = units[j:]
        if (j or prev_blk is not None) and not under_head and not any(_photo_caption(u.text) for u in tail):
            continue
        out[k] = (blk, Segment(units=tail, position=blk.position))
        if under_head:
            assert prev_blk is not None
            del prev_blk.captions[j:]
        else:
            assert prev is not None
            out[k - 1] = (prev_blk, Segment(units=units[:j], position=prev.position) if j else None)
    return [g for g in out if g[0] is not None or g[1] is not None]


def _photo_items_apart(
    groups: list[tuple[HeadBlock | None, Segment | None]],
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """A standing photo head (图片新闻) set after its numbered pictures (1、… （周文摄） 2、…)
    closes those pictures, not the text they follow: the text before the first picture is
    an article of its own."""
    out: list[tuple[HeadBlock | None, Segment | None]] = []
    for blk, seg in groups:
        if blk is not None and seg is not None and blk.heads and blk.position > seg.position:
            if blk.heads[0].text.strip() in patterns.STANDING_PHOTO_HEADS:
                units = seg.units
                # the pictures: from the last one numbered 1 on, numbered 1, 2, … in order (their
                # captions may run to more paragraphs), one at least read as a photo's caption
                j = max((k for k, u in enumerate(units) if _number_of(u.text) == 1), default=0)
                numbers = [n for u in units[j:] if (n := _number_of(u.text))]
                credited = any(_photo_caption(u.text) for u in units[j:])
                if 0 < j and credited and numbers == list(range(1, len(numbers) + 1)):
                    out.append((None, Segment(units=units[:j], position=seg.position)))
                    out.append((blk, Segment(units=units[j:], position=seg.position)))
                    continue
        out.append((blk, seg))
    return out


def _briefs_apart(
    groups: list[tuple[HeadBlock | None, Segment | None]],
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """A column of briefs under no headline: each item a paragraph or two that says, first, who
    did what on which day (阿根廷政府二日发表新闻公报… / 尼日尔警方日前破获…). Inside a text under
    no headline, such a paragraph (of more than one line) after a finished one opens the next
    item. (Asked last, of the texts that no headline has taken, not even as a roundup's item:
    inside an article under its headline the same opening tells the story's next step, 41 times
    in 42 on the dev pages.) Where the text before or after it is under no headline too, or the
    text opens as a brief does itself, the texts are a column of briefs, and a paragraph telling
    another story than the one before it opens an item as well (see ``_new_item``)."""
    out: list[tuple[HeadBlock | None, Segment | None]] = []
    for g, (blk, seg) in enumerate(groups):
        if blk is not None and seg is not None and _first_brief_below(groups, g):
            out.append((blk, Segment(units=seg.units[:-1], position=seg.position)))
            out.append((None, Segment(units=seg.units[-1:], position=seg.position)))
            continue
        if blk is not None or seg is None or len(seg.units) < 2:
            out.append((blk, seg))
            continue
        units = seg.units
        # (a column of briefs: the text before or after it is under no headline too, or it opens
        # as a brief)
        column = _BRIEF_LEAD.match(units[0].text) is not None or any(
            0 <= j < len(groups) and _headless(groups[j]) for j in (g - 1, g + 1)
        )
        cuts: list[int] = []
        for k in range(1, len(units)):
            u = units[k]
            if not _finished(units[k - 1]) or _lines(u) < 2:
                continue
            one = (cuts[-1] if cuts else 0) == k - 1  # (the item so far is one paragraph)
            if _BRIEF_LEAD.match(u.text) is not None or (column and one and _new_item(u, units[k - 1])):
                cuts.append(k)
        for a, b in zip([0, *cuts], [*cuts, len(units)], strict=True):
            out.append((None, Segment(units=units[a:b], position=seg.position)))
    return out


def _first_brief_below(groups: list[tuple[HeadBlock | None, Segment | None]], g: int) -> bool:
    """Whether the last paragraph of group ``g``'s text, under its headline, is the first of a
    column of briefs set below the article: the text after it is under no headline, and the
    paragraph opens as a brief does (青川区气象台最近发布的统计表明…) and tells another story
    than the paragraph before it (``_new_item``). (On dev, of the articles whose last paragraph
    opens so, the three with briefs below them: the one telling another story is a brief; the
    two going on with their story end their articles.)"""
    seg = groups[g][1]
    if seg is None or len(seg.units) < 2 or g + 1 >= len(groups) or not _headless(groups[g + 1]):
        return False
    last, before = seg.units[-1], seg.units[-2]
    return _BRIEF_LEAD.match(last.text) is not None and _finished(before) and _new_item(last, before)


def _headless(group: tuple[HeadBlock | None, Segment | None]) -> bool:
    """Whether ``group`` is a text under no headline."""
    return group[0] is None and group[1] is not None


#: A paragraph that shares fewer of its word pairs than this with the brief before it tells
#: another story (see ``_new_item``). On dev, the five such items share 0.063 at most; a brief's
#: next paragraphs that neither refer back nor report speech, 0.12 at least.
_OTHER_TOPIC = 0.1
#: A first clause that refers back (这项工程…, 参加该活动的…, 其中…, 双方…) or adds to what was told
#: (另外，…, 同时，…, 据悉，…): the text carries on.
_REFERS_BACK = re.compile(r"^[^，。！？：；]*?(?:这|该|此|其|上述|他|她|它|双方|两国|另外|同时|据悉)")


def _lines(u: Unit) -> int:
    """How many lines ``u`` fills: its own, or as many as its text fills in a column of 14 cells
    where that is more (a paragraph pasted on one line, a paragraph a line, is as long as the
    column lines it would fill)."""
    return max(len(u.lines), math.ceil(sum(ln.width for ln in u.lines) / _USUAL_COLUMN))


#: The cells of a newspaper's usual column (the dev pages' 13 and 14, rounded up).
_USUAL_COLUMN = 14


def _new_item(u: Unit, brief: Unit) -> bool:
    """Whether ``u``, after a finished paragraph of a column of briefs, is the next item, not the
    ``brief``'s second paragraph: ``u`` holds three lines or more and ends its sentence (a
    story's deck or a writer's credit is no item); it refers to nothing before it, reports
    no one's speech in its first sentence (王海说，…: the brief goes on) and shares under
    ``_OTHER_TOPIC`` of its word pairs with the brief (another story's names and words). A text
    of more paragraphs before ``u`` is a story told at length, whose paragraphs may each speak
    of something else: it is not asked of."""
    text = u.text
    if _lines(u) < 3 or not _finished(u) or _REFERS_BACK.match(text) is not None:
        return False
    first = text[: next((k for k, ch in enumerate(text) if ch in SENTENCE_STOPS), len(text))]
    return _SAYS.search(first) is None and share(text, brief.han) < _OTHER_TOPIC


#: Who (a name, a government, a ministry: no punctuation, no time word first), on which day
#: (3日, 十二日晚) did what, or lately (日前, 最近) anything: how a brief opens.
_BRIEF_LEAD = re.compile(
    r"^(?:(?!今年|去年|明年|本月|上月|今天|昨天|从|自|在|据)[^，。！？、：；“”（）]{2,20}?"
    r"(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})日(?:上午|下午|晚上?|凌晨|早晨|中午)?"
    r"(?:在|同|与|对|向|就|发表|宣布|举行|表示|说|指出|破获|任命|选出|批准|下令|正式|决定|开始|召开|通过|签署|会见|致电|访问|抵达|结束)"
    # ... or, with a time word rather than a day, whatever it did (青川区教育局最近发出通知…)
    r"|日前|近日|最近|前不久)"
    # ... or by its source first (据英国气象局公布的…, 据刚果国家电视台报道，), or a bullet (a deck's
    # bullets) and the day (●日前，…)
    r"|据[^，。！？；：]{2,20}?(?:报道|消息|公布|发布|发表|显示|援引|透露|宣布)"
    rf"|[{''.join(sorted(_DECK_BULLETS))}]\s*(?:日前|近日|前不久|不久前|最近|{_MONTH_DAY}))"
)


def _photo_pairs(
    groups: list[tuple[HeadBlock | None, Segment | None]],
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """A photo's caption standing alone as a text (…图为一位伦敦市民冒着风雨前行。（新华社发美联社
    照片）), right before a photo under its headline (华府隆冬暖英伦风暴寒 / 连日来…（刘宇摄）): the
    two photos share the headline, one article."""
    out: list[tuple[HeadBlock | None, Segment | None]] = []
    for blk, seg in groups:
        if blk is not None and seg is None and blk.heads and blk.captions and out:
            prev_blk, prev = out[-1]
            if (
                prev_blk is None
                and prev is not None
                and prev.position == blk.position - 1
                and len(prev.units) == 1
                and len(prev.units[0].lines) <= 10
                and _photo_caption(prev.units[0].text)
                and not prev.units[0].opens
            ):
                out[-1] = (blk, prev)
                continue
        out.append((blk, seg))
    return out


def _number_of(text: str) -> int:
    """The number a picture's caption opens with (1、…), 0 if none."""
    m = _PHOTO_NUMBER.match(text)
    return int(m.group(1)) if m is not None else 0


def _numbered_run(
    groups: list[tuple[HeadBlock | None, Segment | None]],
) -> list[tuple[HeadBlock | None, Segment | None]]:
    """Numbered photo captions standing alone (2、… （周文摄）) carry on the numbered pictures
    that close the article before them (图片： / 1、图为… ; 图片新闻 / 1、…): where the first
    caption's number (after the credit lines closing the picture before) follows the last
    item's there, they are pictures of that article. So does a numbered text under no
    headline that carries on the captions of pictures under their headline (图片新闻 / 1、…
    （周文摄） / 2、…（新华社发美联社照片））: it is that article's text."""
    out: list[tuple[HeadBlock | None, Segment | None]] = []
    for blk, seg in groups:
        if out and blk is not None and seg is None and not blk.heads and blk.captions:
            # (a credit first closes the picture before: （新华社发美联社照片） / 2、…)
            m = _CREDITED_NUMBER.match("".join(u.text for u in blk.captions[:2]))
            prev_blk, prev = out[-1]
            # (... or the one picture of a photo report closing it: 本报讯（记者 王海）1、… / 2、…)
            if (
                m is not None
                and prev is not None
                and (
                    _last_number(prev_blk, prev) == int(m.group(1)) - 1
                    or _dated_number(prev) == int(m.group(1)) - 1 > 0
                )
            ):
                if prev_blk is None:
                    prev_blk = HeadBlock(position=prev.position)
                prev_blk.captions.extend(blk.captions)
                out[-1] = (prev_blk, prev)
                continue
        if out and blk is None and seg is not None and out[-1][1] is None:
            # the next picture read as a text of its own, after pictures under their headline
            # (图片新闻 / 1、… （周文摄） / 2、…): the rest of that article
            prev_blk = out[-1][0]
            m = _CREDITED_NUMBER.match(seg.units[0].text)
            if prev_blk is not None and prev_blk.heads and m is not None:
                j = _before_credits(prev_blk.captions)
                if j and _number_of(prev_blk.captions[j - 1].text) == int(m.group(1)) - 1:
                    out[-1] = (prev_blk, seg)
                    continue
        out.append((blk, seg))
    return out


def _last_number(blk: HeadBlock | None, seg: Segment) -> int:
    """The number of the last numbered picture closing an article (its captions after its text,
    else its text's last paragraphs; a credit line after them skipped), 0 if none."""
    units = blk.captions if blk is not None and blk.captions else seg.units
    j = _before_credits(units)
    return _number_of(units[j - 1].text) if j else 0


def _dated_number(seg: Segment) -> int:
    """The number of a photo report's one picture, after the dateline its text opens with
    (本报讯（记者 王海 文/图）1、…), 0 if none."""
    j = _before_credits(seg.units)
    if j != 1 or not seg.units[0].opens:
        return 0
    text = seg.units[0].text
    return _number_of(text[patterns.byline_end(text) :])


def _before_credits(units: Sequence[Unit]) -> int:
    """How many of ``units`` stand before the credit lines closing them (（新华社稿）)."""
    j = len(units)
    while j > 0 and patterns.CREDIT_LINE.match(units[j - 1].text):
        j -= 1
    return j


def _photo_caption(text: str) -> bool:
    """Reads as a photo's caption: 图为… after its number, or a photo's credit at its end
    (a wire photo's too: …（新华社发外电照片））."""
    rest = _PHOTO_NUMBER.sub("", text, count=1)
    return (
        bool(patterns.CAPTION_START.match(rest))
        or "图为" in rest
        or text.endswith(("照片）", "照片)"))
        or patterns.ends_with_photo_credit(text)
    )


#: A picture's number in a group of photos: 1、 2. (Arabic, as the captions are numbered).
_PHOTO_NUMBER = re.compile(rf"^\s*{patterns.PICTURE_NUMBER}")
#: ... after the credits closing the picture before it, if any
_CREDITED_NUMBER = re.compile(rf"^(?:\s*[（(][^（）()]{{1,30}}[）)])*\s*{patterns.PICTURE_NUMBER}")


def _continues(group: tuple[HeadBlock | None, Segment | None], seg: Segment) -> bool:
    """Whether ``seg`` is one more item of the roundup ``group`` leads with its headline
    (groups come in reading order, so nothing stands between the two)."""
    blk, before = group
    if blk is None or before is None or blk.position > before.position or not blk.heads:
        return False
    heads = "".join(u.text for u in blk.heads)
    if _wire(seg) and _wire(before, True):
        # dispatches strung under one headline that names them, or under a column's heading
        # that names none; a headline about the first dispatch alone, sharing not one word
        # pair with this one, heads the first only (青川市民生活质量提高 over 本报青川…电, then
        # 新华社北京…电 on the city's new council). The paper's own compilation of a dispatch
        # (本报讯（记者 X）据新华社…电) is an article of its own: the next dispatch joins it
        # where the headline speaks of that one too, sharing some of its word pairs.
        least = 0.0 if _wire(before) else _SOME_SHARE
        return share(heads, seg.text) > least or not _about(heads, before)
    # a headline speaking of the text after its article heads it too, even where that text
    # opens with a dateline of its own: the article's second dispatch (滨江图书馆延长开放 over
    # 本报讯…, then 本报青川…电 on the library's first week)
    return _about(heads, seg) and not seg.units[0].label


def _told_of_apart(heads: str, item: Segment, seg: Segment, least: float = 0.2) -> bool:
    """Whether a headline tells of ``item`` what the text ``seg`` it closes does not: ``least``
    of its word pairs or more are found in ``item`` and not in ``seg`` (a headline over two
    dispatches speaks of each: 三座大桥相继建成通车 / 新修村道八十公里). A photo's headline
    (…（图片）) closes its photo alone."""
    grams = bigrams(heads)
    if not grams or patterns.picture_head(heads):
        return False
    apart = sum(1 for g in grams if g in item.text and g not in seg.text)
    return apart >= least * len(grams)


def _about(heads: str, seg: Segment, threshold: float = 0.4) -> bool:
    """Whether a headline speaks of a segment: many of its word pairs occur there."""
    return share(heads, seg.text) >= threshold


def _text_block(role: str, lines: Sequence[LineInfo], notices: list[Notice], credit: bool = False) -> Block:
    """A block of ``lines``; a credit (``credit``: 本报记者 王海 通讯员 李丽) keeps its printed
    spaces between the names, and so does a caption's photo credit."""
    raw_text, runs = gather_runs([(ln.index, ln.raw) for ln in lines])
    keep_after = 0 if credit else None
    if role == "caption":
        flat = raw_text.rstrip()
        if patterns.ends_with_photo_credit(flat):
            keep_after = max(last_opening_bracket(flat), 0)
    text, runs, found = clean_runs(raw_text, runs, keep_spaces_after=keep_after)
    notices.extend(found)
    return Block.from_runs(role, text, runs)


def _heading_blocks(heads: Sequence[Unit], notices: list[Notice]) -> list[Block]:
    """Headline, then sub-headlines; a wrapped line (wide, then a short tail) is one block."""
    out: list[Block] = []
    k = 0
    while k < len(heads):
        lines = list(heads[k].lines)
        # a line broken inside a word or bracket runs on; a short line after a complete
        # headline is a sub-headline or the author's name
        nxt = heads[k + 1] if k + 1 < len(heads) else None
        tail_ok = (
            nxt is not None
            and heads[k].wide
            and (
                heads[k].text[-1:] in OPENING_PUNCT
                or (nxt.text[:1] in CLOSING_PUNCT and not patterns.subtitle(nxt.text))  # (——: a subtitle)
                or (_headline_tail(heads[k].text, nxt) and _at_its_measure(heads[k]))
            )
        )
        if tail_ok:
            lines += heads[k + 1].lines
            k += 1
        # the headline is the first line that is neither the writer's name nor a dashed subtitle
        text = heads[k].text
        credit = bool(patterns.REPORTER_CREDIT.match(text))
        secondary = credit or patterns.subtitle(text)
        role = "subheadline" if secondary or any(b.role == "headline" for b in out) else "headline"
        out.append(_text_block(role, lines, notices, credit=credit))
        k += 1
    return out


def _at_its_measure(head: Unit) -> bool:
    """Whether a wide heading's line is as wide as a headline's measure, where OCR would break
    it: a column and a half at least (on dev every headline broken so is 24 characters or more
    in a 14-cell column). A heading a cell or three wider than the column is whole, and a short
    line under it its writer (老旧小区改造要听居民的意见 / 若愚 at ten cells)."""
    return head.lines[-1].width >= 1.5 * head.width


def _headline_tail(first: str, nxt: Unit) -> bool:
    """The last few characters of a long headline that OCR set on a line of their own (…打好
    扶贫攻坚 / 战): too short to be a sub-headline, and no writer's name or dashed subtitle."""
    t = nxt.text
    return (
        not nxt.wide
        and len(t) <= 5
        and first[-1:] not in CLAUSE_END
        and not patterns.by_name(t)
        and not patterns.picture_head(t)
        and not t.startswith(("—", "－", "-", "●", "（", "("))
    )


def _body_blocks(units: Sequence[Unit], width: float, notices: list[Notice], support: float = 0.4) -> list[Block]:
    """The byline and paragraphs of an article's text, decoded again at the article's own
    column width where ``support`` of its lines or more share one other than the page's (a
    poem's lines, a table's rows share none: they keep the page's paragraphs), or where some of
    its paragraphs were read at another width than the rest (lines of it found outside its
    column: the first lines of its lead-in, a last line as wide as the next column's)."""
    lines = [ln for u in units for ln in u.lines]
    own = column_width(lines, width, support) if len(lines) >= 8 else width
    if (own == width and all(u.width == width for u in units)) or any(u.verse for u in units):
        # the page's paragraphs stand
        paras = [list(u.lines) for u in units]
    else:
        paras = decode(lines, own)
    paras = _rows_rejoined(paras, own)
    # A lead-in set on a line of its own (本报讯 / （记者 X）) runs into the paragraph after it.
    while len(paras) > 1:
        head = "".join(ln.text for ln in paras[0])
        if not _lead_in_only(head) and not _credit_only(head) and not patterns.unclosed(head):
            break
        paras[0:2] = [paras[0] + paras[1]]
    # (a title closing a paragraph after a sentence's stop, …的人”。 / “向管理要效率”, that no
    # headline was taken for is a section head over the text after it: a paragraph of its own)
    paras = [part for para in paras for part in (_title_apart(para) if para[-1].text[-1] in _WORD_CLOSERS else [para])]
    blocks: list[Block] = []
    for n, para in enumerate(paras):
        raw_text, runs = gather_runs([(ln.index, ln.raw) for ln in para])
        cut = patterns.byline_end(raw_text) if n == 0 else 0
        if cut:
            by_runs, runs = split_runs(runs, cut)
            text, by_runs, found = clean_runs(raw_text[:cut], by_runs, keep_spaces_before=cut)
            notices.extend(found)
            blocks.append(_byline_block(text, by_runs, notices))
            raw_text = raw_text[cut:]
        text, runs, found = clean_runs(raw_text, runs, keep_spaces_after=_credit_start(raw_text))
        notices.extend(found)
        if text:
            blocks.append(Block.from_runs("body", text, runs))
    return blocks


def _rows_rejoined(paras: list[list[LineInfo]], width: float) -> list[list[LineInfo]]:
    """A table's row too long for the column is broken at its edge, the rest of its figures on
    the next line (全区合计486003.5120003.51 / 7.9): a paragraph opening with a line of figures
    alone, after a row that (nearly) fills the column, goes on with that row: its rest, no row of
    its own. (Decoded by their widths, a row two cells short of the column ends a paragraph.)"""
    out: list[list[LineInfo]] = []
    for para in paras:
        if (
            out
            and all(c.isdigit() or c in ".·%" for c in para[0].text)
            and out[-1][-1].width >= width - 2
            and patterns.tabular(out[-1][-1].text)
        ):
            out[-1] = out[-1] + para
        else:
            out.append(para)
    return out


def _credit_start(text: str) -> int | None:
    """Where the writer's credit closing a paragraph opens (…到位。（本报记者 王海）), whose
    printed spaces are kept as a byline's are; None if the paragraph closes with none."""
    flat = text.rstrip()
    if flat[-1:] not in "）)" or not patterns.closing_credit(flat):
        return None
    return last_opening_bracket(flat)


def _byline_block(text: str, runs: list[list[int]], notices: list[Notice]) -> Block:
    """The byline, with 记者 mended where OCR misread it in the credit (a notice says so: the
    raw text keeps what was scanned)."""
    block = Block.from_runs("byline", text, runs)
    for pos, misread, word in patterns.mend_credit(text):
        mend(block, pos, misread, word, notices)
    return block


def _lead_in_only(text: str) -> bool:
    t = text.strip()
    return bool(t) and patterns.byline_end(t) >= len(t)


def _credit_only(text: str) -> bool:
    return patterns.credit_line(text) and "记者" in text


def _set_width(units: Sequence[Unit], width: float) -> float:
    """The column width most of ``units``' lines were decoded at (the page's on most pages)."""
    if all(u.width == width for u in units):
        return width
    lines: dict[float, int] = {}
    for u in units:
        lines[u.width] = lines.get(u.width, 0) + len(u.lines)
    return max(lines, key=lambda w: lines[w])


def _build_article(group: tuple[HeadBlock | None, Segment | None], width: float, notices: list[Notice]) -> Article:
    blk, seg = group
    blocks: list[Block] = []
    if blk is not None:
        blocks.extend(_heading_blocks(blk.heads, notices))
    if seg is not None:
        blocks.extend(_body_blocks(seg.units, _set_width(seg.units, width), notices))
    if blk is not None:
        groups: list[list[Unit]] = []
        for cap in blk.captions:
            if groups and (patterns.credit_line(cap.text) or patterns.bare_photo_credit(cap.text)):
                groups[-1].append(cap)  # the credit line closes the caption above it
            else:
                groups.append([cap])
        told = _story_before_photo(groups) if seg is None else 0
        if told:
            blocks.extend(_body_blocks([u for g in groups[:told] for u in g], width, notices))
        blocks.extend(_text_block("caption", [ln for u in g for ln in u.lines], notices) for g in groups[told:])
    return Article(blocks)


def _story_before_photo(groups: Sequence[Sequence[Unit]]) -> int:
    """How many paragraphs under a photo's headline tell its story before the caption does: a
    photo story (雪后青川（图片）, 图片新闻) may open with news text (本报讯…, 新年伊始，…) and
    end with the caption proper, which points at the photo (图为…) or closes with its credit
    (…（新华社记者周文摄））. The paragraphs before the first such caption are the story's
    text, if that caption says more than its credit; else all are captions."""
    for k, group in enumerate(groups):
        text = "".join(u.text for u in group)
        if patterns.CAPTION_START.match(text):
            return k
        if patterns.ends_with_photo_credit(text):
            said = text[: max(last_opening_bracket(text), 0)]
            return k if k and SENTENCE_STOPS.intersection(said) else 0
    return 0
