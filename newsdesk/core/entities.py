"""Offline named-entity suggestions: jieba segmentation plus rules for news text.

jieba's word list gives most names their part of speech (nr person, ns place, nt
organisation). Where the time goes in ``jieba.posseg`` is its part-of-speech HMM over unknown
characters; here plain ``jieba.cut`` (whose much cheaper HMM still finds unknown words) does
the segmenting, every dictionary word takes its tag from jieba's table, and rules tag the
unknown words: a common surname plus one or two characters is a person, a transliteration
run is a foreign name, a place or organisation suffix names its kind. Further rules join
surname and given name, titles and names, proper nouns and organisation suffixes
(中国兵器工业集团), drop jieba's false names (弘扬, 福祉) and keep one label per string in an
article. Each suggestion carries a score and the reason it was made.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count
from operator import add, itemgetter
from pathlib import Path
from typing import Any

from . import hanzi
from .cache import read_cache, write_cache
from .hanzi import as_simplified, simplified
from .lexicon import (
    ADDRESS_TERMS,
    ADMIN_SUFFIXES,
    COMMON_SURNAMES,
    COMPANY_TRADES,
    COMPOUND_SURNAMES,
    GAZETTEER_LOC,
    GENERIC_HEADS,
    GENERIC_LOC,
    GENERIC_ORG,
    GENERIC_ORG_PREFIXES,
    INTERNATIONAL_BODIES,
    JAPANESE_MINISTRIES,
    JAPANESE_SURNAMES,
    LOC_SUFFIXES,
    MINISTRY_FIELDS,
    NEWS_AGENCIES,
    NOT_NAME,
    ORG_HEAD_END,
    ORG_HEAD_WORDS,
    ORG_SUFFIXES,
    PERSON_CONTEXT_AFTER,
    PLACE_CONTEXT_AFTER,
    PLACE_CONTEXT_BEFORE,
    SHORT_ORG_HEADS,
    SURNAMES,
    TITLE_SUFFIXES,
    TITLES,
    TRANSLIT,
    TRANSLIT_SEPARATORS,
    VENUE_ENDS,
)
from .patterns import AGENCIES
from .segment import Segmenter, dictionary_stamp, load_tables

LABELS = ("PER", "LOC", "ORG")
#: Name odds (``_NameModel.odds``) above which an unknown two-character word is taken for a name.
NAME_ODDS_STRONG = 3.0
#: ... and for two characters without context (贺信 and 许诺 score below it, 李鹏 above).
NAME_ODDS_SURE = 6.0
#: jieba's count from which a word is a common one (严重, 宣传, 公开 …).
COMMON_WORD = 300
#: Place odds (``_NameModel.place_odds``) above which a word jieba lists as a place is taken for one.
PLACE_ODDS_SURE = 6.0
#: ... and below which a common word is spelled more like a word than a place.
PLACE_ODDS_WORD = 2.0
TAG_LABEL = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}
#: The tag an accepted name joins jieba's word table with.
_LABEL_TAG = {"PER": "nr", "LOC": "ns", "ORG": "nt"}
_PARA = re.compile(r"[^\n]+")
_HAN = re.compile(r"^[\u3400-\u9fff]+$")
#: Tags of words that may sit inside an organisation's name before its suffix.
_ORG_INNER = frozenset({"ns", "nt", "nz", "n", "b", "j", "vn", "nrt", "l", "an", "ng", "nsf", "s", "f"})
#: Words of a dateline that an organisation name never starts with (本报讯, 日电).
_DATELINE_WORDS = frozenset({"本报讯", "本报", "日电", "电", "讯", "报道", "据", "新华社电"})
#: Last characters of place names (河, 湖, 岛, 山 …, and of buildings and sights: 庙, 寺, 桥, 洞): such
#: a "name" is a place.
_PLACE_END = frozenset("河湖江海港湾岛山峰岭坝泊洲州省市县区镇乡村寨屯堡沟峡谷原滩庙寺宫桥洞嘴")
_ORG_START = frozenset({"ns", "nt", "nz", "j", "nrt"})
#: ... of those, the natural features and the sights (山, 湖, 寺, 桥 …), not a county's or town's
#: ending, which a person's name ends with as often (林海峰, 许家坝).
_SIGHT_END = frozenset("山河湖江海岛寺庙宫桥泊谷原嘴")
ORG_LONG_SUFFIXES = tuple(x for x in ORG_SUFFIXES if len(x) >= 2)


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    label: str
    text: str
    score: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "score": round(self.score, 3),
            "reason": self.reason,
        }


class _NameModel:
    """How much a string reads like a personal name rather than a word, from the character
    emission tables of jieba's part-of-speech HMM (which ships with jieba).

    ``odds(w)`` is the log-likelihood of ``w`` spelled as a name (B/M/E states of ``nr``)
    less that of its likeliest reading as a common word (noun, verb, adjective …): 贺信 or
    严重性 score low, 钱其琛 or 毕丽梅 high. The tables are cut down to those states and cached.
    """

    VERSION = 2
    WORD_TAGS = ("n", "v", "a", "vn", "nz", "l", "i", "d", "j", "m", "b", "an", "ns", "t", "f", "s", "ad")
    ALL_TAGS = ("nr", *WORD_TAGS)
    _NS = ALL_TAGS.index("ns")
    FLOOR = -20.0

    def __init__(self, tables: dict[str, dict[str, float]]) -> None:
        self.tables = tables
        self._cache: dict[str, float] = {}
        self._place_cache: dict[str, float] = {}
        self._vectors: dict[str, tuple[float, ...]] = {}

    @classmethod
    def load(cls, cache_dir: Path | None) -> _NameModel:
        stamp = dictionary_stamp()
        cached = cache_dir / f"name-model-{cls.VERSION}.marshal" if cache_dir is not None else None
        tables = read_cache(cached, stamp)
        if isinstance(tables, dict):
            return cls(tables)
        import importlib.resources
        import pickle

        with (importlib.resources.files("jieba.posseg") / "prob_emit.p").open("rb") as f:
            emit = pickle.load(f)  # jieba's own model file, shipped inside the package
        tables = {
            f"{state}{tag}": dict(emit.get((state, tag), {})) for tag in ("nr", *cls.WORD_TAGS) for state in "BMES"
        }
        write_cache(cached, stamp, tables)
        return cls(tables)

    def _vector(self, state: str, ch: str) -> tuple[float, ...]:
        """The emission of ``ch`` in ``state`` (B, M, E or S) under each tag of ``ALL_TAGS``."""
        key = state + ch
        got = self._vectors.get(key)
        if got is None:
            t, floor = self.tables, self.FLOOR
            got = tuple(t.get(state + tag, {}).get(ch, floor) for tag in self.ALL_TAGS)
            self._vectors[key] = got
        return got

    def _spells(self, word: str) -> list[float]:
        """How likely ``word`` is spelled under each tag of ``ALL_TAGS`` (log), all at once."""
        if len(word) == 1:
            return list(self._vector("S", word))
        total = list(map(add, self._vector("B", word[0]), self._vector("E", word[-1])))
        for ch in word[1:-1]:
            total = list(map(add, total, self._vector("M", ch)))
        return total

    def odds(self, word: str) -> float:
        """How much likelier ``word`` is spelled as a name (``nr``) than as any other tag's word."""
        return self._odds(word, 0, self._cache)

    def place_odds(self, word: str) -> float:
        """As ``odds``, for a place name (``ns``) against the common words' tags."""
        return self._odds(word, self._NS, self._place_cache)

    def _odds(self, word: str, tag: int, cache: dict[str, float]) -> float:
        """Log odds of ``word`` under tag ``tag`` of ``ALL_TAGS`` against the best tag other than
        it and ``nr`` (index 0), kept in ``cache``."""
        if not self.tables:
            return 0.0
        got = cache.get(word)
        if got is None:
            spells = self._spells(word)
            got = spells[tag] - max(x for k, x in enumerate(spells) if k not in (0, tag))
            cache[word] = got
        return got


