"""Printed conventions of Chinese newspapers: lead-ins, datelines, credits, page furniture."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import COMMON_SURNAMES, COMPOUND_SURNAMES, NEWS_AGENCIES, SURNAMES

_NUM = "0-9０-９一二三四五六七八九十百〇零"
_NOSTOP = r"[^，。；！？\n]"
#: ... nor a title's bracket: 本报记者王海《青川电力报》 is no dispatch 本报…电.
_NOTITLE = r"[^，。；！？\n《]"

#: Words 电 opens (电视台, 电话, 电力…): in 本报讯中央电视台… or 本报记者从电力部获悉 no dispatch's 电.
_ELECTRIC = "视话力脑子影台网信器厂站价费梯池缆气动路机车能量源压流灯"
#: A newspaper's name: a place or a title and what kind of paper it is (青川日报, 南湖晚报).
_PAPER = r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|晨报|时报|商报|都市报|青年报)"
#: The news agencies and news sites as a regex alternation, longest first (新华网 before 新华社).
AGENCIES = "|".join(sorted(NEWS_AGENCIES, key=len, reverse=True))
#: The dateline of the paper's own or an agency's dispatch: 本报讯, 本报北京1月4日讯, 新华社…电,
#: 据新华社…电, 央视网消息： (and 本 报讯 with OCR's stray space inside: the one word of three that
#: the space between 报 and 讯 does not already pass)
_DISPATCH_CORE = (
    rf"本[ \u3000]?报讯|本报{_NOTITLE}{{0,16}}?[讯电]"
    rf"|据?(?:{AGENCIES}){_NOSTOP}{{0,24}}?电|(?:{AGENCIES})(?:消息|讯)[：:]?"
)
#: ... and as papers in traditional characters print it (read in simplified ones): 记者王海／台北报导,
#: in square or tortoise-shell brackets (【本报讯】, 〔记者王海／台北报导〕); round brackets close an
#: article instead (…增长。（新华社北京1月6日电）).
_REPORTED = r"记者[\u4e00-\u9fff·]{2,4}(?:[、，][\u4e00-\u9fff·]{2,4})*[／/][\u4e00-\u9fff]{2,8}(?:报导|报道|专电)"
_DISPATCH = rf"{_DISPATCH_CORE}|{_REPORTED}|[〔【\[]\s*(?:{_DISPATCH_CORE}|{_REPORTED})\s*[〕】\]]"
#: Datelines and lead-ins that open an article: a dispatch's dateline, and 记者 X 报道：
LEADIN = re.compile(
    rf"^\s*(?:{_DISPATCH}"
    rf"|本报(?:特派|驻{_NOSTOP}{{1,8}})?记者{_NOSTOP}{{1,24}}?报[道导][：:]"
    rf"|记者{_NOSTOP}{{1,24}}?报[道导][：:]"
    r")"
)
#: The characters a lead-in can start with (after its indent): the pipeline tests every line,
#: and most start with none of them.
LEADIN_FIRST = frozenset("本据记〔【[" + "".join(a[0] for a in NEWS_AGENCIES))
#: A paper's own dateline under its name (青川日报讯, 南湖晚报北京11月26日电; not 南湖晚报与电视台…): a paper's name may
#: start with any character, so the layout rules, which ask every line, leave it to the width;
#: the article's rules ask it of every paragraph.
_OWN_PAPER = rf"{_PAPER}(?:讯|[\u4e00-\u9fff]{{0,8}}?[{_NUM}]{{1,3}}月[{_NUM}]{{1,3}}日[讯电])"
PAPER_LEADIN = re.compile(rf"^\s*{_OWN_PAPER}")
#: A local newsroom's dateline, as district and county papers and media centres print it today:
#: a name ending in 讯 or 电 before a credit in brackets that names a reporter (青川讯（通讯员 王海）,
#: 青川区融媒体中心讯（记者 王海）), or a place and a day (青川11月27日讯, 北京11月27日电视台… not).
#: Asked, as a paper's own, of every paragraph only (``leadin``).
_LOCAL = (
    rf"[\u4e00-\u9fff]{{2,12}}?[讯电](?=\s*[（(][^（）()\n]{{0,20}}?(?:记者|通讯员|实习生))"
    rf"|[\u4e00-\u9fff]{{2,8}}[{_NUM}]{{1,3}}月[{_NUM}]{{1,3}}日(?:讯|电(?![{_ELECTRIC}]))"
)
LOCAL_LEADIN = re.compile(rf"^\s*(?:{_LOCAL})")

#: The byline/dateline as printed at an article's start: the lead-in with its credit in
#: brackets (本报讯（青川新闻记者 林晓雨 文/图）) or a reporter phrase (记者王海报道：).
BYLINE = re.compile(
    r"^(?:"
    rf"(?:{_DISPATCH}|{_OWN_PAPER}|{_LOCAL})"
    r"(?:\s*[（(][^（）()\n]{1,40}[）)])?"
    rf"(?:\s*(?:本报|新华社|中新社)?(?:特派|驻{_NOSTOP}{{1,8}})?记者{_NOSTOP}{{1,24}}?报[道导][：:])?"
    rf"|(?:本报)?(?:特派|驻{_NOSTOP}{{1,8}})?记者{_NOSTOP}{{1,24}}?报[道导][：:]"
    r")"
)

#: Photo credits that close a caption: （新华社记者周文摄）, （本报记者 X 摄）, （资料图片）, （X供图）.
PHOTO_CREDIT = re.compile(
    r"(?:[（(][^（）()]{0,40}(?:摄|供图|发|图片|资料图)[）)]|[（(](?:资料图片|图片?来源|图源|图片由|图[／/：:])[^（）()]{0,30}[）)]"
    r"|摄影[：:]\s*\S{1,8})\s*$"
)
#: Only a photographer's credit (…摄）): strong enough to make a caption of any short paragraph.
PHOTO_CREDIT_STRICT = re.compile(r"[（(][^（）()]{1,30}摄[）)]\s*$")
#: A photographer's credit set without brackets after the caption's last sentence, as papers
#: print it today: …阅读。新华社记者 周文 摄, …阅读。本报记者周文摄, …阅读。周文 王海 摄, 周文/摄,
#: or on a line of its own.
PHOTO_CREDIT_BARE = re.compile(
    r"(?:^|[。！？”])(?:[\u4e00-\u9fff]{0,6}?(?:记者|通讯员|摄影))?[\s\u3000]*"
    r"[\u4e00-\u9fff·]{2,5}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,5}){0,3}[\s\u3000]*[/／]?[\s\u3000]*摄$"
)
#: A QR code's caption, printed with an article today, telling what scanning it gives (扫码看现场
#:视频, 扫一扫，听新闻, 扫描下方二维码观看…, 长按识别二维码关注…): the code's, no headline (扫码支付
#:走进菜市场 is one).
QR_PROMPT = re.compile(
    r"^(?:扫码|扫一扫|(?:扫描|长按(?:识别)?)(?:[上下左右][方侧边])?(?:图中)?二维码)[，,\s]*(?:即可|可)?"
    r"(?:看|观看|收看|听|收听|阅读|了解|关注|参与|报名|下载|获取|查看|浏览|进入|答题|投票|留言)"
)
CAPTION_START = re.compile(r"^(?:图为|图[一二三四五六七八九十0-9]+[：:、]|上图|下图|左图|右图|图：)")

#: The page's or the article's editors: 本版编辑：王海, 责任编辑：周文 图片编辑：林晓雨.
STAFF = re.compile(r"^(?:本版)?(?:责任编辑|责编|美编|美术编辑|图片编辑|编辑|校对|版式设计|版式|制图)[：:]\s*\S.{0,20}$")
_WEEKDAY = r"星期[一二三四五六日天]"
FURNITURE = [
    # the date, its weekday, the lunar date, the page (2026年11月27日 星期五 农历十月初八 第3版)
    re.compile(
        rf"^\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:{_WEEKDAY})?\s*(?:[农阴]历\S{{0,10}})?\s*"
        rf"(?:第\s*[{_NUM}]+\s*[版页]|[A-Z]\d{{1,2}})?\s*(?:{_PAPER})?$"
    ),
    # the paper's name on a line of its own at the head of the page (青川日报, 南湖晚报)
    re.compile(rf"^{_PAPER}$"),
    re.compile(rf"^(?:{_WEEKDAY})$"),
    re.compile(rf"^\S{{0,12}}(?:报|刊)\s*第\s*[{_NUM}]+\s*[版页](?:\s*\S{{0,12}})?$"),
    re.compile(rf"^第\s*[{_NUM}]+\s*[版页](?:\s*\S{{0,12}})?$"),
    re.compile(r"^[A-Za-z]?\s*\d{1,3}$"),
    re.compile(r"^[-—–]\s*\d{1,3}\s*[-—–]$"),
    STAFF,
    re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\S{0,6})?$"),
    # (an edition's code and its name set apart, A3 要闻, is a header of parts: ``page_header``)
    # the paper's name, the date and the page in one header (青川日报 2026年11月27日 第3版)
    re.compile(
        rf"^\S{{0,12}}[报刊]\s*\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:{_WEEKDAY})?\s*"
        rf"(?:第\s*[{_NUM}]+\s*[版页]|[A-Z]\d{{1,2}})?(?:\s*[\u4e00-\u9fff]{{2,6}})?$"
    ),
]
#: Jump lines: 上接第X版 / 下转第X版 (with or without brackets).
JUMP = re.compile(rf"^[（(]?\s*(?:上接|下转|紧接|接|转)第?\s*[{_NUM}A-Z]+\s*版\s*[)）]?$")
#: ... and by the edition's code alone, in brackets: （转A2）, （上接A1）.
JUMP_CODE = re.compile(r"^[（(]\s*(?:上接|下转|紧接|接|转)\s*[A-Z]\d{1,2}\s*[)）]$")
#: Photo-only headline marker, e.g. 雪后青川（图片）.
PICTURE_MARK = re.compile(r"[（(](?:图片|照片|传真照片|组图)[）)]\s*$")


#: A subtitle is set under its headline after a dash (——怀念…); it never opens a headline block.
SUBTITLE_DASHES = ("——", "──", "--")


def subtitle(text: str) -> bool:
    return text.lstrip().startswith(SUBTITLE_DASHES)


#: The standing heads a page sets over (or under) a group of news photos.
STANDING_PHOTO_HEADS = frozenset(("图片新闻", "新闻图片", "图片报道"))


def picture_head(text: str) -> bool:
    """The headline of a photo: 雪后青川（图片）, or the standing head 图片新闻."""
    t = text.strip()
    return bool(PICTURE_MARK.search(t)) or t in STANDING_PHOTO_HEADS


def is_furniture(text: str) -> bool:
    t = text.strip()
    return bool(t) and (any(p.match(t) for p in FURNITURE) or is_jump(t) or page_header(t))


#: The parts a page's header line is made of, set apart by spaces: the date (2026年3月5日,
#: 2026.03.05, 2026-03-05), the weekday or the lunar date, the page (第3版, 3版, A3), the
#: paper's name and the section's (要闻, 国际新闻).
_HEADER_DATE = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$")
_HEADER_DAY = re.compile(rf"^(?:{_WEEKDAY}|[农阴]历\S{{2,8}})$")
_HEADER_PAGE = re.compile(rf"^(?:第[{_NUM}]{{1,3}}[版页]|[{_NUM}]{{1,3}}版|[A-Z]\d{{1,2}}(?:版)?)$")
_HEADER_PAPER = re.compile(rf"^{_PAPER}$")
_HEADER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def page_header(text: str) -> bool:
    """A page's header line of parts set apart by spaces (2026年3月5日 星期四 第3版 要闻, 青川日报
    2026.03.05 A3, 国际新闻 第6版): every part a date, a day, a page or a name, and the page
    among them, or the date with the paper's name or the weekday; two other names at most (a
    writer's name and a date, 王海 2026年3月5日, close a letter: no header)."""
    parts = text.split()
    if not 2 <= len(parts) <= 6:
        return False
    pages = dates = days = papers = names = 0
    for part in parts:
        if _HEADER_PAGE.match(part):
            pages += 1
        elif _HEADER_DATE.match(part):
            dates += 1
        elif _HEADER_DAY.match(part):
            days += 1
        elif _HEADER_PAPER.match(part):
            papers += 1
        elif _HEADER_NAME.match(part):
            names += 1
        else:
            return False
    return names <= 2 and (pages > 0 or (dates > 0 and (papers > 0 or days > 0)))


