"""The pipeline on pages typeset from articles written for these tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.core import patterns, pipeline
from newsdesk.core.assign import han
from newsdesk.core.chars import text_width
from newsdesk.core.model import Article, PageAnalysis
from newsdesk.core.paragraphs import column_regions, decode, measure_lines
from newsdesk.core.pipeline import analyze_page, analyze_text
from newsdesk.core.typeset import PlainArticle, typeset, wrap
from newsdesk.paths import sample_page

TREES = PlainArticle(
    headline="青川区部署春季植树造林工作",
    byline="本报讯（青川新闻记者 林晓雨）",
    paragraphs=[
        "3月2日，青川区召开春季植树造林动员会。区委书记张明远出席会议并讲话。",
        "张明远指出，植树造林是惠及子孙的长远工程，各街道要把任务落实到山头地块，确保栽一片、活一片。",
        "今年全区计划新增绿地三百亩，在滨江公园等地建设十条林荫步道。",
    ],
)
LIBRARY = PlainArticle(
    headline="滨江图书馆夜间开放首周迎客过万",
    subheadlines=["自习区座位一位难求，借阅量同比增长三成"],
    byline="新华社青川3月4日电（记者 周文）",
    paragraphs=[
        "滨江图书馆自3月1日起延长开放至晚上十点，首周接待读者一万二千人次，借阅量同比增长三成。",
        "馆长刘海峰表示，图书馆下一步将增设少儿阅读专区，并与青川第一中学合作开展周末读书会。",
    ],
    captions=["读者在滨江图书馆自习区阅读。（本报记者 周文摄）"],
)
CANTEEN = PlainArticle(
    headline="社区食堂开到家门口",
    byline="本报南湖3月3日讯",
    paragraphs=[
        "一份荤素搭配的午餐只要十二元，老人还能再减两元。南湖街道第三家社区食堂正式营业。",
        "南湖街道党工委书记赵国栋介绍，食堂每天供应三餐，并为行动不便的老人送餐上门。",
    ],
)


def plain(a: Article) -> PlainArticle:
    head = a.headline
    by = a.byline
    return PlainArticle(
        headline=head.text if head else None,
        subheadlines=[b.text for b in a.of_role("subheadline")],
        byline=by.text if by else None,
        paragraphs=[b.text for b in a.paragraphs],
        captions=[b.text for b in a.of_role("caption")],
    )


def expected(a: PlainArticle) -> PlainArticle:
    return PlainArticle(a.headline, a.subheadlines, a.byline, a.paragraphs, a.captions)


def rebuilt(text: str) -> list[PlainArticle]:
    """The articles the pipeline rebuilds from a page's ``text``, in the form of ``expected``."""
    return [plain(a) for a in analyze_page(text).articles]


@pytest.mark.parametrize("width", [13, 14, 16])
def test_headlines_after_body_are_rebuilt_exactly(width: int) -> None:
    page = analyze_page(typeset([TREES, LIBRARY, CANTEEN], width=width, header="青川日报 第2版"))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(LIBRARY), expected(CANTEEN)]
    assert [b.text for b in page.furniture] == ["青川日报第2版"]
    assert page.column_width == width


def test_headlines_before_body_go_to_the_following_article() -> None:
    arts = [PlainArticle(**{**a.__dict__, "headline_first": True}) for a in (TREES, CANTEEN, LIBRARY)]
    page = analyze_page(typeset(arts))
    assert [a.headline.text for a in page.articles if a.headline] == [a.headline for a in arts]
    assert [plain(a).paragraphs for a in page.articles] == [a.paragraphs for a in arts]


def test_every_block_maps_to_its_raw_lines() -> None:
    text = typeset([TREES, LIBRARY])
    raw = text.split("\n")
    page = analyze_page(text)
    for art in page.articles:
        for block in art.blocks:
            assert len(block.charmap) == len(block.text)
            for ch, (line, col) in zip(block.text, block.charmap, strict=True):
                if line >= 0:
                    assert raw[line][col] == ch
            assert block.lines == sorted(block.lines)


def test_form_feed_starts_a_new_page() -> None:
    text = typeset([TREES]) + "\f" + typeset([CANTEEN])
    pages = analyze_text(text)
    assert len(pages) == 2
    assert pages[1].articles[0].headline is not None
    assert pages[1].articles[0].headline.text == CANTEEN.headline
    raw = text.split("\n")
    first_line = pages[1].articles[0].lines[0]
    assert "一份" in raw[first_line] or "本报" in raw[first_line]


def test_stray_spaces_are_reported_not_kept() -> None:
    page = analyze_page(typeset([CANTEEN]).replace("十二元", "十二 元", 1))
    assert "十二元" in page.articles[0].paragraphs[0].text
    assert [n.code for n in page.notices] == ["stray-space"]


def test_prediction_schema_lists_byline_lines_in_first_paragraph() -> None:
    pred = analyze_page(typeset([TREES])).to_prediction()
    art = pred["articles"][0]
    assert set(art) == {"headline", "subheadlines", "byline", "captions", "paragraphs"}
    assert art["byline"] == TREES.byline
    assert art["paragraphs"][0]["lines"][0] == 0
    json.dumps(pred, ensure_ascii=False)


def test_bundled_sample_page_has_three_articles() -> None:
    page = analyze_page(sample_page().read_text(encoding="utf-8"))
    heads = [a.headline.text for a in page.articles if a.headline]
    assert heads == ["青川区部署春季植树造林工作", "滨江图书馆夜间开放首周迎客过万", "社区食堂开到家门口"]
    assert page.articles[1].of_role("caption")[0].text == "读者在滨江图书馆自习区阅读。（本报记者 周文摄）"


def test_real_sample_page_splits_like_an_editor(shared_dir: Path) -> None:
    """The real page in ../shared: three articles, as a person splits them."""
    path = shared_dir / "seeds" / "longhua-news-page.txt"
    if not path.exists():
        pytest.skip("sample page not available")
    page = analyze_page(path.read_text(encoding="utf-8"))
    arts = page.articles
    assert len(arts) == 3
    assert arts[0].headline is None  # its headline is not on this page
    assert arts[0].byline is not None and arts[0].byline.text == "本报讯（龙华新闻记者 徐蔚昕）"
    assert arts[0].paragraphs[0].text.startswith("1月20日，区委常委会（扩大）会议召开")
    assert arts[0].paragraphs[-1].text.endswith("以改革创新精神加强党的全面领导和党的建设。")
    assert [p.text[:4] for p in arts[0].paragraphs] == [
        "1月20",
        "会上，区",
        "王卫指出",
        "王卫强调",
        "孙政代表",
    ]
    two = arts[1]
    assert two.headline is not None and two.headline.text == "龙华区行政服务大厅节后首日“迎客”忙"
    assert [b.text for b in two.of_role("subheadline")] == ["50个窗口全开，为市民提供高效有序的服务"]
    assert [b.text for b in two.of_role("caption")] == ["窗口工作人员为前来办理业务的市民提供服务。"]
    assert two.byline is not None and two.byline.text == "本报讯（龙华新闻记者 丁小梅 文/图）"
    assert len(two.paragraphs) == 6
    assert "合计有800余项" in two.paragraphs[-1].text
    three = arts[2]
    assert three.headline is not None and three.headline.text.replace(" ", "") == "抢抓新机遇开辟新赛道"
    assert three.paragraphs[0].text.startswith("岭南春早，潮起珠江。")
    assert three.paragraphs[-1].text.endswith("给予充分肯定。")
    lines = [set(a.lines) for a in arts]
    assert max(lines[0]) < min(lines[1]) and max(lines[1] - {263, 264, 266}) < min(lines[2])


def test_kept_indents_and_no_blank_lines() -> None:
    """Another layout: every paragraph keeps its two ideographic spaces, no blank lines."""
    from newsdesk.core.typeset import wrap

    out: list[str] = []
    for art in (TREES, LIBRARY, CANTEEN):
        for k, para in enumerate(art.paragraphs):
            lines = wrap(((art.byline or "") if k == 0 else "") + para, 15)
            out += ["\u3000\u3000" + lines[0], *lines[1:]]
        out += ([art.headline] if art.headline else []) + art.subheadlines
        out += [ln for cap in art.captions for ln in wrap(cap, 15, indent=0)]
    page = analyze_page("\n".join(out) + "\n")
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(LIBRARY), expected(CANTEEN)]


#: A short news item in column lines, set before the photos and items the tests are about.
GREENING = (
    "本报讯（记者 林晓雨）青川区",
    "今年新增绿地三百亩，在滨江公",
    "园等地建设了十条林荫步道，市",
    "民散步有了好去处。",
)


def page_of(*lines: str) -> str:
    """Raw OCR text: each line followed by a blank line."""
    return "\n\n".join(lines) + "\n"


def column_lines(text: str) -> list[str]:
    """The lines of a typeset page, without the blank lines between them."""
    return [ln for ln in text.split("\n") if ln]


def run_together(lines: list[str], k: int) -> list[str]:
    """``lines`` with line ``k`` and the one after it run into one, as OCR may give them."""
    return [*lines[:k], lines[k] + lines[k + 1], *lines[k + 2 :]]


def headlines(page: PageAnalysis) -> list[str | None]:
    """Each article's headline text (None for an article without one), in page order."""
    return [a.headline.text if a.headline else None for a in page.articles]


@pytest.mark.parametrize("end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_carriage_returns_end_lines_as_newlines_do(end: str) -> None:
    # the core function takes a string from any caller: a line ended by \r\n or \r reads as one
    # ended by \n, with no space where the carriage return stood (记者 林晓雨 / 报道：)
    text = page_of(
        "青川区春季植树三百亩",
        "本报青川3月5日讯记者林晓",
        "雨报道：青川区今年春季植树三",
        "百亩，新栽的树苗成活率达到九",
        "成。",
    )
    expected = [[(b.role, b.text, b.lines) for b in a.blocks] for p in analyze_text(text) for a in p.articles]
    got = [
        [(b.role, b.text, b.lines) for b in a.blocks] for p in analyze_text(text.replace("\n", end)) for a in p.articles
    ]
    assert got == expected
    page = analyze_page(text.replace("\n", end))
    assert [[(b.role, b.text, b.lines) for b in a.blocks] for a in page.articles] == expected
    assert not page.notices


def test_credit_broken_across_lines_opens_one_article() -> None:
    page = analyze_page(
        page_of(
            "本报青川3月5日讯新华社",
            "记者周文、本报记者林晓雨报道：",
            "青川区今天召开春季植树造林",
            "动员会，部署全年绿化任务。",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].byline is not None
    assert page.articles[0].byline.text == "本报青川3月5日讯新华社记者周文、本报记者林晓雨报道："


def test_writer_name_closes_a_headline_group() -> None:
    page = analyze_page(
        page_of(
            "  滨江图书馆自3月1日起延长开",
            "放至晚上十点，首周接待读者一",
            "万二千人次。",
            "图书馆夜读成新风",
            "周文",
            "社区食堂开到家门口",
            "  一份荤素搭配的午餐只要十二",
            "元，老人还能再减两元，南湖街",
            "道第三家社区食堂正式营业。",
        )
    )
    assert headlines(page) == [
        "图书馆夜读成新风",
        "社区食堂开到家门口",
    ]
    assert [b.text for b in page.articles[0].of_role("subheadline")] == ["周文"]


def test_wide_headline_ending_with_a_title_mark_is_not_a_caption() -> None:
    page = analyze_page(
        page_of(
            "一部写给青年的书——读《滨江纪事》",
            "本报讯（记者 林晓雨）《滨江纪",
            "事》近日由青川出版社出版，全",
            "书记录了滨江两岸三十年变迁。",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].headline is not None
    assert page.articles[0].headline.text == "一部写给青年的书——读《滨江纪事》"
    assert not page.articles[0].of_role("caption")


def test_agency_items_under_one_headline_stay_one_roundup() -> None:
    page = analyze_page(
        page_of(
            "北方大雪交通受阻南方暴雨河水上涨",
            "新华社青川3月4日电北方多地",
            "昨日普降大雪，多条高速公路封",
            "闭，交通受阻。",
            "新华社南湖3月4日电南方连日",
            "暴雨，南湖河水位上涨一米，沿",
            "岸居民已转移。",
        )
    )
    assert len(page.articles) == 1
    assert len(page.articles[0].paragraphs) == 2


def test_a_headline_about_the_first_dispatch_alone_does_not_take_the_next() -> None:
    # the headline speaks of the first dispatch and shares not a word pair with the second,
    # which reports another matter from another place: two articles, the second headless
    page = analyze_page(
        page_of(
            "青川区新增绿地三百亩",
            "本报青川3月4日电今年青川区",
            "新增绿地三百亩，在滨江公园等",
            "地建设了十条林荫步道。",
            "新华社南湖3月4日电南湖市政",
            "协第九届委员会今天选举王卫为",
            "市政协主席。",
        )
    )
    assert [a.paragraphs[0].text[:6] for a in page.articles] == ["今年青川区新", "南湖市政协第"]
    assert page.articles[0].headline is not None
    assert page.articles[1].headline is None


def test_an_undated_lead_in_after_a_dispatch_is_no_item_of_its_roundup() -> None:
    # 本报讯 dates nothing, and the 电 of 电视台 after it closes no dispatch's dateline: the brief
    # after the headed dispatch, sharing one word pair (青川) with its headline, is an article of
    # its own, not the next dispatch strung under that headline
    page = analyze_page(
        page_of(
            "青川区新增绿地三百亩",
            "本报青川3月4日电今年青川区",
            "新增绿地三百亩，在滨江公园等",
            "地建设了十条林荫步道。",
            "本报讯青川电视台和南湖晚报",
            "联合举办的少儿书画比赛昨天",
            "揭晓，八十件作品获奖。",
        )
    )
    assert [a.paragraphs[0].text[:6] for a in page.articles] == ["今年青川区新", "青川电视台和"]
    assert page.articles[1].headline is None


def test_dispatches_of_the_paper_dated_as_news_stay_one_roundup() -> None:
    # 本报北京一月十七日讯 is the paper's dated dispatch as 本报青川一月十七日电 is: under a
    # headline over both, the second is one more item of the roundup (they share a word pair)
    page = analyze_page(
        page_of(
            "春节将至各地走访慰问困难职工",
            "本报北京一月十七日讯记者",
            "王海报道：春节将至，北京市领",
            "导走访慰问困难职工，送去慰问",
            "金和年货。",
            "本报青川一月十七日电记者",
            "林晓报道：青川市今年为四千名",
            "下岗职工安排了新的岗位，困难",
            "家庭都领到了过年的补助。",
        )
    )
    assert len(page.articles) == 1
    assert [p.text[:6] for p in page.articles[0].paragraphs] == ["春节将至，北", "本报青川一月"]


@pytest.mark.parametrize(
    ("second", "articles"),
    [
        # the headline speaks of the dispatch after the first item: the article's second dispatch
        (("本报青川三月二日电滨江图书", "馆延长开放时间首周，接待读者", "一万二千人次，自习区座位一位", "难求。"), 1),
        # ... and not of this one, which reports another matter: an article of its own
        (("本报南湖三月二日电南湖市政", "协第九届委员会今天选举王卫为", "市政协主席。"), 2),
    ],
)
def test_a_headline_heads_the_dispatch_it_speaks_of_after_its_first_item(
    second: tuple[str, ...], articles: int
) -> None:
    page = analyze_page(
        page_of(
            "青川滨江图书馆延长开放时间",
            "本报讯（记者王平）滨江图",
            "书馆自三月一日起延长开放时间",
            "至晚上十点。",
            *second,
        )
    )
    assert len(page.articles) == articles
    assert page.articles[0].headline is not None
    assert page.articles[0].headline.text == "青川滨江图书馆延长开放时间"


def _column(*paragraphs: str, width: int = 14) -> tuple[str, ...]:
    """The column lines of ``paragraphs`` (each first line two cells short, its indent lost)."""
    return tuple(line for para in paragraphs for line in wrap(para, width))


_LIBRARY_OPENS = (
    "青川滨江图书馆延长开放时间",
    *_column(
        "本报讯（记者王平）滨江图书馆自三月一日起延长开放时间至晚上十点。",
        "馆长刘海峰说，晚上来自习的多是附近的学生和上班族。",
        "图书馆下一步还将开设少儿阅读专区。",
    ),
)
_LIBRARY_WEEK = _column(
    "本报青川三月八日电滨江图书馆延长开放时间首周，接待读者一万二千人次，自习区座位一位难求。",
    "不少读者说，下班后终于有了安静读书的地方。",
)


def _spaced(lines: Sequence[str], every: bool = False) -> list[str]:
    """``lines`` with OCR's leading space kept before the first, or before each paragraph's
    first line (``every``: a line after one closing a sentence)."""
    return [" " + t if k == 0 or (every and lines[k - 1][-1] == "。") else t for k, t in enumerate(lines)]


@pytest.mark.parametrize(
    ("first", "second", "articles"),
    [
        # the second dispatch kept the space before its first line, which on this page marks
        # where an article begins: a report of its own, however much it shares the subject
        (_spaced(_LIBRARY_OPENS), _spaced(_LIBRARY_WEEK), 2),
        # ... without it, the headline over the first speaks of it: the article's second dispatch
        (_spaced(_LIBRARY_OPENS), list(_LIBRARY_WEEK), 1),
        # ... and where every paragraph keeps a space, the spaces mark nothing
        (_spaced(_LIBRARY_OPENS, every=True), _spaced(_LIBRARY_WEEK, every=True), 1),
    ],
    ids=["spaced", "unspaced", "every"],
)
def test_a_dispatch_opening_where_the_page_marks_an_article_is_no_second_dispatch(
    first: list[str], second: list[str], articles: int
) -> None:
    page = analyze_page(page_of(*first, *second))
    assert len(page.articles) == articles
    assert page.articles[0].headline is not None
    assert page.articles[0].headline.text == "青川滨江图书馆延长开放时间"
    assert page.articles[-1].paragraphs[-1].text == "不少读者说，下班后终于有了安静读书的地方。"
    if articles == 2:
        assert page.articles[1].headline is None
        assert page.articles[1].paragraphs[0].text.startswith("滨江图书馆延长开放时间首周")


_TREES_HEADED = (
    "青川区部署春季植树工作",
    *_column(
        "本报讯（记者林晓）青川区昨天召开春季植树动员会，部署今年的植树造林工作。",
        "会议要求各街道把任务落实到山头地块。",
        "今年全区计划新增绿地三百亩，建设十条林荫步道。",
    ),
)
_RUSH_NORTH = _column(
    "据新华社北京二月十日电今年春运首日，北京站发送旅客十二万人次。",
    "车站新开了八个售票窗口，旅客排队不超过十分钟。",
)
_RUSH_SOUTH = (
    *_column(
        "据新华社广州二月十日电春运首日，广州站发送旅客十五万人次，比去年同期增加一成。",
        "铁路部门加开临客四十对，方便旅客返乡过年。",
    ),
    "春运首日客流创新高",
)


@pytest.mark.parametrize(
    ("north", "south", "headlines"),
    [
        # each dispatch kept the space before its first line, where this page's articles begin:
        # the headline after the second closes that one alone, the first stands on its own
        (_spaced(_RUSH_NORTH), _spaced(_RUSH_SOUTH), ["青川区部署春季植树工作", None, "春运首日客流创新高"]),
        # ... with the first's alone, both are items of the roundup the headline closes
        (_spaced(_RUSH_NORTH), list(_RUSH_SOUTH), ["青川区部署春季植树工作", "春运首日客流创新高"]),
        # ... and where every paragraph keeps a space, the spaces mark nothing
        (
            _spaced(_RUSH_NORTH, every=True),
            _spaced(_RUSH_SOUTH, every=True),
            ["青川区部署春季植树工作", "春运首日客流创新高"],
        ),
    ],
    ids=["spaced", "unspaced", "every"],
)
def test_a_dispatch_opening_where_the_page_marks_an_article_is_no_item_of_the_roundup_after_it(
    north: list[str], south: list[str], headlines: list[str | None]
) -> None:
    page = analyze_page(page_of(*_TREES_HEADED, *north, *south))
    assert [a.headline.text if a.headline else None for a in page.articles] == headlines
    assert page.articles[-1].paragraphs[-1].text == "铁路部门加开临客四十对，方便旅客返乡过年。"


_GREENING = (
    *_column(
        "区政府昨天召开会议，部署今年的绿化工作，区长李明出席会议并讲话。",
        "会议要求各街道把任务落实到山头地块，栽一片，活一片。",
        "今年全区计划新增绿地三百亩。",
        "区林业局将派出技术员，到各地指导栽种。",
    ),
)
_GREENING_HEAD = "青川区各街道掀起春季植树造林新热潮"
_PLANTING = _column(
    "青川区各街道的植树节活动昨天上午举行，五百多名市民在滨江公园种下樱花、桂花等树苗两千株。",
    "市民王秀兰带着孙子种下了一棵桂花树，她说，等孩子长大了，再带他来看这棵树。",
    "街道办介绍，春季植树造林期间还将举办三场讲座，讲解新栽树苗的养护要领。",
    "活动结束后，志愿者还给新栽的树苗浇了水。",
)
_PLANTING_HEAD = "滨江公园两千株树苗落户江边"


@pytest.mark.parametrize(
    ("first", "head", "second", "heads"),
    [
        # the text after the headline kept the leading space that marks where this page's
        # articles begin: its article starts there, so the headline closes the text before it,
        # though its words (青川区各街道, 春季植树造林) are more the next text's
        (_spaced(_GREENING), _GREENING_HEAD, _spaced(_PLANTING), [_GREENING_HEAD, _PLANTING_HEAD]),
        # ... without the space, the words decide: the headline heads the text they come from
        (_spaced(_GREENING), _GREENING_HEAD, list(_PLANTING), [None, _GREENING_HEAD, _PLANTING_HEAD]),
        # ... and so where every paragraph keeps one: the spaces mark nothing
        (
            _spaced(_GREENING, every=True),
            _GREENING_HEAD,
            _spaced(_PLANTING, every=True),
            [None, _GREENING_HEAD, _PLANTING_HEAD],
        ),
        # ... and a headline that kept the space itself opens an article: the words decide too
        (_spaced(_GREENING), " " + _GREENING_HEAD, _spaced(_PLANTING), [None, _GREENING_HEAD, _PLANTING_HEAD]),
    ],
    ids=["text-spaced", "unspaced", "every", "both-spaced"],
)
def test_a_headline_before_a_text_opening_its_article_closes_the_text_before(
    first: list[str], head: str, second: list[str], heads: list[str | None]
) -> None:
    page = analyze_page(page_of(*first, head, *second, _PLANTING_HEAD))
    assert [a.headline.text if a.headline else None for a in page.articles][: len(heads)] == heads
    assert page.articles[0].paragraphs[0].text.startswith("区政府昨天召开会议")
    if heads[0] is not None:
        assert [len(a.paragraphs) for a in page.articles] == [4, 4]


_LETTERS_YEAR = _column(
    "又是一年春草绿。回首去年的青川文坛，小说、散文和诗歌都有新作问世。",
    "长篇小说方面，本地作家林晓的新作写青川老街三代人的生活，读者反响热烈。",
    "散文方面，写乡村变化的作品多了起来，不少作者是第一次发表作品。",
    "诗歌方面，青年诗人的作品越来越受到关注，两部诗集在年底出版。",
)
_LETTERS_HEAD = "新的一年，文学还能提供什么"
_JOURNALS_HEAD = "文学期刊月报"
_JOURNALS = _column(
    "为及时报道最新创作动态，我们特辟文学期刊月报栏目，每月介绍几家文学期刊的头条作品。",
    "本期介绍的四部作品，两部写城市里的年轻人，两部写山村的新变化。",
    "欢迎读者来信谈谈读后感，来信请寄本报文艺部，信封上请注明栏目名称。",
    "下期将介绍三家诗歌刊物的新年专号，敬请关注。",
)


@pytest.mark.parametrize(
    ("first", "journals_head", "second", "heads"),
    [
        # the line after the heading of two clauses kept the leading space that marks where this
        # page's articles begin: it opens the next article, so it carries on no heading broken at
        # the column's edge, and the heading closes the text before it
        (_spaced(_LETTERS_YEAR), " " + _JOURNALS_HEAD, list(_JOURNALS), [_LETTERS_HEAD, _JOURNALS_HEAD]),
        # ... without the space, the two lines read as one heading wrapped in the column: a
        # section head of the text
        (_spaced(_LETTERS_YEAR), _JOURNALS_HEAD, list(_JOURNALS), [None]),
    ],
    ids=["spaced", "unspaced"],
)
def test_a_line_opening_an_article_carries_on_no_heading_before_it(
    first: list[str], journals_head: str, second: list[str], heads: list[str | None]
) -> None:
    page = analyze_page(page_of(*first, _LETTERS_HEAD, journals_head, *second))
    assert [a.headline.text if a.headline else None for a in page.articles] == heads
    assert page.articles[-1].paragraphs[-1].text == "下期将介绍三家诗歌刊物的新年专号，敬请关注。"
    if len(heads) == 2:
        assert [len(a.paragraphs) for a in page.articles] == [4, 4]


def test_captions_after_a_text_headed_before_it_are_its_photos() -> None:
    # the headline comes before the text, the photo's label and caption after it: one article,
    # not the text cut in two to give the caption an article of its own
    library = PlainArticle(
        headline="社区图书馆开到家门口",
        subheadlines=["本报记者王平"],
        paragraphs=[
            "青川区今年新建的三座社区图书馆昨天同时开馆，每座藏书两万册，周末也对居民开放。",
            "图书馆还设了儿童阅览室，孩子们可以在这里听故事、借绘本。",
        ],
    )
    trail = PlainArticle(
        headline="江边多了一条步道",
        subheadlines=["本报记者林晓"],
        paragraphs=[
            "全长十二公里的滨江步道昨天向市民开放，步道沿江种了三千棵树。",
            "步道每隔五百米设一处休息亭，夜间有路灯照明，市民晨练散步更方便了。",
            "修建步道时，施工队保留了江边的老码头和两棵百年古榕，让老街坊记得住乡愁。",
            "步道两旁还设了二十块展板，介绍滨江两岸三十年来的变化。",
            "每天清早，不少市民在滨江步道晨练散步。",
        ],
        headline_first=True,
    )
    school = PlainArticle(
        headline="南湖小学新添一座操场",
        subheadlines=["本报记者周文"],
        paragraphs=[
            "南湖小学新建的塑胶操场昨天启用，学生们在课间跑步、跳绳。",
            "操场旁还建了一排乒乓球台，放学后也向社区居民开放。",
        ],
        headline_first=True,
    )
    photo = "".join(f"{line}\n\n" for line in ["图片：", *wrap("市民在滨江步道晨练散步。（王海摄）", 14, indent=0)])
    page = analyze_page(typeset([library, trail]) + photo + typeset([school]))
    assert [a.headline.text if a.headline else None for a in page.articles] == [
        "社区图书馆开到家门口",
        "江边多了一条步道",
        "南湖小学新添一座操场",
    ]
    second = page.articles[1]
    assert [p.text[:4] for p in second.paragraphs] == [
        "全长十二",
        "步道每隔",
        "修建步道",
        "步道两旁",
        "每天清早",
        "图片：",
    ]
    assert [c.text for c in second.of_role("caption")] == ["市民在滨江步道晨练散步。（王海摄）"]


@pytest.mark.parametrize("writers", [[], ["周文李丽"]])
def test_a_photo_label_closing_a_text_takes_the_photo_and_headline_after_it(writers: list[str]) -> None:
    # 图片： ends the text, then come the photo's headline (and its writers, names run together)
    # and caption: they are that text's, even where the headline's words are those of the
    # report after them (with the writers, that report's headline is set before it)
    page = analyze_page(
        page_of(
            *wrap("本报讯（记者 王海）青川区石门村的茶农这几天忙着采摘明前茶，今年的春茶比去年早上市一周。", 14),
            *wrap("村党支部书记介绍，全村茶园已有三千亩，茶叶成了村民增收的主要来源。", 14),
            "图片：",
            "青川新茶上市了",
            *writers,
            *wrap("图为一位老人在品尝新茶。（周文摄）", 14, indent=0),
            *(["新茶开秤客商云集"] if writers else []),
            *wrap(
                "本报讯（记者 林晓雨）青川新茶昨天在滨江茶叶市场上市，首批新茶每斤卖到八百元，上市第一天就卖出两千斤。",
                14,
            ),
            *wrap("市场负责人说，今年来采购新茶的客商比去年多了三成。", 14),
            *([] if writers else ["新茶开秤客商云集"]),
        )
    )
    heads = headlines(page)
    assert heads == ["青川新茶上市了", "新茶开秤客商云集"]
    first = page.articles[0]
    assert first.paragraphs[-1].text == "图片："
    assert [c.text for c in first.of_role("caption")] == ["图为一位老人在品尝新茶。（周文摄）"]


def test_a_numbered_caption_standing_alone_carries_on_the_pictures_before_it() -> None:
    # the text's label, its picture 1 read as text (no credit of its own), then picture 2 with
    # the credit for both: the text's pictures, numbered 1, 2
    page = analyze_page(
        page_of(
            "社区菜市场开到家门口",
            *wrap("本报讯（记者 王海）青川区今年新建的三座社区菜市场昨天同时开业，每座有摊位两百个。", 14),
            *wrap("菜市场还设了农民自产自销区，菜农可以免费摆摊。", 14),
            "图片：",
            "1、菜农卖菜",
            *wrap("2、老人在挑选鸡蛋。（本报记者周文摄）", 14, indent=0),
            "滨江步道向市民开放",
            *wrap("本报讯（记者 李丽）全长十二公里的滨江步道昨天向市民开放，步道沿江种了三千棵树。", 14),
            *wrap("步道每隔五百米设一处休息亭，夜间有路灯照明。", 14),
        )
    )
    heads = headlines(page)
    assert heads == ["社区菜市场开到家门口", "滨江步道向市民开放"]
    market = page.articles[0]
    assert [b.text for b in market.paragraphs][-2:] == ["图片：", "1、菜农卖菜"]
    assert [c.text for c in market.of_role("caption")] == ["2、老人在挑选鸡蛋。（本报记者周文摄）"]


@pytest.mark.parametrize(
    ("caption", "joins"),
    [
        ("2、南湖新建的口袋公园成了居民休闲的好去处。（林晓雨摄）", True),
        # picture 1's credit run into picture 2's caption
        ("（新华社发美联社传真图）2、南湖新建的口袋公园成了居民休闲的好去处。", True),
        # no picture 2 after picture 1: another group
        ("3、南湖新建的口袋公园成了居民休闲的好去处。（林晓雨摄）", False),
    ],
)
def test_numbered_captions_alone_join_the_pictures_their_number_carries_on(caption: str, joins: bool) -> None:
    from newsdesk.core.assign import HeadBlock, Segment
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit, _numbered_run

    head, first, second = (
        Unit([ln]) for ln in measure_lines(enumerate(["图片新闻", "1、青川区滨江街道的社区食堂开业。", caption]))
    )
    group = HeadBlock(heads=[head])
    groups = _numbered_run([(group, Segment(units=[first])), (HeadBlock(captions=[second]), None)])
    assert len(groups) == (1 if joins else 2)
    assert (group.captions == [second]) == joins


def test_a_summary_over_a_dateline_opens_the_article_of_that_dateline() -> None:
    # after a text that has ended, a paragraph ending no sentence sums up the report whose
    # dateline follows it: it opens that article, which the dateline does not open again
    page = analyze_page(
        page_of(
            "社区图书馆开到家门口",
            *wrap("本报讯（记者 王海）青川区今年新建的三座社区图书馆昨天同时开馆，每座藏书两万册。", 14),
            *wrap("图书馆还设了儿童阅览室，孩子们可以在这里听故事、借绘本。", 14),
            *wrap("●认真抓好春耕备耕工作，保障化肥和种子等农资供应，扩大全区优质茶叶和蔬菜种植面积", 14),
            *wrap("本报青川3月5日讯记者林晓雨报道：青川区今天召开全区农业工作会议，部署今年的农业生产。", 14),
            *wrap("会议要求各乡镇抓好春耕备耕，确保农资供应充足。", 14),
            "青川部署今年农业生产",
        )
    )
    heads = headlines(page)
    assert heads == ["社区图书馆开到家门口", "青川部署今年农业生产"]
    assert page.articles[1].paragraphs[0].text.startswith("●认真抓好春耕备耕")
    assert page.articles[0].paragraphs[-1].text.startswith("图书馆还设了儿童阅览室")


def test_a_reporters_credit_after_a_headline_and_its_writer_opens_the_next_text() -> None:
    # the feature's headline and its writer close it; the agency reporters' credit after them,
    # broken at the column's edge, is the first paragraph of the report that follows
    page = analyze_page(
        page_of(
            *wrap("本报讯（记者 王海）青川区今年新建的三座社区图书馆昨天同时开馆，每座藏书两万册。", 14),
            *wrap("图书馆还设了儿童阅览室，孩子们可以在这里听故事、借绘本。", 14),
            "社区图书馆开到家门口——青川区推进全民阅读纪实",
            "李平",
            "新华社记者周文王海燕新华",
            "社通讯员林晓雨",
            *wrap("部队驻一地，双拥之花开一片。驻青川部队官兵今年为群众办实事三百多件。", 14),
            *wrap("官兵们还在滨江公园种下了一片拥军林。", 14),
            "双拥之花开青川",
        )
    )
    heads = headlines(page)
    assert heads == ["社区图书馆开到家门口——青川区推进全民阅读纪实", "双拥之花开青川"]
    assert [b.text for b in page.articles[0].of_role("subheadline")] == ["李平"]
    assert [b.text[:6] for b in page.articles[1].paragraphs] == ["新华社记者周", "部队驻一地，", "官兵们还在滨"]


def test_a_dashed_subtitle_under_a_wide_headline_is_no_rest_of_it() -> None:
    # a dash opens no line of running text, but a subtitle starts with one: the headline, set
    # across columns, is whole, and the speaker's name is no headline
    page = analyze_page(
        page_of(
            *wrap("同志们：今天我们召开全区农业工作会议，主要任务是总结去年的农业工作，部署今年的农业生产。", 14),
            *wrap("去年，全区粮食总产量达到十二万吨，比上年增长百分之五，茶叶、蔬菜等特色产业发展势头良好。", 14),
            *wrap("今年，各乡镇要抓好春耕备耕，确保化肥、种子等农资供应充足，扩大优质茶叶和蔬菜的种植面积。", 14),
            "抓好春耕备耕工作确保全年农业生产丰收",
            "———在全区农业工作会议上的讲话",
            "张明远",
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "抓好春耕备耕工作确保全年农业生产丰收"
    assert [b.text for b in article.of_role("subheadline")] == ["———在全区农业工作会议上的讲话", "张明远"]


def test_an_indented_heading_over_a_short_credit_opens_an_article() -> None:
    # OCR kept the gap before the articles' first lines (the lead-in's, the headline's): the
    # heading over its short credit (an organisation's, no person's name) is no section head
    # wrapped inside the text before
    page = analyze_page(
        page_of(
            *_spaced(_column("本报讯（记者 王海）青川区今年新建的三座社区图书馆昨天同时开馆，每座藏书两万册。")),
            *wrap("图书馆还设了儿童阅览室，孩子们可以在这里听故事、借绘本，周末还有志愿者讲故事。", 14),
            *wrap("区文化局负责人说，明年全区还将再建五座社区图书馆，让居民在家门口就能借到书。", 14),
            " 青川区茶叶产业发展研讨会召开",
            "市茶协",
            *wrap("青川区茶叶产业发展研讨会昨天在石门村召开，与会专家就茶叶品牌建设提出了建议。", 14),
            *wrap("专家们认为，青川茶叶品质好，但品牌知名度还不高，应当加强宣传推广。", 14),
        )
    )
    heads = headlines(page)
    assert heads == [None, "青川区茶叶产业发展研讨会召开"]
    assert [b.text for b in page.articles[1].of_role("subheadline")] == ["市茶协"]


def test_a_short_headline_after_a_dashed_signature_is_no_tail_of_it() -> None:
    # the editors sign their note on a line of its own (——编者); the short headline after the
    # signature closes the note, and is no rest of a list item
    page = analyze_page(
        page_of(
            *wrap("《青川周刊》今天和读者见面了。我们将用更多的版面报道全区的新人新事，欢迎读者提供稿件。", 14),
            *wrap("愿《青川周刊》成为您的朋友。", 14),
            "——编者",
            "致读者",
            "青川新茶开秤客商云集",
            *wrap("本报讯（记者 林晓雨）青川新茶昨天在滨江茶叶市场上市，首批新茶每斤卖到八百元。", 14),
            *wrap("市场负责人说，今年来采购新茶的客商比去年多了三成。", 14),
        )
    )
    heads = headlines(page)
    assert heads == ["致读者", "青川新茶开秤客商云集"]
    assert page.articles[0].paragraphs[-1].text.endswith("——编者")


def test_a_reporters_credit_at_the_page_top_opens_its_text() -> None:
    # the page opens with the reporters' credit of a feature whose headline closes it, broken
    # at the column's edge: the text's first paragraph, no headline over it
    page = analyze_page(
        page_of(
            "新华社通讯员周文李平新华",
            "社记者王海燕",
            *wrap("李大山，一名普通的护林员，三十年来守着青川区石门村的一片山林，从没有发生过一次山火。", 14),
            *wrap("山上没有电视，也没有邻居，村里人都说守林子的人要能守得住寂寞。", 14),
            "三十年守护一片青山",
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "三十年守护一片青山"
    assert [b.text[:6] for b in article.paragraphs] == ["新华社通讯员", "李大山，一名", "山上没有电视"]


def test_a_photos_headline_under_its_label_is_no_first_line_of_the_caption() -> None:
    # 图片： then the photos' headline, as wide as a paragraph's first line, then the first
    # numbered caption: the decoder reads the headline as the caption's first line; the
    # picture's number shows where the caption starts, and the label makes the line a headline
    page = analyze_page(
        page_of(
            *wrap(
                "本报讯（记者 王海）青川区今年为下岗职工开设了二十个技能培训班，三千多人参加培训后实现了再就业。", 14
            ),
            *wrap("区人社局负责人说，明年还将开设家政、电商等培训班。", 14),
            "图片：",
            "下岗职工们走出了一片新天地",
            *wrap("1、今年48岁的王大山下岗后开办了一个养殖场，年收入达到十五万元。（周文摄）", 14),
            *wrap("2、南湖街道的李丽下岗后做起了家政服务。（林晓雨摄）", 14, indent=0),
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "下岗职工们走出了一片新天地"
    assert [c.text[:2] for c in article.of_role("caption")] == ["1、", "2、"]


def test_a_headline_before_a_numbered_caption_is_no_text_cut_short() -> None:
    # picture 1's caption read as text (no credit of its own), then the photos' headline, as
    # wide as the column, then picture 2's caption: the headline stands between a sentence's
    # end and a numbered caption, as no line of running text does
    page = analyze_page(
        page_of(
            *wrap(
                "本报讯（记者 王海）青川区今年为下岗职工开设了二十个技能培训班，三千多人参加培训后实现了再就业。", 14
            ),
            *wrap("1、青川区人民医院把一部分下岗女工组成护理队伍，经过培训后上岗。", 14),
            "青川开展下岗职工再就业工程",
            *wrap("2、南湖街道的李丽下岗后做起了家政服务，每月收入三千多元。（林晓雨摄）", 14, indent=0),
        )
    )
    heads = [b.text for a in page.articles for b in a.blocks if b.role == "headline"]
    assert heads == ["青川开展下岗职工再就业工程"]
    assert all("青川开展下岗职工" not in b.text for a in page.articles for b in a.blocks if b.role != "headline")


def test_a_headline_as_wide_as_the_column_over_a_caption_is_no_first_line_of_it() -> None:
    # a photo's headline, fourteen cells like the column's lines, then its caption opening with
    # 图为: the caption starts a paragraph there, and the line before it is the photo's headline
    page = analyze_page(
        page_of(
            *wrap("本报讯（记者 王海）青川区今年新建十所幼儿园，新增学位三千个。", 14),
            *wrap("区教育局负责人说，明年还将新建五所幼儿园。", 14),
            "青川滨江步道夜景成了新的名片",
            *wrap("图为青川区滨江步道的夜景，市民在步道上散步。（周文摄）", 14, indent=0),
        )
    )
    heads = [b.text for a in page.articles for b in a.blocks if b.role == "headline"]
    assert heads == ["青川滨江步道夜景成了新的名片"]
    captions = [b.text for a in page.articles for b in a.of_role("caption")]
    assert captions == ["图为青川区滨江步道的夜景，市民在步道上散步。（周文摄）"]


def test_a_caption_naming_the_photo_over_the_headline_is_no_line_of_the_text_before() -> None:
    # the text's last line fills the column and closes its sentence, the caption's label
    # (压题照片：) opens the next line: the caption is a paragraph of its own, the text's last
    # paragraph stays text
    page = analyze_page(
        page_of(
            "青川新建十所幼儿园",
            *wrap("本报讯（记者 王海）青川区今年新建十所幼儿园，新增学位三千个，解决了城区孩子入园难。", 14),
            "区教育局负责人说，明年还将",
            "新建五所幼儿园，让更多的孩子",
            "能够就近入园，家长们都很放心。",
            "压题照片：青川区新建的滨江幼",
            "儿园。（周文摄）",
            *wrap("本报讯（记者 林晓雨）青川区滨江图书馆自三月一日起延长开放时间。", 14),
        )
    )
    article = page.articles[0]
    assert [b.text[:4] for b in article.paragraphs] == ["青川区今", "区教育局"]
    assert [c.text for c in article.of_role("caption")] == ["压题照片：青川区新建的滨江幼儿园。（周文摄）"]


def test_pictures_numbered_with_a_colon_are_captions_apart_from_the_text() -> None:
    # the text's last paragraph, then pictures 1： and 2： read as its next lines: picture 1's
    # number shows where the captions start, as 1、 does (picture 2's, inside the line, runs on)
    page = analyze_page(
        page_of(
            "青川文艺小分队下乡演出",
            *wrap("本报讯（记者 王海）青川区文艺小分队上周冒雨到山区各乡演出十二场，深受群众欢迎。", 14),
            *wrap("1：小分队队员推动陷在泥泞中的道具车。2：队员们在雨中演出。（周文摄）", 14, indent=0),
        )
    )
    (article,) = page.articles
    assert [b.text[:6] for b in article.paragraphs] == ["青川区文艺小"]
    assert [c.text[:2] for c in article.of_role("caption")] == ["1："]


def test_a_photo_under_a_headline_about_the_text_before_it_is_that_texts() -> None:
    # a text no headline takes, then a photo under its own headline that speaks of it (南湖公园,
    # 迎春灯会): one news item told in words and a picture
    page = analyze_page(
        page_of(
            *wrap("本报讯（记者 王海）青川区今年新建十所幼儿园，新增学位三千个，解决了城区孩子入园难。", 14),
            "青川新建十所幼儿园",
            *wrap("元宵节前夕，南湖公园举办迎春灯会，三百多盏彩灯把公园装点得流光溢彩，数万市民前来观灯。", 14),
            "南湖公园举办迎春灯会（图片）",
            *wrap("图为市民在灯会上观赏彩灯。（周文摄）", 14, indent=0),
            *wrap("本报讯（记者 林晓雨）青川区滨江图书馆自三月一日起延长开放时间。", 14),
            "滨江图书馆延长开放时间",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新建十所幼儿园", "南湖公园举办迎春灯会（图片）", "滨江图书馆延长开放时间"]
    lights = page.articles[1]
    assert [b.text[:5] for b in lights.paragraphs] == ["元宵节前夕"]
    assert [c.text for c in lights.of_role("caption")] == ["图为市民在灯会上观赏彩灯。（周文摄）"]


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        # a paragraph whose third line is two column lines run together: wider than the
        # column, but text, and longer than any headline
        (
            [
                "早市搬迁的消息传开后，不少老",
                "顾客担心新大棚离家远，买菜不",
                "方便。街道办事处为此开通了两条免费接驳线路，每",
                "天早上六点到九点，每隔十五分",
                "钟发一班车，老人们坐车来买菜",
                "十分方便。",
            ],
            "body",
        ),
        # a headline across two columns, broken in two lines: a heading
        (["青川召开全市生态建设大会提出三年", "新增绿地一千亩"], "head"),
        # a deck's two lines OCR ran into one: a line alone, whatever its length
        (
            [
                "●青川新建十条林荫步道●滨江生态长廊年内动工●老城区背街小巷全部改造完工●南湖新建三个口袋公园●全市新增绿地一千亩"
            ],
            "head",
        ),
    ],
)
def test_a_wide_unit_of_several_lines_is_a_heading_only_as_long_as_one(lines: list[str], kind: str) -> None:
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit, _classify

    before, after = (
        Unit(measure_lines(enumerate(wrap(text, 14))), width=14)
        for text in ("南湖街道的早市日前搬进了新建的大棚。", "摊主们说，新大棚遮风挡雨，顾客比以前还多了。")
    )
    unit = Unit(measure_lines(enumerate(lines)), width=14)
    _classify([before, unit, after])
    assert unit.wide
    assert unit.kind == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a dateline's line of an article set in a wider column, read among the page's narrower
        # lines: it opens a text, however wide
        ("新华社青川1月1日电滨江两岸今天挂起彩灯", "body"),
        # a headline as wide: a heading
        ("青川各界举行活动喜迎新春佳节", "head"),
    ],
)
def test_a_line_wider_than_the_column_is_a_heading_unless_a_dateline_opens_it(line: str, kind: str) -> None:
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit, _classify

    before, unit, after = (
        Unit(measure_lines(enumerate(lines)), width=12)
        for lines in (
            wrap("南湖街道的早市日前搬进了新建的大棚。", 12),
            [line],
            wrap("摊主们说，新大棚遮风挡雨，顾客比以前还多了。", 12),
        )
    )
    _classify([before, unit, after])
    assert unit.wide
    assert unit.kind == kind


def test_a_decimal_opening_a_captions_line_is_no_pictures_number() -> None:
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit, _numbered_pictures_apart

    lines = ["图为青川区第一条高架公路，", "全长7.2公里，宽26.5米，", "7.2公里的高架昨天通车。（周文摄）"]
    unit = Unit(measure_lines(enumerate(lines)))
    assert _numbered_pictures_apart([unit]) == [unit]


def test_a_standing_photo_head_after_its_numbered_pictures_closes_only_them() -> None:
    # a report and a dispatch, then wire pictures 1 and 2 read as text, then 图片新闻 under them:
    # the head closes the pictures, not the dispatch before them
    page = analyze_page(
        page_of(
            "青川新茶上市",
            *wrap("本报讯（记者 林晓雨）青川新茶昨天在滨江茶叶市场上市，首批新茶每斤卖到八百元。", 14),
            *wrap("市场负责人说，今年来采购新茶的客商比去年多了三成，不少客商是从外省专程赶来的。", 14),
            *wrap("茶农们说，今年春天雨水足，新茶的品质比往年好，价钱也比往年高了一成。", 14),
            *wrap("据新华社杭州3月5日电浙江新茶昨天也已上市，首批龙井每斤卖到一千元。", 14),
            *wrap("1、1月6日，东京消防厅出动上万人在市内举行大规模新年消防演习。图为演习现场。", 14),
            "（新华社发美联社照片）",
            *wrap("2、1月3日，一只老虎误入乡民设置的圈套，折伤了前腿。图为乡民在查看老虎的伤情。", 14),
            "（新华社发美联社照片）",
            "图片新闻",
            *wrap("全长十二公里的滨江步道昨天向市民开放，步道沿江种了三千棵树，每隔五百米设一处休息亭。", 14),
            *wrap("步道夜间有路灯照明，市民晨练散步更方便了。", 14),
            "滨江步道向市民开放",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新茶上市", "图片新闻", "滨江步道向市民开放"]
    assert page.articles[0].paragraphs[-1].text.startswith("据新华社杭州")  # (a dispatch the headline speaks of)
    assert [b.text[:2] for b in page.articles[1].paragraphs][:1] == ["1、"]


@pytest.mark.parametrize(
    ("second", "joins"),
    [
        # the next dispatch speaks of what the headline tells (青川, 水库, 蓄水): the roundup's
        ("据新华社青川3月5日电青川县另外两座水库昨天也已蓄水，全县水库蓄水量达到两千万立方米。", True),
        # ... or of something else: a brief of its own, under no headline
        ("据新华社北京3月5日电全国春季植树造林动员会今天召开，会议要求各地抓好春季绿化工作。", False),
    ],
    ids=["about-the-headline", "about-something-else"],
)
def test_a_dispatch_after_the_papers_compiled_one_joins_it_where_the_headline_speaks_of_it(
    second: str, joins: bool
) -> None:
    page = analyze_page(
        page_of(
            "青川新建水库开始蓄水",
            *wrap("本报讯（记者 林晓雨）据新华社青川3月4日电青川县新建的三座水库今天开始蓄水，可灌溉农田两万亩。", 14),
            *wrap("县水利局负责人说，水库建成后，山区农民的用水难题将得到解决。", 14),
            *wrap(second, 14),
        )
    )
    assert page.articles[0].headline is not None and page.articles[0].headline.text == "青川新建水库开始蓄水"
    assert (len(page.articles) == 1) is joins


def test_two_photos_under_one_headline_set_between_their_captions_are_one_article() -> None:
    # photo 1's caption read as a text of its own (a wire photo's credit closes it), then the
    # headline both photos share and photo 2's caption: one article
    page = analyze_page(
        page_of(
            "青川新茶上市",
            *wrap("本报讯（记者 林晓雨）青川新茶昨天在滨江茶叶市场上市，首批新茶每斤卖到八百元。", 14),
            *wrap("市场负责人说，今年来采购新茶的客商比去年多了三成，不少客商是从外省专程赶来的。", 14),
            *wrap(" 1月5日，一场大雪覆盖了青川山区。图为一位老人冒着风雪赶着羊群回家。（新华社发）", 14),
            "山里大雪城里暖阳",
            *wrap("连日来，滨江城区温暖如春，市民们纷纷走出户外，享受新年第一个温暖的周末。（周文摄）", 14, indent=0),
            *wrap("全长十二公里的滨江步道昨天向市民开放，步道沿江种了三千棵树，每隔五百米设一处休息亭。", 14),
            *wrap("步道夜间有路灯照明，市民晨练散步更方便了。", 14),
            "滨江步道向市民开放",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新茶上市", "山里大雪城里暖阳", "滨江步道向市民开放"]
    photos = page.articles[1]
    assert photos.paragraphs[0].text.startswith("1月5日，一场大雪")
    assert [c.text[:4] for c in photos.of_role("caption")] == ["连日来，"]


def test_a_reporters_credit_after_a_features_opening_is_a_line_of_its_text() -> None:
    # a feature opens with a paragraph, then its reporter's credit, then its first section:
    # the credit is a line of the text, not a heading over the sections
    page = analyze_page(
        page_of(
            *wrap("保护环境，是可持续发展的基础。青少年环保意识的培养，关系着青川的未来。", 14),
            "本报记者王海",
            "喂食的代价",
            *wrap("在滨江公园，我们常看到一些孩子给水里的鱼喂食。殊不知，这样做会让鱼生病。", 14),
            *wrap("公园管理处的工作人员说，今年已经有几十条鱼因此死去。", 14),
            *wrap("青川区教育局已决定，今年起在全区中小学开设环境教育课。", 14),
            "环保要从娃娃抓起",
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "环保要从娃娃抓起"
    assert "本报记者王海" in [b.text for b in article.paragraphs]
    assert not article.of_role("subheadline")


def test_two_summaries_over_a_dateline_open_its_article() -> None:
    # the page opens with two paragraphs that end no sentence, the report's summaries, then its
    # dateline: one article from the first summary on
    page = analyze_page(
        page_of(
            *wrap(
                "张明远强调：●农业是全区经济的基础，任何时候都要抓得很紧。丰收之后更要谨防松懈●关键是稳定各项惠农政策",
                14,
            ),
            *wrap("张明远李丽王海周文等区领导会见出席这次全区农业工作会议的代表", 14),
            *wrap("本报青川3月5日讯记者林晓雨报道：青川区今天召开全区农业工作会议，部署今年的农业生产。", 14),
            *wrap("会议要求各乡镇抓好春耕备耕，确保农资供应充足。", 14),
            "青川部署今年农业生产",
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "青川部署今年农业生产"
    assert article.paragraphs[0].text.startswith("张明远强调")


def test_a_reporter_credit_heading_a_block_is_no_headline() -> None:
    page = analyze_page(
        page_of(
            "本报记者林晓雨",
            "  青川区今天召开春季植树造林",
            "动员会，部署全年绿化任务。",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].headline is None
    # (at the page's top it opens the text under it: that text's first paragraph)
    assert [b.text for b in page.articles[0].paragraphs][:1] == ["本报记者林晓雨"]


def test_a_closing_credit_ends_an_article_without_lead_in() -> None:
    page = analyze_page(
        page_of(
            "今年青川区共新增绿地三百",
            "亩，在滨江公园等地建设了十条",
            "林荫步道。（林晓雨）",
            "滨江图书馆自三月一日起延",
            "长开放至晚上十点，首周接待读",
            "者一万二千人次，自习区座位一",
            "位难求。（周文）",
        )
    )
    assert [a.paragraphs[0].text[:6] for a in page.articles] == ["今年青川区共", "滨江图书馆自"]


def test_place_names_over_roundup_items_stay_in_the_roundup() -> None:
    page = analyze_page(
        page_of(
            "东亚多国货币继续贬值",
            "泰国",
            "据新华社曼谷1月5日电泰铢今",
            "天继续下跌，收盘时跌至历史低",
            "点，市场交投清淡。",
            "日本",
            "据新华社东京1月5日电日元对",
            "美元汇率今天继续走低，股市也",
            "随之下挫。",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].headline is not None
    assert page.articles[0].headline.text == "东亚多国货币继续贬值"
    assert [b.text[:2] for b in page.articles[0].paragraphs] == ["泰国", "据新", "日本", "据新"]


_STATION = _column(
    "本报讯（记者林晓）春节将至，青川火车站今天迎来客流高峰，发送旅客三万人次。",
    "车站新开了八个售票窗口，旅客排队买票不超过十分钟。",
    "车站还在候车室设了母婴室，方便带孩子的旅客。",
    "站长说，节前十天是客流最多的日子。",
)
_BAHT = _column(
    "据新华社曼谷1月5日电泰铢今天继续下跌，收盘时跌至历史低点，市场交投清淡。",
    "泰国央行表示，将采取措施稳定汇率。",
    "分析人士认为，泰铢短期内仍将承压。",
    "曼谷股市今天也随之下跌。",
)


@pytest.mark.parametrize(
    ("station", "label", "dispatch", "first"),
    [
        # the dispatch's first line kept the leading space that marks where this page's articles
        # begin: the place name before it labels no item of it
        (_spaced(_STATION), "泰国", _spaced(_BAHT), "泰铢今天继续下跌，收盘时跌至历史低点，市场交投清淡。"),
        # ... without the space, it is the item's label, as roundups set them
        (_spaced(_STATION), "泰国", list(_BAHT), "泰国"),
        # ... and so where every paragraph keeps a space: the spaces mark nothing
        (_spaced(_STATION, every=True), "泰国", _spaced(_BAHT, every=True), "泰国"),
        # ... and where the name kept one too, it opens the article as the item's label
        (_spaced(_STATION), " 泰国", _spaced(_BAHT), "泰国"),
    ],
    ids=["spaced", "unspaced", "every", "label-spaced"],
)
def test_a_place_name_before_a_dispatch_opening_its_article_labels_no_item(
    station: list[str], label: str, dispatch: list[str], first: str
) -> None:
    page = analyze_page(page_of(*station, "青川火车站迎来春运客流高峰", label, *dispatch, "泰铢跌至历史低点"))
    assert [a.headline.text if a.headline else None for a in page.articles] == [
        "青川火车站迎来春运客流高峰",
        "泰铢跌至历史低点",
    ]
    assert page.articles[1].paragraphs[0].text == first


def test_a_section_head_speaking_of_the_text_after_it_too_stays_in_its_article() -> None:
    # a feature whose headline comes after it: its section head shares more word pairs with the
    # text before it (7 of 9) than after it (4 of 9), but a headline closing the text before
    # would share few with the next article's text
    before = [
        "滨江公园改造工程去年秋天开工，拆除了沿江的旧围墙，滨江公园从此向街道敞开。",
        "滨江公园步道连成一片，全长六公里，沿途种上了香樟和桂花。",
    ]
    after = [
        "今年春天，公园的步道和城北的绿道接通，连成一条十二公里的环线，市民骑车可以绕城一周。",
        "区园林局说，环线沿途还将建设三处驿站，供市民休息和存放自行车。",
    ]
    lines = [line for text in before for line in wrap(text, 14)]
    lines += ["滨江公园步道连成环线", *(line for text in after for line in wrap(text, 14))]
    lines += ["青川滨江公园旧貌换新颜", "本报记者王海"]
    lines += wrap("本报讯（记者 周文）南湖街道今年为辖区独居老人安装紧急呼叫器六十台。", 14)
    page = analyze_page(page_of(*lines))
    first = page.articles[0]
    assert first.headline is not None and first.headline.text == "青川滨江公园旧貌换新颜"
    assert [b.text for b in first.paragraphs] == [*before, "滨江公园步道连成环线", *after]


def test_the_next_numbered_picture_read_as_text_stays_under_the_pictures_headline() -> None:
    # 图片新闻 over its first picture, credited; the second picture's caption, with no credit a
    # caption pattern knows, reads as a text of its own: its number carries on the pictures'
    second = "2、南湖街道的志愿者走进独居老人家中，为老人打扫房间、陪老人聊天。图为志愿者在整理书架。（南湖街道供稿）"
    lines = [
        "青川区春季植树三百亩",
        *wrap("本报讯（记者 王海）青川区今年春季植树三百亩，新栽的树苗成活率达到九成。", 14),
        "图片新闻",
        *wrap("1、青川区滨江公园的梅花开了，市民在花下赏花拍照。（周文摄）", 14),
        *wrap(second, 14),
        "滨江图书馆延长开放",
        *wrap("本报讯（记者 周文）滨江图书馆自三月一日起延长开放至晚上十点。", 14),
    ]
    page = analyze_page(page_of(*lines))
    heads = headlines(page)
    assert heads == ["青川区春季植树三百亩", "图片新闻", "滨江图书馆延长开放"]
    photos = page.articles[1]
    assert [b.text for b in photos.of_role("caption")] == [
        "1、青川区滨江公园的梅花开了，市民在花下赏花拍照。（周文摄）"
    ]
    assert [b.text for b in photos.paragraphs] == [second]


@pytest.mark.parametrize("tail", [[], ["-"]], ids=["same-line", "own-line"])
def test_what_follows_a_line_ending_with_a_dash_is_text(tail: list[str]) -> None:
    # a feature's opening ends with a dash (its tail misread as a hyphen: ——-, on the dash's
    # line or on one of its own) that leads into the story: the reporter's credit and the
    # section head after it are lines of the text, not the heading group of another article
    opening = "日前，青川旧货市场上一批老式收音机卖出了高价。明明是三十年前的旧货，外壳上却印着醒目的四个字——"
    lines = [
        "旧收音机怎么成了新货",
        *(wrap(opening, 14) + tail if tail else wrap(opening + "-", 14)),
        "本报记者周文",
        "悄悄进城",
        *wrap("去年春天，一批标着新品字样的收音机，分别从外地运进青川，经过翻新后摆上了柜台。", 14),
        *wrap("市场管理部门说，这类翻新旧货必须标明来源，否则将依法处理。", 14),
        "滨江图书馆延长开放",
        *wrap("本报讯（记者 周文）滨江图书馆自三月一日起延长开放至晚上十点。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == [
        "旧收音机怎么成了新货",
        "滨江图书馆延长开放",
    ]
    assert [b.text[:6] for b in page.articles[0].paragraphs] == [
        "日前，青川旧",
        "本报记者周文",
        "悄悄进城",
        "去年春天，一",
        "市场管理部门",
    ]


def test_a_line_reporting_speech_with_a_comma_is_no_headline() -> None:
    # the page opens in the middle of an essay whose headline comes after it: 市民们说，… is its
    # first line (a headline would give the speaker a colon), so the text runs on to the headline
    lines = [
        "市民们说，滨江公园这两年",
        "变了个样。这话一点也不假。",
        "其实，公园的变化并不是什么大",
        "工程带来的，它靠的是一件件小",
        "事：添一张长椅，修一段步道，",
        "种一排树。",
        *wrap("去年，园林部门在公园里新修了三公里步道，种下一千多棵香樟，还在湖边添了三十张长椅。", 14),
        "滨江公园的小事和大事",
        "王海",
        *wrap("本报讯（记者 周文）滨江图书馆自三月一日起延长开放至晚上十点。", 14),
    ]
    page = analyze_page(page_of(*lines))
    heads = headlines(page)
    assert heads == ["滨江公园的小事和大事", None]
    assert "".join(b.text for b in page.articles[0].paragraphs).startswith("市民们说，滨江公园这两年变了个样。")


def test_no_article_ends_inside_a_numbered_list() -> None:
    # text between a headline before it and one after it holds two articles; the first item of
    # the second article's list speaks of the first headline (植树三百), but a list's items
    # belong together: the cut falls before the list's introduction, not inside the list
    trees = [
        "本报讯（记者 王海）青川区今年春季植树三百亩，在滨江公园等地建设了十条林荫步道，新栽的树苗成活率达到九成。",
        "区林业局介绍，秋季还将补植一批树苗，并请市民认养，认养的市民可以在树旁挂上自己的名牌。",
        "林业局还将在各街道设立护林员，定期为新栽的树苗浇水、施肥和防虫。",
    ]
    tasks = [
        "南湖街道今年要为居民办好三件实事，街道办事处主任在居民代表会议上一一作了说明：",
        "一是在老旧小区的空地上植树三百棵，春季植树由居民和街道干部一起完成。",
        "二是新建两处社区食堂，方便行动不便的老人就餐，六十岁以上的老人用餐享受优惠。",
        "三是为辖区独居老人安装紧急呼叫器，呼叫器由街道免费提供，老人遇到困难一键就能联系社区。",
    ]
    lines = ["青川区春季植树三百亩", *(line for text in trees + tasks for line in wrap(text, 14))]
    page = analyze_page(page_of(*lines, "独居老人用上紧急呼叫器", "周文"))
    assert headlines(page) == [
        "青川区春季植树三百亩",
        "独居老人用上紧急呼叫器",
    ]
    assert [b.text[:4] for b in page.articles[1].paragraphs] == ["南湖街道", "一是在老", "二是新建", "三是为辖"]


@pytest.mark.parametrize("pasted", [False, True], ids=["column", "a paragraph a line"])
def test_briefs_under_no_headline_are_an_article_each(pasted: bool) -> None:
    # a column of briefs with no headlines, each one paragraph that opens with who did what on
    # which day, then an article under its headline (or the same pasted a paragraph a line)
    briefs = [
        "冰岛政府三日宣布，今年将在北部新建两座地热电站，总装机容量二十万千瓦。",
        "智利警方日前破获一起走私珍稀木材案，查获木材三百多立方米。",
        "新西兰议会五日通过法案，决定从明年起提高最低工资标准。",
        # (lately rather than on a day: whatever it did)
        "挪威交通部最近发出通知，要求各地在冬季加强山区公路的除雪工作。",
        # (or by its source first)
        "据阿根廷国家通讯社报道，该国南部一座火山四日喷发，附近居民已经撤离。",
    ]
    trees = "本报讯（记者 王海）青川区今年春季植树三百亩，新栽的树苗成活率达到九成。"
    if pasted:
        page = analyze_page("\n".join([*briefs, "青川区春季植树三百亩", trees]) + "\n")
    else:
        lines = [line for text in briefs for line in wrap(text, 14)]
        page = analyze_page(page_of(*lines, "青川区春季植树三百亩", *wrap(trees, 14)))
    assert headlines(page) == [
        None,
        None,
        None,
        None,
        None,
        "青川区春季植树三百亩",
    ]
    assert ["".join(b.text for b in a.paragraphs) for a in page.articles[:5]] == briefs


def test_bulleted_briefs_telling_their_day_are_an_article_each() -> None:
    briefs = [
        "●日前，青川区图书馆开设少儿阅读专区，新增图书两万册，周末还有志愿者带领孩子们读绘本，"
        "暑假期间每天开放到晚上九点。",
        "●近日，南湖街道为辖区六十名独居老人安装了紧急呼叫器，老人在家遇到困难，一键就能联系"
        "社区值班人员，十分钟内有人上门。",
        "●三月二日，青川区第一所社区食堂在东街开业，六十岁以上老人用餐可享受八折优惠。",
    ]
    lines = [line for text in briefs for line in wrap(text, 14)]
    page = analyze_page(page_of(*lines))
    assert ["".join(b.text for b in a.paragraphs) for a in page.articles] == briefs


#: A column of briefs under no headline: the first closes with its writer's credit, the next
#: two open with neither a day nor a source, each a story of its own.
_COLUMN_OF_BRIEFS = [
    "本报讯 青川区图书馆新开设的少儿阅读专区本周对外开放，新增图书两万册，周末还有志愿者带领孩子们读绘本。（李丽）",
    "南湖街道为辖区六十名独居老人安装的紧急呼叫器全部投入使用，老人在家遇到困难，一键就能联系社区值班人员。",
    "滨江公园东门外的停车场完成改建，新增车位四百个，收费标准不变，夜间十点以后免费停放。",
]


def brief_texts(page: PageAnalysis) -> list[list[str]]:
    return [[b.text for b in a.paragraphs] for a in page.articles]


@pytest.mark.parametrize("pasted", [False, True], ids=["column", "a paragraph a line"])
def test_briefs_in_a_column_of_briefs_are_told_apart_by_their_words(pasted: bool) -> None:
    # the last two items share no words: two stories, though neither tells its day
    if pasted:
        page = analyze_page("\n".join(_COLUMN_OF_BRIEFS) + "\n")
    else:
        page = analyze_page(page_of(*[line for text in _COLUMN_OF_BRIEFS for line in wrap(text, 14)]))
    assert headlines(page) == [None, None, None]
    assert brief_texts(page)[1:] == [[_COLUMN_OF_BRIEFS[1]], [_COLUMN_OF_BRIEFS[2]]]


@pytest.mark.parametrize(
    "then",
    [
        # it refers back to the item before it ...
        "该街道还将为这些老人每月上门检查一次设备，电池和话机的维修费用全部由街道承担。",
        # ... reports what someone said of it ...
        "办事处主任王海说，明年还要在每个小区设一个服务站，方便大家就近办事。",
        # ... tells more of the same story in its words ...
        "紧急呼叫器由街道免费提供，独居老人遇到困难按下按钮，社区值班人员十分钟内上门。",
        # ... or closes it in two lines, too few words to tell another story by
        "所需费用全部由区财政承担，明年还将继续。",
    ],
)
def test_a_briefs_second_paragraph_telling_more_of_it_stays_with_it(then: str) -> None:
    texts = [*_COLUMN_OF_BRIEFS[:2], then]
    lines = [line for text in texts for line in wrap(text, 14)]
    page = analyze_page(page_of(*lines))
    assert brief_texts(page)[1:] == [texts[1:]]


def test_paragraphs_of_a_text_under_no_headline_alone_stay_together() -> None:
    # no brief stands beside it: a text whose headline is lost, not a column of briefs
    texts = _COLUMN_OF_BRIEFS[1:]
    lines = [line for text in texts for line in wrap(text, 14)]
    page = analyze_page(page_of(*lines))
    assert brief_texts(page) == [texts]


def test_a_deck_under_no_headline_beside_a_brief_opens_no_item() -> None:
    # a story's deck ends no sentence, whatever words it shares with the line before it
    story = [
        "本报讯（记者 王海 文/图）守了三十年渡口的老周，您辛苦了！",
        "七十高龄仍每天清晨五点出门，沿着江堤走到渡口，给早班的船工送去热茶和早点",
        "冬天的青川，江风很冷。渡口边摆着一张小桌，桌上的热水瓶一直没有空过，喝茶的人从不用付钱。",
    ]
    lines = [line for text in [_COLUMN_OF_BRIEFS[0], *story] for line in wrap(text, 14)]
    page = analyze_page(page_of(*lines))
    assert [len(a.paragraphs) for a in page.articles] == [1, 3]


def test_a_feature_under_no_headline_beside_a_brief_keeps_its_paragraphs() -> None:
    # two paragraphs came before the third in the same text: a story told at length, whose
    # paragraphs may each speak of something else
    texts = [
        "冬天的青川，江风很冷。老周每天清晨五点出门，沿着江堤走到渡口，给早班的船工送去热茶。",
        "他在渡口边摆了一张小桌，桌上的热水瓶一直没有空过，喝茶的人从不用付钱，也不用道谢。",
        "滨江公园东门外的停车场完成改建，新增车位四百个，收费标准不变，夜间十点以后免费停放。",
    ]
    lines = [line for text in [_COLUMN_OF_BRIEFS[0], *texts] for line in wrap(text, 14)]
    page = analyze_page(page_of(*lines))
    assert brief_texts(page)[1:] == [texts]


def test_a_later_paragraph_telling_who_did_what_that_day_stays_in_its_headed_article() -> None:
    # the same opening inside an article under its headline is the story's next step
    text = [
        *wrap("冰岛政府三日宣布，今年将在北部新建两座地热电站，总装机容量二十万千瓦。", 14),
        *wrap("冰岛能源部长四日说，两座电站将于明年年底前并网发电。", 14),
    ]
    page = analyze_page(page_of("冰岛将建两座地热电站", *text))
    assert len(page.articles) == 1


def test_a_misread_place_name_over_a_roundup_item_is_a_label_like_the_others() -> None:
    # a roundup whose headline comes after its items: each item under its province's name, one
    # of them misread (安微 for 安徽, which no gazetteer holds); the first item's label set
    # under the headline
    page = analyze_page(
        page_of(
            "本报南京3月4日电记者王海报",
            "道：江苏各地抢抓晴好天气，组",
            "织农机下田，春耕进度快于往年。",
            "浙江",
            "本报杭州3月4日电记者林晓雨",
            "报道：浙江省农业部门派出技术",
            "人员三千多名，深入田间指导。",
            "安微",
            "本报合肥3月4日电记者周文报",
            "道：安徽省今年新建高标准农田",
            "二百万亩，春播种子供应充足。",
            "各地春耕备耕有序展开",
            "江苏",
        )
    )
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.headline is not None and art.headline.text == "各地春耕备耕有序展开"
    assert art.byline is not None and art.byline.text == "本报南京3月4日电记者王海报道："
    assert [b.text[:4] for b in art.paragraphs] == ["江苏各地", "浙江", "本报杭州", "安微", "本报合肥"]


def test_a_photo_between_articles_stands_on_its_own() -> None:
    page = analyze_page(
        page_of(
            *GREENING,
            "青川新增绿地三百亩",
            "图片新闻",
            "滨江公园的林荫步道上，市民在",
            "晨练。（本报记者 周文摄）",
            "本报讯（记者 周文）滨江图书",
            "馆自三月一日起延长开放至晚上",
            "十点，首周接待读者一万二千人",
            "次，自习区座位一位难求。",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新增绿地三百亩", "图片新闻", None]
    assert [b.text for b in page.articles[1].of_role("caption")] == [
        "滨江公园的林荫步道上，市民在晨练。（本报记者 周文摄）"
    ]


def test_a_photo_storys_news_text_is_body_and_only_the_photos_words_caption() -> None:
    page = analyze_page(
        page_of(
            *GREENING,
            "滨江灯会迎新春（图片）",
            "  新春将至，青川区滨江公园",
            "的灯会昨晚开幕，三百多组花灯",
            "吸引了上万市民。",
            "  市民在滨江公园观赏花灯。",
            "（本报记者 周文摄）",
        )
    )
    photo = page.articles[-1]
    assert photo.headline is not None and photo.headline.text == "滨江灯会迎新春（图片）"
    assert [b.text for b in photo.paragraphs] == [
        "新春将至，青川区滨江公园的灯会昨晚开幕，三百多组花灯吸引了上万市民。"
    ]
    assert [b.text for b in photo.of_role("caption")] == ["市民在滨江公园观赏花灯。（本报记者 周文摄）"]


def test_a_photo_with_two_captions_keeps_both_as_captions() -> None:
    page = analyze_page(
        page_of(
            *GREENING,
            "图片新闻",
            "  图为市民在滨江公园观赏花",
            "灯。（本报记者 周文摄）",
            "  滨江图书馆的少儿阅读区里，",
            "孩子们在听故事。（本报记者",
            "林晓雨摄）",
        )
    )
    photo = page.articles[-1]
    assert photo.paragraphs == []
    assert len(photo.of_role("caption")) == 2


def test_text_between_a_leading_and_a_closing_headline_is_cut_between_them() -> None:
    page = analyze_page(
        page_of(
            "青川新增绿地三百亩",
            "  今年青川区新增绿地三百亩，",
            "在滨江公园等地建设了十条林荫",
            "步道，绿地面积创下历年新高。",
            "  青川区绿化部门介绍，新增绿",
            "地以乡土树种为主，成活率达到",
            "九成以上。",
            "  滨江图书馆自三月一日起延长",
            "开放时间，读者晚上十点前都可",
            "以入馆借阅图书。",
            "  图书馆馆长表示，延长开放后",
            "读者借阅图书的数量增长三成。",
            "图书馆延长开放读者借阅增三成",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新增绿地三百亩", "图书馆延长开放读者借阅增三成"]
    assert [b.text[:4] for b in page.articles[1].paragraphs] == ["滨江图书", "图书馆馆"]


def test_text_between_two_headlines_is_cut_where_its_subject_changes() -> None:
    # the closing headline's words (图书, 读者) reach into the first article's last paragraph,
    # so their share alone would cut before it; its words are the first article's, the next
    # paragraph's are new: the cut falls there
    page = analyze_page(
        page_of(
            "青川新增绿地三百亩",
            "  今年青川区新增绿地三百亩，",
            "在滨江公园等地建设了十条林荫",
            "步道，绿地面积创下历年新高。",
            "  青川区绿化部门介绍，新增",
            "绿地以乡土树种为主，成活率达",
            "到九成以上，市民在步道上晨练",
            "散步。",
            "  绿化部门还在林荫步道旁设",
            "了读书角，放置图书供读者阅读，",
            "新增绿地成了市民休闲的好去处。",
            "  滨江图书馆自三月一日起延",
            "长开放时间，晚上十点前都可以",
            "入馆。",
            "  馆长表示，延长开放后，到",
            "馆的人数增长三成。",
            "图书馆延长开放读者借阅增三成",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新增绿地三百亩", "图书馆延长开放读者借阅增三成"]
    assert [b.text[:4] for b in page.articles[0].paragraphs] == ["今年青川", "青川区绿", "绿化部门"]
    assert [b.text[:4] for b in page.articles[1].paragraphs] == ["滨江图书", "馆长表示"]


def test_text_between_two_headlines_is_cut_where_each_side_keeps_its_own_words() -> None:
    # the second text opens with a paragraph that speaks of the first one's subject (幼儿园,
    # 孩子): by the headlines' words and the words beside the break it closes the first text;
    # its other words (图书馆, 晚上) are the ones the text after it goes on using
    page = analyze_page(
        page_of(
            "青川新建十所幼儿园",
            *wrap("青川区今年新建十所幼儿园，新增学位三千个，城区孩子入园难的问题得到缓解。", 14),
            *wrap("新建的幼儿园都配有室内游戏室和户外操场，每个班有两名教师和一名保育员。", 14),
            *wrap("为了招到好老师，区里今年从师范学校招聘了八十名幼儿教师，上岗前都经过培训。", 14),
            *wrap("不少家长带着上幼儿园的孩子来到图书馆的少儿阅览室，一坐就是一个晚上。", 14),
            *wrap("滨江图书馆自三月一日起延长开放时间，读者晚上十点前都可以入馆借阅图书。", 14),
            *wrap("为方便下班的读者，图书馆还增设了自助借还机，读者刷卡就能借书还书。", 14),
            "图书馆延长开放读者借阅增三成",
        )
    )
    assert headlines(page) == ["青川新建十所幼儿园", "图书馆延长开放读者借阅增三成"]
    assert [b.text[:4] for b in page.articles[0].paragraphs] == ["青川区今", "新建的幼", "为了招到"]
    assert [b.text[:4] for b in page.articles[1].paragraphs] == ["不少家长", "滨江图书", "为方便下"]


def test_text_between_two_headlines_is_not_cut_inside_a_run_of_bulleted_items() -> None:
    # the first item speaks of the first article's subject (幼儿园), so the headline's words
    # alone would cut after it; items set with one bullet run together in one article
    page = analyze_page(
        page_of(
            "青川新建十所幼儿园",
            *wrap("本报讯（记者 王海）青川区今年新建十所幼儿园，新增学位三千个，解决了城区孩子入园难。", 14),
            *wrap("家长们说，青川新建的幼儿园离家近，接送方便多了，这是一件好事。", 14),
            *wrap("△全区幼儿园实行弹性接送。家长们下班晚，孩子可以在幼儿园多留一个小时。", 14),
            *wrap("△南湖公园举办迎春灯会。三百多盏彩灯把公园装点得流光溢彩。", 14),
            *wrap("△青川区新开通三条公交线路。新线路连通城区和山区各乡。", 14),
            "信息专递",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新建十所幼儿园", "信息专递"]
    assert [b.text[:1] for b in page.articles[1].paragraphs] == ["△", "△", "△"]


def test_the_last_characters_of_a_long_headline_stay_in_it() -> None:
    page = analyze_page(
        page_of(
            "青川区召开春季植树造林动员大会部署全年绿化",
            "工作",
            "本报讯（记者 林晓雨）青川",
            "区今天召开春季植树造林动员大",
            "会，部署全年绿化工作，各街道",
            "负责人参加了会议。",
            "会议要求，各街道要把植树任",
            "务落实到山头地块，确保栽一片、",
            "活一片。今年全区计划新增绿地",
            "三百亩，在滨江公园等地建设十",
            "条林荫步道。",
        )
    )
    assert page.column_width == 14
    assert page.articles[0].headline is not None
    assert page.articles[0].headline.text == "青川区召开春季植树造林动员大会部署全年绿化工作"
    assert not page.articles[0].of_role("subheadline")


def test_a_lead_in_on_its_own_line_runs_into_the_agency_dateline_after_it() -> None:
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）",
            "据新华社东京3月4日电日元对",
            "美元汇率今天继续走低，东京股",
            "市随之下挫，日经指数收盘时下",
            "跌二百点。",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].byline is not None
    assert page.articles[0].byline.text.startswith("本报讯（记者 林晓雨）")


def test_a_dispatchs_source_begun_at_a_lines_end_runs_on_into_its_dateline() -> None:
    # 据 closes the line with the paper's credit, the agency's dateline opens the next: one
    # paragraph under the byline, no paragraph of 据 alone
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）据",
            "新华社东京3月4日电日元对美",
            "元汇率今天继续走低，东京股市",
            "随之下挫，日经指数收盘时下跌",
            "二百点。",
        )
    )
    (article,) = page.articles
    assert article.byline is not None and article.byline.text == "本报讯（记者 林晓雨）"
    assert [b.text[:8] for b in article.paragraphs] == ["据新华社东京3月"]


def test_a_headline_ending_with_shuju_before_a_dateline_stays_a_headline() -> None:
    # 数据 ends the headline's words, not a dispatch's source begun before its dateline
    page = analyze_page(
        page_of(
            "  今年青川区新增绿地三百亩，",
            "绿地面积创下历年新高。",
            "青川区公布去年经济数据",
            "新华社青川1月5日电青川区统计",
            "局今天公布，去年全区生产总值",
            "增长百分之八。",
        )
    )
    article = page.articles[-1]
    assert article.headline is not None and article.headline.text == "青川区公布去年经济数据"
    assert article.byline is not None and article.byline.text.startswith("新华社青川1月5日电")


@pytest.mark.parametrize(
    "head",
    [
        ("建设步道：生态与便民的", "和谐"),  # wrapped at the column edge
        ("绿化先行，走出生态建设", "的青川绿色发展之路"),  # broken inside a phrase
        # broken inside a word of the text (绿地), its rest longer than a short tail
        ("十条沿河林荫步道串起城乡绿", "地和市民的日常生活"),
        # wrapped with a short tail, speaking of the text before it (绿地, 步道) and after it
        # (新建, 沿河): no headline closing the text before
        ("绿地三百亩林荫步道新建成", "沿河"),
        # ... speaking of neither: nothing says it closes the text before
        ("冬日晨光照进老城小巷深处", "人家"),
        # broken inside a phrase (…的 / 背后), speaking of the text before only: the break
        # says it runs on
        ("绿地面积创下历年新高的", "背后"),
        # numbered, speaking of the text before only: a section of the article, its rest too
        ("二、绿地面积创下历年新高", "全区新栽树木过万株"),
    ],
    ids=[
        "wrapped",
        "broken-inside-a-phrase",
        "broken-inside-a-word",
        "wrapped-sharing",
        "wrapped-apart",
        "broken-sharing",
        "numbered-sharing",
    ],
)
def test_a_section_head_of_two_lines_stays_in_its_article(head: tuple[str, str]) -> None:
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）今年青",
            "川区新增绿地三百亩，在滨江公",
            "园等地建设了十条林荫步道，绿",
            "地面积创下历年新高。",
            *head,
            "青川区绿化部门介绍，新建步",
            "道沿河而行，既保护了河岸植",
            "被，又方便市民晨练散步，受到",
            "周边居民欢迎。",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].headline is None


@pytest.mark.parametrize(("line", "articles"), [("（A、B）", 1), ("（C）", 1), ("（Ａ、Ｄ）", 1), ("（王海）", 2)])
def test_a_photo_reference_in_brackets_closes_no_article(line: str, articles: int) -> None:
    # （A、B） on a line of its own points to the photos the text speaks of (the letters they are
    # printed with): no writer's credit closing the article, so the heading after it is a
    # section head of the same article; a writer's name in brackets, （王海）, closes it
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）今年青",
            "川区新增绿地三百亩，在滨江公",
            "园等地建设了十条林荫步道，绿",
            "地面积创下历年新高。",
            line,
            "沿河步道方便市民",
            "青川区绿化部门介绍，新建步",
            "道沿河而行，既保护了河岸植",
            "被，又方便市民晨练散步，受到",
            "周边居民欢迎。",
        )
    )
    assert len(page.articles) == articles
    assert line in [p.text for p in page.articles[0].paragraphs]


def test_the_rest_of_a_list_item_across_a_word_is_no_heading() -> None:
    # a list's item ends with no stop, so the decoder parts its last line from the line before,
    # which closes nothing either, and the short line alone reads as a headline; but 青 / 川 make
    # a word found elsewhere on the page (青川电器厂): the line is the rest of the item
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）区质监",
            "局日前对市场上销售的电热水瓶",
            "进行了抽查，青川电器厂等五家",
            "企业的产品合格。",
            "合格产品：",
            "“青川”牌电热水瓶滨江市青",
            "川电器厂生产",
            "区质监局提醒消费者，购买小家",
            "电时要认准合格产品。",
        )
    )
    assert len(page.articles) == 1
    assert [p.text for p in page.articles[0].paragraphs][1:] == [
        "合格产品：",
        "“青川”牌电热水瓶滨江市青川电器厂生产",
        "区质监局提醒消费者，购买小家电时要认准合格产品。",
    ]


def test_a_headline_after_a_text_signed_after_a_dash_is_no_rest_of_its_line() -> None:
    # the editor's note ends with its signature (…来信。———编者); 者 and 刘 stand together
    # elsewhere on the page (记者刘海), but a signed text has ended: 刘大山… heads the report
    page = analyze_page(
        page_of(
            "编者按：今天起本版开设身边好",
            "人专栏，介绍普通人的平凡事迹，",
            "欢迎读者来信。———编者",
            "刘大山：三十年义务修路",
            "本报讯（记者刘海）石门村的刘",
            "大山三十年来义务修路，从未间",
            "断。",
        )
    )
    assert headlines(page) == [None, "刘大山：三十年义务修路"]
    assert [p.text for p in page.articles[-1].paragraphs] == ["石门村的刘大山三十年来义务修路，从未间断。"]


def test_two_headings_meeting_at_no_word_of_the_page_head_two_articles() -> None:
    # a headline closing the text before it over the next text's headline: the characters
    # where they meet (…迎新生 / 南湖…) stand together nowhere on the page, so no word runs
    # across, and the two are no section head broken over two lines
    kinder = [
        "滨江幼儿园今天开园，首批招收小班新生九十名，家长们都说孩子就近入园方便多了。",
        "园长周敏说，幼儿园还将开设托班，明年秋季招生。",
    ]
    canteen = [
        "南湖街道第三家社区食堂昨天正式营业，一份荤素搭配的午餐只要十二元。",
        "食堂每天供应三餐，还为行动不便的老人送餐上门。",
    ]
    lines = [*(x for p in kinder for x in wrap(p, 14)), "滨江幼儿园今天开园迎新生", "南湖社区食堂正式开业"]
    page = analyze_page(page_of(*lines, *(x for p in canteen for x in wrap(p, 14))))
    assert headlines(page) == ["滨江幼儿园今天开园迎新生", "南湖社区食堂正式开业"]
    assert [[b.text for b in a.paragraphs] for a in page.articles] == [kinder, canteen]


def test_an_indented_heading_opens_the_article_after_it() -> None:
    page = analyze_page(
        page_of(
            " 今年青川区新增绿地三百亩，",
            "在滨江公园等地建设了十条林荫",
            "步道。",
            "青川区绿化部门介绍，新增绿",
            "地以乡土树种为主，成活率达到",
            "九成以上。",
            "下一步，全区还将在各街道建",
            "设口袋公园，方便市民就近休闲。",
            " 护林人家的孩子",
            "童童刚满三岁那年冬天，随妈",
            "妈来到了油田的一口井边，这是",
            "一个远离村庄的地方。",
            "井边没有别的孩子，童童每天",
            "跟着妈妈巡井，和野兔做朋友。",
        )
    )
    assert headlines(page) == [None, "护林人家的孩子"]


def test_an_indented_headline_heads_the_text_after_it_whatever_it_shares_before() -> None:
    """Where OCR kept the gap before an article's first line (the page's lead-ins show it), a
    headline keeping one opens its article: it heads the text after it, even where its words
    are those of the text before (a list under a headline taken from the report above it)."""

    page = analyze_page(
        page_of(
            "青川区评出十大民生实事",
            *_spaced(
                _column(
                    "本报讯（记者 王海）青川区日前评出去年的十大民生实事，"
                    "新建幼儿园、改造老旧小区和建设林荫步道等入选。"
                )
            ),
            *wrap("这次评选由市民投票和专家评议相结合，全区共有三万多名市民参加了投票。", 14),
            *wrap("区有关部门负责人表示，十大民生实事评选今年还将继续举办，让更多市民参与政府决策。", 14),
            " 青川区十大民生实事名单",
            *_spaced(_column("本报讯（记者 周文）一、全区新建幼儿园六所，新增学位两千个。")),
            *wrap("二、全区改造老旧小区四十个，惠及居民一万二千户。", 14),
            *wrap("三、在滨江公园新建十条林荫步道，总长八公里。", 14),
            *wrap("四、全区新开通公交线路五条，方便城郊居民出行。", 14),
        )
    )
    heads = headlines(page)
    assert heads == ["青川区评出十大民生实事", "青川区十大民生实事名单"]
    assert page.articles[0].paragraphs[-1].text.endswith("让更多市民参与政府决策。")
    assert [b.text[:2] for b in page.articles[1].paragraphs] == ["一、", "二、", "三、", "四、"]


def test_centred_headlines_after_their_text_keep_closing_it() -> None:
    """Spaces before a centred headline say nothing where no text keeps its leading space: the
    headlines set after their articles still close them."""
    text = typeset([TREES, LIBRARY, CANTEEN], width=14)
    for art in (TREES, LIBRARY, CANTEEN):
        assert art.headline is not None
        text = text.replace(art.headline + "\n", "    " + art.headline + "\n")
    page = analyze_page(text)
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(LIBRARY), expected(CANTEEN)]


def test_a_quoted_question_on_its_own_line_is_dialogue_not_a_heading() -> None:
    page = analyze_page(
        page_of(
            *wrap("护林员王大山在青川区石门村的山上守了三十年，每天巡山二十多公里，从没有发生过一次山火。", 14),
            *wrap("山上没有电视，也没有邻居，村里人都说守林子的人要能守得住寂寞。记者便问了他。", 14),
            "“为什么能守得住寂寞？”",
            *wrap("“因为这片林子是乡亲们一棵一棵种出来的，我得替大家看好它。”王大山笑着说。", 14),
            *wrap("如今，石门村的山林已经成为青川区的一张名片，每年吸引上万名游客前来观光。", 14),
            "三十年守护一片青山",
        )
    )
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.headline is not None and art.headline.text == "三十年守护一片青山"
    assert "“为什么能守得住寂寞？”" in [b.text for b in art.paragraphs]


@pytest.mark.parametrize("line", ["问题出在哪里？", "这条路修得真好！"])
def test_a_question_or_exclamation_on_its_own_line_is_text_not_a_heading(line: str) -> None:
    # headlines take no closing mark: a question or an exclamation alone on its line, after a
    # sentence's end or at the page's top, is a line of the text
    page = analyze_page(
        page_of(
            line,
            *wrap("青川区石门村的村道去年修好了，村民们出行方便了，茶叶也能及时运出山去。", 14),
            line,
            *wrap("村党支部书记说，修路的钱一半来自区里的补助，一半是村民们自己筹集的。", 14),
            *wrap("路修好以后，来村里收茶叶的客商多了，茶叶的价钱也比往年高了一成。", 14),
            *wrap("村里还打算在路边建一座茶叶加工厂，让村民在家门口就能打工挣钱。", 14),
            "石门村修通致富路",
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "石门村修通致富路"
    assert [b.text for b in article.paragraphs].count(line) == 2


def test_a_note_that_the_full_text_is_printed_elsewhere_ends_no_article() -> None:
    # （全文另发） closes a paragraph as a writer's credit would, but credits no one: the report
    # goes on after it
    page = analyze_page(
        page_of(
            *wrap("本报讯（记者 王海）青川区今天召开全区农业工作会议。区委书记张明远在会上讲话。", 14),
            *wrap("张明远说，今年要抓好春耕备耕，扩大优质茶叶和蔬菜的种植面积，让农民的钱袋子鼓起来。（全文另发）", 14),
            *wrap("区长李丽主持会议，各乡镇和区直有关部门的负责人参加了会议。", 14),
            "青川部署今年农业生产",
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "青川部署今年农业生产"
    assert article.paragraphs[-1].text.startswith("区长李丽主持会议")


def test_a_reply_greeting_the_writer_of_the_letter_before_it_goes_on_with_it() -> None:
    # a reader's question signed with the reader's name, then the answer greeting that reader:
    # one article, though the signature closes the letter as a writer's credit would
    page = analyze_page(
        page_of(
            *wrap(
                "编辑同志：我厂上月收到区环保局的一份通知，要我厂缴纳排污费九千元。请问：我厂对这份通知不服，可以提起行政诉讼吗？（青川某化工厂王海）",
                14,
            ),
            "王海同志：",
            *wrap(
                "征收排污费不是行政处罚，而是环保部门依法收取的费用。你厂如果认为收费有误，可以先向环保局提出复议。", 14
            ),
            "排污费能不能告",
        )
    )
    (article,) = page.articles
    assert article.headline is not None and article.headline.text == "排污费能不能告"
    assert [b.text[:4] for b in article.paragraphs] == ["编辑同志", "王海同志", "征收排污"]


def test_a_long_paragraph_closing_with_a_photographer_credit_is_a_caption() -> None:
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）今年青",
            "川区新增绿地三百亩，在滨江公",
            "园等地建设了十条林荫步道，绿",
            "地面积创下历年新高。",
            "清晨，滨江公园的林荫步道上",
            "已有不少市民在晨练，有的打太",
            "极拳，有的跑步，也有老人推着",
            "婴儿车散步。新建的步道沿河而",
            "行，两旁种满了乡土树种，成了",
            "市民休闲的好去处。（本报记者",
            "周文摄）",
        )
    )
    (caption,) = [b for a in page.articles for b in a.of_role("caption")]
    assert caption.text.startswith("清晨，滨江公园") and caption.text.endswith("（本报记者周文摄）")
    assert [b.text for b in page.articles[0].paragraphs] == [
        "今年青川区新增绿地三百亩，在滨江公园等地建设了十条林荫步道，绿地面积创下历年新高。"
    ]


def test_a_caption_closing_with_a_photographer_credit_is_one_however_long() -> None:
    # a photo's caption that tells its story at length (eleven lines and more) still closes with
    # its photographer's credit; a text's paragraph never does
    caption = (
        "石门村的老茶农周春来今年七十三岁了，每年清明前后他都要上山采茶。他说，茶树和人一样，"
        "要用心照料才能长得好。今年春天雨水足，茶芽发得早，村里的茶叶合作社提前一周开始收购"
        "鲜叶。周春来一家五口都在茶园里忙碌，孙子放学后也来帮忙。合作社负责人说，村里的茶园"
        "今年还将再扩一倍，让更多的村民靠种茶增收。（本报记者王海摄）"
    )
    lines = _column(caption)
    assert len(lines) > 10
    page = analyze_page(page_of("石门村春茶开摘", *_column(*_TEA), *lines))
    captions = [b.text for a in page.articles for b in a.of_role("caption")]
    assert captions == [caption]


def test_a_signature_after_a_dash_stays_with_its_paragraph() -> None:
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）本版今",
            "天起开设“绿色青川”专栏，报",
            "道全区植树造林的新进展，欢迎",
            "读者来稿。——",
            "编者",
            "本报讯（记者 周文）滨江图书",
            "馆自三月一日起延长开放至晚上",
            "十点，首周接待读者一万二千人",
            "次，自习区座位一位难求。",
        )
    )
    assert [a.headline for a in page.articles] == [None, None]
    assert page.articles[0].paragraphs[-1].text.endswith("读者来稿。——编者")


def test_a_reporter_phrase_mid_sentence_carries_on_the_credit() -> None:
    page = analyze_page(
        page_of(
            "本报青川3月5日讯新华社记",
            "者周文、赵晓晴、李明远，本报",
            "记者林晓雨报道：青川区今天召",
            "开春季植树造林动员会，部署全",
            "年绿化任务，各街道负责人参加",
            "了会议。",
        )
    )
    assert len(page.articles) == 1


def test_a_photo_headline_after_a_headline_is_not_its_caption() -> None:
    page = analyze_page(
        page_of(
            *GREENING,
            "青川新增绿地三百亩",
            "滨江公园市民晨练忙（图片）",
            "清晨，滨江公园的林荫步道上，",
            "已有不少市民在晨练，有的打太",
            "极拳，有的跑步。（本报记者 周",
            "文摄）",
        )
    )
    heads = headlines(page)
    assert heads == ["青川新增绿地三百亩", "滨江公园市民晨练忙（图片）"]


def test_a_writer_name_between_paragraphs_stays_in_the_text() -> None:
    page = analyze_page(
        page_of(
            "本报讯（记者林晓雨）今年青川",
            "植树三万株，树谁来种？——机",
            "关，还是百姓？",
            "本报记者周文",
            "编者的话：“绿色青川”专栏今",
            "天与读者见面。它将从植树造林",
            "的日常小事说起，讲讲青川人和",
            "树的故事，欢迎读者来稿。",
        )
    )
    assert len(page.articles) == 1
    assert "本报记者周文" in [b.text for b in page.articles[0].paragraphs]


def test_a_credit_on_its_own_line_closes_its_paragraph() -> None:
    page = analyze_page(
        page_of(
            "青川区今年新增绿地三百亩，在",
            "滨江公园等地建设了十条林荫步",
            "道，市民散步有了好去处。",
            "（本报斯德哥尔摩3月5日电）",
            "青川新添『林荫道』",
            "本报记者林晓雨",
            "  滨江图书馆自三月一日起延长",
            "开放至晚上十点，首周接待读者",
            "一万二千人次，座位一位难求。",
        )
    )
    first = page.articles[0]
    assert first.headline is not None and first.headline.text == "青川新添『林荫道』"
    assert first.paragraphs[-1].text.endswith("（本报斯德哥尔摩3月5日电）")


def test_a_misread_reporter_in_the_credit_is_mended_and_reported() -> None:
    page = analyze_page(
        page_of(
            "本报讯（青川新闻记煮 林晓雨）",
            "青川区今天召开春季植树造林动",
            "员会，部署全年绿化任务。",
        )
    )
    by = page.articles[0].byline
    assert by is not None and by.text == "本报讯（青川新闻记者 林晓雨）"
    assert [(n.code, n.detail) for n in page.notices] == [("mended", "记煮→记者")]
    assert by.charmap[8] == (0, 8)  # the mended character still points at what was scanned


def test_the_papers_compilation_of_agency_items_stays_one_roundup() -> None:
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）据新华",
            "社青川3月4日电北方多地昨日普",
            "降大雪，多条高速公路封闭。",
            "新华社南湖3月4日电南方连日",
            "暴雨，南湖河水位上涨一米，沿",
            "岸居民已转移。",
            "北方大雪交通受阻南方暴雨河水上涨",
        )
    )
    assert len(page.articles) == 1
    assert page.articles[0].headline is not None


def test_a_line_ending_with_a_comma_does_not_end_its_paragraph() -> None:
    # …战胜疾病， fills its line; the next is a cell short because the opening quote after its
    # colon moved down (no line ends with one), which looks like a lost indent
    paras = [
        "青川县今年春天种下了三千多棵果树，村里的老人们都高兴地说，这是一件大好事。",
        "在乡政府会议室，王县长询问了果园状况、存在的问题、采取的增产措施、果农的情绪等。"
        "走出办公楼，王县长看望了生病的果农李大爷和张大妈。李大爷因患腰病，生活十分困难。"
        "王县长将政府慰问的两袋面、一桶油放在床前，并把钱交到李大爷手上，并亲切鼓励他早日战胜疾病，"
        "树立信心。李大爷激动地说：“我一定打起精神治好病，给果园出一份力。”",
        "乡里派来的技术员教大家剪枝、施肥和防虫，大家学得很认真。",
    ]
    text = typeset([PlainArticle(headline="果园里的春天", paragraphs=paras)], width=14)
    assert "战胜疾病，\n\n树立信心" in text  # the layout the test is about
    (article,) = analyze_page(text).articles
    assert [b.text for b in article.paragraphs] == paras


def test_a_dashed_subtitle_is_never_parted_from_its_headline() -> None:
    from newsdesk.core.assign import HeadBlock, Segment, _ways
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit

    lines = measure_lines(
        enumerate(["山区果园走出的好班长", "——记煤矿工人李大山", "张红", "青川山区果园连年丰收。", "李大山是好班长。"])
    )
    units = [Unit([ln]) for ln in lines]
    block = HeadBlock(heads=units[:3], prev=Segment(units=[units[3]]), next=Segment(units=[units[4]]))
    splits = {k for k, *_ in _ways(block)}
    assert 1 not in splits  # headline | ——subtitle: never
    assert 2 not in splits  # headline, subtitle | writer's name: the name is the headline's byline
    assert {0, 3} <= splits  # all to the text after, all before


def test_a_dashed_line_under_a_headline_is_its_subtitle_not_an_item() -> None:
    first = PlainArticle(
        headline="青川山区的果园",
        subheadlines=["王小明"],
        paragraphs=[
            "青川县地处山区，过去农民靠种玉米为生，收入很低，日子过得紧巴巴的。",
            "前年春天，县里请来农业专家，帮助农民在山坡上种植果树，还办起了技术培训班。",
        ],
        headline_first=True,
    )
    second = PlainArticle(
        headline="矿山深处的好班长",
        subheadlines=["——记煤矿工人李大山", "张红"],
        paragraphs=[
            "李大山在煤矿工作了二十年，是矿上有名的好班长，工友们都叫他老大哥。",
            "去年冬天，井下突然出现险情，李大山第一个冲上前去，带领工友排除了险情。",
        ],
        headline_first=True,
    )
    page = analyze_page(typeset([first, second], width=14))
    assert [(a.headline.text if a.headline else None, len(a.paragraphs)) for a in page.articles] == [
        ("青川山区的果园", 2),
        ("矿山深处的好班长", 2),
    ]
    assert [b.text for b in page.articles[1].blocks if b.role == "subheadline"] == ["——记煤矿工人李大山", "张红"]


#: A column of short items, each under its headline, no lead-in after the first.
_SHORT_ITEMS = [
    PlainArticle(
        headline="青川县新建三座水库",
        paragraphs=[
            "本报讯（记者王平）青川县今年新建三座水库，可灌溉农田两万亩，解决了山区农民的用水难题。",
            "三座水库总投资八千万元，由县水利局负责建设，预计明年汛期前全部蓄水。",
        ],
        headline_first=True,
    ),
    PlainArticle(
        headline="果树嫁接技术进山村",
        paragraphs=[
            "果树嫁接技术最近在青川各乡推广开来，果农学会嫁接以后，果树结果早，产量高。",
            "县农技站派出技术员进村示范，手把手教果农嫁接果树，已有三百多户果农掌握了这门技术。",
        ],
        headline_first=True,
    ),
    PlainArticle(
        headline="山村小学用上电脑",
        paragraphs=[
            "山村小学的孩子们第一次用上了电脑，电脑是省城一家公司捐赠的，一共二十台。",
            "老师说，孩子们学电脑的劲头很足，每天放学以后还要在电脑教室里多练一会儿。",
        ],
        headline_first=True,
    ),
]


def test_short_items_with_their_headlines_before_them_stay_apart() -> None:
    # a heading that shares no words with the item before it and most with the text after it
    # heads an item
    page = analyze_page(typeset(_SHORT_ITEMS, width=14))
    found = [(a.headline.text if a.headline else None, len(a.paragraphs)) for a in page.articles]
    assert found == [(item.headline, 2) for item in _SHORT_ITEMS]


#: Two reports, each under its headline and opening with its lead-in.
_REPORTS_FIRST = [
    PlainArticle(
        headline="县里新修一条进山公路",
        paragraphs=[
            "本报讯（记者周文）县里新修的一条进山公路日前通车，沿线六个村的村民出行不再绕远路。",
            "公路全长二十公里，由县交通局负责建设，用了一年半时间。",
        ],
        headline_first=True,
    ),
    PlainArticle(
        headline="农技员下乡传授嫁接技术",
        paragraphs=[
            "本报讯（记者王海）县农技站的农技员最近下乡传授果树嫁接技术，手把手教果农嫁接。",
            "果农学会嫁接以后，果树结果早，产量高，已有三百多户果农掌握了这门技术。",
        ],
        headline_first=True,
    ),
]


def test_short_items_stay_apart_on_a_page_with_one_headline_after_its_text() -> None:
    # one headline set after its text, three (and the items') before theirs: the page still sets
    # its headlines first, and the items keep theirs
    report = PlainArticle(
        headline="冬季长跑比赛在县城举行",
        paragraphs=[
            "冬季长跑比赛昨天在县城举行，来自各乡镇的三百多名选手参加了比赛。",
            "比赛分为男子组和女子组，全程十公里，沿途有不少群众为选手加油。",
        ],
    )
    articles = [report, *_REPORTS_FIRST, *_SHORT_ITEMS]
    page = analyze_page(typeset(articles, width=14))
    found = [(a.headline.text if a.headline else None, len(a.paragraphs)) for a in page.articles]
    assert found == [(a.headline, 2) for a in articles]


def test_a_section_head_stays_in_its_feature_where_the_page_mixes_placements() -> None:
    # two headlines of five set after their texts: the page mixes placements, and a heading
    # inside a feature whose words only the text after it repeats (茶园连片) stays a section head
    # of that feature, no headline of a short item
    after = [
        PlainArticle(
            headline="乡村图书馆开门迎客",
            paragraphs=[
                "镇上的乡村图书馆日前开门迎客，藏书一万多册，每天开放八个小时。",
                "图书馆由镇文化站管理，借书不收费用，吸引了不少中小学生。",
            ],
        ),
        PlainArticle(
            headline="冬季长跑比赛在县城举行",
            paragraphs=[
                "冬季长跑比赛昨天在县城举行，来自各乡镇的三百多名选手参加了比赛。",
                "比赛分为男子组和女子组，全程十公里，沿途有不少群众为选手加油。",
            ],
        ),
    ]
    feature = PlainArticle(
        headline="石门村：茶园连片十年间",
        paragraphs=[
            "十年前，石门村的山坡上还是一片荒草，村里的年轻人大多外出打工，留在家里的多是老人。",
            "村支书带着几个党员先试种了几亩，头一年就见了收成，第二年跟着种的人家多了起来。",
            "茶园连片",
            "如今，全村的茶园连片成林，茶园面积达到三千亩，茶园连片以后，茶农采茶制茶都有了规模，收入一年比一年高。",
            "村里还办起了茶叶合作社，统一收购统一加工，茶叶卖到了省城和外省。",
        ],
        headline_first=True,
    )
    articles = [*after, feature, *_REPORTS_FIRST]
    page = analyze_page(typeset(articles, width=14))
    found = [(a.headline.text if a.headline else None, len(a.paragraphs)) for a in page.articles]
    assert found == [(a.headline, len(a.paragraphs)) for a in articles]
    assert [p.text for p in page.articles[2].paragraphs] == feature.paragraphs


def test_a_later_section_head_stays_in_its_feature_where_the_page_sets_headlines_first() -> None:
    # headlines first: a feature's second section head (手艺传给年轻人) shares no word with
    # the text between it and the first section head, and most with the text after it, as a
    # short item's headline would; but the feature's opening paragraph, above the first section
    # head, speaks of its words (手艺): it is a section of the same feature, no item of its own
    feature = PlainArticle(
        headline="老街口的修鞋摊",
        paragraphs=[
            "老街口的修鞋摊摆了三十年，摊主王师傅的手艺在附近几条街上无人不知，街坊都愿意找他。",
            "风雨无阻",
            "每天早上七点，王师傅准时出摊，刮风下雨也不例外，一张小凳，一个工具箱，一坐就是一整天。",
            "他说，街坊们出门赶路，鞋子坏了耽误不起，修鞋摊晚开一会儿，就会有街坊白跑一趟。老街口的街坊说，"
            "有王师傅在，鞋子坏了心里不慌。",
            "手艺传给年轻人",
            "前年起，王师傅收了两个徒弟，把手艺传给年轻人，钉鞋掌、换拉链、补鞋面，一样一样手把手地教。",
            "两个年轻人如今已能独当一面，王师傅说，手艺传下去，老街口的修鞋摊就不会散。",
        ],
        headline_first=True,
    )
    articles = [*_REPORTS_FIRST, feature, *_SHORT_ITEMS]
    page = analyze_page(typeset(articles, width=14))
    found = [(a.headline.text if a.headline else None, len(a.paragraphs)) for a in page.articles]
    assert found == [(a.headline, len(a.paragraphs)) for a in articles]
    assert [p.text for p in page.articles[2].paragraphs] == feature.paragraphs


_OLD_STREET = PlainArticle(
    headline="老街改造迎来新客流",
    paragraphs=[
        "青川老街改造完工以来，街面铺上了青石板，两旁的老店铺重新开张，周末游客比去年多了一倍。",
        "街道办负责人说，改造保留了老街原有的格局，沿街的老字号都回到了原来的位置。",
        "不少商户告诉记者，生意比改造前好做了，晚上八九点街上还是人来人往。",
    ],
    headline_first=True,
)


def _smithy(credit: str) -> PlainArticle:
    """A feature whose deck, right under its headline, its reporter signs after a dash."""
    return PlainArticle(
        headline="炉火映红",
        paragraphs=[
            "年过七旬的孙师傅打了一辈子铁，如今守着镇上最后一家铁匠铺，过着简单而充实的日子———",
            credit,
            "清晨六点，铁匠铺的炉火就点着了。孙师傅系上围裙，把一块烧红的铁料夹到砧子上，一锤一锤地敲打起来。",
            "他打的菜刀和锄头远近闻名，附近几个村子的农户都专门赶来买，有的一等就是好几天。",
        ],
        headline_first=True,
    )


@pytest.mark.parametrize("credit", ["本报记者周文", "本报记者欧阳文华"])
def test_a_heading_over_a_deck_its_reporter_signs_heads_a_new_article(credit: str) -> None:
    # 炉火映红 stands between two paragraphs and shares no word with either side, which reads
    # as a section head of the text before; but the deck under it ends with a dash over its
    # reporter's credit (joined to the deck when short, a line of its own when longer), as a
    # feature sets it under its headline: the heading opens the feature
    smithy = _smithy(credit)
    page = analyze_page(typeset([_OLD_STREET, smithy], width=14))
    assert headlines(page) == ["老街改造迎来新客流", "炉火映红"]
    assert [p.text for p in page.articles[0].paragraphs] == _OLD_STREET.paragraphs
    assert "".join(p.text for p in page.articles[1].paragraphs).endswith(smithy.paragraphs[-1])


def test_a_writer_named_by_offices_listed_stays_under_the_headline() -> None:
    # 区文化局局长、区文联主席孙丽华 is nearly as wide as the column and holds a clause mark (、),
    # which reads as running text cut short; but it names a writer by office, under a headline:
    # the writer's line of the first talk, not the first line of the second
    talk = PlainArticle(
        headline="让书香飘进每个村庄",
        subheadlines=["区文化局局长、区文联主席孙丽华"],
        paragraphs=[
            "农家书屋建起来以后，怎样让农民愿意来、坐得住，是我们这几年一直在想的事情。",
            "我们请乡村教师当管理员，每个周末开放，还办起了读书会和故事会，来的人一年比一年多。",
        ],
    )
    note = PlainArticle(
        headline="剧场要为观众着想",
        subheadlines=["市话剧团团长林海"],
        paragraphs=[
            "一台好戏，离不开观众。剧场的票价、开演的时间、散场后的交通，都要替观众想到。",
            "这几年我们把一部分演出放到周末下午，票价也降了下来，年轻观众明显多了。",
        ],
    )
    page = analyze_page(typeset([talk, note], width=14))
    assert [plain(a) for a in page.articles] == [expected(talk), expected(note)]


@pytest.mark.parametrize("width", [12, 13, 14])
def test_a_headline_after_its_text_over_a_pen_name_is_no_section_head_broken_at_the_edge(width: int) -> None:
    # 夜市食品抽查：卫生问题不少 fills the column and 禾木 under it is short: that reads as a
    # section head broken at the column's edge, running on into the text after it. But the
    # heading speaks of the text before it (夜市, 食品, 抽查) and of nothing in the text after:
    # the headline of the text before, over its writer's pen name (no surname the lists know)
    market = PlainArticle(
        headline="夜市食品抽查：卫生问题不少",
        subheadlines=["禾木"],
        paragraphs=[
            "区市场监管部门上周对滨江夜市的食品摊位进行了抽查，共抽查摊位四十个。",
            "抽查发现，部分摊位没有健康证明，一些食品存放不当，卫生问题不少。",
            "对抽查中发现的问题，监管部门已责令摊主限期整改，下月将再次抽查。",
        ],
    )
    bridge = PlainArticle(
        headline="青川大桥完成加固",
        paragraphs=[
            "日前，青川大桥加固工程完工，大桥恢复双向通行，过往车辆不再绕行。",
            "工程历时半年，更换了全部桥面铺装，加装了防撞护栏。",
        ],
    )
    page = analyze_page(typeset([market, bridge], width=width))
    assert [plain(a) for a in page.articles] == [expected(market), expected(bridge)]


_LIBRARY_FIRST = PlainArticle(
    headline="滨江图书馆夜间开放首周迎客过万",
    paragraphs=[
        "滨江图书馆自三月一日起延长开放至晚上十点，首周接待读者一万二千人次，借阅量同比增长三成，"
        "自习区的座位常常一位难求。",
        "馆长刘海峰表示，图书馆下一步将增设少儿阅读专区，并在每个周末举办读书讲座，邀请本地作家与读者"
        "见面，欢迎市民参加。",
    ],
    headline_first=True,
)
_TREES_FIRST = PlainArticle(
    headline="青川区新增绿地三百亩",
    paragraphs=["本报青川3月4日电今年青川区新增绿地三百亩，在滨江公园等地建设了十条林荫步道，种植各类树木两万余株。"],
    headline_first=True,
)


@pytest.mark.parametrize(
    ("heading", "paragraphs", "apart"),
    [
        # the next item speaks of another matter: hardly a word pair of its text was in the
        # text before the heading, which the heading's own words (早市, 新家) do not show
        (
            "早市换了新家",
            [
                "南湖街道的早市搬进了新建的大棚，两百多个摊位按蔬菜、水产、熟食分区经营，地面铺了防滑砖，"
                "排水沟也重新修过。",
                "摊主们说，新大棚遮风挡雨，下雨天顾客也愿意来，生意比过去好做多了；街道还开通了免费接驳车，"
                "方便老人来买菜，每天早上六点到九点，每隔十五分钟发一班车。",
            ],
            True,
        ),
        # a section of the same article, its heading sharing no word pair with the text before
        # either: its text goes on with the article's words (图书馆, 读者, 自习区)
        (
            "灯下苦读",
            [
                "晚上八点以后，图书馆里的读者并不比白天少，自习区的座位常常坐满了备考的学生和下班以后来充电的年轻人。",
                "刘海峰说，图书馆还打算在夜间开放时段增加借阅窗口，让读者借书还书不用排长队，"
                "自习区也将再添一百个座位，并为晚归的读者开通夜班公交。",
            ],
            False,
        ),
        # too few words after the heading to weigh a change of subject by, but a brief of its
        # own: its text closes under 100 characters, and hardly a word pair of it was before
        (
            "早市换了新家",
            ["南湖街道的早市搬进了新建的大棚，两百多个摊位按蔬菜、水产、熟食分区经营。"],
            True,
        ),
    ],
)
def test_where_headlines_come_first_a_heading_where_the_subject_changes_heads_an_item(
    heading: str, paragraphs: list[str], apart: bool
) -> None:
    second = PlainArticle(headline=heading, paragraphs=paragraphs, headline_first=True)
    page = analyze_page(typeset([_LIBRARY_FIRST, second, _TREES_FIRST], width=14))
    expected = [_LIBRARY_FIRST.headline, heading, _TREES_FIRST.headline]
    assert headlines(page) == (expected if apart else [expected[0], expected[2]])


def test_a_glossarys_terms_in_quotes_stay_in_their_article_where_headlines_come_first() -> None:
    # an article explaining terms, each set in quotes on a line of its own over its meaning: the
    # second term shares no words with the text before it and all with its meaning, as an
    # item's headline would, but it is set as the first term was, a term of the same article
    glossary = PlainArticle(
        headline="读懂电费单",
        paragraphs=[
            "本报讯（记者 王海）每月寄到家中的电费单上印着不少名词，不少读者来信询问，这里择要介绍。",
            "“峰时段”",
            "指每天八时至二十二时，这时用电的价格较高。",
            "“抄表日”",
            "供电公司每月上门抄表的日子，抄表日的电表读数就是本月的用量。",
        ],
        headline_first=True,
    )
    first = PlainArticle(
        headline="青川区春季植树三百亩",
        paragraphs=["本报讯（记者 李丽）青川区今年春季植树三百亩，在滨江公园等地建设了十条林荫步道。"],
        headline_first=True,
    )
    # ... while the next item's headline, set otherwise, heads an item (no lead-in after it)
    after = PlainArticle(
        headline="果树嫁接技术进山村",
        paragraphs=["果树嫁接技术最近在青川各乡推广开来，果农学会嫁接以后，果树结果早，产量高。"],
        headline_first=True,
    )
    page = analyze_page(typeset([first, glossary, after], width=14))
    assert headlines(page) == ["青川区春季植树三百亩", "读懂电费单", "果树嫁接技术进山村"]
    assert [b.text for b in page.articles[1].paragraphs][1:] == glossary.paragraphs[1:]


def test_a_glossarys_first_term_repeated_by_its_meaning_stays_in_its_article() -> None:
    # the first term shares no words with the text before it and all with its meaning under it,
    # as an item's headline would; but a term in quotes is one the article explains
    glossary = PlainArticle(
        headline="读懂电费单",
        paragraphs=[
            "本报讯（记者 王海）每月寄到家中的电费单上印着不少名词，不少读者来信询问，这里挑几个常见的说一说。",
            "“峰时段”",
            "峰时段指每天八时至二十二时，这时用电的价格较高。",
            "“抄表日”",
            "供电公司每月上门抄表的日子，抄表日的电表读数就是本月的用量。",
        ],
        headline_first=True,
    )
    first = PlainArticle(
        headline="青川区春季植树三百亩",
        paragraphs=["本报讯（记者 李丽）青川区今年春季植树三百亩，在滨江公园等地建设了十条林荫步道。"],
        headline_first=True,
    )
    page = analyze_page(typeset([first, glossary], width=14))
    assert headlines(page) == ["青川区春季植树三百亩", "读懂电费单"]
    assert [b.text for b in page.articles[1].paragraphs][1:] == glossary.paragraphs[1:]


def test_a_line_closing_a_quoted_term_after_a_full_sentence_is_no_last_line_of_it() -> None:
    # …每位乘客。 fills the column and closes a sentence; 王海：蓝天“领航人” under it closes a
    # quote after no stop, a term's, which seldom ends a paragraph: a heading of its own over its
    # reporter's credit, not the paragraph's last line
    lines = [
        *wrap("乘务员们常年在外，很少顾得上家里。可一穿上制服，她们心里就只装着机舱里的每位乘客。", 14),
        "王海：蓝天“领航人”",
        "本报记者周文",
        *_column(*_TEA),
    ]
    assert lines[2] == "心里就只装着机舱里的每位乘客。"  # (the column's width, its stop hanging past the edge)
    infos = measure_lines(list(enumerate(lines)))
    paragraphs = ["".join(ln.text for ln in p) for p in decode(infos, 14.0)]
    assert "王海：蓝天“领航人”" in paragraphs


def test_a_full_line_short_of_a_half_width_character_is_no_indent() -> None:
    # …去年仅为11%， is a cell and a half short of 20 with its comma inside the column: a full
    # line that has no room for one more character, not a first line whose indent was lost
    paras = [
        "青川县去年新建水库三座，可灌溉农田两万亩，农民的收入明显增加，山区面貌焕然一新。"
        "水库建成以后，县里又修了三十多公里水渠，把水引到了山坡上的果园和茶园，果农和茶农都说这是一件大好事。",
        "县里的农业产值去年增长很快，比前年多了一倍，全县果园面积比前年扩大了一倍多。"
        "此外，粮食产量也有所增长，去年仅为11%，今年预计还要高一些。",
        "县长表示，明年还要再建两座水库。",
    ]
    text = typeset([PlainArticle(headline="青川水库", paragraphs=paras)], width=20)
    assert "扩大了一倍多。\n\n此外" in text and "仅为11%，\n" in text  # the layout the test is about
    (article,) = analyze_page(text).articles
    assert [b.text for b in article.paragraphs] == paras


_LEAD = "本报讯（记者王平）"
_ORCHARDS = _LEAD + "青川县的果园去年获得大丰收，全县果农的收入比前年增加了一倍，果园面积也扩大了三千亩。"
_TERRACES = "进入九十年代，县里请来农业专家，帮助果农改良品种，还在山坡上修起了梯田，保住了水土。"


@pytest.mark.parametrize(
    ("top", "rest"),
    [
        # the second line opens with the end of a word and a comma
        ("果园已不再是山区农民独", "有，城里人也来承包"),
        # a heading ends with no conjunction
        ("念好山字经，走科技兴农与", "生态保护相结合之路"),
        # a heading of two clauses as wide as the column was broken by it (headlines are not)
        ("无论山高路远，果园总要按", "时施肥剪枝除草"),
        # the second line opens with the end of a word and a particle: 新世 / 纪的
        ("青川果农走向现代农业新世", "纪的共同致富之路"),
    ],
)
def test_a_section_head_broken_at_the_column_edge_is_one_paragraph(top: str, rest: str) -> None:
    # the two lines are one section head inside the article, not a headline and its subheadline
    lines = [*wrap(_ORCHARDS, 14), top, rest, *wrap(_TERRACES, 14), "青川果园喜获丰收"]
    (article,) = analyze_page(page_of(*lines)).articles
    assert article.headline is not None and article.headline.text == "青川果园喜获丰收"
    assert [b.text for b in article.paragraphs] == [_ORCHARDS[len(_LEAD) :], top + rest, _TERRACES]


def test_a_headline_of_nearly_the_column_width_after_another_heading_is_one() -> None:
    # the first item's headline closes it; the second's, a cell short of the column, comes right
    # after it, before its own text: not a line of running text cut short
    first = "青川县今年新建三座水库，可灌溉农田两万亩，解决了山区农民的用水难题。（据新华社电）"
    second = "环青川县城而建的占地六千多平方米的游乐园，日前被全部拆除，取而代之的是同等面积的草地。（据新华社电）"
    lines = [*wrap(first, 14), "青川新建三座水库", "青川县拆除游乐园改建成绿地", *wrap(second, 14)]
    page = analyze_page(page_of(*lines))
    heads = [a.headline.text if a.headline else None for a in page.articles]
    assert heads == ["青川新建三座水库", "青川县拆除游乐园改建成绿地"]


def test_a_headline_of_nearly_the_column_width_after_a_writers_credit_is_one() -> None:
    # …用水难题。（王平） closes the first item; the line after it, a cell short of the column,
    # is its headline, not the next item's text cut short
    first = "青川县今年新建三座水库，可灌溉农田两万亩，解决了山区农民的用水难题。（王平）"
    second = "青川县城的游乐园日前被全部拆除，取而代之的是同等面积的草地，市民们都很高兴。（李明）"
    lines = [*wrap(first, 14), "青川县新建三座水库灌溉农田", *wrap(second, 14), "青川游乐园改建绿地"]
    page = analyze_page(page_of(*lines))
    heads = [a.headline.text if a.headline else None for a in page.articles]
    assert heads == ["青川县新建三座水库灌溉农田", "青川游乐园改建绿地"]


def test_a_dispatch_credit_ending_a_line_closes_its_paragraph() -> None:
    # …丧胆”。（本报青川3月11日电） fills its line and closes the item: the full line after it is
    # the item's headline (with its reporter's credit), not more of its text
    lines = [
        "夜间施工的工地必须在不影",
        "响居民休息的时间段内作业。然",
        "而，这次施工却在深夜进行，吵",
        "得附近小区的居民难以入睡，居",
        "民们都感到很无奈，说是“闻声",
        "丧胆”。（本报青川3月11日电）",
        "工地深夜施工扰民居民难以入睡",
        "本报驻意大利记者林晓峰",
        *wrap("本报讯（记者王平）青川县今年新建三座水库，可灌溉农田两万亩，解决了山区农民的用水难题。", 14),
        "青川新建三座水库",
    ]
    page = analyze_page(page_of(*lines))
    first = page.articles[0]
    assert first.headline is not None and first.headline.text == "工地深夜施工扰民居民难以入睡"
    assert first.paragraphs[-1].text.endswith("（本报青川3月11日电）")


def test_a_heading_that_kept_its_leading_space_opens_a_headline_group() -> None:
    # where a leading space marks an article's start, a headline block A / ␣B / b is parted
    # before B as readily as after a writer's name, not held together by the split's penalty
    from newsdesk.core.assign import BYNAME_SPLIT, SPLIT_PENALTY, HeadBlock, Segment, _ways
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit

    lines = measure_lines(enumerate(["青川新建三座水库", " 明天气象预报", "天气趋势分析", "水库蓄水。", "有小雪。"]))
    units = [Unit([ln]) for ln in lines]
    for marks, split in ((True, BYNAME_SPLIT), (False, -SPLIT_PENALTY)):
        block = HeadBlock(
            heads=units[:3], prev=Segment(units=[units[3]]), next=Segment(units=[units[4]]), indent_opens=marks
        )
        assert {s for k, _, _, s in _ways(block) if k == 1} == {split}


#: A library's text and a canteen's, for pages where each article's headline group is signed.
_SIGNED_LIBRARY = [
    "滨江图书馆自三月一日起延长开放至晚上十点，首周接待读者一万二千人次。",
    "馆长刘海峰说，夜间来自习的多是附近的上班族和学生，图书馆将再添两百个座位。",
]
_SIGNED_CANTEEN = [
    "南湖街道第三家社区食堂昨天正式营业，一份荤素搭配的午餐只要十二元。",
    "食堂每天供应三餐，还为行动不便的老人送餐上门，开业当天就有三百多位居民前来就餐。",
]


def test_two_headline_groups_each_closed_by_a_writers_name_head_two_articles() -> None:
    # a headline and its writer's name closing the text before, then the next article's
    # headline and writer's name over its text: the block holds two groups, and no article
    # takes both (the old plan gave the whole block to the first text, and the third
    # article's closing headline took the second text with its own)
    trees = [
        "青川区今年计划新增绿地三百亩，在滨江公园等地建设十条林荫步道。",
        "区林业局局长孙丽华介绍，春季植树造林活动将持续到四月底，全区机关干部都要参加义务植树。",
    ]
    lines = [
        *(x for p in _SIGNED_LIBRARY for x in wrap(p, 14)),
        *("夜读成了新风尚", "林晓雨", "老人吃饭不再犯愁", "周文"),
        *(x for p in _SIGNED_CANTEEN + trees for x in wrap(p, 14)),
        *("青川春季植树忙", "王海"),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["夜读成了新风尚", "老人吃饭不再犯愁", "青川春季植树忙"]
    assert [[b.text for b in a.of_role("subheadline")] for a in page.articles] == [["林晓雨"], ["周文"], ["王海"]]
    assert [[b.text for b in a.paragraphs] for a in page.articles] == [_SIGNED_LIBRARY, _SIGNED_CANTEEN, trees]


def test_a_signed_headline_closing_its_text_goes_back_whatever_words_it_shares_after() -> None:
    # the first group's headline speaks of the next text's canteen more than of its own
    # library: still it closes the text before, its writer's name closing its group, and the
    # next group heads the next text (the whole block over the next text would give that
    # article two headlines and two writers)
    lines = [
        *(x for p in _SIGNED_LIBRARY for x in wrap(p, 14)),
        *("社区食堂旁的夜读点", "林晓雨", "老人吃饭不再犯愁", "周文"),
        *(x for p in _SIGNED_CANTEEN for x in wrap(p, 14)),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["社区食堂旁的夜读点", "老人吃饭不再犯愁"]
    assert [[b.text for b in a.paragraphs] for a in page.articles] == [_SIGNED_LIBRARY, _SIGNED_CANTEEN]


@pytest.mark.parametrize(
    ("heads", "two"),
    [
        (["夜读成了新风尚", "林晓雨", "老人吃饭不再犯愁", "周文"], True),
        (["夜读成了新风尚", "本报记者林晓雨", "通讯员周文"], False),  # one group's two writers
        (["夜读成了新风尚", "林晓雨", "滨江图书馆延长开放时间"], False),  # a deck under the name
        (["林晓雨", "夜读成了新风尚", "老人吃饭不再犯愁"], False),
        (["夜读成了新风尚", "老人吃饭不再犯愁", "周文"], False),
    ],
)
def test_two_signed_groups_need_a_heading_between_two_names(heads: list[str], two: bool) -> None:
    from newsdesk.core.assign import _two_signed
    from newsdesk.core.pipeline import Unit

    assert _two_signed([Unit([ln]) for ln in measure_lines(enumerate(heads))]) is two


def test_verse_keeps_its_lines_where_no_width_is_shared() -> None:
    # a poem's lines are its paragraphs: half of them happen to be seven characters wide,
    # which is no column to decode them by
    poem = PlainArticle(
        headline="山村的夜",
        subheadlines=["林晓雨"],
        paragraphs=[
            "月亮爬上了山岗",
            "狗叫声远远传来",
            "灯光一盏盏亮起",
            "炊烟还在屋顶上飘",
            "奶奶坐在门口",
            "讲着很久以前的故事",
            "孩子们围成一圈",
            "星星也凑过来听",
            "夜风吹过竹林",
            "沙沙地响",
        ],
    )
    arts = [replace(a, headline_first=True) for a in (TREES, CANTEEN, poem)]
    page = analyze_page(typeset(arts, width=14))
    assert [plain(a) for a in page.articles] == [expected(a) for a in arts]


def test_the_rows_of_a_table_stay_rows() -> None:
    # rows of figures of many widths: the commonest of them is no column width (a column's
    # full lines are most of its lines), so the rows keep the page's paragraphs
    rows = [
        "东城区12.58.3-1.2",
        "西城区9.76.1-0.8",
        "南湖区15.310.2-12.5",
        "滨江区8.43.9-0.3",
        "青川县16.214.4-11.1",
        "北山县11.87.5-0.6",
        "梅岭镇3.52.1-0.2",
        "石桥镇14.813.35-10.9",
    ]
    table = PlainArticle(
        headline="各区县一月气温统计",
        byline="本报讯",
        paragraphs=["市气象台昨天发布一月份各区县气温统计，全市平均气温比常年偏低一度，其中南湖区降温最多。", *rows],
    )
    page = analyze_page(typeset([TREES, table, CANTEEN], width=14))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(table), expected(CANTEEN)]


def test_a_title_with_its_note_after_a_full_last_line_heads_the_next_article() -> None:
    # the text before ends with a full line; 老屋（外一首） closes with a bracket, but a note set
    # after words no sentence ends with is a title's, not the end of a paragraph
    first = PlainArticle(
        headline="山里的年味",
        subheadlines=["王小明"],
        paragraphs=[
            "腊月一到，山里的人家就开始忙年了，杀猪、打糍粑、写春联，家家户户热热闹闹。",
            "孩子们最盼的是大年三十，穿新衣，放鞭炮，守岁到天明，一年里就数这一天过得最快活。",
        ],
        headline_first=True,
    )
    poem = PlainArticle(
        headline="老屋（外一首）",
        subheadlines=["李红"],
        paragraphs=["老屋的门槛", "被岁月磨得发亮", "屋檐下的燕子", "年年都回来"],
        headline_first=True,
    )
    page = analyze_page(typeset([first, poem], width=14))
    assert [plain(a) for a in page.articles] == [expected(first), expected(poem)]


def test_a_short_page_of_short_paragraphs_finds_its_column() -> None:
    # paragraphs of two or three lines: more first lines (two cells short) than full ones
    notes = PlainArticle(
        headline="春节前的山村",
        paragraphs=[
            "腊月一到，山里人家就开始忙年了，杀猪、打糍粑、写春联，家家户户热热闹闹。",
            "孩子们最盼望的是大年三十那天穿新衣放鞭炮。",
            "外出打工的年轻人陆续回到村里，村口的小路上，拖着箱子的人一天比一天多。",
            "老人们坐在墙根下晒着太阳说今年的年景好。",
        ],
        headline_first=True,
    )
    page = analyze_page(typeset([notes], width=14))
    assert page.column_width == 14
    assert [plain(a) for a in page.articles] == [expected(notes)]


ESSAY = PlainArticle(
    headline="老街的早晨",
    paragraphs=[
        "天刚蒙蒙亮，老街上的豆浆铺就开了门，蒸笼里冒出的白气把半条街都罩住了，街坊们端着碗排起了长队，说说笑笑，等着头一锅热豆浆出锅。",
        "铺子的主人是一对老夫妻，豆子是前一天晚上泡好的，磨浆、煮浆、点卤，每一道工序都不肯马虎，几十年如一日，街坊们都说他家的豆浆有老味道。",
        "吃完早饭，孩子们背着书包往学校跑，老人们提着鸟笼去河边遛弯，卖菜的三轮车也一辆接一辆地进了街口，老街一天的日子就这样开始了。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_an_article_set_in_a_wider_column_keeps_its_own_lines_and_paragraphs(first: bool) -> None:
    # one page, two column widths: the wider article's lines are text of its own column, not
    # headlines too wide for the page's, and it is an article of its own
    arts = [replace(a, headline_first=first) for a in (TREES, LIBRARY, ESSAY, CANTEEN)]
    text = "\n\n".join([typeset(arts[:2], width=14), typeset(arts[2:3], width=17), typeset(arts[3:], width=14)])
    page = analyze_page(text)
    assert page.column_width == 14
    assert [plain(a) for a in page.articles] == [expected(a) for a in arts]


def set_in_widths(arts: list[PlainArticle], widths: tuple[int, ...]) -> str:
    """A page of ``arts``, each set in its own column width."""
    return "".join(typeset([a], width=w) for a, w in zip(arts, widths, strict=True))


def rebuilt_in_widths(
    arts: tuple[PlainArticle, ...], widths: tuple[int, ...], first: bool, page_width: int | None = None
) -> None:
    """Check that a page of ``arts`` (headlines first or after), each set in its own column
    width, gives each back exactly (and, where given, that the page's column is ``page_width``)."""
    arts = tuple(replace(a, headline_first=first) for a in arts)
    page = analyze_page(set_in_widths(list(arts), widths))
    if page_width is not None:
        assert page.column_width == page_width
    assert [plain(a) for a in page.articles] == [expected(a) for a in arts]


FLATS = PlainArticle(
    headline="青川新区首批人才公寓交付使用",
    byline="本报青川3月6日电记者林晓雨、周文报道：",
    paragraphs=[
        "青川新区首批人才公寓今天交付使用，三百二十名来自全国各地的青年科研人员和企业技术骨干领到了新房"
        "钥匙。公寓配有图书室、健身房和共享厨房，租金按市场价的六成收取，入住满五年的还可以优先购买。",
        "新区管委会主任陈立平说：“留住人才，先要让人才安下家来，今年还将再建两批公寓。”",
        "首批公寓共有三百六十套。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_short_article_in_a_wider_column_is_found_by_its_own_lines(first: bool) -> None:
    # the wider article has few full lines: its first line is its lead-in, ending with a colon
    # that hangs past the column; its full lines end with marks set inside the column (…公寓。);
    # its last paragraphs hold no full line, but lines too wide for the page's column
    arts = [replace(a, headline_first=first) for a in (TREES, FLATS, CANTEEN)]
    text = set_in_widths(arts, (14, 20, 14))
    assert "本报青川3月6日电记者林晓雨、周文报道：\n" in text
    page = analyze_page(text)
    assert page.column_width == 14
    assert [plain(a) for a in page.articles] == [expected(a) for a in arts]


FEAST = PlainArticle(
    headline="乡村厨艺大赛落幕",
    byline="本报讯",
    paragraphs=[
        "青川区第三届乡村厨艺大赛昨天在龙泉镇落幕，九名厨师获奖。",
        "大赛分热菜、冷盘和面点三个组别，参赛的六十多名厨师都来自本区各村，用的是本地出产的蔬菜、"
        "山菌和腊肉，评委由市烹饪协会的五位老师傅担任，现场观众也可以品尝打分。",
        "获奖菜品将编成菜谱，在全区农家乐推广，明年的大赛将移到白龙镇举办。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_wider_articles_first_paragraph_is_read_at_its_width_where_its_lines_fit_the_page(first: bool) -> None:
    # its first paragraph is two lines: the first too wide for the page's column, the last
    # narrower than it, so the article's column is told from its later paragraphs; read at the
    # page's width the first line would stand alone as a paragraph
    first_lines = wrap("本报讯" + FEAST.paragraphs[0], 20)
    assert len(first_lines) == 2 and len(first_lines[1]) <= 14
    rebuilt_in_widths((TREES, FEAST, CANTEEN), (14, 20, 14), first)


@pytest.mark.parametrize("first", [False, True])
def test_a_paragraphs_last_line_as_wide_as_a_narrower_columns_full_line_stays_with_it(first: bool) -> None:
    # the page's column is 20 cells; the last line of the wider article's last paragraph, 13
    # characters and a stop hanging past them, is as wide as a full line of the 14-cell column
    # after it; the line before it runs on into it and is too wide for that column
    assert wrap(FEAST.paragraphs[-1], 20)[-1] == "明年的大赛将移到白龙镇举办。"
    rebuilt_in_widths((_LIFTS, FEAST, TREES), (20, 20, 14), first, page_width=20)


@pytest.mark.parametrize("first", [False, True])
def test_a_short_article_in_a_narrower_column_with_digits_in_its_full_lines(first: bool) -> None:
    # its full lines hold narrow digits, odd in number in some (half a cell short of the edge):
    # they still make two full lines in a row of its column
    rebuilt_in_widths((_LIFTS, FEAST, PARKS), (20, 20, 14), first, page_width=20)


BRIEF = PlainArticle(
    headline="青川至滨江城际公交开通",
    byline="本报讯",
    paragraphs=[
        "青川至滨江的城际公交今天开通，全程五十二公里，沿途设十二个站点，"
        "早六点至晚九点每二十分钟发一班车，票价八元，市民可以刷公交卡乘车，老人凭优待证免费乘坐，"
        "学生乘车可以享受半价优惠。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_of_one_paragraph_in_a_wider_column(first: bool) -> None:
    # its first line and three full lines: enough to tell its column from the page's
    assert len(wrap("本报讯" + BRIEF.paragraphs[0], 20)) == 5
    rebuilt_in_widths((TREES, BRIEF, CANTEEN), (14, 20, 14), first)


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_in_a_narrower_column_whose_full_lines_end_with_marks_set_inside_it(first: bool) -> None:
    # the brief's full lines of 14 cells end with a comma or a stop set inside the column (or
    # hanging past 13 characters): they are told as full lines of one column all the same
    full = [ln for ln in wrap("本报讯" + BRIEF.paragraphs[0], 14) if text_width(ln) == 14]
    assert sum(ln[-1] in "，。" for ln in full) >= 2
    rebuilt_in_widths((TREES, BRIEF, CANTEEN), (20, 14, 20), first, page_width=20)


@pytest.mark.parametrize("first", [False, True])
def test_an_articles_lead_in_lines_outside_its_column_stay_with_it(first: bool) -> None:
    # the narrower articles open with a credit broken at its space (本报讯（青川新闻记者 /
    # 林晓雨）…): their first lines are no full lines of their column, which is found from the
    # lines after them; the lead-in runs on into them, and the article is read at its own width
    assert wrap((PARKS.byline or "") + PARKS.paragraphs[0], 12)[0].endswith("记者 ")
    rebuilt_in_widths((TREES, _LIFTS, PARKS), (12, 20, 12), first)


def _units(*paragraphs: tuple[float, list[str]]) -> list[pipeline.Unit]:
    """Body units of the given column widths, one per paragraph of lines."""
    out: list[pipeline.Unit] = []
    at = 0
    for width, lines in paragraphs:
        out.append(pipeline.Unit(measure_lines(enumerate(lines, start=at)), width))
        at += len(lines)
    return out


@pytest.mark.parametrize(
    ("before", "cut"),
    [
        # a lead-in that has said no sentence yet runs on into the lines of its own column
        (["本报讯（青川新闻记者", "林晓雨）青川区今年将"], False),
        # a paragraph that ended its sentence ends the article set in that width
        (["本报讯（青川新闻记者 林晓雨）青川区今年", "将新建口袋公园二十个。"], True),
        # so does one that said a sentence after its lead-in, though its last line runs on
        (["本报讯（青川新闻记者 林晓雨）青川区今年", "将新建口袋公园二十个。其中十二个在老"], True),
        # and text opening with no lead-in (a headline read as text)
        (["南湖街道社区食堂开门迎客"], True),
    ],
)
def test_where_the_column_width_changes_another_article_begins(before: list[str], cut: bool) -> None:
    after = ["城区，八个在滨江新区，今年十月底前", "全部完工。"]
    units = _units((20.0, before), (12.0, after))
    segments, _ = pipeline._segments_and_blocks(units, pipeline._indent_marks_articles(units))
    assert len(segments) == (2 if cut else 1)


@pytest.mark.parametrize("first", [False, True])
def test_a_short_article_set_wider_with_its_paragraphs_last_lines_between_its_full_lines(first: bool) -> None:
    # its full lines (20 cells) never follow one another: a paragraph's last line, narrow
    # enough for the page's 12-cell column, stands between each two; every other line of it is
    # too wide for the page's column
    rebuilt_in_widths((FEAST, TREES, CANTEEN), (12, 20, 12), first, page_width=12)


@pytest.mark.parametrize("widths", [(18, 12, 18), (20, 12, 20)])
@pytest.mark.parametrize("first", [False, True])
def test_an_articles_first_line_closed_by_a_hanging_stop_before_its_text_in_another_width(
    first: bool, widths: tuple[int, int, int]
) -> None:
    # the article's first line, 冬天的青川，江风很冷。, ends with a stop hanging past its column's
    # edge: read at the page's wider column it is a paragraph of one line, as narrow as the
    # article's own column, and the article's text in its own width carries on from it; with
    # headlines first, 渡口的热茶 over it heads that text (no section head of the text before,
    # though the line under it is as wide as that text's column)
    assert wrap(_FERRY.paragraphs[0], widths[1])[0] == "冬天的青川，江风很冷。"
    rebuilt_in_widths((TREES, _FERRY, CANTEEN), widths, first)


@pytest.mark.parametrize(
    ("first", "cut"),
    [
        (["冬天的青川，江风很冷。"], False),
        # a paragraph of two lines is text of the page's column
        (["冬天的青川，江风", "很冷。"], True),
        # a line wider than the column after it is no line of it
        (["冬天的青川，江风很冷，渡口边很热闹。"], True),
    ],
)
def test_an_opening_line_alone_runs_into_the_text_of_another_width(first: list[str], cut: bool) -> None:
    # (the page's column is 18 cells, the text after it is set in 12)
    after = ["青川渡口的老周每天清", "晨出门给早班的船工送去热", "茶和早点心。"]
    units = _units((18.0, first), (12.0, after))
    segments, _ = pipeline._segments_and_blocks(units, pipeline._indent_marks_articles(units))
    assert len(segments) == (2 if cut else 1)


@pytest.mark.parametrize("first", [False, True])
def test_a_short_article_set_narrower_than_the_page(first: bool) -> None:
    # its full lines of 14 cells run on into the next line, as no line of the page's 20-cell
    # column short of its edge does but a paragraph's last
    rebuilt_in_widths((BRIEF, CANTEEN, PARKS), (20, 14, 20), first, page_width=20)


@pytest.mark.parametrize("first", [False, True])
def test_a_short_article_set_wider_with_one_full_line(first: bool) -> None:
    # the page's column is 12 cells; _FERRY, set 20 wide, has two paragraphs of a first line (18
    # cells) and a short last, one of them a full line between: its first lines and full line,
    # too wide for the page's column, are three lines of its own column
    assert [len(wrap(p, 20)) for p in _FERRY.paragraphs] == [2, 3]
    rebuilt_in_widths((TRAIL, _LIFTS, _FERRY), (20, 12, 20), first, page_width=12)


@pytest.mark.parametrize("first", [False, True])
def test_a_short_article_set_wider_whose_one_full_line_alone_has_its_columns_width(first: bool) -> None:
    # set 20 wide among articles of 12, _FERRY's lines too wide for the page's column are two
    # first lines of 18 cells and one full line of 20: its first lines tell its width too
    rebuilt_in_widths((CANTEEN, _FERRY, PARKS), (12, 20, 12), first, page_width=12)


@pytest.mark.parametrize("first", [False, True])
def test_closed_lines_too_wide_for_the_page_tell_no_first_lines_of_a_wider_column(first: bool) -> None:
    # on a page of 12 cells, _FERRY is set 18 wide under a headline of 14 cells; its line
    # closing a paragraph at 14 cells (一张小桌，喝茶的人从不用付钱。) and the headline would count
    # as two first lines of a 16-cell column: only lines that run on may be a paragraph's first
    rebuilt_in_widths((TREES, _LIFTS, _FERRY), (18, 12, 18), first)


@pytest.mark.parametrize("first", [False, True])
def test_a_wider_articles_first_paragraph_whose_last_line_fills_the_pages_column(first: bool) -> None:
    # on a page of 12 cells, FEAST's first paragraph is its first line (18 cells) and a last line
    # of 12 characters and a hanging stop, as wide as a full line of the page's column
    assert wrap("本报讯" + FEAST.paragraphs[0], 20)[1] == "龙泉镇落幕，九名厨师获奖。"
    rebuilt_in_widths((CANTEEN, FEAST, TRAIL), (12, 20, 12), first, page_width=12)


_WETLAND = PlainArticle(
    headline="青川湿地公园迎来越冬候鸟",
    byline="本报讯",
    paragraphs=[
        "入冬以来，青川湿地公园陆续迎来小天鹅、白鹭和灰鹤等越冬候鸟，目前已超过三千只，比去年同期多出"
        "近一倍，其中灰鹤是第一次在公园越冬。管理处介绍，近年来公园退塘还湿两百多亩，水质明显好转，"
        "湖区的鱼虾和水草多了起来，候鸟的食物充足了，来这里越冬的鸟儿也就一年比一年多。",
        "公园在候鸟栖息的湖区设置了三处观鸟点。",
        "观鸟时请保持安静，不要投喂和惊扰鸟群。",
        "湿地公园每天七点至傍晚六点向市民开放。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_paragraphs_of_one_line_after_a_wider_column_are_its_text(first: bool) -> None:
    # the wider article closes with three paragraphs of one line each, 18 characters and a stop
    # hanging past them: three lines of one width in a row, too wide for the page's column, as
    # a short article set 18 cells wide would be; they follow the article's full lines of 20
    # (whether two such lines make one paragraph or two, their widths do not say)
    arts = [replace(a, headline_first=first) for a in (TREES, _WETLAND, CANTEEN)]
    assert [len(wrap(p, 20)) for p in _WETLAND.paragraphs[1:]] == [1, 1, 1]
    assert {text_width(p) for p in _WETLAND.paragraphs[1:]} == {19}
    text = set_in_widths(arts, (14, 20, 14))
    lines = measure_lines(enumerate(text.split("\n")))
    assert [w for _, _, w in column_regions(lines, 14.0)] == [14.0, 20.0, 14.0]
    page = analyze_page(text)
    assert [(a.headline.text if a.headline else None) for a in page.articles] == [a.headline for a in arts]
    assert "".join(b.text for b in page.articles[1].blocks if b.role in ("byline", "body")) == "本报讯" + "".join(
        _WETLAND.paragraphs
    )


TRAIL = PlainArticle(
    headline="社区健身步道建成开放",
    byline="本报讯",
    paragraphs=[
        "青川区第一条社区健身步道今天建成开放，全长一点二公里，沿途设有健身器材二十多件，"
        "步道两旁种植了樱花和桂花，附近居民可以免费使用。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_of_two_full_lines_in_a_column_set_wider_elsewhere_on_the_page(first: bool) -> None:
    # two full lines are too few to tell a column by them alone; the page sets another article
    # in that width, and the brief's lines are all too wide for the page's own column
    assert len(wrap("本报讯" + TRAIL.paragraphs[0], 20)) == 4
    rebuilt_in_widths((TREES, FLATS, CANTEEN, TRAIL, LIBRARY), (14, 20, 14, 20, 14), first, page_width=14)


@pytest.mark.parametrize(
    ("caption", "owner"),
    [
        ("读者在滨江图书馆自习区阅读。（本报记者周文摄）", 0),  # speaks of the article before it
        ("春节前夕，市民在花市选购年花。（本报记者周文摄）", None),  # of neither: a photo of its own
    ],
)
def test_a_lone_caption_goes_with_the_article_it_speaks_of(caption: str, owner: int | None) -> None:
    lines = ["滨江图书馆夜间开放首周迎客过万"]
    lines += wrap(LIBRARY.byline + "滨江图书馆自3月1日起延长开放至晚上十点，首周接待读者一万二千人次。", 14)
    lines += wrap(caption, 14)
    lines += [CANTEEN.headline or ""]
    lines += wrap((CANTEEN.byline or "") + CANTEEN.paragraphs[0], 14)
    page = analyze_page(page_of(*lines))
    holders = [k for k, a in enumerate(page.articles) if a.of_role("caption")]
    if owner is None:
        assert len(page.articles) == 3 and not page.articles[1].paragraphs
    else:
        assert len(page.articles) == 2 and holders == [owner]


def test_a_heading_before_a_paragraph_opening_with_a_connective_is_a_section_head() -> None:
    """看来, 因此, 它们 …: no article opens with a connective or a word pointing back, so the
    heading before such a paragraph heads a section of the same article, whatever it shares."""
    lines = wrap(
        "本报讯（记者 林晓雨）青川区不少家长反映，孩子用家里的电话拨打收费声讯台，"
        "一个月电话费高达数百元，家长看到账单吓了一跳。",
        14,
    )
    lines += ["电话费账单吓人一跳"]
    lines += wrap("看来，未成年人拨打收费电话的问题，确实应该引起有关部门的重视，收费标准也应向用户公开。", 14)
    lines += ["收费电话请给家长亮个底"]
    page = analyze_page(page_of(*lines))
    assert len(page.articles) == 1
    assert page.articles[0].headline is not None and page.articles[0].headline.text == "收费电话请给家长亮个底"
    assert [b.text[:4] for b in page.articles[0].paragraphs] == ["青川区不", "电话费账", "看来，未"]


def test_a_writer_name_under_a_closing_headline_stays_with_it() -> None:
    """A headline printed after its commentary, its writer's name and its photo's credit, then
    the next commentary's headline and name: the name under the first headline is its byline,
    never the start of a headline group of its own (the split between the two would cost no more
    than keeping them together when the credit shares nothing with either text)."""
    lines = wrap(
        "年底将至，一些单位又忙着用公款购买购物卡，送给上级部门和业务单位，群众对此意见很大。"
        "购物卡送出去，换回来的是关照和方便，损害的是公家的财产和干部的形象。",
        14,
    )
    lines += ["公款购买购物卡之风当刹", "孔令山", "（压题照片为周文摄）", "清廉过节从小事做起", "林晓雨"]
    lines += wrap("春节临近，青川区纪委发出通知，要求党员干部节日期间不收礼、不送礼，清清爽爽过节。", 14)
    page = analyze_page(page_of(*lines))
    assert headlines(page) == [
        "公款购买购物卡之风当刹",
        "清廉过节从小事做起",
    ]
    first, second = page.articles
    assert [b.text for b in first.of_role("subheadline")] == ["孔令山"]
    assert [b.text for b in first.of_role("caption")] == ["（压题照片为周文摄）"]
    assert [b.text for b in second.of_role("subheadline")] == ["林晓雨"]


def test_a_dispatch_after_a_lead_in_with_only_points_carries_on_its_article() -> None:
    """本报讯（记者 X）●point●point, then 新华社…电: the lead-in and the points under it hold no
    sentence yet, so they are no article of their own and the dispatch goes on with them."""
    lines = ["青川区召开农村工作会议", "今年农业生产稳中求进"]
    lines += wrap("本报讯（青川新闻记者 林晓雨）●稳定粮食播种面积●加快发展特色果园", 14)
    lines += wrap("新华社青川3月5日电（记者 周文）青川区农村工作会议今天召开，部署今年的农业生产。", 14)
    lines += wrap("会议要求，各乡镇要稳定粮食播种面积，发展山区特色果园，让农民增收。", 14)
    page = analyze_page(page_of(*lines))
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.headline is not None and article.headline.text == "青川区召开农村工作会议"
    assert [b.text[:4] for b in article.paragraphs] == ["●稳定粮", "新华社青", "会议要求"]


def test_a_page_in_traditional_characters_is_split_as_its_simplified_reading() -> None:
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    simplified = typeset([TREES, LIBRARY, CANTEEN], width=14)
    traditional = "\n".join(to_traditional(line) for line in simplified.split("\n"))
    assert traditional != simplified and len(traditional) == len(simplified)
    (want,) = analyze_text(simplified)
    (got,) = analyze_text(traditional)
    assert len(got.articles) == len(want.articles) == 3
    for a, b in zip(got.articles, want.articles, strict=True):
        assert [(x.role, x.lines, x.charmap) for x in a.blocks] == [(x.role, x.lines, x.charmap) for x in b.blocks]
        # the text as printed: every character is the page's own, where the map points
        raw = traditional.split("\n")
        for x in a.blocks:
            assert all(line < 0 or raw[line][col] == c for c, (line, col) in zip(x.text, x.charmap, strict=True))
    assert got.articles[1].headline is not None
    assert got.articles[1].headline.text == to_traditional(LIBRARY.headline or "")
    assert [b.text for b in got.articles[0].of_role("byline")] == ["本報訊（青川新聞記者 林曉雨）"]


def test_a_mended_credit_on_a_traditional_page_is_in_traditional_characters() -> None:
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    lines = ["青川区部署植树工作", "本报讯（青川新闻纪者 林晓雨）3", "月2日，青川区召开春季植树造林", "动员会。"]
    page = analyze_page(page_of(*map(to_traditional, lines)))
    (article,) = page.articles
    assert [b.text for b in article.of_role("byline")] == ["本報訊（青川新聞記者 林曉雨）"]
    assert [n.detail for n in page.notices if n.code == "mended"] == ["紀者→記者"]


@pytest.mark.parametrize(
    "header",
    [
        "青川日报 2026年11月27日 星期五 第3版",  # the paper, the date and the page in one line
        "A3 要闻",  # an edition's code and its name
        "要闻\u3000A3",
        "本版编辑：周文 图片编辑：李华",  # the page's editors
        "青川日报",  # the paper's name on a line of its own
        "2026年11月27日 星期五 农历十月初八 第3版",  # the date, the lunar date and the page
        "2026年11月27日 星期五 青川日报",
        "2026年11月27日 星期五 第3版 要闻",  # the parts of a header set apart, in any order
        "青川日报 2026.11.27 第3版",
        "A3 要闻 2026年11月27日",
        "国际新闻 第6版",
    ],
)
def test_todays_page_headers_are_furniture(header: str) -> None:
    page = analyze_page(header + "\n\n" + typeset([TREES, LIBRARY], width=14) + "\n本版编辑：林晓雨\n")
    assert [b.text for b in page.furniture] == ["".join(header.split()), "本版编辑：林晓雨"]
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(LIBRARY)]


_LETTER = PlainArticle(
    headline="致全区环卫工人的一封信",
    paragraphs=[
        "全区环卫工人同志们：春节将至，区委、区政府向节日里坚守岗位的你们致以问候。",
        "你们起早贪黑，把城市打扫得干干净净，市民们都记在心里。祝你们节日快乐！",
        "2026年2月10日",
    ],
    headline_first=True,
)


@pytest.mark.parametrize(
    ("foot", "furniture"),
    [
        # a date alone closing the page is the date the letter above it is signed with
        (None, []),
        # ... a footer names the page, or the date and the page
        ("第3版", ["第3版"]),
        ("2026年2月10日 第3版", ["2026年2月10日第3版"]),
    ],
)
def test_a_date_closing_the_page_signs_its_last_text(foot: str | None, furniture: list[str]) -> None:
    text = typeset([TREES, _LETTER], width=14) + (foot + "\n" if foot else "")
    page = analyze_page(text)
    assert [b.text for b in page.furniture] == furniture
    assert [p.text for p in page.articles[-1].paragraphs][-1] == "2026年2月10日"
    assert len(page.articles) == 2
    assert page.articles[-1].headline is not None
    assert page.articles[-1].headline.text == "致全区环卫工人的一封信"


@pytest.mark.parametrize(
    ("last", "furniture"),
    [
        # the rest of a table's row broken at the column's edge: the row's last figures
        (["全区合计4860035120003517", "9"], []),
        # ... a page number under a row that ends with none
        (["全区合计4860035120003517。", "9"], ["9"]),
        # ... and under a line of words ending with a figure
        (["全区新建的林荫步道总长约8", "9"], ["9"]),
    ],
    ids=["row", "closed-row", "words"],
)
def test_figures_closing_the_page_carry_on_a_tables_row(last: list[str], furniture: list[str]) -> None:
    page = analyze_page(typeset([TREES], width=14) + page_of(*last))
    assert [b.text for b in page.furniture] == furniture
    kept = {i for a in page.articles for b in a.blocks for i in b.lines}
    assert len(kept) + len(furniture) == len([ln for ln in page.raw_lines if ln.strip()])


def test_a_date_alone_heading_the_page_is_its_header() -> None:
    page = analyze_page("2026年2月10日\n\n" + typeset([TREES, LIBRARY], width=14))
    assert [b.text for b in page.furniture] == ["2026年2月10日"]
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(LIBRARY)]


@pytest.mark.parametrize(
    "lead",
    [
        "人民网北京11月27日电（记者 林晓雨）",
        "央视网消息：",
        "新华网讯",
        "青川日报讯（记者 林晓雨）",  # a paper's own dateline under its name
        "南湖晚报青川11月27日电（记者 林晓雨）",
        "滨江讯（通讯员 林晓雨）",  # a local newsroom's dateline: a district's, a media centre's
        "青川区融媒体中心讯（记者 林晓雨 通讯员 周文）",
        "青川11月27日讯（记者 林晓雨）",  # a place and a day
        "青川11月27日电",
    ],
)
def test_todays_agencies_lead_ins_open_an_article_with_its_byline(lead: str) -> None:
    art = replace(LIBRARY, byline=lead, subheadlines=[], captions=[])
    page = analyze_page(typeset([TREES, art], width=14))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(art)]


@pytest.mark.parametrize("width", [12, 14, 16])
def test_briefs_under_no_headline_each_open_with_a_local_dateline(width: int) -> None:
    # a column of briefs, each opened by its newsroom's dateline and none under a headline of
    # its own: each dateline opens an article, and is its byline
    clinic = PlainArticle(
        byline="南湖讯（通讯员 李丽）",
        paragraphs=["3月5日，南湖社区联合区人民医院开展义诊，为居民免费测量血压、血糖三百余人次。"],
    )
    parks = PlainArticle(
        byline="北山讯（通讯员 周文）",
        paragraphs=["北山街道今年新建的三座口袋公园日前全部开放，附近居民散步有了好去处。"],
    )
    page = analyze_page(typeset([TREES, clinic, parks], width=width))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(clinic), expected(parks)]


@pytest.mark.parametrize("stray", ["本 报讯", "本报 讯", "本\u3000报讯"])
def test_a_stray_space_inside_a_lead_in_still_opens_an_article(stray: str) -> None:
    # OCR's stray space inside 本报讯 (本 报讯): the lead-in still opens the brief it heads, and
    # the byline reads without it
    clinic = PlainArticle(
        byline="本报讯（通讯员 李丽）",
        paragraphs=["3月5日，南湖社区联合区人民医院开展义诊，为居民免费测量血压、血糖三百余人次。"],
    )
    raw = typeset([TREES, clinic], width=14)
    at = raw.rindex("本报讯")
    page = analyze_page(raw[:at] + stray + raw[at + 3 :])
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(clinic)]
    assert [n.code for n in page.notices] == ["stray-space"]


@pytest.mark.parametrize(
    "text",
    [
        "喜讯传来（记者 林晓雨）",  # no newsroom's name before the 讯
        "青川3月2日电视台播出了植树的新闻。",  # 电视台, not a dispatch's 电
        "青川讯 3月2日，青川区召开春季植树造林动员会。",  # a name and 讯 with no credit or day
    ],
)
def test_what_no_local_dateline_is(text: str) -> None:
    assert not patterns.leadin(text)
    assert patterns.byline_end(text) == 0


@pytest.mark.parametrize("first", [False, True])
@pytest.mark.parametrize(
    "caption",
    [
        "读者在滨江图书馆自习区阅读。本报记者 周文摄",  # credits as papers print them today: no brackets
        "读者在滨江图书馆自习区阅读。新华社记者 周文 摄",
        "图为读者在滨江图书馆自习区阅读。周文 摄",
        "读者在滨江图书馆自习区阅读。周文摄",
        "读者在滨江图书馆自习区阅读。（资料图）",  # photo sources as papers give them today
        "读者在滨江图书馆自习区阅读。（图片来源：视觉中国）",
        "读者在滨江图书馆自习区阅读。（图片由受访者提供）",
        "读者在滨江图书馆自习区阅读。（图/视觉中国）",
    ],
)
def test_todays_photo_credits_and_sources_close_a_caption(caption: str, first: bool) -> None:
    arts = [replace(a, headline_first=first) for a in (TREES, replace(LIBRARY, captions=[caption]), CANTEEN)]
    page = analyze_page(typeset(arts, width=14))
    assert [plain(a) for a in page.articles] == [expected(a) for a in arts]


@pytest.mark.parametrize("width", [12, 14, 16])
def test_a_deck_a_cell_short_of_the_column_stays_apart_from_the_caption_under_it(width: int) -> None:
    # the deck, one cell short of the column and closing nothing, is no paragraph's first line
    # (two cells short): the caption under it, set at the column's full width, opens its own
    deck = "全年将举办阅读活动五十余场与读书分享会"[: width - 1]
    caption = "读者在滨江图书馆自习区阅读，新书架前人头攒动，不少人一坐就是一晚上。（本报记者 周文摄）"
    art = replace(LIBRARY, headline="滨江图书馆夜间开放", subheadlines=[deck], captions=[caption])
    page = analyze_page(typeset([TREES, art, CANTEEN], width=width))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(art), expected(CANTEEN)]


def test_a_captions_first_line_a_cell_short_before_a_moved_bracket_opens_the_caption() -> None:
    # the caption's first line ends a cell short because the bracket after it may not end a
    # line: it opens the caption all the same
    caption = "青川区实验小学的教师王海燕（左一）在新教室里给学生上课。（本报记者 周文摄）"
    art = replace(LIBRARY, captions=[caption])
    page = analyze_page(typeset([TREES, art, CANTEEN], width=14))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(art), expected(CANTEEN)]


@pytest.mark.parametrize("credit", ["（本报记者 周文摄）", "周文 摄"])
def test_a_headline_a_cell_short_of_the_column_over_a_caption_credited_on_the_line_below(credit: str) -> None:
    # a headline a cell short of the column over a caption of one sentence whose photographer's
    # credit stands alone on the line under it: no running text cut short, but the headline of
    # the text above (one exactly as wide as the column still reads as the caption's first line)
    caption = "读者在滨江图书馆自习区阅读。" + credit
    art = replace(LIBRARY, headline="滨江图书馆夜间开放迎客过万", subheadlines=[], captions=[caption])
    page = analyze_page(typeset([TREES, art, CANTEEN], width=14))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(art), expected(CANTEEN)]


@pytest.mark.parametrize("decks", [[], ["全年将举办阅读活动五十余场"]])
@pytest.mark.parametrize("credit", ["（本报记者 周文摄）", "周文 摄"])
def test_a_headline_a_cell_wider_than_the_column_runs_into_no_caption(decks: list[str], credit: str) -> None:
    # the headline (15 cells, the column 14: every character a full cell, nothing to hang or
    # squeeze) is no line of the column: it stands alone over its deck and its photo's caption
    caption = "读者在滨江图书馆自习区阅读，新书架前人头攒动。" + credit
    art = replace(LIBRARY, subheadlines=decks, captions=[caption])
    page = analyze_page(typeset([TREES, art, CANTEEN], width=14))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(art), expected(CANTEEN)]


def test_a_column_of_items_under_headlines_that_come_first() -> None:
    # a heading that shares only some of its words with the paragraph under it, which opens as
    # a news item does (日前, 3月1日起), heads an item of its own where headlines come first
    parks = PlainArticle(
        headline="滨江新建三座口袋公园",
        byline="本报讯",
        paragraphs=[
            "滨江区今年新建的三座口袋公园日前全部开放，附近居民散步有了好去处。公园里种了银杏和桂花，还设置了儿童游乐区。"
        ],
    )
    canteen = PlainArticle(
        headline="南湖社区食堂受欢迎",
        paragraphs=[
            "日前，南湖街道第三家社区食堂正式营业，一份荤素搭配的午餐只要十二元，老人还能再减两元，"
            "开业当天就接待了三百多位居民。"
        ],
    )
    arts = [replace(a, headline_first=True) for a in (TREES, parks, canteen)]
    page = analyze_page(typeset(arts, width=14))
    assert [plain(a) for a in page.articles] == [expected(a) for a in arts]


def test_an_item_opening_with_its_source_under_a_headline_that_comes_first() -> None:
    # 据…报道， opens a news item as its day does: the heading over it heads an item of its own
    bees = PlainArticle(
        headline="蜜蜂也会数数",
        paragraphs=[
            "据外电报道，欧洲一所大学的研究人员发现，蜜蜂能够分辨一到四个物体，还会按顺序找到花朵。"
            "研究人员在蜂箱旁放置了几组彩色卡片，训练后的蜜蜂能在第三张卡片停下取食。"
        ],
    )
    arts = [replace(a, headline_first=True) for a in (TREES, LIBRARY, bees)]
    page = analyze_page(typeset(arts, width=14))
    assert [plain(a) for a in page.articles] == [expected(a) for a in arts]


def test_a_headline_opening_with_a_code_is_no_edition_header() -> None:
    text = "G20峰会在青川开幕\n" + "\n".join(
        wrap("本报讯二十国集团领导人第二十次峰会今天在青川开幕，来自各国的代表出席了开幕式。", 14)
    )
    page = analyze_page(text + "\n")
    assert not page.furniture and page.articles[0].headline is not None


@pytest.mark.parametrize("heading", [False, True])
def test_a_paragraph_or_two_pasted_a_paragraph_a_line_are_text_not_a_headline(heading: bool) -> None:
    # one or two lines of sentences wider than any column: too few lines to tell a page of
    # paragraphs by, but no headline is that long
    paras = [TREES.paragraphs[1] + TREES.paragraphs[2], LIBRARY.paragraphs[0]]
    if heading:
        paras = paras[:1]
    lines = ([TREES.headline or ""] if heading else []) + paras
    page = analyze_page("\n".join(lines) + "\n")
    assert [b.text for a in page.articles for b in a.paragraphs] == paras
    assert [a.headline.text for a in page.articles if a.headline] == ([TREES.headline] if heading else [])


def test_an_essays_date_line_and_bracketed_note_stay_with_it() -> None:
    # an essay under its headline, then text under a headline printed after it: the text
    # between is cut where a paragraph ends the essay, and a note in square brackets ends one
    lines = ["春到青川看梅花"]
    lines += wrap(
        "青川的梅花开了。去年冬天雪下得大，梅花开得比往年晚了半个月，可开得格外精神，满山都是红的白的，"
        "看梅花的人从早到晚没有断过。",
        14,
    )
    lines += wrap("看了梅花，回家的路上我一直在想，梅花为什么偏偏在最冷的时候开呢？", 14)
    lines += ["2026年春于青川"]
    lines += wrap("［附记：作者的散文集《梅花开在青川》即将由青川出版社列入《青川作家丛书》出版］", 14)
    lines += wrap("滨江图书馆自三月一日起延长开放至晚上十点，首周接待读者一万二千人次，借阅量同比增长三成。", 14)
    lines += wrap("馆长刘海峰表示，图书馆下一步将增设少儿阅读专区。", 14)
    lines += ["滨江图书馆夜间开放首周迎客过万"]
    page = analyze_page(page_of(*lines))
    assert [a.headline.text if a.headline else None for a in page.articles] == [lines[0], lines[-1]]
    assert [b.text[:4] for b in page.articles[0].paragraphs] == ["青川的梅", "看了梅花", "2026", "［附记："]
    assert [b.text[:4] for b in page.articles[1].paragraphs] == ["滨江图书", "馆长刘海"]


#: An article pasted a paragraph a line before the one a test is about.
_MARKET = PlainArticle(
    headline="南湖早市搬进新大棚",
    paragraphs=["南湖街道的早市日前搬进了新建的大棚，两百多个摊位按蔬菜、水产、熟食分区经营。"],
)


def test_a_long_paragraph_pasted_on_its_line_is_text_whatever_it_ends_with() -> None:
    # text pasted a paragraph a line: a paragraph trailing off with an ellipsis ends as a
    # headline may, but no headline runs to sixty characters; the essay stays whole
    essay = PlainArticle(
        headline="青川的春天",
        paragraphs=[
            "三月的青川，江边的柳树抽出了新芽，滨江步道上放风筝的孩子多了起来。",
            "看着江边放风筝的孩子、步道上打太极的老人、推着婴儿车的年轻夫妇，心里涌起一种说不出的暖意，"
            "青川的春天就这样来了……",
            "傍晚回家，路过老城区的小巷，巷口的面馆又排起了长队。",
        ],
    )
    lines = [line for a in (_MARKET, essay) for line in [a.headline or "", *a.paragraphs]]
    page = analyze_page("\n".join(lines) + "\n")
    assert [a.headline.text if a.headline else None for a in page.articles] == [_MARKET.headline, essay.headline]
    assert [[b.text for b in a.paragraphs] for a in page.articles] == [_MARKET.paragraphs, essay.paragraphs]


@pytest.mark.parametrize(
    "last",
    [
        # clauses trailing off: of dev's 2,409 headlines and decks one ends so with a comma
        "看完展览走出大门，天已经黑了，江边的灯一盏盏亮起来……",
        # clauses closed by the writer's credit after the stop
        "希望有关部门尽快采取措施，保护好这片湿地！（青川李丽）",
    ],
)
def test_a_short_paragraph_pasted_on_its_line_is_text_where_no_headline_ends_so(last: str) -> None:
    letter = PlainArticle(
        headline="滨江湿地的候鸟",
        paragraphs=[
            "入冬以来，滨江湿地飞来了上千只候鸟，白鹭、野鸭在芦苇丛中觅食，吸引了不少市民前来观看。",
            "可是湿地边上的工地一直在施工，机器声从早响到晚，候鸟受到惊扰，有的已经飞走了。附近的居民说，"
            "往年这个时候，湿地里的候鸟比现在多得多。",
            last,
        ],
    )
    lines = [line for a in (_MARKET, letter) for line in [a.headline or "", *a.paragraphs]]
    page = analyze_page("\n".join(lines) + "\n")
    assert [a.headline.text if a.headline else None for a in page.articles] == [_MARKET.headline, letter.headline]
    assert [b.text for b in page.articles[1].paragraphs] == letter.paragraphs


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("这个冬天，我们期盼……", False),  # clauses trailing off: text (see the test above)
        ("我们期盼……", True),  # trailing off, with no clause before: a headline may
        ("这片湿地，请保护好！（李丽）", False),  # a writer's credit after the stop: text
        ("候鸟归来了！（图片）", True),  # a photo's headline closing with its mark
        ("本版读者热线：0839—", False),  # a number broken at the line's end: text running on
        ("茶农的心愿———", True),  # (a headline over its subtitle ends with a dash after words)
    ],
)
def test_headlines_that_end_as_text_rarely_does(line: str, heading: bool) -> None:
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit, _heading_like

    assert _heading_like(Unit(measure_lines(enumerate([line])))) is heading


def test_a_few_paragraphs_of_about_one_length_pasted_a_paragraph_a_line_stay_apart() -> None:
    # four paragraphs of 35 to 43 characters suggest a column that wide, which two of them
    # fill; but each closes its sentence, as no column's full lines mostly do
    paras = [
        "入冬以来，滨江湿地飞来了上千只候鸟，白鹭、野鸭在芦苇丛中觅食，吸引了不少市民前来观看。",
        "可是湿地边上的工地一直在施工，机器声从早响到晚，候鸟受到惊扰，有的已经飞走了。",
        "附近的居民说，往年这个时候，湿地里的候鸟比现在多得多，工地应当避开候鸟越冬的季节。",
        "希望有关部门尽快采取措施，保护好这片湿地，让候鸟年年都能回到青川过冬。",
    ]
    page = analyze_page("\n".join(["滨江湿地的候鸟", *paras]) + "\n")
    assert [b.text for a in page.articles for b in a.paragraphs] == paras


def test_a_long_headline_pasted_on_its_line_stays_a_headline() -> None:
    # the bound above is a headline's length: one of forty-odd characters, clauses and all,
    # still heads the text pasted under it
    headline = "青川召开全市生态建设大会，提出三年内新增绿地一千亩，建成滨江生态长廊和十条林荫步道"
    assert 40 < len(headline) <= pipeline._LONGEST_HEADING
    paras = [
        "本报讯青川市生态建设大会昨天召开，市长在会上作了工作报告。",
        "报告提出，今后三年全市将新增绿地一千亩，沿江建设生态长廊，并在老城区建成十条林荫步道。",
    ]
    market = ["南湖早市搬进新大棚", "南湖街道的早市日前搬进了新建的大棚。"]
    page = analyze_page("\n".join([*market, headline, *paras]) + "\n")
    assert [a.headline.text if a.headline else None for a in page.articles] == ["南湖早市搬进新大棚", headline]


def test_a_page_of_one_paragraph_a_line_is_read_as_such() -> None:
    # text exported or pasted rather than scanned: no column, a paragraph on each line
    text = "\n".join(
        [
            TREES.headline or "",
            (TREES.byline or "") + TREES.paragraphs[0],
            *TREES.paragraphs[1:],
            LIBRARY.headline or "",
            (LIBRARY.byline or "") + LIBRARY.paragraphs[0],
            *LIBRARY.paragraphs[1:],
        ]
    )
    page = analyze_page(text + "\n")
    assert [a.headline.text if a.headline else None for a in page.articles] == [TREES.headline, LIBRARY.headline]
    assert [[b.text for b in a.paragraphs] for a in page.articles] == [TREES.paragraphs, LIBRARY.paragraphs]
    assert [a.byline.text if a.byline else None for a in page.articles] == [
        "本报讯（青川新闻记者 林晓雨）",
        "新华社青川3月4日电（记者 周文）",
    ]


def test_headline_as_wide_as_the_column_between_two_articles_is_a_headline() -> None:
    # a headline about as wide as the column (13 cells in a column of 14) between a paragraph
    # that closed its sentence and the next article's first line: not running text cut off
    lanes = PlainArticle(
        headline="青川老城区背街小巷改造完工",
        paragraphs=[
            "历时八个月，青川老城区十二条背街小巷的改造工程全部完工，路面、管网和路灯焕然一新。",
            "居民王秀兰说，过去雨天出门一脚泥，如今巷子里铺上了青石板，晚上也亮堂了。",
        ],
    )
    market = PlainArticle(
        headline="南湖早市搬进新大棚",
        paragraphs=[
            "南湖街道的早市日前搬进了新建的大棚，两百多个摊位按蔬菜、水产、熟食分区经营。",
            "摊主们说，新大棚遮风挡雨，顾客比以前多了。",
        ],
    )
    page = analyze_page(typeset([lanes, market], width=14))
    assert [plain(a) for a in page.articles] == [expected(lanes), expected(market)]


def test_a_question_of_one_line_stays_a_paragraph_of_its_article() -> None:
    # 如何…呢？ fills the column with its mark hanging, between two paragraphs: a paragraph of
    # one line asking what the next one answers, not a headline
    canteen = PlainArticle(
        headline="社区食堂开到家门口",
        paragraphs=[
            "南湖街道第三家社区食堂正式营业，一份荤素搭配的午餐只要十二元。",
            "如何让社区老人吃得放心呢？",
            "街道党工委书记赵国栋介绍，食堂的食材每天由区里统一配送，菜价公示在门口。",
        ],
    )
    page = analyze_page(typeset([TREES, canteen], width=14))
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(canteen)]


def test_a_note_after_a_photo_credit_closes_its_paragraph() -> None:
    # …（新华社记者周文摄）（传真照片） ends the paragraph: the note follows a credit, not a title
    # (春天的信笺（二首）), so the next article's headline set under it is no line of it
    photo = PlainArticle(
        headline="滨江步道亮灯",
        paragraphs=[
            "滨江步道新装的景观灯昨晚首次点亮，市民沿江散步赏灯。这是游客在亲水平台拍照。（新华社记者周文摄）（传真照片）"
        ],
        headline_first=True,
    )
    lanes = PlainArticle(
        headline="青川老城区背街小巷改造完工",
        byline="本报讯（记者 林晓雨）",
        paragraphs=["历时八个月，青川老城区十二条背街小巷的改造工程全部完工，路面、管网和路灯焕然一新。"],
        headline_first=True,
    )
    page = analyze_page(typeset([photo, lanes], width=14))
    assert [a.headline.text if a.headline else None for a in page.articles] == [photo.headline, lanes.headline]
    assert plain(page.articles[1]) == expected(lanes)


@pytest.mark.parametrize("jump", ["（紧接第1版）", "（转A2）", "（上接A1）"])
def test_jump_lines_by_edition_code_are_furniture(jump: str) -> None:
    # (the jump set between two articles, where a part carried over ends or begins)
    page = analyze_page(typeset([TREES], width=14) + jump + "\n\n" + typeset([LIBRARY], width=14))
    assert [b.text for b in page.furniture] == [jump]
    assert [plain(a) for a in page.articles] == [expected(TREES), expected(LIBRARY)]


@pytest.mark.parametrize(
    "credit",
    [
        "□本报记者 王海 通讯员 李丽",  # as wide as a line of text, after a bullet
        "■ 记者 周文",
        "文/图 本报记者 林晓雨",
        "本报记者 王海",
    ],
)
def test_todays_byline_under_a_headline_stands_apart_with_its_spaces(credit: str) -> None:
    # papers set the byline on a line of its own under the headline; it may be as wide as the
    # text, follow a bullet, and space the names apart: it is no part of the first paragraph
    # and no list item, and keeps its spaces
    schools = PlainArticle(
        headline="滨江新区今年新增三所学校",
        subheadlines=[credit],
        paragraphs=[
            "今年秋季学期，滨江新区新建的三所中小学同时开学，新增学位四千二百个。",
            "区教育局局长刘红介绍，三所学校均按照省级标准配建了实验室和体育馆。",
        ],
        headline_first=True,
    )
    lifts = replace(CANTEEN, headline_first=True)
    page = analyze_page(typeset([schools, lifts], width=14))
    assert [plain(a) for a in page.articles] == [expected(schools), expected(lifts)]


def test_a_lead_ins_credit_broken_across_lines_is_no_byline_of_its_own() -> None:
    # 本报青川县3月2日讯新华社 / 记者周文、王海、本报记者林晓 / 雨报道：… the second line reads
    # like a byline set on its own, but the lead-in before it has not closed: it runs on
    lines = [
        "本报青川县3月2日讯新华社",
        "记者周文、王海、本报记者林晓",
        "雨报道：青川区今天召开春季植",
        "树造林动员会，区委书记张明远",
        "出席会议并讲话。",
        "青川区部署春季植树造林工作",
    ]
    page = analyze_page(page_of(*lines))
    (article,) = page.articles
    assert article.byline is not None
    assert article.byline.text == "本报青川县3月2日讯新华社记者周文、王海、本报记者林晓雨报道："
    assert [b.text for b in article.paragraphs] == ["青川区今天召开春季植树造林动员会，区委书记张明远出席会议并讲话。"]


def test_a_closing_credit_keeps_its_spaces_and_the_text_loses_stray_ones() -> None:
    canteen = PlainArticle(
        headline="社区食堂开到家门口",
        paragraphs=[
            "南湖街道第三家社区食堂正式营业，一份荤素搭配的午餐只要十二元。",
            "食堂每天供应三餐，并为行动不便的老人送餐上门。（本报记者 王海 通讯员 李丽）",
        ],
    )
    text = typeset([canteen], width=14).replace("十二元", "十二 元", 1)
    page = analyze_page(text)
    (article,) = page.articles
    assert [b.text for b in article.paragraphs] == [
        "南湖街道第三家社区食堂正式营业，一份荤素搭配的午餐只要十二元。",
        "食堂每天供应三餐，并为行动不便的老人送餐上门。（本报记者 王海 通讯员 李丽）",
    ]
    assert [n.code for n in page.notices] == ["stray-space"]


def test_a_heading_opening_text_after_an_article_closed_by_its_credit_is_its_headline() -> None:
    # headlines first: the article before closes with its writer's credit (…步道。（王海）), so
    # the text after the next heading starts a new article, and that heading is its headline,
    # not a section head of an article it does not belong to
    trees = replace(TREES, paragraphs=[*TREES.paragraphs[:-1], TREES.paragraphs[-1] + "（王海）"], headline_first=True)
    market = PlainArticle(
        headline="南湖早市搬进新大棚",
        paragraphs=[
            "南湖早市搬进了新建的大棚，两百多个摊位按蔬菜、水产、熟食分区经营。",
            "摊主们说，新大棚遮风挡雨，来买菜的市民比以前多了。",
        ],
        headline_first=True,
    )
    lanes = PlainArticle(
        headline="老城区背街小巷改造完工",
        paragraphs=["青川老城区十二条背街小巷的改造工程全部完工，路面、管网和路灯焕然一新。"],
        headline_first=True,
    )
    page = analyze_page(typeset([trees, market, lanes], width=14))
    assert [plain(a) for a in page.articles] == [expected(trees), expected(market), expected(lanes)]


def test_a_photos_headline_after_an_article_heads_the_photo_not_a_section() -> None:
    # 滨江步道亮灯（图片） between two paragraphs names a photo of its own: no section head of
    # the article above it, though it shares no words with it and all with the text under it
    lanes = PlainArticle(
        headline="老城区背街小巷改造完工",
        paragraphs=[
            "青川老城区十二条背街小巷的改造工程全部完工，路面、管网和路灯焕然一新。",
            "居民们说，巷子里铺上了青石板，晚上也亮堂了。",
        ],
        headline_first=True,
    )
    photo = PlainArticle(
        headline="滨江步道亮灯（图片）",
        paragraphs=["滨江步道新装的景观灯昨晚首次点亮，市民沿江散步赏灯，步道两旁灯光璀璨。"],
        headline_first=True,
    )
    market = replace(CANTEEN, headline_first=True)
    page = analyze_page(typeset([lanes, photo, market], width=14))
    assert [a.headline.text if a.headline else None for a in page.articles] == [
        lanes.headline,
        photo.headline,
        market.headline,
    ]
    assert plain(page.articles[0]) == expected(lanes)


@pytest.mark.parametrize(
    "lead", ["〔記者林曉雨／青川報導〕", "【記者林曉雨／青川報導】", "記者林曉雨／青川報導", "【本報訊】"]
)
def test_datelines_of_papers_in_traditional_characters_open_an_article(lead: str) -> None:
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    first = replace(TREES, byline=None)
    second = PlainArticle(
        headline=to_traditional("滨江图书馆夜间开放"),
        byline=lead,
        paragraphs=[to_traditional(p) for p in LIBRARY.paragraphs],
    )
    page = analyze_page(to_traditional(typeset([first], width=14)) + typeset([second], width=14))
    assert len(page.articles) == 2
    assert page.articles[1].byline is not None
    assert page.articles[1].byline.text == lead
    assert plain(page.articles[1]) == expected(second)


def test_a_headline_as_wide_as_the_column_at_the_top_of_the_page_is_a_headline() -> None:
    # the page's first line, 13 cells in a column of 14 and followed by a paragraph's first
    # line, heads the page's first article (a line of text cut off would run on into the next)
    trees = PlainArticle(
        headline="青川区部署春季植树造林工作",
        paragraphs=[
            "3月2日，青川区召开春季植树造林动员会。区委书记张明远出席会议并讲话。",
            "张明远指出，植树造林是惠及子孙的长远工程，各街道要把任务落实到山头地块。",
        ],
        headline_first=True,
    )
    page = analyze_page(typeset([trees, replace(CANTEEN, headline_first=True)], width=14))
    assert [plain(a) for a in page.articles] == [expected(trees), expected(replace(CANTEEN, headline_first=True))]


def test_a_headline_broken_inside_its_brackets_is_one_headline() -> None:
    # a headline set across the columns, broken inside its brackets: the short line closing
    # them is the rest of the headline, not a line of text (nor the next article's headline)
    lines = [
        *wrap("青川区今年新增绿地三百亩，在滨江公园等地建设了十条林荫步道。（新华社青川3月5日电）", 14),
        "青川区第一次农业普查结果公报（农村人口和农业机",
        "械）",
        *wrap("本报讯（记者 林晓雨）青川区今天公布第一次农业普查的结果，全区农村人口十二万。", 14),
    ]
    page = analyze_page(page_of(*lines))
    heads = [a.headline.text if a.headline else None for a in page.articles]
    assert heads == [None, "青川区第一次农业普查结果公报（农村人口和农业机械）"]  # (it speaks of the census)
    assert [b.text for b in page.articles[1].paragraphs] == ["青川区今天公布第一次农业普查的结果，全区农村人口十二万。"]


def test_a_credit_naming_a_paper_is_no_dispatch() -> None:
    # 本报记者王海《青川电力报》 names the reporter's paper: its 电 is no dispatch's 本报…电, and
    # the line is a credit under the headline, not a byline cut off inside the title
    lines = [
        "农村电价为何偏高",
        "本报记者王海《青川电力报》",
        "记者周文",
        *wrap("编者按：近年来，本报不断收到农村读者的来信，反映照明电价过高的问题。", 14),
        *wrap("记者走访了青川区的五个村，发现电价偏高的原因主要在于管理环节过多。", 14),
    ]
    (article,) = analyze_page(page_of(*lines)).articles
    assert article.byline is None
    assert [b.text for b in article.of_role("subheadline")] == ["本报记者王海《青川电力报》", "记者周文"]
    assert len(article.paragraphs) == 2


def test_a_poems_title_and_author_set_after_it_close_it() -> None:
    # verse lines, then the poem's title and its author (the title after the poem, as OCR
    # gives it): the title heads the poem, the name is its writer's, the verse its text
    trees = PlainArticle(
        headline="青川区部署春季植树造林工作",
        byline="本报讯（青川新闻记者 林晓雨）",
        paragraphs=["3月2日，青川区召开春季植树造林动员会。区委书记张明远出席会议并讲话。"],
        headline_first=True,
    )
    verse = ["江水向东流", "流过古老的桥", "桥下的船", "载着长流的梦", "梦落在田里", "长出一片新绿"]
    canteen = replace(CANTEEN, headline_first=True)
    text = typeset([trees], width=14) + page_of(*verse, "江水长流", "周文") + typeset([canteen], width=14)
    page = analyze_page(text)
    assert [a.headline.text if a.headline else None for a in page.articles] == [
        trees.headline,
        "江水长流",
        canteen.headline,
    ]
    poem = page.articles[1]
    assert [b.text for b in poem.of_role("subheadline")] == ["周文"]
    assert [b.text for b in poem.paragraphs] == verse
    assert [plain(a) for a in (page.articles[0], page.articles[2])] == [expected(trees), expected(canteen)]


def test_a_poem_after_an_article_leaves_it_its_headline() -> None:
    # headlines after their articles: the headline closing the article before a poem shares that
    # article's words, so it is no first line of the poem's verse
    verse = ["江水向东流", "流过古老的桥", "桥下的船", "载着长流的梦", "梦落在田里", "长出一片新绿"]
    text = typeset([TREES], width=14) + page_of(*verse, "江水长流", "周文") + typeset([CANTEEN], width=14)
    page = analyze_page(text)
    assert [a.headline.text if a.headline else None for a in page.articles] == [
        TREES.headline,
        "江水长流",
        CANTEEN.headline,
    ]
    assert plain(page.articles[0]) == expected(TREES)
    assert [b.text for b in page.articles[1].paragraphs] == verse


@pytest.mark.parametrize(
    ("closed", "headline", "text"),
    [
        # …林荫步道。（王海）: the writer's credit closes the article before
        (
            "青川区今年新增绿地三百亩，在滨江公园等地建设了十条林荫步道。（王海）",
            "南湖早市搬进新大棚",
            [
                "南湖早市搬进了新建的大棚，两百多个摊位按蔬菜、水产、熟食分区经营。",
                "摊主们说，新大棚遮风挡雨，来买菜的市民比以前多了。",
            ],
        ),
        # …摘要。———编者: the editors sign their introduction after a dash
        (
            "新的一年，青川的农业怎样发展？我们请几位专家谈了看法。下面刊出的是他们的发言摘要。———编者",
            "青川农业新年新思路",
            [
                "青川农业今年要在稳粮的基础上发展特色种养，让农民的钱袋子鼓起来。",
                "专家建议，青川农业要抓住电商的机会，把山里的好东西卖出去。",
            ],
        ),
    ],
)
def test_a_heading_after_a_text_its_writer_closed_is_no_section_head(
    closed: str, headline: str, text: list[str]
) -> None:
    # a text closed by its writer's credit or signature has ended: the heading after it, though
    # it shares its words with what follows, heads that text, not a section of the one before
    brief = PlainArticle(headline=None, paragraphs=[closed])
    after = PlainArticle(headline=headline, paragraphs=text, headline_first=True)
    page = analyze_page(typeset([brief, after], width=14))
    assert [plain(a) for a in page.articles] == [expected(brief), expected(after)]


def test_an_editors_note_opens_a_paragraph() -> None:
    # 编者的话： opens the note, whatever the width of the line before it (a headline closing
    # the article before, set after it): the headline is no first line of the note
    note = PlainArticle(
        headline=None,
        paragraphs=["编者的话：", "这组照片里的老人们笑容灿烂，说明了这一年滨江的变化。"],
    )
    canteen = replace(CANTEEN, headline="南湖社区食堂开到家门口")  # (as wide as a first line)
    page = analyze_page(typeset([canteen, note], width=14))
    assert [plain(a) for a in page.articles] == [expected(canteen), expected(note)]


def test_a_headline_after_a_photos_credit_is_no_wrapped_section_head() -> None:
    # a caption closed by its credit, then a headline filling the column and a pen name under
    # it: the caption has ended, so the headline is no section head wrapped inside a text
    lines = [
        *wrap("滨江步道新装的景观灯昨晚首次点亮，市民沿江散步赏灯，步道两旁灯光璀璨。（周文摄）", 14),
        "婴幼儿奶粉抽查：合格率九成",
        "青文",
        *wrap("市场监管局日前公布婴幼儿奶粉抽查结果，二十个批次中十八个批次合格。", 14),
        *wrap("不合格的两个批次已全部下架，生产企业正在整改。", 14),
    ]
    page = analyze_page(page_of(*lines))
    heads = [a.headline.text if a.headline else None for a in page.articles]
    assert "婴幼儿奶粉抽查：合格率九成" in heads
    article = page.articles[heads.index("婴幼儿奶粉抽查：合格率九成")]
    assert [b.text for b in article.paragraphs] == [
        "市场监管局日前公布婴幼儿奶粉抽查结果，二十个批次中十八个批次合格。",
        "不合格的两个批次已全部下架，生产企业正在整改。",
    ]


def test_a_photos_headline_under_its_label_is_no_list_item() -> None:
    # 图片： then the photo's headline, its photographer and its caption: the headline is no item
    # of a list the colon introduces (numbered pictures or pictures credited one by one are)
    walk = PlainArticle(
        headline=None,
        paragraphs=[
            "滨江步道新装的景观灯昨晚首次点亮，夜色中的步道成了市民散步的好去处。",
            "沿江两公里的步道上，每隔五十米就有一盏灯，灯光映在江面上。",
            "图片：",
        ],
    )
    text = typeset([walk], width=14) + page_of(
        "滨江步道夜色美", "本报记者周文", *wrap("图为市民在滨江步道散步赏灯。（周文摄）", 14)
    )
    page = analyze_page(text + typeset([CANTEEN], width=14))
    first = page.articles[0]
    assert first.headline is not None and first.headline.text == "滨江步道夜色美"
    assert [b.text for b in first.paragraphs] == walk.paragraphs
    assert [b.text for b in first.of_role("caption")] == ["图为市民在滨江步道散步赏灯。（周文摄）"]


def test_bullet_points_under_a_headline_are_its_deck() -> None:
    # ●… lines set under the headline sum the story up: sub-headlines over the lead-in, not
    # list items of a text of their own
    trees = PlainArticle(
        headline="青川区部署春季植树造林工作",
        subheadlines=["●今年新增绿地三百亩", "●建设十条林荫步道"],
        byline="本报讯（青川新闻记者 林晓雨）",
        paragraphs=list(TREES.paragraphs),
        headline_first=True,
    )
    page = analyze_page(typeset([trees, replace(CANTEEN, headline_first=True)], width=14))
    assert plain(page.articles[0]) == expected(trees)


@pytest.mark.parametrize("first", [False, True])
def test_an_editors_credit_inside_the_page_is_no_headline(first: bool) -> None:
    # 责任编辑：王海 set after an article, mid-page (not the page's head or foot, where it is
    # furniture): it closes that article, as text after its last paragraph or under its
    # headline set after it; it is no headline, nor an article of its own
    arts = [replace(a, headline_first=first) for a in (CANTEEN, TREES, LIBRARY)]
    text = typeset(arts[:1], width=14) + page_of("责任编辑：王海") + typeset(arts[1:], width=14)
    page = analyze_page(text)
    assert [a.headline.text if a.headline else None for a in page.articles] == [a.headline for a in arts]
    assert "责任编辑：王海" in [b.text for b in page.articles[0].blocks]


def test_a_reporters_credit_under_a_full_headline_is_no_tail_of_it() -> None:
    # a headline filling the column with a reporter's credit under it, between two texts: the
    # credit is no short tail of a section head broken at the column's edge (a writer's name is
    # none either); the headline and the credit head the text that follows
    lines = [
        *wrap("青川区今年新增绿地三百亩，在滨江公园等地建设了十条林荫步道，市民散步有了好去处。", 14),
        "滨江步道夜色美——记者夜访新步道",
        "新华社记者周文",
        *wrap("滨江步道新装的景观灯昨晚首次点亮，沿江两公里的步道上，每隔五十米就有一盏灯。", 14),
        *wrap("市民们说，晚饭后来步道散步，已经成了新习惯。", 14),
    ]
    page = analyze_page(page_of(*lines))
    heads = [a.headline.text if a.headline else None for a in page.articles]
    assert "滨江步道夜色美——记者夜访新步道" in heads
    article = page.articles[heads.index("滨江步道夜色美——记者夜访新步道")]
    assert [b.text for b in article.of_role("subheadline")] == ["新华社记者周文"]


def test_a_section_head_stopping_inside_its_phrase_runs_on_into_a_name() -> None:
    # a section head broken at the column's edge after a conjunction (…兴起与 / 王海): the name
    # on the next line ends its phrase, no writer's credit under a new article's headline
    lines = [
        *wrap(
            "王海是青川区石门村的党支部书记，村里人都叫他老王。十年前，石门村还是全区有名的穷村，"
            "山上只有荒草和乱石，年轻人都到城里打工去了。",
            14,
        ),
        *wrap("老王说，那时候村里连一条像样的路都没有，山里的东西运不出去，外面的人也不愿意进来。", 14),
        "十年来一片荒山茶园的兴起与",
        "王海",
        *wrap(
            "老王带着村民上山开荒，第一年种下茶苗三百亩，没想到一场大旱旱死了一半，"
            "村里有人说风凉话，他一声不吭，第二年又补种了五百亩。",
            14,
        ),
        *wrap("如今，石门村的茶园已有两千亩，村里修了路，建了茶厂，村民人均收入翻了两番。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert len(page.articles) == 1
    assert "十年来一片荒山茶园的兴起与王海" in [b.text for b in page.articles[0].paragraphs]


def test_a_line_of_chinese_three_cells_short_is_no_paragraphs_first_line() -> None:
    # a paragraph's first line is two cells short of the column (its indent lost); a line of
    # Chinese characters three cells short is a line of its own: here the writer's institute
    # under a headline set after its article, over the next article's headline
    lines = [
        *wrap(
            "青川区今年推广秸秆还田技术五万亩，全区耕地有机质含量比三年前提高了一成，"
            "农民种地少用化肥，粮食亩产反而增加了。",
            14,
        ),
        *wrap("区农业部门介绍，明年将在全区推广这项技术，并为农户免费提供还田机械。", 14),
        "秸秆还田的几点做法",
        "青川区农业技术推广中心",
        "谈“把小事办好”",
        "本报评论员",
        *wrap("为群众办事，大事要办好，小事也要办好，小事办不好，群众就不会满意，大事也难办成。", 14),
        *wrap("老街的一盏路灯、小区的一段台阶，都是群众天天碰到的事，办好了，群众心里就亮堂。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert [a.headline.text if a.headline else None for a in page.articles] == ["秸秆还田的几点做法", "谈“把小事办好”"]
    assert [b.text for b in page.articles[0].of_role("subheadline")] == ["青川区农业技术推广中心"]


@pytest.mark.parametrize("mark", ["“", "《", "（"])
def test_a_first_line_a_cell_short_before_an_opening_mark_is_a_first_line(mark: str) -> None:
    # no line ends with an opening quote or bracket: the line before it may end a cell early,
    # and a paragraph's first line then is three cells short; it still opens its paragraph
    close = {"“": "”", "《": "》", "（": "）"}[mark]
    first = "区长王海在会上强调说：" + mark + "今年全区要新建"
    para = first + "十所幼儿园" + close + "。他还说，幼儿园建在哪里，要听群众的意见。"
    lines = wrap(para, 14)
    assert lines[0] == first[:11] and lines[1].startswith(mark)
    text = page_of(
        *wrap("青川区昨天召开教育工作会议，部署今年的学前教育工作，全区各镇的负责人参加了会议。", 14), *lines
    )
    page = analyze_page(text)
    assert [b.text for b in page.articles[0].paragraphs][-1] == para


def test_text_between_two_headlines_parts_where_each_headlines_words_recur() -> None:
    # a headline set over its article and the next article's set under it: the text between is
    # parted where each headline's words fall on its side. Both articles speak of tea (茶园,
    # 茶叶, 海外 in both): the words count for how often they recur on each side, not only
    # whether they occur there at all
    tea = PlainArticle(
        headline="青川茶园喜获丰收",
        paragraphs=[
            "今年青川的茶园喜获丰收，春茶产量比去年增加了三成，茶农们忙着采茶、制茶。",
            "茶园里的老茶农说，今年雨水足，茶园又施了有机肥，丰收是意料之中的事，"
            "只是茶叶价格还没定下来，海外的订单也还在谈。",
        ],
        headline_first=True,
    )
    export = PlainArticle(
        headline="青川茶叶远销海外",
        paragraphs=[
            "春茶丰收之后，高山茶园的茶叶有了新去处：青川茶叶今年首次打进海外市场，"
            "第一批茶叶已经装船，海外客商还订了第二批。",
            "区商务局介绍，这批茶叶远销欧洲，海外客商看中的是它的品质。",
            "明年，青川的茶叶出口有望达到一百吨，海外市场将成为茶农增收的新渠道。",
        ],
    )
    page = analyze_page(typeset([tea, export], width=14))
    assert [plain(a) for a in page.articles] == [expected(tea), expected(export)]


def test_a_heading_inside_text_headed_at_the_pages_top_is_a_section_head() -> None:
    # the page opens with a headline over its article's lead-in: that text has its headline, so
    # a heading inside it sharing more of its words with the text before it than after it is a
    # section head, not the closing headline of the text before it
    lines = [
        "青川老城换新颜",
        "本报讯（青川新闻记者 王海）",
        *wrap("去年以来，青川区对老城区的背街小巷进行了全面改造，三十多条老街巷铺上了青石板，装上了路灯。", 14),
        *wrap("改造前，老街巷路面坑洼不平，下雨天积水没过脚面，居民出门很不方便。", 14),
        "老街巷铺上青石板",
        *wrap("住在南街的李大爷今年七十多岁了，他说，现在晚上出门散步，心里踏实多了。", 14),
        *wrap("区住建局介绍，明年还将改造二十条，争取三年内全部完成。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert [a.headline.text if a.headline else None for a in page.articles] == ["青川老城换新颜"]
    assert "老街巷铺上青石板" in [b.text for b in page.articles[0].paragraphs]


KINDERGARTENS = [
    "青川区新建十所幼儿园",
    "本报讯（青川新闻记者 王海）",
    *wrap("青川区今年将新建幼儿园十所，新增学位三千个，基本解决城区孩子入园难的问题。", 14),
    *wrap("区教育局介绍，新建的幼儿园全部是公办园，收费标准和现有公办园一样。", 14),
]


def test_numbered_pictures_before_a_photo_head_belong_to_its_group() -> None:
    # a group of photos under the standing head 图片新闻, its captions numbered: OCR set the
    # head after the second picture's caption, which closes the article before it
    lines = [
        *KINDERGARTENS,
        *wrap("2、青川区滨江公园的樱花开了，游人如织。图为市民在樱花树下拍照。（新华社发）", 14, indent=0),
        "图片新闻",
        *wrap("1、青川区石门村的茶农正在采摘春茶。（周文摄）", 14, indent=0),
        *wrap("3、青川老城区的背街小巷铺上了青石板。（林晓雨摄）", 14, indent=0),
    ]
    page = analyze_page(page_of(*lines))
    assert [a.headline.text if a.headline else None for a in page.articles] == ["青川区新建十所幼儿园", "图片新闻"]
    assert all(not b.text.startswith("2、") for b in page.articles[0].blocks)
    assert [b.text[:2] for b in page.articles[1].blocks[1:]] == ["2、", "1、", "3、"]


@pytest.mark.parametrize(
    "items",
    [
        # the article's own pictures, numbered as the group's are: 1、 twice
        ["1、图为新建的滨江幼儿园，园内有十二间教室。", "2、图为孩子们在新教室里做游戏，老师在一旁指导。"],
        # an item that reads as no photo's caption (no 图为, no credit)
        ["2、幼儿园全部是公办园，收费标准和现有公办园一样。"],
    ],
)
def test_an_articles_own_numbered_items_stay_before_a_photo_head(items: list[str]) -> None:
    wrapped = [line for item in items for line in wrap(item, 14)]
    lines = [*KINDERGARTENS, *wrapped, "图片新闻", *wrap("1、青川区石门村的茶农正在采摘春茶。（周文摄）", 14, indent=0)]
    page = analyze_page(page_of(*lines))
    assert [b.text for b in page.articles[0].paragraphs][-len(items) :] == items


def test_numbered_pictures_under_a_headline_set_after_its_article_join_the_photo_group() -> None:
    # the headline set after its article, and under it the second picture of the photo group
    # that follows: it is the group's, not that article's caption
    photos = page_of(
        *wrap("2、青川区滨江公园的樱花开了，游人如织。（新华社发）", 14, indent=0),
        "图片新闻",
        *wrap("1、青川区石门村的茶农正在采摘春茶。（周文摄）", 14, indent=0),
    )
    trees = replace(TREES, headline="青川植树三百亩")
    page = analyze_page(typeset([trees], width=14) + photos)
    assert [a.headline.text if a.headline else None for a in page.articles] == [trees.headline, "图片新闻"]
    assert [b.text[:2] for b in page.articles[1].blocks[1:]] == ["2、", "1、"]


def test_a_photo_groups_numbered_captions_stay_before_a_single_photo() -> None:
    # 图片新闻 over pictures 1 and 2, then a photo of its own (…（图片）) with a caption unnumbered:
    # the numbered captions stay in their group
    lines = [
        *KINDERGARTENS,
        "图片新闻",
        *wrap("1、青川区石门村的茶农正在采摘春茶。（周文摄）", 14, indent=0),
        *wrap("2、青川老城区的背街小巷铺上了青石板。（林晓雨摄）", 14, indent=0),
        "滨江樱花开（图片）",
        *wrap("青川区滨江公园的樱花开了，游人如织。（王海摄）", 14, indent=0),
    ]
    page = analyze_page(page_of(*lines))
    group = next(a for a in page.articles if a.headline is not None and a.headline.text == "图片新闻")
    assert [b.text[:2] for b in group.of_role("caption")] == ["1、", "2、"]


def test_text_between_two_headlines_parts_where_its_subject_changes() -> None:
    # the headlines' words settle no break between the tea farmers' text and the runners'
    # (the tea headline's words end in its first paragraph, the runners' start in their second):
    # the text is parted where the words change
    tea = PlainArticle(
        headline="青川茶农的春天",
        paragraphs=[
            "清明前后，青川的茶农迎来了一年里最忙的春天，山上山下到处是采茶人。",
            "石门村的茶园有两千亩，今年的春茶芽头饱满，采下的鲜叶当天就送进茶厂，炒茶师傅要忙到深夜。",
            "茶厂厂长说，今年的明前茶每斤卖到八百元，比去年高了一成，茶叶还没下山就被客商订走了。",
        ],
        headline_first=True,
    )
    runners = PlainArticle(
        headline="滨江夜跑的年轻人",
        paragraphs=[
            "每天晚上八点以后，江边的步道上就热闹起来，三五成群的跑步爱好者沿着江岸慢跑，一跑就是十公里。",
            "在滨江夜跑的多是年轻人，他们白天上班，晚上约上朋友出来跑一跑，说是既锻炼了身体，又认识了新朋友。",
            "区体育局说，下个月将在滨江步道举办第一届夜跑节，欢迎年轻人报名参加。",
        ],
    )
    page = analyze_page(typeset([tea, runners], width=14))
    assert [plain(a) for a in page.articles] == [expected(tea), expected(runners)]


def test_the_writers_name_under_a_headline_says_nothing_of_where_its_text_ends() -> None:
    # the tea headline's writer, 本报记者王海, shares 本报 and 记者 with the runners' first
    # paragraph (本报记者连续几个晚上…): the words of a name fall anywhere, and move no cut
    tea = PlainArticle(
        headline="青川茶农的春天",
        subheadlines=["本报记者王海"],
        paragraphs=[
            "清明前后，青川的茶农迎来了一年里最忙的春天，山上山下到处是采茶人。",
            "石门村的茶园有两千亩，今年的春茶芽头饱满，采下的鲜叶当天就送进茶厂，炒茶师傅要忙到深夜。",
        ],
        headline_first=True,
    )
    runners = PlainArticle(
        headline="滨江夜跑的年轻人",
        paragraphs=[
            "本报记者连续几个晚上来到江边，看到步道上三五成群的人沿着江岸慢跑，记者也跟着跑了一圈。",
            "在滨江夜跑的多是年轻人，他们白天上班，晚上约上朋友出来跑一跑，说是既锻炼了身体，又认识了新朋友。",
        ],
    )
    page = analyze_page(typeset([tea, runners], width=14))
    assert [plain(a) for a in page.articles] == [expected(tea), expected(runners)]


@pytest.mark.parametrize("first", [True, False])
def test_the_day_of_a_speech_under_its_title_is_a_subheadline(first: bool) -> None:
    # a speech's title with the day it was given in brackets on the line under it: the date is
    # part of the heading group, whether the title stands over its text or after it
    speech = PlainArticle(
        headline="在青川区第三届人民代表大会上的讲话",
        subheadlines=["（二〇二六年三月五日）"],
        paragraphs=[
            "各位代表：过去一年，全区上下齐心协力，经济社会发展取得了新的成绩。",
            "今年是全面完成规划目标的关键一年，我们要把群众最关心的事情办好，让发展的成果惠及每一个人。",
        ],
        headline_first=first,
    )
    page = analyze_page(typeset([speech, TREES], width=14))
    assert plain(page.articles[0]) == expected(speech)


def test_a_photo_group_keeps_its_numbered_captions_before_another_group() -> None:
    # two photo groups one after the other, numbered on: each keeps its own pictures
    lines = [
        *KINDERGARTENS,
        "图片新闻",
        *wrap("1、青川区石门村的茶农正在采摘春茶。（周文摄）", 14, indent=0),
        *wrap("2、青川老城区的背街小巷铺上了青石板。（林晓雨摄）", 14, indent=0),
        "图片新闻",
        *wrap("3、青川区滨江公园的樱花开了，游人如织。（王海摄）", 14, indent=0),
    ]
    page = analyze_page(page_of(*lines))
    groups = [a for a in page.articles if a.headline is not None and a.headline.text == "图片新闻"]
    assert [[b.text[:2] for b in g.blocks[1:]] for g in groups] == [["1、", "2、"], ["3、"]]


TREES_TEXT = [
    *wrap("青川区今年春季植树三百亩，在滨江公园等地建设了十条林荫步道，新栽的树苗成活率达到九成。", 14),
    *wrap("区林业局介绍，秋季还将补植一批树苗，并请市民认养。", 14),
]
VISITS_TEXT = [
    *wrap("元旦前夕，南湖街道的干部带着米面和棉被，走进困难家庭，给老人们送去节日的问候。", 14),
    *wrap("八十岁的李大娘拉着干部的手说，每年这个时候，你们都来看我。", 14),
]


def test_a_heading_signed_by_its_writer_under_another_headline_heads_the_next_text() -> None:
    # the headline closing the article before, then a heading with its writer's name under it
    # that speaks of neither text's words: the signed heading heads the text after it, not a
    # deck of the headline above
    page = analyze_page(page_of(*TREES_TEXT, "青川区春季植树三百亩", "真情暖人心", "本报记者王海", *VISITS_TEXT))
    heads = [
        (a.headline.text if a.headline else None, [b.text for b in a.of_role("subheadline")]) for a in page.articles
    ]
    assert heads == [("青川区春季植树三百亩", []), ("真情暖人心", ["本报记者王海"])]


def test_a_signed_heading_sharing_as_many_words_with_the_text_after_heads_it() -> None:
    # the signed heading (小巷里的新邻居 / 王海) shares one word pair with the text before it
    # (小巷) and one with the text after it (邻居): it speaks of the text after no less than of
    # the one before, so it heads the text after rather than hang on the headline above
    page = analyze_page(
        page_of(
            "  滨江公园照明改造日前完工，",
            "新装路灯二百盏，连老城的小巷",
            "也亮了，市民傍晚散步更加安全。",
            "夜间照明添新景",
            "小巷里的新邻居",
            "王海",
            "  东街社区今年搬来一批年轻",
            "住户，他们和老住户结成对子，",
            "常常上门看望独居老人，成了老",
            "人们信得过的好邻居。",
        )
    )
    heads = [
        (a.headline.text if a.headline else None, [b.text for b in a.of_role("subheadline")]) for a in page.articles
    ]
    assert heads == [("夜间照明添新景", []), ("小巷里的新邻居", ["王海"])]


def test_a_deck_signed_by_the_writer_stays_under_its_headline() -> None:
    # the deck under the headline speaks of the text before it (滨江公园, 林荫步道): headline,
    # deck and writer close that text
    page = analyze_page(
        page_of(*TREES_TEXT, "青川区春季植树三百亩", "滨江公园新添十条林荫步道", "本报记者王海", *VISITS_TEXT)
    )
    first = page.articles[0]
    assert first.headline is not None and first.headline.text == "青川区春季植树三百亩"
    assert [b.text for b in first.of_role("subheadline")] == ["滨江公园新添十条林荫步道", "本报记者王海"]


def as_ocr(a: PlainArticle, table: dict[int, str]) -> PlainArticle:
    """``a`` with its text as OCR gave it: each character put through ``table``."""
    return PlainArticle(
        a.headline.translate(table) if a.headline else None,
        [s.translate(table) for s in a.subheadlines],
        a.byline.translate(table) if a.byline else None,
        [p.translate(table) for p in a.paragraphs],
        [c.translate(table) for c in a.captions],
    )


#: OCR's ASCII marks for the full-width ones of a Chinese text.
_ASCII = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"})


@pytest.mark.parametrize("width", [12, 14])
def test_ascii_marks_for_full_width_ones_are_read_as_printed(width: int) -> None:
    # the page was set with full-width marks, a cell each; OCR gave ASCII ones: the page is
    # read as printed (same articles and paragraphs), and its text keeps the characters OCR gave
    text = typeset([TREES, LIBRARY, CANTEEN], width=width)
    printed = rebuilt(text)
    got = rebuilt(text.translate(_ASCII))
    assert got == [as_ocr(a, _ASCII) for a in printed]


def test_ascii_marks_of_numbers_stay_narrow() -> None:
    # between digits and letters, or before a number, the mark is the narrow one as printed
    assert not pipeline._ascii_for_wide("增长1.5%，10:30开会，(1)第一条，Apple Inc., 3,000")
    assert not pipeline._ascii_for_wide("一九九六.四.五")
    assert pipeline._ascii_for_wide("青川区今天召开大会.")
    lines = [(0, "青川区今天召开植树造林大会,"), (1, "(记者王海)区长说:好!"), (2, "增长1.5%,10:30开会.")]
    reading = pipeline._reading(lines, [t for _, t in lines])
    assert reading is not None
    assert reading[1] == ["青川区今天召开植树造林大会，", "（记者王海）区长说：好！", "增长1.5%，10:30开会。"]


#: OCR's full-width digits for the narrow ones of the print.
_FULL_DIGITS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"})
PARKS = PlainArticle(
    headline="青川区2026年新建口袋公园20个",
    byline="本报讯（青川新闻记者 林晓雨）",
    paragraphs=[
        "青川区2026年将新建口袋公园20个，总面积约3.5万平方米，其中12个在老城区，8个在滨江新区。",
        "区园林局介绍，2025年全区已建成口袋公园16个，市民步行15分钟内可达的公园覆盖率达到87%。",
        "今年的20个公园预计在10月底前全部完工，每个公园都将设置健身器材和儿童游乐设施。",
    ],
)


@pytest.mark.parametrize("width", [12, 14])
def test_full_width_digits_for_narrow_ones_are_read_as_printed(width: int) -> None:
    # the page was set with narrow digits; OCR gave full-width ones, which would overrun the
    # column at a cell each: the page is read as printed, its text as OCR gave it
    text = typeset([PARKS, TREES, CANTEEN], width=width)
    printed = rebuilt(text)
    got = rebuilt(text.translate(_FULL_DIGITS))
    assert got == [as_ocr(a, _FULL_DIGITS) for a in printed]


def test_full_width_digits_printed_so_stay_a_cell_each() -> None:
    # a page set with full-width digits fills its column with them at a cell each
    wide = PlainArticle(
        headline=PARKS.headline,
        byline=PARKS.byline,
        paragraphs=[p.translate(_FULL_DIGITS) for p in PARKS.paragraphs],
    )
    lines = typeset([wide, TREES, CANTEEN], width=14).split("\n")
    assert not pipeline._set_narrow(lines)
    assert pipeline._set_narrow(typeset([PARKS, TREES, CANTEEN], width=14).translate(_FULL_DIGITS).split("\n"))


def test_straight_quotes_are_turned_as_print_sets_them() -> None:
    # OCR's straight quotes for the quotation marks of Chinese text: the reading turns them
    # (before a mark a quote closes; after a colon or comma, before a Chinese character, it
    # opens; else it turns the other way from the one before), and the text keeps what OCR gave
    assert (
        pipeline._curled('他说:"明年还要建。"区长说:"好"，"三好学生"。')
        == "他说:“明年还要建。”区长说:“好”，“三好学生”。"
    )
    assert pipeline._curled('He said "yes" today') == 'He said "yes" today'
    # the opening quote that would end a paragraph's first line was carried to the next line
    # (…集中强调了 / “民生优先…): read as “, the line runs on; read as a mere ", it stood alone
    speech = PlainArticle(
        headline="区长谈今年的民生实事",
        byline="本报讯（青川新闻记者 林晓雨）",
        paragraphs=[
            "青川区人大第三次会议今天开幕，区长王海作政府工作报告。",
            "王海在报告中集中强调了“民生优先，项目为民”的工作思路，要求各部门把实事办好。",
            "代表们说，这些实事件件都说到了群众的心坎上。",
        ],
    )
    text = typeset([speech, TREES], width=14)
    straight = str.maketrans({"“": '"', "”": '"'})
    printed = rebuilt(text)
    got = rebuilt(text.translate(straight))
    assert [a.paragraphs for a in got] == [[p.translate(straight) for p in a.paragraphs] for a in printed]


def test_stray_leading_spaces_inside_running_text_mark_nothing() -> None:
    # OCR put a space before two lines in the middle of paragraphs: on a page whose spaces fall
    # so, they mark no paragraph's or article's start, and the page reads as without them
    text = typeset([PARKS, TREES, CANTEEN], width=14)
    lines = text.split("\n")
    full = [k for k in range(2, len(lines) - 2, 2) if lines[k] and lines[k - 2] and lines[k + 2]]
    for k in (full[2], full[7]):
        lines[k] = " " + lines[k]
    printed = rebuilt(text)
    assert rebuilt("\n".join(lines)) == printed


def test_a_notice_quotes_the_page_as_ocr_gave_it() -> None:
    # read with its ASCII marks as printed, the page's stray space is reported beside the
    # characters OCR gave (大会, 会议), not those of the reading
    page = analyze_page("本报讯（记者 王海）青川区今天召开大会, 会议决定新建五所幼儿园.\n")
    assert [(n.code, n.detail) for n in page.notices] == [("stray-space", ",␣会")]
    assert page.articles[0].paragraphs[0].text == "青川区今天召开大会,会议决定新建五所幼儿园."


def test_two_column_lines_ocr_ran_together_stay_running_text() -> None:
    # OCR ran two lines in the middle of a paragraph into one, as wide as two columns: after
    # running text that closes no sentence it is text too, no headline across columns
    report = PlainArticle(
        headline="青川区老旧小区改造全面完工",
        byline="本报讯（青川新闻记者 林晓雨）",
        paragraphs=[
            "青川区今年改造的三十二个老旧小区已经全面完工，涉及居民一万二千多户，改造内容包括屋顶防水、外墙保温、"
            "管网更新和加装电梯，不少小区还新建了停车位和健身场地，居民们说住了几十年的老房子变了样，出门方便了，"
            "心里也敞亮了。",
            "区住建局介绍，明年还将启动第二批老旧小区改造。",
        ],
    )
    text = typeset([report, TREES, CANTEEN], width=14)
    lines = column_lines(text)
    k = next(
        k
        for k in range(2, len(lines) - 2)
        if all(text_width(lines[j]) == 14 and lines[j][-1] not in "。，、；：”" for j in (k - 2, k - 1, k, k + 1))
    )
    assert rebuilt(page_of(*run_together(lines, k))) == rebuilt(text)


#: A report whose lines OCR runs together in the tests below (each paragraph long enough to
#: hold the shapes they look for).
_LIFTS = PlainArticle(
    headline="青川区老旧小区加装电梯三百部",
    byline="本报讯（青川新闻记者 周文）",
    paragraphs=[
        "青川区今年为老旧小区加装电梯三百部，惠及居民四千多户，不少住在顶楼的老人终于可以下楼晒太阳和逛早市"
        "了，家住石门街道的王秀兰说过去上下一趟楼要歇三回，现在按一下按钮就到了家门口。",
        "区住建局介绍，费用由政府补助一半。居民按楼层分摊其余部分的费用。明年全区还将再加装二百部电梯，"
        "优先安排老人多、楼层高的小区，并在每个街道设立咨询窗口，帮助居民协商方案、办理手续。",
        "加装工程完工后，住建局将委托专业公司负责电梯的日常维护和保养工作，每月检查一次，确保电梯运行安全。",
    ],
)


def _shape(line: str) -> str:
    """How a typeset column line ends: full and running on (``run``), running on after a comma
    hanging past the edge (``comma``), closing a sentence (``stop``), or short (``short``)."""
    if text_width(line) == 14 and line[-1] not in "。，、；：”":
        return "run"
    if text_width(line) in (14, 15) and line[-1] == "，":
        return "comma"
    return "stop" if line[-1] in "。！？" else "short"


@pytest.mark.parametrize(
    ("where", "inside"),
    [
        # after a line whose comma hangs past the column's edge: the sentence runs on
        (("run", "comma", "run", "run"), ""),
        # a paragraph's first line and the next, a sentence's end inside, after a stopped paragraph
        (("stop", "short", "run", "run"), "。"),
        # ... or a clause's end (a comma) inside
        (("stop", "short", "run", "comma"), "，"),
    ],
    ids=["after-a-hanging-comma", "a-paragraphs-first-line", "a-paragraphs-first-line-with-a-comma"],
)
def test_two_column_lines_ocr_ran_together_anywhere_in_running_text_stay_text(
    where: tuple[str, ...], inside: str
) -> None:
    # the two lines run into one are as wide as two columns, inside running text: text, no
    # headline across columns
    text = typeset([_LIFTS, TREES, CANTEEN], width=14)
    lines = column_lines(text)
    k = next(
        k
        for k in range(2, len(lines) - 2)
        if tuple(_shape(lines[j]) for j in range(k - 2, k + 2)) == where
        and set(inside) <= set(lines[k - 1] + lines[k][:-1])
        and (inside != "，" or not set("。！？") & set(lines[k - 1] + lines[k]))
    )
    assert rebuilt(page_of(*run_together(lines, k - 1))) == rebuilt(text)


def test_two_pairs_of_column_lines_ocr_ran_together_one_after_the_other_stay_text() -> None:
    # a line as wide as two columns after one such: the text runs on through both
    text = typeset([_LIFTS, TREES, CANTEEN], width=14)
    lines = column_lines(text)
    k = next(
        k
        for k in range(2, len(lines) - 4)
        if all(_shape(lines[j]) in ("run", "comma") for j in (k - 2, k - 1))
        and all(_shape(lines[j]) == "run" for j in range(k, k + 4))
    )
    assert rebuilt(page_of(*run_together(run_together(lines, k), k + 1))) == rebuilt(text)


def test_two_column_lines_ocr_ran_together_under_a_datelines_first_line_stay_text() -> None:
    # a dateline's first line runs into the text (no headline follows a lead-in): the line as
    # wide as two columns after it is its text's, though no sentence or clause ends inside it
    kindergartens = PlainArticle(
        headline="青川区新建三所幼儿园",
        byline="本报青川3月2日讯记者林晓雨报道：",
        paragraphs=[
            "青川区今年新建的三所公办幼儿园日前同时开园迎来了第一批入园的小朋友和家长们，三所幼儿园共可提供学位九百个。",
            "区教育局介绍，三所幼儿园都配有室外活动场地和图书室。",
        ],
    )
    text = typeset([TREES, kindergartens, CANTEEN], width=14)
    lines = column_lines(text)
    k = lines.index("本报青川3月2日讯记者林晓") + 1
    merged = run_together(lines, k)
    assert not set("，。") & set(merged[k])
    assert rebuilt(page_of(*merged)) == rebuilt(text)


@pytest.mark.parametrize(
    ("paragraphs", "byline", "first"),
    [
        # after a line ending with a dash (…好事—— / 群众盼了…): the sentence runs on
        (
            [
                "青川区今年为老旧小区加装电梯三百部，惠及居民四千多户。住建局负责人说加装电梯是一件民生实事也是一件"
                "天大的好事——群众盼了很多年的好事终于办成了让大家都很高兴也很满意还说要感谢政府。",
                "区住建局介绍，费用由政府补助一半。",
            ],
            "本报讯（青川新闻记者 周文）",
            "了让大家都很高兴也很满意还说",
        ),
        # a paragraph's last line run into the line before it, a clause's end inside, after a
        # line running into it
        (
            [
                "区住建局介绍，费用由政府补助一半。",
                "加装工程完工后，住建局将委托专业公司负责日常维护，每个月检查一次，以确保电梯运行安全。",
            ],
            "本报讯（青川新闻记者 周文）",
            "个月检查一次，以确保电梯运行",
        ),
        # a paragraph's first line run into the next, which stops a sentence: the text runs on
        (
            [
                "青川区今年为老旧小区加装电梯三百部，惠及居民四千多户。",
                "区住建局介绍，费用由政府补助一半，居民分摊其余的部分。明年全区还将再加装二百部电梯并优先安排老人多的小区。",
            ],
            "本报讯（青川新闻记者 周文）",
            "区住建局介绍，费用由政府",
        ),
        # the page's first two lines run together (the page's top stops a sentence)
        (
            ["今年春天，青川区在滨江公园新栽了三千棵树，市民在步道上散步时能看到成片的樱花和海棠。"],
            None,
            "今年春天，青川区在滨江公",
        ),
    ],
    ids=["after-a-dash", "a-paragraphs-last-line", "a-first-line-and-a-stop", "the-pages-top"],
)
def test_two_column_lines_ocr_ran_together_around_a_sentences_end_stay_text(
    paragraphs: list[str], byline: str | None, first: str
) -> None:
    # each article keeps its text and headline (where the paragraphs part is the next test's)
    lifts = PlainArticle(headline="青川区加装电梯三百部", byline=byline, paragraphs=paragraphs)
    text = typeset([lifts, TREES, CANTEEN], width=14)
    lines = column_lines(text)
    k = lines.index(first)

    def texts(page: str) -> list[tuple[str | None, str | None, str]]:
        return [(a.headline, a.byline, "".join(a.paragraphs)) for a in rebuilt(page)]

    assert texts(page_of(*run_together(lines, k))) == texts(text)


def test_a_paragraphs_first_line_ocr_ran_into_the_next_still_opens_the_paragraph() -> None:
    # two lines run into one, two cells short of two columns, after a line that stopped a
    # sentence and running on: the first was a paragraph's first line, its indent lost
    lifts = PlainArticle(
        headline="青川区加装电梯三百部",
        byline="本报讯（青川新闻记者 周文）",
        paragraphs=[
            "青川区今年为老旧小区加装电梯三百部，惠及居民四千多户。",
            "区住建局介绍，加装电梯的费用由政府补助一半，居民分摊其余的部分。明年全区还将再加装二百部电梯。",
        ],
    )
    text = typeset([lifts, TREES, CANTEEN], width=14)
    lines = column_lines(text)
    k = lines.index("区住建局介绍，加装电梯的")
    merged = run_together(lines, k)
    assert not merged[k].endswith("。")
    assert rebuilt(page_of(*merged)) == rebuilt(text)


_EVENINGS = PlainArticle(
    headline="滨江图书馆延长开放时间",
    byline="新华社青川3月4日电（记者 周文）",
    paragraphs=[
        "滨江图书馆自3月1日起延长开放至晚上十点，首周接待读者一万二千人次，借阅量同比增长了三成，自习区座位一位难求。"
    ],
)
_SHARES = PlainArticle(
    headline="青川区加装电梯三百部",
    paragraphs=[
        "今年青川区为老旧小区加装电梯三百部。",
        "区住建局介绍，加装电梯的费用由政府补助一半，其余由居民按楼层分摊，明年全区还将再加装二百部电梯，"
        "优先安排老人多的小区。",
    ],
)


@pytest.mark.parametrize(
    ("article", "first"),
    [
        # a dateline's first line run into the next: a lead-in opens a text, never a headline
        (_EVENINGS, "新华社青川3月4日电（记者 "),
        # the two lines after a paragraph's first line, a comma inside: the first runs into them
        (_SHARES, "费用由政府补助一半，其余由居"),
    ],
    ids=["a-dateline", "under-a-paragraphs-first-line"],
)
def test_two_column_lines_ocr_ran_together_at_a_texts_opening_stay_text(article: PlainArticle, first: str) -> None:
    text = typeset([TREES, article, CANTEEN], width=14)
    lines = column_lines(text)
    assert rebuilt(page_of(*run_together(lines, lines.index(first)))) == rebuilt(text)


def test_a_headline_across_columns_under_one_two_cells_short_of_the_column_stays_a_headline() -> None:
    # the first story's headline, two cells short of the column, then the next story's, set
    # across columns with no mark in it, over its dateline as wide as the column: two
    # headlines, no running text
    page = analyze_page(
        page_of(
            "本报讯（记者 林晓雨）今年青",
            "川区计划新增绿地三百亩，在滨",
            "江公园等地建设十条林荫步道，",
            "各街道要把任务落实到山头地块。",
            "青川区植树活动今天启动了",
            "滨江图书馆夜间开放首周接待读者一万二千人次",
            "新华社青川3月4日电记者周文报",
            "道：滨江图书馆自3月1日起延长",
            "开放至晚上十点，首周接待读者",
            "一万二千人次。",
        )
    )
    assert headlines(page) == ["青川区植树活动今天启动了", "滨江图书馆夜间开放首周接待读者一万二千人次"]


def test_a_paragraphs_last_line_ocr_ran_into_the_next_paragraphs_first_is_parted_again() -> None:
    # 部。 ends a paragraph inside the line; what follows is as wide as a paragraph's first line
    # (two cells short of the column): the line holds the end of one paragraph and the start of
    # the next, each traced to its own place in the raw line
    text = typeset([TREES, _SHARES, CANTEEN], width=14)
    lines = column_lines(text)
    merged = page_of(*run_together(lines, lines.index("电梯三百部。")))
    assert rebuilt(merged) == rebuilt(text)
    page = analyze_page(merged)
    raw = merged.split("\n")
    first, second = page.articles[1].paragraphs[:2]
    assert first.lines[-1] == second.lines[0]
    assert [raw[line][col] for line, col in second.charmap[:2]] == ["区", "住"]


def test_two_lines_run_together_whose_marks_squeeze_into_a_line_part_where_a_paragraph_ends() -> None:
    # 大实事。 + 区《青川日报》报道说，今: its marks set at half a cell, the line would nearly fit
    # the column, so it is no heading across columns; but a paragraph ends inside it (the rest as
    # wide as a paragraph's first line), which no line of print holds
    article = PlainArticle(
        headline="青川区加装电梯三百部",
        paragraphs=[
            "青川区今年为老旧小区加装电梯三百部，惠及居民四千多户，居民都说这是办到心坎上的一件大实事。",
            "区《青川日报》报道说，今年全区还将再加装二百部电梯，优先安排老人多、楼层高的小区。",
        ],
    )
    text = typeset([TREES, article, CANTEEN], width=14)
    merged = text.replace("大实事。\n\n区《青川日报》报道说，今", "大实事。区《青川日报》报道说，今")
    assert merged != text
    assert rebuilt(merged) == rebuilt(text)


def test_a_stop_inside_the_second_of_two_lines_run_together_parts_no_paragraph() -> None:
    # 里。 stops a sentence inside the second line, and the rest happens to be as wide as a
    # paragraph's first line; but the part before the stop is wider than any line of the
    # column: the two lines are of one paragraph
    rows = [
        "本报讯（记者 王海）青川区今",
        "年新建口袋公园二十座，大多建",
        "在居民小区旁边的空地，废弃院",
        "里。周边居民就近休闲锻炼身体",
        "十分方便。",
    ]
    text = page_of(
        *wrap(TREES.byline + TREES.paragraphs[0], 14), "青川区部署春季植树造林工作", *rows, "青川新建口袋公园二十座"
    )
    merged = text.replace(rows[2] + "\n\n" + rows[3], rows[2] + rows[3])
    assert [a.paragraphs for a in rebuilt(merged)] == [a.paragraphs for a in rebuilt(text)]
    assert len(rebuilt(text)[1].paragraphs) == 1


#: A story whose second paragraph's third line opens with one character and its sentence's
#: stop (心。), which only running text carried on from the line before does.
_FERRY = PlainArticle(
    headline="渡口的热茶",
    paragraphs=[
        "冬天的青川，江风很冷。渡口边摆着一张小桌，喝茶的人从不用付钱。",
        "青川渡口的老周每天清晨出门给早班的船工送去热茶和早点心。他说这是他父亲留下来的规矩，一守就是三十年。",
    ],
)


@pytest.mark.parametrize("first", [False, True], ids=["headlines-after", "headlines-first"])
def test_two_lines_run_together_that_the_next_line_carries_on_are_running_text(first: bool) -> None:
    # a paragraph's first line run into its second, with no mark in them, is as wide as a
    # headline across columns; but the line after opens with 心。, the end of a word and its
    # sentence: the text runs on into it, which no headline does
    arts = [replace(a, headline_first=first) for a in (TREES, _FERRY)]
    text = typeset(arts, width=14)
    lines = column_lines(text)
    assert lines[lines.index("青川渡口的老周每天清晨出") + 2].startswith("心。")
    assert rebuilt(page_of(*run_together(lines, lines.index("青川渡口的老周每天清晨出")))) == rebuilt(text)


#: A story under a headline as wide as the column.
_TEAHOUSE = PlainArticle(
    headline="青川渡口老周送了三十年热茶",
    paragraphs=[
        "冬天的青川，江风很冷。渡口边摆着一张小桌子，桌子很旧。桌上的热水瓶一直没有空过喝茶的人从来不用付钱，大家都说老周是个好人。"
    ],
)


@pytest.mark.parametrize("first", [False, True], ids=["headlines-after", "headlines-first"])
def test_a_paragraphs_last_line_ocr_ran_into_a_headline_is_parted_again(first: bool) -> None:
    # 好人。 ends the text, and the headline after it (the story's own, or the next one's) has
    # no mark; the line after the two opens an article (a dateline, a paragraph's first line)
    arts = [replace(a, headline_first=first) for a in (TREES, _TEAHOUSE, CANTEEN)]
    text = typeset(arts, width=14)
    lines = column_lines(text)
    k = lines.index("周是个好人。") if not first else lines.index("青川渡口老周送了三十年热茶") - 1
    assert text_width(lines[k] + lines[k + 1]) > 14 + 1.5  # (wider than the column)
    assert rebuilt(page_of(*run_together(lines, k))) == rebuilt(text)


@pytest.mark.parametrize("first", [False, True], ids=["headlines-after", "headlines-first"])
def test_two_lines_run_together_after_a_line_ending_short_before_a_quote_are_running_text(first: bool) -> None:
    # 船工们都叫它 ends a cell short: the quote that opens the next line was moved down with the
    # character after it; the text runs on from it into the two lines OCR ran together
    story = replace(
        _TEAHOUSE,
        paragraphs=[
            "冬天的青川，江风很冷。渡口边摆着一张小桌子，桌上放着热水瓶和茶碗，船工们都叫它“老周茶摊”，"
            "喝茶的人从来不用付钱，大家都说老周是个好人。"
        ],
    )
    arts = [replace(a, headline_first=first) for a in (TREES, story, CANTEEN)]
    text = typeset(arts, width=14)
    lines = column_lines(text)
    k = lines.index("“老周茶摊”，喝茶的人从来不用")
    assert text_width(lines[k - 1]) == 13
    assert rebuilt(page_of(*run_together(lines, k))) == rebuilt(text)


@pytest.mark.parametrize("first", [False, True], ids=["headlines-after", "headlines-first"])
def test_a_headline_with_a_stop_inside_after_a_finished_text_stays_whole(first: bool) -> None:
    # 好消息！ and a rest with no mark, over a paragraph's first line: but the line before it
    # ends a text (步道。), and no line of running text runs into it
    news = PlainArticle(
        headline="好消息！滨江图书馆今起夜间开放到十点",
        paragraphs=["滨江图书馆自今天起延长开放时间，每晚开放到十点，首周接待读者一万二千人次。"],
    )
    arts = [replace(a, headline_first=first) for a in (TREES, news, CANTEEN)]
    assert [plain(a) for a in analyze_page(typeset(arts, width=14)).articles] == [expected(a) for a in arts]


@pytest.mark.parametrize(
    ("first", "head"),
    [(False, "青川区部署春季植树造林工作"), (True, "社区食堂开到家门口")],
    ids=["headlines-after", "headlines-first"],
)
def test_a_headline_ocr_ran_into_a_datelines_first_line_is_parted_again(first: bool, head: str) -> None:
    # a heading with no mark, then a lead-in (新华社青川3月4日电…, 本报南湖3月3日讯…) as wide as a
    # column line: the headline and the first line of the dateline under it (or of the next
    # story's), which no line of text runs on into mid-sentence
    arts = [replace(a, headline_first=first) for a in (TREES, LIBRARY, CANTEEN)]
    text = typeset(arts, width=14)
    lines = column_lines(text)
    assert rebuilt(page_of(*run_together(lines, lines.index(head)))) == rebuilt(text)


def test_a_line_with_no_mark_run_into_a_line_closing_a_sentence_inside_it_stays_text() -> None:
    # 擦得发亮。 closes a sentence inside the line, and the full line after it has no mark: the
    # part after the stop, with that line, is as wide as a headline across columns; but the text
    # runs on into the next line (来不用付钱…): no headline, no paragraph's end
    story = replace(
        _TEAHOUSE,
        paragraphs=[
            "冬天的青川，江风很冷。渡口边摆着一张小桌子，桌上的热水瓶和茶碗擦得发亮。"
            "老周每天清晨来这里烧水泡茶喝茶的人从来不用付钱，大家都说老周是个好人。"
        ],
    )
    text = typeset([TREES, story, CANTEEN], width=14)
    lines = column_lines(text)
    k = lines.index("水瓶和茶碗擦得发亮。老周每天")
    assert lines[k + 1] == "清晨来这里烧水泡茶喝茶的人从"
    assert rebuilt(page_of(*run_together(lines, k))) == rebuilt(text)


def test_a_headline_across_columns_after_a_finished_text_stays_a_headline_over_its_caption() -> None:
    # after a text's last sentence, a line as wide as two columns with no sentence's end in it is
    # a headline across columns, even where its caption's first line fills the column after it
    photo = PlainArticle(
        headline="青川区滨江公园新建的樱花步道今天起向市民开放",
        paragraphs=["市民在樱花步道上散步赏花，步道全长三公里，沿途设有六处休息亭。（本报记者周文摄）"],
    )
    text = typeset([replace(TREES, headline=None)], width=14)
    page = analyze_page(text + "\n\n".join([photo.headline, *wrap(photo.paragraphs[0], 14, indent=0)]) + "\n")
    assert photo.headline in headlines(page)


def test_a_headline_wider_than_the_column_over_its_writer_is_no_section_head_broken_at_the_edge() -> None:
    # 青川区全面推进老旧小区改造工程 is a cell wider than the column: no line of it, so neither
    # the column's edge broke it nor is the writer's title and name under it its tail. It is the
    # headline of the text before it, not a section head running on into the text after.
    page = analyze_page(
        page_of(
            "本报讯（记者 王海）青川区今",
            "年改造的三十二个老旧小区已经",
            "全面完工，涉及居民一万二千多",
            "户。",
            "青川区全面推进老旧小区改造工程",
            "住建局局长李丽",
            "今年春天，滨江公园新栽了",
            "三千棵树，市民在步道上散步时",
            "能看到成片的樱花和海棠。",
            "滨江公园春来早",
            "周文",
        )
    )
    assert headlines(page) == ["青川区全面推进老旧小区改造工程", "滨江公园春来早"]
    assert [b.text for b in page.articles[0].of_role("subheadline")] == ["住建局局长李丽"]
    assert [b.text for b in page.articles[1].paragraphs] == [
        "今年春天，滨江公园新栽了三千棵树，市民在步道上散步时能看到成片的樱花和海棠。"
    ]


def test_a_photo_label_closing_a_text_headed_by_its_photos_leaves_the_next_photos_alone() -> None:
    # headlines first, each with its photo before its text: 图片： closing the first text points
    # to the photo set above it, not to the next story's photo and headline after it
    visit = PlainArticle(
        headline="社区图书馆来了小读者",
        subheadlines=["本报记者王海"],
        captions=["图为孩子们在图书馆里读绘本。（本报记者王海摄）"],
        paragraphs=[
            "周六上午，南湖社区图书馆里坐满了孩子，不少家长也陪着一起读书。",
            "图书馆管理员说，自从开设了周末故事会，来借书的孩子比去年多了一倍。",
            "图片：",
        ],
        headline_first=True,
    )
    walk = PlainArticle(
        headline="滨江步道上的晨练队伍",
        subheadlines=["本报记者李丽"],
        captions=["图为市民在步道上打太极拳。（本报记者李丽摄）"],
        paragraphs=[
            "天刚亮，滨江步道上已经有不少晨练的市民，打太极拳的队伍排了一百多米。",
            "领队的老师傅今年七十岁，他说，这支队伍已经坚持了十二年。",
        ],
        headline_first=True,
    )
    page = analyze_page(typeset([visit, walk], width=14))
    assert [plain(a) for a in page.articles] == [expected(visit), expected(walk)]


def test_a_signed_headline_over_a_photo_heads_its_text_rather_than_standing_alone() -> None:
    # headlines first: a speech's headline, its date and speaker, and a photo of the speaker
    # open the page. A headline signed so is no photo printed alone: it heads the speech, even
    # where the next report's headline shares some of the speech's words (欢聚一堂)
    speech = PlainArticle(
        headline="在青川区新春团拜会上的讲话",
        subheadlines=["（二〇二六年二月十日）", "王海"],
        captions=["王海在团拜会上讲话。（本报记者周文摄）"],
        byline="本报讯（记者 林晓雨）",
        paragraphs=[
            "同志们、朋友们：",
            "在辞旧迎新的时刻，我代表区委、区政府，向全区人民致以节日的问候，祝大家欢聚一堂，度过一个欢乐祥和的春节！",
            "过去的一年，全区上下团结一心，经济社会发展取得了新的成绩，老旧小区改造、滨江公园建设等一批民生实事顺利完成。",
            "新的一年，让我们继续努力，把青川建设得更加美好。",
            "（新华社青川2月10日电）",
        ],
        headline_first=True,
    )
    party = PlainArticle(
        headline="青川区举行团拜会欢聚一堂迎新春",
        subheadlines=["王海讲话李丽主持"],
        captions=["2月10日，青川区举行新春团拜会。（本报记者周文摄）"],
        byline="本报青川2月10日讯记者林晓雨报道：",
        paragraphs=[
            "青川区今天上午举行新春团拜会，各界代表三百多人欢聚一堂。",
            "团拜会由区长李丽主持，区委书记王海发表讲话。",
        ],
        headline_first=True,
    )
    page = analyze_page(typeset([speech, party], width=14))
    assert [plain(a) for a in page.articles] == [expected(speech), expected(party)]


@pytest.mark.parametrize(
    "after",
    [["王海"], ["本报讯（记者 李丽）滨江公园", "今年新栽了三千棵树，市民在步", "道上散步时能看到成片的樱花。"]],
    ids=["writer", "next-article"],
)
def test_a_headline_closing_a_title_after_a_full_line_is_no_last_line_of_the_text(after: list[str]) -> None:
    # 青川读者热议新书《滨江纪事》 fills the column with its 》 hanging, after a full line that
    # closed a sentence: read as the paragraph's last line it ended the text with a title and
    # no stop. A line of no clause that stops nowhere, before the writer's name or the next
    # article's lead-in, is the headline.
    page = analyze_page(
        page_of(
            "本报讯（记者 周文）青川出版",
            "社近日出版的《滨江纪事》一书，",
            "记录了滨江两岸三十年的变迁，",
            "出版一周就加印了两次，不少读",
            "者在网上写下了读后感，称赞它",
            "写出了滨江人的家国情怀和乡愁。",
            "青川读者热议新书《滨江纪事》",
            *after,
        )
    )
    first = page.articles[0]
    assert first.headline is not None
    assert first.headline.text == "青川读者热议新书《滨江纪事》"
    assert first.paragraphs[-1].text.endswith("家国情怀和乡愁。")
    assert len(page.articles) == (1 if len(after) == 1 else 2)


def test_a_section_head_closing_a_quote_over_its_paragraph_stays_in_the_text() -> None:
    # a quoted slogan as a section head, set over the paragraph that opens its section, under a
    # headline set first: the headline rule above leaves it, and the text stays one article;
    # the slogan is a paragraph of its own, not the last line of the paragraph before
    page = analyze_page(
        page_of(
            "青川交警推出十项便民措施",
            *wrap(
                "本报讯（记者 周文）青川区交警大队今年推出了十项便民措施，群众满意率达到百分之九十五，"
                "不少市民在留言中写道：“交警是我们身边最可爱的人”。",
                14,
            ),
            "“向管理要效率”",
            *wrap("在提高办事效率方面，大队遵循“向管理要效率”的原则，把人手放到服务窗口。", 14),
        )
    )
    assert headlines(page) == ["青川交警推出十项便民措施"]
    assert [p.text for p in page.articles[0].paragraphs][1:] == [
        "“向管理要效率”",
        "在提高办事效率方面，大队遵循“向管理要效率”的原则，把人手放到服务窗口。",
    ]


def test_a_deck_and_photo_under_a_headline_closing_the_page_stay_with_it() -> None:
    # the last heading group on the page: headline, a deck set wider than the column, and a
    # photo's caption. The deck shares fewer words with the text than the headline does, but a
    # heading that is no photo's headline does not stand alone as a photo: the group is one
    play = PlainArticle(
        headline="专家盛赞话剧《滨江人家》",
        subheadlines=["以真实的生活细节写出了一座城市三十年的变迁"],
        captions=["演出结束后，观众请主要演员签名留念。（本报记者周文摄）"],
        paragraphs=[
            "青川话剧团创作演出的话剧《滨江人家》近日在青川大剧院首演，二十多位戏剧界专家观看了演出。",
            "专家们认为，《滨江人家》语言朴实，人物鲜活，是近年来少见的现实题材好戏。",
        ],
    )
    page = analyze_page(typeset([play], width=14))
    assert [plain(a) for a in page.articles] == [expected(play)]


def test_a_decrees_number_under_its_heading_is_no_table_row() -> None:
    # a decree's headline, the authority's name and the decree's number set after its text:
    # 第39号 is mostly a figure, but a number in its words is a heading's line, no table's row
    # (read as text it stood apart as an article of its own)
    page = analyze_page(
        page_of(
            *wrap("本报青川3月5日讯青川市人民政府近日决定，对《青川市滨江公园管理办法》作如下修改：", 14),
            *wrap("一、第三条增加一款：“公园夜间开放时间由管理处公布。”", 14),
            *wrap("本决定自发布之日起施行。", 14),
            "青川市人民政府关于修改《滨江公园管理办法》的决定",
            "青川市人民政府令",
            "第39号",
            *wrap("本报讯（记者 王海）青川市今年将新建社区食堂二十家，老人就餐可享受八折优惠。", 14),
            "社区食堂开到家门口",
        )
    )
    assert headlines(page) == ["青川市人民政府关于修改《滨江公园管理办法》的决定", "社区食堂开到家门口"]
    assert [b.text for b in page.articles[0].of_role("subheadline")] == ["青川市人民政府令", "第39号"]


def test_a_writer_named_by_office_closes_a_headline_group() -> None:
    # two signed articles by officials, the headline of the first closing its text and the
    # headline of the second heading its own: each writer is named by office (青川区农业局局长
    # 赵国栋), and a writer's name closes a headline group, even where the second headline
    # shares words with the first text (农民增收)
    page = analyze_page(
        page_of(
            *wrap(
                "本报讯（记者 王海）去年全区粮食总产量达到十二万吨，比上年增长百分之五，农民人均收入突破两万元。", 14
            ),
            *wrap("今年，我们将继续稳定粮食生产，抓好春耕备耕，确保全年农业生产目标的实现。", 14),
            "稳定粮食生产促进农民增收",
            "青川区农业局局长赵国栋",
            "农民增收也要靠绿色产业",
            "青川区林业局局长孙丽华",
            *wrap("去年全区新增造林面积三千亩，森林覆盖率提高到百分之四十二，滨江两岸新栽树木二十万株。", 14),
            *wrap("今年，全区将继续推进滨江绿化工程，新建林荫步道十条。", 14),
        )
    )
    assert headlines(page) == ["稳定粮食生产促进农民增收", "农民增收也要靠绿色产业"]
    assert [[b.text for b in a.of_role("subheadline")] for a in page.articles] == [
        ["青川区农业局局长赵国栋"],
        ["青川区林业局局长孙丽华"],
    ]


def test_a_photo_report_opening_with_its_dateline_is_text_and_keeps_its_numbered_pictures() -> None:
    # 图片新闻 over a photo report: its text opens with the paper's dateline and credit, then
    # picture 1 (…图为…（周文摄）), and picture 2 follows as a caption. A text opening with its
    # dateline reports: it is the article's text with its byline, not a caption, and picture 2
    # carries on picture 1 there
    page = analyze_page(
        page_of(
            *wrap("本报讯（记者 王海）青川区今年新建的三座社区图书馆昨天同时开馆，每座藏书两万册。", 14),
            *wrap("图书馆还设了儿童阅览室，孩子们可以在这里听故事、借绘本。", 14),
            "社区图书馆开馆",
            "图片新闻",
            *wrap(
                "本报讯（记者 周文）1、青川区石门村的茶农这几天忙着采摘明前茶，今年的春茶比去年早上市一周。"
                "图为茶农在茶园里采茶。（周文摄）",
                14,
            ),
            *wrap("2、滨江公园的樱花开了，市民纷纷前来赏花。（李丽摄）", 14, indent=0),
        )
    )
    photos = page.articles[-1]
    assert headlines(page) == ["社区图书馆开馆", "图片新闻"]
    assert photos.byline is not None and photos.byline.text == "本报讯（记者 周文）"
    assert [p.text for p in photos.paragraphs] == [
        "1、青川区石门村的茶农这几天忙着采摘明前茶，今年的春茶比去年早上市一周。图为茶农在茶园里采茶。（周文摄）"
    ]
    assert [c.text for c in photos.of_role("caption")] == ["2、滨江公园的樱花开了，市民纷纷前来赏花。（李丽摄）"]


def test_a_line_a_cell_short_before_a_moved_quote_runs_on_after_its_colon() -> None:
    # …称赞他们为： is a cell short because the quote that would have ended it moved down to open
    # the next line (kinsoku): after a line of running text it runs on into the quote, and the
    # paragraph ends after it, not at the colon
    models = PlainArticle(
        headline="青川表彰十名劳动模范",
        byline="本报讯（记者 周文）",
        paragraphs=[
            "青川区今年评选出十名劳动模范，区长王海在大会上称赞他们为：“我们身边的好榜样。”",
            "表彰大会上，十名劳模分别介绍了自己的经验。",
        ],
    )
    articles = [TREES, models, CANTEEN]
    text = typeset(articles, width=14)
    assert "长王海在大会上称赞他们为：\n" in text  # (the case this asks: 13 cells, the quote moved down)
    assert rebuilt(text) == [expected(a) for a in articles]


def test_a_first_line_ending_with_a_hanging_colon_after_a_full_last_line_opens_its_paragraph() -> None:
    # …说话了： reads alike as a paragraph's first line with its colon hanging and as a line a
    # cell short before a moved quote; after a full line that closed a sentence the paragraph
    # may end there, and the first line wins (the rule above asks running text before it)
    seedlings = PlainArticle(
        headline="果树苗没成活",
        byline="本报讯（记者 周文）",
        paragraphs=[
            "老赵说，这批果树苗是托人从外地捎来的，没想到栽下去都没有成活，钱花了，只能怪自己不懂行！”",
            "坐在一旁的王大妈也说话了：“广播里讲过送法下乡，咱还没见着过。”",
            "记者告诉他们，区里正在组织农技人员下乡。",
        ],
    )
    articles = [TREES, seedlings, CANTEEN]
    text = typeset(articles, width=14)
    assert "钱花了，只能怪自己不懂行！”\n" in text and "坐在一旁的王大妈也说话了：\n" in text
    assert rebuilt(text) == [expected(a) for a in articles]


def test_a_figure_in_brackets_on_a_line_of_its_own_is_no_credit_closing_the_paragraph() -> None:
    # a narrow column sets （北京时间14时30分） on a line of its own inside a sentence: a bracket
    # holding figures is no writer's credit, which would close the paragraph; a dispatch's
    # credit in brackets holds its date and ends with 电 (（本报开罗3月6日电）)
    race = PlainArticle(
        headline="青川龙舟队夺冠",
        byline="新华社青川3月6日电",
        paragraphs=[
            "青川龙舟队员5日上午当地时间7时30分（北京时间14时30分）在国际龙舟邀请赛中夺得冠军。",
            "这是青川龙舟队第三次参加这项比赛。",
        ],
    )
    articles = [TREES, race, CANTEEN]
    text = typeset(articles, width=10)
    assert "\n（北京时间14时30分）\n" in text  # (the case this asks)
    assert rebuilt(text) == [expected(a) for a in articles]


def test_a_bracket_on_a_line_of_its_own_after_running_text_stays_in_its_sentence() -> None:
    # a narrow column sets （原青川县老文化站） on a line of its own after a line that stopped no
    # sentence: the bracket is inside the sentence, no credit closing the paragraph (a credit
    # follows a sentence's stop)
    story = PlainArticle(
        headline="老馆员给孩子们讲历史",
        byline="本报讯（记者 王海）",
        paragraphs=[
            "青川区博物馆去年冬天请来了区文化馆（原青川县老文化站）的老馆员，给孩子们讲述本地的历史。",
            "孩子们听得津津有味。",
        ],
    )
    articles = [TREES, story, CANTEEN]
    text = typeset(articles, width=10)
    assert "\n（原青川县老文化站）\n" in text  # (the case this asks)
    assert rebuilt(text) == [expected(a) for a in articles]


def test_numbered_section_heads_broken_by_a_narrow_column_are_one_paragraph_each() -> None:
    # at ten cells 三、开通社区医生定期上门服务 breaks into 三、开通社区医生 / 定期上门服务, whose
    # rest is longer than half the head: a numbered head's rest is its tail all the same (the
    # next item would be numbered itself)
    plan = PlainArticle(
        headline="社区服务要办好三件事",
        byline="本报讯（记者 王海）",
        paragraphs=[
            "青川区今年将在社区服务上集中力量办好三件事，让老人和孩子得到实实在在的方便。",
            "一、把社区食堂办到老人家门口",
            "全区今年新建社区食堂二十家，老人就餐可以享受八折优惠，行动不便的老人还可以预约送餐上门。",
            "二、把老年活动中心办进每个小区",
            "每个街道今年至少建成一个老年活动中心，配备图书室、棋牌室和健身器材，由社区统一管理。",
            "三、开通社区医生定期上门服务",
            "社区医生每周上门两次，为辖区内八十岁以上的老人测量血压、建立健康档案。",
        ],
    )
    articles = [TREES, plan, CANTEEN]
    text = typeset(articles, width=10)
    assert "\n三、开通社区医生\n" in text  # (the case this asks)
    assert rebuilt(text) == [expected(a) for a in articles]


def test_a_heading_a_little_wider_than_the_column_keeps_its_writer_apart() -> None:
    # at ten cells 老旧小区改造要听居民的意见 is wider than the column but no headline's measure:
    # it is whole, and 若愚 under it is its writer (a pen name no surname list knows), not the
    # last characters of a long headline OCR set on a line of their own
    essay = PlainArticle(
        headline="老旧小区改造要听居民的意见",
        subheadlines=["若愚"],
        paragraphs=[
            "老旧小区改造是民生实事，改什么、怎么改，应当多听听住在里面的居民怎么说。",
            "只有把居民的意见放在前头，改造才能改到群众的心坎上。",
        ],
    )
    articles = [TREES, essay, CANTEEN]
    text = typeset(articles, width=10)
    assert rebuilt(text) == [expected(a) for a in articles]


# A page of a few short articles: most of their lines are paragraphs' first and last lines, and
# few are full lines of the column.
MARKET = PlainArticle(
    headline="早市搬进新大棚",
    paragraphs=[
        "红星路早市昨天搬进新建的钢架大棚，一百二十个摊位按蔬菜、水果、肉禽分区摆放，地面铺了防滑砖。",
        "摊主老周说，以前下雨天路上全是泥，现在顾客多了，生意也好做了。",
    ],
)
BLOOD = PlainArticle(
    headline="寒假献血人数创新高",
    byline="本报讯（通讯员 吴丹）",
    paragraphs=["市中心血站统计，寒假以来全市已有四千三百多人参加无偿献血，其中大学生占了一半。"],
)
FIRE = PlainArticle(
    headline="消防员走进幼儿园",
    paragraphs=[
        "西城消防中队的六名消防员昨天来到阳光幼儿园，教孩子们认识灭火器，还带他们参观了消防车。",
        "孩子们戴上头盔，排着队学习怎样弯腰捂鼻撤离。",
    ],
)
JOBS = PlainArticle(
    headline="春季招聘会提供岗位八千个",
    byline="本报讯",
    paragraphs=[
        "由市人社局主办的春季招聘会今天在体育馆举行，二百多家企业带来了八千多个岗位，涉及机械、电子、物流等行业。",
        "不少企业开出的月薪在五千元以上。",
    ],
)
BRIDGE = PlainArticle(
    headline="老石桥完成加固",
    paragraphs=[
        "建于清朝的永宁石桥加固工程近日完工。施工人员更换了松动的桥墩石块，在桥面下加装了钢梁，桥的外观保持原样。"
    ],
)
TEA = PlainArticle(
    headline="茶农忙采明前茶",
    paragraphs=[
        "清明将至，云雾山上的茶园迎来采摘高峰。天刚亮，茶农们就背着竹篓上山，赶在露水干之前采下嫩芽。",
        "今年春天雨水充足，茶叶品质比去年好。",
    ],
)


MATCH = PlainArticle(
    headline="乡村篮球赛决出冠军",
    byline="本报青川2月9日讯（记者 孙亮）",
    paragraphs=[
        "为期一周的青川乡村篮球赛今天落幕，下坝村队以七十八比七十一战胜河口村队，夺得冠军。",
        "比赛吸引了周边村民五千多人次到场观看。",
    ],
)
SNOW = PlainArticle(
    headline="环卫工人连夜除雪",
    byline="本报讯",
    paragraphs=[
        "昨夜一场大雪，城区积雪厚达十厘米。市环卫处出动三百多名工人和四十台除雪车，连夜清扫主干道。",
        "到今天早上七点，全市主要道路已经恢复通行。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_page_of_briefs_whose_last_lines_outnumber_its_full_lines_is_read_at_its_column(first: bool) -> None:
    # 20 cells: three full lines, each of another article; the paragraphs' last lines and a
    # headline of 9 cells are more. The lines closing a sentence say nothing of the column,
    # the full lines running on do
    lines = measure_lines(list(enumerate(typeset([BLOOD, MATCH, SNOW], width=20).split("\n"))))
    assert [ln.column for ln in lines].count(20.0) == 3 and [ln.column for ln in lines].count(9.0) == 4
    rebuilt_in_widths((BLOOD, MATCH, SNOW), (20, 20, 20), first, page_width=20)


@pytest.mark.parametrize("first", [False, True])
def test_a_line_with_a_comma_set_in_its_last_cell_is_a_full_line_of_the_column(first: bool) -> None:
    # 18 cells: the first lines (16 cells, the indent lost) are more than the full lines, and
    # one full line ends with a comma inside its last cell (…竹篓上山，), not past the edge
    text = typeset([MARKET, FIRE, TEA], width=18)
    assert "高峰。天刚亮，茶农们就背着竹篓上山，\n" in text
    rebuilt_in_widths((MARKET, FIRE, TEA), (18, 18, 18), first, page_width=18)


def test_a_page_of_briefs_whose_lines_end_with_commas_is_a_column_not_a_paragraph_a_line() -> None:
    # few of its lines fill the column, and more than half close with a mark: but most of those
    # are commas, which no paragraph ends with; the lines run on, as a column's do
    rebuilt_in_widths((MARKET, BLOOD, JOBS), (20, 20, 20), False, page_width=20)


def test_headlines_on_a_page_of_briefs_are_told_by_the_lines_that_run_on_not_by_the_headlines() -> None:
    # 20 cells: three headlines of 7 cells end no sentence, as the full lines do, and are more
    # than the full lines of any one width; lines under 8 cells are narrower than any column
    lines = measure_lines(list(enumerate(typeset([MARKET, BRIDGE, TEA], width=20).split("\n"))))
    runs_on = [ln.column for ln in lines if ln.text[-1] not in "。"]
    assert runs_on.count(7.0) == 3 and max(runs_on.count(w) for w in runs_on if w != 7.0) == 2
    rebuilt_in_widths((MARKET, BRIDGE, TEA), (20, 20, 20), False, page_width=20)


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_set_wider_with_a_paragraph_of_three_lines_and_one_of_a_line_is_found(first: bool) -> None:
    # the page's column is 12 cells; the last brief, set in 20, has one full line: its first
    # paragraph is a first line, a full line and a last line, and its second a line alone, too
    # wide for the page's column as well
    assert [text_width(ln) for ln in wrap("本报讯" + JOBS.paragraphs[0], 20)] == [18.0, 20.0, 17.0]
    assert text_width(JOBS.paragraphs[1]) == 16.0
    rebuilt_in_widths((MARKET, BLOOD, JOBS), (20, 12, 20), first, page_width=12)


def test_a_wider_briefs_first_line_under_a_headline_as_wide_as_the_narrower_column_is_one_line() -> None:
    # the narrow brief's headline (12 cells) fills the page's column and ends no sentence, as
    # running text would; the wider brief's first line after it closes a sentence with a clause
    # before it, as two of the page's lines run together would. The line after it, running
    # text as wide, says it is a line of the wider column
    text = set_in_widths([MARKET, JOBS, TEA], (20, 12, 20))
    assert "春季招聘会提供岗位八千个\n\n清明将至，云雾山上的茶园迎来采摘高峰。\n\n天刚亮，" in text
    rebuilt_in_widths((MARKET, JOBS, TEA), (20, 12, 20), False, page_width=12)


@pytest.mark.parametrize("first", [False, True])
def test_an_article_set_wider_whose_first_lines_are_as_wide_as_its_full_lines_are_many_is_read_at_its_column(
    first: bool,
) -> None:
    # the page's column is 12 cells; the article set in 18 has one full line and two first
    # lines (16 cells), which would make a column of 16 with the lines before and after them:
    # but its first line of 16 runs on into its full line of 18, which no column of 16 holds
    ferry = wrap(_FERRY.paragraphs[1], 18)
    assert text_width(ferry[0]) == 16.0 and text_width(ferry[1]) == 18.0 and ferry[0][-1] not in "。，"
    rebuilt_in_widths((TREES, _FERRY, CANTEEN), (12, 18, 12), first, page_width=12)


@pytest.mark.parametrize("first", [False, True])
def test_a_page_whose_first_lines_outnumber_its_full_lines_is_read_at_the_full_lines_width(first: bool) -> None:
    # the page's column is 18 cells, the middle article's 12: the page's articles have five
    # first lines (16 cells) and two full lines, each run into from a first line
    rebuilt_in_widths((TREES, CANTEEN, _FERRY), (18, 12, 18), first, page_width=18)


@pytest.mark.parametrize("first", [False, True])
def test_a_narrower_article_is_read_at_its_column_though_wider_ones_close_paragraphs_two_cells_wider(
    first: bool,
) -> None:
    # the page's articles in 18 cells close paragraphs on lines of 14 cells (their stops
    # hanging), two cells wider than the full lines of the article in 12: after their wider
    # lines, they are paragraphs' last lines and say nothing of the page's column
    rebuilt_in_widths((TRAIL, TREES, _FERRY), (18, 12, 18), first, page_width=12)


#: Briefs of two paragraphs, one with its byline, and one of three paragraphs with a credit.
_GYM = PlainArticle(
    headline="社区健身房免费开放",
    byline="本报讯",
    paragraphs=[
        "河口街道的社区健身房本周起免费向居民开放，每天早上六点到晚上十点都可以进去锻炼。",
        "健身房配有跑步机、单车和力量器械，还有教练定时指导。",
    ],
)
_ROBOT = PlainArticle(
    headline="中学生机器人赛获奖",
    byline="本报讯（通讯员 张蕾）",
    paragraphs=[
        "在刚刚结束的全省青少年机器人竞赛中，青川一中代表队获得高中组一等奖。",
        "这支队伍由五名高二学生组成，他们设计的垃圾分拣机器人能在一分钟内分好三十件垃圾。",
        "指导老师说，学生们为比赛准备了半年。",
    ],
)


#: A brief set in a wider column: a paragraph of three lines and one of a line.
_WELL = PlainArticle(
    headline="山村喝上自来水",
    paragraphs=[
        "上坝村的二百多户人家上个月喝上了自来水，村民再也不用挑着水桶走两里山路去井边打水了。",
        "村里还成立了管水小组，负责巡查管道。",
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_wider_articles_first_lines_two_cells_wider_than_the_pages_full_lines_say_no_column(first: bool) -> None:
    # the page's column is 14 cells, its first lines 12 and its full lines 14 as many; the
    # article set in 18 has lines of 16, its first lines: they run on into its lines of 18,
    # and say nothing of a column of 16
    rebuilt_in_widths((_GYM, _ROBOT, _WELL), (14, 18, 14), first, page_width=14)


#: A brief closing with a paragraph of one line after a quote; a brief of one paragraph.
_NIGHT_CLINIC = PlainArticle(
    headline="夜间门诊方便上班族",
    byline="本报青川4月2日电",
    paragraphs=[
        "青川区社区卫生服务中心从下周一起开设夜间门诊，每天开到晚上九点。",
        "中心主任王丽说：“夜间门诊主要方便白天上班的居民，挂号费和白天一样。”",
        "目前已有三名医生报名值夜班。",
    ],
)
_RIVER = PlainArticle(
    headline="滨江河道清淤完工",
    paragraphs=[
        "历时两个月的滨江河道清淤工程日前完工，共清除淤泥一万二千立方米。清淤后河水明显变清，"
        "沿岸居民说夏天不再闻到臭味了。"
    ],
)


def test_a_paragraph_of_one_line_closing_a_wider_article_opens_no_narrower_column_after_it() -> None:
    # its line (13 cells and a stop hanging) is as wide as a full line of the narrower article
    # after the headline under it; but it closes a sentence after a wider line: the last line
    # of the article set wider
    assert wrap(_NIGHT_CLINIC.paragraphs[2], 20) == ["目前已有三名医生报名值夜班。"]
    rebuilt_in_widths((_NIGHT_CLINIC, _RIVER, _GYM), (20, 14, 20), True, page_width=20)


#: A brief in one paragraph closing on a full line, its half-width digits odd in number.
_PHONES = PlainArticle(
    headline="电话进村工程完工",
    paragraphs=[
        "去年青川区大力实施电话进村工程，全年投资三千多万元，二十个乡镇全都通了光缆。"
        "到年底，远郊各区县的电话用户已突破8万户，通电话村已达到51个。"
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_narrower_articles_last_line_after_its_full_lines_stays_its_own(first: bool) -> None:
    # its last line, a full line of 14 cells half a cell short (13.5) with its stop hanging,
    # closes a sentence after a line wider than it: inside the narrower article's run of full
    # lines that is its last line, no line of the page's column
    assert [text_width(ln) for ln in wrap(_PHONES.paragraphs[0], 14)][-2:] == [14.0, 14.5]
    rebuilt_in_widths((TREES, _PHONES, FEAST), (20, 14, 20), first, page_width=20)


@pytest.mark.parametrize("first", [False, True])
def test_a_first_line_ending_with_a_comma_runs_on_into_the_full_line_two_cells_wider(first: bool) -> None:
    # the page's column is 20 cells: the brief in one paragraph opens with a first line of 18
    # ending with a comma past the edge, running on into a full line of 20; with the page's
    # lines of 18 and the narrower brief's lines of 14 and 12 as many, that step says 20
    assert [text_width(ln) for ln in wrap(_RIVER.paragraphs[0], 20)][:2] == [19.0, 20.0]
    rebuilt_in_widths((_RIVER, _GYM, _PHONES), (20, 14, 20), first, page_width=20)


def test_a_brief_set_wider_after_a_headline_too_wide_for_the_pages_column_is_found() -> None:
    # the headline closing the text before the brief (13 cells) is too wide for the page's
    # column of 12 too, and opens the run of lines too wide for it: the brief is the rest
    assert text_width(TREES.headline or "") == 13.0
    assert [text_width(ln) for ln in wrap(_WELL.paragraphs[0], 20)] == [18.0, 20.0, 4.0]
    rebuilt_in_widths((TREES, _WELL, CANTEEN), (12, 20, 12), False, page_width=12)


#: A brief set in a wider column whose first line ends a cell short, before an opening quote.
_COOLER = PlainArticle(
    headline="节能空调上市",
    paragraphs=[
        "青川电子厂自主研发设计的新一代智能“节能王”空调今年夏天上市，比同类产品省电三成，"
        "还能用手机远程开关和调节温度，售价三千元左右。"
    ],
)


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_set_wider_whose_first_line_ends_before_a_quote_keeps_that_line(first: bool) -> None:
    # its first line (17 cells) is a cell short of a first line of its column (18), as no
    # opening quote ends a line: neither a first line nor a full one, but the run of lines
    # too wide for the page's column it opens is the brief, that line and all
    assert [text_width(ln) for ln in wrap(_COOLER.paragraphs[0], 20)] == [17.0, 20.0, 20.0, 6.0]
    rebuilt_in_widths((CANTEEN, _COOLER, TREES), (14, 20, 14), first, page_width=14)


#: A text set in 18 cells closing with a long headline after it, 20 cells wide.
_CLINIC = PlainArticle(
    headline="社区卫生中心开设夜间门诊方便上班族来看病",
    paragraphs=[
        "青川区社区卫生服务中心从下周一起开设夜间门诊，每天开到晚上九点，周末照常接诊。",
        "中心主任王丽说，夜间门诊主要方便白天上班的居民看病取药，挂号费和白天一样，医保卡也可以照常使用。",
    ],
)


def test_a_wider_articles_lines_before_a_headline_two_cells_wider_than_its_column_stay_its_own() -> None:
    # its last line (14 cells), too wide for the page's column, closes its sentence before the
    # headline, a line of no column of its own: the headline of 20 cells after it says nothing
    # of the text's column
    assert text_width(_CLINIC.headline or "") == 20.0
    assert [text_width(ln) for ln in wrap(_CLINIC.paragraphs[1], 18)] == [16.0, 18.0, 14.0]
    rebuilt_in_widths((TREES, _CLINIC, CANTEEN), (12, 18, 12), False, page_width=12)


@pytest.mark.parametrize("width", [12, 14, 18])
def test_where_headlines_come_first_a_headline_between_two_briefs_of_other_subjects_heads_one(width: int) -> None:
    # each brief under 100 characters, its text closed: too short to weigh the words on either
    # side of a heading as ``_new_subject`` does, but a feature's sections run longer
    rebuilt_in_widths((MARKET, BRIDGE, FIRE), (width,) * 3, True)
    rebuilt_in_widths((BLOOD, TEA, JOBS), (width,) * 3, True)


#: A short article with a section head after its lead, both short; the section speaks of the
#: lead's words (食堂, 老人, 社区).
_CANTEEN_SECTIONS = PlainArticle(
    headline="南湖社区食堂开张",
    paragraphs=[
        "南湖社区食堂今天开张，每天供应早餐和午餐，社区里的老人吃饭有优惠。",
        "饭菜实惠",
        "社区食堂的午餐两荤两素，老人每餐只要八元，食堂还为行动不便的老人送餐上门。",
    ],
    headline_first=True,
)


def test_a_section_head_between_two_short_texts_sharing_their_words_stays_in_its_article() -> None:
    page = analyze_page(typeset([_CANTEEN_SECTIONS, replace(TEA, headline_first=True)], width=14))
    assert headlines(page) == ["南湖社区食堂开张", "茶农忙采明前茶"]
    assert [b.text for b in page.articles[0].paragraphs] == _CANTEEN_SECTIONS.paragraphs


#: A feature: a short lead, then a section head over a section of more than 100 characters that
#: shares few of the lead's words.
_STREET = PlainArticle(
    headline="老街换新颜",
    paragraphs=[
        "经过半年整修，青川老街上周重新开街。",
        "修旧如旧",
        "施工队拆除了后来加建的铝合金门窗和广告牌，按照老照片复原了木门板、青砖墙和石板路，"
        "二十多户人家的屋顶也换上了小青瓦。设计师李明说，整修用的木料和砖瓦大多是从拆下的旧房上收来的，"
        "就是要让老街看上去还是原来的样子。街口的百年老店也重新挂出了招牌。",
    ],
    headline_first=True,
)


def test_a_section_head_over_a_long_section_after_a_short_lead_stays_in_its_article() -> None:
    # the section runs on past 100 characters: a feature's section, not a brief
    assert len(han(_STREET.paragraphs[2])) > 100
    page = analyze_page(typeset([replace(BRIDGE, headline_first=True), _STREET], width=14))
    assert headlines(page) == ["老石桥完成加固", "老街换新颜"]
    assert [b.text for b in page.articles[1].paragraphs] == _STREET.paragraphs


def test_where_headlines_come_first_a_brief_after_a_long_text_heads_itself() -> None:
    # the text before the brief's headline is long, the brief too short for ``_new_subject``
    # to weigh: its words are not those of the text before it
    page = analyze_page(typeset([_STREET, replace(TEA, headline_first=True)], width=14))
    assert [plain(a) for a in page.articles] == [expected(_STREET), expected(TEA)]


def test_a_heading_after_a_lead_in_alone_heads_no_brief_of_its_own() -> None:
    # the text before the heading has said no sentence (本报讯（记者 王海）): no brief ends there
    notice = PlainArticle(
        headline="区政府发布公告",
        paragraphs=["本报讯（记者 王海）", "第五号", "滨江路大桥本月十日起封闭施工，过往车辆请绕行南湖路。"],
        headline_first=True,
    )
    page = analyze_page(typeset([replace(TEA, headline_first=True), notice], width=14))
    assert headlines(page)[0] == "茶农忙采明前茶"
    assert "第五号" not in headlines(page)


def test_a_section_head_over_text_the_page_cuts_off_heads_no_brief() -> None:
    # the page ends inside the text under the heading (its article goes on in a column not
    # pulled): short and of other words, but not closed, as a brief's text is. (Its first
    # paragraph ends on a full line, its stop past the edge: that line says the column is 14
    # cells, where the paragraphs' first lines, 12, are more than the full lines running on.)
    notice = PlainArticle(
        headline="小学新生今起报名",
        paragraphs=[
            "青川区各公办小学今天起接受新生报名，到本月二十日结束。",
            "办理须知",
            "家长可以在工作日上午到学校办理，也可以在网上提交，",
        ],
        headline_first=True,
    )
    text = typeset([replace(TEA, headline_first=True), notice], width=14)
    assert "受新生报名，到本月二十日结束。\n" in text
    page = analyze_page(text)
    assert page.column_width == 14
    assert headlines(page) == ["茶农忙采明前茶", "小学新生今起报名"]
    assert [b.text for b in page.articles[1].paragraphs] == notice.paragraphs


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_of_one_paragraph_of_three_lines_in_a_wider_column(first: bool) -> None:
    # its first line (the lead-in's) and one full line are too wide for the page's column, its
    # last line closes the paragraph and fits its own: three lines, one of them full
    assert len(wrap(BLOOD.byline + BLOOD.paragraphs[0], 20)) == 3
    rebuilt_in_widths((MARKET, BLOOD, FIRE), (12, 20, 12), first)


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_in_a_wider_column_whose_first_lines_close_their_sentences(first: bool) -> None:
    # its one full line is too few; its first paragraph's first line ends a sentence with its
    # stop past the edge, and its second paragraph is one line as wide as a first line: both
    # two cells short of its column, as paragraphs' first lines are
    assert wrap(TEA.paragraphs[0], 20)[0] == "清明将至，云雾山上的茶园迎来采摘高峰。"
    assert wrap(TEA.paragraphs[1], 20) == ["今年春天雨水充足，茶叶品质比去年好。"]
    rebuilt_in_widths((MARKET, TEA, FIRE), (12, 20, 12), first)


@pytest.mark.parametrize("first", [False, True])
def test_a_brief_in_a_wider_column_whose_lines_two_cells_short_close_paragraphs(first: bool) -> None:
    # set 20 wide among articles of 12: one full line, its lead-in's first line, and two lines
    # two cells short of its column that close paragraphs (a last line, and a paragraph of one
    # line): too wide for the page's column, each of them is a line of the wider one
    lines = wrap(MATCH.byline + MATCH.paragraphs[0], 20) + wrap(MATCH.paragraphs[1], 20)
    assert [text_width(ln) for ln in lines] == [17.5, 20.0, 18.0, 19.0]
    rebuilt_in_widths((MARKET, MATCH, FIRE), (12, 20, 12), first)


def test_a_wider_articles_last_paragraph_stays_in_its_column_though_its_lines_look_like_another() -> None:
    # TREES set 18 wide between articles of 12: its last paragraph is a first line of 16 cells
    # and a last line of 14, over the next article's headline of 14 (headlines first): a full
    # line and two first lines of a column of 16, but its last line closes the paragraph the
    # wider line before it runs on into, and says nothing of any column's width
    assert [text_width(ln) for ln in wrap(TREES.paragraphs[-1], 18)] == [16.0, 14.0]
    assert text_width(_LIFTS.headline or "") == 14.0
    rebuilt_in_widths((PARKS, TREES, _LIFTS), (12, 18, 12), True)


@pytest.mark.parametrize("first", [False, True])
def test_closing_lines_weigh_on_both_widths_where_first_lines_may_tell_the_column(first: bool) -> None:
    # the page's lines that run on are mostly 12 cells wide (CANTEEN, set 12 wide between two
    # articles of 18); two paragraphs' last lines of 14 cells, closing their sentences, say no
    # column of 14 against the 12-cell lines closing theirs as well
    rebuilt_in_widths((TRAIL, CANTEEN, _FERRY), (18, 12, 18), first)


@pytest.mark.parametrize("first", [False, True])
def test_a_narrower_briefs_closing_paragraph_of_two_lines_stays_in_its_column(first: bool) -> None:
    # MATCH set 12 wide between articles of 18: its last paragraph is a first line of 10 cells,
    # which runs on, and a last line of 9 closing it: both short of the page's column, they are
    # no heading and text after it, but the narrower column's paragraph
    assert wrap(MATCH.paragraphs[1], 12) == ["比赛吸引了周边村民五", "千多人次到场观看。"]
    rebuilt_in_widths((MARKET, MATCH, FIRE), (18, 12, 18), first, page_width=18)


def test_a_narrower_brief_after_the_headline_of_the_article_before_is_found() -> None:
    # headlines after: MARKET's last line (12 characters and a stop) and its headline come
    # right before BLOOD, set 12 wide in a page of 20; read from that last line, the run of
    # short lines holds the headline, no line of a column: BLOOD's text opens after it
    assert wrap(MARKET.paragraphs[-1], 20)[-1] == "在顾客多了，生意也好做了。"
    rebuilt_in_widths((MARKET, BLOOD, FIRE), (20, 12, 20), False, page_width=20)


#: Three readers' pieces, each under its heading and its writer's name, for a feature gathering
#: them (the last heading is set in ``_piece_lines``).
_PIECES = (
    (
        ("散步有去处",),
        "林晓雨",
        (
            "今年青川区新增绿地三百亩，滨江公园等地建起了十条林荫步道。每天傍晚，步道上都是散步的人。",
            "我家楼下的小广场也种上了树，孩子们放学后有了玩耍的地方。",
        ),
    ),
    (
        ("交通：公交线路更密了",),
        "周文",
        ("今年城里新开了六条公交线路，我上班换乘的次数从两次减到了一次。", "车站的电子站牌也多了，等车不再心里没底。"),
    ),
    (
        (),
        "王海",
        ("老街改造后，街面干净了，可几家开了几十年的老字号搬走了。", "改造不能只顾门面，老街的烟火气也要留住。"),
    ),
)
#: The last piece's heading broken at the column's edge, or set in a larger type before its last
#: few characters.
_BROKEN_HEADINGS = [("老街改造：留住老字号的烟火气", "需要大家一起用心"), ("老街改造：留住老字号", "的烟火气")]


def _piece_lines(last: tuple[str, ...], width: int = 14) -> list[str]:
    pieces = [*_PIECES[:-1], (last, *_PIECES[-1][1:])]
    return [
        ln for heading, name, paras in pieces for ln in [*heading, name, *(x for p in paras for x in wrap(p, width))]
    ]


_LIBRARY_TEXT = "滨江图书馆自三月一日起延长开放至晚上十点，读者借阅更方便了。"
#: What may follow a feature's pieces, and the headlines of the articles it makes: a heading
#: with no writer under it; a writer's heading over a text opening with a lead-in; a headline
#: set across columns, with its writer; a headline, its writer and a deck; a brief under no
#: headline, then a writer's piece.
_AFTER_PIECES = {
    "no-writer": (["滨江图书馆延长开放", *wrap(_LIBRARY_TEXT, 14)], ["滨江图书馆延长开放"]),
    "lead-in": (
        ["滨江图书馆延长开放", "周文", *wrap("本报讯（记者 周文）" + _LIBRARY_TEXT, 14)],
        ["滨江图书馆延长开放"],
    ),
    "across-columns": (
        ["青川区滨江图书馆延长开放，夜读有了去处", "周文", *wrap(_LIBRARY_TEXT, 14)],
        ["青川区滨江图书馆延长开放，夜读有了去处"],
    ),
    "with-a-deck": (["图书馆的灯光", "周文", "滨江图书馆延长开放时间", *wrap(_LIBRARY_TEXT, 14)], ["图书馆的灯光"]),
    "after-a-brief": (
        [
            *wrap("本报讯（记者 林晓雨）青川新茶昨天在滨江茶叶市场上市，首批新茶每斤卖到八百元。", 14),
            "图书馆的灯光",
            "周文",
            *wrap(_LIBRARY_TEXT, 14),
        ],
        [None, "图书馆的灯光"],
    ),
}


@pytest.mark.parametrize("after", list(_AFTER_PIECES))
@pytest.mark.parametrize("last", _BROKEN_HEADINGS, ids=["at-the-edge", "larger-type"])
@pytest.mark.parametrize("announcing", ["———", "："])
def test_a_features_pieces_under_their_writers_names_stay_in_it(
    announcing: str, last: tuple[str, ...], after: str
) -> None:
    # the editors' opening under the feature's headline announces the readers' pieces, with a
    # dash or a colon; each piece's heading (broken or not) and writer's name are lines of the
    # feature, as long as the pieces go on set so
    opening = "岁末年初，本报请几位住在青川的读者，说说这一年城里的变化" + announcing
    lines, heads = _AFTER_PIECES[after]
    page = analyze_page(page_of("一年来，城里添了什么", *wrap(opening, 14), *_piece_lines(last), *lines))
    assert headlines(page) == ["一年来，城里添了什么", *heads]
    headings = [heading for heading, _, _ in _PIECES[:-1]] + [last]
    assert [b.text for b in page.articles[0].paragraphs] == [
        opening,
        *(
            x
            for heading, (_, name, paras) in zip(headings, _PIECES, strict=True)
            for x in ["".join(heading), name, *paras]
        ),
    ]


def test_signed_pieces_announced_by_no_opening_are_articles_each() -> None:
    # the same pieces with no feature's opening over them: signed articles, each under its
    # headline and its writer's name
    page = analyze_page(page_of(*_piece_lines(_BROKEN_HEADINGS[0])))
    assert headlines(page)[:2] == ["散步有去处", "交通：公交线路更密了"]
    assert len(page.articles) == 3


def test_a_photos_label_announces_no_pieces() -> None:
    # headlines after: a photo's label (图片：) ends with a colon over the photo's headline, its
    # caption and its photographer's name; it announces no feature's pieces, and the text after
    # the photo is an article of its own
    (h1, n1, p1), (h2, n2, p2), (_, n3, p3) = _PIECES
    h3 = ("老街改造需要用心",)
    page = analyze_page(
        page_of(
            *(x for p in p1 for x in wrap(p, 14)),
            *h1,
            n1,
            *(x for p in p2 for x in wrap(p, 14)),
            *h2,
            n2,
            "图片：",
            "滨江步道",
            "傍晚散步的市民",
            "周文",
            *(x for p in p3 for x in wrap(p, 14)),
            *h3,
            n3,
        )
    )
    assert page.articles[-1].headline is not None
    assert page.articles[-1].headline.text == h3[0]
    assert [b.text for b in page.articles[-1].paragraphs] == list(p3)


@pytest.mark.parametrize(
    "signature",
    [["——编者"], ["——", "编者"], ["——", "—编者"]],
    ids=["dash-and-name", "name-alone", "dash-broken"],
)
def test_a_signature_after_a_dash_over_a_profiles_name_stays_a_signature(signature: list[str]) -> None:
    # the editors sign their note after a dash (broken across two lines, or not); the profile
    # after it is headed by its subject's name: no writer's line under a piece's heading
    page = analyze_page(
        page_of(
            "新人新事",
            *wrap("从今天起，本栏将介绍全区各行各业的新人新事，欢迎读者提供线索。", 14),
            *signature,
            "陈海生",
            *wrap("本报讯（记者 周文）青川区气象站的陈海生退休后，仍坚持每天记录天气。", 14),
        )
    )
    assert headlines(page) == ["新人新事", "陈海生"]
    assert page.articles[0].paragraphs[-1].text.endswith("编者")


@pytest.mark.parametrize(
    ("first", "apart"),
    [
        # the text opens as a brief does (who did what lately): the next story is an item too
        ("青川区环保局最近发出通知，全区餐馆的油烟净化设备须在五月底前完成检修，逾期未检修的将被处罚。", True),
        # ... but a text opening otherwise is one text whose headline is lost
        ("冬天的青川，江风很冷。老周每天清晨五点出门，沿着江堤走到渡口，给早班的船工送去热茶。", False),
    ],
    ids=["brief", "story"],
)
def test_a_text_under_no_headline_opening_as_a_brief_is_a_column_of_briefs(first: str, apart: bool) -> None:
    # under no headline after an article its headline closes (no other text under none beside
    # it), a text opening as a brief holds briefs, and a paragraph telling another story opens
    # the next
    second = _COLUMN_OF_BRIEFS[2]
    lines = [
        *wrap("本报讯（记者 周文）" + _LIBRARY_TEXT, 14),
        "滨江图书馆延长开放",
        *wrap(first, 14),
        *wrap(second, 14),
    ]
    page = analyze_page(page_of(*lines))
    assert brief_texts(page)[1:] == ([[first], [second]] if apart else [[first, second]])


_PLANTS = "本报讯（记者 林晓雨）青川区今年新建的三座污水处理厂相继竣工，日处理污水能力达到十五万吨。"
_BUSES = "本报讯（记者 周文）青川区公交公司今年新开了六条公交线路，城郊的十个村子通上了公交车。"


@pytest.mark.parametrize(
    ("headline", "together"),
    [
        # it tells of each item what the other does not say: one headline over both
        ("十个村子通上公交车三座污水厂竣工", True),
        # ... it tells of the last alone (今年 and 新 are both items' words): the item before is
        # an article of its own
        ("今年新开六条公交线路", False),
        # ... a photo's headline closes its photo alone, whatever it says
        ("污水处理厂竣工公交线路开通（图片）", False),
    ],
    ids=["both", "the-last", "photo"],
)
def test_a_closing_headline_telling_of_the_item_before_as_well_closes_both(headline: str, together: bool) -> None:
    page = analyze_page(
        page_of(
            *wrap("本报讯（记者 周文）" + _LIBRARY_TEXT, 14),
            "滨江图书馆延长开放",
            *wrap(_PLANTS, 14),
            *wrap(_BUSES, 14),
            headline,
        )
    )
    texts = [han((a.byline.text if a.byline else "") + "".join(b.text for b in a.paragraphs)) for a in page.articles]
    assert texts[1:] == ([han(_PLANTS + _BUSES)] if together else [han(_PLANTS), han(_BUSES)])


_EVENING = (
    "本报讯（记者 周文）滨江图书馆自三月一日起延长开放至晚上十点，读者借阅更方便了。",
    "图书馆馆长表示，延长开放后，读者借阅图书的数量增长了三成，晚上来看书的年轻人尤其多，阅览室常常坐满了人。",
)
_PLANTS_TEXT = ("青川区今年新建的三座污水处理厂相继竣工，日处理污水能力达到十五万吨，城区污水全部得到处理。",)


def _last_line_into_headline(headline: str, after: list[str], last: bool) -> tuple[list[str], int]:
    """A page with headlines after their articles, and the index of the line where the first
    article's last line runs into its headline (the article set last on the page where ``last``)."""
    evening = [x for p in _EVENING for x in wrap(p, 14)]
    plants = [x for p in _PLANTS_TEXT for x in wrap(p, 14)]
    if last:
        lines = [*plants, "三座污水处理厂竣工", *evening, headline, *after]
    else:
        lines = [*evening, headline, *after, *plants, "三座污水处理厂竣工"]
    return lines, lines.index(headline) - 1


@pytest.mark.parametrize(
    ("headline", "after", "last"),
    [
        # a headline with a title's colon, over the next article's first line ...
        ("图书馆：夜读有去处", [], False),
        # ... one of two clauses, over its writer's name
        ("图书馆延长开放，夜读有了去处", ["周文"], False),
        # ... one with quotes, at the page's foot
        ("滨江图书馆“夜读”", [], True),
    ],
    ids=["colon", "writer", "page-foot"],
)
def test_a_texts_last_line_run_into_its_headline_is_parted(headline: str, after: list[str], last: bool) -> None:
    lines, k = _last_line_into_headline(headline, after, last)
    page = analyze_page(page_of(*run_together(lines, k)))
    found = [(a.headline.text if a.headline else None, [b.text for b in a.paragraphs]) for a in page.articles]
    assert (headline, [_EVENING[0][len("本报讯（记者 周文）") :], _EVENING[1]]) in found


@pytest.mark.parametrize("end", ["。", "……", "："], ids=["stop", "trailing-off", "colon"])
def test_a_paragraphs_last_line_run_into_the_line_before_stays_in_it(end: str) -> None:
    # the line before the paragraph's last one stops a sentence inside it (…不少。晚上…), and the
    # two run together: what follows the stop closes a sentence, trails off or announces what
    # comes next, as no headline does, and the paragraph stays whole
    paragraph = (
        "图书馆馆长表示，延长开放后，读者借阅图书的数量增长了三成，来借书的人比去年多了不少。"
        "晚上来看书的年轻人尤其多，阅览室常常坐满了人" + end
    )
    after = "馆里还新添了二十个座位，方便读者晚上自习。"
    lines = [*wrap(_EVENING[0], 14), *wrap(paragraph, 14), *wrap(after, 14), "滨江图书馆延长开放"]
    k = lines.index("少。晚上来看书的年轻人尤其多，")
    page = analyze_page(page_of(*run_together(lines, k)))
    assert headlines(page) == ["滨江图书馆延长开放"]
    assert [b.text for b in page.articles[0].paragraphs][1:] == [paragraph, after]


def test_a_headline_over_a_first_line_closing_its_sentence_at_the_edge_is_one() -> None:
    # at 12 cells, BRIEF's headline (11) is nearly as wide as the column, and _FERRY's first
    # line (冬天的青川，江风很冷。) closes its sentence at the column's edge: a paragraph's first
    # line all the same, two cells short of the column with its stop hanging, and the line over
    # it, after a finished text, a headline
    assert wrap(_FERRY.paragraphs[0], 12)[0] == "冬天的青川，江风很冷。"
    rebuilt_in_widths((CANTEEN, BRIEF, _FERRY), (12, 12, 12), False)


@pytest.mark.parametrize("line", ["乘客们说：“城际公交开通了", "城际公交（青川至滨江的公交"], ids=["quote", "bracket"])
def test_a_line_leaving_a_quote_open_over_a_first_line_closing_it_is_text(line: str) -> None:
    # after a finished text, a line as wide as the column over a paragraph's first line that
    # closes its sentence at the column's edge (two cells short with its stop hanging) is a
    # headline (see above); but one that opens a quote or a bracket the next line closes,
    # which no headline leaves open, is the text's
    units = _units(
        (13.0, wrap(BRIEF.paragraphs[0], 13)),
        (13.0, [line]),
        (13.0, ["以后要守下去，不能丢了。”", *wrap(_FERRY.paragraphs[1], 13)]),
    )
    units[1].kind = "head"
    pipeline._classify(units)
    assert units[1].kind == "body"


def test_a_name_broken_at_the_columns_edge_over_a_numbered_item_is_one_line_of_a_list() -> None:
    # a list of units, one name a line: one broken inside its word at the column's edge
    # (…青川县老年大 / 学合唱团, 大学 standing together elsewhere) reads as a heading over its
    # tail; with the list's next numbered item after it, it is a line of the list still (the
    # item, a heading at first, becomes text in its turn)
    units = _units(
        (16.0, ["青川县人民医院青川县滨江大学附", "属中学青川县文化馆。"]),
        (16.0, ["青川县中医院滨江分院青川老年大"]),
        (16.0, ["学合唱团"]),
        (16.0, ["二、先进个人（共二人）"]),
        (16.0, ["青川县人民医院护士长王海，青川", "县文化馆馆员林晓雨。"]),
    )
    for u in units[1:4]:
        u.kind = "head"
    pipeline._classify(units)
    assert [u.kind for u in units] == ["body"] * 5
    assert units[2].tail


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # the text after it kept the leading space that marks an article's first line on this page:
        # the heading heads no section of it (it closes the text before, ``assign._opens_apart``)
        ("满城尽是读书声", "head"),
        # ... but a desk's name alone signs the text before it: a line of that text
        ("青川文艺部", "body"),
    ],
)
def test_a_heading_over_a_text_that_opens_an_article_is_no_section_head(heading: str, kind: str) -> None:
    units = _units(
        (14.0, [" 今年青川区新增绿地三百亩，", "在滨江公园等地建设了十条林荫", "步道。"]),
        (14.0, ["青川区绿化部门介绍，新增绿", "地以乡土树种为主，成活率达到", "九成以上。"]),
        (14.0, ["下一步，全区还将在各街道建", "设口袋公园，方便市民就近休", "闲。"]),
        (14.0, ["区里还请来园艺师傅，教居民", "在楼前屋后种花种菜。"]),
        (14.0, [heading]),
        (14.0, [" 童童刚满三岁那年冬天，随妈", "妈来到了油田的一口井边，这是", "一个远离村庄的地方。"]),
        (14.0, ["井边没有别的孩子，童童每天", "跟着妈妈巡井，和野兔做朋友。"]),
        (14.0, ["到了春天，井边开满了野花，", "童童给每一朵花都起了名字。"]),
    )
    for u in units:
        u.kind = "body"
    units[4].kind = "head"
    assert pipeline._indent_marks_articles(units)
    pipeline._section_heads(units)
    assert units[4].kind == kind


#: A text with a table set in it under its caption (表1：…), the column heads of its second
#: block of figures between its rows, and its headline after it.
TEA_TABLE = [
    *wrap("青川区茶叶产量今年再创新高。全区茶园面积达到五万亩，比去年增加六千亩，各镇茶园面积和产量见表1。", 14),
    *wrap("表1：青川区各镇茶园面积和有机茶产量", 14, indent=0),
    "茶园面积（亩）产量（吨）",
    "石门镇12000350",
    "南坝镇8600240",
    "其中有机茶产量（吨）",
    "今年去年",
    "21001500",
    "9801200",
    *wrap("区农业局介绍，新栽的茶树三年后才能采摘，明年还将扩大种植。", 14),
    "青川茶叶产量创新高",
]


def test_a_tables_caption_and_column_heads_are_lines_of_its_text() -> None:
    # the column heads between the table's rows share the caption's words, not the text's
    # after them: read as a headline closing the text before, they split the article in two
    page = analyze_page(page_of(*TEA_TABLE, *KINDERGARTENS[1:], KINDERGARTENS[0]))
    assert headlines(page) == ["青川茶叶产量创新高", "青川区新建十所幼儿园"]
    paragraphs = [b.text for b in page.articles[0].paragraphs]
    # (the caption broken at the column's edge is one paragraph; each column head is one)
    assert paragraphs[1:4] == ["表1：青川区各镇茶园面积和有机茶产量", "茶园面积（亩）产量（吨）", "石门镇12000350"]
    assert paragraphs[5:7] == ["其中有机茶产量（吨）", "今年去年"]


RANKING = ["1青川电器9.82", "2南坝茶业8.51", "3石门矿业7.03", "青川股市上周涨幅前三名（%）"]


def test_a_headline_after_a_tables_text_is_no_line_of_the_table() -> None:
    # the table ends where its text goes on with a sentence: the figures of the next article,
    # under a headline of its own, are no rows of it
    page = analyze_page(page_of(*TEA_TABLE, *RANKING))
    assert headlines(page) == ["青川茶叶产量创新高", "青川股市上周涨幅前三名（%）"]


def test_figures_under_no_caption_are_no_table_of_the_text_before() -> None:
    # a list of figures after an article's headline, under no caption, is the next article
    page = analyze_page(page_of(*KINDERGARTENS[1:], KINDERGARTENS[0], *RANKING))
    assert headlines(page) == ["青川区新建十所幼儿园", "青川股市上周涨幅前三名（%）"]


def test_a_headline_right_after_a_tables_last_row_is_no_line_of_the_table() -> None:
    # the text ends with its table, its headline and writer's name set after it: the table
    # runs to its last row of figures, not on to the lines after it
    page = analyze_page(page_of(*TEA_TABLE[:-4], "青川茶叶产量创新高", "王海", *KINDERGARTENS[1:], KINDERGARTENS[0]))
    assert headlines(page) == ["青川茶叶产量创新高", "青川区新建十所幼儿园"]


#: A paragraph opening as a brief does (who did what lately) and telling another story than
#: the kindergartens' article, and a column of briefs under no headline.
WEATHER = wrap("青川区气象台最近发布的统计表明，去年全区降水量比常年偏多三成，夏季暴雨日数为有记录以来最多。", 14)
BRIEFS = [
    *wrap("本报讯（青川新闻记者 周文）青川区石门村今年新修村道八公里，全村二十个村民小组都通了水泥路。", 14),
    *wrap("据青川区统计局公布的数据，去年全区农民人均纯收入达到九千元，比上年增长百分之八。", 14),
]


def test_the_first_of_a_column_of_briefs_below_an_article_is_no_paragraph_of_it() -> None:
    page = analyze_page(page_of(*KINDERGARTENS, *WEATHER, *BRIEFS))
    assert headlines(page) == ["青川区新建十所幼儿园", None, None, None]
    assert page.articles[1].paragraphs[0].text.startswith("青川区气象台最近发布")
    assert not any("气象台" in b.text for b in page.articles[0].blocks)


@pytest.mark.parametrize(
    ("last", "below"),
    [
        # an article under its own headline below: the paragraph ends its article
        (WEATHER, ["青川石门村修通村道", *BRIEFS[:4]]),
        # the paragraph goes on with the article's story, opening as a brief does
        (wrap("区教育局最近发出通知，新建的幼儿园明年秋季开始招生，收费标准和现有公办园一样。", 14), BRIEFS),
        # ... referring back to it
        (wrap("该局最近还发出通知，要求各校严格落实食品安全制度，每月公布一次伙食账目。", 14), BRIEFS),
        # it tells another story, but opens as no brief does
        (wrap("去年全区降水量比常年偏多三成，夏季暴雨日数为有记录以来最多，气象台提醒注意防汛。", 14), BRIEFS),
        # the paragraph before it announces it
        (["下面是一组数字：", *WEATHER], BRIEFS),
    ],
)
def test_an_articles_last_paragraph_opening_as_a_brief_stays_in_it(last: list[str], below: list[str]) -> None:
    page = analyze_page(page_of(*KINDERGARTENS, *last, *below))
    assert page.articles[0].paragraphs[-1].text.endswith(last[-1])


@pytest.mark.parametrize("verb", ["公布", "发布"])
def test_a_text_under_no_headline_opening_with_its_source_is_a_column_of_briefs(verb: str) -> None:
    # 据…公布的 / 据…发布的: the source's words tell a brief's opening; the next paragraph,
    # another story, is the next brief
    texts = [
        f"据青川区统计局最新{verb}的数据，去年全区常住人口达到四十二万，比上年增加一万二千人。",
        _COLUMN_OF_BRIEFS[2],
    ]
    page = analyze_page(
        page_of(*KINDERGARTENS[1:], KINDERGARTENS[0], *[line for text in texts for line in wrap(text, 14)])
    )
    assert brief_texts(page)[1:] == [[texts[0]], [texts[1]]]


#: A feature set with its headline after it, a section head sharing more of its words with the
#: text before it than after it, and a second section further on.
TEA_FEATURE = [
    *wrap(
        "本报讯（青川新闻记者 王海）十年前，石门村的山坡上只有零星几块茶园，村民靠种玉米过日子，一年到头挣不了几个钱。",
        14,
    ),
    *wrap("村党支部书记李大山带着村民上山开荒，第一年种下三百亩茶园，几年后茶园连片，茶农开始增收。", 14),
    "茶园连片茶农增收",
    *wrap("如今，全村已有三千亩茶叶，家家户户都建起了新房，去年人均收入超过两万元。", 14),
    "制茶厂里飘茶香",
    *wrap("村里还办起了制茶厂，请来技术员教大家炒茶，石门村的绿茶卖到了省城。", 14),
]


def test_a_section_head_sharing_the_words_of_its_features_headline_set_after_it_stays_in_it() -> None:
    # 茶园连片茶农增收 shares more with the text before it than after it, as a headline closing
    # that text would; but a third of its words are in the headline over the writer's name
    # that closes the feature, past its next section: a section of that feature
    page = analyze_page(page_of(*KINDERGARTENS[1:], KINDERGARTENS[0], *TEA_FEATURE, "石门村：茶园连片十年间", "周文"))
    assert headlines(page) == ["青川区新建十所幼儿园", "石门村：茶园连片十年间"]
    assert [b.text for b in page.articles[1].paragraphs][2:5:2] == ["茶园连片茶农增收", "制茶厂里飘茶香"]


@pytest.mark.parametrize(
    "closing",
    [
        # the headline after the feature stands over no writer's name: an article's headline
        ["石门村：茶园连片十年间"],
        # ... or shares too few of the heading's words
        ["石门村十年间的变化", "周文"],
    ],
)
def test_a_heading_closing_the_text_before_it_stays_a_headline(closing: list[str]) -> None:
    page = analyze_page(page_of(*KINDERGARTENS[1:], KINDERGARTENS[0], *TEA_FEATURE, *closing))
    assert headlines(page) == ["青川区新建十所幼儿园", "茶园连片茶农增收", closing[0]]


def test_a_heading_shares_words_with_no_headline_past_one_set_across_columns() -> None:
    # the headline set across columns closes the text: the one sharing the heading's words
    # further on, over its writer's name, heads another article
    wide = "石门村十年间的变化翻天覆地人人称赞"
    lines = [*KINDERGARTENS[1:], KINDERGARTENS[0], *TEA_FEATURE, wide, *KINDERGARTENS[2:], "茶园连片的秘密", "周文"]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区新建十所幼儿园", "茶园连片茶农增收", wide, "茶园连片的秘密"]


def test_a_photos_caption_on_a_line_of_its_own_after_a_text_is_its_caption_not_a_headline() -> None:
    # set after the article's last paragraph, as wide as a headline: but no headline ends with
    # a photographer's credit
    caption = "图为新建的青川区实验幼儿园（周文摄）"
    text = wrap("十年前，石门村的山坡上只有零星几块茶园，村民靠种玉米过日子，一年到头挣不了几个钱。", 14)
    page = analyze_page(page_of(*KINDERGARTENS, caption, *text, "石门村：茶园连片十年间"))
    assert headlines(page) == ["青川区新建十所幼儿园", "石门村：茶园连片十年间"]
    assert [b.text for b in page.articles[0].of_role("caption")] == [caption]


def test_a_table_row_broken_at_the_column_edge_is_one_paragraph_with_its_rest() -> None:
    # a row too long for the column (13 cells of 14) goes on with the rest of its figures on
    # the next line; the next row, with its label, and a row after a short one stand apart
    rows = ["全区合计486003.5120003.51", "7.9", "城区合计486003.5120003.51", "南坝镇8600.240", "8600240"]
    lines = [
        *wrap("青川区茶叶产量今年再创新高，各镇茶园面积和产量见表1。", 14),
        "表1：各镇茶园面积和产量",
        "单位：亩",
        *rows,
        *wrap("区农业局介绍，新栽的茶树三年后才能采摘，明年还将扩大种植。", 14),
        "青川茶叶产量创新高",
    ]
    page = analyze_page(page_of(*lines, *KINDERGARTENS[1:], KINDERGARTENS[0]))
    paragraphs = [b.text for b in page.articles[0].paragraphs]
    assert paragraphs[2:6] == ["全区合计486003.5120003.517.9", "城区合计486003.5120003.51", "南坝镇8600.240", "8600240"]


def test_figures_alone_after_a_paragraph_closing_short_of_the_edge_are_no_rest_of_it() -> None:
    # a year alone on its line, a chronicle's next heading, after a paragraph's last line two
    # cells short of the column: no row of figures broken at the edge
    lines = [
        *KINDERGARTENS,
        *wrap("区教育局介绍，新建的幼儿园全部是公办园，收费标准和现有公办园一样，明年招生。", 14),
    ]
    assert text_width(lines[-1]) == 12
    page = analyze_page(page_of(*lines, "2026", *wrap("全区将再建幼儿园五所，新增学位一千五百个。", 14)))
    assert "2026" in [b.text for b in page.articles[0].paragraphs]


#: A page of three texts in a column of 13: a dispatch under its headline, a report opened by
#: its dateline straight after it (under no headline: its headline follows its text, as a
#: report so opened has it on dev 219 times in 219), and a feature whose first line OCR gave
#: flush with the column, its headline after it too.
_DISPATCH = [
    "滨江大桥主桥顺利合龙",
    "新华社青川3月5日电滨江",
    "大桥主桥今天顺利合龙。大桥",
    "全长一千二百米，双向六车道，",
    "预计今年十月建成通车。",
]
_REPORT = [
    "新华社青川3月6日电青川",
    "第一中学机器人社团日前在全",
    "国青少年机器人大赛中夺冠，",
    "这是青川学生首次在这项全国",
    "比赛中获得冠军。",
]
_REPORT_MORE = [
    "机器人社团成立于三年前，",
    "现有社员四十多名。指导老师",
    "李明介绍，社团的机器人从设",
    "计到编程都由学生自己完成，",
    "学校每周为社团安排两个下午",
    "的活动时间。",
]
#: The report's headline: as wide as a paragraph's first line, with no mark.
_REPORT_HEAD = "青川机器人社团全国夺冠"
_FEATURE = [
    "清晨五点，石门村的茶园里已",
    "经响起了采茶姑娘的歌声。今",
    "年春天雨水充足，茶树发芽比",
    "往年早了十来天，村里的茶农",
    "们趁着晴天抢摘头茬新茶。",
]
_FEATURE_MORE = [
    "老茶农王秀兰一边炒茶一",
    "边说，头茬茶一斤能卖到八百",
    "元，全家一年的收入有一半靠",
    "这几天，再累也值得。今年村",
    "里还请来了农技员，教大家用",
    "新设备杀青揉捻。",
]

#: A paragraph of a third subject.
_LIBRARY_NEWS = [
    "滨江图书馆自三月一日起",
    "延长开放时间，读者晚上十点",
    "前都可以入馆借阅图书。馆长",
    "刘海峰表示，图书馆下一步将",
    "增设少儿阅读专区，每月还将",
    "请作家来馆讲座，讲座免费向",
    "市民开放，馆里还新添了一批",
    "有声读物。",
]


def test_a_headline_after_a_report_under_none_is_no_first_line_of_the_next_text() -> None:
    # the report's headline, as wide as a first line, reads as the first line of the feature's
    # flush first paragraph; it tells of the report, and the feature speaks of other things
    lines = [*_DISPATCH, *_REPORT, *_REPORT_MORE, _REPORT_HEAD, *_FEATURE, *_FEATURE_MORE, "茶园里的春天"]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["滨江大桥主桥顺利合龙", _REPORT_HEAD, "茶园里的春天"]
    assert [b.text[:4] for b in page.articles[1].paragraphs] == ["青川第一", "机器人社"]
    assert [b.text[:4] for b in page.articles[2].paragraphs] == ["清晨五点", "老茶农王"]


def _first_lines(units: list[pipeline.Unit]) -> list[str]:
    return [u.lines[0].text for u in units]


def _report_page(*paragraphs: list[str]) -> list[pipeline.Unit]:
    """The units of ``paragraphs`` (column 13) after the dispatch, its headline a unit of its own."""
    return _units((13, _DISPATCH[:1]), (13, _DISPATCH[1:]), *((13, p) for p in paragraphs))


def test_a_report_headline_after_its_text_is_set_apart_from_the_next_paragraph() -> None:
    units = _report_page(_REPORT, _REPORT_MORE, [_REPORT_HEAD, *_FEATURE], _FEATURE_MORE)
    out = pipeline._headlines_after_reports(units)
    assert _first_lines(out)[4:] == [_REPORT_HEAD, _FEATURE[0], _FEATURE_MORE[0]]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a line with a clause mark is text: no headline holds one
        [_REPORT, _REPORT_MORE, ["青川机器人社团，全国夺冠", *_FEATURE], _FEATURE_MORE],
        # the feature's first line, which tells nothing of the report
        [_REPORT, _REPORT_MORE, ["石门村的茶园里响起了采", "茶姑娘的歌声。今年春天雨水", *_FEATURE[2:]], _FEATURE_MORE],
        # a paragraph of the report under a dateline roundups string on (据新华社…电)
        [["据" + _REPORT[0], *_REPORT[1:]], _REPORT_MORE, [_REPORT_HEAD, *_FEATURE], _FEATURE_MORE],
        # the report under its headline: the line is no headline of it
        [[_REPORT_HEAD], _REPORT, _REPORT_MORE, ["青川机器人社团全国夺冠", *_FEATURE], _FEATURE_MORE],
        # a heading inside the report (a section's): the text after it is under a heading
        [_REPORT, ["社团风采"], _REPORT_MORE, [_REPORT_HEAD, *_FEATURE], _FEATURE_MORE],
    ],
    ids=["clause", "untold", "roundup", "headed", "sectioned"],
)
def test_a_line_after_a_report_stays_in_its_paragraph_unless_it_is_the_reports_headline(
    paragraphs: list[list[str]],
) -> None:
    units = _report_page(*paragraphs)
    assert len(pipeline._headlines_after_reports(units)) == len(units)


def test_a_paragraph_of_a_short_report_starting_with_its_words_stays_whole() -> None:
    # a report of one sentence is too short to tell a change of subject by: its second
    # paragraph's first line repeats its words and the rest says more, as paragraphs do
    short = ["新华社青川3月6日电青川", "第一中学机器人社团日前在全", "国青少年机器人大赛中夺冠。"]
    more = ["青川第一中学机器人社团成", "立于三年前，现有社员四十多", "名，教练是物理老师周文。"]
    units = _report_page(short, more, _FEATURE, _FEATURE_MORE)
    assert len(pipeline._headlines_after_reports(units)) == len(units)


def test_a_reports_last_paragraph_at_the_pages_end_stays_whole() -> None:
    # its first line repeats the report's words and its rest, too short to tell a subject
    # by, says something new: the report's last paragraph, not its headline
    last = ["机器人社团指导老师李明", "说，下个月还要去外地交流。"]
    units = _report_page(_REPORT, _REPORT_MORE, last)
    assert len(pipeline._headlines_after_reports(units)) == len(units)


def test_a_line_before_the_reports_own_headline_stays_in_its_paragraph() -> None:
    # the report's last paragraph opens with its words and says something new; the heading
    # after it tells of the report: that is its headline, the line is text
    last = ["机器人社团指导老师李明", "说，下个月还要去外地交流。"]
    units = _report_page(_REPORT, _REPORT_MORE, last, [_REPORT_HEAD], _FEATURE, _FEATURE_MORE, _LIBRARY_NEWS)
    assert len(pipeline._headlines_after_reports(units)) == len(units)


def test_a_line_whose_paragraph_goes_on_with_the_reports_words_stays_in_it() -> None:
    # the rest of the paragraph speaks of the report (社团, 学生, 冠军): the line opens it
    para = ["青川机器人社团全国夺冠", "后，社团的学生们捧着冠军奖", "杯回到学校。", *_FEATURE]
    units = _report_page(_REPORT, _REPORT_MORE, para, _FEATURE_MORE)
    assert len(pipeline._headlines_after_reports(units)) == len(units)


def test_a_line_after_which_the_text_goes_back_to_the_report_stays_in_its_paragraph() -> None:
    # its own paragraph speaks of something else for a sentence, then the text goes on with
    # the report's words: the report is not over
    para = ["青川机器人社团全国夺冠", "那天，石门村正下着小雨。"]
    back = [
        "社团的机器人在决赛中完",
        "成了全部十项任务，用时比第",
        "二名少了一分钟。指导老师李",
        "明介绍，社团的学生们为这次",
        "全国比赛准备了整整半年，每",
        "个周末都在学校的机器人活动",
        "室里编程调试，社团的机器人",
        "也是学生们自己设计的。",
    ]
    units = _report_page(_REPORT, _REPORT_MORE, para, back)
    assert len(pipeline._headlines_after_reports(units)) == len(units)


def test_only_the_first_line_telling_of_a_report_is_taken_for_its_headline() -> None:
    # once its headline closes the report, a paragraph of the feature after it that repeats
    # the feature's words is the feature's, whatever follows
    again = ["石门村的茶园里采茶姑娘", "们说，卖茶的钱要给孩子交学", "费。"]
    units = _report_page(_REPORT, _REPORT_MORE, [_REPORT_HEAD, *_FEATURE], again, _LIBRARY_NEWS)
    assert _first_lines(pipeline._headlines_after_reports(units))[4:] == [
        _REPORT_HEAD,
        _FEATURE[0],
        again[0],
        _LIBRARY_NEWS[0],
    ]


@pytest.mark.parametrize(
    ("first", "rest", "across"),
    [
        # 生态 stands together in the text: a word broken across the lines
        ("今年要改善城乡生", "态环境", True),
        # 生南 stands nowhere else: two headings meet at no word
        ("南湖幼儿园开园迎新生", "南湖社区食堂开业", False),
        # Latin letters are no Chinese word broken: GDP in the text says nothing of G / DP
        ("今年青川全区G", "DP增长8%", False),
    ],
)
def test_a_word_across_two_lines_is_a_pair_found_elsewhere_on_the_page(first: str, rest: str, across: bool) -> None:
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit, _word_across

    text = Unit(measure_lines(enumerate(["全区的生态环境一年比一年好，GDP比去年增长8%。"])))
    assert _word_across(first, rest, [text]) is across


@pytest.mark.parametrize(("deck", "signed"), [("过着简单而充实的日子———", True), ("过着简单而充实的日子", False)])
def test_a_deck_joined_with_its_reporters_credit_is_signed_only_after_a_dash(deck: str, signed: bool) -> None:
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit, _signed_deck

    unit = Unit(measure_lines(enumerate([deck, "本报记者周文"])))
    assert _signed_deck([unit], 0) is signed


def test_the_caption_of_the_photo_over_a_headline_is_a_caption_under_any_credit() -> None:
    # a column of 20 cells, the caption (压题照片为…, signed by the dispatch, no photographer)
    # on one line of the column's width under the headline set after its text and a writer's
    # name: it is the photo's caption, no text of its own for the headline to head; the
    # headline closes the text before it
    park = "青川区滨江公园改造工程近日完工，公园将于下月一日起向市民开放，新修步道两千米。"
    park2 = "公园管理处负责人说，开放后每天早六时到晚十时游人都可以进园散步。"
    tea = "清明前后，石门村的茶园里一片忙碌，茶农们趁着晴好天气抢摘春茶，今年春茶长势好于往年。"
    tea2 = "村里的茶叶合作社收购鲜叶，每斤价钱比去年高出两成，茶农的收入也跟着涨了起来。"
    lib = "青川区图书馆自本月起延长开放时间，每天晚上九时闭馆，方便下班的读者借书。"
    page = analyze_page(
        page_of(
            "滨江公园下月开放",
            *wrap(park, 20),
            *wrap(park2, 20),
            *wrap(tea, 20),
            *wrap(tea2, 20),
            "石门村春茶开采",
            "本报记者王海",
            "压题照片为石门村的茶园。（本报青川电）",
            "图书馆延长开放时间",
            *wrap(lib, 20),
        )
    )
    tea_article = next(a for a in page.articles if a.headline is not None and a.headline.text == "石门村春茶开采")
    assert [c.text for c in tea_article.of_role("caption")] == ["压题照片为石门村的茶园。（本报青川电）"]
    assert [b.text for b in tea_article.paragraphs] == [tea, tea2]


_RUN = [
    "滨江夜跑赛将于本周日晚七时在滨江步道鸣枪开跑，全程十公里，报名的跑友已有两千多人。",
    "组委会说，沿途设了五个补给站，跑友跑完全程可以领到一枚完赛奖牌。",
]
_TEA = [
    "清明前后，石门村的茶园里一片忙碌，茶农们趁着晴好天气抢摘春茶，今年春茶长势好于往年。",
    "村里的茶叶合作社收购鲜叶，每斤价钱比去年高出两成，茶农的收入也跟着涨了起来。",
]
_LIBRARY = [
    "青川区图书馆自本月起延长开放时间，每天晚上九时闭馆，方便下班的读者借书还书。",
    "图书馆还新添了两千册少儿读物，周末开设亲子阅读课，家长可以带着孩子一起来听。",
]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("滨江夜跑赛周日晚鸣枪开跑", "春茶开摘茶农笑开颜"),
        # 滨江夜跑赛周日晚鸣枪开跑 nearly fills the column and 春茶开摘 under it is under half as
        # long: that reads as a section head broken at the column's edge. But the first speaks
        # of the text before it only (夜跑, 鸣枪) and the second of the text after it only (春茶)
        ("滨江夜跑赛周日晚鸣枪开跑", "春茶开摘"),
        # the run's headline shares few of its words with the run's text; the tea's headline
        # under it speaks of the tea text after it only. The library's headline claims the tea
        # text too, and a text two headlines share costs the plan more than a deck that speaks
        # of nothing: the block went whole to the run, the tea's headline a deck of it, and the
        # tea text went under the library's headline. A heading under the first that speaks of
        # the text after it is no deck of the text before it (``assign._drifts_on``)
        ("周日晚上一起跑", "春茶开摘茶农笑开颜"),
    ],
)
def test_two_headlines_back_to_back_each_speaking_of_its_own_side_head_two_articles(first: str, second: str) -> None:
    # a page mixing placements: the first headline closes the text before it, the second
    # opens the text after it (the tea text, whose words its headline shares, none of the run's);
    # the library's headline closes the library's text after the tea text
    lines = [
        *_column(*_RUN),
        first,
        second,
        *_column(*_TEA),
        *_column(*_LIBRARY),
        "区图书馆延长开放时间",
    ]
    page = analyze_page(page_of(*lines))
    found = {a.headline.text if a.headline else None: [b.text for b in a.paragraphs] for a in page.articles}
    assert found == {first: _RUN, second: _TEA, "区图书馆延长开放时间": _LIBRARY}
    assert [s.text for a in page.articles for s in a.of_role("subheadline")] == []


def _leaning(heads: list[str], after: str = _TEA[0]) -> bool:
    from newsdesk.core.assign import HeadBlock, Segment, _leans, _parts_lean
    from newsdesk.core.paragraphs import measure_lines
    from newsdesk.core.pipeline import Unit

    units = [Unit([ln]) for ln in measure_lines(enumerate([*heads, _RUN[0], after]))]
    n = len(heads)
    block = HeadBlock(heads=units[:n], prev=Segment(units=[units[n]]), next=Segment(units=[units[n + 1]]))
    return _parts_lean(_leans(block), 1)


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        (["滨江夜跑赛周日晚鸣枪开跑", "春茶开摘茶农笑开颜"], True),
        # the second heading shares too little more with the text after it (茶农 only)
        (["滨江夜跑赛周日晚鸣枪开跑", "新茶笑开颜茶农"], False),
        # ... or the first with the text before it (跑赛 only)
        (["跑赛今晚圆满结束", "春茶开摘茶农笑开颜"], False),
        # a heading after the split speaks of the text before it
        (["滨江夜跑赛周日晚鸣枪开跑", "春茶开摘茶农笑开颜", "跑友领到完赛奖牌"], False),
        # names and a photographer's credit speak of no text, even where the text after names
        # the writers (本报记者王海 shares 王海 with it, 王海林晓雨 three pairs of four)
        (["滨江夜跑赛周日晚鸣枪开跑", "春茶开摘茶农笑开颜", "本报记者王海"], False),
        (["滨江夜跑赛周日晚鸣枪开跑", "春茶开摘茶农笑开颜", "王海林晓雨"], False),
        (["滨江夜跑赛周日晚鸣枪开跑", "春茶开摘茶农笑开颜", "茶农周文摄"], False),
    ],
)
def test_a_block_leans_where_each_heading_shares_more_with_its_own_sides_text(heads: list[str], expected: bool) -> None:
    after = _TEA[0] + "茶农王海和林晓雨说，今年春茶能卖个好价钱。"
    assert _leaning(heads, after) is expected


def test_where_as_many_headlines_come_first_as_after_a_doubtful_block_closes_the_text_before_it() -> None:
    # one headline closes its text, one heads its text: the page leans neither way, and a photo
    # whose caption speaks of the text before it (its headline of neither) goes with that text,
    # as headlines set after their text are the usual placement (it stood alone before)
    run = PlainArticle(
        headline="三千跑友周日晚夜跑滨江沿江赛道全程",
        paragraphs=[
            "滨江夜跑赛周日晚在江边鸣枪开跑，三千名跑友沿着江边的赛道跑完了全程。",
            "赛道沿江设了五个补给站，两百名志愿者为跑友送水送毛巾。",
        ],
    )
    tea = PlainArticle(
        paragraphs=[
            "石门村的茶园里一片忙碌，村民们背着竹篓在茶垄间采摘今年的头茬春茶。",
            "今年春茶的收购价格比去年高出两成，全村茶农的收入明显增加。",
        ]
    )
    photo = PlainArticle(headline="清晨的江边薄雾笼罩着两岸的村庄", captions=["茶园里一片忙碌。（周文摄）"])
    library = PlainArticle(
        paragraphs=[
            "区图书馆自三月一日起延长开放时间，每天开放到晚上十点，方便上班族下班后借书。",
            "馆长说，晚上来自习室看书的多是附近的学生和年轻人。",
        ]
    )
    ferry = PlainArticle(
        headline="青川渡口新建候船亭昨天正式投入使用",
        paragraphs=[
            "青川渡口新建的候船亭昨天投入使用，过江的乘客和船工再也不用站在雨里等船了。",
            "候船亭里摆着十张长椅，还有免费的热水。",
        ],
        headline_first=True,
    )
    page = analyze_page(typeset([run, tea, photo, library, ferry]))
    found = [
        (
            a.headline.text if a.headline else None,
            [c.text for c in a.of_role("caption")],
            [p.text for p in a.paragraphs],
        )
        for a in page.articles
    ]
    assert found == [
        (run.headline, [], run.paragraphs),
        (photo.headline, photo.captions, tea.paragraphs),
        (None, [], library.paragraphs),
        (ferry.headline, [], ferry.paragraphs),
    ]


def test_a_note_on_how_the_photo_came_closes_the_caption_with_its_credit() -> None:
    # the photographer's credit and the note each on a line (the column broke between them),
    # then the photo's headline after its caption: the note closes the caption, whose photo the
    # headline heads; neither goes to the text before
    first = (
        "青川区今年新建十所幼儿园，新增学位三千个，城区孩子入园难的问题大体有了着落。"
        "区教育局负责人说，明年还将新建五所幼儿园，让更多的孩子能够就近入园。"
    )
    caption = "1月5日，青川区滨江公园的梅花开了，不少市民顶着寒风赶到花下赏梅拍照。"
    page = analyze_page(
        page_of(
            *wrap(first, 14),
            "青川新建十所幼儿园",
            *wrap(caption, 14),
            "（新华社记者周文摄）",
            "（数码传真照片）",
            "滨江梅花迎春开（图片）",
            *wrap("本报讯（记者 王海）青川区图书馆自本月起延长开放时间，每天晚上九时闭馆。", 14),
            "图书馆延长开放时间",
        )
    )
    found = {a.headline.text if a.headline else None: [b.text for b in a.blocks[1:]] for a in page.articles}
    assert found["青川新建十所幼儿园"] == [first]
    assert found["滨江梅花迎春开（图片）"] == [caption, "（新华社记者周文摄）（数码传真照片）"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["到花下赏梅拍照。", "（新华社记者周文摄）", "（数码传真照片）"],
            ["到花下赏梅拍照。", "（新华社记者周文摄）（数码传真照片）"],
        ),
        (["（本报记者周文摄）", "（资料图片）"], ["（本报记者周文摄）（资料图片）"]),
        # a heading after the credit is no note on the photo
        (["（新华社记者周文摄）", "滨江梅花迎春开"], ["（新华社记者周文摄）", "滨江梅花迎春开"]),
        # a note after a sentence, not a photographer's credit, is an agency's credit of its own
        (["到花下赏梅拍照。", "（新华社发美联社照片）"], ["到花下赏梅拍照。", "（新华社发美联社照片）"]),
    ],
)
def test_only_a_note_after_a_photographers_credit_joins_it(lines: list[str], expected: list[str]) -> None:
    from newsdesk.core.pipeline import Unit, _join_closings

    units = [Unit([ln], width=14) for ln in measure_lines(enumerate(lines))]
    assert [u.text for u in _join_closings(units)] == expected


def test_a_photos_headline_under_the_photos_label_heads_its_photo() -> None:
    # the text closes with the photos' label (图片：), a photo's headline (…（图片）) under it and
    # the photo's report after: the headline heads the report, no item of a list the label
    # opens (an item's bracket credits it, 夜读春秋（王海画）; 图片 marks a photo's headline)
    text = (
        "青川区滨江步道今年春天完工，全长八公里，沿江种了三千棵樱花树。"
        "区园林局负责人说，步道夜里亮灯，市民晚饭后可以沿江散步。"
    )
    page = analyze_page(
        page_of(
            "滨江步道春天完工",
            *wrap(text, 14),
            "图片：",
            "寒夜赏灯（图片）",
            *wrap("本报讯（记者 王海）1月5日，青川区冬夜的灯会开幕，不少市民顶着寒风赶来赏灯。（新华社发）", 14),
            "图书馆延长开放时间",
            *wrap("本报讯（记者 林晓雨）青川区图书馆自本月起延长开放时间，每天晚上九时闭馆。", 14),
        )
    )
    found = {a.headline.text if a.headline else None: [b.text for b in a.paragraphs] for a in page.articles}
    assert found["滨江步道春天完工"] == [text, "图片："]
    assert found["寒夜赏灯（图片）"] == ["1月5日，青川区冬夜的灯会开幕，不少市民顶着寒风赶来赏灯。（新华社发）"]


def test_a_picture_credited_under_the_photos_label_is_its_item() -> None:
    # the label (图片：) over a picture credited in brackets: a line of the text, no headline
    text = "青川区美术馆新春画展今天开幕，展出本区画家的山水画和人物画一百多幅。画展将持续到二月底，市民可以免费参观。"
    page = analyze_page(
        page_of(
            "青川新春画展开幕",
            *wrap(text, 14),
            "图片：",
            "夜读春秋（王海画）",
            "图书馆延长开放时间",
            *wrap("本报讯（记者 林晓雨）青川区图书馆自本月起延长开放时间，每天晚上九时闭馆。", 14),
        )
    )
    found = {a.headline.text if a.headline else None: [b.text for b in a.paragraphs] for a in page.articles}
    assert found["青川新春画展开幕"] == [text, "图片：", "夜读春秋（王海画）"]


def test_a_photographers_credit_and_its_note_on_a_line_close_the_caption_before() -> None:
    # （…摄）（传真照片） on a line of its own between two numbered pictures: the end of the first
    # picture's caption, no photo's headline (its last bracket names how the photo came)
    first = (
        "青川区今年新建十所幼儿园，新增学位三千个，城区孩子入园难的问题大体有了着落。"
        "区教育局负责人说，明年还将新建五所幼儿园，让更多的孩子能够就近入园，家长们都很放心。"
    )
    one = "1、1月5日，青川区消防支队在滨江大厦举行消防演习，消防队员从高处救下被困的人员。"
    two = "2、1月3日，石门村的茶农在茶园里给茶树盖上草帘，帮助茶树过冬。（林晓雨摄）"
    page = analyze_page(
        page_of(
            *wrap(first, 20),
            "青川新建十所幼儿园",
            "图片新闻",
            *wrap(one, 20),
            "（新华社记者周文摄）（传真照片）",
            *wrap(two, 20),
            *wrap("本报讯（记者 林晓雨）青川区图书馆自本月起延长开放时间，每天晚上九时闭馆，方便读者。", 20),
            "图书馆延长开放时间",
        )
    )
    heads = [a.headline.text if a.headline else None for a in page.articles]
    assert heads == ["青川新建十所幼儿园", "图片新闻", "图书馆延长开放时间"]
    assert [b.text for b in page.articles[1].blocks[1:]] == [one, "（新华社记者周文摄）（传真照片）", two]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（新华社记者周文摄）（传真照片）", True),
        ("夜景。（本报记者周文摄）（资料图片）", True),
        ("雪后青川（图片）", False),  # a photo's headline
        ("（新华社发）（传真照片）", False),  # no photographer's credit before the note
        ("（新华社记者周文摄）", False),  # no note
    ],
)
def test_credit_and_note(text: str, expected: bool) -> None:
    from newsdesk.core.pipeline import _credit_and_note

    assert _credit_and_note(text) is expected


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("滨江夜跑赛周日晚鸣枪开跑", "春茶开摘", True),
        # (the second speaks of the text before too, 跑友: no headline of the text after alone)
        ("滨江夜跑赛周日晚鸣枪开跑", "跑友摘春茶", False),
        # (the first speaks of the text after too, 春茶: a section head of it, broken)
        ("滨江夜跑赛后春茶开摘", "茶农忙", False),
        # (the first speaks of no text: nothing closes the text before)
        ("周末去哪里走走", "春茶开摘", False),
    ],
)
def test_two_headings_over_each_other_close_and_open_texts_only_each_on_its_own_side(
    first: str, second: str, apart: bool
) -> None:
    texts = [*_RUN, first, second, *_TEA]
    units = [pipeline.Unit([ln]) for ln in measure_lines(enumerate(texts))]
    assert pipeline._closes_text_before(units, 2) is apart


def test_a_heading_ending_with_de_over_a_reporters_credit_is_a_headline_not_a_broken_section_head() -> None:
    # 滨江夜跑赛是怎样办起来的 nearly fills the column and ends with 的, where a heading broken
    # at the column's edge may stop inside its phrase (…的实现与 / 王海); but a reporter's credit
    # under it carries on no phrase: the headline of the run's text, over its reporter
    lines = [
        *_column(*_RUN),
        "滨江夜跑赛是怎样办起来的",
        "本报记者王海",
        *_column(*_TEA),
        "春茶开摘茶农笑开颜",
    ]
    page = analyze_page(page_of(*lines))
    found = [([b.text for b in a.of_role("headline")], [b.text for b in a.paragraphs]) for a in page.articles]
    assert found == [(["滨江夜跑赛是怎样办起来的"], _RUN), (["春茶开摘茶农笑开颜"], _TEA)]


@pytest.mark.parametrize(
    ("heading", "tail", "apart"),
    [
        # two writers' names run together under a heading that fills the column: its writers,
        # no tail of a section head broken at the column's edge
        ("一场属于城市的晚间长跑派对", "王海林晓雨", True),
        # ... but a line carrying on a word broken at the edge (…新世 / 纪的…) is the heading's
        # tail, whatever names its characters might make (纪的金钥匙)
        ("青川茶产业找到了打开新世", "纪的金钥匙", False),
    ],
)
def test_writers_names_run_together_under_a_heading_are_no_tail_of_it(heading: str, tail: str, apart: bool) -> None:
    lines = [
        *_column(*_RUN),
        heading,
        tail,
        *_column(*_TEA),
    ]
    page = analyze_page(page_of(*lines))
    paragraphs = [b.text for a in page.articles for b in a.paragraphs]
    assert (heading + tail not in paragraphs) is apart


_TEA_DECK = ["●鲜叶收购价比去年高两成", "●合作社上门统一收购", "●茶农收入跟着涨"]


def test_a_deck_set_with_bullets_under_a_headline_is_no_verse() -> None:
    # five short unpunctuated lines in a row read as verse or a list inside a text; but where
    # half of them or more open with a deck's bullet, they are a headline and its deck (the run
    # opening with the headline closing the text before it)
    lines = [
        *_column(*_RUN),
        "滨江夜跑赛周日晚鸣枪开跑",
        "春茶开摘茶农笑开颜",
        *_TEA_DECK,
        *_column(*_TEA),
    ]
    page = analyze_page(page_of(*lines))
    found = [[[b.text for b in a.of_role(r)] for r in ("headline", "subheadline", "body")] for a in page.articles]
    assert found == [[["滨江夜跑赛周日晚鸣枪开跑"], [], _RUN], [["春茶开摘茶农笑开颜"], _TEA_DECK, _TEA]]


def test_a_poem_opening_two_lines_with_bullets_stays_verse() -> None:
    # (two of its lines set with a bullet, fewer than half the run: verse, as without them)
    verse = ["●江水向东流", "●流过古老的桥", "桥下的船", "载着长流的梦", "梦落在田里", "长出一片新绿"]
    text = typeset([TREES], width=14) + page_of(*verse, "江水长流", "周文") + typeset([CANTEEN], width=14)
    page = analyze_page(text)
    assert [a.headline.text if a.headline else None for a in page.articles] == [
        TREES.headline,
        "江水长流",
        CANTEEN.headline,
    ]
    assert [b.text for b in page.articles[1].paragraphs] == verse


def test_a_saying_in_quotes_between_paragraphs_is_a_section_head_whatever_words_it_shares() -> None:
    # a profile's section set under its subject's words, “茶山不会骗人，骗人的是自己”: it shares
    # more word pairs with the text before it than after it, as a headline closing that text
    # would; but a saying quoted whole, clauses and all, heads no article
    lines = [
        *wrap("老王种了一辈子茶，常对年轻人说，茶山不会骗人，你下多少功夫，它就还你多少收成。", 14),
        *wrap("村里人起初不信，后来看着他家的茶园一年比一年好，也都跟着学了起来。", 14),
        "“茶山不会骗人，骗人的是自己”",
        *wrap("前年春天一场倒春寒，全村的新芽冻坏了大半，老王带着大家连夜熏烟防冻。", 14),
        *wrap("那一季，石门村的春茶还是卖出了好价钱。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert len(page.articles) == 1
    assert "“茶山不会骗人，骗人的是自己”" in [b.text for b in page.articles[0].paragraphs]


def test_a_headline_in_quotes_with_no_clauses_may_close_the_text_before_it() -> None:
    # (a quoted phrase, no sentence of clauses: it may be the headline set after its text)
    doctor = [
        "周大夫在乡卫生院干了二十年，村里人有个头疼脑热，半夜敲门他也出诊。",
        "有人问他为什么不去城里的大医院，他笑着说，自己只想做一个好医生。",
    ]
    lines = [
        *_column(*doctor),
        "“只想做一个好医生”",
        *_column(*_TEA),
        "春茶开摘茶农笑开颜",
    ]
    page = analyze_page(page_of(*lines))
    assert [(a.headline.text if a.headline else None, [b.text for b in a.paragraphs]) for a in page.articles] == [
        ("“只想做一个好医生”", doctor),
        ("春茶开摘茶农笑开颜", _TEA),
    ]


_TEA_BUYER = ["周春来收的鲜叶，如今都送到村里的茶叶合作社，茶农的收入也跟着涨了起来。"]


@pytest.mark.parametrize(
    ("name", "after", "apart"),
    [
        # the profile's subject, whom its last lines name: the headline closing the profile
        ("周春来", _TEA, True),
        # a name the text before does not speak of: its writer's, part of the text
        ("林晓雨", _TEA, False),
        # ... and one the text after speaks of as much is a section head, as any heading is
        ("周春来", _TEA_BUYER, False),
    ],
)
def test_a_name_the_text_before_speaks_of_is_that_texts_headline(name: str, after: list[str], apart: bool) -> None:
    profile = [
        "石门村的茶农都认识老周，他在村里收了三十年鲜叶，从没压过一分钱的价。",
        "今年老周七十岁了，村里人还是习惯把鲜叶卖给周春来。",
    ]
    lines = [
        *_column(*profile),
        name,
        *_column(*after),
        "春茶开摘茶农笑开颜",
    ]
    page = analyze_page(page_of(*lines))
    headlines_found = [a.headline.text if a.headline else None for a in page.articles]
    assert (name in headlines_found) is apart


def test_a_question_over_its_reporters_credit_opens_the_next_article() -> None:
    # 春茶为何卖出了好价钱？ reads as a line of the run's text (a question after a sentence's
    # end); but a reporter's credit alone under it signs no line inside a text: the title and
    # credit open the next article
    lines = [
        "滨江夜跑赛周日晚鸣枪开跑",
        *_column(*_RUN),
        "春茶为何卖出了好价钱？",
        "本报记者王海",
        *_column(*_TEA),
    ]
    page = analyze_page(page_of(*lines))
    assert [[b.text for b in a.paragraphs] for a in page.articles] == [
        _RUN,
        ["春茶为何卖出了好价钱？", "本报记者王海", *_TEA],
    ]


@pytest.mark.parametrize("credit", ["本报记者王海", "林晓雨"])
def test_a_question_closing_a_paragraph_over_its_writers_credit_opens_the_next_article(credit: str) -> None:
    # the decoder reads 茶园再扩一倍才好！ as the last line of the paragraph before (a full line
    # closing a sentence, then a short one closing with a mark); its writer's credit or name
    # alone under it shows it the next text's title
    lines = [
        "滨江夜跑赛周日晚鸣枪开跑",
        "滨江夜跑赛周日晚在江边鸣",
        "枪开跑，五千名跑友从滨江公园",
        "出发，沿着江堤一路跑完全程。",
        "茶园再扩一倍才好！",
        credit,
        *_column(*_TEA),
    ]
    page = analyze_page(page_of(*lines))
    assert [[b.text for b in a.paragraphs] for a in page.articles] == [
        ["滨江夜跑赛周日晚在江边鸣枪开跑，五千名跑友从滨江公园出发，沿着江堤一路跑完全程。"],
        ["茶园再扩一倍才好！", credit, *_TEA],
    ]


@pytest.mark.parametrize(
    ("before", "last", "nxt", "asks"),
    [
        ("出发，沿着江堤一路跑完全程。", "茶园再扩一倍才好！", "林晓雨", True),
        ("出发，沿着江堤一路跑完全程。", "你说，茶园还能再扩吗？", "林晓雨", False),  # (a clause: running text)
        ("出发，沿着江堤一路跑完全程，", "茶园再扩一倍才好！", "林晓雨", False),  # (a sentence runs on into it)
        ("出发，沿着江堤一路跑完全程。", "茶园再扩一倍才好！", "茶农们", False),  # (no writer under it)
    ],
)
def test_a_question_of_one_clause_over_a_writer_closes_no_paragraph(
    before: str, last: str, nxt: str, asks: bool
) -> None:
    infos = measure_lines(list(enumerate(["枪开跑，五千名跑友从滨江公园", before, last, nxt])))
    assert pipeline._asks_over_writer(infos[:3], pipeline.Unit(infos[3:])) is asks


@pytest.mark.parametrize(
    ("before", "title", "credit", "titled"),
    [
        (["沿途设了五个补给站。"], ["春茶为何卖出了好价钱？"], ["本报记者王海"], True),
        (["沿途设了五个补给站。"], ["春茶为何卖出了好价钱？"], ["林晓雨"], True),  # (its writer's name alone)
        (["沿途设了五个补给站。"], ["春茶为何卖出了好价钱？"], ["茶农"], False),  # (a word, no name)
        (["沿途设了五个补给站，"], ["春茶为何卖出了好价钱？"], ["本报记者王海"], False),  # (a sentence runs on)
        (["沿途设了五个补给站。"], ["春茶卖出了好价钱"], ["本报记者王海"], False),  # (no question: a heading)
        (["沿途设了五个补给站。"], ["跑友们问，春茶为何", "卖出了好价钱？"], ["本报记者王海"], False),  # (a paragraph)
        # (a line of text opening with 记者, no credit)
        (["沿途设了五个补给站。"], ["春茶为何卖出了好价钱？"], ["记者问过茶农，今年", "的春茶好卖"], False),
    ],
)
def test_a_title_over_its_writers_credit_is_one_line_each_after_a_sentences_end(
    before: list[str], title: list[str], credit: list[str], titled: bool
) -> None:
    groups = [before, title, credit, ["清明前后，石门村的茶园里一片忙碌。"]]
    infos = measure_lines(list(enumerate(t for g in groups for t in g)))
    units, at = [], 0
    for g in groups:
        units.append(pipeline.Unit(infos[at : at + len(g)]))
        at += len(g)
    assert pipeline._titled_by_reporter(units, 1) is titled


@pytest.mark.parametrize("photo", [[], ["石门村的茶农在采茶。（林晓雨摄）"]], ids=["no-photo", "photo"])
def test_a_section_head_sharing_the_words_of_its_features_headline_set_before_it_stays_in_it(
    photo: list[str],
) -> None:
    # the mirror of the feature whose headline closes it: here its headline and writer stand
    # over it (its photo's caption under them), right after the headline closing the article
    # before; 茶园连片茶农增收 shares more with the text before it than after it, as a headline
    # closing that text would, but a third of its words are the feature's headline's: a
    # section of that feature
    page = analyze_page(
        page_of(*KINDERGARTENS[1:], KINDERGARTENS[0], "石门村：茶园连片十年间", "周文", *photo, *TEA_FEATURE)
    )
    assert headlines(page) == ["青川区新建十所幼儿园", "石门村：茶园连片十年间"]
    assert [b.text for b in page.articles[1].paragraphs][2:5:2] == ["茶园连片茶农增收", "制茶厂里飘茶香"]


@pytest.mark.parametrize(
    ("under", "dispatch"),
    [
        # the first headline stands over its reporter's credit, as a feature's over its writer,
        # but the text between opens with a dated dispatch: a report, set in no sections
        ("新华社记者周文", "据新华社青川3月5日电"),
        # ... or over a subtitle and no writer: an article's headline, no feature's
        ("五家茶企拿到出口资质", "本报讯（青川新闻记者 林晓雨）"),
    ],
    ids=["dispatch", "no-writer"],
)
def test_a_heading_sharing_the_words_of_the_headline_above_its_text_closes_that_text(under: str, dispatch: str) -> None:
    # two reports on one subject, each headline after its text: the second headline shares a
    # third of its words with the first, as a section of a feature headed above would
    lines = [
        *wrap("青川区今年茶叶出口量比去年翻了一番，绿茶第一次卖到了欧洲，茶农收入大幅增加。", 14),
        *wrap("区商务局介绍，今年全区有五家茶企拿到了出口资质，明年还将再增加三家。", 14),
        "青川茶叶出口翻番",
        under,
        *wrap(f"{dispatch}青川区首批出口欧洲的绿茶今天装车启运，这批茶叶共二十吨，首次走出国门。", 14),
        *wrap("这批茶叶全部产自石门村，那里的茶园今年通过了有机认证，出口欧洲的价格比内销高出一倍。", 14),
        "青川茶叶首次出口欧洲",
        *KINDERGARTENS[2:],
        KINDERGARTENS[0],
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川茶叶出口翻番", "青川茶叶首次出口欧洲", "青川区新建十所幼儿园"]


def test_a_heading_sharing_the_words_of_a_headline_above_an_article_opened_since_closes_that_one() -> None:
    # the feature under 石门村：茶园连片十年间 ends where a report opens with its lead-in under
    # no headline: the heading after that report, though it shares the feature's headline's
    # words, is the report's headline, no section of the feature
    lines = [
        "石门村：茶园连片十年间",
        "周文",
        *wrap("十年前，石门村的山坡上只有零星几块茶园，村民靠种玉米过日子，一年到头挣不了几个钱。", 14),
        *wrap(
            "本报讯（青川新闻记者 林晓雨）石门村今年新建的制茶厂昨天投产，茶园连片以后，全村的茶叶第一次在村里加工。",
            14,
        ),
        "石门村茶园连片建起制茶厂",
        *KINDERGARTENS[2:],
        KINDERGARTENS[0],
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["石门村：茶园连片十年间", "石门村茶园连片建起制茶厂", "青川区新建十所幼儿园"]


def test_a_line_pointing_at_a_photo_is_no_headline() -> None:
    # 图为… under the label of a text's photo, short and unpunctuated as a headline is, says
    # what the photo shows: it stays with the text, which no headline after it cuts in two
    lines = [
        *KINDERGARTENS,
        "图片：",
        "图为石门村新建的幼儿园",
        *wrap(
            "本报讯（青川新闻记者 林晓雨）青川区滨江公园的樱花这几天进入盛花期，每天前来赏花的市民超过一万人次。", 14
        ),
        *wrap("公园管理处提醒游客文明赏花，不要攀折花枝。", 14),
        "滨江公园樱花盛开",
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区新建十所幼儿园", "滨江公园樱花盛开"]
    assert [b.text for b in page.articles[0].blocks][-2:] == ["图片：", "图为石门村新建的幼儿园"]


def test_a_list_of_pictures_credited_in_brackets_goes_on_past_its_first() -> None:
    # under the label of a text's pictures, each picture is credited as the one before it: the
    # second no more heads the next article than the first
    lines = [
        *KINDERGARTENS,
        "图片：",
        "江边晨雾（速写）（周文）",
        "古樟（速写）（周文）",
        "茶乡新歌",
        "林晓雨",
        *wrap("春天一到，石门村的山坡上就响起了采茶歌，村民们一边采茶一边唱，歌声传得很远。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区新建十所幼儿园", "茶乡新歌"]
    assert [b.text for b in page.articles[0].blocks][-3:] == [
        "图片：",
        "江边晨雾（速写）（周文）",
        "古樟（速写）（周文）",
    ]


@pytest.mark.parametrize(
    ("picture", "heading"),
    [
        # the picture before is credited in no brackets: a heading ending with one, the part of
        # a series, is no picture's credit
        ("石门村茶园示意图", "茶乡十年——石门村走访记（上）"),
        # ... and a photo's own headline heads a photo of its own
        ("江边晨雾（速写）（周文）", "滨江公园樱花盛开（图片）"),
    ],
    ids=["series", "photo"],
)
def test_a_heading_after_a_list_of_pictures_unlike_its_items_stays_a_headline(picture: str, heading: str) -> None:
    lines = [
        *KINDERGARTENS,
        "图片：",
        picture,
        heading,
        "本报记者林晓雨",
        *wrap("春天一到，石门村的山坡上就响起了采茶歌，村民们一边采茶一边唱，歌声传得很远。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区新建十所幼儿园", heading]


def test_a_text_whose_words_change_where_two_headlines_words_part_holds_two_articles() -> None:
    # a text under one headline and over another: its words change at the break where the two
    # headlines' words part (kindergartens, then tea), so the two share it, though the second
    # headline speaks of its text in few of its words
    lines = [
        "青川区新建十所幼儿园",
        *wrap("青川区今年将新建幼儿园十所，新增学位三千个，基本解决城区孩子入园难的问题。", 14),
        *wrap("区教育局介绍，新建的幼儿园全部是公办园，收费标准和现有公办园一样。", 14),
        *wrap("清明前后，石门村的茶农忙着上山采摘春茶，春茶长势好，芽头饱满。", 14),
        *wrap("村里的制茶厂连夜加工，新茶已经运到了省城的茶叶市场。", 14),
        "茶农迎来好年景",
        "滨江公园樱花盛开",
        *wrap(
            "本报讯（青川新闻记者 林晓雨）青川区滨江公园的樱花这几天进入盛花期，每天前来赏花的市民超过一万人次。", 14
        ),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区新建十所幼儿园", "茶农迎来好年景", "滨江公园樱花盛开"]
    assert [b.text[:4] for b in page.articles[1].paragraphs] == ["清明前后", "村里的制"]


TEA_YEAR = [
    "这一年，青川的茶农经历了一场春寒，又赶上了一个好秋天，茶叶的产量比往年少了一些，价格却涨了不少。",
    "石门村的茶园连片以后，村里办起了制茶厂，年轻人回到村里学炒茶，老茶农把手艺教给了他们。",
    "新的一年，茶乡的人们盼着茶叶卖得更远，也盼着更多的年轻人留在山里，把茶园种得更好。",
]
TEA_NOTE = "为了及时报道茶乡的新变化，我们特辟茶乡新闻月报栏目，每月介绍一次，欢迎读者来稿。"
TEA_MONTH = "石门村的制茶厂上个月又添了两台炒茶机，每天能多炒五百斤茶叶，村里的茶叶再也不愁卖了。"


@pytest.mark.parametrize(
    "note",
    [
        [*wrap(TEA_NOTE, 14), "———编者"],
        wrap(TEA_NOTE + "———编者", 14),
        wrap("编者按：" + TEA_NOTE, 14),
    ],
    ids=["signed-below", "signed", "labelled"],
)
def test_a_heading_over_an_editors_note_heads_the_column_the_note_opens(note: list[str]) -> None:
    # 茶乡新闻月报 shares more words with the note after it than with the essay before it, as a
    # section head of the essay would; but an editor's note stands at the head of a text, under
    # its headline
    essay = _column(*TEA_YEAR)
    page = analyze_page(page_of("茶乡这一年", *essay, "茶乡新闻月报", *note, *wrap(TEA_MONTH, 14)))
    assert headlines(page) == ["茶乡这一年", "茶乡新闻月报"]


def test_two_headlines_over_an_editors_note_are_no_heading_wrapped_at_the_column_edge() -> None:
    # the essay's headline after it, filling the 12-cell column with two clauses, then the
    # column's headline: read as a heading of the essay broken at the column's edge (这一年，
    # 茶乡收获了什么 / 茶乡新闻月报), it would run into one paragraph; an editor's note follows
    lines = [
        *_column(*TEA_YEAR, width=12),
        "这一年，茶乡收获了什么",
        "茶乡新闻月报",
        *wrap(TEA_NOTE, 12),
        "———编者",
        *wrap(TEA_MONTH, 12),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["这一年，茶乡收获了什么", "茶乡新闻月报"]


FLU_NOTE = [
    *wrap("编者按：入冬以来，流感在多地流行，我们请医生讲一讲怎样预防，供读者参考。", 14),
    *wrap("冬季是流感的高发季节，医生提醒大家，出门戴好口罩，回家勤洗手，家里常开窗通风。", 14),
    *wrap("今年的流感病毒传得很快，一家人往往一个病了，几天之内全家都病倒了，老人和孩子最容易得病。", 14),
]


@pytest.mark.parametrize(
    ("before", "heads"),
    [
        # the note's article's lead, under its headline: too little text for one of its own
        (["迎战冬季流感", *wrap("入冬以来，流感在多地流行，医院门诊人数明显增加。", 14)], ["迎战冬季流感"]),
        # ... or its lead-in, after an article's text: the note's text starts there
        (
            [
                *KINDERGARTENS,
                *wrap("本报讯（青川新闻记者 林晓雨）入冬以来，流感在多地流行，医院门诊人数明显增加。", 14),
            ],
            ["青川区新建十所幼儿园", None],
        ),
    ],
    ids=["lead", "lead-in"],
)
def test_a_writers_name_over_an_editors_note_under_its_articles_lead_heads_nothing(
    before: list[str], heads: list[str | None]
) -> None:
    # 禾木, a pen name the rules do not read as one, between the lead and the editor's note
    page = analyze_page(page_of(*before, "禾木", *FLU_NOTE))
    assert headlines(page) == heads


def test_an_editors_note_after_a_text_of_its_own_opens_an_article() -> None:
    # a letter under no headline (OCR lost it), then a report headed after its text that
    # opens with an editor's note: the note opens the report, whose headline shares no words
    # with the letter
    letter = [
        "前几天我去区政务大厅办事，窗口的工作人员一直在打电话，让我在一边等了半个多小时。",
        "后来我才知道，那位工作人员是在帮一位老人查社保记录，老人不会用手机，只好打电话来问。",
        "我想，窗口要是能多派一个人专门接电话，来办事的人就不用干等了，打电话的老人也不用着急。",
    ]
    report = [
        "编者按：入冬以来，流感在多地流行，我们请医生讲一讲怎样预防，供读者参考。",
        "冬季是流感的高发季节，医生提醒大家，出门戴好口罩，回家勤洗手，家里常开窗通风。",
    ]
    lines = list(_column(*letter, *report))
    page = analyze_page(page_of(*lines, "冬季预防流感莫大意"))
    assert headlines(page) == [None, "冬季预防流感莫大意"]
    assert page.articles[1].paragraphs[0].text == report[0]


FORUM = [
    [
        "王海（青川区茶叶协会会长）：青川的茶叶品质不差，可一直没有响亮的品牌，茶农只能把鲜叶卖给外地茶商。",
        "这几年，协会请来专家帮茶企做包装、办茶叶节，青川绿茶的名气慢慢大了起来，茶价也跟着涨了。",
    ],
    [
        "李丽（青川区农业局副局长）：茶叶要卖出好价钱，品牌靠的是品质，品质要从茶园管起。",
        "区里今年为茶农办了二十期培训班，教大家科学施肥、修剪茶树，不少茶园的产量提高了三成。",
    ],
]


@pytest.mark.parametrize("first", [False, True], ids=["headlines-after", "headlines-before"])
def test_a_heading_between_two_speakers_pieces_heads_one_of_them(first: bool) -> None:
    # a forum: each speaker's piece, its speaker introduced by post at its start, under a
    # headline of its own; the headline between the two pieces shares the words of both
    heads = ["品牌路要一直走下去", "茶叶品牌靠茶园管理"]
    lines: list[str] = []
    for head, piece in zip(heads, FORUM, strict=True):
        text = list(_column(*piece))
        lines += [head, *text] if first else [*text, head]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == heads
    assert [len(a.paragraphs) for a in page.articles] == [2, 2]


def test_a_heading_grouping_a_roundups_speakers_is_a_section_of_it() -> None:
    # a roundup: speakers follow one another paragraph by paragraph under one headline, and a
    # heading between them groups those after it
    lines = [
        "茶乡各界谈品牌",
        *wrap(FORUM[0][0], 14),
        *wrap("张明（青川区茶叶协会秘书长）：协会明年还要办茶叶节，请更多的外地茶商到青川来看茶园。", 14),
        "管理部门",
        *wrap(FORUM[1][0], 14),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["茶乡各界谈品牌"]
    assert [p.text for p in page.articles[0].paragraphs][2] == "管理部门"


def test_the_items_of_a_list_going_on_into_its_next_label_are_text() -> None:
    # a list of products under its label, each a producer and a brand on lines of their own:
    # short lines with no clause read as headings, but the list goes on past them into its
    # next label (抽查不合格的茶叶有：), as no article's text opens
    lines = [
        *wrap("青川区质监局日前对市场上销售的绿茶进行了抽查，共抽查二十个品牌，合格率为百分之六十。", 14),
        "抽查合格的茶叶有：",
        "青川县石门茶厂",
        "“石门”牌绿茶",
        *wrap("青川县白云山茶叶技术开发中心实验茶厂“白云”牌特级毛峰绿茶", 14),  # (an item wrapped: text of itself)
        "青川春江茶叶有限公司",
        "“春江”牌毛峰",
        "抽查不合格的茶叶有：",
        "白云茶叶加工厂“白云”牌炒青",
        *wrap("质监局要求不合格产品的生产企业限期整改，整改期间产品一律不得上市销售。", 14),
        "绿茶抽查合格率六成",
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["绿茶抽查合格率六成"]
    assert [p.text for p in page.articles[0].paragraphs][2:7] == [
        "青川县石门茶厂",
        "“石门”牌绿茶",
        "青川县白云山茶叶技术开发中心实验茶厂“白云”牌特级毛峰绿茶",
        "青川春江茶叶有限公司",
        "“春江”牌毛峰",
    ]


def test_a_headline_after_a_lists_last_item_heads_its_text() -> None:
    # the list closes its article's text; the headline after it, as short and as bare as an
    # item, is followed by the next article's sentences, no label: the list ended before it
    # (where the list holds two bare items or more before the headline, the second reads as
    # the headline still: nothing tells the two apart)
    lines = [
        *wrap("青川区茶叶协会日前评出一批诚信茶企，这些茶企全年没有一起质量投诉。", 14),
        "获评的茶企有：",
        "青川县石门茶厂",
        "青川茶企获评诚信单位",
        *KINDERGARTENS[2:],
        KINDERGARTENS[0],
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川茶企获评诚信单位", "青川区新建十所幼儿园"]


def test_a_heading_right_after_an_editors_note_is_a_section_of_the_text_it_introduces() -> None:
    # headlines after their texts: the article opens with its lead and its editor's note, then
    # its first section head, which shares its words with the lead as a headline closing that
    # text would; but an editor's note introduces the text after it, and closes no article
    lines = [
        *wrap("入冬以来，流感来势汹汹，青川区各医院门诊人数明显增加。", 14),
        *wrap("编者按：入冬以来，流感在多地流行，我们请医生讲一讲怎样预防，供读者参考。", 14),
        "流感来势汹汹",
        *wrap("今年的流感病毒传得很快，一家人往往一个病了，几天之内全家都病倒了，老人和孩子最容易得病。", 14),
        *wrap("医生提醒，家里有老人和孩子的，出门回家要先洗手换衣服，尽量少去人多的地方。", 14),
        "迎战冬季流感",
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["迎战冬季流感"]
    assert [p.text for p in page.articles[0].paragraphs][2] == "流感来势汹汹"


def test_a_credit_on_its_own_line_closes_the_next_caption_of_a_run() -> None:
    # a photo group's captions, each closed by its photographer's credit; the last credit went
    # to a line of its own, leaving its caption a paragraph of full sentences between them
    lines = [
        "茶乡四季",
        *wrap("春：石门村的茶农在山坡上采摘明前茶。（王海摄）", 14),
        *wrap("夏：青川县春江茶厂的工人在车间里炒制绿茶。（李丽摄）", 14),
        *wrap("秋：游客在石门村的茶园里体验采茶，学习炒茶。", 14),
        "（周文摄）",
        *KINDERGARTENS,
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["茶乡四季", "青川区新建十所幼儿园"]
    assert [c.text for c in page.articles[0].of_role("caption")][2:] == [
        "秋：游客在石门村的茶园里体验采茶，学习炒茶。（周文摄）"
    ]


def test_a_credit_on_its_own_line_after_a_text_leaves_its_last_paragraph_text() -> None:
    # the photographer's credit of an article's photo, set after its text with no caption
    # before it: the paragraph before the credit is the text's own
    lines = [*KINDERGARTENS, "（周文摄）", "青川茶叶出口翻番", *wrap(TEA_MONTH, 14)]
    page = analyze_page(page_of(*lines))
    assert page.articles[0].paragraphs[-1].text == "区教育局介绍，新建的幼儿园全部是公办园，收费标准和现有公办园一样。"


def test_a_documents_title_over_the_day_it_was_passed_heads_it() -> None:
    # a regulation printed after a report: its title shares its words with the articles under
    # it, as a section head would, but the note under it in brackets gives the day the
    # document was passed: a document's headline
    lines = [
        *KINDERGARTENS,
        "青川区茶园管理办法",
        *wrap("（2025年12月29日青川区人民政府第十次常务会议通过）", 14),
        "第一章总则",
        *wrap("第一条为了加强茶园管理，保护茶农的合法权益，根据有关法律法规，制定本办法。", 14),
        *wrap("第二条本区行政区域内茶园的规划、建设和管理，适用本办法。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区新建十所幼儿园", "青川区茶园管理办法"]


def test_a_heading_over_a_deck_closing_no_sentence_its_reporter_signs_opens_an_article() -> None:
    # the heading shares its words with the text after it, as a section head would; but the
    # paragraph under it closes no sentence and its reporter's credit stands under that: a
    # feature's deck, set right under its headline
    lines = [
        *KINDERGARTENS,
        "茶叶出口翻了一番",
        *wrap("青川绿茶第一次卖到了欧洲，五家茶企拿到出口资质", 14),
        "本报记者周文",
        *wrap("青川区今年茶叶出口量比去年翻了一番，茶叶出口的价格比内销高出一倍，茶农收入大幅增加。", 14),
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区新建十所幼儿园", "茶叶出口翻了一番"]


def test_a_section_heads_last_paragraph_closing_its_sentence_over_the_reporters_credit_is_text() -> None:
    # the text's last section and its reporter's credit closing it: the paragraph closes its
    # sentence, so it is no deck, and the heading over it stays a section head (the credit
    # alone at the end reads as a byline of its own: not asked here)
    lines = [
        "石门村：茶园连片十年间",
        *TEA_FEATURE,
        "茶叶出口翻了一番",
        *wrap("今年石门村的茶叶第一次出口欧洲，茶叶出口的价格比内销高出一倍。", 14),
        "本报记者周文",
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page)[0] == "石门村：茶园连片十年间"
    assert "茶叶出口翻了一番" not in headlines(page)


REVIEWS = [
    "《滨江纪事》是一部写给青年的书，作者用二十个故事写出了滨江几代人的奋斗，读来令人感动。",
    "书中写得最好的是渡口的故事，老船工在江上摆渡四十年，送走了一批又一批求学的孩子。",
]
ALBUM = "《石门茶事》是一本写给青年的画册，收录了石门村茶农采茶、炒茶的一百幅照片，每一幅都是一段纪事。"


@pytest.mark.parametrize("width", [14, 20])
def test_a_reviews_headline_over_its_writers_name_closes_the_review(width: int) -> None:
    # a review and its headline after it, naming the book (…——读《滨江纪事》), over the
    # reviewer's pen name the surnames do not know; at 20 cells the headline fills the column,
    # as a section head wrapped at its edge over the rest of it would, and the text after it
    # shares its words too (写给青年, 纪事)
    lines = [
        *_column(*REVIEWS, width=width),
        "一部写给青年的书——读《滨江纪事》",
        "禾木",
        *wrap(ALBUM, width),
        "一本画册里的茶乡往事",
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["一部写给青年的书——读《滨江纪事》", "一本画册里的茶乡往事"]


def test_a_speech_printed_whole_after_the_report_of_its_meeting_opens_with_its_address() -> None:
    # the report of a meeting under its headline, then the speech given there, its headline
    # after it: both speak of the same things, so the words part them nowhere; the speech
    # opens with its address (同志们：)
    report = [
        "本报讯（青川新闻记者 王海）青川区茶产业发展大会今天在区会堂举行，区长李大山出席大会并讲话。",
        "李大山在讲话中说，茶产业是青川的富民产业，全区要把茶园管好，把茶叶品牌做响。",
        "大会表彰了一批茶产业发展先进集体和先进个人，全区各镇的茶农代表参加了大会。",
    ]
    speech = [
        "茶产业是青川的富民产业。十年来，全区茶园面积扩大了一倍，茶农收入增加了两倍。",
        "今年，我们要把茶园管好，把茶叶品牌做响，让青川的茶叶卖得更远，让茶农的收入更高。",
    ]
    lines = [
        "青川区召开茶产业发展大会",
        *_column(*report),
        "同志们：",
        *_column(*speech),
        "在青川区茶产业发展大会上的讲话",
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["青川区召开茶产业发展大会", "在青川区茶产业发展大会上的讲话"]
    assert page.articles[1].paragraphs[0].text == "同志们："


def test_a_heading_after_a_report_opened_by_a_dispatch_is_no_section_of_it() -> None:
    # two wire reports on one subject, each headline after its text: the first headline shares
    # a third of its words with the opening of the second report, as a section head would; but
    # a report opened by a dated dispatch is set in no sections
    first = [
        "新华社青川3月5日电青川区茶商协会今天发布报告说，今年春茶的收购价格有望比去年上涨一成。",
        "报告说，今年开春以来气温偏高，茶芽长得快，外地茶商来得也比往年早。",
    ]
    second = [
        "春茶价格今天在青川茶市开出，石门村的明前茶每斤卖到八百元，比去年高出一成。",
        "区农业局介绍，今年全区春茶面积三万亩，明前茶开摘的茶园已有一万亩，产量比去年增加两成。",
    ]
    lines = [
        *_column(*first),
        "茶商看好春茶价格",
        *_column(*second),
        "青川茶市明前茶卖到八百元",
        "新华社记者周文",
    ]
    page = analyze_page(page_of(*lines))
    assert headlines(page) == ["茶商看好春茶价格", "青川茶市明前茶卖到八百元"]


def test_a_headline_as_wide_as_the_column_over_a_bulleted_caption_heads_its_text() -> None:
    # the headline after its text, as wide as the column (no line of running text: it closes
    # no sentence and follows one), then its photo's caption opened by a bullet and closed by
    # the photographer's credit on a line of its own
    lines = [
        " 本报讯（记者 王海）3月5日，",
        "青川区茶叶协会召开年度会员大",
        "会，总结去年工作，部署今年任",
        "务。",
        "今年，协会将围绕品牌建设、",
        "技术培训、市场开拓三个方面开",
        "展工作，计划培训茶农五百人次，",
        "组织会员企业参加展会六场。",
        "青川区茶叶协会召开会员大会了",
        "▲会员大会现场。青川日报记者",
        "王海 摄",
    ]
    (article,) = analyze_page(page_of(*lines)).articles
    assert article.headline is not None and article.headline.text == "青川区茶叶协会召开会员大会了"
    assert [b.text for b in article.of_role("caption")] == ["▲会员大会现场。青川日报记者王海 摄"]
    assert len(article.paragraphs) == 2


def test_a_bulleted_caption_and_a_qr_codes_caption_stay_with_their_article() -> None:
    # a photo's caption after a bullet, closed by a credit naming who gave the photo
    # (（受访者供图）, no photographer's), and the caption of a QR code under the text
    # (扫码看…视频): captions of the article, no text and no headline of an article of their own
    lines = [
        "春季植树添新绿",
        "记者 周文",
        " 本报讯 4月6日，龙溪区组织机",
        "关干部、志愿者等五百余人在北",
        "山开展义务植树活动，栽下樟树、",
        "桂花等苗木两千余株。",
        "据了解，今年全区计划新增绿地",
        "三十公顷，建设口袋公园八个。",
        "▲志愿者在北山植树。（受访者",
        "供图）",
        "扫码看植树现场视频",
    ]
    (article,) = analyze_page(page_of(*lines)).articles
    assert article.headline is not None and article.headline.text == "春季植树添新绿"
    assert [b.text for b in article.of_role("caption")] == ["▲志愿者在北山植树。（受访者供图）", "扫码看植树现场视频"]
    assert len(article.paragraphs) == 2
