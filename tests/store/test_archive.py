from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from newsdesk.core.typeset import PlainArticle, typeset
from newsdesk.paths import sample_page
from newsdesk.store import Archive, StaleVersionError, StoreError
from newsdesk.store.schema import SCHEMA_VERSION


@pytest.fixture
def page(tmp_path: Path) -> Path:
    p = tmp_path / "page.txt"
    p.write_bytes(sample_page().read_bytes())
    return p


@pytest.fixture
def archive(tmp_path: Path, page: Path) -> Archive:
    a = Archive(tmp_path / "a.db", editor="tester")
    assert a.import_path(page).status == "imported"
    return a


def test_import_is_idempotent_and_keeps_raw_text(archive: Archive, page: Path) -> None:
    n = archive.count()
    again = archive.import_path(page)
    assert again.status == "duplicate"
    assert archive.count() == n == 3
    src = archive.sources()[0]
    assert src["encoding"] == "utf-8" and len(src["sha256"]) == 64 and src["size"] == page.stat().st_size
    rec = archive.get(archive.article_ids()[0])
    assert archive.page_text(rec.page_id) == page.read_text(encoding="utf-8")


def test_failed_import_names_reason(archive: Archive, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 10)
    res = archive.import_path(bad)
    assert res.status == "failed" and "binary" in res.reason


def test_save_makes_revision_and_refuses_stale_version(archive: Archive) -> None:
    aid = archive.article_ids()[0]
    rec = archive.get(aid)
    rec.article.paragraphs[0].text = "改过的第一段。"
    v2 = archive.save(aid, rec.article, rec.version)
    assert v2 == rec.version + 1
    with pytest.raises(StaleVersionError, match="changed elsewhere"):
        archive.save(aid, rec.article, rec.version)
    revs = archive.revisions(aid)
    assert [r["kind"] for r in revs] == ["auto", "edit"]
    assert archive.get(aid).article.paragraphs[0].text == "改过的第一段。"


def test_second_connection_sees_stale_save_refused(tmp_path: Path, page: Path) -> None:
    one = Archive(tmp_path / "shared.db", editor="one")
    one.import_path(page)
    two = Archive(tmp_path / "shared.db", editor="two")
    aid = one.article_ids()[0]
    a1, a2 = one.get(aid), two.get(aid)
    one.save(aid, a1.article, a1.version)
    with pytest.raises(StaleVersionError):
        two.save(aid, a2.article, a2.version)
    assert two.get(aid).updated_by == "one"


def test_status_flow_and_edit_reopens_approved(archive: Archive) -> None:
    aid = archive.article_ids()[1]
    archive.set_status(aid, "approved")
    rec = archive.get(aid)
    assert rec.status == "approved"
    archive.save(aid, rec.article, rec.version)
    assert archive.get(aid).status == "reviewed"
    with pytest.raises(StoreError, match="Unknown status"):
        archive.set_status(aid, "published")


def test_restore_earlier_revision(archive: Archive) -> None:
    aid = archive.article_ids()[0]
    rec = archive.get(aid)
    original = rec.article.paragraphs[0].text
    rec.article.paragraphs[0].text = "临时改动。"
    v = archive.save(aid, rec.article, rec.version)
    archive.restore(aid, 1, v)
    assert archive.get(aid).article.paragraphs[0].text == original
    assert [r["kind"] for r in archive.revisions(aid)] == ["auto", "edit", "restore"]


@pytest.mark.parametrize("query", ["青川", "张明远", "图书馆", "社区食堂开到", "川"])
def test_search_finds_short_and_long_chinese_words(archive: Archive, query: str) -> None:
    hits = archive.search(query)
    assert hits
    assert all(query in h["snippet"].replace("[", "").replace("]", "") for h in hits)
    assert f"[{query}]" in hits[0]["snippet"]


def test_search_covers_raw_text_across_line_breaks(archive: Archive) -> None:
    # 陈立新 is broken across two raw lines in the sample; both texts find it
    assert archive.search("陈立新")
    assert not archive.search("不存在的词语")


def test_reanalysis_keeps_edited_articles(archive: Archive) -> None:
    first = archive.get(archive.article_ids()[0])
    first.article.paragraphs[0].text = "编辑改过。"
    archive.save(first.id, first.article, first.version)
    report = archive.reanalyze_page(first.page_id)
    assert report["kept"] == [first.id]
    assert archive.get(first.id).article.paragraphs[0].text == "编辑改过。"
    assert archive.count() == 3


def test_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    f = tmp_path / "notes.db"
    f.write_bytes("这不是数据库".encode() * 100)
    before = f.read_bytes()
    with pytest.raises(StoreError, match="not a newsdesk archive"):
        Archive(f)
    assert f.read_bytes() == before


def test_corrupt_database_is_reported(tmp_path: Path, page: Path) -> None:
    f = tmp_path / "c.db"
    a = Archive(f)
    a.import_path(page)
    a.close()
    for suffix in ("-wal", "-shm"):
        Path(str(f) + suffix).unlink(missing_ok=True)
    data = bytearray(f.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    f.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=r"damaged|not a newsdesk"):
        Archive(f).count()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "future.db"
    Archive(f).close()
    con = sqlite3.connect(f)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer newsdesk"):
        Archive(f)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "other.db"
    con = sqlite3.connect(f)
    con.execute("create table x (a)")
    con.close()
    with pytest.raises(StoreError, match="not a newsdesk archive"):
        Archive(f)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores file modes")
