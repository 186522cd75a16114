"""Entities in the archive: accepted tags per article, editors' decisions, the entity index."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.spans import Span, entity_text, remap
from .errors import StoreError

if TYPE_CHECKING:
    from .archive import Archive

LABEL_DEFAULT = ("PER", "LOC", "ORG")


class Tagging:
    """Entity operations on one archive (kept apart from article storage)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    # -- spans per article -----------------------------------------------------------------
    def spans(self, aid: int) -> list[Span]:
        rows = self.archive._query(
            "select start, end, label, text, needs_review from entities "
            "where article_id = ? and status = 'accepted' order by start, end",
            [aid],
        )
        return [
            Span(int(r["start"]), int(r["end"]), str(r["label"]), str(r["text"]), bool(r["needs_review"])) for r in rows
        ]

    def set_spans(self, aid: int, spans: list[Span], origin: str = "manual") -> None:
        """Replace an article's accepted entities (one transaction)."""
        text = entity_text(self.archive.get(aid).article)
        for sp in spans:
            if text[sp.start : sp.end] != sp.text:
                raise StoreError(f"Entity {sp.text!r} does not match the article text at {sp.start}–{sp.end}.")
        with self.archive._write():
            self._replace(aid, spans, origin)

    def follow_edit(self, aid: int, old_text: str, new_text: str) -> None:
        """Called inside a save: carry the article's entities over its text edit."""
        if old_text != new_text:
            self._replace(aid, remap(old_text, new_text, self.spans(aid)), "edit")

    def _replace(self, aid: int, spans: list[Span], origin: str) -> None:
        from .archive import now

        stamp = now()
        db = self.archive.db
        db.execute("delete from entities where article_id = ? and status = 'accepted'", [aid])
        for sp in spans:
            db.table("entities").insert(
                {
                    "article_id": aid,
                    "start": sp.start,
                    "end": sp.end,
                    "label": sp.label,
                    "text": sp.text,
                    "status": "accepted",
                    "needs_review": int(sp.needs_review),
                    "origin": origin,
                    "updated_at": stamp,
                    "author": self.archive.editor,
                }
            )

    # -- decisions (the learned lexicon) -----------------------------------------------------------
    def decide(self, text: str, label: str, decision: str) -> None:
        if decision not in ("accept", "reject"):
            raise StoreError(f"Unknown decision {decision!r}.")
        from .archive import now

        with self.archive._write() as db:
            db.execute(
                "insert into decisions(text, label, decision, author, created_at) values (?, ?, ?, ?, ?) "
                "on conflict(text, label) do update set decision = excluded.decision, author = excluded.author, "
                "created_at = excluded.created_at",
                [text, label, decision, self.archive.editor, now()],
            )

    def lexicon(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(accepted, rejected) (text, label) pairs."""
        rows = self.archive._query("select text, label, decision from decisions order by id")
        accepted = [(str(r["text"]), str(r["label"])) for r in rows if r["decision"] == "accept"]
        rejected = [(str(r["text"]), str(r["label"])) for r in rows if r["decision"] == "reject"]
        return accepted, rejected

    def export_decisions(self, path: Path) -> int:
        rows = self.archive._query(
            "select text, label, decision, author, created_at from decisions order by text, label"
        )
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["text", "label", "decision", "author", "created_at"])
        for r in rows:
            writer.writerow([r["text"], r["label"], r["decision"], r["author"], r["created_at"]])
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(buf.getvalue(), encoding="utf-8")
        tmp.replace(path)
        return len(rows)

    def import_decisions(self, path: Path) -> int:
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.DictReader(fh))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise StoreError(f"{path}: cannot read decisions ({exc}).") from exc
        need = {"text", "label", "decision"}
        if rows and not need <= set(rows[0]):
            raise StoreError(f"{path}: a decisions file needs the columns text, label, decision.")
        for r in rows:
            if r["decision"] not in ("accept", "reject") or not r["text"]:
                raise StoreError(f"{path}: bad row {r!r}; nothing was imported.")
        for r in rows:
            self.decide(r["text"], r["label"], r["decision"])
        return len(rows)

    # -- entity index ---------------------------------------------------------------------------------
    def index(self, query: str = "", limit: int = 500) -> list[dict[str, Any]]:
        """Accepted entities with their label and the articles they occur in."""
        rows = self.archive._query(
            "select e.text, e.label, count(*) as mentions, group_concat(distinct e.article_id) as articles "
            "from entities e join articles a on a.id = e.article_id "
            "where e.status = 'accepted' and a.merged_into is null and e.text like ? "
            "group by e.text, e.label order by mentions desc, e.text limit ?",
            [f"%{query}%", limit],
        )
        return [
            {
                "text": r["text"],
                "label": r["label"],
                "mentions": int(r["mentions"]),
                "articles": sorted(int(x) for x in str(r["articles"]).split(",") if x),
            }
            for r in rows
        ]
