"""Plain data for analysed pages: blocks of clean text traced back to raw lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = ("headline", "subheadline", "byline", "caption", "body", "furniture")
#: Order in which an article's blocks are laid out for reading and export.
ROLE_ORDER = {"headline": 0, "subheadline": 1, "byline": 2, "body": 3, "caption": 4, "furniture": 5}


class Block:
    """A piece of clean text with a role and a map back to the raw page.

    ``charmap[k]`` is ``(line, col)`` of the raw character that clean character ``k`` came
    from, or ``(-1, -1)`` for a character the pipeline inserted (a space between Latin words
    broken across lines). The pipeline hands over the map as runs (``from_runs``: clean text
    mostly copies raw lines, so a block is a few runs) and the per-character list is built
    only when something asks for it.
    """

    __slots__ = ("_cmap", "_runs", "lines", "role", "text")

    def __init__(self, role: str, text: str, lines: list[int], charmap: list[tuple[int, int]] | None = None) -> None:
        self.role = role
        self.text = text
        self.lines = lines
        self._cmap: list[tuple[int, int]] | None = charmap if charmap is not None else []
        self._runs: list[list[int]] | None = None

    @classmethod
    def from_runs(cls, role: str, text: str, runs: list[list[int]]) -> Block:
        """A block whose map is given as ``[line, col, length]`` runs (see ``encode_charmap``)."""
        lines: list[int] = []
        for r in runs:  # one run per raw line, mostly: a line repeats only right after itself
            line = r[0]
            if line >= 0 and line not in lines:
                lines.append(line)
        block = cls(role, text, lines)
        block._cmap = None
        block._runs = runs
        return block

    @property
    def charmap(self) -> list[tuple[int, int]]:
        if self._cmap is None:
            self._cmap = decode_charmap(self._runs or [])
        return self._cmap

    @charmap.setter
    def charmap(self, value: list[tuple[int, int]]) -> None:
        self._cmap = value
        self._runs = None

    def runs(self) -> list[list[int]]:
        if self._runs is None:
            self._runs = encode_charmap(self.charmap)
        return self._runs

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Block):
            return NotImplemented
        return (self.role, self.text, self.lines, self.charmap) == (other.role, other.text, other.lines, other.charmap)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return f"Block(role={self.role!r}, text={self.text!r}, lines={self.lines!r})"

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "text": self.text, "lines": list(self.lines), "map": [list(r) for r in self.runs()]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Block:
        return cls(
            role=str(d["role"]),
            text=str(d["text"]),
            lines=[int(i) for i in d.get("lines", [])],
            charmap=decode_charmap(d.get("map", [])),
        )


def encode_charmap(cmap: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of consecutive raw columns on one line as [line, col, length] (clean text mostly
    copies raw text, so this is about a tenth of the size of one pair per character)."""
    runs: list[list[int]] = []
    for line, col in cmap:
        if runs:
            last = runs[-1]
            if last[0] == line and (line < 0 or last[1] + last[2] == col):
                last[2] += 1
                continue
        runs.append([line, col, 1])
    return runs


def decode_charmap(runs: list[list[int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for line, col, n in runs:
        if line < 0:
            out.extend([(line, col)] * n)
        else:
            out.extend((line, col + k) for k in range(n))
    return out


@dataclass
class Article:
    blocks: list[Block] = field(default_factory=list)

    def of_role(self, role: str) -> list[Block]:
        return [b for b in self.blocks if b.role == role]

    @property
    def headline(self) -> Block | None:
        heads = self.of_role("headline")
        return heads[0] if heads else None

    @property
    def byline(self) -> Block | None:
        bys = self.of_role("byline")
        return bys[0] if bys else None

    @property
    def paragraphs(self) -> list[Block]:
        return self.of_role("body")

    @property
    def lines(self) -> list[int]:
        return sorted({i for b in self.blocks for i in b.lines})

    def title(self) -> str:
        head = self.headline
        if head is not None and head.text:
            return head.text
        for b in self.blocks:
            if b.role in ("body", "caption") and b.text:
                return b.text[:24]
        return ""

    def to_prediction(self) -> dict[str, Any]:
        """The article in the scorer's prediction schema (shared/corpus/README.md)."""

        def brief(b: Block) -> dict[str, Any]:
            return {"text": b.text, "lines": list(b.lines)}

        head = self.headline
        by = self.byline
        paragraphs = [brief(b) for b in self.paragraphs]
        if by is not None:
            # The byline is printed at the head of the first paragraph: its lines stay there.
            if not paragraphs:
                paragraphs.append({"text": "", "lines": []})
            first = paragraphs[0]
            first["lines"] = sorted(set(by.lines) | set(first["lines"]))
        return {
            "headline": brief(head) if head else None,
            "subheadlines": [brief(b) for b in self.of_role("subheadline")],
            "byline": by.text if by else None,
            "captions": [brief(b) for b in self.of_role("caption")],
            "paragraphs": paragraphs,
        }


@dataclass
class Notice:
    """Something the pipeline noticed and did not silently fix (e.g. a stray OCR space)."""

    code: str
    line: int
    col: int
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "line": self.line, "col": self.col, "detail": self.detail}


@dataclass
class PageAnalysis:
    raw_lines: list[str]
    articles: list[Article]
    furniture: list[Block]
    notices: list[Notice]
    column_width: float

    def to_prediction(self) -> dict[str, Any]:
        return {"articles": [a.to_prediction() for a in self.articles]}
