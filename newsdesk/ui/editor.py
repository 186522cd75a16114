"""The clean pane: one article as one document, a paragraph per block, styled by role.

The document's own undo is off: every change becomes an ``ArticleState`` sent to the
controller, so text, role, structure and status edits share one undo history. The map from
clean characters to raw positions is kept in step with each edit (``contentsChange``), so
the link to the raw pane survives typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from .state import INSERTED, ArticleState, BlockState, Pos
from .theme import ROLE_COLORS, cjk_font

SEPARATOR: Pos = (-2, -2)


class RoleHighlighter(QSyntaxHighlighter):
    """Formats each paragraph by the role stored in its block state."""

    def __init__(self, doc: QTextDocument, roles: list[str], base_size: float) -> None:
        super().__init__(doc)
        self.roles = roles
        self.base = base_size

    def highlightBlock(self, text: str) -> None:
        k = self.currentBlock().blockNumber()
        role = self.roles[k] if k < len(self.roles) else "body"
        fmt = QTextCharFormat()
        if role == "headline":
            fmt.setFontPointSize(self.base * 1.5)
            fmt.setFontWeight(QFont.Weight.Bold)
        elif role == "subheadline":
            fmt.setFontPointSize(self.base * 1.15)
            fmt.setFontWeight(QFont.Weight.DemiBold)
        elif role == "byline":
            fmt.setFontItalic(True)
        elif role == "caption":
            fmt.setFontItalic(True)
            fmt.setForeground(QColor(ROLE_COLORS["caption"]))
        elif role == "furniture":
            fmt.setForeground(QColor(ROLE_COLORS["furniture"]))
        if role != "body":
            self.setFormat(0, len(text), fmt)


class ArticleEditor(QTextEdit):
    stateEdited = Signal(object)
    """The editor's text changed by typing; carries the new ArticleState."""
    cursorLinesChanged = Signal(list)
    """Raw lines behind the cursor (for the raw pane)."""
    compositionChanged = Signal(bool)
    """An input method started or finished composing text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFont(cjk_font())
        self.roles: list[str] = []
        self.cmap: list[Pos] = []
        self.composing = False
        self._loading = False
        self._text = ""
        doc = self.document()
        doc.setDocumentMargin(16)
        self.highlighter = RoleHighlighter(doc, self.roles, self.font().pointSizeF())
        doc.contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor)

    # -- loading ---------------------------------------------------------------------------
    def show_state(self, state: ArticleState, keep_cursor: bool = False) -> None:
        pos = self.textCursor().position() if keep_cursor else 0
        self._loading = True
        try:
            self.roles[:] = [b.role for b in state.blocks]
            self.setPlainText("\n".join(b.text for b in state.blocks))
            cmap: list[Pos] = []
            for k, b in enumerate(state.blocks):
                if k:
                    cmap.append(SEPARATOR)
                cmap.extend(b.charmap)
            self.cmap = cmap
            self._text = self.toPlainText()
            self._style_blocks()
            self.highlighter.rehighlight()
        finally:
            self._loading = False
        cur = self.textCursor()
        cur.setPosition(min(pos, max(0, self.document().characterCount() - 1)))
        self.setTextCursor(cur)

    def _style_blocks(self) -> None:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(160, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(8)
        cur = QTextCursor(self.document())
        cur.select(QTextCursor.SelectionType.Document)
        cur.mergeBlockFormat(fmt)

    # -- state from the document --------------------------------------------------------------
    def current_state(self) -> ArticleState:
        texts = self.toPlainText().split("\n")
        blocks: list[BlockState] = []
        pos = 0
        role = "body"
        for k, text in enumerate(texts):
            role = self.roles[k] if k < len(self.roles) else role
            blocks.append(BlockState(role, text, tuple(self.cmap[pos : pos + len(text)])))
            pos += len(text) + 1
        return ArticleState(tuple(blocks))

    @Slot(int, int, int)
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        doc_text = self.toPlainText()
        old = self._text[position : position + removed]
        new = doc_text[position : position + added]
        # Qt may report a whole paragraph as changed: narrow it to what really differs
        head = 0
        while head < min(len(old), len(new)) and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        if head == len(old) == len(new):
            return  # a format change, not an edit
        self._text = doc_text
        position += head
        removed = len(old) - head - tail
        inserted = new[head : len(new) - tail]
        old_blocks = self.cmap[position : position + removed].count(SEPARATOR)
        new_map = [SEPARATOR if ch == "\n" or ch == "\u2029" else INSERTED for ch in inserted]
        self.cmap[position : position + removed] = new_map
        # keep one role per paragraph: a new paragraph (Enter) takes the role of the one it came from
        block = self.document().findBlock(position).blockNumber()
        new_blocks = inserted.count("\n") + inserted.count("\u2029")
        role = self.roles[block] if block < len(self.roles) else "body"
        del self.roles[block + 1 : block + 1 + old_blocks]
        self.roles[block + 1 : block + 1] = [role] * new_blocks
        if len(self.cmap) != len(doc_text):  # a safety net: never let the map drift
            self.cmap = (self.cmap + [INSERTED] * len(doc_text))[: len(doc_text)]
        self.stateEdited.emit(self.current_state())

    # -- entity marks ---------------------------------------------------------------------------
    def set_marks(self, marks: list[tuple[int, int, str, bool, bool]]) -> None:
        """Show tags and suggestions: (start, end, colour, accepted, focused) in document positions.

        Accepted tags get a tinted background and a solid underline, suggestions a dashed
        underline; neither touches the document, so nothing enters the undo history.
        """
        sels = []
        for start, end, colour, accepted, focused in marks:
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(self.document())
            cur.setPosition(start)
            cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            fmt = QTextCharFormat()
            col = QColor(colour)
            fmt.setUnderlineColor(col)
            if accepted:
                tint = QColor(col)
                tint.setAlpha(70 if focused else 40)
                fmt.setBackground(tint)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                if focused:
                    tint = QColor(col)
                    tint.setAlpha(60)
                    fmt.setBackground(tint)
            sel.format = fmt
            sels.append(sel)
        self.setExtraSelections(sels)

    # -- cursor and raw lines -------------------------------------------------------------------
    def block_and_offset(self) -> tuple[int, int]:
        cur = self.textCursor()
        return cur.blockNumber(), cur.positionInBlock()

    @Slot()
    def _on_cursor(self) -> None:
        if self._loading:
            return
        block, offset = self.block_and_offset()
        self.cursorLinesChanged.emit(self.current_state().lines_at(block, offset))

    def place_cursor(self, block: int, offset: int) -> None:
        b = self.document().findBlockByNumber(block)
        if not b.isValid():
            return
        cur = self.textCursor()
        cur.setPosition(b.position() + min(offset, b.length() - 1))
        self.setTextCursor(cur)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, e: QEvent) -> bool:
        """Undo and redo belong to the desk's history, not to the text widget."""
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo):
                e.ignore()
                return False
        return super().event(e)

    # -- input methods --------------------------------------------------------------------------
    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        composing = bool(event.preeditString())
        if composing != self.composing:
            self.composing = composing
            self.compositionChanged.emit(composing)
        super().inputMethodEvent(event)
