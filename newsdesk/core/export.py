"""Export writers: approved articles in the formats editors and NLP teams use.

Each writer turns ``ExportArticle`` records into bytes, deterministically (the same archive
gives byte-identical files). Entity offsets always refer to ``ExportArticle.text``: the
article's blocks joined by newlines (see ``spans.entity_text``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any
from xml.etree import ElementTree as ET

from .model import Article
from .spans import Span, entity_text

XML_LABEL = {"PER": "person", "LOC": "location", "ORG": "org"}
TEI_LABEL = {"PER": "persName", "LOC": "placeName", "ORG": "orgName"}
TEI_NS = "http://www.tei-c.org/ns/1.0"


@dataclass
class ExportArticle:
    id: int
    source: str
    page: int
    ordinal: int
    date: str | None
    status: str
    article: Article
    entities: list[Span] = field(default_factory=list)
    raw_lines: dict[int, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return entity_text(self.article)

    def texts(self, role: str) -> list[str]:
        return [b.text for b in self.article.blocks if b.role == role]

    @property
    def headline(self) -> str:
        heads = self.texts("headline")
        return heads[0] if heads else ""

    @property
    def byline(self) -> str:
        bys = self.texts("byline")
        return bys[0] if bys else ""

    def block_spans(self) -> list[tuple[str, str, list[Span]]]:
        """(role, text, entities inside it with block-relative offsets) for each block."""
        out = []
        pos = 0
        for b in self.article.blocks:
            if b.role == "furniture":
                continue
            end = pos + len(b.text)
            inner = [
                Span(s.start - pos, s.end - pos, s.label, s.text)
                for s in self.entities
                if pos <= s.start and s.end <= end
            ]
            out.append((b.role, b.text, inner))
            pos = end + 1
        return out


def file_stem(a: ExportArticle) -> str:
    """Stable file name: date-page-ordinal-short-title."""
    title = re.sub(r"[\\/:*?\"<>|\s.]+", "", a.headline or (a.texts("body") or [""])[0])[:16] or "untitled"
    return f"{a.date or 'nodate'}-p{a.page:02d}-{a.ordinal + 1:02d}-{title}"


# -- jsonl -----------------------------------------------------------------------------------
def to_json_record(a: ExportArticle) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "page": a.page,
        "ordinal": a.ordinal,
        "date": a.date,
        "status": a.status,
        "headline": a.headline or None,
        "subheadlines": a.texts("subheadline"),
        "byline": a.byline or None,
        "captions": a.texts("caption"),
        "paragraphs": a.texts("body"),
        "text": a.text,
        "entities": [s.to_dict() for s in a.entities],
        "blocks": [{"role": b.role, "text": b.text, "lines": b.lines} for b in a.article.blocks],
        "raw_lines": {str(k): v for k, v in sorted(a.raw_lines.items())},
    }


def write_jsonl(arts: Sequence[ExportArticle]) -> bytes:
    return "".join(json.dumps(to_json_record(a), ensure_ascii=False, sort_keys=True) + "\n" for a in arts).encode()


def write_doccano(arts: Sequence[ExportArticle]) -> bytes:
    lines = []
    for a in arts:
        rec = {"id": a.id, "text": a.text, "label": [[s.start, s.end, s.label] for s in a.entities]}
        lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
    return "".join(lines).encode()


def write_conll(arts: Sequence[ExportArticle]) -> bytes:
    """Character-level BIO, one character a line, a blank line after each block."""
    out: list[str] = []
    for a in arts:
        out.append("-DOCSTART-\tO\n\n")
        for _, text, spans in a.block_spans():
            tags = ["O"] * len(text)
            for s in spans:
                tags[s.start] = f"B-{s.label}"
                for i in range(s.start + 1, s.end):
                    tags[i] = f"I-{s.label}"
            rows = [f"{ch}\t{tag}\n" for ch, tag in zip(text, tags, strict=True) if not ch.isspace()]
            if rows:
                out.extend(rows)
                out.append("\n")
    return "".join(out).encode()


# -- readable text ---------------------------------------------------------------------------
def to_markdown(a: ExportArticle) -> str:
    parts = [f"# {a.headline or '（无标题）'}"]
    parts += [f"## {t}" for t in a.texts("subheadline")]
    if a.byline:
        parts.append(f"*{a.byline}*")
    parts += a.texts("body")
    parts += [f"> {t}" for t in a.texts("caption")]
    meta = f"<!-- id {a.id} · {a.source} · page {a.page} · {a.date or 'no date'} · {a.status} -->"
    return "\n\n".join([*parts, meta]) + "\n"


def to_text(a: ExportArticle) -> str:
    parts = [a.headline] if a.headline else []
    parts += a.texts("subheadline")
    if a.byline:
        parts.append(a.byline)
    parts += ["\u3000\u3000" + t for t in a.texts("body")]
    parts += [f"［图］{t}" for t in a.texts("caption")]
    return "\n".join(parts) + "\n"


def write_combined(arts: Sequence[ExportArticle], one: Callable[[ExportArticle], str], sep: str) -> bytes:
    return sep.join(one(a) for a in arts).encode()


def write_csv(arts: Sequence[ExportArticle]) -> bytes:
    """UTF-8 with BOM (what spreadsheet programs need for Chinese), one row per article."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(
        ["id", "source", "page", "date", "status", "headline", "subheadlines", "byline", "captions", "text", "entities"]
    )
    for a in arts:
        w.writerow(
            [
                a.id,
                a.source,
                a.page,
                a.date or "",
                a.status,
                a.headline,
                " / ".join(a.texts("subheadline")),
                a.byline,
                " / ".join(a.texts("caption")),
                "\n".join(a.texts("body")),
                "; ".join(f"{s.text}/{s.label}" for s in a.entities),
            ]
        )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _marked_html(text: str, spans: list[Span], marks: bool) -> str:
    if not marks or not spans:
        return escape(text)
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        if s.start < pos:
            continue
        out.append(escape(text[pos : s.start]))
        out.append(f'<span class="ent {s.label}" title="{s.label}">{escape(text[s.start : s.end])}</span>')
        pos = s.end
    out.append(escape(text[pos:]))
    return "".join(out)


