"""The fast segmenter gives jieba's own words, before and after words are added."""

from __future__ import annotations

import pytest

from newsdesk.core.entities import _JIEBA, preload
from newsdesk.core.segment import Segmenter

TEXTS = [
    "青川区委书记张明远出席会议并讲话，要求各街道把植树任务落实到山头地块。",
    "滨江图书馆自3月1日起延长开放至晚上十点，首周接待读者12000人次。",
    "Hello world 2026年，newsdesk 帮助编辑把 OCR 文字整理成文章。",
    "南湖街道党工委书记赵国栋介绍：食堂每天供应三餐，并为行动不便的老人送餐上门。",
    "",
    "  \n\t",
    "总统奥马尔·哈桑·艾哈迈德日前发表谈话；（新华社记者 周文摄）",
]


@pytest.fixture(scope="module")
def tokenizer() -> object:
    preload()
    return _JIEBA.tokenizer


@pytest.mark.parametrize("text", TEXTS)
def test_same_words_as_jieba(tokenizer: object, text: str) -> None:
    assert list(Segmenter(tokenizer).cut(text)) == list(tokenizer.cut(text, HMM=True))  # type: ignore[attr-defined]


def test_added_words_are_cut_as_jieba_cuts_them() -> None:
    import jieba

    tok = jieba.Tokenizer()
    tok.initialize()
    seg = Segmenter(tok)
    text = "青川餐饮集团与滨江书香合作开展读书活动。"
    seg.add_word("滨江书香", freq=60)
    assert "滨江书香" in list(seg.cut(text))
    assert list(seg.cut(text)) == list(tok.cut(text, HMM=True))
