from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.chars import char_width, text_width


def test_text_width_agrees_with_char_width_on_every_assigned_code_point() -> None:
    for code in range(0x110000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or (code >= 0xE0000 and unicodedata.category(ch) == "Cn"):
            continue  # surrogates; unassigned code points of the special-purpose planes
        assert text_width(ch) == char_width(ch), hex(code)


def test_text_width_of_mixed_text() -> None:
    assert text_width("") == 0
    assert text_width("abc") == 1.5
    assert text_width("1月9日，“人民”") == 5 * 1 + 4 * 0.5  # digits and curly quotes take half a cell
    assert text_width("　中") == 2  # an ideographic space takes a whole cell


# Latin, CJK, full-width forms, and past the BMP (ideographs of plane 2, emoji): a run of narrow
# characters found by the BMP-only pattern may hold wide characters past the BMP
_MIXED = st.text(
    st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0x2010, max_codepoint=0x2030),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
        st.characters(min_codepoint=0xFF01, max_codepoint=0xFF60),
        st.characters(min_codepoint=0x1F300, max_codepoint=0x1F340),
        st.characters(min_codepoint=0x20000, max_codepoint=0x20080),
    ),
    max_size=40,
)


@given(_MIXED)
def test_text_width_is_the_sum_of_its_characters_widths(text: str) -> None:
    assert text_width(text) == sum(char_width(ch) for ch in text)
