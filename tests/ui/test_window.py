"""The desk driven as an editor would: clicks, typing and shortcuts, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from newsdesk.store import Archive
from newsdesk.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, archive: Archive, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(archive, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.offer_sample()  # archive not empty: selects the first article
    qtbot.waitUntil(lambda: w.desk.current is not None)
    return w


def press(qtbot, window: MainWindow, sequence: str) -> None:  # type: ignore[no-untyped-def]
    """Press a shortcut the way a user does, on the focused widget."""
    key = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key.key(), key.keyboardModifiers())


def type_chinese(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type Chinese the way it is really entered: an input method composes, then commits."""
    widget.setFocus()
    QApplication.sendEvent(widget, QInputMethodEvent("pinyin", []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def blocks(window: MainWindow) -> list[tuple[str, str]]:
    return [(b.role, b.text) for b in window.desk.state.blocks]


def test_model_passes_qt_model_tester(archive: Archive, qtbot) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.ui.models import ArticleListModel

    model = ArticleListModel(archive)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.refresh()
    model.refresh("approved")
    model.show_hits(archive.search("青川"))
    assert model.rowCount() >= 1


def test_open_sample_shows_article_and_raw_lines(window: MainWindow) -> None:
    assert window.model.rowCount() == 3
    assert window.editor.toPlainText().startswith("青川区部署春季植树造林工作")
    assert window.raw.current  # the article's raw lines are marked
    assert window.raw.roles[0] == "furniture"


def test_typing_then_undo_redo_with_keys(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.place_cursor(2, 0)
    type_chinese(window.editor, "新")
    assert window.desk.state.blocks[2].text.startswith("新")
    press(qtbot, window, "Ctrl+Z")
    assert not window.desk.state.blocks[2].text.startswith("新")
    press(qtbot, window, "Ctrl+Shift+Z")
    assert window.desk.state.blocks[2].text.startswith("新")
    qtbot.waitUntil(lambda: not window.desk.dirty, timeout=2500)  # autosaved
    assert window.archive.get(window.desk.current).article.blocks[2].text.startswith("新")  # type: ignore[arg-type]


def test_enter_splits_paragraph_and_keeps_link(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = len(window.desk.state.blocks)
    window.editor.place_cursor(2, 5)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    assert len(window.desk.state.blocks) == before + 1
    assert window.desk.state.blocks[3].role == "body"
    window.editor.place_cursor(3, 1)
    assert window.raw.focus_lines  # the raw line behind the cursor is still known
    raw_line = window.raw.focus_lines[0]
    assert window.desk.state.blocks[3].text[1] in window.raw.document().findBlockByNumber(raw_line).text()


def test_change_role_with_shortcut(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.place_cursor(3, 0)
    press(qtbot, window, "Ctrl+5")
    assert window.desk.state.blocks[3].role == "caption"
    press(qtbot, window, "Ctrl+Z")
    assert window.desk.state.blocks[3].role == "body"


def test_split_and_merge_articles_with_shortcuts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = window.desk.current
    text = blocks(window)
    window.editor.place_cursor(3, 0)
    press(qtbot, window, "Ctrl+Alt+S")
    assert window.model.rowCount() == 4
    assert blocks(window) == text[:3]
    window.editor.setFocus()
    press(qtbot, window, "Ctrl+Alt+M")
    assert window.model.rowCount() == 3
    assert window.desk.current == first
    assert blocks(window) == text
    press(qtbot, window, "Ctrl+Z")
    assert window.model.rowCount() == 4


def test_approve_and_next(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = window.desk.current
    window.editor.setFocus()
    press(qtbot, window, "Ctrl+Return")
    assert window.archive.get(first).status == "approved"  # type: ignore[arg-type]
    assert window.desk.current != first
    window.filter.setCurrentIndex(3)  # approved
    assert window.model.rowCount() == 1


def test_click_raw_line_moves_cursor(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    state = window.desk.state
    line = state.blocks[3].charmap[0][0]
    window.raw.lineClicked.emit(line)
    block, offset = window.editor.block_and_offset()
    assert (block, offset) == (3, 0)


def test_search_opens_article_with_hit(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_chinese(window.search_box, "图书馆")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1
    qtbot.waitUntil(lambda: "图书馆" in window.editor.textCursor().selectedText())


def test_shortcuts_do_not_fire_while_composing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.place_cursor(3, 0)
    window.editor.setFocus()
    QApplication.sendEvent(window.editor, QInputMethodEvent("zhong", []))
    assert window.editor.composing
    press(qtbot, window, "Ctrl+5")
    assert window.desk.state.blocks[3].role == "body"
    QApplication.sendEvent(window.editor, QInputMethodEvent("", []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString("中")
    QApplication.sendEvent(window.editor, commit)
    assert not window.editor.composing
    assert window.desk.state.blocks[3].text.startswith("中")
    press(qtbot, window, "Ctrl+5")
    assert window.desk.state.blocks[3].role == "caption"


def test_stale_second_window_gets_message(
    window: MainWindow,
    qtbot,
    settings: QSettings,
    no_modal_dialogs: list[tuple[str, str]],  # type: ignore[no-untyped-def]
) -> None:
    other = Archive(window.archive.path, editor="other")
    second = MainWindow(other, settings)
    qtbot.addWidget(second)
    second.offer_sample()
    qtbot.waitUntil(lambda: second.desk.current == window.desk.current)
    window.editor.place_cursor(2, 0)
    type_chinese(window.editor, "甲")
    window.desk.save()
    second.editor.place_cursor(2, 0)
    type_chinese(second.editor, "乙")
    assert not second.desk.save()
    assert any("changed elsewhere" in text for _, text in no_modal_dialogs)
    assert window.archive.get(window.desk.current).article.blocks[2].text.startswith("甲")  # type: ignore[arg-type]


def test_layout_is_remembered(qtbot, archive: Archive, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(archive, settings)
    qtbot.addWidget(w)
    w.main_split.setSizes([200, 900])
    w.close()
    again = MainWindow(archive, settings)
    qtbot.addWidget(again)
    assert again.main_split.sizes()[0] == w.main_split.sizes()[0]


def test_import_runs_in_background_and_reports(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    with qtbot.waitSignal(window.desk.stack.indexChanged, timeout=50, raising=False):
        pass
    window.import_files([str(bad)])
    qtbot.waitUntil(lambda: window.worker is None, timeout=5000)
    assert "failed 1" in window.status_label.text()


def test_sources_tree_filters_articles(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.ui.models import SourceTreeModel

    QAbstractItemModelTester(window.tree_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    source = window.tree_model.index(1, 0)
    page = window.tree_model.index(0, 0, source)
    assert page.data(SourceTreeModel.PAGE_ROLE) is not None
    assert window.tree_model.index(0, 1, source).data().startswith("3")
    window.tree.setCurrentIndex(page)
    assert window.model.rowCount() == 3
    window.tree.setCurrentIndex(window.tree_model.index(0, 0))  # all sources
    assert window.model.rowCount() == 3


def test_sources_tree_counts_say_what_they_count(window: MainWindow) -> None:
    # (a mark for "reviewed" that reads as no cut-off text, and a tooltip in words)
    source = window.tree_model.index(1, 0)
    for cell in (window.tree_model.index(0, 1, source), window.tree_model.index(1, 1)):
        assert cell.data() == "3  (0✓ 0◐ 3○)"
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == "0 approved, 0 reviewed, 3 new"


def test_move_selected_raw_lines_to_next_article(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    first = window.desk.current
    blocks_before = blocks(window)
    last_two = window.desk.state.blocks[-2:]
    lines = sorted({ln for b in last_two for ln, _ in b.charmap if ln >= 0})
    doc = window.raw.document()
    cur = QTextCursor(doc.findBlockByNumber(lines[0]))
    cur.setPosition(doc.findBlockByNumber(lines[-1]).position() + 1, QTextCursor.MoveMode.KeepAnchor)
    window.raw.setTextCursor(cur)
    window.raw.setFocus()
    press(qtbot, window, "Ctrl+Alt+Down")
    second = window.archive.article_ids()[1]
    moved = [(b.role, b.text) for b in window.archive.get(second).article.blocks][:2]
    assert moved == [(b.role, b.text) for b in last_two]
    assert [(b.role, b.text) for b in window.archive.get(first).article.blocks] == blocks_before[:-2]  # type: ignore[arg-type]
    window.desk.stack.undo()  # one step for the whole selection
    assert [(b.role, b.text) for b in window.archive.get(first).article.blocks] == blocks_before  # type: ignore[arg-type]


def test_unexpected_error_saves_article_and_names_log(
    window: MainWindow,
    tmp_path: Path,
    no_modal_dialogs: list[tuple[str, str]],  # type: ignore[no-untyped-def]
) -> None:
    from newsdesk.ui.app import error_handler

    window.editor.place_cursor(2, 0)
    type_chinese(window.editor, "未")
    assert window.desk.dirty
    hook = error_handler(window, tmp_path / "newsdesk.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(RuntimeError, exc, exc.__traceback__)
    assert not window.desk.dirty
    assert window.archive.get(window.desk.current).article.blocks[2].text.startswith("未")  # type: ignore[arg-type]
    (kind, text) = no_modal_dialogs[-1]
    assert kind == "box" and "newsdesk.log" in text and "saved" in text


def test_the_scan_marks_what_the_pipeline_noticed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCharFormat

    from newsdesk.core.model import Notice
    from newsdesk.ui.rawview import RawView, notice_text

    view = RawView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    view.set_page("本报讯（青川新闻记煮 林晓雨）\n青川 区今天召开会议。")
    view.set_notices([Notice("mended", 0, 8, "记煮→记者"), Notice("stray-space", 1, 2, "川␣区")])
    waves = [
        (s.cursor.blockNumber(), s.cursor.selectionStart() - s.cursor.block().position())
        for s in view.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert waves == [(0, 8), (0, 9), (1, 2)]
    # hovering a marked character tells what happened there
    cur = view.textCursor()
    cur.setPosition(view.document().findBlockByNumber(0).position() + 9)
    rect = view.cursorRect(cur)
    found = view._notice_under(rect.center().x() - 2, rect.center().y())
    assert found is not None and notice_text(found) == "Scanned as “记煮”; the clean text reads “记者”."
    assert (
        notice_text(Notice("stray-space", 1, 2, "川␣区")) == "A stray space here is left out of the clean text (川␣区)."
    )


def test_a_new_archive_opens_with_the_sample_page(qtbot, tmp_path: Path, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    archive = Archive(tmp_path / "new.db", editor="tester")
    w = MainWindow(archive, settings)
    qtbot.addWidget(w)
    w.show()
    w.offer_sample(ask=False)  # what the first start does: no question asked
    qtbot.waitUntil(lambda: archive.count() == 3 and w.desk.current is not None, timeout=10000)
    assert w.raw.toPlainText()