class _Jieba:
    """jieba's word table and tag table, loaded once (in the background if asked)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.segmenter: Segmenter | None = None
        self.tags: dict[str, str] = {}
        self.plain_tags: frozenset[str | None] = frozenset()
        self.names = _NameModel({})
        self.cache_dir: Path | None = None
        #: known places and bodies the segmenter cuts into several words, and their labels
        self.phrases: re.Pattern[str] | None = None
        self.phrase_labels: dict[str, str] = {}

    def load(self) -> None:
        with self._lock:
            if self.segmenter is not None:
                return
            if self.cache_dir is not None:
                self.cache_dir.mkdir(parents=True, exist_ok=True)
            segmenter, self.tags = load_tables(self.cache_dir)
            # the kinds of words no rule opens a name from (verbs, particles … but not numbers,
            # which may be ordinals: 第四)
            self.plain_tags = frozenset(self.tags.values()) - _NAME_TAGS - {"m"}
            self.names = _NameModel.load(self.cache_dir)
            self.phrase_labels = _split_names(segmenter)
            if self.phrase_labels:
                longest_first = sorted(self.phrase_labels, key=len, reverse=True)
                self.phrases = re.compile("|".join(map(re.escape, longest_first)))
            self.segmenter = segmenter


def _split_names(segmenter: Segmenter) -> dict[str, str]:
    """The known places and bodies that ``segmenter`` cuts into several words (国际红十字委员会,
    人力资源和社会保障部, 乞力马扎罗), with their labels: no single word matches them."""
    names = {b: "ORG" for b in _KNOWN_BODIES} | {g: "LOC" for g in GAZETTEER_LOC}
    return {t: label for t, label in names.items() if len(segmenter.words(t)) > 1}


_JIEBA = _Jieba()


def set_cache_dir(path: Path) -> None:
    """Where jieba keeps its prefix-dictionary cache (the user cache directory), and the list of
    traditional characters its own (``hanzi``)."""
    _JIEBA.cache_dir = path
    hanzi.set_cache_dir(path)


def preload() -> None:
    """Load jieba now (call from a worker thread to keep it off the start-up path)."""
    _JIEBA.load()


def is_loaded() -> bool:
    return _JIEBA.segmenter is not None


def cuts_with_jieba_rs() -> bool:
    """Whether the loaded segmenter cuts with jieba-rs (else in Python: ten times slower)."""
    return _JIEBA.segmenter is not None and _JIEBA.segmenter.fast


def _forms(word: str) -> tuple[str, ...]:
    """``word``, and its simplified form where it is written in traditional characters."""
    other = simplified(word)
    return (word,) if other == word else (word, other)


def _freq(word: str) -> int:
    seg = _JIEBA.segmenter
    return seg.freq(word) if seg is not None else 0


def _surname_len(word: str) -> int:
    if word[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if word[:1] in SURNAMES else 0


def _person_like(word: str, strict: bool = True) -> bool:
    """A Chinese personal name: surname plus one or two given-name characters (``strict``:
    none of them a function word such as 的 or 其, which a known name may hold: 钱其琛)."""
    k = _surname_len(word)
    if not k or not 1 <= len(word) - k <= 2 or not _HAN.match(word):
        return False
    return not (strict and set(word[k:]) & NOT_NAME)


def _translit(word: str) -> bool:
    core = [c for c in word if c not in TRANSLIT_SEPARATORS]
    return len(core) >= 3 and sum(c in TRANSLIT for c in core) / len(core) >= 0.75


class EntitySuggester:
    """Suggest PER/LOC/ORG spans in clean article text, learning from editors' decisions."""

    def __init__(
        self,
        accepted: Iterable[tuple[str, str]] = (),
        rejected: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.accepted: dict[str, str] = {}
        self.rejected: set[tuple[str, str]] = set()
        self._votes: dict[tuple[str, str], list[int]] = {}
        self._added_words: set[str] = set()
        #: accepted words not yet in jieba's word table, in the order accepted (added on the next
        #: ``suggest``; the order decides their counts, and so the cut)
        self._pending: dict[str, None] = {}
        for text, label in accepted:
            self.accept(text, label)
        for text, label in rejected:
            self.reject(text, label)

    # -- learning -------------------------------------------------------------------------
    def accept(self, text: str, label: str, weight: int = 1) -> None:
        """An editor accepted ``text`` as ``label``: suggest it wherever it occurs (written in
        traditional characters, in simplified ones too: traditional text is read in those)."""
        self._vote(text, label, 0, weight)

    def reject(self, text: str, label: str, weight: int = 1) -> None:
        """An editor rejected ``text`` as ``label``.

        A pair never accepted is not suggested again; one that editors accepted elsewhere
        (中国 as a place, rejected once inside an organisation's name) is dropped only when
        rejections outnumber acceptances.
        """
        self._vote(text, label, 1, weight)

    def _vote(self, text: str, label: str, side: int, weight: int) -> None:
        """Count ``weight`` acceptances (``side`` 0) or rejections (1) of ``text`` as ``label``,
        in each of its forms, and settle what is suggested."""
        for form in _forms(text):
            votes = self._votes.setdefault((form, label), [0, 0])
            votes[side] += weight
            self._settle(form, label)

    def _settle(self, text: str, label: str) -> None:
        acc, rej = self._votes[(text, label)]
        if rej > acc:
            self.rejected.add((text, label))
            if self.accepted.get(text) == label:
                del self.accepted[text]
        else:
            self.rejected.discard((text, label))
            if acc:
                self.accepted[text] = label
                if text not in self._added_words:
                    self._pending[text] = None

    # -- suggesting -----------------------------------------------------------------------------
    def suggest(self, text: str) -> list[Suggestion]:
        """Suggestions for a whole article; no suggestion spans a paragraph break."""
        _JIEBA.load()
        seg = _JIEBA.segmenter
        assert seg is not None
        # (only the words accepted since the last call: an archive's lexicon may hold thousands)
        pending, self._pending = self._pending, {}  # (what is accepted meanwhile waits for the next call)
        tags = _JIEBA.tags
        for word in pending:
            seg.add_word(word, freq=max(seg.suggest_freq(word), 50))
            # (and with its tag, as a jieba user dictionary gives it: the word table is shared,
            # and a suggester that has not the editor's lexicon reads the word as a name too)
            label = self.accepted.get(word)
            if word not in tags and label in _LABEL_TAG:
                tags[word] = _LABEL_TAG[label]
        self._added_words.update(pending)
        # (traditional characters are read as simplified ones, offsets unchanged; the
        # suggestions give the text as written)
        written, text = text, as_simplified(text)
        found: list[Suggestion] = []
        bounds: set[int] = set()
        for m in _PARA.finditer(text):
            found.extend(self._paragraph(m.group(), m.start(), bounds))
        if "简称" in text:
            found = self._short_names(text, found)
        found = self._consistent(text, found, bounds)
        if text is not written:
            found = [Suggestion(x.start, x.end, x.label, written[x.start : x.end], x.score, x.reason) for x in found]
        return found

    def _short_names(self, text: str, found: list[Suggestion]) -> list[Suggestion]:
        """A name followed by the short name the article will use (青川农村商业银行（以下简称青川
        农商行）): the short name is the same body, place or person, here and wherever it recurs."""
        ends = {x.end: x for x in found if x.score >= 0.6}
        added: list[Suggestion] = []
        for m in _SHORT_NAME.finditer(text):
            named = ends.get(m.start())
            short = m.group(1)
            if named is None or short == named.text or (short, named.label) in self.rejected:
                continue
            added.append(Suggestion(m.start(1), m.end(1), named.label, short, 0.8, "short name the article gives"))
        return sorted(found + added, key=lambda x: x.start) if added else found

    def _paragraph(self, para: str, offset: int, bounds: set[int]) -> list[Suggestion]:
        """Suggestions for one paragraph (at ``offset`` in the article); the positions where
        its words start and end are added to ``bounds``."""
        tags = _JIEBA.tags
        assert _JIEBA.segmenter is not None
        words = _head_and_title(_JIEBA.segmenter.words(para))  # jieba.cut(para, HMM=True), faster
        spans: list[Suggestion] = []
        starts = list(accumulate(map(len, words), initial=0))  # and the paragraph's end
        bounds.update(map(offset.__add__, starts))
        word_tags = list(map(tags.get, words))
        plain = _JIEBA.plain_tags
        names_places = _names_places(words)
        quoted = _quoted_ranges(para)
        k = 0
        n = len(words)
        accepted = self.accepted
        while k < n:
            w = words[k]
            tag = word_tags[k]
            if tag is None:
                if not "\u3400" <= w[-1] <= "\u9fff" and w not in accepted:
                    # punctuation, numbers and Latin words (a third of all words): every rule
                    # needs a Chinese character to open a name (a company named in Latin letters
                    # is found apart: ``_latin_companies``)
                    k += 1
                    continue
                if w[-1] in _AFTER_NAME and 3 <= len(w) <= 4 and _person_like(w[:-1]):
                    # jieba's HMM glued a name to the word after it (王景龙记, 郭红摄): two words
                    cut = starts[k] + len(w) - 1
                    words[k : k + 1] = (w[:-1], w[-1])
                    word_tags[k : k + 1] = (None, tags.get(w[-1]))
                    starts.insert(k + 1, cut)
                    bounds.add(offset + cut)
                    n += 1
                    w = words[k]
                    names_places = {i + (i > k) for i in names_places}  # (the words after moved on)
            elif (
                tag in plain
                and w[0] not in COMMON_SURNAMES
                and w not in _MAY_OPEN
                and w[:2] not in _OPENING_PAIRS
                and w not in accepted
                and w[-1] != "人"  # (the people of a place name it, whatever jieba calls them: 法国人)
                and k not in names_places  # (外长 / 利维: a rare word in a name's place)
            ):
                k += 1  # a common word no rule opens a name from (``_opens_nothing``), most of the rest
                continue
            part = None if w in accepted else _part_of_word(words, k, tag)
            if part is not None:  # a name that is part of the word (毛 in 毛主席, 美国 in 美国人)
                a, b, label, score, reason = part
                s = starts[k]
                if (w[a:b], label) not in self.rejected:
                    spans.append(Suggestion(offset + s + a, offset + s + b, label, w[a:b], score, reason))
                k += 1
                continue
            if tag not in _NAME_TAGS and w not in accepted and _opens_nothing(w, tag) and k not in names_places:
                k += 1
                continue
            s = starts[k]
            got = self._match(words, starts, k, tag, quoted)
            if got is not None:
                end_k, label, score, reason = got
                e = starts[end_k - 1] + len(words[end_k - 1])
                surface = para[s:e]
                if (surface, label) not in self.rejected:
                    spans.append(Suggestion(offset + s, offset + e, label, surface, score, reason))
                k = end_k
                continue
            k += 1
        spans = _join_dotted_names(para, offset, spans)
        spans = self._whole_given_names(words, starts, offset, spans)
        if _JIEBA.phrases is not None:
            spans = self._known_phrases(para, starts, offset, spans)
        if _LOWER_LEVELS.search(para):
            spans = self._lower_levels(words, starts, offset, spans)
        if "公司" in para or "集团" in para:
            spans = self._latin_companies(para, offset, spans)
            spans = self._brand_companies(words, starts, offset, spans)
            if "有限" in para:
                spans = self._registered_companies(words, starts, offset, spans)
        elif _COMPANY_TITLE_IN.search(para):
            spans = self._brand_companies(words, starts, offset, spans)
        if "日电" in para or "日讯" in para:
            spans = self._dateline_places(para, offset, spans)
        titled = [
            k for k in compress(count(), map(_TITLE_ENDINGS.__contains__, map(_LAST_TWO, words))) if len(words[k]) > 3
        ]
        if titled:
            spans = self._places_before_titles(words, starts, offset, spans, titled)
        return self._names_in_lists(para, offset, spans)

    def _places_before_titles(
        self, words: list[str], starts: list[int], offset: int, spans: list[Suggestion], titled: list[int]
    ) -> list[Suggestion]:
        """A known place that jieba joined to the title after it (日本首相, 德国总理): the place
        is one, and the word stays a title for the name after it."""
        added: list[Suggestion] = []
        for k in titled:
            w = words[k]
            for cut in range(len(w) - 2, 1, -1):
                place = w[:cut]
                if place in GAZETTEER_LOC and w[cut:] in TITLES:
                    a = offset + starts[k]
                    if (place, "LOC") not in self.rejected and not any(x.start < a + cut and a < x.end for x in spans):
                        added.append(Suggestion(a, a + cut, "LOC", place, 0.8, "place before a title"))
                    break
        return sorted(spans + added, key=lambda x: x.start) if added else spans

    def _known_phrases(self, para: str, starts: list[int], offset: int, spans: list[Suggestion]) -> list[Suggestion]:
        """Known places and bodies the segmenter cut into words (人力资源 / 和 / 社会保障部): the
        whole is suggested where it begins and ends at word bounds, over what the rules found
        inside it (社会保障部); a suggestion reaching beyond it stands."""
        assert _JIEBA.phrases is not None
        bounds = None
        for m in _JIEBA.phrases.finditer(para):
            bounds = bounds if bounds is not None else set(starts)
            a, b = m.span()
            text = m.group()
            label = _JIEBA.phrase_labels[text]
            if a not in bounds or b not in bounds or (text, label) in self.rejected:
                continue
            A, B = offset + a, offset + b
            over = [x for x in spans if x.start < B and A < x.end]
            if any(x.start < A or x.end > B for x in over):
                continue
            kind = "known place" if label == "LOC" else "known body"
            if label == "ORG":
                # a place before the body names it with it, as the rules join them (日本外务省)
                place = [x for x in spans if x.end == A and x.label == "LOC"]
                if place:
                    over.extend(place)
                    A, text, kind = place[0].start, place[0].text + text, "place + known body"
            spans = sorted(
                [x for x in spans if x not in over] + [Suggestion(A, B, label, text, 0.9, kind)], key=lambda x: x.start
            )
        return spans

    def _lower_levels(
        self, words: list[str], starts: list[int], offset: int, spans: list[Suggestion]
    ) -> list[Suggestion]:
        """The next level down a chain of places (涿鹿县 / 辉耀 / 乡, 汶阳镇 / 大武 / 村): a rare word
        and its kind after a place is a place, whatever jieba calls the word; a guess of little
        weight on it gives way."""
        added: list[Suggestion] = []
        dropped: list[Suggestion] = []
        for j in range(2, len(words)):
            kind = words[j]
            if kind not in _LOWER_LEVEL_WORDS:
                continue
            # the name: one word, or two rare pieces jieba cut it into (托克 / 扎克 / 镇)
            k = next((i for i in (j - 1, j - 2) if i >= 1 and _lower_level_name(words, i, j)), None)
            if k is None:
                continue
            w = "".join(words[k:j])
            a, b = offset + starts[k], offset + starts[j + 1]
            over = [x for x in spans if x.start < b and a < x.end]
            if any(x.score >= 0.6 for x in over) or (w + kind, "LOC") in self.rejected:
                continue
            dropped.extend(over)
            added.append(Suggestion(a, b, "LOC", w + kind, 0.75, "place down a chain of places"))
        if not added:
            return spans
        return sorted([x for x in spans if x not in dropped] + added, key=lambda x: x.start)

    def _whole_given_names(
        self, words: list[str], starts: list[int], offset: int, spans: list[Suggestion]
    ) -> list[Suggestion]:
        """A name of two characters where jieba cut off the last character of a given name of
        two (尹品 / 端 / 报道, 许钺 / 乃 / ）, 陈祖 / 屯 / 说): the character stands alone, is
        none of the words that follow a name (则, 同, 摄, 称, 看 / 了 …), and the name ends
        there: a bracket or comma, the text's end, a word of saying or a time (今天) follows."""
        if not any(x.end - x.start == 2 and x.label == "PER" for x in spans):
            return spans
        tags = _JIEBA.tags
        out: list[Suggestion] = []
        for x in spans:
            # (the word that starts where the name ends, if one does)
            k = bisect_left(starts, x.end - offset) if x.label == "PER" and x.end - x.start == 2 else len(words)
            if k < len(words) and starts[k] == x.end - offset:
                c = words[k]
                after = words[k + 1] if k + 1 < len(words) else ""
                if (
                    _HAN.match(c)
                    and len(c) == 1
                    and c not in NOT_NAME
                    and c not in _NOT_GIVEN
                    and tags.get(c) not in _NOT_GIVEN_TAGS
                    and (not after or not _HAN.match(after) or after in _NAME_ENDS_BEFORE or tags.get(after) == "t")
                    and x.text not in self.accepted
                    and (x.text + c, "PER") not in self.rejected
                ):
                    x = Suggestion(x.start, x.end + 1, "PER", x.text + c, x.score, x.reason)
            out.append(x)
        return out

    def _latin_companies(self, para: str, offset: int, spans: list[Suggestion]) -> list[Suggestion]:
        """A company named in capital Latin letters (IBM公司, MICRONAS集团) is a body."""
        added = [
            Suggestion(offset + m.start(), offset + m.end(), "ORG", m.group(), 0.75, "company named in Latin letters")
            for m in _LATIN_COMPANY.finditer(para)
            if (m.group(), "ORG") not in self.rejected
            and not any(x.start < offset + m.end() and offset + m.start() < x.end for x in spans)
        ]
        return sorted(spans + added, key=lambda x: x.start) if added else spans

    def _brand_companies(
        self, words: list[str], starts: list[int], offset: int, spans: list[Suggestion]
    ) -> list[Suggestion]:
        """A company called by its brand (步长公司, 野村公司, 先科公司): a rare word of two or three
        characters before 公司, where nothing before it opens a longer name (a place or a name:
        北京 / 实宝来 / 公司 is left to the other rules) and no rule found anything there."""
        tags = _JIEBA.tags
        added: list[Suggestion] = []
        for k in range(len(words) - 1):
            nxt = words[k + 1]
            if nxt in _COMPANY_WORDS:
                reason = "a brand + 公司"
            elif nxt in COMPANY_TRADES and k + 2 < len(words) and words[k + 2] in _COMPANY_TITLES:
                reason = "a brand and its trade before a company's title"  # 小鹏 / 汽车 / 董事长
            else:
                continue
            if not _brand(words[k], tags.get(words[k])):
                continue
            prev = words[k - 1] if k else ""
            if tags.get(prev) in _PROPER_TAGS or (prev[-1:].isascii() and prev[-1:].isalnum()):
                continue  # (a place, a name, a letter or a digit before it opens a longer name)
            a, b = offset + starts[k], offset + starts[k + 2]
            text = words[k] + nxt
            if (text, "ORG") in self.rejected or any(x.start < b and a < x.end for x in spans):
                continue
            added.append(Suggestion(a, b, "ORG", text, 0.75, reason))
        return sorted(spans + added, key=lambda x: x.start) if added else spans

    def _registered_companies(
        self, words: list[str], starts: list[int], offset: int, spans: list[Suggestion]
    ) -> list[Suggestion]:
        """A company by its registered name, which ends with its legal form (…有限公司, …有限责任
        / 公司, …股份有限公司): the words before the form, back to the clause's start or to a
        word no name holds, are its name (小米 / 科技 / 有限责任 / 公司, 中远 / 集装箱运输 /
        有限公司), unless they only say its trade (一家 / 科技 / 有限公司). What the rules found
        inside such a name gives way to it."""
        tags = _JIEBA.tags
        found: list[Suggestion] = []
        for end in range(1, len(words) + 1):
            w = words[end - 1]
            if w.endswith("有限公司") and len(w) == 4:
                form = end - 1
            elif w == "公司" and end >= 2 and words[end - 2] in ("有限责任", "有限", "股份有限"):
                form = end - 2
            else:
                continue
            k = form
            while k > 0 and form - k < 4 and _in_company_name(words[k - 1], tags.get(words[k - 1])):
                k -= 1
                if _is_place(words[k]):
                    break  # (a place opens the name: 热水瓶 / 深圳市 / 海马 / 电器 / 有限公司)
            if k == form or all(x in COMPANY_TRADES for x in words[k:form]):
                continue
            a, b = offset + starts[k], offset + starts[end]
            text = "".join(words[k:end])
            if len(text) > 20 or (text, "ORG") in self.rejected:
                continue
            # (a place or a guess inside the name gives way to it: 中远 as a place; anything
            # reaching beyond it stands)
            if any(x.start < b and a < x.end and (x.start < a or x.end > b or x.label == "PER") for x in spans):
                continue
            found.append(Suggestion(a, b, "ORG", text, 0.75, "registered name of a company"))
        if not found:
            return spans
        kept = [x for x in spans if not any(r.start <= x.start and x.end <= r.end for r in found)]
        return sorted(kept + found, key=lambda x: x.start)

    def _dateline_places(self, para: str, offset: int, spans: list[Suggestion]) -> list[Suggestion]:
        """The place of a dateline (新华社里斯本3月8日电, 本报青川3月5日讯) is a place, whatever
        its spelling suggests; where the rules found places inside it (日本 / 长野), they stand."""
        added: list[Suggestion] = []
        for m in _DATELINE.finditer(para):
            a, b = m.span(1)
            have = [x for x in spans if x.start - offset < b and a < x.end - offset]
            if any(x.label in ("LOC", "ORG") and (x.start - offset, x.end - offset) == (a, b) for x in have):
                continue  # already a place, or a body's own dispatch (联合国1月5日电)
            if any(x.label == "LOC" for x in have):
                continue  # two places the rules found (日本 / 长野)
            place = para[a:b]
            if (place, "LOC") in self.rejected:
                continue
            added.append(Suggestion(offset + a, offset + b, "LOC", place, 0.85, "place of a dateline"))
            spans = [x for x in spans if x not in have]
        return sorted(spans + added, key=lambda x: x.start) if added else spans

    def _names_in_lists(self, para: str, offset: int, spans: list[Suggestion]) -> list[Suggestion]:
        """Names listed with 、 (出席的有王卫、张明远、刘海峰) or credited in brackets at the end
        (（贡德银）): in a list where two items are names, every item shaped like a name is one."""
        if "、" not in para and not para.rstrip("。．").endswith(("）", ")")):
            return spans  # neither a list nor a closing credit: most paragraphs
        have = {(x.start - offset, x.end - offset): x for x in spans}
        covered: list[bool] = []  # (which characters a suggestion covers: asked of lists of names only)
        added: list[Suggestion] = []
        dropped: set[int] = set()
        relabel: dict[int, Suggestion] = {}
        lists = _lists_in(para)
        # items that are names, or open with one the segmenter cut short (陈效 / 达)
        opens = {x.start - offset for x in spans if x.label == "PER"}
        for m in lists:
            items = [(i.start(), i.end()) for i in _ITEM.finditer(m.group())]
            items = [(m.start() + a, m.start() + b) for a, b in items]
            names = sum(1 for a, _ in items if a in opens)
            # 岳阳、娄底、郴州: in a list of places, an item guessed a name for the list's comma
            # alone is a place
            guesses = [x for x in map(have.get, items) if x is not None and x.reason == _LISTED]
            if guesses and _places_in(items, spans, offset) > max(names, 1):
                for x in guesses:
                    relabel[id(x)] = Suggestion(x.start, x.end, "LOC", x.text, 0.7, "place in a list of places")
                continue
            if names < 2:
                continue
            if not covered:
                covered = [False] * len(para)
                for x in spans:
                    covered[x.start - offset : x.end - offset] = [True] * (x.end - x.start)
            for a, b in items:
                word = para[a:b]
                # a name the segmenter cut short (陈效 / 达), or a guess of little weight (赵海
                # as a place, 周文 as a name of 0.55), gives way to the whole item
                inside = [x for x in spans if a <= x.start - offset and x.end - offset <= b]
                short = bool(inside) and all(x.label == "PER" or x.score < 0.6 for x in inside)
                short = short and not ((a, b) in have and have[a, b].score >= 0.8)
                fresh = (a, b) not in have and not any(covered[a:b])
                # (an item set off on both sides is whole; the last may run on into the sentence:
                # 李军、赖斌 / 说)
                whole = para[b : b + 1] in _ITEM_ENDS
                if (fresh or short) and _listed_name(word, whole) and (word, "PER") not in self.rejected:
                    added.append(Suggestion(offset + a, offset + b, "PER", word, 0.8, "name in a list of names"))
                    dropped.update(id(x) for x in inside)
        credit = _CREDIT.search(para)
        if credit is not None and _credited_name(credit.group(1)):
            a, b = credit.start(1), credit.end(1)
            # weak guesses on the name (武摄 as a name of 0.55) give way to the credit
            over = [x for x in spans if x.start - offset < b and a < x.end - offset]
            word = credit.group(1)
            if all(x.score < 0.6 for x in over) and (word, "PER") not in self.rejected:
                added.append(Suggestion(offset + a, offset + b, "PER", word, 0.8, "writer's credit"))
                dropped.update(id(x) for x in over)
        if relabel:
            spans = [relabel.get(id(x), x) for x in spans]
        if not added:
            return spans
        return sorted([x for x in spans if id(x) not in dropped] + added, key=lambda x: x.start)

    def _match(
        self, words: list[str], starts: list[int], k: int, tag: str | None, quoted: list[tuple[int, int]]
    ) -> tuple[int, str, float, str] | None:
        w = words[k]
        n = len(words)
        # proper noun(s) … + organisation suffix word; the longer reading wins, also over a
        # name the editor accepted on its own (北京 in 北京中国棋院)
        orgs = [o for o in (self._org_span(words, k), self._org_head_span(words, k)) if o is not None]
        if w in self.accepted and not orgs:
            return k + 1, self.accepted[w], 0.97, "accepted before"
        if orgs:
            return _as_venue(words, k, max(orgs, key=lambda o: o[0]))
        nxt = words[k + 1] if k + 1 < n else ""
        prev = words[k - 1] if k else ""
        if w[:2] == "国家" and (end := _national_body(words, k)) > k:
            return end, "ORG", 0.8, "national agency named by its fields"
        if w[-1] == "队" and tag in _HEAD_TAGS and _opens_with_place(w):
            return k + 1, "ORG", 0.75, "a team named after its place"  # 上海申花队: one word in jieba's list
        if nxt in _ZONES and _names_a_zone(w, tag):
            return k + 2, "LOC", 0.8, "place + the kind of zone it is"  # 雄安 / 新区, 两江 / 新区
        if nxt in _LANDFORMS and _names_a_zone(w, tag) and (tag is not None or _freq(w) < RARE_WORD):
            return k + 2, "LOC", 0.75, "name + its landform"  # 艾特肯 / 盆地, 塔里木 / 盆地
        if w in GAZETTEER_LOC:
            return k + 1, "LOC", 0.95, "known place"
        if w in _KNOWN_BODIES and not (w[-1] == "部" and nxt[:1] == "门"):
            # 塔斯社, 公安部 (环境保护部 / 门 is jieba's cut of 环境保护 / 部门: departments)
            return k + 1, "ORG", 0.85, "known body"
        # (a byline may set a space between the title and the name: 通讯员 王海)
        title = _is_title(prev) or (prev.isspace() and k > 1 and _is_title(words[k - 2]))
        japanese = _japanese_match(words, k, tag, title)
        if japanese is not None:
            return japanese
        if title and (end := _foreign_after_title(words, k)) > k + 1:
            return end, "PER", 0.8, "transliterated name after a title"
        if (title or nxt in _SAYING) and tag not in ("nr", "nrfg") and _rare_name(w, tag, title):
            # 外长 / 利维, 秘书长 / 安南, 记者 / 朱幼棣, 罗干 / 指出: jieba's list files the name
            # under a rare word of another kind, or lacks it
            return _translit_rest(words, k), "PER", 0.8, "rare word spelled like a name, in a name's place"
        label = TAG_LABEL.get(tag or "")
        if label == "LOC":
            if len(w) < 2 or w in GENERIC_LOC or w.endswith(_EVENT_ENDS):
                return None  # (中超联赛, 广交会: events jieba's list files as places)
            if title and _named_after_title(w, nxt):
                # 秘书长 / 安南, 国务委员 / 罗干, 总统 / 普京: a rare word jieba files as a place,
                # in a name's place, is a person's name
                return _translit_rest(words, k), "PER", 0.8, "place-like word in a name's place"
            if w.endswith(("军区", "军分区", "警备区")):
                return k + 1, "ORG", 0.85, "a command named after its area"  # 成都军区: the troops
            if w.endswith(LOC_SUFFIXES) and len(w) >= 3:
                if _kind_of_place(w):
                    return k + 1, "LOC", 0.5, "a kind of place, not one place's name"
                return k + 1, "LOC", 0.85, "place name with suffix"
            if nxt in LOC_SUFFIXES and TAG_LABEL.get(_JIEBA.tags.get(nxt, "")) is None:
                return k + 2, "LOC", 0.8, "place + suffix"
            if w in COMPOUND_SURNAMES and 1 <= len(nxt) <= 2 and _given_name(nxt):
                return k + 2, "PER", 0.65, "compound surname + given name"  # 欧阳 / 娜娜: jieba says place
            common = _freq(w) >= COMMON_WORD and _JIEBA.names.place_odds(w) < PLACE_ODDS_WORD
            if (prev in PLACE_CONTEXT_BEFORE or nxt in PLACE_CONTEXT_AFTER) and not common:
                # (a common word jieba lists as a place, and not spelled like one, stays a
                # guess after 在 or before 地区: 东北, 新建, 美丽)
                return k + 1, "LOC", 0.75, "place in context"
            if _JIEBA.names.place_odds(w) >= PLACE_ODDS_SURE:
                return k + 1, "LOC", 0.65, "place spelled like one"  # 巴伐利亚, 阜平; 爱国 is a word
            if len(w) == 2 and w[1] in "县州" and w[0] not in _COUNTING and w[0] not in _OTHER:
                # 费县, 滑县, 随州: a county or prefecture named by one character (外县, 各州
                # count them, name none)
                return k + 1, "LOC", 0.7, "county named by one character"
            return k + 1, "LOC", 0.5, "jieba: place"
        if label == "ORG":
            if w in GENERIC_ORG or len(w) < 2 or (w.startswith(GENERIC_ORG_PREFIXES) and not _national_agency(w)):
                return None
            if w in GENERIC_HEADS or w.endswith(_TITLE_ENDS):
                return None  # 音乐会, 中央政治局常委: an event or a title, though jieba's list says body
            if len(w) >= 3 and w.endswith(VENUE_ENDS):
                return k + 1, "LOC", 0.8, "name of a building or zone"  # 人民大会堂, 华联商厦
            if (w[-1] not in ORG_NAME_END and not w.endswith(ORG_NAME_ENDINGS)) or _ends_in_no_head(w):
                # 中美关系, 国际化, 儿童文学: jieba's list calls them organisations, but a body's
                # name ends like one (…部, …党, …会, …社, …队 …); 中西部, 统一安排 only seem to
                return k + 1, "ORG", 0.5, "jieba calls it an organisation"
            if _kind_of_body(w):
                return k + 1, "ORG", 0.5, "a kind of body, not one body's name"
            return _as_venue(words, k, (k + 1, "ORG", 0.8, "jieba: organisation"))
        if nxt == "等" and k + 2 < n and words[k + 2] in _PLACES_AFTER_DENG and len(w) >= 2 and _HAN.match(w):
            # 华北、黄淮等地, 英法等国: places, whatever a name's spelling suggests
            return k + 1, "LOC", 0.75, "place before 等地"
        # (a byline or credit may set a space before its verb: 王海 说, 周文 摄)
        spaced = nxt.isspace() and k + 2 < n
        verb = words[k + 2] if spaced else nxt
        said = verb in PERSON_CONTEXT_AFTER or verb == "摄" or (nxt[:1] in ("、",) and k + 2 < n)
        # (an office after a name is said of the person too: 习近平 / 总书记, 李强 / 总理)
        context = title or said or nxt in _OFFICES
        inside_quotes = bool(quoted) and any(a <= starts[k] < b for a, b in quoted)
        if inside_quotes:
            return None
        if len(w) >= 3 and w[-1] in "县乡镇村" and tag in (None, "nr", "nrt", "v") and not context:
            return k + 1, "LOC", 0.8, "place with its suffix"  # 伽师县, 毛集镇: jieba reads a name
        # surname alone + given name (吴 / 振兴); after a title any surname will do (张 / 明远)
        if len(w) <= 2 and _surname_len(w) == len(w) and nxt and 1 <= len(nxt) <= 2:
            if _HAN.match(nxt) and not (set(nxt) & NOT_NAME):
                # 和, 曾, 由 … after a title are mostly words (总统和总理, 部长曾表示): then the
                # given name must be no word of its own
                function = w in _FUNCTION_SURNAMES and _JIEBA.tags.get(nxt) not in (None, "nr")
                credit = nxt.endswith("摄")  # 记者章武摄: the photographer's credit names him
                if title and not function and not credit:
                    return k + 2, "PER", 0.85, "title + name"
                if (label == "PER" or tag is None) and _JIEBA.tags.get(nxt) in (None, "nr"):
                    return k + 2, "PER", 0.65, "surname + given name"
        if label == "PER" or tag is None:
            common = tag is not None and _freq(w) > COMMON_WORD
            if len(w) >= 3 and (w.endswith(TITLE_SUFFIXES) or w[-1] in _KIND_OF_NAME):
                return None  # 周总理, 郭红摄, 仲景牌: a title, credit or make glued to a name, not a name
            rest = w[_surname_len(w) :]
            # (the odds are worked out only for what could be a name: surname + 1–2 characters)
            odds = _JIEBA.names.odds(w) if _person_like(w, strict=False) else 0.0
            # (a sight after 在, 到 … is the place where people meet or speak: 在 / 克里姆林宫 / 会见)
            sight_where = not title and prev in PLACE_CONTEXT_BEFORE and w[-1] in _SIGHT_END
            if (
                w[-1] in _PLACE_END
                and (not (title or said) or sight_where)
                and not (tag == "nr" and odds >= NAME_ODDS_STRONG)
            ):
                # (a name jieba knows and spelled like one may end like a place: 林海峰, 崔保山)
                if tag in ("nr", "nrt") and w[-1] in _SIGHT_END and _sight(w):
                    # 罗布泊, 雷神庙, 苍岩山, 克里姆林宫, 陆家嘴: a lake, temple, mountain, palace
                    # or spit jieba's list calls a person
                    return k + 1, "LOC", 0.6, "name of a sight jieba calls a person"
                return k + 1, "LOC", 0.55, "name ending like a place"
            # a name jieba knows and that is spelled like one (李鹏, 钱其琛) needs no context
            known = tag == "nr" and odds >= NAME_ODDS_STRONG
            glued = tag is not None and len(rest) == 2 and _freq(rest) > 500
            if glued and not context and not known:
                return None  # 高 + 素质: a surname glued to a common word
            if _person_like(w, strict=not known) and (len(w) >= 3 or not common or context or known):
                if tag is None and len(w) == 2 and not context:
                    if odds >= NAME_ODDS_STRONG:
                        return k + 1, "PER", 0.65, "unknown word spelled like a name"
                    return k + 1, "PER", 0.55, "unknown word with surname"
                if context:
                    if len(w) == 2 and tag is not None and odds < NAME_ODDS_STRONG and _freq(w) >= COMMON_WORD:
                        return k + 1, "PER", 0.5, "a common word in a name's place"  # 主席 / 顾问, 贺词
                    listed = not title and nxt not in PERSON_CONTEXT_AFTER and nxt not in _OFFICES
                    return k + 1, "PER", 0.9, _LISTED if listed else "name in context"
                if odds < 0:
                    return k + 1, "PER", 0.5, "person name, but spelled like a word"
                if len(w) == 2 and odds < NAME_ODDS_SURE:
                    # two characters make many words (贺信, 许诺, 熊猫): without a title or a
                    # verb of saying, only one spelled very much like a name is likely one
                    return k + 1, "PER", 0.5, "two characters jieba lists as a name"
                if len(w) == 3 and len(rest) == 2 and odds < NAME_ODDS_STRONG and _freq(w[:2]) >= COMMON_WORD:
                    # 严重性, 许可证, 公开赛: a common word and a suffix, more likely than a name
                    return k + 1, "PER", 0.5, "a word and a suffix, or a name"
                return k + 1, "PER", 0.75, "person name"
            if _translit(w) and (context or tag == "nr" or len(w) >= 4):
                after = _FOREIGN_PLACE_AFTER if tag != "nrt" else _FOREIGN_PLACE_AFTER - _WHAT_PEOPLE_DO
                if not context and (prev in PLACE_CONTEXT_BEFORE or nxt in after):
                    return k + 1, "LOC", 0.65, "foreign place in context"  # 到达科纳克里, 韦拉克鲁斯港
                return _translit_rest(words, k), "PER", 0.7 if context else 0.6, "foreign name"
        if tag in ("nrt", "nrfg") and _translit(w) and context:
            return _translit_rest(words, k), "PER", 0.7, "foreign name in context"
        if tag in ("nr", "nrt") and title and len(w) >= 2:
            return k + 1, "PER", 0.8, "name jieba knows, after a title"  # 国防部长科恩
        return None

    def _org_head_span(self, words: list[str], k: int) -> tuple[int, str, float, str] | None:
        """A name (place, proper noun, unknown word, ordinal) at ``k``, nominal words, and a
        word ending with an organisation's head (矿务局, 乳品厂, 艺术团, 有限公司): 西山矿务局,
        青川乳品厂, 广东佛山市南湖电器有限公司."""
        tags = _JIEBA.tags
        if not _org_name_start(words[k], tags.get(words[k])) or words[k] in _DATELINE_WORDS or _leads_in(words, k):
            return None
        j = k
        length = 0
        best = None
        # where a whole name ends so far
        whole = k + 1 if _names_a_body(words[k], tags.get(words[k])) else None
        office = False
        loose_at = None  # where the first word no name holds otherwise stands
        while j < len(words) and length <= 20:
            w = words[j]
            t = tags.get(w)
            if j > k and not _org_inner(w, t):
                # after a place, the name may say what the body does (中国 / 文化 / 扶贫 / 委员会)
                if whole is not None or not _what_it_does(w, t, j == k + 1) or not _is_place(words[k]):
                    break
                if loose_at is None:
                    loose_at = j
            elif loose_at is not None and _strong_start(w, t):
                break  # 成都 / 建立 / 成都地质学院: the body's name opens again
            if whole is not None and j > whole and (_strong_start(w, t) or _opens_with_place(w)):
                # 国家统计局 / 委托 / 江苏省…, 广州 / 恒 / 大队 / 战胜 / 上海申花队: a place or body
                # further on opens another name
                break
            length += len(w)
            if j > k and _org_head(w, t, words[j - 1], tags.get(words[j - 1])):
                if loose_at is not None and (
                    t == "nt" or loose_at == j or not w.endswith(ORG_LONG_SUFFIXES) or _one_adjective(words[j - 1])
                ):
                    # 中国 / 支持 / 联合国, 杭州 / 市民 / 组织 (a verb), 柏林 / 建设 / 新 / 工厂 (a
                    # verb and what it makes): no body's name
                    break
                best = whole = j + 1
            elif j == whole and not office and _department(w, t):
                best = whole = j + 1
                office = True  # (one office: 调查组 / 专家组 are two groups)
            j += 1
        if best is None:
            return None
        span = words[k:best]
        if all(tags.get(x) == "ns" for x in span[:-1]) and span[-1] in _GOVERNMENT:
            return None  # 北京市政府 stays a place and a word (but 滨州市妇联 is a body)
        if len(span) == 2 and _ORDINAL.match(span[0]):
            return None  # 第一 / 集团: a rank, not a body (第一 / 汽车 / 制造厂 is one)
        if len(span) > 1 and all(tags.get(x) == "nt" for x in span):
            return None  # 党中央 / 国务院: bodies side by side, each a name of its own
        if (
            (tags.get(span[-1]) == "nt" or len(span) > 2)
            and _person_like(span[0])
            and _JIEBA.names.odds(span[0]) >= NAME_ODDS_STRONG
        ):
            # 胡锦涛 / 代表 / 党中央, 赵国栋 / 患病 / 住进 / 医院: a person and a body, not a
            # body named after him (孙中山 / 研究会 is one)
            return None
        return best, "ORG", 0.75, "name + organisation"

    def _org_span(self, words: list[str], k: int) -> tuple[int, str, float, str] | None:
        """From a proper noun at ``k`` over nominal words to an organisation suffix."""
        tags = _JIEBA.tags
        if tags.get(words[k]) not in _ORG_START or words[k] in _DATELINE_WORDS or _leads_in(words, k):
            return None
        j = k + 1
        best = None
        whole = k + 1 if _names_a_body(words[k], tags.get(words[k])) else None
        length = len(words[k])
        while j < len(words) and length <= 16:
            w = words[j]
            t = tags.get(w)
            if t not in _ORG_INNER and not (t == "m" and _ORDINAL.match(w)):
                break
            if whole is not None and j > whole and _strong_start(w, t):
                break  # (as in _org_head_span)
            length += len(w)
            if w in GENERIC_HEADS or w.endswith(_TITLE_ENDS):
                pass  # 音乐会, 代表团, …政治局常委: an event, a passing group or a title
            elif (t == "nt" and len(w) >= 2) or (w.endswith(ORG_LONG_SUFFIXES) and t in ("n", "j", "vn")):
                best = whole = j + 1
            j += 1
        if best is None or best - k < 2:
            return None
        if tags.get(words[best - 1]) == "ns" or all(tags.get(x) in ("ns",) for x in words[k:best]):
            return None
        if all(tags.get(x) == "nt" for x in words[k:best]):
            return None  # 党中央 / 国务院: bodies side by side, each a name of its own
        return best, "ORG", 0.75, "name + organisation suffix"

    def _consistent(self, text: str, found: list[Suggestion], bounds: set[int] | None = None) -> list[Suggestion]:
        """One label per string in the article, and every occurrence suggested; where ``bounds``
        (word starts and ends) are given, a person's or a body's name inside a longer word is
        another word (卫生部 in 卫生部长, 共产党 in 共产党人), while a place stays a place inside
        the words it makes (北京人, 中国队)."""
        if not found:
            return found
        # (plain dicts, not a Counter each: an article has a few hundred strings)
        votes: dict[str, dict[str, int]] = {}
        # another occurrence is as sure as the surest suggestion of its string, at most 0.7
        sure: dict[str, float] = {}
        for s in found:
            count = votes.setdefault(s.text, {})
            # (a suggestion the editor would be shown counts a thousand guesses below the bar)
            count[s.label] = count.get(s.label, 0) + (1000 if s.score >= 0.6 else 1)
            sure[s.text] = max(sure.get(s.text, 0.0), s.score)
        # (the commonest label among the surer suggestions; of equals, the first suggested, as
        # Counter.most_common has it)
        label_of = {t: max(c, key=c.__getitem__) for t, c in votes.items()}
        # a place named with its kind (张北县, 青川区) is the same place without it in the same
        # article (张北), whatever a name's spelling suggests there
        for t, lab in list(label_of.items()):
            if lab == "LOC" and len(t) >= 3 and t[-1] in _ADMIN_KINDS and sure[t] >= 0.75:
                bare = t[:-1]
                if _freq(bare) < COMMON_WORD and (bare, "LOC") not in self.rejected:
                    label_of[bare] = "LOC"
                    sure[bare] = max(sure.get(bare, 0.0), 0.7)
        taken = [False] * len(text)
        out: list[Suggestion] = []
        for s in found:
            lab = label_of[s.text]
            if lab != s.label:
                s = Suggestion(s.start, s.end, lab, s.text, s.score * 0.9, s.reason)
            elif s.score < 0.6 and sure[s.text] >= 0.75:
                # a guess where the same string is surely a name elsewhere in the article
                s = Suggestion(s.start, s.end, lab, s.text, 0.7, "same string surely a name elsewhere in the article")
            out.append(s)
            taken[s.start : s.end] = [True] * (s.end - s.start)
        for surface, lab in label_of.items():
            if len(surface) < 2 or (surface, lab) in self.rejected:
                continue
            start = text.find(surface)
            while start >= 0:
                end = start + len(surface)
                alone = bounds is None or lab == "LOC" or (start in bounds and end in bounds)
                if alone and not any(taken[start:end]) and "\n" not in surface:
                    score = min(0.7, sure[surface])
                    out.append(Suggestion(start, end, lab, surface, score, "same string elsewhere in the article"))
                    taken[start:end] = [True] * (end - start)
                start = text.find(surface, end)
        out.sort(key=lambda s: (s.start, -s.end))
        return out


#: A run of short items separated by 、 and the items in it.
#: An item may carry a note in brackets (张瑜（女）、李明（满族）).
_LIST = re.compile(
    r"[\u3400-\u9fff]{1,4}(?:[（(][\u3400-\u9fff]{1,4}[）)])?(?:、[\u3400-\u9fff]{1,4}(?:[（(][\u3400-\u9fff]{1,4}[）)])?){2,}"
)
_ITEM = re.compile(r"(?:^|(?<=、))[\u3400-\u9fff]{1,4}")
#: How far an item of ``_LIST`` reaches from its comma: four characters and a bracketed note
#: of four.
_ITEM_REACH = 10
#: A company named in capital Latin letters (IBM公司).
_LATIN_COMPANY = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z&]+(?:公司|集团)")
#: The reason of a name whose only context is the list it opens (王卫、…).
_LISTED = "name before a list's comma"
#: What follows an item of a list that is set off on both sides (the next item, or a note).
_ITEM_ENDS = frozenset("、（(")
#: A dateline: the agency or paper, the place, the date (新华社里斯本3月8日电, 本报北京三月八日讯).
_DATELINE = re.compile(
    rf"(?:本报|{AGENCIES})(?:记者)?"
    r"([\u3400-\u9fff·]{2,10}?)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电讯]"
)
#: A writer's or photographer's name in brackets closing a paragraph: （贡德银）, （孙运河摄）,
#: （新华社记者周文摄）.
_CREDIT = re.compile(
    r"[（(](?:(?:新华社|本报|中新社)?(?:特约)?记者\s*)?([\u3400-\u9fff]{2,4}?)(?:摄影报道|摄影|摄)?[）)][。．]?$"
)
#: Tags of proper nouns: words that may be or open a name.
_PROPER_TAGS = frozenset({"ns", "nt", "nz", "j", "nr", "nrt", "nrfg"})
#: ... and None: a word jieba's list lacks.
_NAME_TAGS = _PROPER_TAGS | {None}
#: A surname on its own (吴 / 振兴 as jieba cuts 吴振兴): it may open a name whatever its tag.
_SURNAME_WORDS = SURNAMES | COMPOUND_SURNAMES
#: What follows a transliterated place rather than a person: 韦拉克鲁斯港, 埃特纳火山.
_FOREIGN_PLACE_AFTER = PLACE_CONTEXT_AFTER | frozenset(
    "港 港口 火山 条约 冲突 问题 海峡 河 湖 山 岛 半岛 平原 盆地 机场 城".split()
)
#: ... of which a person may be the subject as well (内塔尼亚胡 / 举行 / 会晤): no place's sign
#: after a word jieba lists as a foreign person's name (a treaty or a conflict after one still is:
#: 马斯特里赫特 / 条约, 阿布哈兹 / 冲突).
_WHAT_PEOPLE_DO = frozenset("举行 召开".split())
#: Last characters of an organisation's name: the heads (…局, …厂, …团) and the bodies named on
#: their own (…党, …军, …会, …台, …政府, …政协, …联, …中央, 联合国, …组织, …联盟, …军区, …银行).
ORG_NAME_END = ORG_HEAD_END | frozenset("党军会台府协联央国织盟区行组营店所")
#: ... and endings of more than one character (…大学, …中心, …油田, …女排, …机构, 外务省).
ORG_NAME_ENDINGS = (*ORG_SUFFIXES, "油田", "排", "省", "室", "机构")
#: A place's government is the place and a word, not a body of its own name (北京市政府).
_GOVERNMENT = frozenset("政府 人民政府 地方政府".split())
#: Surnames that are far more often a conjunction, preposition, adverb or verb (和, 曾, 由, 任).
_FUNCTION_SURNAMES = frozenset("和与及同由向曾任来于以对为将从把被给")
#: Titles a body's member holds (中央政治局常委, 委员会委员): a person's title, not a body.
_TITLE_ENDS = (
    "常委",
    "委员",
    "政委",
    "主席",
    "主任",
    "书记",
    "部长",
    "局长",
    "厂长",
    "校长",
    "院长",
    "社长",
    "会长",
    "团长",
)
#: Determiners and measure words: an unknown word opening with one counts bodies, names none.
_COUNTING = frozenset("各每该本此这那家个位名多几诸某其全两")
#: A short name given in brackets after a name: （以下简称青川农商行）, （简称“中远集团”）.
_SHORT_NAME = re.compile(r"[（(](?:以下)?简称[“\"]?([\u3400-\u9fffA-Za-z]{2,10})[”\"]?[）)]")
#: The one-character kinds of administrative area (张北县, 青川区).
_ADMIN_KINDS = frozenset(ADMIN_SUFFIXES)
#: Words setting one place against others (外县, 邻省, 他乡).
_OTHER = frozenset("外邻他别和与及")
#: A session's number before a body (第九届全国政协, 八届人大).
_SESSION = re.compile(r"^第?[一二三四五六七八九十百0-9]+届")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百0-9]+$")


