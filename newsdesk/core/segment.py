"""jieba's precise segmentation (with its HMM for unknown words), computed faster.

``Segmenter.cut(text)`` yields exactly the words ``jieba.Tokenizer().cut(text, HMM=True)``
yields: the same word list and counts, the same best route by word log-frequency (ties to the
longer word), the same runs of single characters handed to jieba's HMM (``jieba.finalseg``).
What changes is the bookkeeping: the route is built in one backward pass over a table that
holds each word's log-count (and ``None`` for a prefix that is no word), where jieba rebuilds
a graph and takes a logarithm for every edge. Entity suggestion spends half its time here.

The table, with jieba's part-of-speech tags, is built once from jieba's own dictionary and
cached (``load_tables``); a cached table loads in a fraction of the time jieba needs.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from math import exp, log
from pathlib import Path
from types import ModuleType
from typing import Any

from .cache import read_cache, write_cache


def _import_jieba() -> ModuleType:
    """``import jieba`` without ``pkg_resources``: jieba only uses it to open its own files,
    falls back to plain ``open`` without it, and importing it costs a third of the command's
    start-up (and warns in recent setuptools). Whoever imported it before keeps it."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return importlib.import_module("jieba")
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        return importlib.import_module("jieba")
    finally:
        del sys.modules["pkg_resources"]


jieba = _import_jieba()
finalseg = importlib.import_module("jieba.finalseg")
re_eng, re_han_default, re_skip_default = jieba.re_eng, jieba.re_han_default, jieba.re_skip_default

TABLES_VERSION = 5
_ABSENT: float | None = float("nan")  # identity-checked: no stored value is this object


class Segmenter:
    """jieba's precise mode over a word table; ``add_word`` works as jieba's does."""

    def __init__(self, logf: dict[str, float | None], total: int) -> None:
        self._logf = logf
        self.total = total
        self._logtotal = log(total)

    @classmethod
    def from_tokenizer(cls, tokenizer: object) -> Segmenter:
        freq: dict[str, int] = tokenizer.FREQ  # type: ignore[attr-defined]
        return cls({w: (log(f) if f else None) for w, f in freq.items()}, tokenizer.total)  # type: ignore[attr-defined]

    def freq(self, word: str) -> int:
        """jieba's count of ``word`` (0 for a prefix or an unknown word)."""
        lf = self._logf.get(word)
        return round(exp(lf)) if lf is not None else 0

    def add_word(self, word: str, freq: int) -> None:
        """As ``jieba.Tokenizer.add_word(word, freq)`` (``freq`` > 0)."""
        for k in range(1, len(word)):
            self._logf.setdefault(word[:k], None)
        self._logf[word] = log(freq)
        self.total += freq  # as jieba does, whether or not the word was listed before
        self._logtotal = log(self.total)

    def suggest_freq(self, word: str) -> int:
        """As ``jieba.Tokenizer.suggest_freq(word)``: a count that keeps ``word`` whole."""
        p = 1.0
        for seg in self.cut(word, hmm=False):
            p *= (self.freq(seg) or 1) / float(self.total)
        return max(int(p * self.total) + 1, self.freq(word) or 1)

    def cut(self, sentence: str, hmm: bool = True) -> Iterator[str]:
        return iter(self.words(sentence, hmm))

    def words(self, sentence: str, hmm: bool = True) -> list[str]:
        """``cut(sentence)`` as a list, built without generators (the entity rules' path)."""
        out: list[str] = []
        append = out.append
        # (split keeps what its pattern matched: the runs of Chinese, letters and digits are
        # the odd items, what lies between them the even ones)
        for i, blk in enumerate(re_han_default.split(sentence)):
            if not blk:
                continue
            if not i & 1:
                for x in re_skip_default.split(blk):
                    if re_skip_default.match(x):
                        append(x)
                    else:
                        out.extend(x)
                continue
            end = self._route(blk)
            x = 0
            buf = ""
            n = len(blk)
            while x < n:
                y = end[x] + 1
                # runs of single characters go to the HMM; without it, only runs of Latin
                # letters and digits are kept together
                if y - x == 1 and (hmm or re_eng.match(blk[x])):
                    buf += blk[x]
                else:
                    if buf:
                        self._flush(buf, out, hmm)
                        buf = ""
                    append(blk[x:y])
                x = y
            if buf:
                self._flush(buf, out, hmm)
        return out

    def _route(self, sentence: str) -> list[int]:
        """End index (inclusive) of the best word starting at each position."""
        get = self._logf.get
        logtotal = self._logtotal
        n = len(sentence)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for idx in range(n - 1, -1, -1):
            best_s = -1e300
            best_x = -1
            i = idx
            frag = sentence[idx]
            while (lf := get(frag, _ABSENT)) is not _ABSENT:  # a word or a word's prefix
                if lf is not None:
                    s = (lf - logtotal) + score[i + 1]
                    if s >= best_s:  # jieba takes max((score, x)): ties go to the later end
                        best_s, best_x = s, i
                i += 1
                if i >= n:
                    break
                frag = sentence[idx : i + 1]
            if best_x < 0:
                # no word starts here: the character alone, scored as jieba scores it (count 1)
                best_s = (0.0 - logtotal) + score[idx + 1]
                best_x = idx
            score[idx] = best_s
            end[idx] = best_x
        return end

    def _flush(self, buf: str, out: list[str], hmm: bool) -> None:
        """A run of single characters: the HMM's words where the run is no listed word."""
        if not hmm or len(buf) == 1:
            out.append(buf)
        elif self._logf.get(buf) is None:
            out.extend(_hmm_cut_kept(buf))
        else:
            out.extend(buf)


