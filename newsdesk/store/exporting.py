"""Exporting from the archive, and importing a jsonl export back (backup and restore).

Files are written to a temporary name beside the target and renamed into place, so a full
disk or an unwritable folder leaves no half-written file; an existing file is replaced only
when asked (``force``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.consensus import press_name
from ..core.export import FORMATS, ExportArticle, file_stem
from ..core.model import Article, Block
from ..core.spans import Span
from .errors import StoreError

if TYPE_CHECKING:
    from .archive import Archive

_DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_NAME = re.compile(r"(19|20)(\d{2})[-_.]?(\d{2})[-_.]?(\d{2})")


@dataclass
class ExportSummary:
    format: str
    articles: int
    files: list[str] = field(default_factory=list)


def page_date(raw_text: str, furniture_lines: list[int], source_name: str) -> str | None:
    """The page's date from its furniture (1998年1月8日) or the file name (19980108)."""
    lines = raw_text.split("\n")
    for i in furniture_lines:
        m = _DATE_CN.search(lines[i]) if 0 <= i < len(lines) else None
        if m:
            return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    m2 = _DATE_NAME.search(source_name)
    if m2 and 1 <= int(m2[3]) <= 12 and 1 <= int(m2[4]) <= 31:
        return f"{m2[1]}{m2[2]}-{m2[3]}-{m2[4]}"
    return None


def records(
    archive: Archive,
    status: str | None = "approved",
    ids: list[int] | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ExportArticle]:
    """The articles to export, in id order, with their accepted entities."""
    chosen = ids if ids is not None else archive.article_ids(status)
    out: list[ExportArticle] = []
    dates: dict[int, str | None] = {}
    for n, aid in enumerate(sorted(chosen), start=1):
        if progress is not None:
            progress(n, len(chosen))
        rec = archive.get(aid)
        if status and ids is not None and rec.status != status:
            continue
        src = archive._query("select name from sources where id = ?", [rec.source_id])[0]["name"]
        if source and source not in str(src):
            continue
        raw = archive.page_text(rec.page_id)
        if rec.page_id not in dates:
            dates[rec.page_id] = page_date(raw, archive.furniture_lines(rec.page_id), str(src))
        date = dates[rec.page_id]
        if (date_from and (not date or date < date_from)) or (date_to and (not date or date > date_to)):
            continue
        lines = raw.split("\n")
        raw_lines = {i: lines[i] for i in rec.article.lines if 0 <= i < len(lines)}
        out.append(
            ExportArticle(
                rec.id,
                str(src),
                rec.page_no,
                rec.ordinal,
                date,
                rec.status,
                rec.article,
                [s for s in archive.tags.spans(aid)],
                raw_lines,
            )
        )
    return out


def _write_atomic(path: Path, data: bytes, force: bool) -> None:
    if path.exists() and not force:
        raise StoreError(f"{path} already exists; use --force to replace it.")
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"Cannot write {path}: {exc.strerror or exc}. Nothing was written.") from exc


def export(
    arts: list[ExportArticle], fmt: str, out: Path, combined: bool = False, force: bool = False, entities: bool = True
) -> ExportSummary:
    """Write ``arts`` as ``fmt`` to ``out`` (a file, or a folder of one file per article)."""
    if fmt not in FORMATS:
        raise StoreError(f"Unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    per_article, whole, suffix = FORMATS[fmt]
    if not entities:
        arts = [
            ExportArticle(a.id, a.source, a.page, a.ordinal, a.date, a.status, a.article, [], a.raw_lines) for a in arts
        ]
    summary = ExportSummary(fmt, len(arts))
    if whole is not None and (per_article is None or combined):
        target = out if out.suffix else out.with_suffix(suffix)
        if not target.parent.exists():
            raise StoreError(f"The folder {target.parent} does not exist.")
        _write_atomic(target, whole(arts), force)
        summary.files.append(str(target))
        return summary
    assert per_article is not None
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out} is a file; {fmt} writes one file per article into a folder.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create {out}: {exc.strerror or exc}.") from exc
    targets = [(out / (file_stem(a) + suffix), a) for a in arts]
    names = [t.name for t, _ in targets]
    if len(set(names)) != len(names):  # same date, page, ordinal and title: add the id
        targets = [(out / f"{file_stem(a)}-{a.id}{suffix}", a) for a in arts]
    clash = [str(t) for t, _ in targets if t.exists()]
    if clash and not force:
        raise StoreError(f"{len(clash)} file(s) already exist, e.g. {clash[0]}; use --force to replace them.")
    for target, a in targets:
        _write_atomic(target, per_article(a), force=True)
        summary.files.append(str(target))
    return summary