def test_read_only_file_gives_clear_message(archive: Archive, tmp_path: Path) -> None:
    path = Path(archive.path)
    archive.close()
    path.chmod(stat.S_IRUSR)
    ro = Archive(path)
    rec = ro.get(ro.article_ids()[0])
    with pytest.raises(StoreError, match="read-only"):
        ro.save(rec.id, rec.article, rec.version)


def test_read_only_connection_rolls_back(archive: Archive, page: Path) -> None:
    ro = Archive.__new__(Archive)
    ro.path, ro.editor = archive.path, "x"
    from sqlite_utils import Database

    ro.db = Database(sqlite3.connect(f"file:{archive.path}?mode=ro", uri=True))
    rec = ro.get(archive.article_ids()[0])
    with pytest.raises(StoreError, match="read-only"):
        ro.save(rec.id, rec.article, rec.version)
    assert archive.get(rec.id).version == rec.version


def test_locked_database_gives_clear_message(archive: Archive) -> None:
    blocker = sqlite3.connect(archive.path, timeout=0)
    blocker.execute("begin exclusive")
    try:
        archive.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StoreError, match="locked"):
            archive.set_status(1, "approved")
    finally:
        blocker.rollback()
        blocker.close()
    assert archive.get(1).status == "new"


def test_full_disk_rolls_back_whole_import(archive: Archive, tmp_path: Path) -> None:
    pages = archive.db.execute("PRAGMA page_count").fetchone()[0]
    archive.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    big = tmp_path / "big.txt"
    arts = [PlainArticle(headline=f"第{i}篇", paragraphs=["青川区" * 400]) for i in range(30)]
    big.write_text(typeset(arts), encoding="utf-8")
    before = archive.count()
    with pytest.raises(StoreError, match="full"):
        archive.import_path(big)
    assert archive.count() == before
    assert len(archive.sources()) == 1


def test_split_and_merge_keep_all_text_and_history(archive: Archive) -> None:
    aid = archive.article_ids()[0]
    rec = archive.get(aid)
    texts = [b.text for b in rec.article.blocks]
    new_id = archive.split_article(aid, 3, rec.version)
    assert archive.article_ids()[:2] == [aid, new_id]
    assert [b.text for b in archive.get(new_id).article.blocks] == texts[3:]
    before = archive.get(aid)
    archive.merge_articles(aid, new_id, before.version)
    assert new_id not in archive.article_ids()
    assert [b.text for b in archive.get(aid).article.blocks] == texts
    assert archive.revisions(new_id)  # the hidden article keeps its history
    assert archive.count() == 3
    after = archive.get(aid)
    archive.unmerge(aid, new_id, before.article, after.version)
    assert new_id in archive.article_ids()
    assert archive.search(texts[-1][:4])


def test_page_notices_are_kept_and_read_back(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_text(
        "本报讯（青川新闻记煮 林晓雨）\n青川区今天召开春季植树\n造林动员会，部署全年绿化任务。\n", encoding="utf-8"
    )
    a = Archive(tmp_path / "n.db", editor="tester")
    assert a.import_path(p).status == "imported"
    page_id = a.get(a.article_ids()[0]).page_id
    notes = a.page_notices(page_id)
    assert [(n.code, n.line, n.col, n.detail) for n in notes] == [("mended", 0, 8, "记煮→记者")]
    # a damaged record reads as no notices, not as an error
    a.db.execute("update pages set notices = 'not json' where id = ?", [page_id])
    assert a.page_notices(page_id) == []


def _credited_page(path: Path, press: str, name: str) -> Path:
    path.write_text(
        typeset(
            [
                PlainArticle(
                    headline="青川区部署春季植树造林工作",
                    byline=f"本报讯（{press}记者 {name}）",
                    paragraphs=[f"3月2日，青川区召开春季植树造林动员会，{name}参加了会议。"],
                )
            ]
        ),
        encoding="utf-8",
    )
    return path


def test_an_import_mends_a_press_name_the_archive_knows(tmp_path: Path) -> None:
    a = Archive(tmp_path / "p.db", editor="tester")
    for k, name in enumerate(["林晓雨", "周文", "赵晓晴", "李明远", "王平"]):
        assert a.import_path(_credited_page(tmp_path / f"p{k}.txt", "青川新闻", name)).status == "imported"
    res = a.import_path(_credited_page(tmp_path / "odd.txt", "青州新闻", "张明远"))
    rec = a.get(a.article_ids()[-1])
    assert rec.article.byline is not None and rec.article.byline.text == "本报讯（青川新闻记者 张明远）"
    assert [(n.code, n.detail) for n in a.page_notices(rec.page_id)] == [("mended", "青州新闻→青川新闻")]
    assert res.status == "imported"
    assert a._query("select name, count from press_names") == [{"name": "青川新闻", "count": 6}]


def test_the_press_names_of_an_older_archive_are_counted_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    a = Archive(path, editor="tester")
    for k, name in enumerate(["林晓雨", "周文"]):
        a.import_path(_credited_page(tmp_path / f"p{k}.txt", "青川新闻", name))
    a.db.execute("drop table press_names")
    a.db.execute("delete from _sqlite_migrations where name = '0004_press_names'")
    a.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    a.db.conn.commit()
    a.close()
    b = Archive(path, editor="tester")
    assert b._query("select name, count from press_names") == [{"name": "青川新闻", "count": 2}]
