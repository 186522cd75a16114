from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.core.spans import Span, entity_text
from newsdesk.paths import sample_page
from newsdesk.store import Archive, StoreError


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    a = Archive(tmp_path / "t.db", editor="tester")
    a.import_path(sample_page())
    return a


def tag(archive: Archive, aid: int, word: str, label: str) -> Span:
    text = entity_text(archive.get(aid).article)
    start = text.index(word)
    return Span(start, start + len(word), label, word)


def test_spans_follow_text_edits(archive: Archive) -> None:
    aid = archive.article_ids()[0]
    archive.tags.set_spans(aid, [tag(archive, aid, "张明远", "PER"), tag(archive, aid, "陈立新", "PER")])
    rec = archive.get(aid)
    body = rec.article.paragraphs[0]
    body.text = "今天，" + body.text.replace("陈立新", "陈力新")
    archive.save(aid, rec.article, rec.version)
    text = entity_text(archive.get(aid).article)
    spans = {s.text: s for s in archive.tags.spans(aid)}
    assert text[spans["张明远"].start : spans["张明远"].end] == "张明远"
    assert not spans["张明远"].needs_review
    assert spans["陈力新"].needs_review


def test_bad_span_is_refused(archive: Archive) -> None:
    aid = archive.article_ids()[0]
    with pytest.raises(StoreError, match="does not match"):
        archive.tags.set_spans(aid, [Span(0, 3, "PER", "不对的")])


def test_decisions_round_trip_through_csv(archive: Archive, tmp_path: Path) -> None:
    archive.tags.decide("滨江图书馆", "ORG", "accept")
    archive.tags.decide("文明", "PER", "reject")
    path = tmp_path / "decisions.csv"
    assert archive.tags.export_decisions(path) == 2
    other = Archive(tmp_path / "other.db")
    assert other.tags.import_decisions(path) == 2
    assert other.tags.lexicon() == ([("滨江图书馆", "ORG")], [("文明", "PER")])


def test_bad_decisions_file_imports_nothing(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("text,label,decision\n甲,PER,accept\n乙,PER,maybe\n", encoding="utf-8")
    with pytest.raises(StoreError, match="bad row"):
        archive.tags.import_decisions(path)
    assert archive.tags.lexicon() == ([], [])


def test_entity_index(archive: Archive) -> None:
    ids = archive.article_ids()
    archive.tags.set_spans(ids[0], [tag(archive, ids[0], "青川区", "LOC")])
    archive.tags.set_spans(ids[1], [tag(archive, ids[1], "青川", "LOC")])
    rows = archive.tags.index("青川")
    assert {(r["text"], r["label"]) for r in rows} == {("青川区", "LOC"), ("青川", "LOC")}
    assert rows[0]["articles"]
