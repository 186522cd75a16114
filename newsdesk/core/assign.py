"""Giving each headline block to the article it belongs to.

OCR returns headline blocks (headline, sub-headlines, captions) wherever the page's reading
order put them: after their article's body on some pages, before it on others, and a photo
with its caption may stand on its own. A block sits between two runs of body text; it is
given to the one it shares more words with (character bigrams, the unit of Chinese word
overlap), or split between them when it holds the end of one article's block and the start of
the next, or left alone as a photo. A small dynamic programme keeps every article to one
headline block, and a second pass prefers the direction most blocks on the page took (or,
where they split evenly, the usual one: a headline after its text).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .chars import SENTENCE_END
from .patterns import (
    APPENDED_NOTE,
    BULLETS,
    CREDIT_LINE,
    DASH_SIGNATURE,
    PHOTO_LABEL,
    PICTURE_MARK,
    SALUTATION,
    SIGNED_AFTER_DASH,
    SIGNED_DATE,
    by_name,
    byline_end,
    is_jump,
    item_number,
    names_run_together,
    picture_head,
    subtitle,
    unclosed,
)

if TYPE_CHECKING:
    from .pipeline import Unit

SPLIT_PENALTY = 0.25
#: What the second pass of ``assign_blocks`` adds to the placement most of a page's blocks
#: between two texts took in the first (closing the text before them, or heading the text
#: after), and, where they split evenly, to closing the text before: a headline comes after its
#: text more often (on dev, 68 % of the headlines of texts), article by article (after one
#: set before its text, the next is set before it 155 times in 470; after one set after, 304
#: in 995), so an even page says nothing of the next block and the usual placement is likelier.
DIRECTION_BONUS = 0.12
INDENT_BONUS = 0.2
#: A headline whose first line kept its leading space, on a page where that space marks where
#: articles begin, opens the text after it: it heads that text, whatever words it shares with
#: the text before (see ``HeadBlock.heads_open``).
OPENING_HEAD_BONUS = 1.0
#: A text closing with a photo's label (图片：) takes the photos and headline after it, or, where
#: they are set before it (headlines first), those heading it: one of the two (``_solve``).
LABEL_BONUS = 1.0
BYNAME_SPLIT = 0.1
#: What a text costs that both the block before it and the block after it head (two articles:
#: ``_share_cost``), with a quarter of what its best break leaves of their words unparted ...
SHARE_PENALTY = 0.2
#: ... less ``TURN_BONUS`` where the text's words change at the break that best parts the two
#: blocks' words: under ``TURN_COHESION`` of the word pairs after it found before it.
#: Of the texts two blocks could share on dev and the nine scratch draws, where the best break
#: parts the headlines' words as well as 0.3–0.4 (``_scored_breaks``), 60 of 97 hold two
#: articles where the words change so there, 25 of 347 where a twenty-fifth or more go on.
TURN_COHESION = 0.02
TURN_BONUS = 0.1
#: ... weighed only at a break with this many Chinese characters or more on either side: a
#: paragraph of a line or two holds too few word pairs for the text to go on with any (without
#: it, a poem's subtitle set under its writer's name headed the text after it on dev, cut
#: after that text's first line; the same figures from 30 to 50, one page lost at 75).
TURN_LEAST = 50
#: What a break before a speech's address (同志们：, ``SALUTATION``) gains where a text two
#: headlines share is cut: a speech printed whole opens with it, and the report of the meeting
#: it was given at, under the other headline, shares all its words (on dev, 2 such lines, both
#: the first of their speech).
SALUTATION_BONUS = 1.0
#: How many paragraphs apart a numbered list's items are looked for (``_inside_list``).
_ITEM_REACH = 9
#: Characters on either side of a paragraph break whose word pairs tell whether the text
#: changes subject there (``cohesion``).
COHESION_REACH = 200
#: How much a break's cohesion counts against it, against the headlines' share of words.
COHESION_WEIGHT = 1.0
#: How much the word pairs the two sides of a break hold in common count against it (``_apart``):
#: two articles each keep their own words all through, not only beside the break. Of the texts
#: two headlines shared on dev and the seventeen scratch and fresh draws, where the articles'
#: own break was one an article may end at, the break chosen was it in 516 of 599 without this,
#: in 541 with it; the draws' edits fell at every weight from 0.35 to 0.6, less at 0.75 and 1.0.
APART_WEIGHT = 0.5
#: Characters that carry a sentence's grammar, not its subject (的, 了, 是, 我们 …): the word
#: pairs holding one are left out of ``_apart``, since every text shares them with every other.
GRAMMAR_CHARS = frozenset("的了是在和有这一不也就都而及与为对我们他她它个以之其所者着把被从到等将并或但又")


@dataclass(eq=False, slots=True)
class Segment:
    units: list[Unit] = field(default_factory=list)
    position: int = 0
    _text: str | None = None
    #: the paragraph breaks scored for each pair of headlines around the text (``_scored_breaks``)
    cuts: dict[tuple[str, str], tuple[list[tuple[float, int, int]], float]] = field(default_factory=dict)
    #: whether each word pair asked about occurs in ``text`` (each is looked for once: a headline
    #: block is weighed against its neighbours split in many ways)
    found: dict[str, bool] = field(default_factory=dict)
    #: the paragraph breaks an article may end at, as (units before, characters before); see
    #: ``_breaks``
    breaks: list[tuple[int, int]] | None = None
    #: what it costs that each pair of headlines around the text both head it (``_share_cost``)
    costs: dict[tuple[str, str], float | None] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The segment's Chinese characters run together."""
        if self._text is None:
            self._text = "".join([u.han for u in self.units])
        return self._text


