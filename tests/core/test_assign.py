from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.assign import Segment, _overlap, share

# a few characters, so that headlines and texts share word pairs often
_HAN = st.text(st.sampled_from("青川县水库果园农民山区新建"), max_size=30)


@given(_HAN, _HAN, st.one_of(st.none(), _HAN))
def test_overlap_is_the_share_of_word_pairs(head: str, text: str, rival: str | None) -> None:
    # the overlap looks pairs up once per segment and remembers them; the result is share's
    seg = Segment(_text=text)
    other = Segment(_text=rival) if rival is not None else None
    expected = share(head, text, rival or "")
    assert _overlap(head, seg, other) == expected
    assert _overlap(head, seg, other) == expected  # asked again, from what the segments remember


@given(st.text(st.sampled_from("青川县水库果园新建的了在"), max_size=30), st.lists(st.integers(0, 30), max_size=6))
def test_apart_is_the_share_of_the_smaller_sides_pairs_matched_on_the_other(text: str, at: list[int]) -> None:
    # the sweep gives, at each offset, what counting both sides afresh gives (grammar's pairs
    # left out of both)
    from collections import Counter

    from newsdesk.core.assign import GRAMMAR_CHARS, _apart

    def pairs(part: str) -> Counter[str]:
        grams = (part[i : i + 2] for i in range(len(part) - 1))
        return Counter(g for g in grams if not set(g) & GRAMMAR_CHARS)

    offsets = sorted({min(k, len(text)) for k in at})
    got = _apart(text, offsets)
    for offset in offsets:
        left, right = pairs(text[:offset]), pairs(text[offset:])
        matched = sum((left & right).values())
        assert got[offset] == matched / max(1, min(left.total(), right.total()))


def test_two_texts_share_nothing_where_one_ends_and_the_other_begins() -> None:
    from newsdesk.core.assign import _apart

    # each text says its words again all through (幼儿园 / 茶农, 春茶): a break inside one
    # leaves them on both sides, the break between them on one side each
    kindergartens = ("青川区新建幼儿园十所", "新建幼儿园全部公办", "幼儿园学位三千个")
    tea = ("石门村茶农采摘春茶", "茶农说今年春茶芽头饱满", "春茶运到省城")
    ends = [sum(len(p) for p in (kindergartens + tea)[: k + 1]) for k in range(5)]
    shares = _apart("".join(kindergartens + tea), ends)
    meeting = ends[2]
    assert shares[meeting] == 0.0
    assert all(shares[end] > 0.0 for end in ends if end != meeting)
    # (grammar's characters are no word of a subject: 的 joins both texts and counts for neither)
    assert _apart("幼儿园的学位" + "茶农的学问", [6]) == {6: 0.0}


def _segment(*texts: str) -> Segment:
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit

    return Segment(units=[Unit([ln]) for ln in measure_lines(enumerate(texts))])


def test_no_article_ends_before_a_credit_or_a_photos_label_closing_its_text() -> None:
    from newsdesk.core.assign import _breaks

    seg = _segment(
        "滨江夜跑赛将于本周日晚七时鸣枪开跑。",
        "沿途设了五个补给站。",
        "（王海）",  # the writer's credit closes the run's text: no article ends before it
        "图片：",  # ... and so does the label of its photos (its captions are in the block after)
        "清明前后，石门村的茶园里一片忙碌。",
        "村里的茶叶合作社收购鲜叶。",
        "（新华社稿）",  # (a credit closing the whole text: the cut before it leaves it alone)
    )
    assert [cut for cut, _ in _breaks(seg)] == [1, 4, 5, 6]


def test_no_article_ends_inside_a_numbered_list_between_one_item_and_the_next() -> None:
    from newsdesk.core.assign import _breaks

    seg = _segment(
        "县里今年的水利工作有三项重点。",
        "一、加固水库大坝。",
        "去年汛期，两座水库出现渗漏。",  # the first item's own paragraphs: the list goes on after them
        "工程队已经进场施工。",
        "二、修通山区渠道。",
        "新渠将经过五个村子。",
        "三、建好果园滴灌。",
        "清明前后，石门村的茶园里一片忙碌。",  # (after the last item, an article may end anywhere)
        "村里的茶叶合作社收购鲜叶。",
    )
    assert [cut for cut, _ in _breaks(seg)] == [1, 7, 8]


