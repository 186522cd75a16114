"""Regenerate resources/samples/sample-page.txt from the articles written below.

The sample is newsdesk's own text (fictional district news), laid out by the typesetter the
way OCR returns a column page, so that a newcomer sees the whole workflow at once.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.core.typeset import PlainArticle, typeset

ARTICLES = [
    PlainArticle(
        headline="青川区部署春季植树造林工作",
        byline="本报讯（青川新闻记者 林晓雨）",
        paragraphs=[
            "3月2日，青川区召开春季植树造林动员会。区委书记张明远出席会议并讲话，区长陈立新主持会议。",
            "张明远指出，植树造林是惠及子孙的长远工程。各街道要把任务落实到山头地块，青川区林业局要做好苗木调配和技术指导，确保栽一片、活一片。",
            "会上，北京林业大学的专家介绍了适合本地的乡土树种。今年全区计划新增绿地三百亩，在滨江公园等地建设十条林荫步道。",
        ],
    ),
    PlainArticle(
        headline="滨江图书馆夜间开放首周迎客过万",
        subheadlines=["自习区座位一位难求，借阅量同比增长三成"],
        byline="本报讯（青川新闻记者 周文 文/图）",
        paragraphs=[
            "记者从青川区文化和旅游局获悉，滨江图书馆自3月1日起延长开放至晚上十点，首周接待读者一万二千人次。",
            "晚上八点，馆内仍有不少市民在查阅资料。在附近公司上班的王佳琪说，下班后来这里读书已经成了习惯。",
            "馆长刘海峰表示，下一步将增设少儿阅读专区，并与青川第一中学合作开展周末读书会。",
        ],
        captions=["读者在滨江图书馆自习区阅读。（本报记者 周文摄）"],
    ),
    PlainArticle(
        headline="社区食堂开到家门口",
        byline="本报讯（青川新闻记者 许嘉怡）",
        paragraphs=[
            "一份荤素搭配的午餐只要十二元，老人还能再减两元。3月3日，南湖街道第三家社区食堂正式营业。",
            "南湖街道党工委书记赵国栋介绍，食堂由街道和青川餐饮集团共同运营，每天供应早午晚三餐，并为行动不便的老人提供送餐上门服务。",
        ],
    ),
]


def main() -> None:
    text = typeset(ARTICLES, width=14, header="青川日报 第2版")
    target = Path(__file__).resolve().parent.parent / "resources" / "samples" / "sample-page.txt"
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
