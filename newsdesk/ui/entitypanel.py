"""The entity review panel: a keyboard-driven queue of suggestions and the accepted tags.

Single-key shortcuts (A accept, R reject, L next label, S skip, 1/2/3 accept as a label,
Shift+A / Shift+R for every occurrence) work only while the queue has focus; the queue takes
no text input, so an input method is never composing there.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.entities import Suggestion
from ..core.spans import Span


class SuggestionQueue(QListWidget):
    keyAction = Signal(str)
    """A single-key action on the current suggestion: accept, reject, label, skip, accept_all, reject_all, 1…9."""

    KEYS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_A: "accept",
        Qt.Key.Key_R: "reject",
        Qt.Key.Key_L: "label",
        Qt.Key.Key_S: "skip",
        Qt.Key.Key_Space: "skip",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.ShiftModifier and key in (Qt.Key.Key_A, Qt.Key.Key_R):
            self.keyAction.emit("accept_all" if key == Qt.Key.Key_A else "reject_all")
            return
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in self.KEYS:
                self.keyAction.emit(self.KEYS[key])
                return
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.keyAction.emit(str(int(key) - int(Qt.Key.Key_0)))
                return
        super().keyPressEvent(event)


class EntityPanel(QWidget):
    suggestionFocused = Signal(object)
    """The queue's current suggestion (or accepted tag) to show in the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, str] = {}
        # rows of the two lists (Python objects are not stored in the Qt items)
        self.shown_suggestions: list[Suggestion] = []
        self.shown_tags: list[Span] = []
        self.status = QLabel(self.tr("Loading the dictionary…"))
        self.status.setWordWrap(True)
        self.queue = SuggestionQueue()
        self.queue.setToolTip(
            self.tr(
                "A accept · R reject · L change label · S skip · 1-9 accept as label · "
                "Shift+A / Shift+R every occurrence"
            )
        )
        self.accepted = QListWidget()
        self.archive_wide = QCheckBox(self.tr("All occurrences across the archive"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text in (
            ("accept", self.tr("Accept (A)")),
            ("reject", self.tr("Reject (R)")),
            ("label", self.tr("Label (L)")),
            ("skip", self.tr("Skip (S)")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[name] = button
            row.addWidget(button)
        row2 = QHBoxLayout()
        for name, text in (("accept_all", self.tr("Accept all…")), ("reject_all", self.tr("Reject all"))):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[name] = button
            row2.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel(self.tr("Suggestions")))
        layout.addWidget(self.status)
        layout.addWidget(self.queue, 3)
        layout.addLayout(row)
        layout.addLayout(row2)
        layout.addWidget(self.archive_wide)
        layout.addWidget(QLabel(self.tr("Tagged in this article")))
        layout.addWidget(self.accepted, 2)
        self.queue.currentItemChanged.connect(self._focus)
        self.accepted.currentItemChanged.connect(self._focus)

    def show_items(self, suggestions: list[Suggestion], tags: list[Span]) -> None:
        row = self.queue.currentRow()
        self.queue.blockSignals(True)
        self.accepted.blockSignals(True)
        self.queue.clear()
        self.shown_suggestions = list(suggestions)
        self.shown_tags = list(tags)
        for s in suggestions:
            item = QListWidgetItem(f"{s.text}    {s.label}  {s.score:.2f}")
            item.setToolTip(s.reason)
            item.setForeground(QBrush(QColor(self.labels.get(s.label, "#888888"))))
            self.queue.addItem(item)
        if self.queue.count():
            self.queue.setCurrentRow(min(max(row, 0), self.queue.count() - 1))
        self.accepted.clear()
        for t in tags:
            mark = " ⚠" if t.needs_review else ""
            item = QListWidgetItem(f"{t.text}    {t.label}{mark}")
            item.setForeground(QBrush(QColor(self.labels.get(t.label, "#888888"))))
            self.accepted.addItem(item)
        self.queue.blockSignals(False)
        self.accepted.blockSignals(False)

    def current(self) -> Suggestion | None:
        row = self.queue.currentRow()
        return self.shown_suggestions[row] if 0 <= row < len(self.shown_suggestions) else None

    @Slot()
    def _focus(self) -> None:
        if self.sender() is self.accepted:
            row = self.accepted.currentRow()
            if 0 <= row < len(self.shown_tags):
                self.suggestionFocused.emit(self.shown_tags[row])
        else:
            current = self.current()
            if current is not None:
                self.suggestionFocused.emit(current)