def bare_number(text: str) -> bool:
    """A page number on its own (only furniture at the very top or bottom of a page)."""
    return bool(re.match(r"^[A-Za-z]?\s*\d{1,3}$|^[-—–]\s*\d{1,3}\s*[-—–]$", text.strip()))


#: A date alone, as it closes a letter, a speech or a document under its signature (二〇二六年
#: 三月五日 is spelled so too).
_BARE_DATE = re.compile(
    r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$"
)


def bare_date(text: str) -> bool:
    """A date on its own (2026年3月5日): a page's header at its top, the date a text is signed
    with at its foot (on the dev pages furniture stands at the top only)."""
    return bool(_BARE_DATE.match(text.strip()))


def is_jump(text: str) -> bool:
    """上接第2版, 下转第四版, 紧接第1版, （转A2）: a jump line. (The pipeline asks of every line: the
    brackets or the 版 are looked at before the pattern.)"""
    t = text.strip()
    if "版" in t:
        return bool(JUMP.match(t))
    return t[:1] in "（(" and t[-1:] in "）)" and bool(JUMP_CODE.match(t))


_WIRE = re.compile(
    rf"^\s*(?:据?(?:新华社|中新社|法新社|美联社|路透社|共同社|塔斯社|合众社){_NOSTOP}{{0,24}}?电"
    rf"|本报(?!讯){_NOSTOP}{{1,16}}?(?:日电|电(?![{_ELECTRIC}]))|本报(?!讯){_NOSTOP}{{1,16}}?日讯)"
)


