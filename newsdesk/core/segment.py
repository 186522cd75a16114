"""jieba's precise segmentation (with its HMM for unknown words), computed faster.

``Segmenter.cut(text)`` yields exactly the words ``jieba.Tokenizer().cut(text, HMM=True)``
yields: the same word list and counts, the same best route by word log-frequency (ties to the
longer word), the same runs of single characters handed to jieba's HMM (``jieba.finalseg``).
Entity suggestion spent half its time here, in two ways of computing the same words:

- jieba-rs (``rjieba``, jieba's dictionary and algorithm in Rust) cuts every run of Chinese
  characters, letters and digits, ten times faster. It is given nothing else: on other
  characters (CJK extension A, punctuation inside a run such as ``3.5%``) it cuts otherwise than
  jieba. Words added to the table are added to it too, and its total count kept as jieba keeps
  it (jieba-rs takes a replaced word's old count back off, jieba does not).
- in Python (the rest, and everything where jieba-rs is not installed or does not hold jieba's
  words): the route is built in one backward pass over a table that holds each word's log-count
  (and ``None`` for a prefix that is no word), where jieba rebuilds a graph and takes a
  logarithm for every edge.

The table, with jieba's part-of-speech tags, is built once from jieba's own dictionary and
cached (``load_tables``); a cached table loads in a fraction of the time jieba needs. The word
counts also serve the entity rules (``freq``).
"""

from __future__ import annotations

import importlib
import logging
import re
import sys
import threading
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

TABLES_VERSION = 7
_ABSENT: float | None = float("nan")  # identity-checked: no stored value is this object

#: The runs jieba-rs cuts as jieba does (Chinese characters jieba reads as such, letters, digits).
_PLAIN = re.compile("[\u4e00-\u9fd5a-zA-Z0-9]+")
_PLAIN_RUN = _PLAIN.fullmatch
#: Text jieba-rs cuts whole as jieba does: such runs, and between them spaces and the punctuation
#: of Chinese text (CJK symbols but 〇 and the Hangzhou numerals, general punctuation, full-width
#: forms, ·), none of which either reads as part of a run.
_PLAIN_TEXT = re.compile(
    "[\u4e00-\u9fd5a-zA-Z0-9 \u3000-\u3006\u3008-\u3020\u2010-\u2027\u2030-\u203a\uff01-\uff5e\u00b7]*"
).fullmatch
#: A word no run of text holds (it has no Chinese character, letter or digit): its count makes
#: up the part of jieba-rs's total that jieba-rs takes back off when a listed word is added again.
_TOTAL_KEEPER = "\x00"


class Segmenter:
    """jieba's precise mode over a word table; ``add_word`` works as jieba's does.

    ``fast`` is a jieba-rs segmenter over the same dictionary (``rust_jieba``), or None. A
    segmenter is used from one thread at a time, as jieba's ``add_word`` is."""

    def __init__(self, logf: dict[str, float | None], total: int, fast: Any = None) -> None:
        self._logf = logf
        self.total = total
        self._logtotal = log(total)
        self._fast = fast
        self._kept = 0  # the count of ``_TOTAL_KEEPER`` in ``fast``

    @property
    def fast(self) -> bool:
        """Whether jieba-rs cuts the runs of Chinese text."""
        return self._fast is not None

    @classmethod
    def from_tokenizer(cls, tokenizer: object, fast: bool = False) -> Segmenter:
        """Over ``tokenizer``'s words (``fast``: cut by jieba-rs too, which holds only jieba's
        own dictionary: for a tokenizer over it, with no word added)."""
        freq: dict[str, int] = tokenizer.FREQ  # type: ignore[attr-defined]
        logf = {w: (log(f) if f else None) for w, f in freq.items()}
        return cls(logf, tokenizer.total, rust_jieba() if fast else None)  # type: ignore[attr-defined]

    def freq(self, word: str) -> int:
        """jieba's count of ``word`` (0 for a prefix or an unknown word)."""
        lf = self._logf.get(word)
        return round(exp(lf)) if lf is not None else 0

    def add_word(self, word: str, freq: int) -> None:
        """As ``jieba.Tokenizer.add_word(word, freq)`` (``freq`` > 0)."""
        old = self.freq(word)
        for k in range(1, len(word)):
            self._logf.setdefault(word[:k], None)
        self._logf[word] = log(freq)
        self.total += freq  # as jieba does, whether or not the word was listed before
        self._logtotal = log(self.total)
        if self._fast is not None:
            self._fast.add_word(word, freq, None)
            if old:  # jieba-rs took the old count off its total: it comes back on
                self._kept += old
                self._fast.add_word(_TOTAL_KEEPER, self._kept, None)

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
        fast = self._fast
        if fast is not None and _PLAIN_TEXT(sentence):
            return self._hmm_runs(fast.cut(sentence, False)) if hmm else fast.cut(sentence, False)
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
            if fast is not None and _PLAIN_RUN(blk):
                out += self._hmm_runs(fast.cut(blk, False)) if hmm else fast.cut(blk, False)
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

    def _hmm_runs(self, words: list[str]) -> list[str]:
        """jieba's words with its HMM from its words without (jieba-rs's HMM differs from
        jieba's where two readings score within a millionth: 常在太). The runs of characters the
        route left single are those words of one Chinese character, letter or digit, and the
        words of letters and digits only that are no listed word (jieba's cut without its HMM
        joins a run of single letters and digits into one word; no listed word is letters and
        digits only, and a word the editor adds so always outscores its letters)."""
        out: list[str] = []
        append = out.append
        get = self._logf.get
        buf = ""
        for w in words:
            if len(w) == 1:
                if "\u4e00" <= w <= "\u9fd5" or (w.isascii() and w.isalnum()):
                    buf += w
                    continue
            elif w.isascii() and w.isalnum() and get(w) is None:
                buf += w
                continue
            if buf:
                self._flush(buf, out, True)
                buf = ""
            append(w)
        if buf:
            self._flush(buf, out, True)
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


