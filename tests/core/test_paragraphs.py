from __future__ import annotations

from dataclasses import asdict, fields

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsdesk.core.chars import text_width
from newsdesk.core.paragraphs import (
    LineInfo,
    _add_short_regions,
    _apart_after_stops,
    _closes_wider,
    _emit,
    _opens_before,
    _paragraph_end_inside,
    _paragraph_turns,
    _word_broken,
    column_regions,
    column_width,
    decode,
    forget_indents,
    measure_lines,
    merged_lines,
    split_run_together,
    stray_indents,
)


def sizes(raw: list[str], width: float = 14.0) -> list[int]:
    """How many of the raw ``lines`` each decoded paragraph holds, in a column ``width`` wide."""
    return [len(p) for p in decode(measure_lines(enumerate(raw)), width)]


def test_a_measured_line_has_every_field_set() -> None:
    # (lines are built without the dataclass's __init__: a field left unset would fail here)
    raw = ["  本报讯（青川新闻记者 林晓雨）", "", "滨江公园新建林荫步道。", "雪后青川（图片）", "GDP增长8%，"]
    lines = measure_lines(enumerate(raw))
    assert [ln.index for ln in lines] == [0, 2, 3, 4]
    for ln in lines:
        assert set(asdict(ln)) == {f.name for f in fields(LineInfo)}
    lead, full, photo, mixed = lines
    assert lead.indent and lead.leadin and lead.text == "本报讯（青川新闻记者 林晓雨）"
    assert lead.closes and lead.hang == 1.0 and not lead.picture
    assert full.closes and not full.leadin and not full.indent and full.width == 11.0
    assert photo.picture
    assert mixed.width == 5.5 and mixed.hang == 1.0 and mixed.closes  # G, D, P, 8 and % half a cell each
    assert all(ln.squeeze == -1.0 and not ln.continued for ln in lines)
    assert [ln.before_mark for ln in measure_lines(enumerate(["他说：", "“走吧。”", "（完）"]))] == [True, True, False]


@given(st.text(st.sampled_from("青川区 aB1，。）（“”—…·\u3000\U00020000"), min_size=1, max_size=30))
def test_a_lines_width_is_its_text_width(text: str) -> None:
    lines = measure_lines([(0, text)])
    if text.strip():
        assert lines[0].width == text_width(text.strip())
    else:
        assert lines == []


# A column of 14 cells: a paragraph's first line lost its indent (12 cells), the lines after
# it fill the column, its last line ends short.
REST = ["所，新增学位三千个，基本解决", "城区孩子入园难的问题，家长们", "都说这是一件大好事。"]


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("青川区今年将新建幼儿园十", "所，新增学位三千个，基本解决", True),  # 12 cells: a first line
        ("青川区今年将新建幼儿园", "十所，新增学位三千个，基本解", False),  # 11 cells of Chinese: a line alone
        ("本报讯（青川区新闻记者 ", "王海）青川区今年新建幼儿园十", True),  # broken at a space
        ("区长王海在会上强调说：", "“今年全区要新建十所幼儿园，", True),  # the quote moved down
        ("2026年青川区将新建幼儿", "园十所，新增学位三千个，基本", True),  # digits in half cells
    ],
)
def test_a_first_line_three_cells_short(first: str, second: str, together: bool) -> None:
    raw = [first, second, *REST[1:]]
    assert (sizes(raw)[0] > 1) is together


@pytest.mark.parametrize(
    ("before", "apart"),
    [
        ("滨江步道夜景成了青川新名片", True),  # a headline as wide as the column, then its photo's caption
        ("夜晚，滨江步道上灯火通明，右", False),  # 右 / 图为: the picture on the right, in the sentence
        ("区里有人曾经为了这件事多次试", False),  # 试 / 图为: tried to, in the sentence
        ("夜晚的滨江步道灯火通明（", False),  # a bracket opened: （ / 图为周文摄）, a credit runs on
    ],
)
def test_a_caption_opening_with_tu_wei_starts_a_paragraph(before: str, apart: bool) -> None:
    raw = [before, "图为青川区滨江步道的夜景，市", "民在步道上散步。（周文摄）"]
    assert (sizes(raw)[0] == 1) is apart


@pytest.mark.parametrize(
    ("before", "label", "apart"),
    [
        # the caption of the photo over the headline, after the text's last line
        ("新建五所幼儿园，家长们都很放心。", "压题照片：青川区新建的滨江幼", True),
        ("新建五所幼儿园，家长们都很放心。", "压题照片为青川区新建的滨江幼", True),
        # a credit cited in the text: （见 / 压题照片周文摄）
        ("新建五所幼儿园，家长们都说（见", "压题照片周文摄），礼堂里响起", False),
    ],
)
def test_the_title_photos_caption_starts_a_paragraph(before: str, label: str, apart: bool) -> None:
    raw = ["区教育局负责人说，明年还将", before, label, "儿园。"]
    assert (len(sizes(raw)) > 1) is apart


def test_the_photos_label_is_a_paragraph_of_its_own() -> None:
    # the text's last line fills the column and closes its sentence; the label under it (图片：)
    # is no last line of that paragraph
    raw = ["区教育局负责人说，明年还将", "新建五所幼儿园，家长们都很放心。", "图片：", "青川新建的滨江幼儿园"]
    assert sizes(raw)[:2] == [2, 1]


def test_a_date_in_brackets_stands_on_a_line_of_its_own() -> None:
    # a speech's title a cell wider than the column, the day it was given under it: the date
    # ends no paragraph the title began
    raw = ["在青川区人大第三次会议上的讲话", "（二〇二六年三月五日）", "王海", "各位代表：过去一年，全区上", *REST]
    assert sizes(raw)[:2] == [1, 1]


def test_a_name_alone_ends_no_paragraph_after_a_full_line() -> None:
    # the text's last line fills the column and closes its sentence; a headline as wide as the
    # column follows, its writer's name under it: the name is no last line of a paragraph the
    # headline began (running text would end with a closing mark)
    raw = [
        "区教育局负责人说，明年还",
        "将新建五所幼儿园，让更多孩子",
        "就近入园，家长们都说这下放心。",
        "滨江幼儿园今天开园迎首批新生",
        "周文",
        "本报讯（记者 林晓雨）青川区",
    ]
    assert sizes(raw) == [3, 1, 1, 1]
    # (a name under a short line stays where it was: the rule breaks only the tie above)
    raw = ["区教育局负责人说，明年还将", "新建五所幼儿园。", "滨江幼儿园今天开园", "周文"]
    assert sizes(raw) == [2, 1, 1]


@pytest.mark.parametrize(
    ("before", "sizes_found"),
    [
        ("就近入园，家长们都说这下放心。", [3, 1, 1, 1]),  # (a pen name under the heading)
        ("就近入园，家长们都说这下放心，", [5, 1]),  # (after a comma the text runs on)
    ],
)
def test_a_line_after_a_sentences_end_over_a_short_unclosed_line_runs_on_no_paragraph(
    before: str, sizes_found: list[int]
) -> None:
    # a heading as wide as the column under a text's last full line, its writer's pen name
    # (no surname the rules know) under it: the heading and the name end no paragraph of the
    # text above, which had ended its sentence; (a tie before: the paragraph ran on to end on
    # the name, as it must where the line above ends with a comma)
    raw = ["区教育局负责人说，明年还", "将新建五所幼儿园，让更多孩子", before, "滨江幼儿园今天开园迎首批新生"]
    raw += ["晓风", "本报讯（记者 林晓雨）青川区"]
    assert sizes(raw) == sizes_found


