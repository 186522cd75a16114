"""Guard against Qt bindings that leak references to None from Python overrides.

PySide6 6.12.0 drops a reference to None each time a Python override returns None (a model's
data(), an event handler, QSyntaxHighlighter.highlightBlock); a desk session then dies with
"none_dealloc" after some thousands of calls. This test fails on such a build.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QTextEdit


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


class _Highlighter(QSyntaxHighlighter):
    def highlightBlock(self, text: str) -> None:
        self.setFormat(0, len(text), QTextCharFormat())


def test_overrides_returning_none_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _Model()
    before = sys.getrefcount(None)
    for _ in range(500):
        model.index(1, 1).data()
    assert sys.getrefcount(None) - before > -50

    edit = QTextEdit()
    _keep = _Highlighter(edit.document())
    before = sys.getrefcount(None)
    for _ in range(300):
        edit.setPlainText("一\n二")
    assert sys.getrefcount(None) - before > -50