def write_html(arts: Sequence[ExportArticle], entities: bool = True) -> bytes:
    tags = {"headline": "h1", "subheadline": "h2", "byline": "p", "body": "p", "caption": "figcaption"}
    body = []
    for a in arts:
        inner = []
        for role, text, spans in a.block_spans():
            tag = tags.get(role, "p")
            inner.append(f'<{tag} class="{role}">{_marked_html(text, spans, entities)}</{tag}>')
        meta = escape(f"{a.source} · {a.page} · {a.date or ''}")
        body.append(f'<article id="a{a.id}">\n<p class="meta">{meta}</p>\n' + "\n".join(inner) + "\n</article>")
    css = (
        "body{font-family:'Noto Serif CJK SC','Songti SC',serif;max-width:44em;margin:2em auto;line-height:1.8}"
        ".byline{font-style:italic}.meta{color:#888;font-size:.8em}figcaption{color:#3a7a70;font-style:italic}"
        "article{border-bottom:1px solid #ddd;padding-bottom:1em}.ent{border-bottom:2px solid}"
        ".PER{border-color:#d9534f}.LOC{border-color:#2e9d5b}.ORG{border-color:#4a86c5}"
    )
    doc = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>newsdesk export</title>\n'
        f"<style>{css}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
    return doc.encode()


# -- XML ---------------------------------------------------------------------------------------
def _inline(parent: ET.Element, text: str, spans: list[Span], names: dict[str, str], ns: str = "") -> None:
    """Fill ``parent`` with ``text``, wrapping entity spans in elements."""
    pos = 0
    last: ET.Element | None = None
    parent.text = ""
    for s in sorted(spans, key=lambda s: s.start):
        if s.start < pos:
            continue
        chunk = text[pos : s.start]
        if last is None:
            parent.text += chunk
        else:
            last.tail = (last.tail or "") + chunk
        el = ET.SubElement(parent, ns + names[s.label])
        el.text = text[s.start : s.end]
        last = el
        pos = s.end
    rest = text[pos:]
    if last is None:
        parent.text += rest
    else:
        last.tail = (last.tail or "") + rest