def _file_stamp(path: Path) -> list[object]:
    """A file as a cache's stamp names it: its path, size and time (its path alone if unread)."""
    try:
        st = path.stat()
        return [str(path), st.st_size, int(st.st_mtime)]
    except OSError:
        return [str(path)]


def dictionary_stamp() -> list[object]:
    """What tables derived from jieba were built from: jieba's version and its dictionary."""
    return [jieba.__version__, *_file_stamp(Path(str(jieba.__file__)).with_name("dict.txt"))]


_RUST_LOCK = threading.Lock()
_rust_claimed = False


def rust_jieba() -> Any:
    """A jieba-rs segmenter over its copy of jieba's dictionary, or None where ``rjieba`` is not
    installed. The first is the one ``rjieba`` builds as it is imported (building another takes
    a tenth of a second); later ones are built anew, so that words added to one are in no other.
    Nothing else in newsdesk uses ``rjieba``'s own module-level functions."""
    global _rust_claimed
    try:
        rjieba = importlib.import_module("rjieba")
    except ImportError:
        return None
    with _RUST_LOCK:
        if not _rust_claimed:
            _rust_claimed = True
            return rjieba.cut.__self__
    return rjieba.Jieba()


def _rust_stamp(fast: Any) -> list[object] | None:
    """Which jieba-rs the tables were checked against: its library file (None: none is in use)."""
    module = sys.modules.get("rjieba.rjieba") if fast is not None else None
    path = getattr(module, "__file__", None)
    if path is None:
        return None if fast is None else ["rjieba"]
    return _file_stamp(Path(path))


def _cuts_alike(fast: Any, seg: Segmenter) -> bool:
    """Whether jieba-rs holds ``seg``'s words and cuts as it does. Run once, when the tables are
    built: every listed word must be one of jieba-rs's, and a text made of every 40th word run
    together (about 25,000 characters, whose cut turns on the words' counts) cut alike without
    the HMM (jieba-rs's own HMM is not used)."""
    words = [w for w, lf in seg._logf.items() if lf is not None]
    if not all(map(fast.has_word, words)):
        return False
    runs = _PLAIN.findall("".join(words[::40]))
    return all(fast.cut(run, False) == seg.words(run, hmm=False) for run in runs)


def load_tables(cache_dir: Path | None) -> tuple[Segmenter, dict[str, str]]:
    """The segmenter and jieba's tag table (word → part of speech), from the cache when it
    matches jieba's dictionary, else built from jieba (and cached when a folder is given). The
    segmenter cuts with jieba-rs where it is installed and cut alike when the tables were built."""
    fast = rust_jieba()
    stamp = [*dictionary_stamp(), _rust_stamp(fast)]
    cached = cache_dir / f"jieba-tables-{TABLES_VERSION}.marshal" if cache_dir is not None else None
    data = read_cache(cached, stamp)
    if isinstance(data, list) and len(data) == 6:
        # the words come as one string: splitting it makes the 500,000 strings faster than
        # reading them one by one, and both tables are keyed by the same string objects
        joined, counts, total, tagged, tag_values, alike = data
        try:
            words = joined.split("\n")
            logf = dict(zip(words, counts, strict=True))
            tagged_words = dict(zip(compress(words, tagged), tag_values, strict=True))
            return Segmenter(logf, total, fast if alike is True else None), tagged_words
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
    alike = fast is not None and _cuts_alike(fast, seg)
    # one object for each distinct count and tag: the cache then stores each once (marshal
    # refers back to it), which makes loading it a fifth faster
    same: dict[Any, Any] = {}
    counts = [same.setdefault(v, v) for v in seg._logf.values()]
    tagged = bytes(w in tags for w in seg._logf)
    tag_values = [same.setdefault(t, t) for t in tags.values()]
    write_cache(cached, stamp, ["\n".join(seg._logf), counts, seg.total, tagged, tag_values, alike])
    if alike:
        seg._fast = fast
    return seg, tags