# -- restore from jsonl ----------------------------------------------------------------------
def looks_like_export(path: Path) -> bool:
    if path.suffix.lower() != ".jsonl":
        return False
    with path.open(encoding="utf-8", errors="replace") as fh:
        first = fh.readline()
    try:
        rec = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(rec, dict) and "blocks" in rec and "raw_lines" in rec


def import_export(archive: Archive, path: Path) -> tuple[str, int]:
    """Import a jsonl export: same articles, structure, statuses and accepted entities."""
    data = path.read_bytes()
    try:
        recs = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{path}: not a newsdesk jsonl export ({exc}).") from exc
    from .archive import now

    by_source: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for r in recs:
        by_source.setdefault(str(r["source"]), {}).setdefault(int(r["page"]), []).append(r)

    def digest(name: str) -> str:  # one source per original file, unique to this export
        return hashlib.sha256(data + b"\0" + name.encode()).hexdigest()

    if by_source and archive._query("select id from sources where sha256 = ?", [digest(next(iter(by_source)))]):
        return "duplicate", 0
    count = 0
    credited: Counter[str] = Counter()  # press names of the restored bylines
    with archive._write() as db:
        for name, pages in sorted(by_source.items()):
            sid = int(
                db.table("sources")
                .insert(
                    {
                        "path": f"{path}#{name}",
                        "name": name,
                        "size": len(data),
                        "sha256": digest(name),
                        "encoding": "utf-8",
                        "imported_at": now(),
                    }
                )
                .last_pk
                or 0
            )
            for page_no, group in sorted(pages.items()):
                raw: dict[int, str] = {}
                for r in group:
                    raw.update({int(k): str(v) for k, v in r["raw_lines"].items()})
                width = max(raw) + 1 if raw else 0
                text = "\n".join(raw.get(i, "") for i in range(width))
                pid = int(
                    db.table("pages")
                    .insert(
                        {
                            "source_id": sid,
                            "page_no": page_no,
                            "raw_text": text,
                            "column_width": 0.0,
                            "furniture": "[]",
                            "notices": "[]",
                        }
                    )
                    .last_pk
                    or 0
                )
                for r in sorted(group, key=lambda r: int(r["ordinal"])):
                    art = Article(
                        [
                            Block(b["role"], b["text"], [int(i) for i in b["lines"]], _charmap(b, raw))
                            for b in r["blocks"]
                        ]
                    )
                    aid = archive._insert_article(pid, int(r["ordinal"]), art, text.split("\n"), str(r["status"]))
                    by = art.byline
                    if by is not None and (press := press_name(by.text)):
                        credited[press] += 1
                    spans = [
                        Span(int(e["start"]), int(e["end"]), str(e["label"]), str(e["text"])) for e in r["entities"]
                    ]
                    if spans:
                        archive.tags.set_spans(aid, spans, origin="import")
                    count += 1
        archive._count_press_names(db, credited)
    return "imported", count


def _charmap(block: dict[str, Any], raw: dict[int, str]) -> list[tuple[int, int]]:
    """Rebuild a block's char map by finding its characters in order on its raw lines."""
    cmap: list[tuple[int, int]] = []
    lines = [int(i) for i in block["lines"]]
    li, col = 0, 0
    for ch in block["text"]:
        found = (-1, -1)
        k, c = li, col
        while k < len(lines):
            line = raw.get(lines[k], "")
            pos = line.find(ch, c)
            if pos >= 0:
                found = (lines[k], pos)
                li, col = k, pos + 1
                break
            k, c = k + 1, 0
        cmap.append(found)
    return cmap
