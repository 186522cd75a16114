"""The editable state of one article: blocks with role, text and the map to raw positions.

Plain data shared by the editor widget, the undo commands and the desk controller. Kept free
of widgets so commands can be tested on a bare QUndoStack.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Article, Block

Pos = tuple[int, int]
INSERTED: Pos = (-1, -1)


@dataclass(frozen=True)
class BlockState:
    role: str
    text: str
    charmap: tuple[Pos, ...]


@dataclass(frozen=True)
class ArticleState:
    blocks: tuple[BlockState, ...]

    @classmethod
    def of(cls, article: Article) -> ArticleState:
        out = []
        for b in article.blocks:
            cmap = tuple(b.charmap) if len(b.charmap) == len(b.text) else (INSERTED,) * len(b.text)
            out.append(BlockState(b.role, b.text, cmap))
        return cls(tuple(out))

    def to_article(self) -> Article:
        blocks = []
        for b in self.blocks:
            lines = sorted({line for line, _ in b.charmap if line >= 0})
            blocks.append(Block(b.role, b.text, lines, list(b.charmap)))
        return Article(blocks)

    def with_role(self, index: int, role: str) -> ArticleState:
        blocks = list(self.blocks)
        b = blocks[index]
        blocks[index] = BlockState(role, b.text, b.charmap)
        return ArticleState(tuple(blocks))

    def moved_to_top(self, index: int) -> ArticleState:
        blocks = list(self.blocks)
        blocks.insert(0, blocks.pop(index))
        return ArticleState(tuple(blocks))

    def joined(self, index: int) -> ArticleState:
        """Block ``index`` and the one after it as one block (two paragraphs joined)."""
        blocks = list(self.blocks)
        a, b = blocks[index], blocks[index + 1]
        blocks[index : index + 2] = [BlockState(a.role, a.text + b.text, a.charmap + b.charmap)]
        return ArticleState(tuple(blocks))

    def split(self, index: int, offset: int) -> ArticleState:
        """Block ``index`` cut in two at ``offset`` (one paragraph split)."""
        blocks = list(self.blocks)
        b = blocks[index]
        blocks[index : index + 1] = [
            BlockState(b.role, b.text[:offset], b.charmap[:offset]),
            BlockState(b.role, b.text[offset:], b.charmap[offset:]),
        ]
        return ArticleState(tuple(blocks))

    def locate_line(self, line: int) -> tuple[int, int] | None:
        """(block index, offset) of the first clean character that came from raw ``line``."""
        for k, b in enumerate(self.blocks):
            for off, (ln, _) in enumerate(b.charmap):
                if ln == line:
                    return k, off
        return None

    def lines_at(self, index: int, offset: int) -> list[int]:
        """Raw lines behind a cursor position: the character's line, or its neighbours'."""
        if not 0 <= index < len(self.blocks):
            return []
        cmap = self.blocks[index].charmap
        if not cmap:
            return []
        off = min(max(offset, 0), len(cmap) - 1)
        for delta in range(len(cmap)):
            for k in (off - delta, off + delta):
                if 0 <= k < len(cmap) and cmap[k][0] >= 0:
                    return [cmap[k][0]]
        return []
