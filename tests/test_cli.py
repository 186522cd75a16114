from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.cli import main
from newsdesk.paths import sample_page


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_analyze_writes_schema_and_reports_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    good = tmp_path / "good.txt"
    good.write_bytes(sample_page().read_bytes())
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    rc = main(["analyze", str(good), str(empty), str(tmp_path / "missing.txt"), "--out", str(out)])
    assert rc == 1
    err = capsys.readouterr().err
    assert "empty.txt: the file is empty" in err and "missing.txt: no such file" in err
    data = json.loads((out / "good.json").read_text(encoding="utf-8"))
    assert data["encoding"] == "utf-8" and data["source"].endswith("good.txt")
    assert len(data["articles"]) == 3
    art = data["articles"][0]
    assert set(art) >= {"headline", "subheadlines", "byline", "captions", "paragraphs"}
    assert art["headline"]["text"] == "青川区部署春季植树造林工作"
    assert not (out / "empty.json").exists()


def test_import_list_show_search_status(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(sample_page().read_bytes())
    assert main(["--db", db, "import", str(page), str(page)]) == 0
    assert "imported 1, skipped as duplicate 1, failed 0" in capsys.readouterr().out
    assert main(["--db", db, "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert set(rows[0]) == {"id", "source", "page", "headline", "status", "updated"}
    assert len(rows) == 3
    assert main(["--db", db, "show", str(rows[1]["id"]), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["headline"] == "滨江图书馆夜间开放首周迎客过万"
    assert {b["role"] for b in shown["blocks"]} >= {"headline", "byline", "body", "caption"}
    assert main(["--db", db, "search", "图书馆", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["id"] == rows[1]["id"] and "[图书馆]" in hits[0]["snippet"]
    assert main(["--db", db, "approve", str(rows[0]["id"])]) == 0
    capsys.readouterr()
    assert main(["--db", db, "list", "--status", "approved", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [rows[0]["id"]]
    assert main(["--db", db, "reopen", str(rows[0]["id"])]) == 0


def test_import_failure_sets_exit_code(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    assert main(["--db", db, "import", str(bad)]) == 1
    captured = capsys.readouterr()
    assert "failed 1" in captured.out and "bin.txt" in captured.err


def test_db_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("NEWSDESK_DB", str(target))
    assert main(["list", "--json"]) == 0
    assert target.exists()
    assert json.loads(capsys.readouterr().out) == []


def test_archive_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all" * 20)
    assert main(["--db", str(junk), "list"]) == 2
    assert "not a newsdesk archive" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("newsdesk ")


def test_tag_reads_lines_and_writes_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io as _io
    import sys as _sys

    data = "区委书记张明远主持会议。\n\n北京航空航天大学\n".encode()
    monkeypatch.setattr(_sys, "stdin", _io.TextIOWrapper(_io.BytesIO(data), encoding="utf-8"))
    assert main(["tag"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3
    first = lines[0]["entities"]
    assert {"start": 4, "end": 7, "label": "PER", "text": "张明远"}.items() <= first[0].items()
    assert isinstance(first[0]["score"], float)
    assert lines[1] == {"entities": []}
    assert lines[2]["entities"][0]["label"] == "ORG"


def test_tag_applies_archive_lexicon(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io as _io
    import sys as _sys

    from newsdesk.store import Archive

    Archive(db).tags.decide("滨江图书馆", "ORG", "accept")
    monkeypatch.setattr(_sys, "stdin", _io.TextIOWrapper(_io.BytesIO("我去滨江图书馆。\n".encode()), encoding="utf-8"))
    assert main(["--db", db, "tag"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {(e["text"], e["label"]) for e in out["entities"]} == {("滨江图书馆", "ORG")}


def test_analyze_into_a_file_path_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    assert main(["analyze", str(sample_page()), "--out", str(blocker)]) == 2
    assert "cannot create the output folder" in capsys.readouterr().err


def test_show_missing_article(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "show", "12345"]) == 2
    assert "no article 12345" in capsys.readouterr().err


def test_export_refuses_to_overwrite(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(sample_page().read_bytes())
    main(["--db", db, "import", str(page)])
    main(["--db", db, "approve", "1"])
    target = tmp_path / "out.jsonl"
    assert main(["--db", db, "export", "--format", "jsonl", "--out", str(target)]) == 0
    assert main(["--db", db, "export", "--format", "jsonl", "--out", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["--db", db, "export", "--format", "jsonl", "--out", str(target), "--force"]) == 0


def test_analyze_mends_a_press_name_the_batch_agrees_on(tmp_path: Path) -> None:
    from newsdesk.core.typeset import PlainArticle, typeset

    files = []
    for k, (press, name) in enumerate(
        [
            ("青川新闻", "林晓雨"),
            ("青川新闻", "周文"),
            ("青川新闻", "赵晓晴"),
            ("青川新闻", "李明远"),
            ("青川新闻", "王平"),
            ("青州新闻", "张明远"),
        ]
    ):
        text = typeset(
            [
                PlainArticle(
                    headline="青川区部署春季植树造林工作",
                    byline=f"本报讯（{press}记者 {name}）",
                    paragraphs=["3月2日，青川区召开春季植树造林动员会，部署全年绿化任务。"],
                )
            ]
        )
        path = tmp_path / f"p{k}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    out = tmp_path / "out"
    assert main(["analyze", *files, "--out", str(out)]) == 0
    bylines = [json.loads((out / f"p{k}.json").read_text(encoding="utf-8"))["articles"][0]["byline"] for k in range(6)]
    assert bylines[5] == "本报讯（青川新闻记者 张明远）"
    assert bylines[0] == "本报讯（青川新闻记者 林晓雨）"


def test_analyze_a_big5_page_in_traditional_characters(tmp_path: Path) -> None:
    import opencc

    from newsdesk.core.typeset import PlainArticle, typeset

    article = PlainArticle(
        headline="青川区部署春季植树造林工作",
        byline="本报讯（青川新闻记者 林晓雨）",
        paragraphs=[
            "3月2日，青川区召开春季植树造林动员会。区委书记张明远出席会议并讲话。",
            "张明远指出，植树造林是惠及子孙的长远工程，各街道要把任务落实到山头地块。",
        ],
    )
    to_traditional = opencc.OpenCC("s2t").convert
    page = "\n".join(to_traditional(line) for line in typeset([article], width=14).split("\n"))
    (tmp_path / "page.txt").write_bytes(page.encode("big5"))
    assert main(["analyze", str(tmp_path / "page.txt"), "--out", str(tmp_path / "out")]) == 0
    result = json.loads((tmp_path / "out" / "page.json").read_text(encoding="utf-8"))
    assert result["encoding"] == "big5"
    (got,) = result["articles"]
    assert got["byline"] == "本報訊（青川新聞記者 林曉雨）"  # found as a byline, given as printed
    assert got["headline"]["text"] == to_traditional(article.headline or "")
    assert [p["text"] for p in got["paragraphs"]] == [to_traditional(p) for p in article.paragraphs]