@pytest.mark.parametrize("second", ["南湖社区食堂正式开业", "南湖社区食堂开业"])
def test_a_line_after_a_sentences_end_over_a_second_heading_runs_on_no_paragraph(second: str) -> None:
    # a headline as wide as the column after a text's last sentence, over the next text's
    # headline, which ends short of the column with no mark: neither runs on the paragraph the
    # sentence ended (before, the paragraph ran on to end on the second headline)
    raw = ["区教育局负责人说，明年还", "将新建五所幼儿园，让更多孩子", "就近入园，家长们都说这下放心。"]
    raw += ["滨江幼儿园今天开园迎首批新生", second, "本报讯（记者 林晓雨）青川区"]
    assert sizes(raw) == [3, 1, 1, 1]


@pytest.mark.parametrize("last", ["入园。", "都能在家门口就近入园读书"])
def test_a_line_after_a_sentences_end_runs_on_to_a_closing_or_nearly_full_last_line(last: str) -> None:
    # a sentence may end inside a paragraph: the line after it runs on where the paragraph's
    # last line closes with a mark, or ends no more than two cells short of the column (its
    # stop may be on the next page); ending unclosed costs the paragraph as before
    raw = ["区教育局负责人说，明年还", "将新建五所幼儿园，让更多孩子", "就近入园，家长们都说这下放心。"]
    raw += ["明年全区还将再建两所，让孩子", last]
    assert sizes(raw) == [5]


def test_a_line_short_before_a_moved_opening_mark_runs_on() -> None:
    # the 《 that would have ended the second line was moved down to open the third, with the
    # character after it: the second line ends a cell and a half short, inside its paragraph
    raw = ["区教育局负责人说，明年还", "将新建5所幼儿园，并编出版", "《幼儿园里的一天》等读物。"]
    assert sizes(raw) == [3]


def test_readings_that_score_alike_keep_the_paragraph_whole() -> None:
    # ending the paragraph after the full line that closes with 》 and starting one at 、《南湖记》
    # scores exactly as running on does: a tie, which goes to fewer paragraphs (before, the
    # rounding of -0.3 in the sums settled it, one way or the other as lines far off changed)
    raw = [
        "区图书馆今年新购图书三千",
        "册，馆里的藏书已经有了两万多",
        "册，其中有《青川志》、《滨志》",
        "、《南湖记》、《石门史》、",
        "《老街》等。",
    ]
    assert sizes(raw) == [5]


def test_leading_spaces_inside_running_text_are_strays() -> None:
    running = [
        "区教育局负责人说，明年还",
        "将新建五所幼儿园，让更多孩子",
        "就近入园，新建的幼儿园也全部",
        "是公办园，收费标准和现有公办",
        "园一样，家长们都说这下放心。",
    ]
    # a space opening a line inside running text, twice: the page's spaces are noise
    noisy = [
        running[0],
        running[1],
        running[2],
        " " + running[3],
        running[4],
        *running[:3],
        " " + running[3],
        running[4],
    ]
    lines = measure_lines(enumerate(noisy))
    assert stray_indents(lines, 14.0)
    forget_indents(lines)
    assert not any(ln.indent for ln in lines)
    assert [len(p) for p in decode(lines, 14.0)] == [5, 5]
    # a space opening each paragraph (OCR kept the indent), or a lead-in under a headline as
    # wide as the column: the print's
    kept = [" " + running[0], *running[1:], " " + running[0], *running[1:]]
    assert not stray_indents(measure_lines(enumerate(kept)), 14.0)
    headed = [*running, "青川区明年将新建五所幼儿园", " 本报讯（记者 王海）青川区", *running[1:]]
    assert not stray_indents(measure_lines(enumerate(headed)), 14.0)


@given(
    st.lists(
        st.text(st.sampled_from("青川区新建幼儿园2026年ab 　，。“（）摄《本报讯记者编者按："), min_size=1, max_size=18),
        min_size=2,
        max_size=12,
    ),
    st.sampled_from([12.0, 13.5, 14.0]),
)
@example(["周文摄", "青川区"], 12.0)  # (a photographer's credit closes its caption)
@example(["青川区新建幼儿园青川区", "2026年青川区新建幼儿园"], 14.0)  # (three cells short: see _short_first)
def test_a_plain_lines_paragraph_scores_hang_on_its_width_alone(raw: list[str], column: float) -> None:
    # the decoder asks ``_emit`` once per width for plain lines no wider than the column (and
    # a little), but for those three cells short: every other plain line of a width must score
    # as any other of that width
    seen: dict[float, tuple[float, float, float, float]] = {}
    for ln in measure_lines(enumerate(raw)):
        if ln.plain and ln.width <= column + 0.75 and not column - 3.25 <= ln.width < column - 2.75:
            assert seen.setdefault(ln.width, _emit(ln, column)) == _emit(ln, column)


#: A paragraph's last line, too short to tell any column (under 8 cells), for every column below.
_LAST = "留下来的规矩。"
#: Lines of a column 18 cells wide: a paragraph's first line (16, its indent lost), a full line
#: running on; a line closing a sentence 16 cells wide; a heading of 18.
_FIRST_16 = "青川渡口的老周每天清晨出门给早班"
_FULL_18 = "的船工送去热茶和早点心他说这是他父亲"
_CLOSED_16 = "他说这是父亲留下的规矩守了三十年。"
_HEADING_18 = "青川区部署春季植树造林工作会议召开了"


@pytest.mark.parametrize(
    ("rows", "width"),
    [
        # paragraphs of two and three lines: the first lines outnumber the full lines, but
        # each full line follows a first line running on into it, two cells narrower: no
        # column of 16 holds it
        ([_FIRST_16, _FULL_18, _LAST] * 2 + [_FIRST_16, _LAST] * 3, 18.0),
        # the lines of 18 follow lines closing a sentence: headings, not full lines
        ([_FIRST_16, _CLOSED_16, _HEADING_18] * 2 + [_FIRST_16, _LAST] * 3, 16.0),
        # lines of 16 running into lines of 22: no column's first lines and full lines
        ([_FIRST_16, _FULL_18 + "在渡口边", _LAST] * 3 + [_FIRST_16, _LAST], 16.0),
    ],
)
def test_a_line_two_cells_wider_than_the_line_running_into_it_says_the_column(rows: list[str], width: float) -> None:
    assert [text_width(r) for r in (_FIRST_16, _FULL_18, _HEADING_18)] == [16.0, 18.0, 18.0]
    assert column_width(measure_lines(enumerate(rows))) == width


#: Lines of a column 12 cells wide (a first line, a full one), and lines of an article set
#: wider: a full line of 16 and a last line closing with a stop, 14 cells wide.
_FIRST_10 = "张明远指出植树造林是"
_FULL_12 = "是惠及子孙的长远工程各街"
_WIDE_16 = "冬天的青川江风很冷渡口边摆着一张"
_CLOSING_14 = "喝茶的人从来都不需要付钱的呀。"


