"""Each export format, parsed back and checked for content; round trip through jsonl."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from newsdesk.core.spans import Span, entity_text
from newsdesk.paths import sample_page
from newsdesk.store import Archive, StoreError
from newsdesk.store.exporting import export, records


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    a = Archive(tmp_path / "e.db", editor="tester")
    page = tmp_path / "20260302-qingchuan.txt"
    page.write_bytes(sample_page().read_bytes())
    a.import_path(page)
    ids = a.article_ids()
    for aid in ids[:2]:
        a.set_status(aid, "approved")
    text = entity_text(a.get(ids[0]).article)
    spans = []
    for word, label in (("张明远", "PER"), ("青川区林业局", "ORG"), ("北京林业大学", "ORG")):
        s = text.index(word)
        spans.append(Span(s, s + len(word), label, word))
    a.tags.set_spans(ids[0], spans)
    return a


def run(archive: Archive, fmt: str, out: Path, **kw: bool) -> list[Path]:
    return [Path(f) for f in export(records(archive), fmt, out, **kw).files]


def test_only_approved_by_default(archive: Archive) -> None:
    arts = records(archive)
    assert [a.id for a in arts] == archive.article_ids()[:2]
    assert arts[0].date == "2026-03-02"  # from the file name (the sample's header has no date)


def test_jsonl(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "jsonl", tmp_path / "out.jsonl")
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2
    first = rows[0]
    assert first["headline"] == "青川区部署春季植树造林工作"
    assert first["byline"] == "本报讯（青川新闻记者 林晓雨）"
    for e in first["entities"]:
        assert first["text"][e["start"] : e["end"]] == e["text"]
    assert {e["label"] for e in first["entities"]} == {"PER", "ORG"}


def test_jsonl_round_trip_restores_everything(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "jsonl", tmp_path / "backup.jsonl")
    fresh = Archive(tmp_path / "fresh.db")
    res = fresh.import_path(path)
    assert (res.status, res.articles) == ("imported", 2)
    for old_id, new_id in zip(archive.article_ids()[:2], fresh.article_ids(), strict=True):
        old, new = archive.get(old_id), fresh.get(new_id)
        assert [(b.role, b.text, b.lines) for b in old.article.blocks] == [
            (b.role, b.text, b.lines) for b in new.article.blocks
        ]
        assert old.status == new.status
        assert archive.tags.spans(old_id) == fresh.tags.spans(new_id)
        assert [b.charmap for b in old.article.blocks] == [b.charmap for b in new.article.blocks]
    # the restored bylines count towards the press names later imports agree on
    bylines = [fresh.get(i).article.byline for i in fresh.article_ids()]
    credited = sum(1 for b in bylines if b is not None and "青川新闻记者" in b.text)
    assert credited and fresh._query("select name, count from press_names") == [{"name": "青川新闻", "count": credited}]
    assert fresh.import_path(path).status == "duplicate"
    (again,) = run(fresh, "jsonl", tmp_path / "again.jsonl")
    strip = [
        {k: v for k, v in json.loads(x).items() if k not in ("id", "source")} for x in again.read_text().splitlines()
    ]
    orig = [
        {k: v for k, v in json.loads(x).items() if k not in ("id", "source")} for x in path.read_text().splitlines()
    ]
    assert [{k: v for k, v in r.items() if k != "date"} for r in strip] == [
        {k: v for k, v in r.items() if k != "date"} for r in orig
    ]


def test_markdown_per_article_and_combined(archive: Archive, tmp_path: Path) -> None:
    files = run(archive, "markdown", tmp_path / "md")
    assert [f.name for f in files] == [
        "2026-03-02-p01-01-青川区部署春季植树造林工作.md",
        "2026-03-02-p01-02-滨江图书馆夜间开放首周迎客过万.md",
    ]
    text = files[1].read_text(encoding="utf-8")
    assert text.startswith("# 滨江图书馆夜间开放首周迎客过万\n\n## 自习区座位一位难求")
    assert "> 读者在滨江图书馆自习区阅读。（本报记者 周文摄）" in text
    (combined,) = run(archive, "markdown", tmp_path / "all.md", combined=True)
    assert combined.read_text(encoding="utf-8").count("\n# ") == 1


def test_text(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "text", tmp_path / "all.txt", combined=True)
    text = path.read_text(encoding="utf-8")
    assert "\u3000\u30003月2日，青川区召开春季植树造林动员会。" in text


def test_html_is_self_contained_with_entities(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "html", tmp_path / "out.html")
    doc = etree.parse(str(path), etree.HTMLParser())
    assert doc.xpath("//h1")[0].text == "青川区部署春季植树造林工作"
    marked = {(s.text, s.get("class")) for s in doc.xpath("//span[contains(@class,'ent')]")}
    assert ("张明远", "ent PER") in marked
    assert not doc.xpath("//link|//script[@src]|//img[@src]")


def test_docx(archive: Archive, tmp_path: Path) -> None:
    from docx import Document

    (path,) = run(archive, "docx", tmp_path / "out.docx")
    doc = Document(str(path))
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert heads == ["青川区部署春季植树造林工作", "滨江图书馆夜间开放首周迎客过万"]
    assert any(p.text.startswith("3月2日，青川区") for p in doc.paragraphs)


def test_csv_opens_in_spreadsheets(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "csv", tmp_path / "out.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0]["headline"] == "青川区部署春季植树造林工作"
    assert "张明远/PER" in rows[0]["entities"]
    assert rows[1]["captions"] == "读者在滨江图书馆自习区阅读。（本报记者 周文摄）"


def test_nitf(archive: Archive, tmp_path: Path) -> None:
    files = run(archive, "nitf", tmp_path / "nitf")
    root = etree.parse(str(files[0])).getroot()
    assert root.tag == "nitf"
    assert root.findtext("body/body.head/hedline/hl1") == "青川区部署春季植树造林工作"
    assert root.findtext("body/body.head/byline") == "本报讯（青川新闻记者 林晓雨）"
    assert [e.text for e in root.iter("person")] == ["张明远", "张明远"][:1] or "张明远" in [
        e.text for e in root.iter("person")
    ]
    assert "青川区林业局" in [e.text for e in root.iter("org")]
    p = root.find("body/body.content/p")
    assert "".join(p.itertext()).startswith("3月2日，青川区召开")


def test_tei(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "tei", tmp_path / "out.xml")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = etree.parse(str(path)).getroot()
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert root.xpath("//t:div[@n]/t:head[@type='main']/text()", namespaces=ns)[0] == "青川区部署春季植树造林工作"
    assert "张明远" in root.xpath("//t:persName/text()", namespaces=ns)
    assert "北京林业大学" in root.xpath("//t:orgName/text()", namespaces=ns)


def test_conll_bio(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "conll", tmp_path / "out.conll")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line]
    chars = [r for r in rows if r[0] != "-DOCSTART-"]
    seq = "".join(c for c, _ in chars)
    k = seq.index("张明远")
    assert [t for _, t in chars[k : k + 3]] == ["B-PER", "I-PER", "I-PER"]
    assert chars[k - 1][1] == "O"


def test_doccano(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "doccano", tmp_path / "out.jsonl")
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert all(first["text"][s:e] for s, e, _ in first["label"])
    assert {lab for _, _, lab in first["label"]} == {"PER", "ORG"}


@pytest.mark.parametrize("fmt", ["jsonl", "html", "docx", "csv", "tei", "conll", "doccano"])
def test_output_is_deterministic(archive: Archive, tmp_path: Path, fmt: str) -> None:
    (a,) = run(archive, fmt, tmp_path / f"a.{fmt}x")
    (b,) = run(archive, fmt, tmp_path / f"b.{fmt}x")
    assert a.read_bytes() == b.read_bytes()


def test_existing_file_needs_force(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "keep.jsonl"
    target.write_text("do not lose me", encoding="utf-8")
    with pytest.raises(StoreError, match="--force"):
        run(archive, "jsonl", target)
    assert target.read_text(encoding="utf-8") == "do not lose me"
    run(archive, "jsonl", target, force=True)
    assert target.read_text(encoding="utf-8") != "do not lose me"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(StoreError, match="Nothing was written"):
        run(archive, "jsonl", folder / "x.jsonl")
    assert list(folder.iterdir()) == []


def test_missing_folder(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        run(archive, "csv", tmp_path / "nope" / "x.csv")


def test_disk_full_leaves_no_partial_file(archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StoreError, match="No space left"):
        run(archive, "jsonl", tmp_path / "full.jsonl")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert list(tmp_path.glob("*full*")) == []


def test_docx_is_a_zip(archive: Archive, tmp_path: Path) -> None:
    (path,) = run(archive, "docx", tmp_path / "x.docx")
    assert "word/document.xml" in zipfile.ZipFile(path).namelist()
