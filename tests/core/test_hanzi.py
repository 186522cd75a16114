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
