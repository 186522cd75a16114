"""For any input, the pipeline neither loses nor duplicates a raw non-space character."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.core.chars import is_space
from newsdesk.core.pipeline import analyze_text
from newsdesk.core.reader import normalize_newlines
from newsdesk.core.typeset import PlainArticle, typeset

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
PUNCT = st.sampled_from(list("，。、；：？！“”（）《》—…"))
LATIN = st.sampled_from(list("abcXYZ0189 ."))
CHARS = st.one_of(CJK, CJK, CJK, PUNCT, LATIN, st.sampled_from(["\u3000", "\t", " ", "\f", "\r"]))
#: Pieces the layout rules look for: lead-ins, bylines and their marks, credits, jumps.
TOKENS = st.sampled_from(
    [
        "本报讯",
        "记者",
        "通讯员",
        "□",
        "■",
        "文/图",
        "报导：",
        "／",
        "【",
        "】",
        "（图片）",
        "摄",
        "青川日报讯",
        "（转A2）",
        "图为",
    ]
)
LINE = st.lists(st.one_of(st.text(CHARS, min_size=0, max_size=12), TOKENS), max_size=5).map("".join)


def positions(text: str) -> Counter[tuple[int, int]]:
    """Raw positions of the clean non-space characters, over all pages, articles and furniture.

    Spaces the pipeline keeps (between Latin words, inside credits) are text too, but only the
    non-space characters must all survive.
    """
    seen: Counter[tuple[int, int]] = Counter()
    for page in analyze_text(text):
        for block in [b for a in page.articles for b in a.blocks] + page.furniture:
            for ch, pos in zip(block.text, block.charmap, strict=True):
                if pos[0] >= 0 and not is_space(ch):
                    seen[pos] += 1
    return seen


def expected(text: str) -> set[tuple[int, int]]:
    """The raw positions of ``text``'s non-space characters (its lines ended by \\n, \\r\\n or
    \\r, as the pipeline reads them)."""
    out = set()
    for i, line in enumerate(normalize_newlines(text).split("\n")):
        for j, ch in enumerate(line):
            if not is_space(ch) and ch not in "\f\r":
                out.add((i, j))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=0, max_size=60))
def test_arbitrary_lines_keep_every_character_once(lines: list[str]) -> None:
    text = "\n".join(lines)
    seen = positions(text)
    assert set(seen) == expected(text)
    assert all(n == 1 for n in seen.values())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.builds(
            PlainArticle,
            headline=st.one_of(st.none(), st.text(CJK, min_size=4, max_size=20)),
            paragraphs=st.lists(st.text(st.one_of(CJK, PUNCT), min_size=1, max_size=120), min_size=1, max_size=4),
            headline_first=st.booleans(),
        ),
        min_size=1,
        max_size=4,
    ),
    st.integers(min_value=10, max_value=18),
)
def test_typeset_pages_keep_every_character_once(arts: list[PlainArticle], width: int) -> None:
    text = typeset(arts, width=width)
    seen = positions(text)
    assert set(seen) == expected(text)
    assert all(n == 1 for n in seen.values())
