"""Reading raw page files: encoding detection, line ends, clear errors for bad input."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

#: Suffixes the pipeline reads when given a directory.
TEXT_SUFFIXES = (".txt", ".text")
MAX_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """A file that cannot be analysed; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class SourceText:
    path: str
    text: str
    encoding: str
    size: int
    sha256: str


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode page text, returning (text, encoding). Raises InputError for binary data."""
    if not data.strip():
        raise InputError(name, "the file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(name, f"not valid {enc} text ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise InputError(name, "this is a binary file, not text")
    from charset_normalizer import from_bytes  # (10 ms to import; plain UTF-8 never needs it)

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "the text encoding could not be recognised (binary or damaged file?)")
    enc = _canonical(best.encoding)
    text = str(best)
    if _control_ratio(text) > 0.02:
        raise InputError(name, "this is a binary file, not text")
    return text, enc


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    evens = sample[0::2].count(0)
    odds = sample[1::2].count(0)
    return max(evens, odds) > len(sample) // 8 and min(evens, odds) < len(sample) // 64


def _canonical(enc: str) -> str:
    enc = enc.lower().replace("_", "-")
    return {"gb2312": "gb18030", "gbk": "gb18030", "big5hkscs": "big5"}.get(enc, enc)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text[:20000] if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / min(len(text), 20000)


def read_source(path: str | Path) -> SourceText:
    """Read and decode one page file, or raise InputError naming the problem."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file")
    if p.is_dir():
        if expand_paths([str(p)]) == [p]:
            raise InputError(p, f"is a directory with no page files ({' or '.join(TEXT_SUFFIXES)}) in it")
        raise InputError(p, "is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(p, f"too large for a page file ({size // (1024 * 1024)} MiB)")
        data = p.read_bytes()
    except PermissionError as exc:
        raise InputError(p, "permission denied") from exc
    except OSError as exc:
        raise InputError(p, exc.strerror or str(exc)) from exc
    text, enc = decode_bytes(data, str(p))
    return SourceText(str(p), normalize_newlines(text), enc, len(data), hashlib.sha256(data).hexdigest())


def expand_paths(paths: list[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[Path]:
    """Files named directly, plus files with ``suffixes`` found under directories (sorted). A
    directory holding none stays in the list as itself, so that reading it says why."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
            out.extend(found or [p])
        else:
            out.append(p)
    return out
