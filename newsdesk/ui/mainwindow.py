"""The desk window: navigator, raw pane, clean pane; menus and shortcuts; status bar."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core import entities
from ..paths import sample_page
from ..store import Archive
from .actions import ROLE_OF_ACTION, SPECS, label
from .controller import DeskController
from .dialogs import EntityIndexDialog, ExportDialog, HistoryDialog, SettingsDialog, ShortcutsDialog
from .editor import ArticleEditor
from .entitypanel import EntityPanel
from .models import ArticleListModel, SourceTreeModel
from .rawview import RawView
from .settings import Settings
from .theme import cjk_font
from .workers import ImportWorker


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, settings: QSettings | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.settings = settings or QSettings()
        self.prefs = Settings(self.settings)
        self._focused_mark: object = None
        if self.prefs.get("editor/name"):
            archive.editor = str(self.prefs.get("editor/name"))
        self.desk = DeskController(archive, self, autosave_ms=int(self.prefs.get("desk/autosave_ms")))
        self.worker: ImportWorker | None = None
        self.setWindowTitle(self.tr("newsdesk — %1").replace("%1", Path(archive.path).name))
        self._build_widgets()
        self._build_actions()
        self._connect()
        self.model.refresh()
        self._update_count()
        self.tree.expandAll()
        self._restore_layout()
        self.apply_prefs()
        self.status_label.setText(self.tr("Ready"))

    # -- construction --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.model = ArticleListModel(self.archive, self)
        self.tree_model = SourceTreeModel(self.archive, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for col in range(1, 5):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(4, True)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search headlines, text and raw scans…"))
        self.search_box.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All articles"), None)
        self.filter.addItem(self.tr("New"), "new")
        self.filter.addItem(self.tr("Reviewed"), "reviewed")
        self.filter.addItem(self.tr("Approved"), "approved")
        self.count_label = QLabel()

        nav = QWidget()
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(6, 6, 6, 6)
        nav_layout.addWidget(self.search_box)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(self.count_label)
        nav_layout.addLayout(row)
        nav_split = QSplitter(Qt.Orientation.Vertical)
        nav_split.addWidget(self.tree)
        nav_split.addWidget(self.table)
        nav_split.setSizes([160, 600])
        nav_layout.addWidget(nav_split, 1)

        self.raw = RawView()
        self.editor = ArticleEditor()
        self.article_label = QLabel()
        self.article_label.setTextFormat(Qt.TextFormat.PlainText)
        # its text changes with every article: it must not move the splitters (a relayout
        # resizes the list's columns, which asks the model for a thousand rows)
        self.article_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.role_box = QComboBox()
        self.role_box.setToolTip(self.tr("Block role"))
        self.role_box.setAccessibleName(self.tr("Block role"))
        for spec in SPECS:
            if spec.name in ROLE_OF_ACTION:
                self.role_box.addItem(label(spec).split(": ", 1)[-1].split("：", 1)[-1], ROLE_OF_ACTION[spec.name])
        self.approve_button = QPushButton(self.tr("Approve && next"))
        clean = QWidget()
        clean_layout = QVBoxLayout(clean)
        clean_layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(self.article_label, 1)
        bar.addWidget(self.role_box)
        bar.addWidget(self.approve_button)
        clean_layout.addLayout(bar)
        clean_layout.addWidget(self.editor, 1)

        self.entity_panel = EntityPanel()
        self.entity_panel.labels = self.prefs.labels()
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.addWidget(self.raw)
        self.panes.addWidget(clean)
        self.panes.addWidget(self.entity_panel)
        self.panes.setStretchFactor(0, 2)
        self.panes.setStretchFactor(1, 3)
        self.panes.setStretchFactor(2, 1)
        self.panes.setSizes([300, 440, 300])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(nav)
        self.main_split.addWidget(self.panes)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([320, 1040])
        self.setCentralWidget(self.main_split)

        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.resize(1360, 820)

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        menus = {
            "file": self.menuBar().addMenu(self.tr("&File")),
            "edit": self.menuBar().addMenu(self.tr("&Edit")),
            "role": None,
            "article": self.menuBar().addMenu(self.tr("&Article")),
            "entities": self.menuBar().addMenu(self.tr("E&ntities")),
            "view": self.menuBar().addMenu(self.tr("&View")),
            "help": self.menuBar().addMenu(self.tr("&Help")),
        }
        role_menu = menus["edit"].addMenu(self.tr("Block role")) if menus["edit"] else None
        for spec in SPECS:
            act = QAction(label(spec), self)
            sequence = self.prefs.shortcut(spec.name)
            if sequence:
                act.setShortcut(QKeySequence(sequence))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.actions_by_name[spec.name] = act
            menu = role_menu if spec.menu == "role" else menus[spec.menu]
            if menu is not None:
                menu.addAction(act)
            self.addAction(act)
        a = self.actions_by_name
        a["import"].triggered.connect(self.import_dialog)
        a["sample"].triggered.connect(self.open_sample)
        a["save"].triggered.connect(self.desk.save)
        a["export"].triggered.connect(self.export_dialog)
        a["settings"].triggered.connect(self.settings_dialog)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.desk.stack.undo)
        a["redo"].triggered.connect(self.desk.stack.redo)
        a["split_article"].triggered.connect(self.split_article)
        a["merge_next"].triggered.connect(lambda: self.desk.merge_with_next(self.tr("Merge articles")))
        a["merge_prev"].triggered.connect(lambda: self.desk.merge_with_previous(self.tr("Merge articles")))
        a["join_para"].triggered.connect(self.join_paragraph)
        a["split_para"].triggered.connect(self.split_paragraph)
        a["to_top"].triggered.connect(self.move_to_top)
        a["block_next"].triggered.connect(lambda: self.move_block(True))
        a["block_prev"].triggered.connect(lambda: self.move_block(False))
        for name, role in ROLE_OF_ACTION.items():
            a[name].triggered.connect(lambda _=False, r=role: self.set_role(r))
        a["next"].triggered.connect(lambda: self.step(1))
        a["prev"].triggered.connect(lambda: self.step(-1))
        a["approve_next"].triggered.connect(self.approve_and_next)
        a["approve"].triggered.connect(lambda: self.desk.set_status("approved", self.tr("Approve")))
        a["reviewed"].triggered.connect(lambda: self.desk.set_status("reviewed", self.tr("Mark reviewed")))
        a["reopen"].triggered.connect(lambda: self.desk.set_status("new", self.tr("Reopen")))
        a["reanalyze"].triggered.connect(self.reanalyze)
        a["history"].triggered.connect(self.show_history)
        a["search"].triggered.connect(self.focus_search)
        a["shortcuts"].triggered.connect(lambda: ShortcutsDialog(self).exec())
        a["suggest"].triggered.connect(self.desk.suggest)
        a["tag_per"].triggered.connect(lambda: self.tag_selection("PER"))
        a["tag_loc"].triggered.connect(lambda: self.tag_selection("LOC"))
        a["tag_org"].triggered.connect(lambda: self.tag_selection("ORG"))
        a["untag"].triggered.connect(self.untag_at_cursor)
        a["review_queue"].triggered.connect(lambda: self.entity_panel.queue.setFocus())
        a["entity_index"].triggered.connect(self.entity_index)

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.filter.currentIndexChanged.connect(self._on_filter)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._on_filter())
        self.search_box.returnPressed.connect(self.run_search)
        self.search_box.textChanged.connect(lambda t: None if t else self._on_filter())
        self.editor.stateEdited.connect(lambda st: self.desk.edited(st, self.tr("Typing")))
        self.editor.cursorLinesChanged.connect(self.raw.focus_on)
        self.editor.cursorPositionChanged.connect(self._sync_role_box)
        self.editor.compositionChanged.connect(self._on_composition)
        self.raw.lineClicked.connect(self._on_raw_click)
        self.role_box.activated.connect(lambda _: self.set_role(str(self.role_box.currentData())))
        self.approve_button.clicked.connect(self.approve_and_next)
        self.cancel_button.clicked.connect(self._cancel_import)
        d = self.desk
        d.articleLoaded.connect(self._on_loaded)
        d.stateChanged.connect(self._on_state)
        d.statusChanged.connect(self._on_status)
        d.listChanged.connect(self._on_list_changed)
        d.saved.connect(lambda aid, v: self.status_label.setText(self.tr("Saved (version %1)").replace("%1", str(v))))
        d.errorRaised.connect(self._on_error)
        d.tagsChanged.connect(self._show_tags)
        self.entity_panel.queue.keyAction.connect(self._queue_key)
        self.entity_panel.suggestionFocused.connect(self._focus_mark)
        for name in ("accept", "reject", "label", "skip", "accept_all", "reject_all"):
            self.entity_panel.buttons[name].clicked.connect(lambda _=False, n=name: self._queue_key(n))
        d.stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        d.stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.actions_by_name["undo"].setEnabled(False)
        self.actions_by_name["redo"].setEnabled(False)

    # -- navigation -------------------------------------------------------------------------------
    @Slot()
    def _on_row(self) -> None:
        idx = self.table.currentIndex()
        if idx.isValid():
            aid = self.model.data(self.model.index(idx.row(), 0), Qt.ItemDataRole.UserRole)
            if aid is not None and aid != self.desk.current:
                self.desk.open(int(aid))

    def open_article(self, aid: int) -> None:
        row = self.model.row_of(aid)
        if row < 0:
            self.filter.setCurrentIndex(0)
            self.model.refresh()
            row = self.model.row_of(aid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.desk.open(aid)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def step(self, delta: int) -> None:
        row = self.table.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def approve_and_next(self) -> None:
        self.desk.set_status("approved", self.tr("Approve"))
        self.step(1)

    def _scope(self) -> tuple[int | None, int | None]:
        """(source id, page id) chosen in the sources tree."""
        idx = self.tree.currentIndex()
        if not idx.isValid():
            return None, None
        idx = idx.siblingAtColumn(0)
        source = idx.data(SourceTreeModel.SOURCE_ROLE)
        page = idx.data(SourceTreeModel.PAGE_ROLE)
        return (int(source) if source is not None else None), (int(page) if page is not None else None)

    @Slot()
    def _on_filter(self) -> None:
        self.model.refresh(self.filter.currentData(), *self._scope())
        self._update_count()
        self._reselect()

    def run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self._on_filter()
            return
        hits = self.archive.search(query, limit=500, status=self.filter.currentData())
        self.model.show_hits(hits)
        self.count_label.setText(self.tr("%1 hits").replace("%1", str(len(hits))))
        self.status_label.setText(self.tr("Search: %1").replace("%1", query))
        if hits:
            self.table.selectRow(0)

    def _reselect(self) -> None:
        if self.desk.current is not None:
            row = self.model.row_of(self.desk.current)
            if row >= 0:
                self.table.selectRow(row)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 articles").replace("%1", str(self.model.rowCount())))

    # -- the open article ----------------------------------------------------------------------------
    @Slot(int)
    def _on_loaded(self, aid: int) -> None:
        page_id = self.desk.page_id
        self.raw.set_page(self.archive.page_text(page_id))
        self.raw.set_notices(self.archive.page_notices(page_id))
        self.editor.show_state(self.desk.state)
        self._mark_raw()
        self._update_article_label()
        if self.desk.suggester is not None:
            self.desk.suggest()
        self._show_tags()
        query = self.search_box.text().strip()
        if query:
            self._highlight(query)

    @Slot()
    def _on_state(self) -> None:
        self.editor.show_state(self.desk.state, keep_cursor=True)
        self._mark_raw()
        self._show_tags()

    def _mark_raw(self) -> None:
        roles: dict[int, str] = {}
        for line in self.archive.furniture_lines(self.desk.page_id):
            roles[line] = "furniture"
        current: set[int] = set()
        for b in self.desk.state.blocks:
            for line, _ in b.charmap:
                if line >= 0:
                    roles.setdefault(line, b.role)
                    current.add(line)
        self.raw.mark(roles, current)

    def _update_article_label(self) -> None:
        names = {"new": self.tr("new"), "reviewed": self.tr("reviewed"), "approved": self.tr("approved")}
        text = (
            self.tr("Article %1 · %2 · version %3")
            .replace("%1", str(self.desk.current))
            .replace("%2", names.get(self.desk.status, self.desk.status))
            .replace("%3", str(self.desk.version))
        )
        self.article_label.setText(text)
        self.article_label.setToolTip(text)  # (the label may be cut where the pane is narrow)

    @Slot(int, str)
    def _on_status(self, aid: int, status: str) -> None:
        self.model.invalidate(aid)
        self._update_article_label()
        self.tree_model.refresh()
        self.tree.expandAll()

    @Slot()
    def _on_list_changed(self) -> None:
        current = self.desk.current
        self.model.refresh(self.filter.currentData())
        self._update_count()
        if current is not None:
            self.open_article(current)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.status_label.setText(message)
        QMessageBox.warning(self, self.tr("Not saved"), message)

    @Slot(int)
    def _on_raw_click(self, line: int) -> None:
        where = self.desk.state.locate_line(line)
        if where is not None:
            self.editor.place_cursor(*where)

    @Slot()
    def _sync_role_box(self) -> None:
        block, _ = self.editor.block_and_offset()
        if 0 <= block < len(self.desk.state.blocks):
            k = self.role_box.findData(self.desk.state.blocks[block].role)
            if k >= 0:
                self.role_box.setCurrentIndex(k)

    def _highlight(self, query: str) -> None:
        found = self.editor.document().find(query)
        if not found.isNull():
            self.editor.setTextCursor(found)
            self.editor.ensureCursorVisible()

    @Slot(bool)
    def _on_composition(self, composing: bool) -> None:
        for act in self.actions_by_name.values():
            act.setEnabled(not composing)
        if not composing:
            self.actions_by_name["undo"].setEnabled(self.desk.stack.canUndo())
            self.actions_by_name["redo"].setEnabled(self.desk.stack.canRedo())

    # -- editing actions ------------------------------------------------------------------------------
    def set_role(self, role: str) -> None:
        block, _ = self.editor.block_and_offset()
        self.desk.set_role(block, role, self.tr("Change role"))

    def join_paragraph(self) -> None:
        block, _ = self.editor.block_and_offset()
        self.desk.join_with_next(block, self.tr("Join paragraphs"))

    def split_paragraph(self) -> None:
        block, offset = self.editor.block_and_offset()
        self.desk.split_block(block, offset, self.tr("Split paragraph"))

    def move_to_top(self) -> None:
        block, _ = self.editor.block_and_offset()
        self.desk.move_to_top(block, self.tr("Move block to top"))

    def move_block(self, forward: bool) -> None:
        """Move the block under the cursor, or every block of the raw lines selected in the raw
        pane, to the neighbouring article (one undo step)."""
        label = self.tr("Move block to another article")
        lines = self.raw.selected_lines() if self.raw.hasFocus() else []
        if not lines:
            block, _ = self.editor.block_and_offset()
            self.desk.move_block_to(block, forward, label)
            return
        wanted = set(lines)
        blocks = [k for k, b in enumerate(self.desk.state.blocks) if wanted & {ln for ln, _ in b.charmap}]
        if not blocks:
            return
        self.desk.stack.beginMacro(label)
        # moving forward goes to the start of the next article: last block first keeps the order
        for k in sorted(blocks, reverse=True) if forward else [blocks[0]] * len(blocks):
            self.desk.move_block_to(k, forward, label)
        self.desk.stack.endMacro()

    def split_article(self) -> None:
        block, offset = self.editor.block_and_offset()
        if offset > 0 and offset < len(self.desk.state.blocks[block].text):
            self.desk.split_block(block, offset, self.tr("Split paragraph"))
            block += 1
        self.desk.split_here(block, self.tr("Split article"))

    def reanalyze(self) -> None:
        if self.desk.current is None:
            return
        self.desk.save()
        answer = QMessageBox.question(
            self,
            self.tr("Re-run analysis"),
            self.tr(
                "Analyse this page again? Articles you changed are kept.\n"
                "Choose Yes to All to replace your changes too."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.YesToAll | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        report = self.archive.reanalyze_page(self.desk.page_id, answer == QMessageBox.StandardButton.YesToAll)
        self.desk.stack.clear()
        self.status_label.setText(
            self.tr("Re-analysed: %1 kept, %2 added")
            .replace("%1", str(len(report["kept"])))
            .replace("%2", str(report["added"]))
        )
        self.model.refresh(self.filter.currentData())
        ids = self.archive.article_ids()
        if ids:
            self.open_article(report["kept"][0] if report["kept"] else ids[0])

    def show_history(self) -> None:
        if self.desk.current is None:
            return
        self.desk.save()
        dialog = HistoryDialog(self.archive, self.desk.current, self)
        if dialog.exec() and dialog.restore_version is not None:
            self.archive.restore(self.desk.current, dialog.restore_version, self.desk.version)
            self.desk.stack.clear()
            self.desk.reload()

    # -- entities ----------------------------------------------------------------------------------------
    def start_suggester(self, wait: bool = False) -> None:
        """Load jieba off the GUI thread; suggestions start once it is ready."""
        self.entity_panel.status.setText(self.tr("Loading the dictionary…"))
        thread = threading.Thread(target=entities.preload, daemon=True)
        thread.start()
        if wait:
            thread.join()
            self._suggester_ready()
            return
        timer = QTimer(self)

        def poll() -> None:
            if entities.is_loaded():
                timer.stop()
                self._suggester_ready()

        timer.timeout.connect(poll)
        timer.start(200)

    def _suggester_ready(self) -> None:
        accepted, rejected = self.archive.tags.lexicon()
        self.desk.use_suggester(entities.EntitySuggester(accepted, rejected))
        self.entity_panel.status.setText(self.tr("Ready: A accept, R reject, L label, S skip."))
        if self.desk.current is not None:
            self.desk.suggest()

    def _ent_to_doc(self, pos: int) -> int:
        ent = doc = 0
        for b in self.desk.state.blocks:
            n = len(b.text)
            if b.role != "furniture":
                if pos <= ent + n:
                    return doc + (pos - ent)
                ent += n + 1
            doc += n + 1
        return doc

    def _doc_to_ent(self, pos: int) -> int:
        ent = doc = 0
        for b in self.desk.state.blocks:
            n = len(b.text)
            if pos <= doc + n:
                return ent + (pos - doc) if b.role != "furniture" else ent
            doc += n + 1
            if b.role != "furniture":
                ent += n + 1
        return ent

    @Slot()
    def _show_tags(self) -> None:
        self.entity_panel.labels = self.prefs.labels()
        self.entity_panel.show_items(self.desk.suggestions, self.desk.tags)
        self._focused_mark = self.entity_panel.current()
        self._show_marks()

    def _show_marks(self) -> None:
        labels = self.entity_panel.labels
        focused = self._focused_mark
        marks = []
        for t in self.desk.tags:
            marks.append(
                (self._ent_to_doc(t.start), self._ent_to_doc(t.end), labels.get(t.label, "#888888"), True, focused == t)
            )
        for s in self.desk.suggestions:
            marks.append(
                (
                    self._ent_to_doc(s.start),
                    self._ent_to_doc(s.end),
                    labels.get(s.label, "#888888"),
                    False,
                    focused == s,
                )
            )
        self.editor.set_marks(marks)

    @Slot(object)
    def _focus_mark(self, item: object) -> None:
        self._focused_mark = item
        start = getattr(item, "start", None)
        if isinstance(start, int):
            cur = self.editor.textCursor()
            cur.setPosition(self._ent_to_doc(start))
            self.editor.setTextCursor(cur)
            self.editor.ensureCursorVisible()
        self._show_marks()

    @Slot(str)
    def _queue_key(self, action: str) -> None:
        s = self.entity_panel.current()
        if s is None:
            return
        labels = list(self.prefs.labels())
        if action == "accept":
            self.desk.accept(s, text=self.tr("Accept tag"))
        elif action.isdigit() and 0 < int(action) <= len(labels):
            self.desk.accept(s, labels[int(action) - 1], text=self.tr("Accept tag"))
        elif action == "reject":
            self.desk.reject(s)
        elif action == "label":
            nxt = labels[(labels.index(s.label) + 1) % len(labels)] if s.label in labels else labels[0]
            k = self.desk.suggestions.index(s)
            self.desk.suggestions[k] = replace(s, label=nxt)
            self._show_tags()
        elif action == "skip":
            q = self.entity_panel.queue
            q.setCurrentRow(min(q.currentRow() + 1, q.count() - 1))
        elif action == "accept_all":
            self.accept_all(s.text, s.label)
        elif action == "reject_all":
            n = self.desk.reject_all(s)
            self.status_label.setText(self.tr("Rejected %1 suggestion(s)").replace("%1", str(n)))
        self.entity_panel.queue.setFocus()

    def accept_all(self, word: str, label: str) -> None:
        wide = self.entity_panel.archive_wide.isChecked()
        where = self.desk.occurrences(word, wide)
        count = sum(len(v) for v in where.values())
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Accept all occurrences"),
            self.tr("Tag %1 occurrence(s) of “%2” in %3 article(s) as %4?")
            .replace("%1", str(count))
            .replace("%2", word)
            .replace("%3", str(len(where)))
            .replace("%4", label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.desk.tag_all(word, label, where, self.tr("Accept all occurrences"))
            self.status_label.setText(self.tr("Tagged %1 occurrence(s)").replace("%1", str(count)))

    def tag_selection(self, label: str) -> None:
        cur = self.editor.textCursor()
        if not cur.hasSelection():
            self.status_label.setText(self.tr("Select the text to tag first."))
            return
        self.desk.tag_range(
            self._doc_to_ent(cur.selectionStart()), self._doc_to_ent(cur.selectionEnd()), label, self.tr("Tag")
        )

    def untag_at_cursor(self) -> None:
        self.desk.untag(self._doc_to_ent(self.editor.textCursor().position()), self.tr("Remove tag"))

    def entity_index(self) -> None:
        dialog = EntityIndexDialog(self.archive, self)
        if dialog.exec() and dialog.chosen is not None:
            aid, word = dialog.chosen
            self.open_article(int(aid))
            self._highlight(word)

    # -- settings and export ------------------------------------------------------------------------
    def apply_prefs(self) -> None:
        size = float(self.prefs.get("ui/font_size"))
        self.editor.setFont(cjk_font(size))
        self.editor.highlighter.base = size
        self.editor.highlighter.rehighlight()
        self.desk.set_autosave(int(self.prefs.get("desk/autosave_ms")))
        for spec in SPECS:
            self.actions_by_name[spec.name].setShortcut(QKeySequence(self.prefs.shortcut(spec.name)))
        if self.prefs.get("editor/name"):
            self.archive.editor = str(self.prefs.get("editor/name"))

    def settings_dialog(self) -> None:
        SettingsDialog(self.prefs, self).exec()
        self.apply_prefs()

    def export_dialog(self) -> None:
        self.desk.save()
        ExportDialog(self.archive, self.desk.current, self).exec()

    # -- import ------------------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import pages"), "", self.tr("Text pages (*.txt);;All files (*)")
        )
        if files:
            self.import_files(files)

    def open_sample(self) -> None:
        self.import_files([str(sample_page())])

    def import_files(self, files: list[str], wait: bool = False) -> None:
        if self.worker is not None:
            return
        self.worker = ImportWorker(self.archive.path, files, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finishedImport.connect(self._on_imported)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText(self.tr("Importing %1 file(s)…").replace("%1", str(len(files))))
        self.worker.start()
        if wait:
            self.worker.wait()

    @Slot(int, str)
    def _on_progress(self, done: int, name: str) -> None:
        self.progress.setValue(done)
        self.status_label.setText(self.tr("Importing %1").replace("%1", name))

    @Slot(dict)
    def _on_imported(self, counts: dict[str, int]) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        msg = self.tr("Imported %1, duplicates %2, failed %3").replace("%1", str(counts["imported"]))
        msg = msg.replace("%2", str(counts["duplicate"])).replace("%3", str(counts["failed"]))
        if counts.get("cancelled"):
            msg += " " + self.tr("(cancelled)")
        self.status_label.setText(msg)
        if counts.get("errors"):
            QMessageBox.warning(self, self.tr("Import"), msg + "\n\n" + "\n".join(counts["errors"]))  # type: ignore[arg-type]
        self.model.refresh(self.filter.currentData())
        self.tree_model.refresh()
        self.tree.expandAll()
        self._update_count()
        if self.desk.current is None and self.model.rowCount():
            self.table.selectRow(0)

    def _cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def offer_sample(self, ask: bool = True) -> None:
        """An empty archive: open the bundled sample page (on the very first start without
        asking, later only if the editor wants it); otherwise select the first article."""
        if self.archive.count() == 0:
            if not ask:
                self.open_sample()
                return
            answer = QMessageBox.question(
                self,
                self.tr("Welcome to newsdesk"),
                self.tr("The archive is empty. Open the bundled sample page to see how newsdesk works?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_sample()
        elif self.model.rowCount():
            self.table.selectRow(0)

    # -- layout and closing ------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/main_split", self.main_split.restoreState),
            ("window/panes", self.panes.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        if not self.desk.save() and self.desk.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The open article could not be saved. Close anyway and lose this edit?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/main_split", self.main_split.saveState())
        self.settings.setValue("window/panes", self.panes.saveState())
        super().closeEvent(event)