def wire_leadin(text: str) -> bool:
    """A dated dispatch (据新华社…电, 本报罗马1月15日电, and the paper's own dated 本报北京1月17日讯,
    not a bare 本报讯): items that roundups string together."""
    return bool(_WIRE.match(text))


def unclosed(text: str) -> bool:
    """Whether ``text`` opens a bracket it does not close (…公报（农村人口和农业机)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def leadin(text: str) -> bool:
    if LEADIN.match(text):
        return True
    # (a paper's name ends with 报 within its first dozen characters, a newsroom's with 讯 or 电
    # within its first fifteen: most texts are not asked)
    if text.find("报", 2, 14) >= 0 and PAPER_LEADIN.match(text) is not None:
        return True
    return (text.find("讯", 2, 16) >= 0 or text.find("电", 2, 16) >= 0) and LOCAL_LEADIN.match(text) is not None


def byline_end(text: str) -> int:
    """Length of the byline/dateline prefix of an article's first paragraph (0 if none)."""
    m = BYLINE.match(text)
    return m.end() if m else 0


def ends_with_photo_credit(text: str) -> bool:
    """Ends with a photo's credit (…（新华社记者周文摄）, …（资料图片）); a photo's own headline
    (雪后青川（图片）, 图片新闻) is no credit."""
    t = text.strip()
    if t.endswith("摄"):
        return bool(PHOTO_CREDIT_BARE.search(t))
    # (a credit ends with its bracket or follows 摄影: long paragraphs are not searched through)
    if not (t.endswith(("）", ")")) or "摄影" in t):
        return False
    return bool(PHOTO_CREDIT.search(t)) and not picture_head(t)


