"""The raw pane: the page as scanned, read-only, with line numbers and role marks in a gutter."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from .theme import ROLE_COLORS, mono_cjk_font


class _Gutter(QWidget):
    def __init__(self, view: RawView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self) -> QSize:
        return QSize(self.view.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.view.paint_gutter(event)


class RawView(QPlainTextEdit):
    lineClicked = Signal(int)
    """The editor clicked raw line N (0-based)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(mono_cjk_font())
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roles: dict[int, str] = {}
        self.current: set[int] = set()
        self.focus_lines: list[int] = []
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._on_update)
        self._update_margins()

    def set_page(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)

    def mark(self, roles: dict[int, str], current: set[int]) -> None:
        """Role marks for the open article's lines (and furniture) and which lines are current."""
        self.roles, self.current = roles, current
        self._refresh_selections()
        if current:
            self.scroll_to(min(current))
        self.gutter.update()

    def focus_on(self, lines: list[int]) -> None:
        self.focus_lines = lines
        self._refresh_selections()
        if lines:
            self.scroll_to(lines[0])

    def selected_lines(self) -> list[int]:
        """Raw lines touched by the selection (empty without one)."""
        cur = self.textCursor()
        if not cur.hasSelection():
            return []
        doc = self.document()
        first = doc.findBlock(cur.selectionStart()).blockNumber()
        last = doc.findBlock(cur.selectionEnd()).blockNumber()
        return list(range(first, last + 1))

    def scroll_to(self, line: int) -> None:
        block = self.document().findBlockByNumber(line)
        if block.isValid():
            cur = QTextCursor(block)
            self.setTextCursor(cur)
            self.centerCursor()

    def _refresh_selections(self) -> None:
        sels = []
        pal = self.palette()
        base = pal.highlight().color()
        for line in sorted(self.current):
            block = self.document().findBlockByNumber(line)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            colour = QColor(base)
            colour.setAlpha(110 if line in self.focus_lines else 38)
            sel.format.setBackground(colour)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.cursor = QTextCursor(block)
            sels.append(sel)
        self.setExtraSelections(sels)

    # -- gutter ---------------------------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits + 10

    @Slot()
    def _update_margins(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    @Slot(QRect, int)
    def _on_update(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        pal = self.palette()
        painter.fillRect(event.rect(), pal.alternateBase())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        width = self.gutter.width()
        while block.isValid() and top <= event.rect().bottom():
            height = round(self.blockBoundingRect(block).height())
            n = block.blockNumber()
            role = self.roles.get(n)
            if role:
                colour = QColor(ROLE_COLORS.get(role, "#888888"))
                if n not in self.current:
                    colour.setAlpha(90)
                painter.fillRect(width - 6, top + 1, 4, height - 2, colour)
            painter.setPen(pal.text().color() if n in self.current else pal.placeholderText().color())
            painter.drawText(0, top, width - 10, height, Qt.AlignmentFlag.AlignRight, str(n + 1))
            block = block.next()
            top += height
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.lineClicked.emit(self.cursorForPosition(event.position().toPoint()).blockNumber())
