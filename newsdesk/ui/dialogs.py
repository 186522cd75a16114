"""Dialogs: keyboard shortcuts, and an article's history with diffs and restore."""

from __future__ import annotations

import difflib
import json
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..store import Archive
from .actions import SPECS, label


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(SPECS), 2)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        for row, spec in enumerate(SPECS):
            table.setItem(row, 0, QTableWidgetItem(label(spec)))
            table.setItem(row, 1, QTableWidgetItem(spec.shortcut))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 640)


def _blocks_text(blocks_json: str) -> list[str]:
    return [f"[{b['role']}] {b['text']}" for b in json.loads(blocks_json)]


def diff_html(old: list[str], new: list[str]) -> str:
    """Line diff of two block lists as HTML (removed red, added green)."""
    rows = []
    for line in difflib.unified_diff(old, new, lineterm="", n=2):
        if line.startswith(("---", "+++")):
            continue
        colour = {"+": "#2e9d5b", "-": "#d9534f", "@": "#888888"}.get(line[:1], "")
        style = f' style="color:{colour}"' if colour else ""
        rows.append(f"<div{style}>{escape(line)}</div>")
    return "".join(rows) or "<i>—</i>"


class HistoryDialog(QDialog):
    """Revisions of one article; compare with the current text or the raw scan; restore."""

    def __init__(self, archive: Archive, aid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of article %1").replace("%1", str(aid)))
        self.archive, self.aid = archive, aid
        self.revs = archive.revisions(aid)
        rec = archive.get(aid)
        self.current = [f"[{b.role}] {b.text}" for b in rec.article.blocks]
        raw = archive.page_text(rec.page_id).split("\n")
        self.raw_lines = [raw[i] for i in rec.article.lines if 0 <= i < len(raw)]
        self.restore_version: int | None = None
        self.list = QListWidget()
        kinds = {
            "auto": self.tr("automatic analysis"),
            "edit": self.tr("edit"),
            "status": self.tr("status"),
            "restore": self.tr("restore"),
            "split": self.tr("split"),
            "merge": self.tr("merge"),
        }
        for r in reversed(self.revs):
            item = QListWidgetItem(
                f"v{r['version']}  {str(r['created_at'])[:19].replace('T', ' ')}  {r['author']}  "
                f"{kinds.get(str(r['kind']), str(r['kind']))}  ({r['status']})"
            )
            item.setData(256, int(r["version"]))
            self.list.addItem(item)
        self.view = QTextBrowser()
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.raw_button = buttons.addButton(
            self.tr("Compare clean text with raw scan"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.raw_button.clicked.connect(self._show_raw)
        self.list.currentRowChanged.connect(self._show)
        top = QHBoxLayout()
        top.addWidget(self.list, 2)
        top.addWidget(self.view, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        if self.revs:
            self.list.setCurrentRow(0)

    def _selected(self) -> dict[str, object] | None:
        row = self.list.currentRow()
        return self.revs[len(self.revs) - 1 - row] if 0 <= row < len(self.revs) else None

    def _show(self) -> None:
        rev = self._selected()
        if rev is not None:
            self.view.setHtml(diff_html(_blocks_text(str(rev["blocks"])), self.current))

    def _show_raw(self) -> None:
        clean = "".join(line.split("] ", 1)[-1] for line in self.current)
        raw = "".join(s.strip() for s in self.raw_lines)
        self.view.setHtml(diff_html(list(raw), list(clean)))

    def _restore(self) -> None:
        rev = self._selected()
        if rev is not None:
            self.restore_version = int(str(rev["version"]))
            self.accept()
