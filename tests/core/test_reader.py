from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.core.reader import InputError, decode_bytes, expand_paths, read_source

TEXT = "本报讯（青川新闻记者 林晓雨）青川区召开春季植树造林动员会。\n区委书记张明远出席会议。\n" * 3


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("gb18030", "gb18030"),
        ("big5", "big5"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, expected: str) -> None:
    text = (
        TEXT
        if encoding != "big5"
        else "本報訊（青川新聞記者 林曉雨）青川區召開春季植樹造林動員會。\n區委書記張明遠出席會議並講話。\n" * 3
    )
    f = tmp_path / "page.txt"
    f.write_bytes(text.encode(encoding))
    src = read_source(f)
    assert src.text == text
    assert src.encoding == expected


def test_crlf_and_cr_become_newlines(tmp_path: Path) -> None:
    f = tmp_path / "p.txt"
    f.write_bytes("第一行\r\n第二行\r第三行\n".encode())
    assert read_source(f).text == "第一行\n第二行\n第三行\n"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"  \n\n"), "empty"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "binary"),
        (lambda p: p.mkdir(), "directory"),
        (lambda p: None, "no such file"),
    ],
)
def test_bad_inputs_name_file_and_reason(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "bad.txt"
    make(p)
    with pytest.raises(InputError) as info:
        read_source(p)
    assert str(p) in str(info.value)
    assert reason in info.value.reason


def test_png_header_is_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "x.png")


def test_expand_paths_recurses_into_text_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("一", encoding="utf-8")
    (tmp_path / "a" / "skip.png").write_bytes(b"x")
    (tmp_path / "two.txt").write_text("二", encoding="utf-8")
    found = expand_paths([str(tmp_path)])
    assert [p.name for p in found] == ["one.txt", "two.txt"]


def test_a_folder_without_page_files_is_reported_not_skipped(tmp_path: Path) -> None:
    empty = tmp_path / "scans"
    empty.mkdir()
    (empty / "cover.png").write_bytes(b"x")
    assert expand_paths([str(empty)]) == [empty]
    with pytest.raises(InputError, match="no page files"):
        read_source(empty)


def test_a_folder_with_page_files_read_as_one_file_says_it_is_a_directory(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("一", encoding="utf-8")
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_source(tmp_path)