@dataclass(eq=False, slots=True)
class HeadBlock:
    heads: list[Unit] = field(default_factory=list)
    captions: list[Unit] = field(default_factory=list)
    prev: Segment | None = None
    next: Segment | None = None
    position: int = 0
    ways: list[Ways] | None = None  # see ``_ways``
    #: a leading space marks where an article begins on this page (OCR kept the gap before it)
    indent_opens: bool = False
    #: ... and a headline with one opens its article: the page's texts show it (see
    #: ``pipeline._segments_and_blocks``; spaces before a centred heading say nothing)
    heads_open: bool = False
    words: str | None = None  # see ``_block_text``
    drifts: list[float] | None = None  # see ``_drifts``
    #: the text before closes with a photo's label (图片：) and the block holds photos (``_ways``)
    labelled: bool = False


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
HAN_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")


@lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    """Pairs of adjacent Chinese characters (punctuation and other scripts skipped)."""
    chars = HAN.findall(text)
    return frozenset(a + b for a, b in pairwise(chars))


def han(text: str) -> str:
    """Only the Chinese characters of ``text``, run together."""
    return "".join(HAN_RUNS.findall(text))  # (a third faster than deleting the rest)


def share(text: str, pool: str, rival: str = "") -> float:
    """Share of ``text``'s bigrams found in ``pool``; those also in ``rival`` count half.

    ``pool`` and ``rival`` hold Chinese characters only (see ``han``).
    """
    grams = bigrams(text)
    if not grams:
        return 0.0
    hit = sum(0.5 if g in rival else 1.0 for g in grams if g in pool)
    return hit / len(grams)


def _overlap(text: str, seg: Segment, other: Segment | None) -> float:
    """``share`` of ``text``'s word pairs in ``seg``, those also in ``other`` counted half."""
    grams = bigrams(text)
    if not grams:
        return 0.0
    hit = 0.0
    mine, text = seg.found, seg.text
    theirs, rival = (other.found, other.text) if other is not None else ({}, "")
    for g in grams:
        found = mine.get(g)
        if found is None:
            found = mine[g] = g in text
        if found:
            also = theirs.get(g)
            if also is None:
                also = theirs[g] = g in rival
            hit += 0.5 if also else 1.0
    return hit / len(grams)


def _sim(heads: list[Unit], caps: list[Unit], seg: Segment, other: Segment | None) -> float:
    if not heads and not caps:
        return 0.0
    first = heads[0].text if heads else caps[0].text
    # a writer's name says nothing of the topic: it neither helps nor hurts a placement
    rest = "".join(u.text for u in heads[1:] if not by_name(u.text)) + "".join(u.text for u in caps)
    s = _overlap(first, seg, other)
    if rest:
        s = 0.75 * s + 0.25 * _overlap(rest, seg, other)
    return s


def _part_sim(b: HeadBlock, k: int, to_prev: bool) -> float:
    """``_sim`` of the part of ``b`` split at ``k`` going back or forward."""
    heads = b.heads[:k] if to_prev else b.heads[k:]
    caps = b.captions if (not b.heads[k:]) == to_prev else []
    seg, other = (b.prev, b.next) if to_prev else (b.next, b.prev)
    assert seg is not None
    return _sim(heads, caps, seg, other)


def _two_signed(heads: list[Unit]) -> bool:
    """Whether ``heads`` hold two headline groups, each closed by its writer's name (夜读成了新风尚
    / 林晓雨 / 老人吃饭不再犯愁 / 周文). A deck or a section's title may follow the writer's name
    in one article's group (本报记者王海 / 夜市的灯光: 23 of dev's 1,722 headlined articles), and
    a credit may run to two names (本报记者王海 / 通讯员李丽), but no article's group has a second
    name after a heading under the first: that name closes a second group, another article's."""
    state = 0  # (1: a name seen; 2: a heading after it)
    for u in heads:
        if by_name(u.text):
            if state == 2:
                return True
            state = 1
        elif state == 1:
            state = 2
    return False


def _photo(heads: list[Unit], caps: list[Unit]) -> bool:
    """A photo printed on its own: a caption alone, or under a photo's headline (…（图片）)."""
    return bool(caps) and (not heads or picture_head(heads[0].text))