def _opens_nothing(word: str, tag: str | None) -> bool:
    """A common word (verb, particle, number …) that no rule starts a name from: neither a
    proper noun, an unknown word, a surname, a known place, nor an ordinal (第四), which may
    open an organisation. Most words are such, so they are skipped before the rules run."""
    if tag in _NAME_TAGS or word in _MAY_OPEN or word[:2] in _OPENING_PAIRS:
        return False
    return not (tag == "m" and _ORDINAL.match(word))


#: News agencies and ministries named by their field (塔斯社, 公安部).
_KNOWN_BODIES = (
    NEWS_AGENCIES | JAPANESE_MINISTRIES | INTERNATIONAL_BODIES | frozenset(f + "部" for f in MINISTRY_FIELDS)
)
#: Common words that may still open a name: surnames, known places and bodies.
_MAY_OPEN = _SURNAME_WORDS | GAZETTEER_LOC | _KNOWN_BODIES
#: The first two characters of words that may open a name: Japanese family names, and 国家 of
#: the national agencies named by their fields (国家禁毒委员会, 国家 / 发展 / 和 / 改革 / 委员会).
_OPENING_PAIRS = JAPANESE_SURNAMES | {"国家"}


#: What ends the name of a national agency or commission.
_NATIONAL_HEADS = ("委员会", "总局", "局", "署", "委", "办公室", "指挥部", "中心")
#: Kinds of words that may name the fields of a national agency (发展, 卫生, 监督管理, 淮河).
_FIELD_TAGS = frozenset({None, "n", "vn", "an", "a", "nz", "ns", "j", "l"})


