"""A batch of pages mends a press name OCR misread on one of them."""

from __future__ import annotations

from collections import Counter

from newsdesk.core.consensus import mend_press_names, misread_names, press_names
from newsdesk.core.pipeline import analyze_page
from newsdesk.core.typeset import PlainArticle, typeset


def page(reporter: str, press: str = "青川新闻") -> str:
    return typeset(
        [
            PlainArticle(
                headline="青川区部署春季植树造林工作",
                byline=f"本报讯（{press}记者 {reporter}）",
                paragraphs=["3月2日，青川区召开春季植树造林动员会，部署全年绿化任务。"],
            )
        ]
    )


def test_press_names_are_counted_from_the_credits() -> None:
    pages = [analyze_page(page("林晓雨")), analyze_page(page("周文", "新华社"))]
    assert press_names(pages) == Counter({"青川新闻": 1, "新华社": 1})


def test_a_rare_variant_one_character_off_is_a_misreading() -> None:
    assert misread_names(Counter({"青川新闻": 12, "青州新闻": 1, "新华社": 4})) == {"青州新闻": "青川新闻"}
    # too rare to tell, or two different papers both printed often
    assert misread_names(Counter({"青川新闻": 2, "青州新闻": 1})) == {}
    assert misread_names(Counter({"青川新闻": 12, "青州新闻": 5})) == {}
    assert misread_names(Counter({"青川新闻": 12, "青川日报社": 1})) == {}


def test_a_misread_press_name_is_mended_with_a_notice() -> None:
    pages = [analyze_page(page(name)) for name in ("林晓雨", "周文", "赵晓晴", "李明远", "王平")]
    odd = analyze_page(page("张明远", "青州新闻"))
    mends = misread_names(press_names([*pages, odd]))
    assert mend_press_names(odd, mends) == 1
    by = odd.articles[0].byline
    assert by is not None and by.text == "本报讯（青川新闻记者 张明远）"
    assert [(n.code, n.detail) for n in odd.notices] == [("mended", "青州新闻→青川新闻")]
    assert all(mend_press_names(p, mends) == 0 for p in pages)