def photographer_credit(text: str) -> bool:
    """Ends with a photographer's credit (…（新华社记者周文摄））: ``PHOTO_CREDIT_STRICT``."""
    t = text.rstrip()
    if t.endswith("摄"):
        return bool(PHOTO_CREDIT_BARE.search(t))
    return t.endswith(("）", ")")) and bool(PHOTO_CREDIT_STRICT.search(t))


#: The bullets items of a list, a headline's deck or a column of short items are set with
#: (●重申人民币将保持稳定, △我国将颁布…).
BULLETS = frozenset("●○◆◇■□▲△★☆•")
#: The bullets a paragraph opens with (``BULLETS`` but ○, which OCR also gives for a zero, 〇,
#: inside running text: 一○五亿): on dev, 64 lines open with one, each a paragraph's or a
#: heading's first.
ITEM_BULLETS = BULLETS - {"○"}

#: Section heads inside an article: 一、… （二）… 3. … ● … —— …
ENUMERATED = re.compile(
    rf"^(?:[{_NUM}]{{1,3}}[、．.]|[（(][{_NUM}A-Za-z]{{1,3}}[）)]|第[{_NUM}]{{1,3}}[章节部分篇]"
    r"|[●○◆◇■□▲△★☆·•※＊*]|[—－-]{2,}|[A-Za-z][、．.]"
    rf"|\S{{0,8}}之[{_NUM}]{{1,3}}[：:、]|其[{_NUM}][，,：:、]|第[{_NUM}]{{1,3}}[，,：:、]|(?:首先|其次|再次|最后)[，,：:])"
)


def enumerated(text: str) -> bool:
    """An item of a list: 一、…, （2）…, ●…; not a byline set after a bullet (■ 记者 周文)."""
    t = text.strip()
    return bool(ENUMERATED.match(t)) and not (t[0] in CREDIT_MARKS and REPORTER_CREDIT.match(t))


