"""The desk's controller: the open article, its undo history and autosave.

Widgets send requests here; the controller changes the archive (through the store) and
announces what changed. Nothing here touches a widget, so it runs in tests without windows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from ..core.entities import EntitySuggester, Suggestion
from ..core.spans import Span, entity_text
from ..store import Archive, StaleVersionError, StoreError
from .commands import (
    ArticleStateCommand,
    MergeArticlesCommand,
    MoveBlockCommand,
    SetStatusCommand,
    SetTagsCommand,
    SplitArticleCommand,
)
from .state import ArticleState

AUTOSAVE_MS = 1000  # a pause in typing this long saves
AUTOSAVE_MAX_MS = 1500  # and continuous typing is saved at least this often
SUGGEST_FLOOR = 0.6  # suggestions scored lower are not queued (as `newsdesk tag --min-score`)


class DeskController(QObject):
    articleLoaded = Signal(int)
    """A different article (or a reloaded one) is now open."""
    stateChanged = Signal()
    """The open article's blocks changed from outside the editor (undo, role change, …)."""
    statusChanged = Signal(int, str)
    """An article's status changed."""
    listChanged = Signal()
    """Articles were added, hidden or reordered."""
    saved = Signal(int, int)
    """The open article reached the archive (id, version)."""
    errorRaised = Signal(str)
    """Something the editor must read: a refused save, a full disk, …"""
    tagsChanged = Signal()
    """The open article's accepted tags or its suggestions changed."""

    def __init__(self, archive: Archive, parent: QObject | None = None, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.archive = archive
        self.stack = QUndoStack(self)
        self.current: int | None = None
        self.version = 0
        self.status = "new"
        self.page_id = 0
        self.state = ArticleState(())
        self.dirty = False
        self.tags: list[Span] = []
        self.suggestions: list[Suggestion] = []
        self.suggester: EntitySuggester | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.save)
        self._max_timer = QTimer(self)
        self._max_timer.setSingleShot(True)
        self._max_timer.setInterval(max(autosave_ms, AUTOSAVE_MAX_MS))
        self._max_timer.timeout.connect(self.save)

    def set_autosave(self, ms: int) -> None:
        """The pause after which typing is saved (kept under the 2 s promise)."""
        self._timer.setInterval(max(100, min(ms, 1900)))
        self._max_timer.setInterval(max(self._timer.interval(), AUTOSAVE_MAX_MS))

    # -- opening and saving --------------------------------------------------------
    def open(self, aid: int) -> None:
        if self.current is not None and aid != self.current:
            self.save()
        rec = self.archive.get(aid)
        self.current, self.version, self.status, self.page_id = rec.id, rec.version, rec.status, rec.page_id
        self.state = ArticleState.of(rec.article)
        self.dirty = False
        self.tags = self.archive.tags.spans(aid)
        self.suggestions = []
        self.articleLoaded.emit(aid)

    def reload(self) -> None:
        if self.current is not None:
            aid, self.current = self.current, None
            self.open(aid)

    @Slot()
    def save(self) -> bool:
        """Write the open article if it changed; returns False when the save was refused."""
        self._timer.stop()
        self._max_timer.stop()
        if self.current is None or not self.dirty:
            return True
        try:
            self.version = self.archive.save(self.current, self.state.to_article(), self.version)
        except StaleVersionError as exc:
            self.errorRaised.emit(str(exc))
            return False
        except StoreError as exc:
            self.errorRaised.emit(str(exc))
            return False
        self.dirty = False
        self.tags = self.archive.tags.spans(self.current)  # moved along with the text edits
        if self.suggester is not None:
            self.suggest()  # offsets refer to the saved text again
        else:
            self.suggestions = []
            self.tagsChanged.emit()
        if self.status == "approved":
            self.status = "reviewed"
            self.statusChanged.emit(self.current, self.status)
        self.saved.emit(self.current, self.version)
        return True

    def _changed(self) -> None:
        self.dirty = True
        self._timer.start()
        if not self._max_timer.isActive():
            self._max_timer.start()

    # -- text and block edits ---------------------------------------------------------
    def edited(self, new_state: ArticleState, label: str) -> None:
        """The editor already shows ``new_state`` (typing): record it for undo and autosave."""
        if self.current is None or new_state == self.state:
            return
        cmd = ArticleStateCommand(self, self.current, self.state, new_state, label, applied=True, typing=True)
        self.state = new_state
        self._changed()
        self.stack.push(cmd)

    def apply_state(self, aid: int, state: ArticleState) -> None:
        if aid == self.current:
            self.state = state
            self._changed()
            self.stateChanged.emit()
            return
        rec = self.archive.get(aid)  # an undo reaching an article that is no longer open
        self.archive.save(aid, state.to_article(), rec.version, kind="undo")

    def _push_state(self, after: ArticleState, label: str) -> None:
        if self.current is not None and after != self.state:
            self.stack.push(ArticleStateCommand(self, self.current, self.state, after, label))

    def set_role(self, block: int, role: str, label: str) -> None:
        if 0 <= block < len(self.state.blocks) and self.state.blocks[block].role != role:
            self._push_state(self.state.with_role(block, role), label)

    def join_with_next(self, block: int, label: str) -> None:
        if 0 <= block < len(self.state.blocks) - 1:
            self._push_state(self.state.joined(block), label)

    def split_block(self, block: int, offset: int, label: str) -> None:
        if 0 <= block < len(self.state.blocks) and 0 < offset < len(self.state.blocks[block].text):
            self._push_state(self.state.split(block, offset), label)

    def move_to_top(self, block: int, label: str) -> None:
        if 0 < block < len(self.state.blocks):
            self._push_state(self.state.moved_to_top(block), label)

    # -- status -------------------------------------------------------------------------
    def set_status(self, status: str, label: str) -> None:
        if self.current is None or status == self.status or not self.save():
            return
        self.stack.push(SetStatusCommand(self, self.current, self.status, status, label))

    def write_status(self, aid: int, status: str) -> None:
        version = self.archive.set_status(aid, status)
        if aid == self.current:
            self.status, self.version = status, version
        self.statusChanged.emit(aid, status)

    # -- article structure ----------------------------------------------------------------
    def split_here(self, block: int, label: str) -> None:
        if self.current is None or not 0 < block < len(self.state.blocks) or not self.save():
            return
        self.stack.push(SplitArticleCommand(self, self.current, block, label))

    def merge_with_next(self, label: str) -> None:
        if self.current is None or not self.save():
            return
        _, nxt = self.archive.neighbours(self.current)
        if nxt is not None:
            self.stack.push(MergeArticlesCommand(self, self.current, nxt, label))

    def merge_with_previous(self, label: str) -> None:
        if self.current is None or not self.save():
            return
        prev, _ = self.archive.neighbours(self.current)
        if prev is not None:
            self.open(prev)
            self.stack.push(MergeArticlesCommand(self, prev, self._next_of(prev), label))

    def _next_of(self, aid: int) -> int:
        _, nxt = self.archive.neighbours(aid)
        assert nxt is not None
        return nxt

    def move_block_to(self, block: int, forward: bool, label: str) -> None:
        """Move a block to the next article (its start) or the previous one (its end)."""
        if self.current is None or not 0 <= block < len(self.state.blocks) or not self.save():
            return
        prev, nxt = self.archive.neighbours(self.current)
        target = nxt if forward else prev
        if target is not None:
            self.stack.push(MoveBlockCommand(self, self.current, block, target, forward, label))

    def move_block(self, aid: int, index: int, target: int, at: int | None) -> int:
        self._flush(aid)
        self._flush(target)
        placed = self.archive.move_block(aid, index, target, at)
        if self.current in (aid, target):
            self.reload()
        return placed

    def split(self, aid: int, at_block: int) -> int:
        self._flush(aid)
        rec = self.archive.get(aid)
        new_id = self.archive.split_article(aid, at_block, rec.version)
        self._after_structure(aid)
        return new_id

    def merge(self, aid: int, other: int) -> ArticleState:
        self._flush(aid)
        rec = self.archive.get(aid)
        before = ArticleState.of(rec.article)
        self.archive.merge_articles(aid, other, rec.version)
        self._after_structure(aid)
        return before

    def unmerge(self, aid: int, other: int, before: ArticleState) -> None:
        rec = self.archive.get(aid)
        self.archive.unmerge(aid, other, before.to_article(), rec.version)
        self._after_structure(aid)

    def _flush(self, aid: int) -> None:
        if aid == self.current:
            self.save()

    def _after_structure(self, aid: int) -> None:
        self.listChanged.emit()
        if self.current == aid:
            self.reload()
        elif self.current is not None and self.current not in self.archive.article_ids():
            self.open(aid)

    # -- entities ---------------------------------------------------------------------------------
    def text(self) -> str:
        """The open article's entity text (what tag offsets refer to)."""
        return entity_text(self.state.to_article())

    def use_suggester(self, suggester: EntitySuggester) -> None:
        self.suggester = suggester

    def suggest(self) -> list[Suggestion]:
        """Machine suggestions for the open article, minus what is already tagged."""
        if self.suggester is None or self.current is None:
            return []
        taken = {(t.start, t.end) for t in self.tags}
        self.suggestions = [
            s
            for s in self.suggester.suggest(self.text())
            if s.score >= SUGGEST_FLOOR
            and (s.start, s.end) not in taken
            and not any(t.start < s.end and s.start < t.end for t in self.tags)
        ]
        self.tagsChanged.emit()
        return self.suggestions

    def write_tags(self, aid: int, spans: list[Span]) -> None:
        self.archive.tags.set_spans(aid, spans)
        if aid == self.current:
            self.tags = list(spans)
            self.suggestions = [
                s for s in self.suggestions if not any(t.start < s.end and s.start < t.end for t in spans)
            ]
            self.tagsChanged.emit()

    def _tag_change(self, after: list[Span], label: str) -> None:
        if self.current is None or not self.save():
            return
        after = sorted(after, key=lambda t: (t.start, t.end))
        self.stack.push(SetTagsCommand(self, {self.current: (list(self.tags), after)}, label))

    def accept(self, s: Suggestion | Span, label: str | None = None, text: str = "Accept tag") -> None:
        """Accept a suggestion (optionally with another label); the suggester learns it."""
        lab = label or s.label
        keep = [t for t in self.tags if not (t.start < s.end and s.start < t.end)]
        self._tag_change([*keep, Span(s.start, s.end, lab, s.text)], text)
        self.archive.tags.decide(s.text, lab, "accept")
        if self.suggester is not None:
            self.suggester.accept(s.text, lab)

    def reject(self, s: Suggestion) -> None:
        """Reject a suggestion: it leaves the queue and the suggester learns not to repeat it."""
        self.suggestions = [x for x in self.suggestions if x != s]
        self.archive.tags.decide(s.text, s.label, "reject")
        if self.suggester is not None:
            self.suggester.reject(s.text, s.label)
        self.tagsChanged.emit()

    def tag_range(self, start: int, end: int, label: str, text: str = "Tag") -> None:
        """Tag a selected range by hand."""
        body = self.text()
        if 0 <= start < end <= len(body) and "\n" not in body[start:end]:
            self.accept(Span(start, end, label, body[start:end]), label, text)

    def untag(self, pos: int, text: str = "Remove tag") -> None:
        after = [t for t in self.tags if not t.start <= pos < t.end]
        if len(after) != len(self.tags):
            self._tag_change(after, text)

    def occurrences(self, word: str, archive_wide: bool) -> dict[int, list[tuple[int, int]]]:
        """Untagged occurrences of ``word``: in the open article, or across the archive."""
        ids = (
            [self.current]
            if not archive_wide and self.current is not None
            else [int(h["id"]) for h in self.archive.search(word, limit=100000)]
        )
        out: dict[int, list[tuple[int, int]]] = {}
        for aid in ids:
            if aid == self.current:
                body, tags = self.text(), self.tags
            else:
                body, tags = entity_text(self.archive.get(aid).article), self.archive.tags.spans(aid)
            found, k = [], body.find(word)
            while k >= 0:
                end = k + len(word)
                if not any(t.start < end and k < t.end for t in tags):
                    found.append((k, end))
                k = body.find(word, end)
            if found:
                out[aid] = found
        return out

    def tag_all(self, word: str, label: str, where: dict[int, list[tuple[int, int]]], text: str) -> None:
        """Tag every given occurrence (one undo step); the suggester learns the word."""
        if not self.save():
            return
        changes: dict[int, tuple[list[Span], list[Span]]] = {}
        for aid, ranges in where.items():
            before = self.tags if aid == self.current else self.archive.tags.spans(aid)
            after = sorted([*before, *(Span(a, b, label, word) for a, b in ranges)], key=lambda t: (t.start, t.end))
            changes[aid] = (list(before), after)
        if changes:
            self.stack.push(SetTagsCommand(self, changes, text))
            self.archive.tags.decide(word, label, "accept")
            if self.suggester is not None:
                self.suggester.accept(word, label)

    def reject_all(self, s: Suggestion) -> int:
        """Reject this text everywhere in the open article's queue; returns how many went."""
        gone = [x for x in self.suggestions if x.text == s.text and x.label == s.label]
        for x in gone[1:]:
            self.suggestions.remove(x)
        if gone:
            self.reject(gone[0])
        return len(gone)
