"""Schema and migrations of the archive (sqlite-utils ``Migrations``).

``PRAGMA user_version`` holds the schema version so that a file written by a newer newsdesk
is refused with a clear message instead of being changed by code that does not know it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .errors import StoreError

migrations = Migrations("newsdesk")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.table("sources").create(
        {
            "id": int,
            "path": str,
            "name": str,
            "size": int,
            "sha256": str,
            "encoding": str,
            "imported_at": str,
        },
        pk="id",
    )
    db.table("sources").create_index(["sha256"], unique=True)
    db.table("pages").create(
        {
            "id": int,
            "source_id": int,
            "page_no": int,
            "raw_text": str,
            "column_width": float,
            "furniture": str,
            "notices": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("pages").create_index(["source_id", "page_no"], unique=True)
    db.table("articles").create(
        {
            "id": int,
            "page_id": int,
            "ordinal": int,
            "status": str,
            "headline": str,
            "blocks": str,
            "version": int,
            "edited": int,
            "created_at": str,
            "updated_at": str,
            "updated_by": str,
        },
        pk="id",
        foreign_keys=[("page_id", "pages", "id")],
        not_null={"status", "blocks", "version"},
    )
    db.table("articles").create_index(["page_id", "ordinal"])
    db.table("articles").create_index(["status"])
    db.table("revisions").create(
        {
            "id": int,
            "article_id": int,
            "version": int,
            "kind": str,
            "status": str,
            "blocks": str,
            "created_at": str,
            "author": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("revisions").create_index(["article_id", "version"], unique=True)
    db.execute("create virtual table articles_fts using fts5(clean, raw, tokenize = 'unicode61')")
    db.execute("insert into articles_fts(articles_fts, rank) values ('rank', 'bm25(1.0, 0.5)')")


@migrations(name="0002_merged_into")
def _merged_into(db: Database) -> None:
    """Merged articles are hidden, not deleted: their revisions stay in the archive."""
    db.table("articles").add_column("merged_into", int)


@migrations(name="0003_entities")
def _entities(db: Database) -> None:
    """Entity spans per article (offsets into its entity text) and editors' decisions."""
    db.table("entities").create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "label": str,
            "text": str,
            "status": str,  # accepted | suggested
            "needs_review": int,
            "origin": str,  # manual | suggestion | import
            "updated_at": str,
            "author": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("entities").create_index(["article_id", "start"])
    db.table("entities").create_index(["text"])
    db.table("decisions").create(
        {"id": int, "text": str, "label": str, "decision": str, "author": str, "created_at": str}, pk="id"
    )
    db.table("decisions").create_index(["text", "label"], unique=True)


@migrations(name="0004_press_names")
def _press_names(db: Database) -> None:
    """How often each press name opens a byline's credit in the archive, so that an import can
    mend a name OCR misread on one page (core/consensus.py); counted once from what is there."""
    import json

    from ..core.consensus import press_name

    db.execute("create table press_names (name text primary key, count integer not null)")
    seen: dict[str, int] = {}
    for (blocks,) in db.execute("select blocks from articles"):
        try:
            items = json.loads(blocks)
        except (TypeError, ValueError):
            continue  # an unreadable record counts nothing
        for b in items if isinstance(items, list) else []:
            if isinstance(b, dict) and b.get("role") == "byline" and (name := press_name(str(b.get("text", "")))):
                seen[name] = seen.get(name, 0) + 1
    db.conn.executemany("insert into press_names (name, count) values (?, ?)", list(seen.items()))


SCHEMA_VERSION = len(migrations._migrations)


def migrate(db: Database, path: str) -> None:
    """Bring an archive up to date in a transaction per step; refuse one from the future."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer newsdesk (schema {version}; this version knows {SCHEMA_VERSION}). "
            "Update newsdesk to open it; the file was not changed."
        )
    if version == SCHEMA_VERSION:
        return
    if version == 0 and db.table_names() and "_sqlite_migrations" not in db.table_names():
        raise StoreError(f"{path} is an SQLite file but not a newsdesk archive; it was not changed.")
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
