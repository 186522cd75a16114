"""The local archive: sources, pages, articles with revisions, search — one SQLite file.

Every write runs in one transaction (``_write``); an sqlite3 error becomes a StoreError with
a message for the editor, and the transaction is rolled back, so a full disk, a locked or a
read-only file never leaves half a change behind. Article saves carry the version they were
based on and are refused when another window saved first (optimistic concurrency).
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..core.consensus import mend_press_names, misread_names, press_names
from ..core.model import Article, Block, Notice, PageAnalysis
from ..core.pipeline import analyze_text
from ..core.reader import SourceText, read_source
from ..core.spans import entity_text
from . import search
from .errors import NotFoundError, StaleVersionError, StoreError, explain
from .schema import SCHEMA_VERSION, migrate
from .tagging import Tagging

STATUSES = ("new", "reviewed", "approved")
RANK_WINDOW = 8000


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def default_editor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors where no user name is known
        return "editor"


@dataclass
class ImportResult:
    path: str
    status: str  # imported | duplicate | failed
    source_id: int | None = None
    articles: int = 0
    reason: str = ""


@dataclass
class ArticleRecord:
    id: int
    page_id: int
    source_id: int
    page_no: int
    ordinal: int
    status: str
    version: int
    edited: bool
    updated_at: str
    updated_by: str
    article: Article

    @property
    def headline(self) -> str:
        return self.article.title()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source_id": self.source_id,
            "page_id": self.page_id,
            "page": self.page_no,
            "ordinal": self.ordinal,
            "status": self.status,
            "version": self.version,
            "updated": self.updated_at,
            "updated_by": self.updated_by,
            "headline": self.headline,
            "blocks": [{"role": b.role, "text": b.text, "lines": b.lines} for b in self.article.blocks],
        }


def blocks_json(article: Article) -> str:
    return json.dumps([b.to_dict() for b in article.blocks], ensure_ascii=False, separators=(",", ":"))


def article_from_json(data: str) -> Article:
    return Article([Block.from_dict(d) for d in json.loads(data)])


def clean_text(article: Article) -> str:
    return "\n".join(b.text for b in article.blocks if b.role != "furniture")


class Archive:
    """One archive file (or an in-memory one for tests)."""

    def __init__(self, path: str | Path | None = None, editor: str | None = None) -> None:
        self.path = str(path) if path is not None else ":memory:"
        self.editor = editor or default_editor()
        self.tags = Tagging(self)
        try:
            if path is None:
                self.db = Database(memory=True)
            else:
                p = Path(path)
                if p.is_dir():
                    raise StoreError(f"{p} is a directory, not an archive file.")
                if p.exists() and p.stat().st_size and not _has_sqlite_header(p):
                    raise StoreError(f"{p} is not a newsdesk archive (not an SQLite file). It was left untouched.")
                self.db = Database(sqlite3.connect(str(p), timeout=5.0, check_same_thread=False))
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA busy_timeout = 5000")
            migrate(self.db, self.path)
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    def close(self) -> None:
        self.db.conn.close()

    # -- transactions -------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Database]:
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    def _query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        try:
            return [dict(r) for r in self.db.query(sql, params)]
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    # -- import -------------------------------------------------------------------
    def import_path(self, path: str | Path) -> ImportResult:
        """Import one page file; the same file (same hash) twice is skipped as a duplicate.

        A jsonl file written by ``newsdesk export`` is restored as it was (backup/restore).
        """
        from .exporting import import_export, looks_like_export

        p = Path(path)
        if p.is_file() and looks_like_export(p):
            status, count = import_export(self, p)
            return ImportResult(str(p), status, articles=count)
        try:
            src = read_source(path)
        except Exception as exc:  # InputError carries the reason; anything else is reported too
            reason = getattr(exc, "reason", str(exc))
            return ImportResult(str(path), "failed", reason=reason)
        return self.import_source(src)

    def import_source(self, src: SourceText) -> ImportResult:
        found = self._query("select id from sources where sha256 = ?", [src.sha256])
        if found:
            return ImportResult(src.path, "duplicate", source_id=int(found[0]["id"]))
        pages = analyze_text(src.text)
        credited = self._mend_press_names(pages)
        with self._write() as db:
            self._count_press_names(db, credited)
            source_id = _pk(
                db.table("sources")
                .insert(
                    {
                        "path": src.path,
                        "name": Path(src.path).name,
                        "size": src.size,
                        "sha256": src.sha256,
                        "encoding": src.encoding,
                        "imported_at": now(),
                    }
                )
                .last_pk
            )
            count = 0
            for number, page in enumerate(pages, start=1):
                count += self._insert_page(source_id, number, src.text, page)
        return ImportResult(src.path, "imported", source_id=source_id, articles=count)

    def _mend_press_names(self, pages: list[PageAnalysis]) -> Counter[str]:
        """Mend press names that the archive (and these pages) print many times and OCR misread
        on these pages; returns the names the pages credit after mending."""
        known = Counter({str(r["name"]): int(r["count"]) for r in self._query("select name, count from press_names")})
        mends = misread_names(known + press_names(pages))
        for page in pages:
            mend_press_names(page, mends)
        return press_names(pages)

    @staticmethod
    def _count_press_names(db: Database, found: Counter[str]) -> None:
        for name, count in found.items():
            db.execute(
                "insert into press_names (name, count) values (?, ?) "
                "on conflict(name) do update set count = count + excluded.count",
                [name, count],
            )

    def _insert_page(self, source_id: int, number: int, text: str, page: PageAnalysis) -> int:
        page_id = _pk(
            self.db.table("pages")
            .insert(
                {
                    "source_id": source_id,
                    "page_no": number,
                    "raw_text": text,
                    "column_width": page.column_width,
                    "furniture": json.dumps([b.to_dict() for b in page.furniture], ensure_ascii=False),
                    "notices": json.dumps([n.to_dict() for n in page.notices], ensure_ascii=False),
                }
            )
            .last_pk
        )
        for ordinal, art in enumerate(page.articles):
            self._insert_article(page_id, ordinal, art, text.split("\n"))
        return len(page.articles)

    def _insert_article(self, page_id: int, ordinal: int, art: Article, raw: list[str], status: str = "new") -> int:
        stamp = now()
        body = blocks_json(art)
        aid = _pk(
            self.db.table("articles")
            .insert(
                {
                    "page_id": page_id,
                    "ordinal": ordinal,
                    "status": status,
                    "headline": art.title(),
                    "blocks": body,
                    "version": 1,
                    "edited": 0,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "updated_by": self.editor,
                }
            )
            .last_pk
        )
        self._revision(aid, 1, "auto", status, body, stamp)
        self._index(aid, art, raw)
        return aid

    def _revision(self, aid: int, version: int, kind: str, status: str, body: str, stamp: str) -> None:
        self.db.table("revisions").insert(
            {
                "article_id": aid,
                "version": version,
                "kind": kind,
                "status": status,
                "blocks": body,
                "created_at": stamp,
                "author": self.editor,
            }
        )

    def _index(self, aid: int, art: Article, raw: list[str]) -> None:
        raw_text = "".join(raw[i].strip() for i in art.lines if 0 <= i < len(raw))
        self.db.execute("delete from articles_fts where rowid = ?", [aid])
        self.db.execute(
            "insert into articles_fts(rowid, clean, raw) values (?, ?, ?)",
            [aid, search.index_text(clean_text(art)), search.index_text(raw_text)],
        )

    # -- reading ------------------------------------------------------------------
    def get(self, aid: int) -> ArticleRecord:
        rows = self._query(
            "select a.*, p.source_id, p.page_no from articles a join pages p on p.id = a.page_id where a.id = ?",
            [aid],
        )
        if not rows:
            raise NotFoundError(f"There is no article {aid} in {self.path}.")
        return _record(rows[0])

    def page_text(self, page_id: int) -> str:
        rows = self._query("select raw_text from pages where id = ?", [page_id])
        if not rows:
            raise NotFoundError(f"There is no page {page_id}.")
        return str(rows[0]["raw_text"])

    def page_notices(self, page_id: int) -> list[Notice]:
        """What the pipeline noticed on a page (stray spaces dropped, characters mended), at the
        raw line and column; a record that cannot be read yields none rather than an error."""
        rows = self._query("select notices from pages where id = ?", [page_id])
        if not rows or not rows[0]["notices"]:
            return []
        try:
            items = json.loads(str(rows[0]["notices"]))
            return [Notice(str(n["code"]), int(n["line"]), int(n["col"]), str(n.get("detail", ""))) for n in items]
        except (ValueError, TypeError, KeyError):
            return []

    def furniture_lines(self, page_id: int) -> list[int]:
        rows = self._query("select furniture from pages where id = ?", [page_id])
        if not rows or not rows[0]["furniture"]:
            return []
        return sorted({int(i) for b in json.loads(str(rows[0]["furniture"])) for i in b.get("lines", [])})

    def article_ids(
        self, status: str | None = None, source_id: int | None = None, page_id: int | None = None
    ) -> list[int]:
        """Ids in reading order (source, page, ordinal): cheap enough for 100,000 rows."""
        conds, params = ["a.merged_into is null"], []
        for cond, value in (("a.status = ?", status), ("p.source_id = ?", source_id), ("a.page_id = ?", page_id)):
            if value is not None:
                conds.append(cond)
                params.append(value)
        sql = (
            "select a.id from articles a join pages p on p.id = a.page_id "
            f"where {' and '.join(conds)} order by p.source_id, p.page_no, a.ordinal, a.id"
        )
        try:
            return [int(r[0]) for r in self.db.execute(sql, params).fetchall()]
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    def summaries(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """The list columns for some ids (a page of a lazy view), without the blocks."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._query(
            "select a.id, a.headline, a.status, a.updated_at, a.page_id, p.page_no, s.name as source "
            f"from articles a join pages p on p.id = a.page_id join sources s on s.id = p.source_id "
            f"where a.id in ({marks})",
            ids,
        )
        return {int(r["id"]): r for r in rows}

    def iter_summaries(self, status: str | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        """All articles' list columns, streamed in batches (never all rows in memory)."""
        ids = self.article_ids(status)
        for k in range(0, len(ids), batch):
            chunk = ids[k : k + batch]
            rows = self.summaries(chunk)
            for i in chunk:
                if i in rows:
                    yield rows[i]

    def tree_counts(self) -> list[dict[str, Any]]:
        """Per page: source, page number and article counts by status (for the navigator)."""
        return self._query(
            "select s.id as source_id, s.name, p.id as page_id, p.page_no, count(a.id) as total, "
            "sum(a.status = 'new') as new, sum(a.status = 'reviewed') as reviewed, "
            "sum(a.status = 'approved') as approved "
            "from sources s join pages p on p.source_id = s.id "
            "left join articles a on a.page_id = p.id and a.merged_into is null "
            "group by p.id order by s.id, p.page_no"
        )

    def sources(self) -> list[dict[str, Any]]:
        return self._query(
            "select s.*, (select count(*) from pages p where p.source_id = s.id) as pages from sources s order by id"
        )

    def count(self, status: str | None = None) -> int:
        if status:
            sql = "select count(*) as n from articles where merged_into is null and status = ?"
            return int(self._query(sql, [status])[0]["n"])
        return int(self._query("select count(*) as n from articles where merged_into is null")[0]["n"])

    def revisions(self, aid: int) -> list[dict[str, Any]]:
        return self._query(
            "select id, version, kind, status, created_at, author, blocks from revisions "
            "where article_id = ? order by version",
            [aid],
        )

    # -- writing ------------------------------------------------------------------
    def save(self, aid: int, article: Article, base_version: int, kind: str = "edit") -> int:
        """Save an edited article; returns the new version. Refuses a stale base version."""
        stamp = now()
        body = blocks_json(article)
        with self._write() as db:
            cur = self._current(aid)
            if cur["version"] != base_version:
                raise StaleVersionError(aid, base_version, int(cur["version"]))
            status = "reviewed" if cur["status"] == "approved" else str(cur["status"])
            version = base_version + 1
            db.execute(
                "update articles set blocks = ?, headline = ?, version = ?, edited = 1, status = ?, "
                "updated_at = ?, updated_by = ? where id = ? and version = ?",
                [body, article.title(), version, status, stamp, self.editor, aid, base_version],
            )
            self._revision(aid, version, kind, status, body, stamp)
            raw = self.page_text(int(cur["page_id"])).split("\n")
            self._index(aid, article, raw)
            old_text = entity_text(article_from_json(str(cur["blocks"])))
            self.tags.follow_edit(aid, old_text, entity_text(article))
        return version

    def set_status(self, aid: int, status: str, base_version: int | None = None) -> int:
        if status not in STATUSES:
            raise StoreError(f"Unknown status {status!r}; use one of {', '.join(STATUSES)}.")
        stamp = now()
        with self._write() as db:
            cur = self._current(aid)
            if base_version is not None and cur["version"] != base_version:
                raise StaleVersionError(aid, base_version, int(cur["version"]))
            version = int(cur["version"]) + 1
            db.execute(
                "update articles set status = ?, version = ?, updated_at = ?, updated_by = ? where id = ?",
                [status, version, stamp, self.editor, aid],
            )
            self._revision(aid, version, "status", status, str(cur["blocks"]), stamp)
        return version

    def restore(self, aid: int, version: int, base_version: int) -> int:
        rows = self._query("select blocks from revisions where article_id = ? and version = ?", [aid, version])
        if not rows:
            raise NotFoundError(f"Article {aid} has no version {version}.")
        return self.save(aid, article_from_json(str(rows[0]["blocks"])), base_version, kind="restore")

    def _current(self, aid: int) -> dict[str, Any]:
        rows = self._query("select id, version, status, blocks, page_id from articles where id = ?", [aid])
        if not rows:
            raise NotFoundError(f"There is no article {aid} in {self.path}.")
        return rows[0]

    # -- structure ----------------------------------------------------------------
    def split_article(self, aid: int, at_block: int, base_version: int) -> int:
        """Cut an article before block ``at_block``; the tail becomes a new article after it."""
        rec = self.get(aid)
        if rec.version != base_version:
            raise StaleVersionError(aid, base_version, rec.version)
        blocks = rec.article.blocks
        if not 0 < at_block < len(blocks):
            raise StoreError("An article can only be split between two of its blocks.")
        head, tail = Article(blocks[:at_block]), Article(blocks[at_block:])
        with self._write() as db:
            db.execute(
                "update articles set ordinal = ordinal + 1 where page_id = ? and ordinal > ?",
                [rec.page_id, rec.ordinal],
            )
            self.save(aid, head, base_version, kind="split")
            raw = self.page_text(rec.page_id).split("\n")
            new_id = self._insert_article(rec.page_id, rec.ordinal + 1, tail, raw)
            db.execute("update articles set edited = 1 where id = ?", [new_id])
        return new_id

    def merge_articles(self, aid: int, other: int, base_version: int) -> int:
        """Append ``other``'s blocks to ``aid``; ``other`` is hidden (its history is kept)."""
        first, second = self.get(aid), self.get(other)
        if first.version != base_version:
            raise StaleVersionError(aid, base_version, first.version)
        merged = Article(first.article.blocks + second.article.blocks)
        with self._write() as db:
            version = self.save(aid, merged, base_version, kind="merge")
            db.execute("update articles set merged_into = ?, updated_at = ? where id = ?", [aid, now(), other])
            db.execute("delete from articles_fts where rowid = ?", [other])
        return version

    def unmerge(self, aid: int, other: int, blocks_before: Article, base_version: int) -> int:
        """Undo a merge: ``aid`` gets its earlier blocks back and ``other`` reappears."""
        with self._write() as db:
            version = self.save(aid, blocks_before, base_version, kind="undo-merge")
            db.execute("update articles set merged_into = null where id = ?", [other])
            rec = self.get(other)
            self._index(other, rec.article, self.page_text(rec.page_id).split("\n"))
        return version

    def move_block(self, aid: int, index: int, target: int, at: int | None = None) -> int:
        """Move block ``index`` of ``aid`` into ``target`` (at position ``at``, default the end).

        Returns the position it took in ``target``. Both articles change in one transaction.
        """
        src, dst = self.get(aid), self.get(target)
        blocks = list(src.article.blocks)
        if not 0 <= index < len(blocks):
            raise StoreError(f"Article {aid} has no block {index}.")
        block = blocks.pop(index)
        into = list(dst.article.blocks)
        pos = len(into) if at is None else max(0, min(at, len(into)))
        into.insert(pos, block)
        with self._write():
            self.save(aid, Article(blocks), src.version, kind="move-out")
            self.save(target, Article(into), dst.version, kind="move-in")
        return pos

    def neighbours(self, aid: int) -> tuple[int | None, int | None]:
        """The articles before and after ``aid`` in reading order."""
        ids = self.article_ids()
        try:
            k = ids.index(aid)
        except ValueError:
            return None, None
        return (ids[k - 1] if k else None), (ids[k + 1] if k + 1 < len(ids) else None)

    # -- search -------------------------------------------------------------------
    def search(self, query: str, limit: int = 50, status: str | None = None) -> list[dict[str, Any]]:
        """One hit per article, best first, with a highlighted snippet of the clean text."""
        match = search.fts_query(query)
        if not match:
            return []
        extra, params = ("and a.status = ?", [status]) if status else ("", [])
        # Ranking (bm25, in C) costs in proportion to the matches: for a word in half the
        # archive, rank only the newest RANK_WINDOW matches (found by rowid, which FTS5 walks
        # without ranking), so every search stays fast.
        floor = self._query(
            "select rowid from articles_fts where articles_fts match ? order by rowid desc limit 1 offset ?",
            [match, RANK_WINDOW],
        )
        since = int(floor[0]["rowid"]) if floor else 0
        rows = self._query(
            "with hits as (select rowid, rank from articles_fts where articles_fts match ? and rowid > ? "
            "order by rank limit ?) "
            "select a.id, a.headline, a.status, a.blocks, p.page_no, s.name as source "
            "from hits join articles a on a.id = hits.rowid join pages p on p.id = a.page_id "
            f"join sources s on s.id = p.source_id where a.merged_into is null {extra} "
            "order by hits.rank limit ?",
            [match, since, limit * 4 + 50, *params, limit],
        )
        hits = []
        for r in rows:
            # the texts alone (decoding the character maps would double the time)
            text = "\n".join(b["text"] for b in json.loads(str(r["blocks"])) if b["role"] != "furniture")
            hits.append(
                {
                    "id": int(r["id"]),
                    "source": r["source"],
                    "page": int(r["page_no"]),
                    "headline": r["headline"],
                    "status": r["status"],
                    "snippet": search.snippet(text, query),
                }
            )
        return hits

    # -- re-analysis --------------------------------------------------------------
    def reanalyze_page(self, page_id: int, replace_edited: bool = False) -> dict[str, Any]:
        """Run the pipeline again on a page; articles an editor changed are kept unless told."""
        text = self.page_text(page_id)
        number = int(self._query("select page_no from pages where id = ?", [page_id])[0]["page_no"])
        analysed = analyze_text(text)
        pages = analysed[number - 1 : number] if number <= len(analysed) else []
        self._mend_press_names(pages)  # (counted when the page was imported)
        raw = text.split("\n")
        rows = self._query("select id, edited, blocks from articles where page_id = ?", [page_id])
        kept = [r for r in rows if r["edited"] and not replace_edited]
        kept_lines: set[int] = set()
        for r in kept:
            kept_lines.update(article_from_json(str(r["blocks"])).lines)
        added = 0
        with self._write() as db:
            for r in rows:
                if r in kept:
                    continue
                db.execute("delete from articles_fts where rowid = ?", [r["id"]])
                db.execute("delete from revisions where article_id = ?", [r["id"]])
                db.execute("delete from articles where id = ?", [r["id"]])
            ordinal = len(kept)
            for page in pages:
                notes = json.dumps([n.to_dict() for n in page.notices], ensure_ascii=False)
                db.execute("update pages set notices = ? where id = ?", [notes, page_id])
                for art in page.articles:
                    if kept_lines & set(art.lines):
                        continue
                    self._insert_article(page_id, ordinal, art, raw)
                    ordinal += 1
                    added += 1
        return {"kept": [int(r["id"]) for r in kept], "replaced": len(rows) - len(kept), "added": added}


def _pk(value: Any) -> int:
    if value is None:
        raise StoreError("The archive did not return a row id for an insert.")
    return int(value)


def _has_sqlite_header(p: Path) -> bool:
    with p.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _record(r: dict[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        id=int(r["id"]),
        page_id=int(r["page_id"]),
        source_id=int(r["source_id"]),
        page_no=int(r["page_no"]),
        ordinal=int(r["ordinal"]),
        status=str(r["status"]),
        version=int(r["version"]),
        edited=bool(r["edited"]),
        updated_at=str(r["updated_at"]),
        updated_by=str(r["updated_by"]),
        article=article_from_json(str(r["blocks"])),
    )


__all__ = ["SCHEMA_VERSION", "Archive", "ArticleRecord", "ImportResult", "StaleVersionError", "StoreError"]
