"""One QUndoCommand per editor action; each calls the desk controller, never a widget.

The controller (``DeskController``) owns the archive and the open article. Text edits and
block edits are transitions between two ``ArticleState`` values; status, split and merge
change the archive and know how to reverse themselves.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..core.spans import Span
from .state import ArticleState

if TYPE_CHECKING:
    from .controller import DeskController

TYPING_ID = 1001
MERGE_WINDOW_S = 1.5


class ArticleStateCommand(QUndoCommand):
    """An edit of one article's blocks (text, role, paragraph join/split, order)."""

    def __init__(
        self,
        desk: DeskController,
        aid: int,
        before: ArticleState,
        after: ArticleState,
        label: str,
        applied: bool = False,
        typing: bool = False,
    ) -> None:
        super().__init__(label)
        self.desk, self.aid, self.before, self.after = desk, aid, before, after
        self._skip_redo = applied
        self._typing = typing
        self._stamp = time.monotonic()

    def id(self) -> int:
        return TYPING_ID if self._typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ArticleStateCommand) or other.aid != self.aid or not other._typing:
            return False
        if other._stamp - self._stamp > MERGE_WINDOW_S:
            return False
        self.after = other.after
        self._stamp = other._stamp
        return True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.desk.apply_state(self.aid, self.after)

    def undo(self) -> None:
        self.desk.apply_state(self.aid, self.before)


class SetStatusCommand(QUndoCommand):
    def __init__(self, desk: DeskController, aid: int, old: str, new: str, label: str) -> None:
        super().__init__(label)
        self.desk, self.aid, self.old, self.new = desk, aid, old, new

    def redo(self) -> None:
        self.desk.write_status(self.aid, self.new)

    def undo(self) -> None:
        self.desk.write_status(self.aid, self.old)


class SplitArticleCommand(QUndoCommand):
    """Cut the article before a block; undo merges the tail back."""

    def __init__(self, desk: DeskController, aid: int, at_block: int, label: str) -> None:
        super().__init__(label)
        self.desk, self.aid, self.at_block = desk, aid, at_block
        self.new_id: int | None = None

    def redo(self) -> None:
        self.new_id = self.desk.split(self.aid, self.at_block)

    def undo(self) -> None:
        if self.new_id is not None:
            self.desk.merge(self.aid, self.new_id)


class MergeArticlesCommand(QUndoCommand):
    """Append the next article to this one; undo restores both."""

    def __init__(self, desk: DeskController, aid: int, other: int, label: str) -> None:
        super().__init__(label)
        self.desk, self.aid, self.other = desk, aid, other
        self.before: ArticleState | None = None

    def redo(self) -> None:
        self.before = self.desk.merge(self.aid, self.other)

    def undo(self) -> None:
        if self.before is not None:
            self.desk.unmerge(self.aid, self.other, self.before)


class MoveBlockCommand(QUndoCommand):
    """Move one block of the open article to a neighbouring article; undo moves it back."""

    def __init__(self, desk: DeskController, aid: int, index: int, target: int, at_start: bool, label: str) -> None:
        super().__init__(label)
        self.desk, self.aid, self.index, self.target, self.at_start = desk, aid, index, target, at_start
        self.placed: int | None = None

    def redo(self) -> None:
        self.placed = self.desk.move_block(self.aid, self.index, self.target, 0 if self.at_start else None)

    def undo(self) -> None:
        if self.placed is not None:
            self.desk.move_block(self.target, self.placed, self.aid, self.index)


class SetTagsCommand(QUndoCommand):
    """Change accepted entity tags of one or more articles (accept, reject, tag by hand, bulk)."""

    def __init__(self, desk: DeskController, changes: dict[int, tuple[list[Span], list[Span]]], label: str) -> None:
        super().__init__(label)
        self.desk = desk
        self.changes = changes  # article id -> (before, after)

    def redo(self) -> None:
        for aid, (_, after) in self.changes.items():
            self.desk.write_tags(aid, after)

    def undo(self) -> None:
        for aid, (before, _) in self.changes.items():
            self.desk.write_tags(aid, before)