def test_no_article_ends_inside_a_quotation_of_several_paragraphs() -> None:
    from newsdesk.core.assign import _breaks

    seg = _segment(
        "老周说：“我在渡口送茶三十年了。",  # the quotation runs on: its paragraphs open with “
        "“船工们冬天最需要一口热茶。”",  # ... and close with ” only at its end
        "清明前后，石门村的茶园里一片忙碌。",
        "村里的茶叶合作社收购鲜叶。",
    )
    assert [cut for cut, _ in _breaks(seg)] == [2, 3]


def test_a_jump_line_in_brackets_may_open_the_next_article() -> None:
    from newsdesk.core.assign import _breaks

    seg = _segment("滨江夜跑赛将于本周日晚七时鸣枪开跑。", "（上接第一版）", "村里的茶叶合作社收购鲜叶。")
    assert [cut for cut, _ in _breaks(seg)] == [1, 2]


def test_no_article_ends_before_the_date_a_text_was_written_or_a_note_added_to_it() -> None:
    from newsdesk.core.assign import _breaks

    seg = _segment(
        "江上的雾散了，渡船又一次离开码头。",
        "二〇二五年岁末于青川",  # the day the text was written, signing it: no article ends before it
        "清明前后，石门村的茶园里一片忙碌。",
        "2026年3月",  # (a month alone, a chronicle's next entry, is its text's too)
        "村里的茶叶合作社收购鲜叶。",
    )
    assert [cut for cut, _ in _breaks(seg)] == []
    seg = _segment(
        "江上的雾散了，渡船又一次离开码头。",
        "［附记：本文作者周文是青川渡口的老船工。］",  # a note added to the text: no article ends before it
        "清明前后，石门村的茶园里一片忙碌。",
        "附记：合作社今年收购鲜叶三万斤。",  # (closing the whole text: the cut before it leaves it alone)
    )
    assert [cut for cut, _ in _breaks(seg)] == [2, 3]


def test_a_year_in_a_headings_words_is_no_date_signing_a_text() -> None:
    from newsdesk.core.patterns import SIGNED_DATE

    assert SIGNED_DATE.match("二〇二五年青川茶市回顾") is None
    assert SIGNED_DATE.match("2026年第三期") is None


def test_an_article_may_end_after_its_signature_after_a_dash() -> None:
    from newsdesk.core.assign import _breaks

    seg = _segment(
        "本版今起开设读者来信专栏，欢迎来稿。———编者",  # a note signed by the editors has ended
        "江上的雾散了，渡船又一次离开码头。",
        "——周文",  # (a signature on its own line)
        "清明前后，石门村的茶园里一片忙碌。",
        "村里的茶叶合作社收购鲜叶——",  # (a dash that leads into what follows signs nothing)
        "每斤价钱比去年高出两成。",
    )
    assert [cut for cut, _ in _breaks(seg)] == [1, 3, 4]


