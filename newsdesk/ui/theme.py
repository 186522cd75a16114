"""Fonts and colours: a CJK font with a comfortable size, role colours readable in both palettes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

#: Role colours (gutter marks, captions); mid-tone so they read on light and dark palettes.
#: What the pipeline noticed in the scan (stray spaces, mended characters): amber.
NOTICE_COLOR = "#d08a00"

ROLE_COLORS = {
    "headline": "#d9534f",
    "subheadline": "#e08a3c",
    "byline": "#8e6fc8",
    "caption": "#3a9a8f",
    "body": "#4a86c5",
    "furniture": "#8a8a8a",
}

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
)


def cjk_font(size: float = 12.0) -> QFont:
    """The first installed CJK family (Qt falls back per glyph if none is found)."""
    families = set(QFontDatabase.families())
    font = QFont()
    for fam in CJK_FAMILIES:
        if fam in families:
            font = QFont(fam)
            break
    font.setPointSizeF(size)
    return font


def mono_cjk_font(size: float = 11.0) -> QFont:
    font = cjk_font(size)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font