@pytest.mark.parametrize(
    ("rows", "width"),
    [
        # the lines closing a sentence two cells wider than the column's full lines follow
        # wider lines: the last lines of another column's paragraphs, which say nothing
        ([_FIRST_10, _FULL_12, _LAST] * 3 + [_WIDE_16, _CLOSING_14] * 2, 12.0),
        # ... where they follow the column's full lines they are full lines of a column two
        # cells wider, their stops hanging past its edge, and the lines of 12 its first lines
        ([_FIRST_10, _FULL_12, _LAST] * 3 + [_FULL_12, _CLOSING_14] * 2, 14.0),
    ],
)
def test_a_line_closing_a_sentence_after_a_wider_line_says_nothing_of_the_column(rows: list[str], width: float) -> None:
    assert [text_width(r) for r in (_FIRST_10, _FULL_12, _WIDE_16, _CLOSING_14)] == [10.0, 12.0, 16.0, 15.0]
    assert column_width(measure_lines(enumerate(rows))) == width


#: Lines of a column 14 cells wide, and of an article set in 18: a first line of 16 running
#: on into a full line of 18.
_FIRST_12 = "本报讯河口街道的社区健身"
_FULL_14 = "房本周起免费向居民开放每天早"
_FIRST_16_OF_18 = "这支队伍由五名高二学生组成他们的"
_FULL_18_AFTER = "设计的垃圾分拣机器人能在一分钟内分好"


@pytest.mark.parametrize(
    ("rows", "width"),
    [
        # the lines of 16 run on into lines of 18: first lines of a column of 18, no full lines
        # of one of 16, whatever their number beside the column's own first lines (12)
        ([_FIRST_12, _FULL_14, _LAST] * 4 + [_FIRST_16_OF_18, _FULL_18_AFTER, _LAST] * 2, 14.0),
        # ... lines of 16 closing their paragraphs after them may be a column's full lines
        ([_FIRST_12, _FULL_14, _LAST] * 4 + [_FIRST_16_OF_18, _LAST] * 2, 16.0),
    ],
)
def test_lines_two_cells_wider_that_run_into_wider_lines_are_no_full_lines_of_the_column(
    rows: list[str], width: float
) -> None:
    assert [text_width(r) for r in (_FIRST_12, _FULL_14, _FIRST_16_OF_18, _FULL_18_AFTER)] == [12, 14, 16, 18]
    assert column_width(measure_lines(enumerate(rows))) == width


def run_together_found(*rows: str) -> list[LineInfo]:
    """A 14-cell column's ``rows``, after a line closing a sentence, measured and asked which
    are two lines OCR ran together (``merged_lines``)."""
    lines = measure_lines(enumerate(["冬天的青川，江风很冷。", *rows]))
    merged_lines(lines, 14.0)
    return lines


def parted_found(*rows: str) -> list[str]:
    """A 14-cell column's ``rows``, after a line closing a sentence, as ``split_run_together``
    parts them again where a paragraph ends inside a line (their texts, that first line too)."""
    return [ln.text for ln in split_run_together(measure_lines(enumerate(["冬天的青川，江风很冷。", *rows])), 14.0)]


@pytest.mark.parametrize(
    ("wide", "found"),
    [
        # two lines of a 14-cell column run together (a paragraph's first line and its second)
        ("青川渡口的老周每天清晨出门给早班的船工送去热茶和早点", True),
        # a line of a column six cells wider: as wide as no two lines of the page's column
        ("堤走到渡口给早班的船工送去热茶和热乎的点", False),
    ],
)
def test_a_wide_line_the_next_line_carries_on_is_two_lines_run_together_if_two_columns_wide(
    wide: str, found: bool
) -> None:
    # the next line opens with the end of a word and its sentence (心。): running text carries
    # on into it, which no headline does; but only a line about two columns wide is two of them
    lines = run_together_found(wide, "心。他说这是他父亲留下来的规", "矩，一守就是三十年。")
    assert lines[1].merged is found


def test_a_deck_across_columns_broken_inside_a_word_is_no_two_lines_run_together() -> None:
    # a deck of two lines set across columns, its first broken inside a word (采 / 访，): the line
    # after carries it on, but is itself wider than the column and narrower than two of it
    deck = ["青川区滨江图书馆馆长刘海峰日前在馆里接受本报记者的采", "访，他说，图书馆要为每一位读者留一盏灯———"]
    assert text_width(deck[0]) == 2 * 14 - 2 and 14 + 1.5 < text_width(deck[1]) < 2 * 14 - 2.75
    lines = run_together_found(*deck)
    assert not lines[1].merged


@pytest.mark.parametrize(
    ("wide", "found"),
    [
        # a paragraph's first line run into its second, which ends with a comma hanging past the
        # edge: the text runs on, and no headline ends with a comma
        ("青川渡口的老周每天清晨出门给早班的船工送去热茶和早点，", True),
        # a line of a column six cells wider, ending with a comma: one line, not two
        ("堤走到渡口给早班的船工送去热茶和热乎的点，", False),
    ],
)
def test_a_wide_line_ending_with_a_comma_is_two_lines_run_together_if_two_columns_wide(wide: str, found: bool) -> None:
    lines = run_together_found(wide, "他说这是他父亲留下来的规矩，", "一守就是三十年。")
    assert lines[1].merged is found


@pytest.mark.parametrize(
    ("wide", "found"),
    [
        # a paragraph of two lines run together: clauses, then a full stop
        ("滨江图书馆今起延长开放时间，每晚开放到十点，首周接待读者。", True),
        # a headline across columns may close with an exclamation mark, never a full stop
        ("滨江图书馆今起延长开放时间，每晚开放到十点，欢迎读者！", False),
    ],
)
def test_a_wide_line_closing_clauses_with_a_full_stop_is_two_lines_run_together(wide: str, found: bool) -> None:
    lines = run_together_found(wide, "青川区今年春季植树三百", "亩，新栽的树苗成活率达到九成。")
    assert lines[1].merged is found


@pytest.mark.parametrize(
    ("wide", "after", "found"),
    [
        # after it, a line of the page's column: a line and a paragraph's last one run together
        ("青川渡口的老周说，这壶茶要趁热喝。", "他每天清晨出门给早班船工送茶", True),
        # after it, running text as wide: the first line of an article set in a wider column,
        # under a line of the page's column that was its headline
        ("青川渡口的老周说，这壶茶要趁热喝。", "他每天清晨出门，给早班的船工送去热茶", False),
        # after it, a line as wide holding no clause: a headline across columns
        ("青川渡口的老周说，这壶茶要趁热喝。", "青川渡口老周三十年如一日为船工送热茶", True),
        # after it, a narrower line, too wide for the page's column: no column holds them both
        ("青川渡口的老周说，这壶茶要趁热喝下去才好。", "他每天清晨出门，给早班的船工送去热", True),
        # after it, a line wider than two of the page's column lines: no column's line
        (
            "青川渡口的老周说，这壶茶要趁热喝下去才好。",
            "他每天清晨出门，给早班的船工送去热茶" + "和早点，一守就是三十年的时光",
            True,
        ),
    ],
)
def test_a_wide_line_after_a_full_line_is_two_lines_run_together_unless_running_text_as_wide_follows(
    wide: str, after: str, found: bool
) -> None:
    lines = run_together_found("江边的渡口每天清晨都有早班船", wide, after, "一守就是三十年。")
    assert lines[2].merged is found


