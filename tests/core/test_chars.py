from __future__ import annotations

import unicodedata

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