def _national_body(words: list[str], k: int) -> int:
    """Where the name of a national agency or commission that 国家 opens at ``k`` ends (国家
    禁毒委员会 as one word; 国家 / 淮河 / 委员会, 国家 / 发展 / 和 / 改革 / 委员会, 国家 /
    市场 / 监督管理 / 总局, 国家 / 发展 / 改革 / 委 in words); ``k`` if none does (国家 / 指定 / 的
    / … / 中心, 国家 / 大局)."""
    w = words[k]
    if w != "国家":
        return k + 1 if len(w) >= 5 and w.endswith(_NATIONAL_HEADS) and _HAN.match(w) else k
    tags = _JIEBA.tags
    j, length, fields = k + 1, 2, 0
    while j < len(words) and length <= 16:
        x = words[j]
        t = tags.get(x)
        if (fields or len(x) >= 3) and (
            x in _NATIONAL_HEADS or (len(x) >= 3 and x.endswith(_NATIONAL_HEADS) and t in _HEAD_TAGS)
        ):
            return j + 1  # (国家 / 卫健委: a short name holds its fields)
        if x == "和" and fields:
            pass  # 发展 / 和 / 改革: two fields
        elif t not in _FIELD_TAGS or not _HAN.match(x) or x[0] in "各两几诸" or set(x) & NOT_NAME:
            return k
        else:
            fields += 1
        length += len(x)
        j += 1
    return k


