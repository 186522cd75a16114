from __future__ import annotations

from dataclasses import asdict, fields

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.chars import text_width
from newsdesk.core.paragraphs import LineInfo, measure_lines


def test_a_measured_line_has_every_field_set() -> None:
    # (lines are built without the dataclass's __init__: a field left unset would fail here)
    raw = ["  本报讯（青川新闻记者 林晓雨）", "", "滨江公园新建林荫步道。", "雪后青川（图片）", "GDP增长8%，"]
    lines = measure_lines(enumerate(raw))
    assert [ln.index for ln in lines] == [0, 2, 3, 4]
    for ln in lines:
        assert set(asdict(ln)) == {f.name for f in fields(LineInfo)}
    lead, full, photo, mixed = lines
    assert lead.indent and lead.leadin and lead.text == "本报讯（青川新闻记者 林晓雨）"
    assert lead.closes and lead.hang == 1.0 and not lead.picture
    assert full.closes and not full.leadin and not full.indent and full.width == 11.0
    assert photo.picture
    assert mixed.width == 5.5 and mixed.hang == 1.0 and mixed.closes  # G, D, P, 8 and % half a cell each
    assert all(ln.squeeze == -1.0 and not ln.continued for ln in lines)


@given(st.text(st.sampled_from("青川区 aB1，。）（“”—…·\u3000\U00020000"), min_size=1, max_size=30))
def test_a_lines_width_is_its_text_width(text: str) -> None:
    lines = measure_lines([(0, text)])
    if text.strip():
        assert lines[0].width == text_width(text.strip())
    else:
        assert lines == []
