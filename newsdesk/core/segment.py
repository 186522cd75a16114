"""jieba's precise segmentation (with its HMM for unknown words), computed faster.

``cut(tokenizer, text)`` yields exactly the words ``tokenizer.cut(text, HMM=True)`` yields:
the same prefix dictionary, the same best route by word log-frequency (ties to the longer
word), the same runs of single characters handed to jieba's HMM (``jieba.finalseg``). What
changes is the bookkeeping: the word graph and the route are built in one backward pass with
the log-probabilities of words looked up once and kept, where jieba rebuilds a dict and takes
a logarithm for every edge. Entity suggestion spends half its time here.
"""

from __future__ import annotations

from collections.abc import Iterator
from math import log
from typing import Any

from jieba import finalseg, re_han_default, re_skip_default


class Segmenter:
    """Fast ``cut`` over one jieba tokenizer; add words through ``add_word`` to keep both in step."""

    def __init__(self, tokenizer: Any) -> None:
        self.tok = tokenizer
        # every word and word prefix of the dictionary: log-frequency, or None for a prefix
        self._logf: dict[str, float | None] = {w: (log(f) if f else None) for w, f in tokenizer.FREQ.items()}
        self._logtotal = log(tokenizer.total)

    def add_word(self, word: str, freq: int) -> None:
        """Add a word to jieba's dictionary (as ``Tokenizer.add_word``) and to the table here."""
        self.tok.add_word(word, freq=freq)
        for k in range(1, len(word)):
            self._logf.setdefault(word[:k], None)
        f = self.tok.FREQ.get(word)
        self._logf[word] = log(f) if f else None
        self._logtotal = log(self.tok.total)

    def cut(self, sentence: str) -> Iterator[str]:
        for blk in re_han_default.split(sentence):
            if not blk:
                continue
            if re_han_default.match(blk):
                yield from self._cut_dag(blk)
            else:
                for x in re_skip_default.split(blk):
                    if re_skip_default.match(x):
                        yield x
                    else:
                        yield from x

    def _route(self, sentence: str) -> list[int]:
        """End index (inclusive) of the best word starting at each position."""
        logf = self._logf
        logtotal = self._logtotal
        n = len(sentence)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for idx in range(n - 1, -1, -1):
            best_s = -1e300
            best_x = -1
            i = idx
            frag = sentence[idx]
            while frag in logf:
                lf = logf[frag]
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

    def _cut_dag(self, sentence: str) -> Iterator[str]:
        freq = self.tok.FREQ
        end = self._route(sentence)
        x = 0
        buf = ""
        n = len(sentence)
        while x < n:
            y = end[x] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    yield from self._unknown(buf, freq)
                    buf = ""
                yield word
            x = y
        if buf:
            yield from self._unknown(buf, freq)

    @staticmethod
    def _unknown(buf: str, freq: dict[str, int]) -> Iterator[str]:
        if len(buf) == 1:
            yield buf
        elif not freq.get(buf):
            yield from finalseg.cut(buf)
        else:
            yield from buf