#: Landforms a name goes before when jieba sets them apart (艾特肯 / 盆地).
_LANDFORMS = frozenset({"盆地", "平原", "高原", "山脉", "沙漠", "半岛", "群岛", "海峡", "草原", "峡谷", "冰川"})
#: Kinds of zones a place's name goes before (jieba lists 新区 as a place of its own).
_ZONES = frozenset({"新区", "开发区", "高新区", "特区", "自贸区", "保税区", "示范区", "经济区", "自治州", "自治县"})


def _names_a_zone(word: str, tag: str | None) -> bool:
    """``word`` may name a zone before its kind (雄安 / 新区): a place, a proper noun or an
    unknown word of Chinese characters, no common word (这个 / 新区, 老 / 新区)."""
    if word in GAZETTEER_LOC:
        return True
    if len(word) < 2 or word in GENERIC_LOC or not _HAN.match(word) or set(word) & NOT_NAME:
        return False
    return tag in ("ns", "nz", "j") or (tag is None and word[0] not in _COUNTING)


def _national_agency(word: str) -> bool:
    """A national agency (国家统计局, 国家安全部, 国家信息中心, and the commissions by their short
    names: 国家计委, 国家经贸委), not a kind of body (国家机关); 非洲 opens names (非洲统一组织)
    as 非 does not."""
    if word.startswith("非洲"):
        return True
    return word.startswith("国家") and len(word) >= 4 and word.endswith((*_NATIONAL_HEADS, "部"))