def test_a_wide_line_whose_next_line_opens_with_a_words_end_and_a_stop_is_two_lines_run_together() -> None:
    # 些往事。: three characters and a stop, the end of the sentence the wide line began
    wide = "青川渡口的老周是昨天上午在渡口接受本报记者采访时讲起这"
    lines = run_together_found(wide, "些往事。他说，这是他父亲留", "下来的规矩。")
    assert lines[1].merged


@pytest.mark.parametrize(
    ("wide", "after", "found"),
    [
        # a paragraph's first line (its indent lost) run into its second, broken inside 渡口,
        # which the page's text holds: the paragraph's last line closes the sentence after it
        ("青川的老周每天清晨出门给早班的船工送去热茶和早点到渡", "口边的船工都说热茶好喝。", True),
        # ... or its third line runs on after it
        ("青川的老周每天清晨出门给早班的船工送去热茶和早点到渡", "口边等船的人也都能喝上一口热", True),
        # 渡边 stands nowhere on the page: no word runs across the break
        ("青川的老周每天清晨出门给早班的船工送去热茶和早点到渡", "边的船工都说热茶好喝。", False),
        # a headline across columns broken at its own measure: its short rest closes no sentence
        ("青川的老周每天清晨出门给早班的船工送去热茶和早点到渡", "口", False),
    ],
)
def test_a_wide_line_broken_inside_a_word_of_the_page_is_two_lines_run_together(
    wide: str, after: str, found: bool
) -> None:
    # (the text the page holds too: 渡口 stands together in it)
    lines = run_together_found(wide, after, "船工们都说，渡口的热茶暖了一冬。")
    assert lines[1].merged is found


def test_a_wide_line_after_running_text_broken_inside_a_word_of_the_page_is_two_lines_run_together() -> None:
    # a full line of running text before it, closing nothing: the paragraph's second and third
    # lines run together, broken inside 渡口 (in the page's text) over its last line
    lines = run_together_found(
        "江边的老周每天清晨天不亮就要",
        "出门给早班的船工们送去热茶和热乎乎的早点一路送到了渡",
        "口边的船工都说热茶好喝。",
        "船工们都说，渡口的热茶暖了一冬。",
    )
    assert lines[2].merged


def test_a_wide_line_broken_inside_a_word_under_a_heading_is_no_two_lines_run_together() -> None:
    # under a headline, no sentence's end: a deck across columns and its rest
    lines = measure_lines(
        enumerate(
            [
                "青川渡口老周送茶三十年",
                "青川的老周每天清晨出门给早班的船工送去热茶和早点到渡",
                "口边的船工都说热茶好喝。",
                "船工们说，渡口的茶暖了一冬。",
            ]
        )
    )
    merged_lines(lines, 14.0)
    assert not lines[1].merged


@pytest.mark.parametrize(
    ("line", "wide", "found"),
    [
        # a line ending with a comma, then the wide line stopping its sentence: a line and the
        # paragraph's last one run together
        ("候船亭由滨江街道全额出资建设，", "可容纳六十多位船工同时在亭里候船。", True),
        # a full line closing nothing over it: a headline over a caption across columns
        ("候船亭由滨江街道出资建设至今", "可容纳六十多位船工同时在亭里候船。", False),
        # the wide line stops no sentence
        ("候船亭由滨江街道全额出资建设，", "可容纳六十多位船工同时在亭里候船", False),
    ],
)
def test_a_wide_line_stopping_the_sentence_a_comma_left_open_is_two_lines_run_together(
    line: str, wide: str, found: bool
) -> None:
    lines = run_together_found(line, wide, "滨江候船亭启用")
    assert lines[2].merged is found


def test_a_wide_line_after_a_comma_over_running_text_as_wide_is_a_wider_columns_line() -> None:
    # running text as wide after it (``_wider_run``): an article set in a wider column
    lines = run_together_found(
        "候船亭由滨江街道全额出资建设，",
        "可容纳六十多位船工同时在亭里候船。",
        "他每天清晨出门，给早班的船工们送去热茶和点心",
    )
    assert not lines[2].merged


@pytest.mark.parametrize(
    ("first", "wide", "after", "found"),
    [
        # a paragraph's first line, the wide line, and a full line of running text with a
        # clause: the full line carries the wide one on
        (
            "青川渡口的老周每天清晨都",
            "出门给早班的船工送去热茶和早点他说这是他父亲",
            "留下来的规矩，一守就是三十年",
            True,
        ),
        # a full line with no clause: a heading's line may be as wide
        (
            "青川渡口的老周每天清晨都",
            "出门给早班的船工送去热茶和早点他说这是他父亲",
            "留下来的规矩一守就是三十多年",
            False,
        ),
        # the full line kept an indent: a paragraph's first line
        (
            "青川渡口的老周每天清晨都",
            "出门给早班的船工送去热茶和早点他说这是他父亲",
            " 留下来的规矩，一守就是三十年",
            False,
        ),
        # the full line opens with a lead-in: a dateline's first line
        (
            "青川渡口的老周每天清晨都",
            "出门给早班的船工送去热茶和早点他说这是他父亲",
            "本报讯青川渡口的老周，每天清",
            False,
        ),
        # a short heading before it: no paragraph's first line
        ("青川渡口老周", "出门给早班的船工送去热茶和早点他说这是他父亲", "留下来的规矩，一守就是三十年", False),
        # a writer's line run into a dateline's first line, parted before the lead-in later
        (
            "青川渡口的老周每天清晨都",
            "青川区文化局局长周文本报讯（记者王海）青川渡口",
            "的老周，每天清晨出门给船工送",
            False,
        ),
    ],
)
def test_a_wide_line_between_a_first_line_and_a_full_line_of_text_is_two_lines_run_together(
    first: str, wide: str, after: str, found: bool
) -> None:
    lines = run_together_found(first, wide, after, "不曾断过一天。")
    assert lines[2].merged is found


@pytest.mark.parametrize(
    ("wide", "parts"),
    [
        # the writer's credit closing the paragraph goes with it: the rest opens the next one
        ("不曾断过一天。（周文）本报讯青川渡口新建的候船", ["不曾断过一天。（周文）", "本报讯青川渡口新建的候船"]),
        # ... and where the rest after it is no paragraph's first line, the stop alone parts them
        ("不曾断过一天。（周文）青川渡口新建候船", ["不曾断过一天。", "（周文）青川渡口新建候船"]),
    ],
)
def test_a_paragraphs_end_inside_a_line_keeps_its_writers_credit(wide: str, parts: list[str]) -> None:
    found = _paragraph_end_inside(measure_lines([(0, wide)])[0], 14.0)
    assert found is not None
    assert [ln.text for ln in found] == parts


@pytest.mark.parametrize(
    ("before", "parted"),
    [
        # a paragraph's first line runs into the wide line: its short last line and the next
        # text's headline, run together
        ("老周说，这壶茶要趁热喝下", True),
        # a short heading before it: no running text
        ("青川渡口老周", False),
    ],
)
def test_a_paragraphs_first_line_over_its_last_run_into_a_headline_is_parted(before: str, parted: bool) -> None:
    wide = "去。青川渡口新建候船亭投入使用，船工不再挨冻"
    texts = parted_found(before, wide, "本报讯（记者王海）今年青川")
    assert texts[2:4] == (
        ["去。", "青川渡口新建候船亭投入使用，船工不再挨冻"] if parted else [wide, "本报讯（记者王海）今年青川"]
    )


