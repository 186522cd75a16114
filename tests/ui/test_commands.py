"""Each undo command on a bare QUndoStack: push, check, undo, check, redo, check."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.paths import sample_page
from newsdesk.store import Archive
from newsdesk.ui.controller import DeskController


@pytest.fixture
def desk(tmp_path: Path, qapp) -> DeskController:  # type: ignore[no-untyped-def]
    page = tmp_path / "p.txt"
    page.write_bytes(sample_page().read_bytes())
    archive = Archive(tmp_path / "a.db", editor="tester")
    archive.import_path(page)
    d = DeskController(archive)
    d.open(archive.article_ids()[0])
    return d


def texts(desk: DeskController) -> list[tuple[str, str]]:
    return [(b.role, b.text) for b in desk.state.blocks]


def stored(desk: DeskController, aid: int | None = None) -> list[tuple[str, str]]:
    rec = desk.archive.get(aid if aid is not None else desk.current)  # type: ignore[arg-type]
    return [(b.role, b.text) for b in rec.article.blocks]


def test_set_role(desk: DeskController) -> None:
    before = texts(desk)
    desk.set_role(3, "subheadline", "role")
    assert desk.state.blocks[3].role == "subheadline"
    desk.stack.undo()
    assert texts(desk) == before
    desk.stack.redo()
    assert desk.state.blocks[3].role == "subheadline"
    assert desk.save()
    assert stored(desk)[3][0] == "subheadline"


def test_join_and_split_paragraphs(desk: DeskController) -> None:
    before = texts(desk)
    desk.join_with_next(2, "join")
    assert len(desk.state.blocks) == len(before) - 1
    assert desk.state.blocks[2].text == before[2][1] + before[3][1]
    desk.stack.undo()
    assert texts(desk) == before
    desk.split_block(2, 5, "split")
    assert desk.state.blocks[2].text == before[2][1][:5]
    assert desk.state.blocks[3].text == before[2][1][5:]
    desk.stack.undo()
    assert texts(desk) == before
    desk.stack.redo()
    assert len(desk.state.blocks) == len(before) + 1


def test_move_headline_to_top(desk: DeskController) -> None:
    desk.set_role(4, "headline", "role")
    desk.move_to_top(4, "top")
    assert desk.state.blocks[0].role == "headline"
    desk.stack.undo()
    assert desk.state.blocks[4].role == "headline"


def test_typing_is_one_undo_step_and_autosaves(desk: DeskController, qtbot) -> None:  # type: ignore[no-untyped-def]
    original = desk.state
    first = desk.state.blocks[2]
    from newsdesk.ui.state import INSERTED, ArticleState, BlockState

    def typed(extra: str) -> ArticleState:
        blocks = list(desk.state.blocks)
        blocks[2] = BlockState(first.role, first.text + extra, first.charmap + (INSERTED,) * len(extra))
        return ArticleState(tuple(blocks))

    desk.edited(typed("甲"), "typing")
    desk.edited(typed("甲乙"), "typing")
    assert desk.stack.count() == 1
    qtbot.waitUntil(lambda: not desk.dirty, timeout=2000)
    assert stored(desk)[2][1].endswith("甲乙")
    desk.stack.undo()
    assert desk.state == original
    desk.save()
    assert not stored(desk)[2][1].endswith("乙")


def test_status(desk: DeskController) -> None:
    desk.set_status("approved", "approve")
    assert desk.archive.get(desk.current).status == "approved"  # type: ignore[arg-type]
    desk.stack.undo()
    assert desk.archive.get(desk.current).status == "new"  # type: ignore[arg-type]
    desk.stack.redo()
    assert desk.status == "approved"


def test_split_and_merge_articles(desk: DeskController) -> None:
    aid = desk.current
    before = stored(desk)
    n = desk.archive.count()
    desk.split_here(3, "split")
    assert desk.archive.count() == n + 1
    assert stored(desk) == before[:3]
    desk.stack.undo()
    assert desk.archive.count() == n
    assert stored(desk, aid) == before
    desk.stack.redo()
    assert desk.archive.count() == n + 1
    desk.stack.undo()
    desk.merge_with_next("merge")
    assert desk.archive.count() == n - 1
    merged = stored(desk, aid)
    assert merged[: len(before)] == before and len(merged) > len(before)
    desk.stack.undo()
    assert desk.archive.count() == n
    assert stored(desk, aid) == before


def test_stale_save_is_refused_with_message(desk: DeskController, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    other = Archive(desk.archive.path, editor="other")
    rec = other.get(desk.current)  # type: ignore[arg-type]
    other.save(rec.id, rec.article, rec.version)
    desk.set_role(3, "caption", "role")
    with qtbot.waitSignal(desk.errorRaised) as blocker:
        assert not desk.save()
    assert "changed elsewhere" in blocker.args[0]
    assert desk.dirty  # the edit is still in the desk, not lost


def test_move_block_to_next_article_and_back(desk: DeskController) -> None:
    first = desk.current
    second = desk.archive.article_ids()[1]
    caption = texts(desk)[-1]
    before_first, before_second = stored(desk), stored(desk, second)
    desk.move_block_to(len(desk.state.blocks) - 1, True, "move")
    assert stored(desk, first) == before_first[:-1]
    assert stored(desk, second) == [caption, *before_second]
    desk.stack.undo()
    assert stored(desk, first) == before_first
    assert stored(desk, second) == before_second
