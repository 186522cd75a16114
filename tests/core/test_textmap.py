from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.textmap import clean, clean_runs, gather, gather_runs


def test_cjk_lines_join_without_space_and_map_back() -> None:
    text, cmap, notices = clean(gather([(0, "本报讯（记者 徐"), (2, "蔚昕）区委书记")]), keep_spaces_before=8)
    assert text == "本报讯（记者 徐蔚昕）区委书记"
    assert cmap[text.index("蔚")] == (2, 0)
    assert cmap[text.index("徐")] == (0, 7)
    assert notices == []


def test_latin_run_broken_at_the_column_edge_joins_without_space() -> None:
    # a Chinese column breaks a Latin word wherever the line is full, without a hyphen
    text, cmap, _ = clean(gather([(0, "启用新的CD"), (1, "MA网络和Inte"), (2, "rnet服务")]))
    assert text == "启用新的CDMA网络和Internet服务"
    assert cmap[text.index("M")] == (1, 0)


def test_latin_words_set_with_spaces_keep_one_space_at_the_break() -> None:
    # English set the Western way: the break took a space's place
    text, cmap, _ = clean(gather([(0, "他说：“I said hello"), (1, "world to them.”")]))
    assert text == "他说：“I said hello world to them.”"
    assert cmap[text.index("o w") + 1] == (-1, -1)
    text, _, _ = clean(gather([(0, "标语写着Good"), (1, "morning China")]))
    assert text == "标语写着Good morning China"
    # a capital after a small letter starts a word of its own
    text, _, _ = clean(gather([(0, "苹果公司（Apple"), (1, "Inc.）发布")]))
    assert text == "苹果公司（Apple Inc.）发布"


def test_stray_space_between_cjk_is_dropped_and_reported() -> None:
    text, _, notices = clean(gather([(5, "合计有 800 余项"), (6, "New York 的")]))
    assert text == "合计有800余项New York的"
    assert [(n.line, n.col) for n in notices] == [(5, 3), (5, 7), (6, 8)]


def test_a_credit_keeps_its_printed_spaces_and_drops_stray_ones() -> None:
    # printed: between a role and a name, before 文/图, between listed names; stray: inside a
    # word, inside a dateline, before 报道
    lead = "本报讯（青川 新闻记者 王海 文/图）"
    text, _, notices = clean(gather([(0, lead + "今天")]), keep_spaces_before=len(lead))
    assert text == "本报讯（青川新闻记者 王海 文/图）今天"
    assert [(n.line, n.col) for n in notices] == [(0, 6)]
    lead = "新华社 青川3月 4日电（记者 王海 李丽）"
    text, _, _ = clean(gather([(0, lead + "今天")]), keep_spaces_before=len(lead))
    assert text == "新华社青川3月4日电（记者 王海 李丽）今天"
    lead = "本报讯记者王海 报道："
    text, _, _ = clean(gather([(0, lead + "今天")]), keep_spaces_before=len(lead))
    assert text == "本报讯记者王海报道：今天"
    # … and inside 文/图, between a dateline and its reporter, before a role inside a word
    for lead, kept in [
        ("本报讯（记者 王海 文/ 图）", "本报讯（记者 王海 文/图）"),
        ("本报青川3月4日讯 记者王海报道：", "本报青川3月4日讯记者王海报道："),
        ("本报讯（青川新闻 记者 王海）", "本报讯（青川新闻记者 王海）"),
        ("■ 记者 周文 通讯员 李丽", "■ 记者 周文 通讯员 李丽"),
    ]:
        text, _, _ = clean(gather([(0, lead)]), keep_spaces_before=len(lead))
        assert text == kept


def test_a_number_split_by_a_stray_space_is_joined() -> None:
    text, _, notices = clean(gather([(0, "青川区1 2月共接待游客3 000人次，1 961—1992年")]))
    assert text == "青川区12月共接待游客3000人次，1961—1992年"
    assert len(notices) == 3
    # numbers set apart by spaces, as a table's columns, keep them
    text, _, _ = clean(gather([(0, "上证指数 917.02 914.06 1510.18")]))
    assert text == "上证指数917.02 914.06 1510.18"


def test_leading_indent_is_not_text() -> None:
    text, cmap, notices = clean(gather([(0, "\u3000\u3000今天"), (1, " 下雨")]))
    assert text == "今天下雨"
    assert cmap[0] == (0, 2)
    assert notices == []


def test_charmap_runs_round_trip() -> None:
    from newsdesk.core.model import decode_charmap, encode_charmap

    cmap = [(0, 3), (0, 4), (0, 5), (2, 0), (2, 1), (-1, -1), (-1, -1), (2, 3), (5, 9)]
    runs = encode_charmap(cmap)
    assert runs == [[0, 3, 3], [2, 0, 2], [-1, -1, 2], [2, 3, 1], [5, 9, 1]]
    assert decode_charmap(runs) == cmap


@given(
    st.lists(st.text(alphabet="青川 区ab1，。（）\u3000", max_size=12), min_size=1, max_size=5),
    st.integers(min_value=0, max_value=30),
)
def test_runs_agree_with_the_per_character_map(lines: list[str], cut: int) -> None:
    from newsdesk.core.model import encode_charmap
    from newsdesk.core.textmap import clean_runs, gather_runs, split_runs

    numbered = list(enumerate(lines))
    chars = gather(numbered)
    text, runs = gather_runs(numbered)
    # every character comes from where its run says (or is a space the join inserted), and
    # every non-space raw character after a line's indent is there once
    positions = [p for r in runs for p in _expand(r)]
    assert len(positions) == len(text)
    for ch, (line, col) in zip(text, positions, strict=True):
        assert ((line, col) == (-1, -1) and ch == " ") or lines[line][col] == ch
    assert sorted(c for c in text if not c.isspace()) == sorted(c for t in lines for c in t if not c.isspace())
    expect_text, expect_map, expect_notices = clean(chars)
    got_text, got_runs, got_notices = clean_runs(text, runs)
    assert got_text == expect_text
    assert got_runs == encode_charmap(expect_map)
    assert got_notices == expect_notices
    cut = min(cut, len(text))
    left, right = split_runs(runs, cut)
    assert encode_charmap(list(zip(chars.lines, chars.cols, strict=True))[:cut]) == encode_charmap(
        [p for r in left for p in _expand(r)]
    )
    assert sum(r[2] for r in left) == cut and sum(r[2] for r in right) == len(text) - cut


def _expand(run: list[int]) -> list[tuple[int, int]]:
    line, col, n = run
    return [(line, col if line < 0 else col + k) for k in range(n)]


def test_every_white_space_but_the_space_is_unprintable() -> None:
    # clean_runs lets text through untouched when it holds no " " and is printable
    assert not [c for c in range(0x110000) if chr(c).isspace() and c != 0x20 and chr(c).isprintable()]


def test_clean_runs_finds_ideographic_and_tab_spaces() -> None:
    for space in ("\u3000", "\t", "\xa0", " "):
        text, runs = gather_runs([(0, f"中国{space}人民")])
        clean, _, notices = clean_runs(text, runs)
        assert clean == "中国人民"
        assert [n.code for n in notices] == ["stray-space"]