@pytest.mark.parametrize(
    ("under", "parted"),
    [
        # the headline's reporter's credit after it: the text's last line run into a headline
        ("本报记者王海", True),
        # the text runs on after it: a line of running text, no headline in it
        ("三十年来从没有断过一天，船工", False),
    ],
)
def test_a_texts_last_line_run_into_a_headline_over_its_reporters_credit_is_parted(under: str, parted: bool) -> None:
    wide = "冬天也不例外。青川渡口新建候船亭投入使用"
    texts = parted_found("老周每天清晨给船工送热茶，", wide, under)
    assert texts[2:4] == (["冬天也不例外。", "青川渡口新建候船亭投入使用"] if parted else [wide, under])


@pytest.mark.parametrize(
    ("before", "found"),
    [
        # a full line leaving its clause open with a colon: its sentence runs on into the wide line
        ("他指着渡口边新建的候船亭说：", True),
        # a photo's label, short of the column: a photo's headline or caption may follow it
        ("图片：", False),
    ],
)
def test_a_wide_line_after_a_full_line_leaving_its_clause_open_is_two_lines_run_together(
    before: str, found: bool
) -> None:
    lines = run_together_found(before, "“这是我们船工自己的家，冬天再也不用挨冻", "了，老周的热茶也有地方放了。”")
    assert lines[2].merged is found


@pytest.mark.parametrize(
    ("before", "found"),
    [
        # a dateline's first line runs into its text
        ("本报讯（记者王海）青川渡口", True),
        # a short heading before it
        ("青川渡口新貌", False),
        # a dateline's brief of one line, closing its sentence: what follows may be a heading
        ("本报讯渡口新建候船亭投用。", False),
        # a dateline's first line wider than the column: a text set in a wider column, whose
        # line the wide line is
        ("本报讯（记者王海）青川渡口的老周说", False),
    ],
)
def test_a_wide_line_after_a_datelines_first_line_is_two_lines_run_together(before: str, found: bool) -> None:
    lines = run_together_found(before, "新建的候船亭昨天投入使用，船工们再也不用在寒", "风里等船了。")
    assert lines[2].merged is found


@pytest.mark.parametrize(
    ("wide", "after", "found"),
    [
        # after a line running on, a full stop inside it (no headline holds one), over the
        # paragraph's last line
        ("出门。他给早班的船工们送去热茶和早点，一", "守就是三十年。", True),
        # no full stop inside: a headline across columns may follow a full heading
        ("出门给早班的船工们送去热茶和早点，一守就", "是三十年。", False),
        # over a heading's line: no text after it
        ("出门。他给早班的船工们送去热茶和早点，一", "青川渡口新貌", False),
    ],
)
def test_a_wide_line_holding_a_full_stop_after_a_line_running_on_is_two_lines_run_together(
    wide: str, after: str, found: bool
) -> None:
    lines = run_together_found("江边的老周每天清晨天不亮就要", wide, after)
    assert lines[2].merged is found


@pytest.mark.parametrize(
    ("wide", "found"),
    [
        # a paragraph's first line and a full line ending with a comma set inside the column
        ("青川渡口的老周每天清晨都出门给早班的船工们送去热茶，", True),
        # a cell narrower: as wide as no two lines of the page's column
        ("青川渡口的老周每天清晨都出门给早班的船工送去热茶，", False),
    ],
)
def test_a_wide_line_ending_with_a_comma_inside_the_column_is_two_lines_run_together(wide: str, found: bool) -> None:
    lines = run_together_found(wide, "他说这是他父亲留下来的规矩，", "一守就是三十年。")
    assert lines[1].merged is found


def test_a_caption_across_columns_closing_with_a_full_stop_inside_the_measure_is_no_two_lines() -> None:
    # a full stop set inside the measure is no comma: a caption across columns, two cells short
    # of two column lines with it, closes its clauses so
    caption = "图为青川渡口新建的候船亭，船工们正在亭子里喝着热茶。"
    lines = run_together_found("青川渡口新貌（图片）", caption, "（周文摄）")
    assert not lines[2].merged


@pytest.mark.parametrize(
    ("before", "found"),
    [
        # under a writer's name or credit a paragraph opens: a clause inside the wide line, and
        # running text after it
        ("周文", True),
        ("本报记者王海", True),
        # under a heading, no sentence's end: a deck across columns may hold a clause
        ("青川渡口新貌", False),
    ],
)
def test_a_wide_line_with_a_clause_under_a_writers_name_is_two_lines_run_together(before: str, found: bool) -> None:
    lines = run_together_found(
        before, "滨江区图书馆今天起每晚开放，读者借书方便", "馆里还新设了一间很宽敞的自习", "室。"
    )
    assert lines[2].merged is found


@pytest.mark.parametrize(
    ("rest", "after", "parted"),
    [
        # the next line opens with a quote: the next paragraph's first line ends a cell early
        ("老周给船工送茶格外用心", "“老周茶摊”的名声。他早年在", True),
        # no mark opens the next line: a first line a cell short is a paragraph's last line
        ("老周给船工送茶格外用心", "老周茶摊的名声。他早年在青川", False),
        # two cells short of a first line: no first line, whatever opens the next
        ("老周给船工送茶很用心", "“老周茶摊”的名声。他早年在", False),
        # ending with a mark: a full line whose marks are set narrow, no first line
        ("《青川志》、《滨志》、", "《南湖志》等三部地方志荣获", False),
        # a cell short of the column: no first line either
        ("老周给船工们送茶也格外用心", "“老周茶摊”的名声。他早年在", False),
    ],
)
def test_a_paragraphs_end_inside_a_line_before_a_first_line_a_cell_short_of_a_quote(
    rest: str, after: str, parted: bool
) -> None:
    lines = measure_lines(enumerate(["他画论并重，", "江风吹了一整夜。" + rest, after]))
    found = _paragraph_end_inside(lines[1], 14.0)
    assert (found is not None and [ln.text for ln in found] == ["江风吹了一整夜。", rest]) is parted


@pytest.mark.parametrize(
    ("before", "wide", "after", "parted"),
    [
        # the credit left open after the sentence closes in the wide line: the paragraph ends
        # there, and the next text's headline runs on after it, over its dateline
        ("老周每天清晨给船工送茶。（周", "文）青川渡口新建的候船亭投入使用", "本报讯（记者王海）今年青川", True),
        # a bracket opened inside a sentence: no credit closing the paragraph
        ("老周说这是父亲留下的规矩（周", "文）青川渡口新建的候船亭投入使用", "本报讯（记者王海）今年青川", False),
        # the bracket closes far into the line: no rest of a credit
        (
            "老周每天清晨给船工送茶。（周",
            "文等青川区滨江街道南湖社区的居民）青川渡口",
            "本报讯（记者王海）今年青川",
            False,
        ),
        # running text after it: the rest is neither a headline nor a paragraph's first line
        ("老周每天清晨给船工送茶。（周", "文）青川渡口新建的候船亭投入使用", "三十年来从没有断过一天，船工", False),
    ],
)
def test_a_credit_left_open_closes_its_paragraph_inside_the_next_line(
    before: str, wide: str, after: str, parted: bool
) -> None:
    texts = parted_found(before, wide, after)
    assert (texts[2:4] == [wide[: wide.index("）") + 1], wide[wide.index("）") + 1 :]]) is parted