def _alone(heads: list[Unit], caps: list[Unit]) -> float:
    """How well headings ``heads`` and captions ``caps`` stand on their own, as a photo printed
    without a text. A headline signed by its writer (在新春团拜会上的讲话 / 王海) heads or
    closes a text: no photo's headline carries a writer's name (photographers are credited in
    the caption: none of the dev pages' 78 photos printed alone has one)."""
    if not caps or any(by_name(u.text) for u in heads[1:]):
        return -1.0
    bonus = 0.6 if heads and PICTURE_MARK.search(heads[0].text) else 0.0
    return 0.25 + bonus


Option = tuple[int, bool, bool, float]  # k, prev_taken, next_taken, score
#: A block split at k: the ways of its part before (taken by the text before, score) and after
#: (taken by the text after, score, indent bonus), and the split's own score.
Ways = tuple[int, list[tuple[bool, float]], list[tuple[bool, float, float]], float]


def _closes_with_label(seg: Segment | None) -> bool:
    """Whether text ``seg`` closes with a photo's label on its own line (图片：)."""
    return seg is not None and PHOTO_LABEL.match(seg.units[-1].text) is not None


def _ways(b: HeadBlock) -> list[Ways]:
    """Ways to place block ``b``: heads[:k] (with the captions if nothing follows) to the
    article before or on their own, heads[k:] (+captions) to the article after or on their own
    (a photo: its headline and caption). Kept with the block: the second pass only adds a bias."""
    if b.ways is not None:
        return b.ways
    n = len(b.heads)
    out: list[Ways] = []
    # (the text before closes with a photo's label, 图片：, and the block holds the photos: the
    # part that takes them goes back to that text)
    labelled = b.labelled = bool(b.captions) and _closes_with_label(b.prev)
    # (... or the text after closes with one: the photos set before it, with its headline)
    heads_labelled = bool(b.captions) and _closes_with_label(b.next)
    apart = _opens_apart(b)  # (the text after opens its own article: the block heads none of it)
    leans: list[float] | None = None  # (see ``_leans``: asked once, where a split needs it)
    leaned = False
    for k in range(n + 1):
        if 0 < k < n and (
            subtitle(b.heads[k].text)
            or (by_name(b.heads[k].text) and not by_name(b.heads[k - 1].text))
            or unclosed(b.heads[k - 1].text)
        ):
            # a dashed subtitle or a writer's name stays with the headline above it, and so
            # does the rest of a headline broken inside its brackets (…公报（农村人口和农业机 / 械）)
            continue
        if n > 2 and ((k < n and _two_signed(b.heads[k:])) or (k > 0 and _two_signed(b.heads[:k]))):
            continue  # (two headline groups, each closed by its writer's name, head two articles)
        p_heads, n_heads = b.heads[:k], b.heads[k:]
        p_caps, n_caps = ([], b.captions) if n_heads else (b.captions, [])
        split = 0.0
        if 0 < k < n:
            # a writer's name closes a headline group: what follows it heads the next article;
            # a photo's headline (…（图片）, 图片新闻) opens a group of its own, and so does a
            # line that kept its leading space where that marks an article's start
            opens = (
                by_name(b.heads[k - 1].text)
                or picture_head(b.heads[k].text)
                or (b.indent_opens and b.heads[k].lines[0].indent)
            )
            # ... and a heading with its writer's name under it (真情暖人心 / 本报记者王海) that
            # speaks of the text before it no more than of the text after it is no deck of the
            # headline above: it heads a group of its own as often, so parting them costs
            # nothing (on the dev pages such a heading under another headline opens an article
            # of its own 60 times in 70; a deck shares more words with the text before)
            signed = (
                k + 1 < n
                and by_name(b.heads[k + 1].text)
                and not by_name(b.heads[k].text)
                and b.prev is not None
                and _overlap(b.heads[k].text, b.prev, None)
                <= (_overlap(b.heads[k].text, b.next, None) if b.next is not None else 0.0)
            )
            # ... and so does a split where each heading speaks of the text on its own side
            # (``_parts_lean``): the headline closing the text before, the next opening the text after
            if not (opens or signed or leaned):
                leans, leaned = _leans(b), True
            split = BYNAME_SPLIT if opens else 0.0 if (signed or _parts_lean(leans, k)) else -SPLIT_PENALTY
        p_ways: list[tuple[bool, float]] = [(False, 0.0)]
        if p_heads or p_caps:
            p_ways = []
            # (a heading under the first that speaks of the text after it is no deck of the text
            # before, where it may head that text: see ``_drifts_on``)
            if b.prev is not None and (p_heads or not b.heads) and not (k > 1 and not apart and _drifts_on(b, k)):
                p_ways.append((True, _part_sim(b, k, True) + (LABEL_BONUS if labelled and p_caps else 0.0)))
            if not p_ways or _photo(p_heads, p_caps):
                p_ways.append((False, _alone(p_heads, p_caps)))
        n_ways: list[tuple[bool, float, float]] = [(False, 0.0, 0.0)]
        if n_heads or n_caps:
            n_ways = []
            if b.next is not None and (n_heads or not b.heads) and not apart:
                bonus = 0.0
                if n_heads and n_heads[0].lines[0].indent:
                    # (a heading over captions may be a photo's, which stands alone: the usual bonus)
                    bonus = OPENING_HEAD_BONUS if b.heads_open and not n_caps else INDENT_BONUS
                if heads_labelled and n_caps:
                    bonus += LABEL_BONUS
                n_ways.append((True, _part_sim(b, k, False), bonus))
            if _photo(n_heads, n_caps):
                n_ways.append((False, _alone(n_heads, n_caps), 0.0))
            elif not n_ways:
                n_ways.append((False, -1.0, 0.0))
        out.append((k, p_ways, n_ways, split))
    b.ways = out
    return out


