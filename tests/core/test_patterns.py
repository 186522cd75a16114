"""Printed conventions the pipeline relies on."""

from __future__ import annotations

import pytest

from newsdesk.core import patterns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李琨", True),  # a common surname and a given name
        ("和谐", False),  # 和 is a rare surname: two characters with it are a word
        ("张梅", True),
        ("林向武", True),
        ("欧阳中石", True),  # a four-character name has a two-character surname
        ("国有经济", False),
        ("本报记者王海峰", True),
        ("本报驻巴基斯坦记者林南", True),
        ("本报评论员", True),
        ("茶园连片茶农增收", False),
        ("青川区农业局局长赵国栋", True),  # a writer named by office
        ("青川大学研究员孙丽华", True),
        ("青川区农业工作会议在滨江举行", False),
        ("区文化局局长、区文联主席孙丽华", True),  # offices listed with 、 before the name
        ("滨江区、老城区和青川区", False),  # a list of places, no office and name
        ("青川区、滨江区农业局局长", False),  # offices with no name after them
    ],
)
def test_writer_name_lines(text: str, expected: bool) -> None:
    assert patterns.by_name(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("滨江指数1286.351290·12", True),  # a table's row: figures run together
        ("3青川电器18.25", True),  # a ranking's row: its place and its figure
        ("21436·85", True),
        ("第39号", False),  # a decree's number under its heading: a line of text
        ("第18届", False),
        ("2025年岁末", True),  # a year closing a letter: no heading either
    ],
)
def test_table_rows(text: str, expected: bool) -> None:
    assert patterns.tabular(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（王海）", True),
        ("（本报开罗3月6日电）", True),
        ("（北京时间14时30分）", False),  # a figure in brackets, inside a sentence
        ("（约合人民币3万元）", False),
    ],
)
def test_writer_credit_lines(text: str, expected: bool) -> None:
    assert patterns.writer_credit_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("…集中精力振兴经济。（陈杰）", True),
        ("（据新华社电）", True),
        ("（本报悉尼1月1日电）", True),
        ("（4）研究市场运行问题。", False),
        ("增长了百分之十二（见附表第三栏的数字和说明）。", False),
    ],
)
def test_closing_credits(text: str, expected: bool) -> None:
    assert patterns.closing_credit(text) is expected


def test_photo_headlines() -> None:
    assert patterns.picture_head("雪后青川（图片）")
    assert patterns.picture_head("图片新闻")
    assert not patterns.picture_head("青川新增绿地三百亩")


def test_credit_lines() -> None:
    assert patterns.credit_line("（王海）")
    assert patterns.credit_line("（周文华摄）（新华社稿）")
    assert not patterns.credit_line("（一）青川区的做法")


@pytest.mark.parametrize(
    ("byline", "mends"),
    [
        ("本报讯（青川新闻记煮 林晓雨 文/图）", [(8, "记煮", "记者")]),
        ("本报讯（青川新闻纪者 林晓雨）", [(8, "纪者", "记者")]),
        ("新华社南湖3月4日电（记储周文）", [(11, "记储", "记者")]),
        ("本报讯（青川新闻记者 林晓雨）", []),
        ("本报讯（作者 林晓雨）", []),  # a word of its own
        ("本报讯（通讯员 林晓雨）", []),
        ("本报讯（青川记协 主席）", []),  # no writer's name after it
    ],
)
def test_a_misread_reporter_in_a_credit_is_found(byline: str, mends: list[tuple[int, str, str]]) -> None:
    assert patterns.mend_credit(byline) == mends


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市民在公园晨练。（本报记者 周文摄）", True),
        ("滨江公园新貌（资料图片）", True),
        ("滨江公园市民晨练忙（图片）", False),  # the photo's own headline
        ("图片新闻", False),
    ],
)
def test_a_photos_headline_is_no_photo_credit(text: str, expected: bool) -> None:
    assert patterns.ends_with_photo_credit(text) is expected


@pytest.mark.parametrize(
    "line",
    [
        "本报讯（记者王小明）昨天",
        "本报广州3月2日讯",
        "本报东京5月8日电",
        "新华社上海6月1日电",
        "据新华社北京1月4日电",
        "中新社香港电",
        "路透社伦敦2月9日电",
        "美通社纽约电",
        "本报驻开罗记者李华报道：",
        "记者张平报道：",
        "  本报讯",
    ],
)
def test_every_lead_in_starts_with_a_listed_character(line: str) -> None:
    # the pipeline tests a line against LEADIN only if it starts with one of LEADIN_FIRST
    assert patterns.LEADIN.match(line)
    assert line.strip()[0] in patterns.LEADIN_FIRST