#: An item's or a picture's number in figures and its mark: 1、 2. (7.2公里 is no item 7). The
#: number is the fragment's first group.
DIGIT_ITEM = r"(?P<digit>\d{1,2})(?P<digit_mark>、|[．.](?!\d))"
#: A picture's number opening its caption: an item's (1、, 2.), or one with a colon (1：…), which
#: lists do not take (a colon before a figure is a ratio or a time: 2：1, 8:30).
PICTURE_NUMBER = r"(?P<digit>\d{1,2})(?P<digit_mark>、|[．.：:](?!\d))"
#: The numbered items of a list, by their style: （3）… / 三是… / 三、… / 3、… / 第三，…
_ITEM = re.compile(
    r"^\s*(?:[（(](?P<paren>[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
    r"|(?P<han>[一二三四五六七八九十]{1,3})(?P<han_mark>是|、)"
    rf"|{DIGIT_ITEM}"
    r"|第(?P<ordinal>[一二三四五六七八九十]{1,3})(?P<ordinal_mark>是|，|、))"
)
_HAN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def _han_number(text: str) -> int:
    """一 … 九十九 as a number; 0 for anything else."""
    if len(text) == 1:
        return 10 if text == "十" else _HAN_DIGITS.get(text, 0)
    tens, ten, ones = text.partition("十")
    if not ten or len(ones) > 1 or len(tens) > 1:
        return 0
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(ones, 0) if ones else 0)


def item_number(text: str) -> tuple[str, int] | None:
    """The style and number a list item opens with: （3）… gives ("()", 3), 三是… ("是", 3),
    3、… ("1、", 3); None where the text opens with no item number."""
    m = _ITEM.match(text)
    if m is None:
        return None
    if m["paren"] is not None:
        value = m["paren"]
        return "()", int(value) if value.isdigit() else _han_number(value)
    if m["han"] is not None:
        return m["han_mark"], _han_number(m["han"])
    if m["digit"] is not None:
        return "1" + m["digit_mark"], int(m["digit"])
    return "第" + m["ordinal_mark"], _han_number(m["ordinal"])


#: A photo's label closing a text on its own line (图片：): the photos of that text follow.
PHOTO_LABEL = re.compile(r"^(?:图片|照片|附图|图)[：:]$")


#: A text's own closing line after its last sentence: the day it was written, alone on a line
#: (2025年12月30日, 二〇二五年岁末, 2026年3月于青川; a year and its words, 二〇二五年茶市回顾, is
#: a heading).
SIGNED_DATE = re.compile(
    rf"^[{_NUM}○]{{4}}年(?:[{_NUM}]{{1,2}}月(?:[{_NUM}]{{1,3}}日)?)?(?:岁[暮末尾]|[春夏秋冬]|年?[初底末]|除夕)?"
    r"(?:于[\u4e00-\u9fff]{1,8})?$"
)
#: ... or a note added to it: ［附记：…］, 附记：….
APPENDED_NOTE = re.compile(r"^[［\[【]?附记[：:]")
#: A text signed after a dash (…摘要。———编者, …意见。——王海): it has ended.
SIGNED_AFTER_DASH = re.compile(r"[。！？”]\s*[—－-]{2,}\s*[\u4e00-\u9fff·]{1,6}$")
#: A signature on a line of its own after a dash: ——编者, ———王海.
DASH_SIGNATURE = re.compile(r"^[—－-]{2,}\s*[\u4e00-\u9fff·]{1,6}$")
#: A speaker introduced at the start of what they said, named with their post or place in
#: brackets (王海（青川区茶叶协会会长）：…): a forum's or a roundup's contribution.
SPEAKER = re.compile(r"^[\u4e00-\u9fff·]{2,5}[（(][^（）()：:]{2,40}[）)][：:]")
#: An editor's note set over a text: its label (编者按：, 编者的话：) or the editors' signature
#: after a dash (…欢迎来稿。———编者); an afterword is labelled otherwise (编后：).
EDITORS_NOTE = re.compile(r"^(?:编者按|编者的话)[：:]")
EDITORS_SIGNATURE = re.compile(r"[—－-]{2,}\s*编者$")


#: A closing credit on its own line: （王海）, （本报华盛顿3月5日电）, （周文摄）（新华社稿）.
CREDIT_LINE = re.compile(r"^(?:[（(][^（）()]{1,30}[）)]){1,3}$")


#: A credit closing an article's last paragraph: …。（陈杰）, …。（据新华社电）, or on its own line.
_CLOSING_CREDIT = re.compile(
    r"(?:^|[。！？”…])\s*[（(](?:据?(?:新华社|中新社|本报)[^（）()]{0,12}电?|[\u4e00-\u9fff·\s]{2,16})[）)]$"
)


