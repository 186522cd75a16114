"""The archive navigator's model: article ids up front, row contents fetched lazily.

Like Anki's browser table, the model holds only ids (cheap for 100,000 articles) and asks
the store for the visible rows in small pages, keeping a bounded cache.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel

from ..store import Archive

PAGE = 100
CACHE_ROWS = 3000
STATUS_COLORS = {"new": "#9aa5b1", "reviewed": "#e0a020", "approved": "#2e9d5b"}
Index = QModelIndex | QPersistentModelIndex


def status_icon(status: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATUS_COLORS.get(status, "#888888")))
    painter.setPen(QColor(0, 0, 0, 0))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pix)


class ArticleListModel(QAbstractTableModel):
    COLUMNS = ("headline", "source", "page", "status", "updated")

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.ids: list[int] = []
        self.snippets: dict[int, str] = {}
        self._cache: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._icons = {s: status_icon(s) for s in STATUS_COLORS}
        self.status: str | None = None
        self.headers = {
            "headline": self.tr("Headline"),
            "source": self.tr("Source"),
            "page": self.tr("Page"),
            "status": self.tr("Status"),
            "updated": self.tr("Updated"),
        }

    # -- contents --------------------------------------------------------------------------
    def refresh(self, status: str | None = None, source_id: int | None = None, page_id: int | None = None) -> None:
        self.beginResetModel()
        self.status = status
        self.ids = self.archive.article_ids(status, source_id, page_id)
        self.snippets = {}
        self._cache.clear()
        self.endResetModel()

    def show_hits(self, hits: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.ids = [int(h["id"]) for h in hits]
        self.snippets = {int(h["id"]): str(h["snippet"]) for h in hits}
        self._cache.clear()
        self.endResetModel()

    def invalidate(self, aid: int) -> None:
        self._cache.pop(aid, None)
        if aid in self.ids:
            row = self.ids.index(aid)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, aid: int) -> int:
        try:
            return self.ids.index(aid)
        except ValueError:
            return -1

    def _row(self, row: int) -> dict[str, Any] | None:
        aid = self.ids[row]
        hit = self._cache.get(aid)
        if hit is not None:
            self._cache.move_to_end(aid)
            return hit
        start = (row // PAGE) * PAGE
        chunk = self.ids[start : start + PAGE]
        self._cache.update(self.archive.summaries(chunk))
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(aid)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self.headers[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "page":
                return int(row["page_no"])
            if col == "updated":
                return str(row["updated_at"])[:16].replace("T", " ")
            if col == "status":
                return {"new": self.tr("new"), "reviewed": self.tr("reviewed"), "approved": self.tr("approved")}.get(
                    str(row["status"]), str(row["status"])
                )
            return str(row[col] or "")
        if role == Qt.ItemDataRole.DecorationRole and col == "headline":
            return self._icons.get(str(row["status"]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.snippets.get(int(row["id"])) or str(row["headline"] or "")
        if role == Qt.ItemDataRole.UserRole:
            return int(row["id"])
        return None


class SourceTreeModel(QStandardItemModel):
    """Sources → pages, each with its article counts (new / reviewed / approved)."""

    SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Sources and pages"), self.tr("Articles")])
        root = self.invisibleRootItem()
        everything = QStandardItem(self.tr("All sources"))
        everything.setEditable(False)
        total = QStandardItem()
        total.setEditable(False)
        root.appendRow([everything, total])
        grand = 0
        parents: dict[int, tuple[QStandardItem, QStandardItem, list[int]]] = {}
        for r in self.archive.tree_counts():
            sid = int(r["source_id"])
            if sid not in parents:
                item = QStandardItem(str(r["name"]))
                item.setData(sid, self.SOURCE_ROLE)
                item.setEditable(False)
                count = QStandardItem()
                count.setEditable(False)
                root.appendRow([item, count])
                parents[sid] = (item, count, [0, 0, 0, 0])
            item, count, sums = parents[sid]
            page = QStandardItem(self.tr("Page %1").replace("%1", str(r["page_no"])))
            page.setData(sid, self.SOURCE_ROLE)
            page.setData(int(r["page_id"]), self.PAGE_ROLE)
            page.setEditable(False)
            numbers = [int(r["total"] or 0), int(r["new"] or 0), int(r["reviewed"] or 0), int(r["approved"] or 0)]
            cell = QStandardItem(self._counts(numbers))
            cell.setToolTip(self._tip(numbers))
            cell.setEditable(False)
            item.appendRow([page, cell])
            for k in range(4):
                sums[k] += numbers[k]
            grand += numbers[0]
        for _item, count, sums in parents.values():
            count.setText(self._counts(sums))
            count.setToolTip(self._tip(sums))
        total.setText(str(grand))

    @staticmethod
    def _counts(n: list[int]) -> str:
        """Total (approved ✓, reviewed ◐, new ○): the marks read as no cut-off text would."""
        return f"{n[0]}  ({n[3]}✓ {n[2]}◐ {n[1]}○)"

    def _tip(self, n: list[int]) -> str:
        text = self.tr("%1 approved, %2 reviewed, %3 new")
        return text.replace("%1", str(n[3])).replace("%2", str(n[2])).replace("%3", str(n[1]))