#: Kinds of words that may go on a place's name (盆地, 地区, 广场, 军区 …) or are unknown.
_NOMINAL = frozenset({None, "n", "ns", "nr", "nrt", "nt", "nz", "s", "j", "l", "ng", "f", "b"})


#: The heads of bodies a title may be glued to (市委书记, 政协主席, 公司总裁).
_TITLED_HEADS = SHORT_ORG_HEADS | GENERIC_ORG | ORG_HEAD_WORDS | frozenset(ORG_SUFFIXES)


_LAST_TWO = itemgetter(slice(-2, None))


def _titled_head(word: str) -> bool:
    """A body's head or name a title may be glued to (市委 / 书记, 中央政治局 / 常委)."""
    return word in _TITLED_HEADS or _JIEBA.tags.get(word) == "nt"


def _head_and_title(words: list[str]) -> list[str]:
    """``words`` with a body's head and the title jieba glued to it as two words (市委 / 书记,
    政协 / 主席): after a place, the head ends the body's name, and the title names a person."""
    # (most paragraphs have none: looked for in C first, over the words of four or more)
    if not any(map(TITLES.__contains__, map(_LAST_TWO, compress(words, map((3).__lt__, map(len, words)))))):
        return words
    out: list[str] = []
    for w in words:
        if len(w) >= 4 and w[-2:] in TITLES:
            cut = next((c for c in (len(w) - 2, len(w) - 3) if _titled_head(w[:c]) and w[c:] in TITLES), 0)
            if cut:
                out += (w[:cut], w[cut:])
                continue
        out.append(w)
    return out


#: Characters that end no given name but often follow one: function words (顾伟 / 因, 张林春 / 为)
#: and the verbs of a credit (刘宇 / 摄, 陈棋福 / 绘).
_AFTER_NAME = NOT_NAME | frozenset("因用摄绘")


def _part_of_word(words: list[str], k: int, tag: str | None) -> tuple[int, int, str, float, str] | None:
    """A name that is part of the word at ``k``: where it starts and ends in the word, its
    label, score and reason; or None."""
    w = words[k]
    # (a single transliteration character before it makes the surname part of a foreign
    # name: 科 / 雷 / 先生)
    if w[0] in COMMON_SURNAMES and not (k and words[k - 1] in TRANSLIT):
        cut = _surname_before_title(w, words[k + 1] if k + 1 < len(words) else "")
        if cut:  # 毛主席, 何 / 大爷: the surname names the person
            return 0, cut, "PER", 0.75, "surname before a title"
    if tag == "nt" and (session := _SESSION.match(w)) and session.end() < len(w):
        # 第九届全国政协: the body is 全国政协; its session's number is no part of the name
        return session.end(), len(w), "ORG", 0.8, "body of a session"
    if len(w) >= 3 and w[-1] == "人" and _people_of_a_place(w[:-1]):
        return 0, len(w) - 1, "LOC", 0.7, "people of a place"  # 库尔德人, 美国人
    if tag in ("ns", "nt", "nz") and w not in GAZETTEER_LOC and (cut := _place_before_word(w, tag != "ns")):
        # 香港回归, 欧洲各国, 香港市民, 北京市区: jieba lists the phrase; the place is its head
        return 0, cut, "LOC", 0.8, "place before a word"
    return None


def _people_of_a_place(place: str) -> bool:
    """``place`` + 人 names its people: a known place or a transliterated name (库尔德人)."""
    return place in GAZETTEER_LOC or (len(place) >= 3 and _translit(place))


def _place_before_word(word: str, parts_only: bool = False) -> int:
    """Length of the known place that ``word`` (which jieba lists as a place or a body) opens,
    where the rest is a part or the people of the place (香港 / 市民, 北京 / 市区) or, unless
    ``parts_only``, a word of no nominal kind (香港 / 回归, 欧洲 / 各国); or 0."""
    for cut in range(len(word) - 2, 1, -1):
        if word[:cut] in GAZETTEER_LOC:
            rest = word[cut:]
            if rest in _PLACE_PARTS:
                return cut
            return cut if not parts_only and _JIEBA.tags.get(rest) not in _NOMINAL else 0
    return 0


#: Parts and people of a place, which name no place of their own (香港 / 市民, 天安门 / 城楼,
#: 北京 / 市区).
_PLACE_PARTS = frozenset(
    """
    市民 居民 人民 群众 同胞 百姓 城楼 城头 城下 市区 城区 郊区 街头
    西岸 东岸 南岸 北岸 沿岸 两岸 上空 境内 全境 当局 国家 大陆 口
    """.split()
)


def _surname_before_title(word: str, nxt: str) -> int:
    """Length of the bare surname that ``word`` (and the word after it) address by a title or
    a term of address (毛主席, 何 / 大爷, 王老师), or 0."""
    if word[0] in _FUNCTION_SURNAMES:
        return 0  # 向主席汇报, 和老师们: a word of grammar before a title
    if len(word) == 1:
        return 1 if nxt in ADDRESS_TERMS else 0
    return 1 if word[1:] in ADDRESS_TERMS else 0


#: Last characters that make a name into a party, faction, style or make (托利党, 加朗派,
#: 哥德式, 仲景牌): no person's name.
_KIND_OF_NAME = frozenset("党派式型号牌")
#: Heads of bodies found in every town (…局, …站, …厂, …会): after a common word they name a kind
#: of body (公安局, 加油站, 联谊会), not one; a name says whose (北京市公安局). Ministries (…部)
#: and the national bodies (…院, …委) are named by their field alone.
_KIND_ENDS = frozenset("局厅所站厂室会")


#: Kinds of area that follow a common word to make a kind of place, not a name (中心区, 周边地区,
#: 文明城市); a county, town or village so named is a name (日照县, 新兴村).
_AREA_TAILS = frozenset("区 地区 城区 山区 城市 都市 城镇".split())


def _kind_of_place(word: str) -> bool:
    """``word`` is a common word and a kind of area (中心区, 周边地区, 文明城市): a kind of place."""
    for cut in range(len(word) - 1, 1, -1):
        head = word[:cut]
        if word[cut:] in _AREA_TAILS and head not in GAZETTEER_LOC:
            return _JIEBA.tags.get(head) not in _PROPER_TAGS and _freq(head) >= COMMON_WORD
    return False


#: Kinds of words whose last character is never a body's head: directions and localities (西部,
#: 内部) and verbs (安排, 运行).
_NO_HEAD_TAGS = frozenset({"f", "v", "vn"})


def _ends_in_no_head(word: str) -> bool:
    """``word`` ends in a common word of a kind no body's name ends with (中西部, 国内部, 统一安排,
    列车运行): the last character only looks like a head (部, 排, 行)."""
    tail = word[-2:]
    if len(word) < 3 or tail in ORG_SUFFIXES:  # (组织 is a verb too)
        return False
    return _JIEBA.tags.get(tail) in _NO_HEAD_TAGS and _freq(tail) >= COMMON_WORD


def _kind_of_body(word: str) -> bool:
    """``word`` is a common word and the head of a kind of body (公安局, 加油站, 联谊会)."""
    head = word[:-1]
    return (
        word[-1] in _KIND_ENDS
        and not word.endswith("委员会")  # (中央委员会 is one)
        and len(head) >= 2
        and _JIEBA.tags.get(head) not in _PROPER_TAGS
        and _freq(head) >= COMMON_WORD
    )


#: Endings of a body's departments and offices (书记处, 外办, 研究室, 调查组, 纪委, 董事会).
_DEPARTMENT_ENDS = ("处", "室", "科", "系", "组", "办", "部", "局", "司", "股", "厅", "委", "委会", "事会")
#: ... and of the places a body keeps, which are no part of its name (国务院 / 总部).
_BODY_PLACES = frozenset("总部 会议室 礼堂 大楼 办公楼 大院".split())


def _department(word: str, tag: str | None) -> bool:
    """A department or office right after a body's whole name (国务院 / 外办, 中央电视台 /
    研究室, 青川银行 / 董事会): part of that name. A body of its own (nt) is not."""
    return (
        len(word) >= 2
        and word.endswith(_DEPARTMENT_ENDS)
        and tag in (None, "n", "j", "vn")
        and word not in GENERIC_HEADS
        and word not in _BODY_PLACES
        and not word.endswith(_TITLE_ENDS)
    )


def _strong_start(word: str, tag: str | None) -> bool:
    """A place or a body: a word an organisation's name most often opens with."""
    return tag in ("ns", "nt", "j") or word in GAZETTEER_LOC


#: Ends of the names of events (a league, a fair, a forum), which are no places.
_EVENT_ENDS = (
    "联赛",
    "杯赛",
    "锦标赛",
    "大赛",
    "比赛",
    "运动会",
    "博览会",
    "展览会",
    "交易会",
    "论坛",
    "峰会",
    "年会",
    "广交会",
)


#: What 等 counts after places (华北、黄淮等地, 英法等国).
_PLACES_AFTER_DENG = frozenset({"地", "地区", "国", "省", "市", "县", "省市", "省区", "城市", "国家", "地方"})


def _opens_with_place(word: str) -> bool:
    """A compound that opens with a known place (上海申花队, 北京青年报): the place opens its name."""
    return len(word) >= 4 and (word[:2] in GAZETTEER_LOC or word[:3] in GAZETTEER_LOC)


def _names_a_body(word: str, tag: str | None) -> bool:
    """``word`` names a body on its own (国家统计局): a name that opens with it is whole after it."""
    return tag == "nt" and (word[-1] in ORG_NAME_END or word.endswith(ORG_NAME_ENDINGS))