def closing_credit(text: str) -> bool:
    t = text.strip()
    # (the credit's closing bracket ends the text: searching every clause of a long paragraph
    # for the opening one is left to those that end so)
    if not t.endswith(("）", ")")):
        return False
    m = _CLOSING_CREDIT.search(t)
    # (a note that the full text is printed elsewhere, （全文另发）, （详见第二版）, credits no writer
    # and ends no article: the report goes on)
    return m is not None and not any(word in m.group() for word in _ELSEWHERE)


#: What a note pointing to the full text printed elsewhere says.
_ELSEWHERE = ("另发", "另见", "详见", "见第")


def credit_line(text: str) -> bool:
    return bool(CREDIT_LINE.match(text.strip()))


def bare_photo_credit(text: str) -> bool:
    """A photographer's credit without brackets, alone on its line: 新华社记者 周文 摄."""
    t = text.strip()
    return t.endswith("摄") and PHOTO_CREDIT_BARE.match(t) is not None


#: A writer's or a dispatch's credit alone on a line: （王海）, （本报开罗3月6日电）; not a
#: photo's (…摄）, （资料图片）, （数码传真照片）, （新华社供稿）).
WRITER_CREDIT = re.compile(r"^[（(](?![^（）()]*(?:摄|图|照片|供|稿))[^（）()]{1,30}[）)]$")


def writer_credit_line(text: str) -> bool:
    """A writer's or a dispatch's credit alone on a line (``WRITER_CREDIT``): not a figure in
    brackets, which a narrow column sets on a line of its own inside a sentence (（北京时间14时
    30分）, （约合人民币3万元）); a dispatch's credit holds its date (（本报开罗3月6日电）)."""
    t = text.strip()
    if WRITER_CREDIT.match(t) is None:
        return False
    return not any(c.isdigit() for c in t) or t[-2:-1] in "电讯"


#: A date in brackets on a line of its own: the day a speech was given or a document signed,
#: set under its title (（二〇二六年三月五日）, （2026年3月5日于青川））; a document's note opens so
#: too (``DOCUMENT_NOTE``).
_BRACKETED_DAY = rf"^[（(][{_NUM}○]{{4}}年[{_NUM}]{{1,3}}月[{_NUM}]{{1,3}}日"
DATED_NOTE = re.compile(rf"{_BRACKETED_DAY}[^（）()]{{0,20}}[）)]$")


#: The address a speech opens with, on a line of its own: 同志们：, 女士们、先生们：, 尊敬的各位来宾：.
SALUTATION = re.compile(
    r"^(?:(?:尊敬的|亲爱的)?[\u4e00-\u9fff]{0,8}(?:同志们|朋友们|女士们|先生们|同学们|代表们|各位[\u4e00-\u9fff]{0,6})[、，,]?)+[：:]$"
)
#: A review's headline, naming the work it reviews: 一部写给青年的书——读《滨江纪事》, ——评《…》,
#: 《滨江纪事》读后.
REVIEW_TITLE = re.compile(r"[—－-]{1,3}[读评]《[^《》]+》|《[^《》]+》(?:读后|观后)")
#: A document's note under its title, opening with the day it was passed or issued, in brackets:
#: （2025年12月29日青川区人民代表大会常务委员会第五次会议通过）.
DOCUMENT_NOTE = re.compile(rf"{_BRACKETED_DAY}[^（）()]{{0,80}}[）)]$")


def dated_note(text: str) -> bool:
    """A date in brackets alone on its line (``DATED_NOTE``)."""
    return DATED_NOTE.match(text.strip()) is not None


def tabular(text: str) -> bool:
    """A table row: mostly digits, signs and separators; not a number in its words, as an
    ordinal or a count (第39号, a decree's number: a heading's line). (A year and its words,
    2025年岁末, sign a letter's end: no heading either.)"""
    t = text.strip()
    digits = sum(1 for c in t if c.isdigit() or c in ".-·%+／/:")
    if len(t) < 4 or digits / len(t) < 0.4:
        return False
    return digits == len(t) or _NUMBERED.fullmatch(t) is None


#: One whole number among words that is no year: 第39号, 第18届.
_NUMBERED = re.compile(r"[^\d.·%+／/:-]*\d+(?!\d|年)[^\d.·%+／/:-]*")


