from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.assign import Segment, _overlap, share

# a few characters, so that headlines and texts share word pairs often
_HAN = st.text(st.sampled_from("青川县水库果园农民山区新建"), max_size=30)


@given(_HAN, _HAN, st.one_of(st.none(), _HAN))
def test_overlap_is_the_share_of_word_pairs(head: str, text: str, rival: str | None) -> None:
    # the overlap looks pairs up once per segment and remembers them; the result is share's
    seg = Segment(_text=text)
    other = Segment(_text=rival) if rival is not None else None
    expected = share(head, text, rival or "")
    assert _overlap(head, seg, other) == expected
    assert _overlap(head, seg, other) == expected  # asked again, from what the segments remember
