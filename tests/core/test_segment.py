"""The fast segmenter gives jieba's own words, before and after words are added, and its
cached tables load back the same."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.core.segment import Segmenter, load_tables, rust_jieba

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


# -- jieba-rs (rjieba) cuts the runs it cuts as jieba does ---------------------------------------

MIXED = [
    *TEXTS,
    "增长3.5%的Wi-Fi用户，C++与AT&T的B超报告，2026年1月16日",  # runs jieba-rs would cut otherwise
    "㐀㐁青川䶵区委鿖书记𠀀王卫〇〇",  # characters jieba reads as no Chinese (extension A, 〇 …)
    "常在太白山下住的人",  # jieba-rs's HMM reads 常在 / 太 here, jieba's 常 / 在 / 太
    "青川ab区c1委",
    "　青川区　委书记\t王卫\r\n主持",
]


@pytest.fixture(scope="module")
def fast_seg(tokenizer: jieba.Tokenizer) -> Segmenter:
    seg = Segmenter.from_tokenizer(tokenizer, fast=True)
    assert seg.fast, "rjieba is a dependency"
    return seg


@pytest.mark.parametrize("text", MIXED)
def test_jieba_rs_gives_jiebas_words(tokenizer: jieba.Tokenizer, fast_seg: Segmenter, text: str) -> None:
    assert fast_seg.words(text) == list(tokenizer.cut(text, HMM=True))
    assert fast_seg.words(text, hmm=False) == list(tokenizer.cut(text, HMM=False))


def test_jieba_rs_hmm_is_jiebas_where_its_own_differs(fast_seg: Segmenter) -> None:
    """jieba-rs's HMM scores 常在 / 太 and 常 / 在 / 太 within a millionth and takes the first;
    the segmenter gives jieba's reading, with jieba's HMM over the runs jieba-rs left single."""
    assert fast_seg._fast is not None and fast_seg._fast.cut("常在太", True) == ["常在", "太"]
    assert fast_seg.words("常在太") == ["常", "在", "太"]


_ALPHABET = "青川区委书记王卫张明远赵国栋主持会议的在了是和常太白山下住人一二三中国北京南湖街道党工委" + (
    "，。、；：？！“”（）《》…—·　 \t\nabcXYZ0129+#&._%-㐀䶵鿖〇０Ａ"
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_jieba_rs_path_is_jieba_on_any_text(tokenizer: jieba.Tokenizer, fast_seg: Segmenter, text: str) -> None:
    assert fast_seg.words(text) == list(tokenizer.cut(text, HMM=True))
    assert fast_seg.words(text, hmm=False) == list(tokenizer.cut(text, HMM=False))


def test_words_added_again_keep_jiebas_total() -> None:
    """jieba adds a listed word's new count to its total; jieba-rs takes the old count back off.
    With half of the total's counts given back, a word whose count lies between what it needs to
    outscore its two characters under each total is whole under jieba's and cut under the other,
    unless the segmenter puts those counts back on jieba-rs's total."""
    import math

    tok = jieba.Tokenizer()
    tok.initialize()
    seg = Segmenter(*_fresh_table(tok), fast=rust_jieba())
    assert seg.fast
    a, b = "的", "人"
    shrunk = 0
    for w in sorted((w for w, f in tok.FREQ.items() if f), key=tok.FREQ.__getitem__, reverse=True):
        if shrunk > tok.total / 2:
            break
        if w not in (a, b, a + b):
            shrunk += tok.FREQ[w] - 1
            tok.add_word(w, freq=1)
            seg.add_word(w, freq=1)
    # jieba keeps 的人 whole where its count ≥ count(的) · count(人) / total; under a total that
    # lost half, it would need twice that
    needed = tok.FREQ[a] * tok.FREQ[b] / tok.total
    count = round(needed * math.sqrt(2))
    tok.add_word(a + b, freq=count)
    seg.add_word(a + b, freq=count)
    for text in ("的人", "我们的人民，他的人生。" + TEXTS[0]):
        assert seg.words(text, hmm=False) == list(tok.cut(text, HMM=False))
        assert seg.words(text) == list(tok.cut(text, HMM=True))
    assert seg.words("的人", hmm=False) == ["的人"]
    assert seg.total == tok.total


def _fresh_table(tok: jieba.Tokenizer) -> tuple[dict[str, float | None], int]:
    import math

    return {w: (math.log(f) if f else None) for w, f in tok.FREQ.items()}, tok.total


def test_tables_record_that_jieba_rs_cuts_alike(tmp_path: Path) -> None:
    seg, _ = load_tables(tmp_path)
    assert seg.fast
    again, _ = load_tables(tmp_path)  # from the cache
    assert again.fast and again.words(TEXTS[0]) == seg.words(TEXTS[0])


def test_a_jieba_rs_that_cuts_otherwise_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where jieba-rs lacks one of jieba's words (another dictionary), the Python route cuts, and
    the cache says so."""
    from newsdesk.core import segment

    real = segment.rust_jieba

    class Lacking:
        def __init__(self) -> None:
            self.inner = real()

        def has_word(self, word: str) -> bool:
            return word != "图书馆" and bool(self.inner.has_word(word))

        def cut(self, text: str, hmm: bool) -> list[str]:
            return list(self.inner.cut(text, hmm))

    monkeypatch.setattr(segment, "rust_jieba", Lacking)
    seg, _ = load_tables(tmp_path)
    assert not seg.fast
    assert seg.words(TEXTS[1]) == list(jieba.Tokenizer().cut(TEXTS[1], HMM=True))
    again, _ = load_tables(tmp_path)
    assert not again.fast


def test_without_jieba_rs_the_python_route_cuts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "rjieba", None)  # importing it fails
    seg, tags = load_tables(tmp_path)
    assert not seg.fast and tags.get("北京") == "ns"
    assert seg.words(TEXTS[0]) == list(jieba.Tokenizer().cut(TEXTS[0], HMM=True))


def test_jieba_rs_is_checked_without_its_own_hmm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its HMM, which the segmenter does not use, may read a near tie otherwise than jieba's
    (常在太): the check at the tables' build compares the cut without it."""
    from newsdesk.core import segment

    real = segment.rust_jieba

    class OtherHmm:
        def __init__(self) -> None:
            self.inner = real()

        def has_word(self, word: str) -> bool:
            return bool(self.inner.has_word(word))

        def cut(self, text: str, hmm: bool) -> list[str]:
            return list(text) if hmm else list(self.inner.cut(text, False))

    monkeypatch.setattr(segment, "rust_jieba", OtherHmm)
    seg, _ = load_tables(tmp_path)
    assert seg.fast
    assert seg.words(TEXTS[0]) == list(jieba.Tokenizer().cut(TEXTS[0], HMM=True))
