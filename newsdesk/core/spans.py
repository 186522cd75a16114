"""Entity spans over an article's text, and how they follow edits of that text.

The entity text of an article is its blocks' texts joined with newlines (furniture left
out): the field every export's stand-off offsets refer to. When the text is edited, a span
after the edit shifts, a span the edit falls inside keeps its label and is flagged for
review, and a span whose text was deleted goes away.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .model import Article


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    text: str
    needs_review: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}


def entity_text(article: Article) -> str:
    """The text entity offsets refer to: non-furniture blocks joined by newlines."""
    return "\n".join(b.text for b in article.blocks if b.role != "furniture")


def remap(old: str, new: str, spans: list[Span]) -> list[Span]:
    """Carry spans over an edit from ``old`` to ``new`` text."""
    if old == new or not spans:
        return list(spans)
    # Edits are local: only the stretch between the common prefix and suffix is diffed.
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    middle = difflib.SequenceMatcher(
        None, old[head : len(old) - tail], new[head : len(new) - tail], autojunk=False
    ).get_opcodes()
    ops: list[tuple[str, int, int, int, int]] = []
    if head:
        ops.append(("equal", 0, head, 0, head))
    ops.extend((tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in middle)
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))

    def map_pos(pos: int, right: bool) -> int:
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= pos < i2 or (pos == i2 and tag == "equal" and right):
                if tag == "equal":
                    return j1 + (pos - i1)
                return j2 if right else j1
        return len(new)

    out: list[Span] = []
    for sp in spans:
        touched = any(tag != "equal" and i1 < sp.end and sp.start < i2 for tag, i1, i2, _, _ in ops) or any(
            tag == "insert" and sp.start < i1 < sp.end for tag, i1, _, _, _ in ops
        )
        start = map_pos(sp.start, right=False)
        end = map_pos(sp.end - 1, right=True) if sp.end > sp.start else start
        if sp.end > sp.start:
            end = max(end, start)
            last = _equal_end(ops, sp.end - 1)
            if last is not None:
                end = last + 1
        text = new[start:end]
        if not text.strip():
            continue  # its text was deleted
        if touched:
            out.append(Span(start, end, sp.label, text, needs_review=True))
        else:
            out.append(replace(sp, start=start, end=end, text=text))
    return out


def _equal_end(ops: Sequence[tuple[str, int, int, int, int]], pos: int) -> int | None:
    """New position of old character ``pos`` if it survived, else of the nearest survivor before it."""
    best = None
    for tag, i1, i2, j1, _ in ops:
        if tag != "equal":
            continue
        if i1 <= pos < i2:
            return j1 + (pos - i1)
        if i2 <= pos:
            best = j1 + (i2 - i1) - 1
    return best