def test_sharing_a_text_costs_less_where_its_words_change_at_the_best_break() -> None:
    from newsdesk.core.assign import SHARE_PENALTY, TURN_BONUS, _scored_breaks, _share_cost, han

    before, after = han("青川区新建十所幼儿园"), han("石门村春茶开采")
    kindergartens = (
        "青川区今年将新建幼儿园十所，新增学位三千个，基本解决城区孩子入园难的问题。",
        "区教育局介绍，新建的幼儿园全部是公办园，收费标准和现有公办园一样。",
    )
    tea = (
        "清明前后，石门村的茶农忙着上山采摘春茶，春茶长势好，芽头饱满。",
        "村里的制茶厂连夜加工，新茶已经运到了省城的茶叶市场。",
    )
    # the text after the break speaks of other things: two articles, likely
    changed = _segment(*kindergartens, *tea)
    # ... or goes on with the words before it: one article, as likely as the headlines' words say
    going_on = _segment(
        *kindergartens,
        "新建的幼儿园全部公办，石门村春茶开采时节开学，城区孩子入园不再难，收费标准和现有公办园一样。",
        "区教育局介绍，今年新增的学位三千个，幼儿园全部是公办园。",
    )
    # ... or has too few words on one side of it to tell (a paragraph of one line)
    short = _segment("青川区今年将新建幼儿园十所。", *tea)
    for seg, bonus in ((changed, TURN_BONUS), (going_on, 0.0), (short, 0.0)):
        _, fit = _scored_breaks(seg, before, after)
        assert _share_cost(seg, before, after) == SHARE_PENALTY + 0.25 * (1.0 - fit) - bonus
    # no break where an article may end: no cost, the text is not shared
    assert _share_cost(_segment("青川区今年将新建幼儿园十所，", "新增学位三千个"), before, after) is None


def test_the_plan_weighs_a_shared_text_by_the_words_of_the_parts_heading_and_closing_it() -> None:
    # a block holding the headline closing the text before it and the headline (over its
    # writer) heading the text after it: where the next block closes that text too, the text's
    # cost of being shared is weighed with the second headline's words, not the whole block's
    # (each cost the plan weighs is kept on the text, under the two blocks' words)
    import newsdesk.core.assign as assign
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit

    heads = [Unit([ln]) for ln in measure_lines(enumerate(["青川茶叶出口翻番", "石门村制茶厂建成投产", "周文"]))]
    closing = [Unit([ln]) for ln in measure_lines(enumerate(["青川区新建十所幼儿园"]))]
    before = _segment("青川区今年茶叶出口量比去年翻了一番，绿茶第一次卖到了欧洲。")
    text = _segment(
        "石门村的制茶厂昨天建成投产，全村的鲜叶第一次在村里加工成干茶。",
        "青川区今年将新建幼儿园十所，新增学位三千个。",
    )
    first = assign.HeadBlock(heads=heads, prev=before, next=text, position=1)
    second = assign.HeadBlock(heads=closing, prev=text, position=3)
    assign._solve([first, second], 0.0)
    assert ("石门村制茶厂建成投产", "青川区新建十所幼儿园") in text.costs
    assert assign._part_text(first, 1, closing=True) == "青川茶叶出口翻番"
    assert assign._part_text(first, 0, closing=False) == "青川茶叶出口翻番石门村制茶厂建成投产"


@pytest.mark.parametrize(
    ("heads", "drifts"),
    [
        # the tea's headline under the run's speaks of the tea text after the block
        (["滨江夜跑赛周日开跑", "石门村春茶开摘"], True),
        # a deck of the run's text speaks of it (补给站)
        (["滨江夜跑赛周日开跑", "沿途设五个补给站"], False),
        # pairs of grammar's characters (我们, 们的) fall in any long text: they say nothing
        (["滨江夜跑赛周日开跑", "我们的约定"], False),
        # a writer's name speaks of no text, though the text after names him (王海)
        (["滨江夜跑赛周日开跑", "王海"], False),
        # the first heading is asked of nothing: it may head the text after (see ``_ways``)
        (["石门村春茶开摘", "滨江夜跑赛周日开跑"], False),
    ],
)
def test_a_heading_under_the_first_drifts_to_the_text_after_where_its_content_words_are_there(
    heads: list[str], drifts: bool
) -> None:
    from newsdesk.core.assign import HeadBlock, _drifts_on

    block = HeadBlock(
        heads=_segment(*heads).units,
        prev=_segment("滨江夜跑赛将于本周日晚七时鸣枪开跑。", "跑友在沿途五个补给站领水。"),
        next=_segment("清明前后，石门村的茶园里一片忙碌，茶农们抢摘春茶。", "我们的合作社收购鲜叶，茶农王海说价好。"),
    )
    assert _drifts_on(block, len(heads)) is drifts
