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
        ("马相武", True),
        ("欧阳中石", True),  # a four-character name has a two-character surname
        ("国有经济", False),
        ("本报记者王锦鹄", True),
        ("本报驻巴基斯坦记者王南", True),
        ("本报评论员", True),
        ("调整期中的强音", False),
    ],
)
def test_writer_name_lines(text: str, expected: bool) -> None:
    assert patterns.by_name(text) is expected


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
    assert patterns.picture_head("腊梅傲雪（图片）")
    assert patterns.picture_head("图片新闻")
    assert not patterns.picture_head("青川新增绿地三百亩")


def test_credit_lines() -> None:
    assert patterns.credit_line("（徐俊）")
    assert patterns.credit_line("（周文广摄）（新华社稿）")
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
