"""What a batch of pages agrees on: the names of the press in the credits of its lead-ins.

Pages from one paper credit its reporters the same way (本报讯（青川新闻记者 X）) hundreds of
times. OCR misreads a character of that name now and then (青州新闻); one page alone cannot
tell, but the batch can: a name seen rarely that differs in one character from a name the batch
prints many times is that name misread. The mend is reported as a notice, like every change the
pipeline makes to scanned text, and the raw text keeps what was scanned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .model import PageAnalysis
from .textmap import mend

#: The press's name in a credit: （青川新闻记者 X）, （新华社记者 X）, （本报通讯员 X）.
_PRESS = re.compile(r"[（(]([\u4e00-\u9fff]{2,8}?)(?:记者|通讯员|特约记者|见习记者)")
#: How much more often the batch must print a name before a one-off variant counts as misread.
MIN_COUNT = 3
MIN_RATIO = 5


def press_name(byline: str) -> str | None:
    """The press's name in a byline's credit (青川新闻 in 本报讯（青川新闻记者 X）), if any."""
    m = _PRESS.search(byline)
    return m.group(1) if m else None


def press_names(pages: Iterable[PageAnalysis]) -> Counter[str]:
    """How often each press name opens a byline's credit in ``pages``."""
    seen: Counter[str] = Counter()
    for page in pages:
        for art in page.articles:
            by = art.byline
            if by is not None and (name := press_name(by.text)):
                seen[name] += 1
    return seen


def misread_names(seen: Counter[str]) -> dict[str, str]:
    """Rare names that are a frequent one with one character misread: {variant: name}."""
    out: dict[str, str] = {}
    common = [(n, c) for n, c in seen.most_common() if c >= MIN_COUNT]
    for name, count in seen.items():
        for right, times in common:
            if right == name or times < MIN_RATIO * count or len(right) != len(name):
                continue
            if sum(a != b for a, b in zip(name, right, strict=True)) == 1:
                out[name] = right
                break
    return out


def mend_press_names(page: PageAnalysis, mends: dict[str, str]) -> int:
    """Mend the misread press names of ``page``'s bylines in place (a notice each); returns how
    many bylines changed."""
    changed = 0
    for art in page.articles:
        by = art.byline
        if by is None or not (m := _PRESS.search(by.text)) or m.group(1) not in mends:
            continue
        right = mends[m.group(1)]
        mend(by, m.start(1), m.group(1), right, page.notices)
        changed += 1
    return changed
