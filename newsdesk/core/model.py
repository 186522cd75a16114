"""Plain data for analysed pages: blocks of clean text traced back to raw lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = ("headline", "subheadline", "byline", "caption", "body", "furniture")
#: Order in which an article's blocks are laid out for reading and export.
ROLE_ORDER = {"headline": 0, "subheadline": 1, "byline": 2, "body": 3, "caption": 4, "furniture": 5}


@dataclass
class Block:
    """A piece of clean text with a role and a map back to the raw page.

    ``charmap[k]`` is ``(line, col)`` of the raw character that clean character ``k`` came
    from, or ``(-1, -1)`` for a character the pipeline inserted (a space between Latin words
    broken across lines).
    """

    role: str
    text: str
    lines: list[int]
    charmap: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "text": self.text, "lines": list(self.lines), "map": encode_charmap(self.charmap)}

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


@dataclass
class PageAnalysis:
    raw_lines: list[str]
    articles: list[Article]
    furniture: list[Block]
    notices: list[Notice]
    column_width: float

    def to_prediction(self) -> dict[str, Any]:
        return {"articles": [a.to_prediction() for a in self.articles]}
