"""The fast segmenter gives jieba's own words, before and after words are added, and its
cached tables load back the same."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from newsdesk.core.segment import Segmenter, load_tables

TEXTS = [
    "青川区委书记张明远出席会议并讲话，要求各街道把植树任务落实到山头地块。",
    "滨江图书馆自3月1日起延长开放至晚上十点，首周接待读者12000人次。",
    "Hello world 2026年，newsdesk 帮助编辑把 OCR 文字整理成文章。",
    "南湖街道党工委书记赵国栋介绍：食堂每天供应三餐，并为行动不便的老人送餐上门。",
    "",
    "  \n\t",
    "总统奥马尔·哈桑·艾哈迈德日前发表谈话；（新华社记者 周文摄）",
]


@pytest.fixture(scope="module")
def tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@pytest.mark.parametrize("text", TEXTS)
def test_same_words_as_jieba(tokenizer: jieba.Tokenizer, text: str) -> None:
    seg = Segmenter.from_tokenizer(tokenizer)
    assert list(seg.cut(text)) == list(tokenizer.cut(text, HMM=True))
    assert list(seg.cut(text, hmm=False)) == list(tokenizer.cut(text, HMM=False))


def test_added_words_are_cut_as_jieba_cuts_them() -> None:
    tok = jieba.Tokenizer()
    tok.initialize()
    seg = Segmenter.from_tokenizer(tok)
    text = "青川餐饮集团与滨江书香合作开展读书活动。"
    assert seg.suggest_freq("滨江书香") == tok.suggest_freq("滨江书香")
    seg.add_word("滨江书香", freq=60)
    tok.add_word("滨江书香", freq=60)
    assert "滨江书香" in list(seg.cut(text))
    assert list(seg.cut(text)) == list(tok.cut(text, HMM=True))
    assert seg.total == tok.total


def test_cached_tables_load_back_the_same(tmp_path: Path) -> None:
    built, tags = load_tables(tmp_path)
    assert list(tmp_path.glob("jieba-tables-*.marshal"))
    cached, cached_tags = load_tables(tmp_path)
    assert cached_tags == tags and tags.get("北京") == "ns"
    assert cached._logf == built._logf and cached.total == built.total
    assert list(cached.cut(TEXTS[0])) == list(built.cut(TEXTS[0]))


def test_a_broken_cache_is_rebuilt(tmp_path: Path) -> None:
    load_tables(tmp_path)
    (cache,) = tmp_path.glob("jieba-tables-*.marshal")
    cache.write_bytes(b"not a table")
    seg, tags = load_tables(tmp_path)
    assert tags and list(seg.cut("北京")) == ["北京"]


def test_a_cache_of_the_wrong_shape_is_rebuilt(tmp_path: Path) -> None:
    """A cache that reads back (right stamp) but whose columns do not line up is rebuilt."""
    from newsdesk.core.cache import write_cache
    from newsdesk.core.segment import dictionary_stamp

    load_tables(tmp_path)
    (cache,) = tmp_path.glob("jieba-tables-*.marshal")
    write_cache(cache, dictionary_stamp(), ["北\n北京", [None], 100, b"\x01", ["ns"]])
    seg, tags = load_tables(tmp_path)
    assert tags.get("北京") == "ns" and seg.freq("图书馆") > 0


@pytest.mark.parametrize(
    "text",
    ["毕丽梅", "张明远赵国栋", "龘靐齉爩", "滨江书香青川", "abc123青川", "鱻䲜䨻䨺", "周文摄影报道", "一"],
)
def test_hmm_cut_is_jiebas(text: str) -> None:
    from jieba import finalseg

    from newsdesk.core.segment import _hmm_cut

    assert list(_hmm_cut(text)) == list(finalseg.cut(text))


@pytest.mark.parametrize("text", TEXTS)
def test_word_list_is_jiebas_cut(tokenizer: jieba.Tokenizer, text: str) -> None:
    assert Segmenter.from_tokenizer(tokenizer).words(text) == list(tokenizer.cut(text, HMM=True))


def test_jieba_loads_without_pkg_resources(tmp_path: Path) -> None:
    """The segmenter imports jieba without the slow ``pkg_resources`` and jieba still reads its
    own dictionary (the tables are built from it in a fresh process)."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path\n"
        "from newsdesk.core.segment import load_tables\n"
        "seg, tags = load_tables(Path(sys.argv[1]))\n"
        "assert 'pkg_resources' not in sys.modules\n"
        "print(seg.freq('图书馆') > 0, tags.get('北京'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "ns"]
