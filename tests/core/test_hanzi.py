"""Traditional characters read as simplified ones, offsets kept."""

from __future__ import annotations

from newsdesk.core.hanzi import as_simplified, is_traditional, simplified

TRADITIONAL = "青川區長說，這個區今年將建設一座新圖書館，讓市民有更多閱讀的地方。"
SIMPLIFIED = "青川区长说，这个区今年将建设一座新图书馆，让市民有更多阅读的地方。"


def test_traditional_text_is_read_in_simplified_characters_of_the_same_length() -> None:
    assert is_traditional(TRADITIONAL)
    assert as_simplified(TRADITIONAL) == SIMPLIFIED
    assert len(as_simplified(TRADITIONAL)) == len(TRADITIONAL)


def test_simplified_text_passes_unchanged() -> None:
    assert not is_traditional(SIMPLIFIED)
    assert as_simplified(SIMPLIFIED) is SIMPLIFIED
    # a traditional character or two in a simplified page (a name, 乾隆) leave it as written
    page = "乾隆年间，青川县修建了一座石桥，至今仍在使用，当地人称之为乾隆桥。"
    assert as_simplified(page) is page


def test_a_word_is_simplified_on_its_own() -> None:
    assert simplified("臺灣大學") == "台湾大学"
    assert simplified("青川区") == "青川区"


def test_the_list_of_traditional_characters_is_kept_in_the_cache(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.core import hanzi

    try:
        hanzi.set_cache_dir(tmp_path)
        first = hanzi.traditional_chars()
        (cached,) = tmp_path.glob("traditional-chars*")
        hanzi.set_cache_dir(tmp_path)  # (forgets what it holds in memory)
        assert hanzi.traditional_chars() == first
        assert "個" in first and "个" not in first
        cached.write_bytes(b"broken")  # a damaged cache is rebuilt
        hanzi.set_cache_dir(tmp_path)
        assert hanzi.traditional_chars() == first
        assert as_simplified(TRADITIONAL) == SIMPLIFIED
    finally:
        hanzi.set_cache_dir(None)