def _leads_in(words: list[str], k: int) -> bool:
    """The word at ``k`` is a guess (an unknown word, or one jieba calls a name) and the next is
    a place or a body (荣获 / 国家交通部, 东道主 / 巴西队, 张明远 / 青川电力公司): the
    organisation's name starts there, not here."""
    tags = _JIEBA.tags
    return (
        k + 1 < len(words)
        and tags.get(words[k]) in (None, "nr", "nrt", "nrfg")
        and words[k] not in GAZETTEER_LOC
        and words[k + 1] not in _ZONES  # (雄安 / 新区: the unknown word names the zone)
        and _strong_start(words[k + 1], tags.get(words[k + 1]))
    )


def _org_name_start(word: str, tag: str | None) -> bool:
    """A word an organisation's own name may open with: a place, a proper noun, a short
    form, an unknown Chinese word (桂光, 田师府) or an ordinal (第四)."""
    if word in GAZETTEER_LOC:
        return True  # (合肥 / 电机厂: jieba's list calls some cities common words)
    if tag in _PROPER_TAGS:
        return len(word) >= 2
    if tag is None:
        ok = len(word) >= 2 and bool(_HAN.match(word)) and not (set(word) & NOT_NAME)
        # 日讯 / 新华社 is a dateline; 各大 / 旅行社 and 20 / 家大 / 商业银行 count bodies
        return ok and word[-1] not in "讯电" and word[0] not in _COUNTING
    return bool(_ORDINAL.match(word))


#: Kinds of words that may say what a body named after a place does (中国 / 文化 / 扶贫 / 委员会).
_LOOSE_TAGS = frozenset({"a", "v", "vn", "an", "q"})


#: jieba's count below which a word is a rare one.
RARE_WORD = 100


def _credited_name(word: str) -> bool:
    """A writer's name credited in brackets: shaped like a name, or a pen name of two or three
    characters making no word jieba knows (晨延, 勇庆; but 行书 and 图片 are words)."""
    if _person_like(word):
        return True
    return len(word) <= 3 and _freq(word) == 0 and not set(word) & NOT_NAME


def _places_in(items: list[tuple[int, int]], spans: list[Suggestion], offset: int) -> int:
    """How many of a list's ``items`` (positions in the paragraph at ``offset``) are places
    (the first item may take in words before the list, the last words after it)."""
    ends = {x.start - offset: x.end - offset for x in spans if x.label == "LOC" and x.score >= 0.6}
    starts = {e: s for s, e in ends.items()}
    return sum(1 for a, b in items if ends.get(a, b + 1) <= b or starts.get(b, a - 1) >= a)


def _listed_name(word: str, whole: bool) -> bool:
    """An item of a list of names shaped like one: a surname and one or two characters (of
    any kind where the item is ``whole``: 沈之介, 吕志和; but 刘光 / 和 in 刘光和赖斌), or three
    characters making no word jieba knows (老志新)."""
    if not whole and set(word) & NOT_NAME:
        return False
    if _person_like(word, strict=False):
        return True
    return len(word) == 3 and _freq(word) == 0 and _freq(word[:2]) < COMMON_WORD and _freq(word[1:]) < COMMON_WORD


def _is_title(word: str) -> bool:
    """A title before a name (部长, 记者), also with its field or place (新闻部长, 本报记者)."""
    return word in TITLES or word[-2:] in _TITLE_TAILS or word[-3:] in _TITLE_TAILS


#: (with what follows a name rather than comes before it left out: 同志, 先生, 女士; titles are two
#: or three characters long but for 局长助理, which ends with none before a name)
_TITLE_TAILS = frozenset(t for t in TITLES if len(t) in (2, 3) and t not in ("同志", "先生", "女士", "老师"))
#: ... and their last two characters (秘书长 ends with 书长)
_TITLE_ENDINGS = frozenset(t[-2:] for t in _TITLE_TAILS)
#: Words after a person's name (说, 表示, 同志, 一行 …); 等 ends lists of things as well.
_SAYING = PERSON_CONTEXT_AFTER - {"等"}


def _names_places(words: list[str]) -> set[int]:
    """Where ``words`` has a rare word in a name's place: after a title, before a verb of saying
    (外长 / 利维, 罗干 / 指出); it may be a name whatever jieba files it under. (The places are
    looked for in C: the fast skip asks of every common word; a title's last two characters
    tell it.)"""
    after = list(compress(count(1), map(_TITLE_ENDINGS.__contains__, map(_LAST_TWO, words))))
    places = chain(after, compress(count(-1), map(_SAYING.__contains__, words)))
    found = {k for k in places if 0 <= k < len(words) and _freq(words[k]) < RARE_WORD}
    # (and a common piece of transliteration that opens a foreign name: 秘书长 / 古 / 特雷斯)
    found.update(
        k
        for k in after
        if k < len(words) and (words[k][0] in TRANSLIT or len(words[k]) == 1) and _foreign_after_title(words, k) > k + 1
    )
    return found


#: What jieba calls a character it cut off a foreign name (布 / 林肯, 朔 / 尔茨): a name, a short form.
_CUT_OFF_TAGS = frozenset({"nr", "nrt", "nz", "j", "ns", "zg"})


def _foreign_after_title(words: list[str], k: int) -> int:
    """Where a foreign name right after a title ends, if jieba cut it into pieces of
    transliteration (秘书长 / 古 / 特雷斯, 总统 / 埃 / 尔多 / 安) that make three characters or
    more and no known word or place; or where one character cut off a name of transliteration
    jieba knows (国务卿 / 布 / 林肯, 总理 / 朔 / 尔茨); else ``k``."""
    w = words[k]
    if w in GAZETTEER_LOC:
        return k
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if len(w) == 1 and (w in TRANSLIT or _JIEBA.tags.get(w) in _CUT_OFF_TAGS) and w not in NOT_NAME:
        # (a common word before the name stays out: 记者 / 问 / 阿拉法特)
        # (a name jieba knows may hold a character seldom used for sounds: 泽 / 连斯基)
        if (
            len(nxt) >= 2
            and sum(c not in TRANSLIT for c in nxt) <= (len(nxt) >= 3)
            and _JIEBA.tags.get(nxt) in _NAME_TAGS
        ):
            return _translit_rest(words, k + 1)
    if not all(c in TRANSLIT for c in w):
        return k
    end = _translit_rest(words, k)
    name = "".join(words[k:end])
    if end > k + 1 and len(name) >= 3 and name not in GAZETTEER_LOC and _freq(name) < RARE_WORD:
        return end
    return k