#: Marks papers set before a byline today: □本报记者 王海, ■ 记者 周文, ●文/图 林晓雨.
CREDIT_MARKS = "□■●◆◇○◎★☆▲△▌▍"
#: A reporter's credit set under a headline: 本报记者 王海 周文, 新华社记者林晓雨, 本报驻巴基斯坦记者王海,
#: and as papers print them today: □本报记者 王海 通讯员 李丽, 文/图 本报记者 林晓雨, 文／周文; a
#: reporter of another paper names it after the name (本报记者王海《青川电力报》).
_ROLE = r"(?:本报|新华社|中新社)?(?:特派|特约|见习|实习|驻\S{1,8})?(?:记者|通讯员)"
_WRITTEN_BY = r"(?:文[/／]图|图[/／]文|(?:文|图|摄影)[\s\u3000]*[/／])"
REPORTER_CREDIT = re.compile(
    rf"^[{CREDIT_MARKS}]?[\s\u3000]*(?:{_WRITTEN_BY}[\s\u3000]*(?:{_ROLE})?|{_ROLE})"
    r"[\s\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000、·]{1,20}(?:《[\u4e00-\u9fff]{2,12}》)?$"
)

#: A byline alone on its line, name by name, as the layout rules read it in running text:
#: □本报记者 王海 通讯员 李丽, 文/图 林晓雨, 记者 周文 (each name two to four characters, so
#: 记者在现场看到大批市民 is no byline).
_NAME = r"[\u4e00-\u9fff·]{2,4}"
BYLINE_LINE = re.compile(
    rf"^[{CREDIT_MARKS}]?[\s\u3000]*(?:{_WRITTEN_BY}[\s\u3000]*(?:{_ROLE}[\s\u3000]*)?|{_ROLE}[\s\u3000]*){_NAME}"
    rf"(?:[\s\u3000、]+(?:{_ROLE}[\s\u3000]*)?{_NAME})*$"
)
#: The characters such a byline can start with (the layout rules ask every line).
BYLINE_FIRST = frozenset(CREDIT_MARKS + "文图摄本新中特见实驻记通")


#: Where a credit's printed space may stand: after a role (记者 王海, 文/图 林晓雨; 记者 misread,
#: 记煮 / 纪者), before one (王海 文/图, 王海 通讯员 李丽), or between two names of a list set
#: off so (记者 王海 李丽).
_ROLE_END = re.compile(r"(?:记.|.者|通讯员|摄影|文[/／]图|图[/／]文|[文图][/／]|摄)$")
_TAIL_START = re.compile(r"(?:文[/／]图|图[/／]文|[文图][/／]|摄)")
_ROLE_START = re.compile(_ROLE)
_LISTED_NAME = re.compile(r"(?:[\s\u3000]|记者|通讯员|文[/／]图|图[/／]文)([\u4e00-\u9fff·]{2,4})$")
_NEXT_NAME = re.compile(r"([\u4e00-\u9fff·]{2,4})(?:[\s\u3000、）)]|$)")


def credit_space(before: str, after: str) -> bool:
    """Whether a space inside a credit, between ``before`` and ``after``, was printed (a role
    and a name, or two listed names: 记者 王海 文/图, 记者 王海 李丽) rather than OCR's stray one
    (龙华新 闻记者, 新华社 北京1月3日电, 王海 报道, （翟 雪梅）)."""
    if _ROLE_END.search(before):
        return not (before[-1] in "/／" and after[:1] in "文图")  # (文/ 图: one word broken)
    if _TAIL_START.match(after) or before[-1:] in CREDIT_MARKS:
        return True  # 王海 文/图, 王海 摄; ■ 记者 周文
    listed = _LISTED_NAME.search(before) is not None  # (a name the credit set off: 记者 王海 …)
    if _ROLE_START.match(after):
        return listed  # 王海 通讯员 李丽; not 龙华新闻 记者, 本报北京1月5日讯 记者
    nxt = _NEXT_NAME.match(after)
    return listed and nxt is not None and nxt.group(1) not in ("报道", "报导")


def author_line(text: str) -> bool:
    """A by-name under a headline: 2–4 characters starting with a surname (孔祥文, 欧阳山); a
    two-character one only with a common surname (和谐 is a word, 李琨 a name), a four-character
    one only with a two-character surname."""
    t = text.strip()
    if not (2 <= len(t) <= 4 and t.isalpha()):
        return False
    if t[:2] in COMPOUND_SURNAMES:
        return True
    if len(t) == 4:
        return False  # a four-character name has a two-character surname (欧阳山 …); 国有经济 is words
    return t[:1] in (COMMON_SURNAMES if len(t) == 2 else SURNAMES)