def test_measured_lines_flag_lead_ins_as_the_pattern_does() -> None:
    from newsdesk.core.paragraphs import measure_lines

    lines = ["本报讯（记者王小明）昨天", "  记者张平报道：", "他说本报讯不错", "中国队今天获胜", "据悉，"]
    flags = [ln.leadin for ln in measure_lines(enumerate(lines))]
    assert flags == [True, True, False, False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第三，深化改革，促进科", True),  # 第三， opens a numbered section head
        ("第二、加强管理", True),
        ("其次，要抓好落实", True),
        ("＊＊＊", True),  # a section break
        ("一、总的要求", True),
        ("（二）工作重点", True),
        ("第三届全国运动会开幕", False),  # an ordinal in a headline
        ("第三世界国家的发展", False),
    ],
)
def test_numbered_section_heads(text: str, expected: bool) -> None:
    assert patterns.enumerated(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年3月5日 星期四 第3版 要闻", True),
        ("青川日报 2026.03.05 A3", True),
        ("国际新闻 第6版", True),
        ("青川日报 2026年3月5日", True),
        # a writer's name and the day he wrote, closing a letter; two words; two names
        ("王海 2026年3月5日", False),
        ("两会 特别报道", False),
        ("张明远 李丽", False),
        # a sentence is no header, whatever numbers it holds
        ("青川区 第3版 报道了今年的植树造林工作。", False),
    ],
)
def test_page_headers_set_apart_by_spaces(text: str, expected: bool) -> None:
    assert patterns.page_header(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("…让农民的钱袋子鼓起来。（王海）", True),
        ("…让农民的钱袋子鼓起来。（全文另发）", False),
        ("…鼓起来。（详见第二版）", False),
    ],
)
def test_a_note_of_the_full_text_elsewhere_is_no_closing_credit(text: str, expected: bool) -> None:
    assert patterns.closing_credit(text) is expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("三是提高技术含量", ("是", 3)),
        ("（4）研究市场运行问题", ("()", 4)),
        ("（十二）附则", ("()", 12)),
        ("二十一、加强管理", ("、", 21)),
        ("2、缅怀周总理", ("1、", 2)),
        ("第三，要加强领导", ("第，", 3)),
        ("7.2公里长的步道", None),  # a decimal, no item
        ("1．5万人次", None),  # (with a full-width point too, as a picture's number reads it)
        ("三十年前的旧货", None),
        ("一是", ("是", 1)),
    ],
)
def test_item_number_reads_a_list_items_style_and_number(text: str, item: tuple[str, int] | None) -> None:
    assert patterns.item_number(text) == item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报青川3月4日电今年青川区新增绿地", True),
        ("本报南湖电记者王海报道：昨天", True),
        ("本报北京1月5日讯记者林晓报道", True),
        ("据新华社青川3月4日电（记者周文）", True),
        # a dated dispatch whose text opens with 电: its date tells
        ("本报青川3月4日电力部门今天宣布", True),
        # 本报讯 dates nothing; 电视台, 电力 open words, no dispatch's 电
        ("本报讯青川电视台和南湖晚报联合举办", False),
        ("本报讯（记者王海）青川", False),
        ("本报记者从青川电力公司获悉", False),
    ],
)
def test_dated_dispatches(text: str, expected: bool) -> None:
    assert patterns.wire_leadin(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年2月10日", True),
        (" 2026 年 2 月 10 日 ", True),
        ("二〇二六年二月十日", True),  # spelled in characters, as a document is signed
        # a header's parts beside the date: furniture wherever it stands
        ("2026年2月10日 星期二", False),
        ("2026年2月10日 第3版", False),
        # a date inside a sentence, or with its bracket (the day of a speech under its title)
        ("2026年2月10日上午，青川区召开大会。", False),
        ("（2026年2月10日）", False),
    ],
)
def test_a_date_on_its_own(text: str, expected: bool) -> None:
    assert patterns.bare_date(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王海林晓雨", True),  # two names of two and three characters
        ("周文孙丽华李丽", True),  # three
        ("王海周文林晓雨孙丽华", True),  # four
        ("王海周文林晓雨孙丽华李丽", False),  # five: no credit runs so many together
        ("王海", False),  # one name: ``author_line``
        ("滨江步道开放", False),  # words
        ("李宁公司", False),  # a name and a word
        ("王海 林晓雨", False),  # names apart
    ],
)
def test_names_run_together(text: str, expected: bool) -> None:
    assert patterns.names_run_together(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王海", True),  # a common surname and a given name
        ("阎林", True),  # the older forms of common surnames, as print kept them (阎 for 闫)
        ("萧静", True),  # (萧 for 肖)
        ("和谐", False),  # a word: 和 is a surname too rare to trust with two characters
        ("阎海涛", True),  # (three characters: any surname)
    ],
)
def test_a_two_character_name_line_needs_a_common_surname(text: str, expected: bool) -> None:
    assert patterns.author_line(text) is expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("王海（青川区茶叶协会会长）：茶叶要走品牌路。", True),
        ("王大妈（68岁）：今年的菜价比去年稳。", True),
        ("本报讯（青川新闻记者 王海）青川区今年新建幼儿园十所。", False),  # a lead-in: no colon
        ("青川区（县级）茶叶协会成立。", False),
        ("记者：您怎么看今年的茶价？", False),  # an interview's question: no post in brackets
    ],
)
def test_a_speaker_is_named_with_a_post_in_brackets_before_a_colon(text: str, speaker: bool) -> None:
    assert (patterns.SPEAKER.match(text) is not None) is speaker


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("（2025年12月29日青川区人民政府第十次常务会议通过）", True),
        ("（二〇二五年三月五日）", True),
        ("（本报青川3月5日电）", False),  # a dateline: no year first
        ("（2025年12月29日）青川区今年新建幼儿园十所。", False),  # a text goes on after it
    ],
)
def test_a_documents_note_opens_with_the_day_in_brackets(text: str, note: bool) -> None:
    assert (patterns.DOCUMENT_NOTE.match(text) is not None) is note