#: Characters that follow a name of two as words of their own: verbs of saying, a credit, kinds
#: of places (刘楼 / 村).
_NOT_GIVEN = frozenset("说称讲道问答摄等村乡镇县市区省州路街")
#: Tags of the words a name of two is followed by (则, 既, 同, 副, 他, 一, 着 …).
_NOT_GIVEN_TAGS = frozenset(
    {"d", "c", "p", "b", "r", "m", "q", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o", "vg"}
)
#: Words a name ends before (besides punctuation): the particles and verbs that follow a name.
_NAME_ENDS_BEFORE = frozenset({"的", "等", "在", "和", "与", "及", "由"}) | _SAYING | {"报道"}


def _lower_level_name(words: list[str], k: int, kind_at: int) -> bool:
    """``words[k:kind_at]`` may name a lower level of places after the place ``words[k - 1]``:
    two to four characters of rare words, no function word in them."""
    name = words[k:kind_at]
    if not 2 <= sum(map(len, name)) <= 4 or not all(_HAN.match(x) and _freq(x) < RARE_WORD for x in name):
        return False
    prev = words[k - 1]
    return not set("".join(name)) & NOT_NAME and (prev[-1] in ADMIN_SUFFIXES or _is_place(prev))


#: The kinds of the lower levels of a chain of places, set apart by jieba (辉耀 / 乡).
_LOWER_LEVEL_WORDS = frozenset({"乡", "村", "镇", "县", "旗", "港"})
_LOWER_LEVELS = re.compile("[" + "".join(sorted(_LOWER_LEVEL_WORDS)) + "]")  # (looked for in C first)


#: What follows a brand in a company's name.
_COMPANY_WORDS = frozenset({"公司", "总公司"})
#: The titles of a company's heads, which follow its name (小鹏汽车 / 董事长).
_COMPANY_TITLES = frozenset({"董事长", "总裁", "总经理", "创始人", "首席", "首席执行官", "副总裁", "副董事长"})
_COMPANY_TITLE_IN = re.compile("|".join(sorted(_COMPANY_TITLES, key=len, reverse=True)))  # (looked for in C first)
#: Tags a brand may carry in jieba's list: a noun, a name, none (a word it does not list).
_BRAND_TAGS = frozenset({None, "n", "nz", "nr", "nrt"})


#: Tags of the words a company's registered name is made of (a name, a place, nouns, an idiom).
_COMPANY_NAME_TAGS = frozenset({None, "n", "nz", "ns", "nr", "nrt", "j", "l", "i", "vn", "nt", "an"})


def _in_company_name(word: str, tag: str | None) -> bool:
    return (
        len(word) >= 2
        # (a trade jieba lists as a verb, 控股, 投资, names one too: 腾讯 / 控股 / 有限公司)
        and (tag in _COMPANY_NAME_TAGS or word in COMPANY_TRADES)
        and _HAN.match(word) is not None
        and word[0] not in _COUNTING
        and word[0] not in "另一二三四五六七八九十"
        and not set(word) & NOT_NAME
        and word not in GENERIC_ORG
    )


def _brand(word: str, tag: str | None) -> bool:
    """``word`` may be a brand: two or three Chinese characters, a rare word, no function word
    in it (仅为, 从华玉: pieces the segmenter cut wrong)."""
    return (
        2 <= len(word) <= 3
        and tag in _BRAND_TAGS
        and _HAN.match(word) is not None
        and _freq(word) < RARE_WORD
        and not set(word) & NOT_NAME
    )


def _given_name(word: str) -> bool:
    """``word`` may be a given name of its own: Chinese, no function character, and a name or
    a word jieba does not know (娜娜, not 和)."""
    return bool(_HAN.match(word)) and not set(word) & NOT_NAME and _JIEBA.tags.get(word) in (None, "nr", "nrt")


#: Titles of an office, which follow a name as they precede it (习近平总书记, 王毅外长); not
#: the trades and roles (专家, 记者, 作家), which follow other words as well (但据 / 专家 / 考证).
_OFFICES = TITLES - frozenset(
    """
    委员 经理 教授 研究员 工程师 博士 医生 律师 记者 通讯员 编辑 作家 画家 教练 运动员 选手 民警 议员 发言人 特使
    歌唱家 艺术家 科学家 企业家 教育家 书法家 音乐家 作曲家 指挥家 评论家 翻译家 政治家 军事家 思想家 文学家 剧作家
    负责人 顾问 名将 新秀 专家 领袖 大师 董事 监事 创始人
    """.split()
)


def _one_adjective(word: str) -> bool:
    """A one-character adjective (新, 大, 老): before a body's head after a verb, it describes
    what is made or done (建设 / 新 / 工厂), it does not name a body."""
    return len(word) == 1 and _JIEBA.tags.get(word) == "a"


def _named_after_title(word: str, nxt: str) -> bool:
    """Whether ``word``, which jieba files as a place, right after a person's title, is rather
    a name: no known place, no place's suffix on it or after it, no number in it (记者 / 五大洲
    / 采访), and rare, transliterated or followed by what people do (总统 / 普京 / 会见)."""
    if nxt in _SAYING and word not in GAZETTEER_LOC and _HAN.match(word):
        return True  # 院士 / 钟南山 / 表示: a title before it and a verb of saying after it
    if word in GAZETTEER_LOC or word.endswith(LOC_SUFFIXES) or nxt in LOC_SUFFIXES or not _HAN.match(word):
        return False
    if word[0] in "一二三四五六七八九十百千两":
        return False
    return _freq(word) < COMMON_WORD or all(c in TRANSLIT for c in word) or nxt in _SAYING


def _rare_name(word: str, tag: str | None, titled: bool) -> bool:
    """``word`` is a rare word (or none jieba lists) spelled like a name: a surname and one or
    two characters, or a transliteration."""
    if tag == "nt" or not 2 <= len(word) <= 5 or word in GAZETTEER_LOC or _freq(word) >= RARE_WORD:
        return False
    if not _HAN.match(word):
        return False
    if set(word) & NOT_NAME and not (
        # after a title, a word jieba does not know whose given name opens with a function
        # character (校长 / 薛其坤, as 钱其琛 or 王羲之): such characters end no name
        titled
        and tag is None
        and len(word) == 3
        and not {word[0], word[2]} & NOT_NAME
        and _JIEBA.names.odds(word) >= NAME_ODDS_STRONG
    ):
        return False
    if _person_like(word):
        # (before a verb of saying, a word of jieba's list must be spelled like a name: 贺电 /
        # 表示, 花圈 / 表示 are words; after a title, 记者 / 朱幼棣 need not)
        return titled or tag is None or _JIEBA.names.odds(word) >= 0
    if titled and tag is None and sum(c in TRANSLIT for c in word) * 2 >= len(word):
        return True  # 大使 / 宰赫迪, 总理 / 差瓦立: a word jieba does not know, half of it transliteration
    if titled and tag is None and len(word) == 3 and _JIEBA.names.odds(word) >= NAME_ODDS_STRONG:
        return True  # 部长 / 怀进鹏: a rarer surname, but the name's characters are a name's
    return all(c in TRANSLIT for c in word)


def _sight(word: str) -> bool:
    """``word``, ending like a mountain, lake, temple or bridge, names one: it is rare and no
    common word and the kind (清真寺, 铁路桥 are kinds); of two characters, it must be spelled
    like a place (钟山, 洪湖; but 雪山, 小河 are words)."""
    if len(word) == 2:
        return _JIEBA.names.place_odds(word) >= PLACE_ODDS_WORD
    return max(_freq(word), _freq(word[:-1])) < COMMON_WORD


def _is_place(word: str) -> bool:
    """A known place or a word jieba lists as one."""
    return word in GAZETTEER_LOC or _JIEBA.tags.get(word) == "ns"


def _what_it_does(word: str, tag: str | None, first: bool) -> bool:
    """``word`` may be part of the name of a body named after a place for what it does (扶贫,
    健康, 和平 / 与 / 发展). ``first``: straight after the place, where a verb says what the
    place does (香港 / 成立 / 咨询委员会); an adjective may stand there (中国 / 大 / 马戏团)."""
    if first:
        return tag == "a"
    return word == "与" or tag in _LOOSE_TAGS


def _org_inner(word: str, tag: str | None) -> bool:
    if word[0] in "各两几诸" and tag not in _PROPER_TAGS:
        return False  # 贵州省 / 各级党委, 美国 / 两大 / 证券交易所: bodies counted, none named
    if tag is None:
        return bool(_HAN.match(word)) and not (set(word) & NOT_NAME)
    if word == "厂":
        return True  # a factory set apart, whatever jieba files it under (钢琴 / 厂 as a morpheme)
    # (an ordinal numbers one of many: 青川市第十一中学)
    return tag in _ORG_INNER or tag in ("nr", "nrfg") or (tag == "m" and bool(_ORDINAL.match(word)))


#: Kinds of words that may head an organisation's name when they end like one.
_HEAD_TAGS = frozenset({None, "n", "nt", "l", "j", "vn", "nz", "nr"})


def _org_head(word: str, tag: str | None, prev: str, prev_tag: str | None) -> bool:
    if word in GENERIC_HEADS or word.endswith(_TITLE_ENDS):
        return False
    if word in ORG_HEAD_WORDS or (tag == "nt" and len(word) >= 2) or word in JAPANESE_MINISTRIES:
        return True
    if word in GENERIC_ORG or word in SHORT_ORG_HEADS:
        return True  # after a name: 河南省妇联, 北京市青联, 王家河村党支部
    if len(word) == 2 and (word in ORG_SUFFIXES or (tag == "j" and word[-1] in "协联委")):
        return True  # 旧金山 / 法院, 中国 / 书协: a body's head set apart from its name
    # (jieba files many such compounds under a wrong kind: 雅戈尔集团 as nz, 中欣队 as a name)
    if len(word) >= 3 and word.endswith(ORG_LONG_SUFFIXES) and tag in _HEAD_TAGS:
        return True
    if len(word) >= 3 and word[-1] in ORG_HEAD_END and tag in _HEAD_TAGS:
        return True
    # a suffix set apart by jieba (边防 / 局, 液化气 / 站) after a noun
    return len(word) == 1 and word in ORG_HEAD_END and prev_tag in ("n", "nt", "nz", "vn", "ns", "j") and len(prev) >= 2


def _as_venue(words: list[str], k: int, found: tuple[int, str, float, str]) -> tuple[int, str, float, str]:
    end, label, score, _ = found
    if label == "ORG" and "".join(words[k:end]).endswith(VENUE_ENDS):
        return end, "LOC", score, "name of a building or zone"
    return found


def _join_dotted_names(para: str, offset: int, spans: list[Suggestion]) -> list[Suggestion]:
    """A foreign name is written whole with its separator dots (奥马尔·哈桑·巴希尔, 罗莎·卢森堡):
    names either side of a dot are one name, and a name takes in a transliterated part that
    its dot joins to it."""
    spans = sorted(spans, key=lambda x: x.start)
    if not any(dot in para for dot in TRANSLIT_SEPARATORS):
        return spans  # (no dot, nothing to join: most paragraphs)
    out: list[Suggestion] = []
    for x in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and "PER" in (x.label, prev.label)
            and {x.label, prev.label} <= {"PER", "LOC"}  # 罗莎·卢森堡: a name, not a place
            and x.start == prev.end + 1
            and para[prev.end - offset] in TRANSLIT_SEPARATORS
        ):
            out[-1] = _dotted(para, offset, prev.start, x.end)
        else:
            out.append(x)
    taken = [(x.start, x.end) for x in out]
    absorbed: set[tuple[int, int]] = set()
    for n, x in enumerate(out):
        if x.label != "PER" or (x.start, x.end) in absorbed:
            continue
        start, end = x.start - offset, x.end - offset
        while end + 2 < len(para) and para[end] in TRANSLIT_SEPARATORS and para[end + 1] in TRANSLIT:
            stop = end + 1
            while stop < len(para) and para[stop] in TRANSLIT:
                stop += 1
            over = [(a, b) for a, b in taken if a < offset + stop and offset + end < b]
            # (a name found in the part taken in is part of the whole: 萨姆 / · / 姆帕苏 with 帕苏)
            names = {(y.start, y.end) for y in out if y.label == "PER"} if over else set()
            if stop - end - 1 < 2 or not all(
                s in names and offset + end < s[0] and s[1] <= offset + stop for s in over
            ):
                break
            absorbed.update(over)
            end = stop
        while start > 2 and para[start - 1] in TRANSLIT_SEPARATORS and para[start - 2] in TRANSLIT:
            first = start - 1
            while first > 0 and para[first - 1] in TRANSLIT:
                first -= 1
            if start - 1 - first < 1 or any(a < offset + start - 1 and offset + first < b for a, b in taken):
                break
            start = first
        if any(c in TRANSLIT_SEPARATORS for c in para[start:end]):
            others = [(a - offset, b - offset) for a, b in taken if (a, b) != (x.start, x.end)]
            start, end = _transliteration_ends(para, start, end, others)
        if (start, end) != (x.start - offset, x.end - offset):
            out[n] = _dotted(para, offset, offset + start, offset + end)
    if absorbed:  # (each lies inside the name that took it in, which has other bounds)
        out = [x for x in out if (x.start, x.end) not in absorbed]
    return out


def _translit_rest(words: list[str], k: int, most: int = 8) -> int:
    """Where a transliterated name at ``k`` ends: jieba cuts a foreign name it does not list
    into pieces (吉本 / 斯, 曲比 / 阿乌), and the rare pieces of transliteration after the first
    are the rest of it (``most`` characters in all)."""
    if sum(c in TRANSLIT for c in words[k]) * 2 < len(words[k]):
        return k + 1  # (half of the first piece at least: 昂里 / 埃特)
    end, length = k + 1, len(words[k])
    while end < len(words):
        w = words[end]
        if length + len(w) > most or not all(c in TRANSLIT for c in w):
            break
        if len(w) > 1 and _freq(w) >= RARE_WORD:
            break  # a word of its own
        if w in NOT_NAME:
            break  # (萨哈夫 / 于: a preposition)
        if len(w) == 1 and end + 1 < len(words) and _freq(w + words[end + 1][:1]) >= COMMON_WORD:
            break  # (克林斯曼 / 利 / 用: the first character of a word that follows)
        length += len(w)
        end += 1
    return end


def _japanese_match(words: list[str], k: int, tag: str | None, title: bool) -> tuple[int, str, float, str] | None:
    """A Japanese name at ``k`` (``title``: a title stands before it): a family name with its
    given name (桥本龙太郎, 小林觉: jieba's list may call them names or words), a bare family name
    before a title, a term of address or a verb of saying (桥本 / 首相), or one whose given name
    jieba cut off, in a name's place (外相 / 高桥 / 一郎)."""
    w = words[k]
    family = _japanese_name(w)
    if not family:
        return None
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if len(w) == family and (title or (k + 2 < len(words) and words[k + 2] in _SAYING)):
        given = nxt if 1 <= len(nxt) <= 3 and _HAN.match(nxt) and _freq(nxt) < RARE_WORD else ""
        if given and not set(given) & NOT_NAME and not _is_title(given):
            return k + 2, "PER", 0.8, "Japanese name"
    if len(w) > family or _is_title(nxt) or nxt in ADDRESS_TERMS or nxt in _SAYING:
        if len(w) == family or title or nxt in _SAYING or tag in ("nr", "nrfg", "nrt"):
            return k + 1, "PER", 0.8, "Japanese name"
        return k + 1, "PER", 0.6, "Japanese name, without context"
    return None


def _japanese_name(word: str) -> int:
    """Length of the Japanese family name ``word`` opens, where the rest may be a given name
    of one to three characters (or nothing), and the whole is no common word; else 0."""
    for n in (2, 3):
        if word[:n] in JAPANESE_SURNAMES and len(word) <= n + 3 and _freq(word) < COMMON_WORD:
            if len(word) > n and word[-1] in _PLACE_END:
                return 0  # 清水河, 小林村: a place named after the family
            return n if _HAN.match(word) else 0
    return 0


def _lists_in(para: str) -> Iterable[re.Match[str]]:
    """``_LIST.finditer(para)``: a list has two commas at least, and lies within an item's
    reach of the first and last comma, so the text around them is not searched."""
    if para.count("、") < 2:
        return ()
    first, last = para.index("、"), para.rindex("、")
    return _LIST.finditer(para, max(0, first - _ITEM_REACH), last + 1 + _ITEM_REACH)


def _transliteration_ends(para: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[int, int]:
    """A dotted name's outer parts run to the ends of their transliterations (吉内特·哈姆 / 利):
    three characters at most either side, none in ``others`` (other suggestions' bounds in
    ``para``), and never into a word that follows or precedes (克林斯曼 / 利用)."""
    stop = end
    while (
        stop < len(para)
        and stop - end < 3
        and para[stop] in TRANSLIT
        and para[stop] not in "于因"  # (…斯曼于1月…: the preposition)
        and _freq(para[stop : stop + 2]) < COMMON_WORD
    ):
        stop += 1
    if stop > end and not any(a < stop and end < b for a, b in others):
        end = stop
    first = start
    while (
        first > 0
        and start - first < 3
        and para[first - 1] in TRANSLIT
        and (first < 2 or _freq(para[first - 2 : first]) < COMMON_WORD)
    ):
        first -= 1
    if first < start and not any(a < start and first < b for a, b in others):
        start = first
    return start, end


def _dotted(para: str, offset: int, start: int, end: int) -> Suggestion:
    return Suggestion(start, end, "PER", para[start - offset : end - offset], 0.8, "foreign name with its dots")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"“[^”\n]{1,12}”|‘[^’\n]{1,12}’|「[^」\n]{1,12}」", text):
        out.append((m.start(), m.end()))
    return out