# jieba's HMM for unknown words (``jieba.finalseg``): four states, each reached from two
_START = finalseg.start_P
_TRANS = finalseg.trans_P
_EMIT = finalseg.emit_P
_MIN = finalseg.MIN_FLOAT
_HAN = finalseg.re_han
_SKIP = finalseg.re_skip


def _hmm_cut(sentence: str) -> list[str]:
    """``jieba.finalseg.cut``: the same words, with the Viterbi pass written out."""
    out: list[str] = []
    for i, blk in enumerate(_HAN.split(sentence)):
        if i & 1:  # a run of Chinese (what the pattern matched)
            for word in _hmm_words(blk):
                if word not in finalseg.Force_Split_Words:
                    out.append(word)
                else:
                    out.extend(word)
        else:
            out.extend(x for x in _SKIP.split(blk) if x)
    return out


@lru_cache(maxsize=8192)
def _hmm_cut_kept(sentence: str) -> tuple[str, ...]:
    """``_hmm_cut``, remembered: the HMM's model never changes, and the same unknown words (a
    name, a place) come back within an article and across a batch (a third of them on news)."""
    return tuple(_hmm_cut(sentence))


#: Where each state's predecessor sits in a step of the Viterbi back-pointers.
_STEP = {"B": 0, "M": 1, "E": 2, "S": 3}


