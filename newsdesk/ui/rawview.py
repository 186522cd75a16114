"""The raw pane: the page as scanned, read-only, with line numbers and role marks in a gutter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ..core.model import Notice
from .theme import NOTICE_COLOR, ROLE_COLORS, mono_cjk_font


def notice_text(n: Notice) -> str:
    """What a notice tells the editor, in the interface's language."""
    if n.code == "stray-space":
        text = QCoreApplication.translate("RawView", "A stray space here is left out of the clean text (%1).")
        return text.replace("%1", n.detail)
    if n.code == "mended":
        old, _, new = n.detail.partition("→")
        text = QCoreApplication.translate("RawView", "Scanned as “%1”; the clean text reads “%2”.")
        return text.replace("%1", old).replace("%2", new)
    return f"{n.code}: {n.detail}"


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
        self.notices: dict[tuple[int, int], Notice] = {}  # (line, col) → what was noticed there
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._on_update)
        self._update_margins()
        # wide enough for a column line (14 cells and a hanging mark) beside the line numbers
        self.setMinimumWidth(self.gutter_width() + self.fontMetrics().horizontalAdvance("国" * 15) + 16)

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

    def set_notices(self, notices: list[Notice]) -> None:
        """Mark what the pipeline noticed on the page (a wavy underline; hover for the note)."""
        self.notices = {}
        for n in notices:
            # a mended word is marked from its first character to the end of the misreading
            width = len(n.detail.partition("→")[0]) if n.code == "mended" else 1
            for k in range(max(width, 1)):
                self.notices.setdefault((n.line, n.col + k), n)
        self._refresh_selections()

    def notice_at(self, line: int, col: int) -> Notice | None:
        return self.notices.get((line, col))

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
        doc = self.document()
        for line, col in sorted(self.notices):
            block = doc.findBlockByNumber(line)
            if not block.isValid() or col >= block.length() - 1:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(NOTICE_COLOR))
            tint = QColor(NOTICE_COLOR)
            tint.setAlpha(70)  # readable on light and dark themes alike
            fmt.setBackground(tint)
            sel.format = fmt
            cur = QTextCursor(block)
            cur.setPosition(block.position() + col)
            cur.setPosition(block.position() + col + 1, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sels.append(sel)
        self.setExtraSelections(sels)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self._notice_under(event.pos().x(), event.pos().y())
            if found is not None:
                QToolTip.showText(event.globalPos(), notice_text(found), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _notice_under(self, x: int, y: int) -> Notice | None:
        """The notice on the character under the viewport point (x, y), if any."""
        cur = self.cursorForPosition(QPoint(x, y))
        line, col = cur.blockNumber(), cur.positionInBlock()
        # the cursor sits between characters: the one under the mouse is before or after it
        return self.notice_at(line, col) or self.notice_at(line, col - 1)

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