def _leans(b: HeadBlock) -> list[float] | None:
    """How much more of each heading's word pairs of block ``b`` the text after it holds than
    the text before it (negative: the text before holds more), for ``_parts_lean``; None where
    the block stands beside no text on one side, or holds a name or a photographer's credit,
    which speaks of no text (本报记者王海, 王海林晓雨, 周文摄影报道: 报道 falls anywhere)."""
    if b.prev is None or b.next is None:
        return None
    out: list[float] = []
    for h in b.heads:
        t = h.text
        if t.endswith(_PHOTOGRAPHER_ENDS) or by_name(t) or names_run_together(t):
            return None
        out.append(_overlap(t, b.next, None) - _overlap(t, b.prev, None))
    return out


def _parts_lean(leans: list[float] | None, k: int) -> bool:
    """Whether a block split at ``k`` holds two headlines set back to back: the headline of the
    text before it, set after its text, and the headline of the text after it, set over its
    text (滨江夜跑赛周日鸣枪 / 石门村春茶今起开采, where the page mixes the two placements). Each
    heading before the split shares ``_LEAN`` more of its word pairs with the text before than
    with the text after, and each after it the other way round (``leans``: see ``_leans``)."""
    if leans is None:
        return False
    return all(-x >= _LEAN for x in leans[:k]) and all(x >= _LEAN for x in leans[k:])


#: How much more of a heading's word pairs its own side's text holds than the other side's for
#: ``_parts_lean``. On the dev pages (mostly headlines after their texts) nothing changes at 0.2; at
#: 0.1 a chart's title parts from its rows (青川区茶园面积 / 有机茶园1.2万亩); at 0.3
#: two of the five scratch draws that gain at 0.2 gain nothing.
_LEAN = 0.2
#: How a photographer's credit set on a line of its own ends (周文摄, 周文摄影报道).
_PHOTOGRAPHER_ENDS = ("摄", "摄影", "摄影报道")


def _drifts(b: HeadBlock) -> list[float]:
    """How much more of each heading's word pairs of block ``b`` the text after it holds than
    the text before it, counting only pairs of content characters (no ``GRAMMAR_CHARS``: 我们,
    的心 fall in any long text); 0 for a name or a photographer's credit, which speaks of no
    text, and for every heading of a block beside no text on one side (see ``_drifts_on``)."""
    if b.drifts is None:
        if b.prev is None or b.next is None:
            b.drifts = [0.0] * len(b.heads)
        else:
            b.drifts = [
                0.0
                if h.text.endswith(_PHOTOGRAPHER_ENDS) or by_name(h.text) or names_run_together(h.text)
                else _content_share(h.text, b.next) - _content_share(h.text, b.prev)
                for h in b.heads
            ]
    return b.drifts


def _drifts_on(b: HeadBlock, k: int) -> bool:
    """Whether a heading under the first of ``b``'s headings before ``k`` speaks of the text after
    the block: its content word pairs found there ``_LEAN`` more than in the text before
    (``_drifts``). Such a heading is the next article's headline, set over its text, not a deck
    or a section's title of the text before: in the gold of dev and the seventeen scratch and
    fresh draws, of the headings set under one that closes the text before it (names and
    photographers' credits aside), 2,769 belong to that text, and 33 of them lean so (a stock
    table's rows, a prize list's grades, a profile card's fields); 5,807 head the text after
    it, and 4,983 of them lean so. So the part of a block that closes the text before it holds
    no such heading (周日晚上一起跑 / 春茶开摘茶农笑开颜, the first saying little of the run's text
    before it: the plan gave the whole block to the run's text where the tea text shared its
    words with another headline after it, and a shared text costs more). Asked only where the
    block may head the text after it (``_ways``: not where that text opens apart,
    ``_opens_apart``)."""
    return any(x >= _LEAN for x in _drifts(b)[1:k])


def _content_share(text: str, seg: Segment) -> float:
    """Share of ``text``'s word pairs of content characters (no ``GRAMMAR_CHARS``) found in
    ``seg``."""
    grams = [g for g in bigrams(text) if g[0] not in GRAMMAR_CHARS and g[1] not in GRAMMAR_CHARS]
    if not grams:
        return 0.0
    pool = seg.text
    return sum(1 for g in grams if g in pool) / len(grams)


