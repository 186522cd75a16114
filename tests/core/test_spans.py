from __future__ import annotations

from newsdesk.core.spans import Span, remap

TEXT = "区委书记王卫主持会议，区长雷卫华出席。"


def span(text: str, word: str, label: str = "PER") -> Span:
    s = text.index(word)
    return Span(s, s + len(word), label, word)


def test_edit_before_a_tag_shifts_it() -> None:
    new = "今天，" + TEXT
    (got,) = remap(TEXT, new, [span(TEXT, "王卫")])
    assert (got.text, got.needs_review) == ("王卫", False)
    assert new[got.start : got.end] == "王卫"


def test_edit_after_a_tag_leaves_it() -> None:
    new = TEXT.replace("出席", "也出席了")
    (got,) = remap(TEXT, new, [span(TEXT, "王卫")])
    assert (got.start, got.end, got.needs_review) == (4, 6, False)


def test_edit_inside_keeps_tag_and_flags_review() -> None:
    new = TEXT.replace("雷卫华", "雷伟华")
    (got,) = remap(TEXT, new, [span(TEXT, "雷卫华")])
    assert got.text == "雷伟华" and got.needs_review and got.label == "PER"


def test_deleting_the_text_removes_the_tag() -> None:
    new = TEXT.replace("区长雷卫华", "")
    assert remap(TEXT, new, [span(TEXT, "雷卫华")]) == []


def test_unchanged_text_keeps_spans() -> None:
    spans = [span(TEXT, "王卫"), span(TEXT, "雷卫华")]
    assert remap(TEXT, TEXT, spans) == spans
