"""Dialogs: keyboard shortcuts, and an article's history with diffs and restore."""

from __future__ import annotations

import difflib
import json
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.export import FORMATS
from ..store import Archive, StoreError
from ..store.archive import default_editor
from .actions import SPECS, label
from .settings import BY_KEY, Settings


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
    return "".join(rows) or "<i>=</i>"


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
            html = diff_html(_blocks_text(str(rev["blocks"])), self.current)
            if html == "<i>=</i>":
                html = "<i>" + escape(self.tr("No differences from the current text.")) + "</i>"
            self.view.setHtml(html)

    def _show_raw(self) -> None:
        clean = "".join(line.split("] ", 1)[-1] for line in self.current)
        raw = "".join(s.strip() for s in self.raw_lines)
        self.view.setHtml(diff_html(list(raw), list(clean)))

    def _restore(self) -> None:
        rev = self._selected()
        if rev is not None:
            self.restore_version = int(str(rev["version"]))
            self.accept()


class SettingsDialog(QDialog):
    """Editor name, language, font size, autosave interval, entity labels, shortcuts."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.name = QLineEdit(str(settings.get("editor/name")))
        self.name.setPlaceholderText(default_editor())
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui/language"))))
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 32)
        self.font_size.setValue(int(settings.get("ui/font_size")))
        self.autosave = QSpinBox()
        self.autosave.setRange(200, 1900)
        self.autosave.setSingleStep(100)
        self.autosave.setSuffix(" ms")
        self.autosave.setValue(int(settings.get("desk/autosave_ms")))
        self.labels = QLineEdit(str(settings.get("entities/labels")))
        for key, widget in (
            ("editor/name", self.name),
            ("ui/language", self.language),
            ("ui/font_size", self.font_size),
            ("desk/autosave_ms", self.autosave),
            ("entities/labels", self.labels),
        ):
            form.addRow(QCoreApplication.translate("Settings", str(BY_KEY[key].label)), widget)
        self.keys = QTableWidget(len(SPECS), 2)
        self.keys.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.keys.verticalHeader().hide()
        self.editors: dict[str, QKeySequenceEdit] = {}
        for row, spec in enumerate(SPECS):
            self.keys.setItem(row, 0, QTableWidgetItem(label(spec)))
            edit = QKeySequenceEdit(QKeySequence(settings.shortcut(spec.name)))
            self.keys.setCellWidget(row, 1, edit)
            self.editors[spec.name] = edit
        self.keys.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.keys.setColumnWidth(1, 190)
        note = QLabel(self.tr("Changes to the language take effect at the next start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.keys, 1)
        layout.addWidget(buttons)
        self.resize(620, 720)

    def _defaults(self) -> None:
        self.settings.reset()
        self.reject()

    def _save(self) -> None:
        s = self.settings
        s.set("editor/name", self.name.text().strip())
        s.set("ui/language", self.language.currentData())
        s.set("ui/font_size", self.font_size.value())
        s.set("desk/autosave_ms", self.autosave.value())
        s.set("entities/labels", self.labels.text().strip())
        for name, edit in self.editors.items():
            s.set_shortcut(name, edit.keySequence().toString())
        self.accept()


class ExportDialog(QDialog):
    """Format, scope and destination; writes the export and shows what was written."""

    def __init__(self, archive: Archive, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive, self.current = archive, current
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox()
        for name in FORMATS:
            self.format.addItem(name, name)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Only approved"), "approved")
        self.scope.addItem(self.tr("All statuses"), None)
        self.dest = QLineEdit(str(Path.home() / "newsdesk-export"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        self.force = QCheckBox(self.tr("Replace existing files"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.dest, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Articles"), self.scope)
        form.addRow(self.tr("Destination"), row)
        form.addRow("", self.force)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Destination"), self.dest.text())
        if path:
            self.dest.setText(path)

    def run(self) -> bool:
        from ..store.exporting import export, records

        fmt = str(self.format.currentData())
        out = Path(self.dest.text())
        suffix = FORMATS[fmt][2]
        if FORMATS[fmt][0] is None and not out.suffix:
            out = out.with_suffix(suffix)

        def step(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            if done % 50 == 0:
                QCoreApplication.processEvents()

        self.progress.show()
        try:
            arts = records(self.archive, self.scope.currentData(), progress=step)
            summary = export(arts, fmt, out, force=self.force.isChecked())
        except StoreError as exc:
            self.summary_label.setText(str(exc))
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return False
        self.summary_label.setText(
            self.tr("Exported %1 article(s) to %2 file(s).")
            .replace("%1", str(summary.articles))
            .replace("%2", str(len(summary.files)))
            + "\n"
            + "\n".join(summary.files[:3])
        )
        return True


class EntityIndexDialog(QDialog):
    """Every accepted entity with its label and articles; opening one goes to the mention."""

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.chosen: tuple[int, str] | None = None
        self.setWindowTitle(self.tr("Entity index"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Filter entities…"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Entity"), self.tr("Label"), self.tr("Mentions"), self.tr("Articles")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.query.textChanged.connect(self.refresh)
        self.table.cellActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.refresh()

    def refresh(self) -> None:
        rows = self.archive.tags.index(self.query.text().strip())
        self.table.setRowCount(len(rows))
        for k, r in enumerate(rows):
            for col, value in enumerate(
                (r["text"], r["label"], str(r["mentions"]), ", ".join(map(str, r["articles"][:12])))
            ):
                item = QTableWidgetItem(value)
                item.setData(256, (r["articles"][0], r["text"]))
                self.table.setItem(k, col, item)

    def _open(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.chosen = item.data(256)
            self.accept()