@pytest.mark.parametrize(
    ("before", "wide", "parted"),
    [
        # the sentence stopped on the line before: the credit on the next closes the paragraph
        ("老周每天清晨都给船工送热茶。", "（周文）青川渡口新建的候船亭启用", True),
        # the line before runs on: the bracket stands inside its sentence
        ("老周每天清晨都给船工送热茶，", "（周文）青川渡口新建的候船亭启用", False),
        # a bracket inside the line, not opening it: a name's note, no credit
        ("老周每天清晨都给船工送热茶。", "青川（滨江）渡口新建的候船亭昨日启用", False),
    ],
)
def test_a_credit_opening_a_line_after_a_stop_closes_its_paragraph(before: str, wide: str, parted: bool) -> None:
    texts = parted_found(before, wide, "本报讯（记者王海）今年青川")
    cut = wide.index("）") + 1
    assert (texts[2:4] == [wide[:cut], wide[cut:]]) is parted


def test_a_caption_across_columns_broken_inside_a_word_is_no_two_lines_run_together() -> None:
    # its second line closes a sentence, but is wider than the column (热 / 茶 across the break,
    # 热茶 in the page's text): a line of the same wide measure, no column's line
    caption = ["图为青川渡口的老周每天清晨都出门给早班的船工们送去热", "茶和早点，三十年来从没有断过一天。"]
    lines = run_together_found(*caption, "船工们说，老周的热茶暖了一冬。")
    assert not lines[1].merged


def test_figures_either_side_of_a_break_are_no_word_broken() -> None:
    # 10 stands in the text too, as figures do everywhere: no Chinese word across the break
    lines = measure_lines(enumerate(["青川区今年新建口袋公园合计1", "0处，其中10处在老城区。"]))
    assert not _word_broken(lines[0], lines[1], lines, 14.0)


def test_a_headline_run_into_a_datelines_first_line_broken_inside_a_word_is_left_to_be_parted() -> None:
    # a headline and the dateline's first line under it, run together (渡 / 口 across the break,
    # 渡口 in the page's text): not two column lines, but a heading and a line, parted before
    # the lead-in later (``_leadin_inside``)
    wide = "青川渡口老周送茶三十年如一日" + "本报讯青川渡口的老周每天到渡"
    lines = run_together_found(wide, "口边给船工送热茶。")
    assert not lines[1].merged
    assert [ln.text for ln in split_run_together(lines, 14.0)][1:3] == [
        "青川渡口老周送茶三十年如一日",
        "本报讯青川渡口的老周每天到渡",
    ]


@pytest.mark.parametrize(
    "wide",
    [
        # the dateline's own credit before a second source: a lead-in, no heading, before it
        "本报讯（记者王海）据新华社青川3月4日电记者周",
        # a clause before the lead-in: text, no heading
        "他在会上说，新华社青川3月4日电记者周文",
        # the rest wider than a column line: no dateline's first line
        "青川区部署春季植树造林工作本报青川3月2日讯记者林晓雨报道：",
    ],
)
def test_a_wide_line_holding_a_lead_in_is_parted_only_after_a_heading(wide: str) -> None:
    lines = run_together_found(wide, "一份荤素搭配的午餐只要十二元。")
    assert not lines[1].merged
    assert [ln.text for ln in split_run_together(lines, 14.0)][1] == wide


@pytest.mark.parametrize(
    ("wide", "parts"),
    [
        # a paragraph's short last line run into the next paragraph's first line: a cell wider
        # than the column, no mark hanging, the rest after the stop two cells short of it
        ("越宽。区里还将组织机关干部参加", ["越宽。", "区里还将组织机关干部参加"]),
        # a headline a cell wider than the column holds no stop: whole
        ("青川区部署春季植树造林工作会议", ["青川区部署春季植树造林工作会议"]),
        # the rest after the stop three cells short: no paragraph's first line, whole
        ("走越宽。区里还将组织机关干部参", ["走越宽。区里还将组织机关干部参"]),
    ],
)
def test_a_line_a_cell_too_wide_is_parted_where_a_paragraph_ends_inside_it(wide: str, parts: list[str]) -> None:
    # (a line of a 14-cell column is 14 cells wide at most, its hanging mark aside: on the dev
    # pages the lines a cell or a cell and a half wider are all headings, and none holds a stop)
    rows = [
        "区林业局局长孙丽华说，这几年",
        "青川这条绿化之路在实践中越走",
        wide,
        "义务植树，每人每年至少种树三",
        "棵。",
    ]
    assert [ln.text for ln in split_run_together(measure_lines(enumerate(rows)), 14.0)][2 : 2 + len(parts)] == parts


def _pair(a: str, b: str) -> tuple[LineInfo, LineInfo]:
    first, second = measure_lines(enumerate([a, b]))
    return first, second


@pytest.mark.parametrize(
    ("before", "line", "wider"),
    [
        ("获奖菜品将编成菜谱，在全区农家乐推广，", "明年的大赛将移到白龙镇举办。", True),
        # the line before ends its sentence: the line may open the narrower column's text
        ("获奖菜品将编成菜谱，在全区农家乐推广。", "明年的大赛将移到白龙镇举办。", False),
        # the line before fits the narrower column: it may be a line of it
        ("获奖菜品将编成菜谱，在全区", "明年的大赛将移到白龙镇举办。", False),
        # the line runs on: it is no paragraph's last line
        ("获奖菜品将编成菜谱，在全区农家乐推广，", "明年的大赛将移到白龙镇举办", False),
    ],
)
def test_a_last_line_run_on_from_a_line_too_wide_for_the_column(before: str, line: str, wider: bool) -> None:
    a, b = _pair(before, line)
    assert _closes_wider(a, b, 14.0) is wider


@pytest.mark.parametrize(
    ("first", "last", "opens"),
    [
        ("本报讯青川区第三届乡村厨艺大赛昨天在", "龙泉镇落幕，九名厨师获奖。", True),
        # the first line is a full line of the wider column, no paragraph's first
        ("本报讯青川区第三届乡村厨艺大赛昨天在龙泉", "镇落幕，九名厨师获奖。", False),
        # the first line fits the page's column
        ("青川区乡村厨艺大赛昨天在", "龙泉镇落幕，九名厨师获奖。", False),
        # the last line runs on
        ("本报讯青川区第三届乡村厨艺大赛昨天在", "龙泉镇落幕，九名厨师", False),
        # the last line is as wide as a full line of the page's column: the first runs on into it
        ("本报讯青川区第三届乡村厨艺大赛昨天在", "龙泉镇落幕，共有九名厨师获奖。", True),
        # the last line is too wide for the column
        ("本报讯青川区第三届乡村厨艺大赛昨天在", "龙泉镇落幕，共有九名厨师获奖，其中三名来自白龙镇。", False),
    ],
)
def test_a_paragraph_of_two_lines_opening_a_wider_column(first: str, last: str, opens: bool) -> None:
    a, b = _pair(first, last)
    assert _opens_before(a, b, 14.0, 20.0) is opens


