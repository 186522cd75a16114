"""Short articles set in other column widths than their page's.

Usage: python benchmarks/bench_widths.py
Real pages set some articles narrower or wider than the rest, and many of those are short
briefs, which give few full lines to tell their column by. This takes the articles written for
the pipeline's tests (text of this project's own, in ``tests/core/test_pipeline.py``; it needs
no corpus), lays out every page of three of them in order, the middle one in another width
(12/18, 12/20, 14/20 and back), headlines after and before their articles, runs the pipeline
and prints the share of pages whose three articles all come out exactly. The same pages with
all three articles in one width (12, 14, 18, 20) are the reference: what the pipeline gets
right when no width changes.

A second set, ``BRIEFS``, holds the tests' briefs of one or two short paragraphs: pages of
three of them have few full lines, and with headlines first, short texts on either side of
each heading. A third set, ``HELD_OUT``, was written after this benchmark's rules and never
tuned on: its figures say how the rules carry over to text they were not made from. Keep it so
(a rule read off its failures would need another held-out set of text written afterwards).
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
import time
from dataclasses import replace
from types import ModuleType

from _common import ROOT

from newsdesk.core.pipeline import analyze_page
from newsdesk.core.typeset import PlainArticle

#: The tests' articles the pages are made of: briefs of one paragraph and articles of two or
#: three, with and without a byline, one with narrow digits.
NAMES = ("TREES", "CANTEEN", "_LIFTS", "PARKS", "FEAST", "BRIEF", "TRAIL", "_FERRY")
#: The tests' briefs of one or two short paragraphs, most of their lines first and last lines,
#: four without a byline (written for the rules of the twenty-third session).
BRIEFS = ("MARKET", "BLOOD", "FIRE", "JOBS", "BRIDGE", "TEA", "MATCH", "SNOW")
#: The tests' briefs written for the rules of the twenty-sixth session (column widths of pages
#: with articles set in other widths): first lines outnumbering full lines, a headline too wide
#: for the page's column over a wider brief, a paragraph of one line closing a wider one.
#: (``_CLINIC``, of the same subject as ``_NIGHT_CLINIC``, is left out: two texts of one
#: subject side by side are another question, whether a heading between them is a section's)
LATER = ("_GYM", "_ROBOT", "_WELL", "_COOLER", "_NIGHT_CLINIC", "_RIVER", "_PHONES")
MIXED = ((12, 18), (18, 12), (12, 20), (20, 12), (14, 20), (20, 14))
#: Written after the rules, never tuned on (see the module's docstring).
HELD_OUT = {
    "LIB": PlainArticle(
        headline="社区书屋延长开放时间",
        byline="本报讯",
        paragraphs=[
            "石门街道的五家社区书屋从本月起每天开放到晚上九点，周末全天开放，居民凭身份证就能免费借书。",
            "街道文化站站长刘芳说，书屋新添了两千册图书，还专门为老人准备了大字本。",
        ],
    ),
    "BUS": PlainArticle(
        headline="夜班公交新增三条线路",
        byline="本报滨江5月6日讯",
        paragraphs=[
            "滨江市公交集团今天起新开通三条夜班线路，最晚一班车凌晨一点发车，方便上夜班的市民回家。",
            "新线路途经火车站、人民医院和大学城，票价两元，可以使用手机扫码乘车。",
            "公交集团表示，将根据客流情况调整发车间隔。",
        ],
    ),
    "RAIN": PlainArticle(
        headline="山区群众安全转移",
        paragraphs=[
            "连日暴雨，白龙镇三个村出现山体滑坡险情。",
            "镇政府连夜组织转移群众二百多人，安置在镇中学的教室里，没有人员伤亡。受损的道路正在抢修，"
            "预计三天内恢复通车。",
        ],
    ),
    "FAIR": PlainArticle(
        headline="农产品展销会开幕",
        byline="本报讯（记者 陈静）",
        paragraphs=[
            "第五届青川农产品展销会昨天在会展中心开幕，来自全市十二个乡镇的三百多家企业和合作社带来了"
            "茶叶、蜂蜜、竹笋等上千种特色产品。",
            "展销会为期五天，市民可以现场品尝和购买。",
        ],
    ),
    "PARK": PlainArticle(
        headline="湖边步道改造完工",
        paragraphs=[
            "东湖公园环湖步道改造工程日前完工，全长四点五公里的步道铺上了透水沥青，沿途增设了二十处休息"
            "座椅和三个公共厕所，晚上还有路灯照明。",
            "不少市民一早就来散步跑步。",
        ],
    ),
    "SCHOOL": PlainArticle(
        headline="新学校九月招生",
        byline="本报讯",
        paragraphs=["位于滨江新区的实验小学主体工程已经完工，计划今年九月开始招生，可提供一千二百个学位。"],
    ),
}
SAME = ((12, 12), (14, 14), (18, 18), (20, 20))


def _tests() -> ModuleType:
    path = ROOT / "tests" / "core" / "test_pipeline.py"
    spec = importlib.util.spec_from_file_location("newsdesk_pipeline_tests", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    t = _tests()
    sets = (
        ("the tests' articles", {name: getattr(t, name) for name in NAMES}),
        ("the tests' briefs", {name: getattr(t, name) for name in BRIEFS}),
        ("the tests' later briefs", {name: getattr(t, name) for name in LATER}),
        ("held out", HELD_OUT),
    )
    for name, articles in sets:
        for label, pairs in (("one width", SAME), ("middle article in another width", MIXED)):
            print(f"{name}, {label}")
            _grid(t, articles, pairs)


def _grid(t: ModuleType, articles: dict[str, PlainArticle], pairs: tuple[tuple[int, int], ...]) -> None:
    """Print the share of pages of three ``articles`` rebuilt exactly, per pair of widths."""
    for outer, middle in pairs:
        started = time.perf_counter()
        for first in (False, True):
            exact = total = 0
            for trio in itertools.permutations(articles, 3):
                arts = [replace(articles[n], headline_first=first) for n in trio]
                page = analyze_page(t.set_in_widths(arts, (outer, middle, outer)))
                total += 1
                exact += [t.plain(a) for a in page.articles] == [t.expected(a) for a in arts]
            where = "before" if first else "after"
            print(f"  {outer}/{middle}/{outer}, headlines {where:6s}: {exact / total:.3f} of {total} pages")
        print(f"    ({time.perf_counter() - started:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