def _xml_bytes(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode() + b"\n"


def to_nitf(a: ExportArticle) -> bytes:
    """NITF 3.x document: hedline/hl1, hl2, byline, body.content/p with person/location/org."""
    nitf = ET.Element("nitf", {"version": "-//IPTC//DTD NITF 3.6//EN", "change.date": "2012-07-24"})
    head = ET.SubElement(nitf, "head")
    ET.SubElement(head, "title").text = a.headline
    docdata = ET.SubElement(head, "docdata")
    ET.SubElement(docdata, "doc-id", {"id-string": f"newsdesk-{a.id}"})
    if a.date:
        ET.SubElement(docdata, "date.issue", {"norm": a.date.replace("-", "")})
    ET.SubElement(head, "pubdata", {"name": a.source, "position.sequence": str(a.page)})
    body = ET.SubElement(nitf, "body")
    bhead = ET.SubElement(body, "body.head")
    hedline = ET.SubElement(bhead, "hedline")
    content = ET.SubElement(body, "body.content")
    for role, text, spans in a.block_spans():
        if role == "headline":
            _inline(ET.SubElement(hedline, "hl1"), text, spans, XML_LABEL)
        elif role == "subheadline":
            _inline(ET.SubElement(hedline, "hl2"), text, spans, XML_LABEL)
        elif role == "byline":
            _inline(ET.SubElement(bhead, "byline"), text, spans, XML_LABEL)
        elif role == "caption":
            media = ET.SubElement(content, "media", {"media-type": "image"})
            _inline(ET.SubElement(media, "media-caption"), text, spans, XML_LABEL)
        else:
            _inline(ET.SubElement(content, "p"), text, spans, XML_LABEL)
    if not len(hedline):
        ET.SubElement(hedline, "hl1")
    return _xml_bytes(nitf)


def write_tei(arts: Sequence[ExportArticle]) -> bytes:
    """One TEI document; an article is a div, entities persName/placeName/orgName."""
    ns = "{" + TEI_NS + "}"
    ET.register_namespace("", TEI_NS)
    tei = ET.Element(ns + "TEI")
    header = ET.SubElement(tei, ns + "teiHeader")
    fdesc = ET.SubElement(header, ns + "fileDesc")
    ET.SubElement(ET.SubElement(fdesc, ns + "titleStmt"), ns + "title").text = "newsdesk export"
    ET.SubElement(ET.SubElement(fdesc, ns + "publicationStmt"), ns + "p").text = "Exported from a newsdesk archive."
    ET.SubElement(ET.SubElement(fdesc, ns + "sourceDesc"), ns + "p").text = "OCR of newspaper pages, edited."
    body = ET.SubElement(ET.SubElement(tei, ns + "text"), ns + "body")
    for a in arts:
        attrs = {"type": "article", "n": str(a.id)}
        if a.date:
            attrs["when"] = a.date
        div = ET.SubElement(body, ns + "div", attrs)
        for role, text, spans in a.block_spans():
            if role in ("headline", "subheadline"):
                el = ET.SubElement(div, ns + "head", {"type": "main" if role == "headline" else "sub"})
            elif role == "byline":
                el = ET.SubElement(div, ns + "byline")
            elif role == "caption":
                el = ET.SubElement(ET.SubElement(div, ns + "figure"), ns + "figDesc")
            else:
                el = ET.SubElement(div, ns + "p")
            _inline(el, text, spans, TEI_LABEL, ns)
    return _xml_bytes(tei)


# -- DOCX ---------------------------------------------------------------------------------------
def write_docx(arts: Sequence[ExportArticle]) -> bytes:
    """A Word document, headline as Heading 1; zip entries get fixed times (deterministic)."""
    import datetime

    from docx import Document
    from docx.shared import Pt

    doc = Document()
    stamp = datetime.datetime(2000, 1, 1)
    doc.core_properties.created = stamp
    doc.core_properties.modified = stamp
    doc.core_properties.title = "newsdesk export"
    for k, a in enumerate(arts):
        if k:
            doc.add_page_break()  # type: ignore[no-untyped-call]
        doc.add_heading(a.headline or "（无标题）", level=1)
        for t in a.texts("subheadline"):
            doc.add_heading(t, level=2)
        if a.byline:
            doc.add_paragraph().add_run(a.byline).italic = True
        for t in a.texts("body"):
            p = doc.add_paragraph(t)
            p.paragraph_format.first_line_indent = Pt(24)
        for t in a.texts("caption"):
            doc.add_paragraph(t, style="Caption")
    raw = io.BytesIO()
    doc.save(raw)
    return _stable_zip(raw.getvalue())


def _stable_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


#: name -> (per-article writer or None, whole-export writer or None, file suffix)
FORMATS: dict[
    str, tuple[Callable[[ExportArticle], bytes] | None, Callable[[Sequence[ExportArticle]], bytes] | None, str]
] = {
    "jsonl": (None, write_jsonl, ".jsonl"),
    "markdown": (lambda a: to_markdown(a).encode(), lambda arts: write_combined(arts, to_markdown, "\n---\n\n"), ".md"),
    "text": (lambda a: to_text(a).encode(), lambda arts: write_combined(arts, to_text, "\n\n"), ".txt"),
    "html": (None, write_html, ".html"),
    "docx": (None, write_docx, ".docx"),
    "csv": (None, write_csv, ".csv"),
    "nitf": (to_nitf, None, ".xml"),
    "tei": (None, write_tei, ".xml"),
    "conll": (None, write_conll, ".conll"),
    "doccano": (None, write_doccano, ".jsonl"),
}