@pytest.mark.parametrize(
    ("text", "review"),
    [
        ("一部写给青年的书——读《滨江纪事》", True),
        ("茶乡的记忆——评《石门茶事》", True),
        ("《滨江纪事》读后", True),
        ("青川区图书馆新到《滨江纪事》等图书三千册", False),  # a book named, no review
    ],
)
def test_a_reviews_headline_names_the_work_it_reviews(text: str, review: bool) -> None:
    assert (patterns.REVIEW_TITLE.search(text) is not None) is review


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("同志们：", True),
        ("女士们、先生们：", True),
        ("尊敬的各位来宾：", True),
        ("同志们都说：", False),  # a sentence's words before a quote
        ("同志们，", False),
    ],
)
def test_a_speechs_address_stands_alone_before_a_colon(text: str, address: bool) -> None:
    assert (patterns.SALUTATION.match(text) is not None) is address


@pytest.mark.parametrize(
    "text",
    [
        "记者王海今天从青川报道：",
        # (two reporters, the hour and the place between the role and 报道: 22 characters; the
        # byline reads up to 24, and so does the lead-in now)
        "记者王海、李丽今日凌晨2时30分从青川县抗灾一线报道：",
    ],
)
def test_a_reporters_report_opens_as_a_lead_in(text: str) -> None:
    assert patterns.leadin(text)
    assert patterns.byline_end(text) == len(text)


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("扫码看植树现场视频", True),
        ("扫一扫，听新闻", True),
        ("扫描下方二维码观看完整视频", True),
        ("长按识别二维码关注我们", True),
        ("扫码支付走进菜市场", False),  # (a headline: scanning to pay is its subject)
        ("扫描仪", False),
        ("扫一扫", False),
    ],
)
def test_a_qr_codes_caption_says_what_scanning_it_gives(text: str, prompt: bool) -> None:
    assert (patterns.QR_PROMPT.match(text) is not None) is prompt


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("开幕式上，居民表演广场舞。新华社记者 周文 摄", True),
        ("开幕式上，居民表演广场舞。周文 王海 摄", True),
        ("开幕式上，居民表演广场舞。王海/摄", True),  # (today's credit after a slash)
        ("王海／摄", True),
        ("开幕式上，居民表演广场舞。（王海摄）", True),
        ("他拿起相机就摄", False),
    ],
)
def test_a_photographers_credit_closes_a_caption(text: str, credit: bool) -> None:
    assert patterns.photographer_credit(text) is credit
