"""Reviewing entity suggestions in the desk, from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from newsdesk.store import Archive
from newsdesk.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, archive: Archive, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(archive, settings)
    qtbot.addWidget(w)
    w.show()
    w.offer_sample()
    qtbot.waitUntil(lambda: w.desk.current is not None)
    w.start_suggester(wait=True)
    return w


def texts(items: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(x.text, x.label) for x in items}


def test_suggestions_appear_with_dashed_marks(window: MainWindow) -> None:
    assert ("张明远", "PER") in texts(window.desk.suggestions)
    assert window.entity_panel.queue.count() == len(window.desk.suggestions)
    assert window.editor.extraSelections()


def test_accept_and_reject_with_single_keys(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    queue = window.entity_panel.queue
    queue.setFocus()
    first = window.entity_panel.current()
    assert first is not None
    qtbot.keyClick(queue, Qt.Key.Key_A)
    assert (first.text, first.label) in texts(window.desk.tags)
    assert (first.text, first.label) in texts(window.archive.tags.spans(window.desk.current))  # type: ignore[arg-type]
    second = window.entity_panel.current()
    assert second is not None and second != first
    qtbot.keyClick(queue, Qt.Key.Key_R)
    assert second not in window.desk.suggestions
    assert (second.text, second.label) in window.archive.tags.lexicon()[1]
    window.editor.setFocus()
    key = QKeySequence("Ctrl+Z")[0]
    qtbot.keyClick(window.editor, key.key(), key.keyboardModifiers())
    assert (first.text, first.label) not in texts(window.desk.tags)


def test_single_keys_do_nothing_in_the_editor(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.place_cursor(2, 0)
    before = list(window.desk.tags)
    qtbot.keyClick(window.editor, Qt.Key.Key_A)
    assert window.desk.tags == before
    assert window.desk.state.blocks[2].text.startswith("a")


def test_tag_selection_by_hand_and_remove(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_text = window.editor.toPlainText()
    start = doc_text.index("滨江公园")
    cur = window.editor.textCursor()
    cur.setPosition(start)
    cur.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cur)
    key = QKeySequence("Ctrl+Shift+2")[0]
    qtbot.keyClick(window.editor, key.key(), key.keyboardModifiers())
    assert ("滨江公园", "LOC") in texts(window.desk.tags)
    cur.setPosition(start + 1)
    window.editor.setTextCursor(cur)
    key = QKeySequence("Ctrl+Shift+0")[0]
    qtbot.keyClick(window.editor, key.key(), key.keyboardModifiers())
    assert ("滨江公园", "LOC") not in texts(window.desk.tags)


def test_accept_all_occurrences_is_one_undo_step(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.accept_all("青川", "LOC")
    tagged = [t for t in window.desk.tags if t.text == "青川"]
    assert len(tagged) >= 2
    window.desk.stack.undo()
    assert not [t for t in window.desk.tags if t.text == "青川"]


def test_accept_all_across_archive(window: MainWindow) -> None:
    window.entity_panel.archive_wide.setChecked(True)
    window.accept_all("青川", "LOC")
    ids = window.archive.article_ids()
    assert all(any(t.text == "青川" for t in window.archive.tags.spans(a)) for a in ids)
    window.desk.stack.undo()
    assert not any(t.text == "青川" for a in ids for t in window.archive.tags.spans(a))


def test_tags_follow_typing_before_them(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.entity_panel.queue.setFocus()
    first = window.entity_panel.current()
    assert first is not None
    qtbot.keyClick(window.entity_panel.queue, Qt.Key.Key_A)
    window.editor.place_cursor(0, 0)
    window.editor.insertPlainText("新")
    window.desk.save()
    (tag,) = [t for t in window.desk.tags if t.text == first.text][:1]
    assert tag.start == first.start + 1


def test_entity_index_lists_accepted(window: MainWindow) -> None:
    from newsdesk.ui.dialogs import EntityIndexDialog

    window.accept_all("张明远", "PER")
    dialog = EntityIndexDialog(window.archive, window)
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 0).text() == "张明远"
