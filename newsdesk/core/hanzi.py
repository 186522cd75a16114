"""Text in traditional characters read in simplified ones, one character for one.

The entity rules, jieba's word list and the gazetteers are written in simplified characters;
a page from Hong Kong or Taiwan (Big5) is in traditional ones, where they find little
(柯文哲 in 台北市長柯文哲, 國務院 …). ``as_simplified`` converts such a text with OpenCC
(``t2s``, the project's own conversion tables, shipped in its wheel) and keeps every offset:
a conversion that would change the text's length is not used.

Simplified text passes unchanged: only a text where a share of the characters are traditional
ones is converted (a simplified page holds a few at most: 乾隆, 後 in a name).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .cache import read_cache, write_cache

#: Share of a text's distinct characters that must be traditional ones for it to be converted.
MIN_SHARE = 0.05
#: ... and how many there must be at least.
MIN_COUNT = 2


@lru_cache(maxsize=2)
def _opencc(config: str) -> Any:
    """OpenCC's converter for ``config`` (``t2s``, ``s2t``); None without OpenCC or its tables
    (a dependency: then text is read as it is)."""
    try:
        import opencc

        return opencc.OpenCC(config)
    except Exception:
        return None


def _converted(config: str, text: str) -> str:
    """``text`` converted by ``config``, of the same length; ``text`` itself where it cannot be."""
    conv = _opencc(config)
    if conv is None:
        return text
    out: str = conv.convert(text)
    return out if len(out) == len(text) else text


_cache_dir: Path | None = None


def set_cache_dir(path: Path | None) -> None:
    """Where the list of traditional characters is kept between runs (the user cache
    directory): reading it spares loading OpenCC where no text needs converting."""
    global _cache_dir
    _cache_dir = path
    traditional_chars.cache_clear()
    _finder.cache_clear()


def _opencc_stamp() -> list[object] | None:
    """The installed OpenCC, told by its files without importing it; None where it cannot be
    told (not installed, or frozen into a bundle): then nothing is cached."""
    try:
        spec = importlib.util.find_spec("opencc")
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        return ["opencc", str(origin), int(origin.stat().st_mtime), 1] if origin else None
    except (ImportError, OSError, ValueError):
        return None


@lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    """The CJK characters OpenCC writes otherwise in simplified text (個, 們, 國 …), from the
    cache where it holds them for the installed OpenCC."""
    stamp = _opencc_stamp()
    path = _cache_dir / "traditional-chars.marshal" if _cache_dir is not None and stamp else None
    cached = read_cache(path, stamp)
    if isinstance(cached, str):
        return frozenset(cached)
    conv = _opencc("t2s")
    if conv is None:
        return frozenset()
    block = "".join(map(chr, range(0x4E00, 0xA000)))
    out = conv.convert(block)
    if len(out) != len(block):
        return frozenset()
    chars = "".join(a for a, b in zip(block, out, strict=True) if a != b)
    write_cache(path, stamp, chars)
    return frozenset(chars)


@lru_cache(maxsize=1)
def _finder() -> Callable[[str], object]:
    """``search`` for any traditional character (a class the regex engine tests by one table
    lookup a character: a simplified text is passed over in C at a few ns a character)."""
    chars = traditional_chars()
    if not chars:
        return lambda text: None
    return re.compile("[" + "".join(sorted(chars)) + "]").search


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (a share of its characters)."""
    if _finder()(text) is None:
        return False
    chars = set(text)
    found = len(chars & traditional_chars())
    return found >= MIN_COUNT and found >= MIN_SHARE * len(chars)


def as_simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length, where it is written in traditional
    ones; else ``text`` itself."""
    return simplified(text) if is_traditional(text) else text


def simplified(text: str) -> str:
    """``text`` in simplified characters, whatever their share (a name an editor accepted, a
    line of a page printed in traditional ones), of the same length; ``text`` itself where it
    has no traditional character or the conversion would change its length."""
    return text if _finder()(text) is None else _converted("t2s", text)


def traditional(text: str) -> str:
    """``text`` in traditional characters, of the same length (a character the pipeline mended
    on a page printed in them: 记 of 记者 is 記 there); ``text`` itself where that cannot be."""
    return _converted("s2t", text)