def _opens_apart(b: HeadBlock) -> bool:
    """Whether the text after block ``b`` opens an article of its own: its first line kept the
    leading space where that marks where the page's articles begin (``indent_opens``), and the
    block's does not. OCR keeps the gap before an article's first line, so an article whose
    headline is set over its text has the space before that headline, not before its text: a
    block between a text and such a text heads none of the second, whatever words they share: it
    closes the first, or stands alone. (At the page's top, with no text before it, it heads the
    text after it: OCR may keep the gap before an article's lead-in under its headline too.) A
    block that kept the space itself opens an article as well (see ``OPENING_HEAD_BONUS``): the
    two marks disagree, and the words decide as before."""
    return (
        b.indent_opens
        and b.prev is not None
        and b.next is not None
        and b.next.units[0].lines[0].indent
        and not (b.heads and b.heads[0].lines[0].indent)
    )


def _options(b: HeadBlock, bias: float) -> list[Option]:
    """The ways of ``_ways`` scored, with ``bias`` for the text before (> 0) or after (< 0)."""
    to_prev, to_next = max(bias, 0.0), max(-bias, 0.0)
    out: list[Option] = []
    for k, p_ways, n_ways, split in _ways(b):
        for prev_taken, p_score in p_ways:
            ps = p_score + to_prev if prev_taken else p_score
            for next_taken, n_score, bonus in n_ways:
                ns = n_score + to_next + bonus if next_taken else n_score
                out.append((k, prev_taken, next_taken, ps + ns + split))
    # the whole block on its own
    out.append((-1, False, False, _alone(b.heads, b.captions)))
    return out


def _solve(blocks: list[HeadBlock], bias: float) -> list[Option]:
    """Best placement of all blocks (Viterbi over 'the segment after me is taken', and whether
    with photos)."""
    # state: whether the previous block took its next segment (1), and with captions (2: the
    # text's photos, set before it), or not (0)
    best: dict[int, tuple[float, list[Option]]] = {0: (0.0, [])}
    prev_block: HeadBlock | None = None
    for b in blocks:
        new: dict[int, tuple[float, list[Option]]] = {}
        options = _options(b, bias)
        n = len(b.heads)
        # (each option's state after it: whether it took the text after it, with photos)
        keys = [(2 if b.captions and 0 <= opt[0] < n else 1) if opt[2] else 0 for opt in options]
        shares = prev_block is not None and prev_block.next is not None and prev_block.next is b.prev
        for state, (total, path) in best.items():
            shared = state > 0 and shares  # the segment before me already went to the block before
            photos = state == 2
            for opt, key in zip(options, keys, strict=True):
                score = opt[3]
                if photos and shares and opt[1] and b.labelled and opt[0] == n:
                    # the photo label closing the text (图片：) is answered by the photos of the
                    # block heading it: this block's photos get no pull back to it
                    score -= LABEL_BONUS
                if shared and opt[1] and b.heads:
                    # both blocks claim the text between them: it holds two articles, the
                    # first headed by the block before, the second closed by this one, if
                    # a paragraph break divides their words (captions alone closing it are
                    # the photos of the article headed before: no second article)
                    if b.prev is None or len(b.prev.units) < 2 or prev_block is None:
                        continue
                    # (weighed with the words of the parts that head and close it, as
                    # ``assign_blocks`` cuts it: a block closing one text and heading the next
                    # lends the text after it the words of its second part alone)
                    cost = _share_cost(b.prev, _part_text(prev_block, path[-1][0], False), _part_text(b, opt[0], True))
                    if cost is None:
                        continue
                    score -= cost
                cand = (total + score, [*path, opt])
                if key not in new or cand[0] > new[key][0]:
                    new[key] = cand
        best = new
        prev_block = b
    return max(best.values(), key=lambda v: v[0])[1] if best else []


def assign_blocks(segments: list[Segment], blocks: list[HeadBlock]) -> list[tuple[HeadBlock | None, Segment | None]]:
    """Articles as (headline block or None, body segment or None), in reading order."""
    plan = _solve(blocks, 0.0)
    closing = heading = 0
    for b, (k, pt, nt, _) in zip(blocks, plan, strict=True):
        if b.prev is not None and b.next is not None and b.heads:
            closing += pt and k == len(b.heads)
            heading += nt and k == 0
    if closing or heading:
        # (where as many blocks head the text after them as close the text before, the usual
        # placement decides: ``DIRECTION_BONUS``)
        plan = _solve(blocks, -DIRECTION_BONUS if heading > closing else DIRECTION_BONUS)

    owner: dict[int, HeadBlock] = {}  # the block heading a segment (it came before the text)
    closer: dict[int, HeadBlock] = {}  # the block closing a segment (it came after the text)
    placed: list[tuple[float, tuple[HeadBlock | None, Segment | None]]] = []
    for b, (k, pt, nt, _) in zip(blocks, plan, strict=True):
        if k < 0:
            placed.append((b.position, (b, None)))
            continue
        (p_heads, p_caps), (n_heads, n_caps) = _parts(b, k)
        for heads, caps, taken, seg, off in (
            (p_heads, p_caps, pt, b.prev, -0.25),
            (n_heads, n_caps, nt, b.next, 0.25),
        ):
            if not heads and not caps:
                continue
            part = HeadBlock(heads=list(heads), captions=list(caps), position=b.position)
            if taken and seg is not None:
                (closer if seg is b.prev else owner)[id(seg)] = part
            else:
                placed.append((b.position + off, (part, None)))
    for seg in segments:
        head, tail = owner.get(id(seg)), closer.get(id(seg))
        if head is None or tail is None:
            placed.append((seg.position, (head or tail, seg)))
            continue
        if not tail.heads:
            # captions after a text headed before it: the article's photos (图片：…)
            both = HeadBlock(heads=head.heads, captions=head.captions + tail.captions, position=head.position)
            placed.append((seg.position, (both, seg)))
            continue
        # text claimed by the block before it and the one after it: two articles
        cut = _best_cut(seg, _block_text(head), _block_text(tail))
        first = Segment(units=seg.units[:cut], position=seg.position) if cut else seg
        second = Segment(units=seg.units[cut:], position=seg.position) if cut else None
        placed.append((seg.position, (head, first)))
        placed.append((seg.position + 0.1, (tail, second)))  # (the plan never shares a text it cannot cut)
    placed.sort(key=_first)
    return [g for _, g in placed]