def test_lines_narrower_than_nine_cells_make_no_column_though_half_a_cell_short_of_it() -> None:
    # numbered headings of a photo page, 8.5 cells each (a narrow digit), over a column of 14:
    # half a cell short of 9 they would be full lines of it, but a column so narrow is a list
    items = ["新春走基层见闻", "1、山村通了公交车", "2、老街换上新路灯", "3、社区食堂开张了", "4、夜校学员过百人"]
    text = [
        "青川区各地新春期间开展走基层活动，",
        "记者走进山村、老街和社区，记录下",
        "群众身边的新变化。",
    ]
    lines = measure_lines(enumerate(items + text))
    assert {ln.width for ln in lines[1:5]} == {8.5}
    assert [w for _, _, w in column_regions(lines, 14.0)] == [14.0]


def test_a_stack_of_wide_headings_is_no_column_of_their_width() -> None:
    # two tables' titles and their column heads over a page of 14 cells: lines too wide for its
    # column, two of one width, but holding no sentence
    text = ["青川区今年新建的口袋公园和", "健身步道分布如下表。"]
    heads = [
        "2026年一至十月青川区各街道新建口袋公园情况",
        "街道新建公园（个）面积（万平方米）投资（万元）",
        "2026年一至十月青川区各街道新建健身步道情况",
        "街道新建步道（条）步道长度（公里）投资（万元）",
    ]
    rows = ["石门街道3个0.5万平方米120万元"]
    lines = measure_lines(enumerate(text + heads + rows))
    assert all(ln.width > 20 for ln in lines[2:6]) and lines[3].width == lines[5].width
    assert [w for _, _, w in column_regions(lines, 14.0)] == [14.0]


def test_a_short_region_leaves_the_lines_of_a_region_found_before() -> None:
    # the first lines are a region found by its full lines; the run of wide lines starting in
    # it would run on through a paragraph's turn into the lines after it
    raw = [
        "今年全区计划新增绿地三百亩，在滨江公园等",
        "地建设十条林荫步道，在老城区建设口袋公园",
        "二十个，在新区建设社区公园五个，全部在十",
        "月底前完工。",
        "公园建成后由各街道负责日常管理，园林",
        "局每季度检查一次，检查的结果将向社会公布",
        "并接受市民的监督，市民也可以拨打热线电话",
        "反映问题。",
    ]
    lines = measure_lines(enumerate(raw))
    found = [(0, 4, 20.0)]
    _add_short_regions(lines, 14.0, 20.0, found)
    assert found == [(0, 4, 20.0), (4, 8, 20.0)]


@pytest.mark.parametrize(
    ("lines", "turns"),
    [
        (
            ["工程，各街道要把任务落实到山头地块，确保", "栽一片、活一片。", "今年全区计划新增绿地三百亩，在滨江公"],
            True,
        ),
        # the line before ends its sentence: the short line is a paragraph of its own
        (
            ["工程，各街道要把任务落实到山头地块确保。", "栽一片、活一片。", "今年全区计划新增绿地三百亩，在滨江公"],
            False,
        ),
        # the short line runs on
        (["工程，各街道要把任务落实到山头地块，确保", "栽一片、活一片", "今年全区计划新增绿地三百亩，在滨江公"], False),
        # the short line is too wide for the page's column
        (
            [
                "工程，各街道要把任务落实到山头地块，确保",
                "栽一片、活一片，每个村都要有人负责。",
                "今年全区计划新增绿地三百亩，在滨江公",
            ],
            False,
        ),
        # the next line fits the page's column
        (["工程，各街道要把任务落实到山头地块，确保", "栽一片、活一片。", "今年全区计划新增绿地"], False),
        # the next line is a full line, no paragraph's first
        (
            [
                "工程，各街道要把任务落实到山头地块，确保",
                "栽一片、活一片。",
                "今年全区计划新增绿地三百亩，在滨江公园等",
            ],
            False,
        ),
    ],
)
def test_a_paragraphs_turn_inside_a_wider_column(lines: list[str], turns: bool) -> None:
    before, ln, after = measure_lines(enumerate(lines))
    assert _paragraph_turns(before, ln, after, 14.0, 20.0) is turns


_WIDE_TEXT = [
    "青川区今年将新建口袋公园二十个，总面积约三万",
    "五千平方米，其中十二个在老城区，八个在滨江新区。",
]


@pytest.mark.parametrize(
    ("narrow", "found"),
    [
        # a brief set 12 cells wide on a page of 22: its full lines run on
        (["本报讯青川至滨江的城", "际公交今天开通，全程五十", "二公里，沿途设有十二个站", "点，票价八元。"], True),
        # ... or breaks its text with a stop, no comma
        (["本报讯青川至滨江的城", "际公交今天开通。全程五十", "二公里的线路设有十二个站", "点。"], True),
        # verse: lines of many widths run on with no stop, two of them of one width
        (
            ["江风吹过渡口", "老周的热茶还在冒着白气", "船工们喝完一碗", "又出发去江对岸的小码头", "冬天就这样过去。"],
            False,
        ),
        # a headline set after its text and its writer, 9 cells each, over the next text's first
        # line (10 cells, its indent lost): no comma nor stop inside, no column's running text
        (["渡口边那家早茶摊子", "青川区职工报王林晓", "那是一个寻常的清晨。"], False),
        # listed items of one width close with a semicolon, no line running on
        (
            [
                "（一）新建口袋公园二十个；",
                "（二）新建健身步道十条；",
                "（三）改造老旧小区八个；",
                "（四）新增停车位五百个。",
            ],
            False,
        ),
    ],
)
def test_a_short_article_set_narrower_than_the_page_is_told_by_its_running_lines(
    narrow: list[str], found: bool
) -> None:
    lines = measure_lines(enumerate(_WIDE_TEXT + narrow + _WIDE_TEXT))
    widths = [w for _, _, w in column_regions(lines, 22.0)]
    assert widths == ([22.0, 12.0, 22.0] if found else [22.0])


@pytest.mark.parametrize(
    ("raw", "found"),
    [
        # two paragraphs set 20 wide: first lines of 18 cells, one full line of 20
        (
            [
                "冬天的青川，江风很冷。渡口边摆着一张",
                "小桌，喝茶的人从不用付钱。",
                "青川渡口的老周每天清晨出门给早班的船",
                "工送去热茶和早点心。他说这是他父亲留下来",
                "的规矩，一守就是三十年。",
            ],
            True,
        ),
        # no full line: first lines alone, as wide as headings, tell no column
        (
            [
                "冬天的青川，江风很冷。渡口边摆着一张",
                "小桌，喝茶的人从不用付钱。",
                "青川渡口的老周每天清晨出门给早班的船",
                "工送去热茶和早点心。",
            ],
            False,
        ),
    ],
)
def test_a_short_run_of_first_lines_and_one_full_line(raw: list[str], found: bool) -> None:
    lines = measure_lines(enumerate(raw))
    regions: list[tuple[int, int, float]] = []
    _add_short_regions(lines, 12.0, 20.0, regions)
    assert bool(regions) is found


