"""Laying articles out as OCR returns a column page, with each line's origin."""

from __future__ import annotations

from newsdesk.core.typeset import PlainArticle, SetLine, page_text, set_lines, typeset

PARK = PlainArticle(
    headline="南湖公园新添健身步道",
    subheadlines=["本报记者王平"],
    paragraphs=["南湖公园环湖健身步道昨天建成开放，全长三公里。", "步道旁设了六处休息亭。"],
    captions=["市民在步道上晨练。（周文摄）"],
)


def test_each_line_knows_its_article_role_and_paragraph() -> None:
    lines = set_lines([PARK], width=10, header="青川日报")
    assert lines[0] == SetLine("青川日报", None, "furniture")
    assert [(ln.role, ln.para) for ln in lines[1:]] == [
        ("body", 0),
        ("body", 0),
        ("body", 0),
        ("body", 1),
        ("body", 1),
        ("headline", None),
        ("subheadline", None),
        ("caption", None),
        ("caption", None),
    ]
    assert {ln.article for ln in lines[1:]} == {0}
    # the body's first line is two cells short: its indent lost
    assert [ln.text for ln in lines[1:4]] == ["南湖公园环湖健身", "步道昨天建成开放，全", "长三公里。"]


def test_the_headline_first_heads_its_lines() -> None:
    first = PlainArticle(**{**PARK.__dict__, "headline_first": True})
    lines = set_lines([PARK, first])
    assert [ln.article for ln in lines] == [0] * 6 + [1] * 6
    assert [ln.role for ln in lines] == ["body"] * 3 + ["headline", "subheadline", "caption"] * 2 + ["body"] * 3


def test_a_spaced_article_keeps_a_leading_space_before_its_first_line_only() -> None:
    after = PlainArticle(**{**PARK.__dict__, "spaced": True})
    before = PlainArticle(**{**PARK.__dict__, "spaced": True, "headline_first": True})
    lines = set_lines([after, before])
    spaced = [ln.text for ln in lines if ln.text.startswith(" ")]
    assert spaced == [" 南湖公园环湖健身步道昨天", " 南湖公园新添健身步道"]
    assert lines[0].role == "body" and lines[6].role == "headline"


def test_typeset_is_the_set_lines_each_followed_by_a_blank_line() -> None:
    text = typeset([PARK], width=12, header="青川日报")
    assert text == page_text([ln.text for ln in set_lines([PARK], width=12, header="青川日报")])
    rows = text.split("\n")
    assert rows[0] == "青川日报" and rows[1] == "" and rows[2] == "南湖公园环湖健身步道"
    assert text.endswith("\n") and not text.endswith("\n\n\n")


def test_page_text_leaves_out_blank_lines_where_asked() -> None:
    assert page_text(["甲", "乙", "丙"], gap_every=0) == "甲\n乙\n丙\n"
    assert page_text(["甲", "乙", "丙"], gap_every=2) == "甲\n\n乙\n丙\n\n"