def names_run_together(text: str) -> bool:
    """Two to four writers' names run together on one line (王海林晓雨, 周文孙丽华李丽), each
    an ``author_line`` of two or three characters."""
    t = text.strip()
    if not (4 <= len(t) <= 12 and t.isalpha()):
        return False
    ends = {0: 0}  # (where a run of names may end: how many names it holds)
    for i in range(len(t)):
        held = ends.get(i)
        if held is None or held == 4:
            continue
        for size in (2, 3):
            if i + size <= len(t) and author_line(t[i : i + size]):
                ends[i + size] = max(ends.get(i + size, 0), held + 1)
    return ends.get(len(t), 0) >= 2


#: A commentary's signature: 本报评论员, 本报特约评论员.
COMMENTATOR = re.compile(r"^\S{0,4}(?:特约)?评论员$")


#: The titles of an office a writer may be named by (青川区农业局局长赵国栋, 青川大学研究员孙丽华:
#: the office, its title, then the name; 副部长 ends with 部长).
OFFICE_TITLES = (
    "部长", "主任", "书记", "主席", "所长", "司长", "局长", "市长", "省长", "县长", "院长", "教授",
    "会长", "厂长", "校长", "研究员", "理事长", "董事长", "总经理", "秘书长", "总编辑",
)  # fmt: skip


@lru_cache(maxsize=4096)
def by_name(text: str) -> bool:
    """The writer's name line that closes a headline group: an author or a reporter's credit,
    or a writer named by office (青川区林业局局长孙丽华: an office of a character or more, its title,
    and a name; or several offices listed with 、, 区文化局局长、区文联主席孙丽华)."""
    t = text.strip()
    if author_line(t) or REPORTER_CREDIT.match(t) or COMMENTATOR.match(t):
        return True
    if not (5 <= len(t) <= 28 and t.replace("、", "").isalpha()):
        return False
    # (the title's end found by ``endswith`` for each length of the name: no regex on every line)
    return any(
        t[:-size].endswith(OFFICE_TITLES) and len(t) - size >= 3 and author_line(t[-size:]) for size in (2, 3, 4)
    )


#: Words a credit calls its writer by, besides 记者 (…者 words that are not a misread 记者).
_WRITER_WORDS = frozenset(("作者", "笔者", "编者", "译者", "学者", "读者", "记者"))
_CREDIT_BRACKET = re.compile(r"[（(]([^（）()]{2,40})[）)]")
#: Where a credit's role word stands: after the bracket or the press's name (…社, …报, …新闻, …台).
_ROLE_AFTER = frozenset("（(社报闻台网站刊")


def mend_credit(byline: str) -> list[tuple[int, str, str]]:
    """Misreadings of 记者 in a lead-in's credit (本报讯（新华社记煮 王平）, （纪者 王平）).

    The word between the press's name and the writer's name is a closed set, so a pair that
    differs from 记者 in one character there (记X or X者 that is no word of its own), before a
    name, is 记者 misread. Returns (position, misread pair, 记者) for each; the text is not changed here.
    """
    out: list[tuple[int, str, str]] = []
    for m in _CREDIT_BRACKET.finditer(byline):
        content, base = m.group(1), m.start(1)
        if "记者" in content:
            continue
        for i in range(len(content) - 2):
            pair, before = content[i : i + 2], byline[base + i - 1]
            name = content[i + 2 :].lstrip()  # the writer's name, with or without a space
            if before not in _ROLE_AFTER or name[:1] not in SURNAMES:
                continue
            first, second = pair[0], pair[1]
            if not ("\u4e00" <= first <= "\u9fff" and "\u4e00" <= second <= "\u9fff"):
                continue
            if (first == "记") != (second == "者") and pair not in _WRITER_WORDS:
                out.append((base + i, pair, "记者"))
                break
    return out


#: Words that open a paragraph carrying on the one before it: connectives (看来, 因此, 但是 …)
#: and words pointing back (这些, 他们, 它们 …). No article opens with one.
CONNECTIVE_START = re.compile(
    r"^(?:看来|可见|因此|因而|所以|于是|但是|但|然而|不过|可是|同时|此外|另外|而且|并且|总之|总而言之|"
    r"与此同时|另一方面|其次|再次|最后|那么|这样|这些|这种|这个|这位|这里|这就|他们|她们|它们|对此|为此)"
)


def opens_with_connective(text: str) -> bool:
    """``text`` opens with a connective or a word pointing back: it continues the text before."""
    return bool(CONNECTIVE_START.match(text))