#: What an article's last paragraph ends with: a sentence, or a note in square brackets
#: (［附记：…］).
_ENDS_ARTICLE = SENTENCE_END | frozenset("］】]")


def _block_text(b: HeadBlock) -> str:
    """The words of a heading block that tell what its article speaks of: its headings and
    captions, but not its writer's name (本报记者王海): 记者 and 本报 fall anywhere in a text.
    (Kept on the block: the plan asks it of each block for every way of placing the one before.)"""
    if b.words is None:
        b.words = _words(b.heads, b.captions)
    return b.words


def _words(heads: list[Unit], captions: list[Unit]) -> str:
    """The words of headings and captions as ``_block_text`` takes them (no writer's name)."""
    return "".join([u.text for u in heads if not by_name(u.text)]) + "".join([u.text for u in captions])


def _parts(b: HeadBlock, k: int) -> tuple[tuple[list[Unit], list[Unit]], tuple[list[Unit], list[Unit]]]:
    """Block ``b`` split after its first ``k`` headings, as (headings, captions) closing the text
    before it and (headings, captions) heading the text after it: the captions go with the
    second part where it holds a heading, with the first otherwise."""
    p_heads, n_heads = b.heads[:k], b.heads[k:]
    return ((p_heads, []), (n_heads, b.captions)) if n_heads else ((p_heads, b.captions), (n_heads, []))


def _part_text(b: HeadBlock, k: int, closing: bool) -> str:
    """The words (``_words``) of the part of block ``b`` that, split after its first ``k``
    headings (``_parts``), closes the text before it (``closing``) or heads the text after it."""
    heads, caps = _parts(b, k)[0 if closing else 1]
    if len(heads) == len(b.heads) and len(caps) == len(b.captions):
        return _block_text(b)  # (the whole block: its words are kept on it)
    return _words(heads, caps)


def _scored_breaks(seg: Segment, before: str, after: str) -> tuple[list[tuple[float, int, int]], float]:
    """Each paragraph break where an article may end (``_breaks``) scored by how the words of
    the headline before a run of text and of the one after it fall each on its own side, as
    (score, cut, offset), and how well the best falls (0–1: the mean share of each headline's
    word pairs found on its side; 0 where no break can end an article). A pair found on both
    sides counts for the share of its occurrences on the headline's side: the words of an
    article's headline recur in its text more than in the article beside it, even where both
    articles speak of one subject."""
    key = (before, after)
    known_cut = seg.cuts.get(key)
    if known_cut is not None:
        return known_cut
    whole = seg.text
    grams_before, grams_after = bigrams(before), bigrams(after)
    # (pairs the text lacks count in the share's denominator only; pairs the overlap already
    # looked for and did not find are not looked for again)
    known = seg.found
    # each occurrence of a pair weighs its share of the pair's occurrences, over the headline's
    # pairs: the before side holds those ending by the cut, the after side those starting at it
    gains = _weighted(whole, grams_before, known, 2)
    losses = _weighted(whole, grams_after, known, 1)
    mine, theirs = 0.0, sum(w for _, w in losses)
    g = h = 0
    best = 0.0
    scored: list[tuple[float, int, int]] = []
    for cut, offset in _breaks(seg):
        while g < len(gains) and gains[g][0] <= offset:
            mine += gains[g][1]
            g += 1
        while h < len(losses) and losses[h][0] <= offset:
            theirs -= losses[h][1]
            h += 1
        score = mine + theirs
        scored.append((score, cut, offset))
        if score > best:
            best = score
    seg.cuts[key] = (scored, best / 2)
    return seg.cuts[key]