def _hmm_words(obs: str) -> list[str]:
    eb, em, ee, es = _EMIT["B"], _EMIT["M"], _EMIT["E"], _EMIT["S"]
    tb, tm, te, ts = _TRANS["B"], _TRANS["M"], _TRANS["E"], _TRANS["S"]
    t_eb, t_sb = te.get("B", _MIN), ts.get("B", _MIN)
    t_mm, t_bm = tm.get("M", _MIN), tb.get("M", _MIN)
    t_ss, t_es = ts.get("S", _MIN), te.get("S", _MIN)
    t_be, t_me = tb.get("E", _MIN), tm.get("E", _MIN)
    c = obs[0]
    vb = _START["B"] + eb.get(c, _MIN)
    vm = _START["M"] + em.get(c, _MIN)
    ve = _START["E"] + ee.get(c, _MIN)
    vs = _START["S"] + es.get(c, _MIN)
    back: list[tuple[str, str, str, str]] = []
    for c in obs[1:]:
        # max over (probability, previous state) as jieba takes it, the emission added in the
        # same order (so rounding ties fall alike): ties go to the later letter
        x = eb.get(c, _MIN)
        a, b = ve + t_eb + x, vs + t_sb + x  # B from E or S
        nb, pb = (b, "S") if b >= a else (a, "E")
        x = em.get(c, _MIN)
        a, b = vm + t_mm + x, vb + t_bm + x  # M from M or B
        nm, pm = (a, "M") if a >= b else (b, "B")
        x = es.get(c, _MIN)
        a, b = vs + t_ss + x, ve + t_es + x  # S from S or E
        ns, ps = (a, "S") if a >= b else (b, "E")
        x = ee.get(c, _MIN)
        a, b = vb + t_be + x, vm + t_me + x  # E from B or M
        ne, pe = (b, "M") if b >= a else (a, "B")
        back.append((pb, pm, pe, ps))
        vb, vm, ve, vs = nb, nm, ne, ns
    state = "S" if vs >= ve else "E"
    states = [state]
    for step in reversed(back):
        state = step[_STEP[state]]
        states.append(state)
    states.reverse()
    words: list[str] = []
    begin = nexti = 0
    for i, pos in enumerate(states):
        if pos == "B":
            begin = i
        elif pos == "E":
            words.append(obs[begin : i + 1])
            nexti = i + 1
        elif pos == "S":
            words.append(obs[i])
            nexti = i + 1
    if nexti < len(obs):
        words.append(obs[nexti:])
    return words


def dictionary_stamp() -> list[object]:
    """What tables derived from jieba were built from: jieba's version and its dictionary."""
    path = Path(str(jieba.__file__)).with_name("dict.txt")
    try:
        st = path.stat()
        return [jieba.__version__, str(path), st.st_size, int(st.st_mtime)]
    except OSError:
        return [jieba.__version__, str(path)]


def load_tables(cache_dir: Path | None) -> tuple[Segmenter, dict[str, str]]:
    """The segmenter and jieba's tag table (word → part of speech), from the cache when it
    matches jieba's dictionary, else built from jieba (and cached when a folder is given)."""
    stamp = dictionary_stamp()
    cached = cache_dir / f"jieba-tables-{TABLES_VERSION}.marshal" if cache_dir is not None else None
    data = read_cache(cached, stamp)
    if isinstance(data, list) and len(data) == 5:
        # the words come as one string: splitting it makes the 500,000 strings faster than
        # reading them one by one, and both tables are keyed by the same string objects
        joined, counts, total, tagged, tag_values = data
        try:
            words = joined.split("\n")
            logf = dict(zip(words, counts, strict=True))
            return Segmenter(logf, total), dict(zip(compress(words, tagged), tag_values, strict=True))
        except (AttributeError, TypeError, ValueError):
            pass  # a damaged cache is rebuilt
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    if cache_dir is not None:
        tok.tmp_dir = str(cache_dir)
    tok.initialize()
    tags: dict[str, str] = {}
    with tok.get_dict_file() as raw:
        for line in raw:
            parts = line.decode("utf-8").split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    seg = Segmenter.from_tokenizer(tok)
    tags = {w: tags[w] for w in seg._logf if w in tags}
    # one object for each distinct count and tag: the cache then stores each once (marshal
    # refers back to it), which makes loading it a fifth faster
    same: dict[Any, Any] = {}
    counts = [same.setdefault(v, v) for v in seg._logf.values()]
    tagged = bytes(w in tags for w in seg._logf)
    tag_values = [same.setdefault(t, t) for t in tags.values()]
    write_cache(cached, stamp, ["\n".join(seg._logf), counts, seg.total, tagged, tag_values])
    return seg, tags