@pytest.mark.parametrize(
    ("heading", "under", "apart"),
    [
        # a heading after a sentence's end, over a writer's name: neither closes with a mark
        ("滨江夜市抽查：问题不少", "林文", True),
        # the short line closes with a mark: the paragraph may run on to it (…问题不少 / 林文。)
        ("滨江夜市抽查：问题不少", "大家都说好。", False),
        # the line itself closes with a mark: a paragraph's own last line
        ("滨江夜市抽查，问题不少。", "林文", False),
        # the short line is hardly short (12 of 14 cells): a paragraph's middle may stop so
        ("滨江夜市抽查：问题不少", "夜市里的小吃摊都换了新炉", False),
    ],
)
def test_a_line_after_a_sentences_end_over_a_short_line_stands_apart(heading: str, under: str, apart: bool) -> None:
    lines = measure_lines(enumerate(["摊主们说，顾客比以前还多了。", heading, under]))
    assert _apart_after_stops(lines, 14.0) == ({id(lines[1])} if apart else set())


def test_a_line_after_a_clause_over_a_short_line_runs_on() -> None:
    # (the line before stops no sentence: the heading-like line carries its clause on)
    lines = measure_lines(enumerate(["摊主们说，顾客比以前还多了，", "滨江夜市抽查问题不少", "林文"]))
    assert _apart_after_stops(lines, 14.0) == set()


def test_a_caption_line_with_no_mark_at_its_end_runs_on() -> None:
    # 图为… after the photos' label (图片：), broken inside a word (街 / 头): the caption's second
    # line, short and with no mark either, is its end, no heading of its own (the caption's first
    # line fills the column as the text's second line does, which is read by its width alone)
    lines = measure_lines(
        enumerate(
            [
                "青川区滨江步道今年春天完工，",
                "夜里亮起了灯，不少市民在晚饭",
                "后纷纷出门散步。",
                "图片：",
                "图为青川区滨江步道的夜景和街",
                "头的人群",
                "本报讯（记者 王海）青川区图",
                "书馆自本月起延长开放时间。",
            ]
        )
    )
    paras = ["".join(ln.text for ln in p) for p in decode(lines, 14.0)]
    assert "图为青川区滨江步道的夜景和街头的人群" in paras


def test_a_caption_line_closing_with_a_mark_may_end_its_caption() -> None:
    lines = measure_lines(
        enumerate(
            [
                "滨江步道夜里亮起了灯，市民",
                "纷纷出门散步。",
                "图为青川区滨江步道夜景。",
                "滨江步道亮灯",
                "本报讯（记者 王海）青川区图",
                "书馆自本月起延长开放时间。",
            ]
        )
    )
    paras = ["".join(ln.text for ln in p) for p in decode(lines, 14.0)]
    assert paras[1:3] == ["图为青川区滨江步道夜景。", "滨江步道亮灯"]


def test_a_bracket_left_open_at_a_lines_end_runs_on() -> None:
    # a photographer's credit broken inside its brackets, its first line a paragraph's first
    # line's width and with no mark at its end, as a heading may be: one paragraph, the credit's
    lines = measure_lines(
        enumerate(
            [
                "青川区滨江步道今年春天完工，",
                "夜里亮起了灯，不少市民在晚饭",
                "后纷纷出门散步。",
                "（本报记者周文摄自滨江公",
                "园）（数码传真照片）",
                "滨江步道亮灯",
                "本报讯（记者 王海）青川区图",
                "书馆自本月起延长开放时间。",
            ]
        )
    )
    paras = ["".join(ln.text for ln in p) for p in decode(lines, 14.0)]
    assert "（本报记者周文摄自滨江公园）（数码传真照片）" in paras


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（本报记者周文摄自滨江", True),
        ("公园）（数码传真照片）", False),  # opened and closed
        ("本报讯（记者 王海）青川区图", False),
        ("滨江步道（一期）和二期（东", True),  # the last one left open
        ("夜里亮起了灯(the lights", True),  # ASCII brackets
        ("夜里亮起了灯", False),
    ],
)
def test_bracket_left_open(text: str, expected: bool) -> None:
    from newsdesk.core.paragraphs import _bracket_left_open

    assert _bracket_left_open(text) is expected


def test_a_line_leaving_a_bracket_open_is_no_plain_line() -> None:
    # (the decoder reads a plain line by its width alone: this one's open bracket bears on it)
    first, second = measure_lines(enumerate(["滨江步道今年春天完工（一期", "滨江步道（一期）今年春天完工"]))
    assert not first.plain
    assert second.plain


@pytest.mark.parametrize(
    ("line", "weak"),
    [
        ("王海：蓝天“领航人”", True),  # a term's quote closes no sentence
        ("大家都说“好”", True),
        ("大家都说：“真好卖。”", False),  # quoted speech closes after its stop
        ("大家都说：“真好卖……”", False),  # ... or after it trails off
        ("大家都说：“真好卖！”", False),
    ],
)
def test_a_quote_closed_after_no_stop_seldom_ends_a_paragraph(line: str, weak: bool) -> None:
    (ln,) = measure_lines([(0, line)])
    (plain,) = measure_lines([(0, line[:-1] + "。")])  # (the same width, closed by a stop)
    assert (_emit(ln, 14.0)[2] < _emit(plain, 14.0)[2]) is weak


def test_a_line_opening_with_a_bullet_opens_a_paragraph() -> None:
    # a headline as wide as the column, set between a text's last line and a photo's caption
    # opening with a bullet (▲…, its photographer's credit on the next line): the bullet opens the
    # caption, and the headline stands alone, no line of a paragraph running into it
    raw = [
        "展工作，计划培训茶农五百人次，",
        "组织会员企业参加展会六场。",
        "青川区茶叶协会召开会员大会了",
        "▲会员大会现场。青川日报记者",
        "王海 摄",
    ]
    assert sizes(raw) == [2, 1, 2]
    # ... as it opens a list's item after a full line that OCR left without its colon (on dev,
    # 64 lines open with a bullet, each a paragraph's first or a heading's)
    items = ["春茶开采了。", "茶农们说，今年新茶的好处有三", "●芽叶肥壮，色泽翠绿。", "●香气高长，滋味鲜爽。"]
    assert sizes(items) == [1, 1, 1, 1]
    # (○ is no bullet: OCR gives it for a zero, 一○五亿, inside running text)
    assert sizes(["全区今年的财政收入达到一百点", "○五亿元，比上年增长百分之十。"]) == [2]


@pytest.mark.parametrize("page", [True, False])
def test_a_line_a_cell_over_the_pages_column_stands_alone(page: bool) -> None:
    # the text's last paragraph, then a headline a cell wider than the page's column (every
    # character a full cell, nothing to hang or squeeze), then its photo's caption at the
    # column's full width: at the page's column the headline is no line of it and stands alone;
    # at an article's own width, read from a few lines and possibly a cell off, a line a cell
    # wider may be running text, and the decoder reads it by its width as before
    raw = [
        "今年全区计划新增绿地三百亩，",
        "在滨江公园等地建设十条林荫步",
        "道。",
        "滨江图书馆夜间开放首周迎客过万",
        "读者在滨江图书馆自习区阅读，新",
        "书架前人头攒动。（周文摄）",
    ]
    paras = [len(p) for p in decode(measure_lines(enumerate(raw)), 14.0, page)]
    assert (paras == [3, 1, 2]) is page