def _share_cost(seg: Segment, before: str, after: str) -> float | None:
    """What it costs that the block before ``seg`` (words ``before``) and the block after it
    (``after``) both head it, as two articles: ``SHARE_PENALTY``, with a quarter of what the
    best break leaves of the headlines' words unparted (``_scored_breaks``), less ``TURN_BONUS``
    where the text's words change at that break (the least ``cohesion`` of the breaks scoring
    best is under ``TURN_COHESION``, at a break with ``TURN_LEAST`` characters or more on either
    side). None where no break can end an article."""
    key = (before, after)
    if key in seg.costs:
        return seg.costs[key]
    scored, fit = _scored_breaks(seg, before, after)
    cost: float | None = None
    if scored:
        top = max(score for score, _, _ in scored)
        last = len(seg.text) - TURN_LEAST
        turns = [cohesion(seg.text, at) for score, _, at in scored if score >= top - 1e-9 and TURN_LEAST <= at <= last]
        cost = SHARE_PENALTY + 0.25 * (1.0 - fit)
        if turns and min(turns) < TURN_COHESION:
            cost -= TURN_BONUS
    seg.costs[key] = cost
    return cost


def _best_cut(seg: Segment, before: str, after: str) -> int:
    """The paragraph break (units before it) where the text between a headline before it and
    one after it holds two articles: where the headlines' words fall each on its own side
    (``_scored_breaks``) and the text changes subject. Each break's score loses the share of
    the words after it already found before it (``cohesion``), weighed as the headlines'
    words are: where one article ends and the next begins, the words change; and what its two
    sides share all through (``_apart``), weighed ``APART_WEIGHT``: each article keeps its own
    words to its end. 0 where no break can end an article."""
    scored, _ = _scored_breaks(seg, before, after)
    whole = seg.text
    # (asked of the breaks in the order of their score, until none left can beat the best: a
    # cohesion is at most 1, and mostly under 0.2)
    # (a break before a speech's address gains ``SALUTATION_BONUS``: a speech printed whole
    # opens with it, where the report of its meeting shares all its words)
    addressed = {cut for _, cut, _ in scored if SALUTATION.match(seg.units[cut].text.strip())}
    reach = SALUTATION_BONUS if addressed else 0.0
    apart = _apart(whole, [offset for _, _, offset in scored])
    best_cut, best = 0, -math.inf  # (the first break asked is the best so far, whatever it scores)
    for score, cut, offset in sorted(scored, key=_by_score):
        if score < best - reach - 1e-9:
            break
        adjusted = score - COHESION_WEIGHT * cohesion(whole, offset) - APART_WEIGHT * apart[offset]
        adjusted += SALUTATION_BONUS if cut in addressed else 0.0
        if adjusted > best + 1e-9:
            best_cut, best = cut, adjusted
    return best_cut


def _breaks(seg: Segment) -> list[tuple[int, int]]:
    """Where an article may end inside ``seg``: after a paragraph ending with a full sentence
    (a lead-in runs into its text) or signed after a dash (…。———编者, ——王海: ``_signed``),
    and not inside a numbered list (二是… / 三是…, ``_inside_list``), a run of bulleted items
    (``_next_bullet``) or a quotation running on (``_quote_runs_on``), as (units before,
    characters of ``seg.text`` before)."""
    if seg.breaks is None:
        seg.breaks = []
        offset = 0
        items = [item_number(u.text) for u in seg.units]  # (each unit's once, for every break)
        for cut in range(1, len(seg.units)):
            offset += len(seg.units[cut - 1].han)
            last = seg.units[cut - 1].text.rstrip()
            if (
                (last[-1:] in _ENDS_ARTICLE or PHOTO_LABEL.match(last) is not None or _signed(last))
                and byline_end(last) < len(last) - 1
                and not _inside_list(items, cut)
                and not _quote_runs_on(last)
                and not _next_bullet(seg.units[cut - 1].text, seg.units[cut].text)
                and not (cut < len(seg.units) - 1 and _closes_the_text(seg.units[cut].text))
            ):
                seg.breaks.append((cut, offset))
    return seg.breaks


def _signed(text: str) -> bool:
    """Whether paragraph ``text`` ends its text with a signature after a dash (…摘要。———编者,
    or ——王海 on a line of its own): the text has ended there."""
    return SIGNED_AFTER_DASH.search(text) is not None or DASH_SIGNATURE.match(text) is not None


def _closes_the_text(text: str) -> bool:
    """Whether a paragraph of its own, after a text's last sentence, still closes that text: its
    writer's or its dispatch's credit in brackets (（王海）, （新华社稿）), the label of its
    photos (图片：), whose captions follow, the day it was written (二〇二五年岁末于青川: a
    letter's or an essay's), a note added to it (［附记：…］) or its signature after a dash
    (——王海). An article never opens so (on dev, every such line after a sentence is its text's:
    220 lines in brackets, 63 labels, 10 dates, 3 signatures, and all 13 notes, after a sentence
    or not); a jump line in brackets, （上接第一版）, may.
    (Asked of all but a text's last paragraph: a cut before a credit closing the whole text
    leaves the headline after it no more than the credit, as near as a cut comes to none.)"""
    if PHOTO_LABEL.match(text) is not None or SIGNED_DATE.match(text) is not None:
        return True
    if APPENDED_NOTE.match(text) is not None or DASH_SIGNATURE.match(text) is not None:
        return True
    return CREDIT_LINE.match(text) is not None and not is_jump(text)


def _quote_runs_on(text: str) -> bool:
    """Whether paragraph ``text`` leaves a quotation open (more “ than ”): a quotation of several
    paragraphs opens each with “ and closes only at its end, so the text goes on after it (in
    the gold of dev and the seventeen draws, 270 of 273 breaks after such a paragraph are inside
    an article; the 3 others are one article's last paragraph, whose quotation the paper never
    closed, in three draws)."""
    return text.count("“") > text.count("”")


def _next_bullet(before: str, text: str) -> bool:
    """Whether paragraph ``text`` carries on a run of items set with the bullet that opens the
    paragraph ``before`` (△…。 / △…。: on dev the next such item is in the same article 28
    times in 29; the 29th, a column of briefs under no headline, is no text two headlines share)."""
    return text[:1] in BULLETS and before[:1] == text[:1]


def _inside_list(items: list[tuple[str, int] | None], k: int, reach: int = _ITEM_REACH) -> bool:
    """Whether the break before paragraph ``k`` falls inside a numbered list of a text's
    paragraphs' ``items`` (``item_number``): between an item and the next, the same style
    numbered one more, no more than ``reach`` paragraphs on (三、… / its paragraphs / 四、…).
    A list's sections belong to one text: on dev and the seventeen scratch and fresh draws,
    of 6,858 paragraph breaks between two such items 9 paragraphs apart or fewer, none is
    where an article ends (10 of 7,648 within 15)."""
    for i in range(max(0, k - reach), k):
        item = items[i]
        if item is not None and (item[0], item[1] + 1) in items[k : i + reach + 1]:
            return True
    return False


def cohesion(text: str, at: int, reach: int = COHESION_REACH) -> float:
    """Share of the word pairs of the ``reach`` characters after ``at`` found in the ``reach``
    before it: where one text ends and another begins, the words change. (``text`` holds
    Chinese characters only, so its pairs are its slices of two.)"""
    end = min(len(text), at + reach)
    after = {text[i : i + 2] for i in range(at, end - 1)}
    if not after:
        return 0.0
    before = {text[i : i + 2] for i in range(max(0, at - reach), at - 1)}
    return len(after & before) / len(after)


def _apart(text: str, offsets: list[int]) -> dict[int, float]:
    """For each of ``offsets`` (ascending) in ``text``, how much the two sides share: of the
    word pairs wholly before it and those wholly after it (pairs with a ``GRAMMAR_CHARS``
    character left out), the occurrences one side matches on the other, over the side holding
    fewer. Where two articles meet it is least, since each keeps its own words all through.
    (One sweep: the pairs move from the right side to the left.)"""
    grams = ["" if a in GRAMMAR_CHARS or b in GRAMMAR_CHARS else a + b for a, b in pairwise(text)]
    right: dict[str, int] = {}
    for gram in grams:
        if gram:
            right[gram] = right.get(gram, 0) + 1
    left: dict[str, int] = {}
    on_left, on_right, matched = 0, sum(right.values()), 0
    dropped = added = 0  # (the pairs starting before these have left the right side / joined the left)
    out: dict[int, float] = {}
    for offset in offsets:
        for gram in grams[dropped:offset]:
            if gram:
                count = right[gram]
                if count <= left.get(gram, 0):
                    matched -= 1
                right[gram] = count - 1
                on_right -= 1
        dropped = max(dropped, min(offset, len(grams)))
        for gram in grams[added : max(added, offset - 1)]:
            if gram:
                count = left.get(gram, 0)
                if count < right[gram]:
                    matched += 1
                left[gram] = count + 1
                on_left += 1
        added = max(added, offset - 1)
        out[offset] = matched / max(1, min(on_left, on_right))
    return out


def _weighted(text: str, grams: frozenset[str], known: dict[str, bool], shift: int) -> list[tuple[int, float]]:
    """Each occurrence in ``text`` of each of ``grams`` (those ``known`` to be absent skipped)
    as (its position + ``shift``, 1 / the pair's occurrences / the number of pairs), in order."""
    out: list[tuple[int, float]] = []
    n = max(len(grams), 1)
    for gram in grams:
        if not known.get(gram, True):
            continue
        i = text.find(gram)
        if i < 0:
            continue
        j = text.find(gram, i + 1)
        if j < 0:  # (most pairs occur once)
            out.append((i + shift, 1.0 / n))
            continue
        at = [i]
        while j >= 0:
            at.append(j)
            j = text.find(gram, j + 1)
        w = 1.0 / len(at) / n
        out.extend([(q + shift, w) for q in at])
    out.sort()
    return out


def _by_score(item: tuple[float, int, int]) -> tuple[float, int]:
    """Breaks in the order of their score, best first (ties: the earliest first)."""
    return (-item[0], item[1])


def _first(item: tuple[float, Any]) -> float:
    return float(item[0])
