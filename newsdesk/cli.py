"""The ``newsdesk`` command: no arguments opens the desk; verbs work headless.

Exit codes: 0 success, 1 when some input failed (the rest was still processed), 2 for a
usage or archive error.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .core.reader import TEXT_SUFFIXES, InputError, SourceText, expand_paths, read_source
from .paths import default_db_path

if TYPE_CHECKING:
    from .core.model import PageAnalysis


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    env = os.environ.get("NEWSDESK_DB")
    return Path(env) if env else default_db_path()


def _open(args: argparse.Namespace) -> Any:
    from .store import Archive

    path = _db_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    return Archive(path, editor=os.environ.get("NEWSDESK_EDITOR") or None)


class _VersionAction(argparse.Action):
    """``--version``, with the version read only when asked (package metadata is slow to load)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from . import __version__

        print(f"newsdesk {__version__}")
        parser.exit()


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=None) + "\n")


def cmd_analyze(args: argparse.Namespace) -> int:
    from .core.consensus import mend_press_names, misread_names, press_names
    from .core.pipeline import analyze_text

    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"newsdesk: {out}: cannot create the output folder ({exc.strerror or exc})", file=sys.stderr)
        return 2
    failed = 0
    seen: Counter[str] = Counter()
    names: dict[Path, Counter[str]] = {}  # files written, with the press names of their credits
    for path in expand_paths(args.files):
        try:
            src = read_source(path)
        except InputError as exc:
            print(f"newsdesk: {exc}", file=sys.stderr)
            failed += 1
            continue
        pages = analyze_text(src.text)
        if _write_prediction(out / f"{path.stem}.json", pages, src):
            names[path] = press_names(pages)
            seen.update(names[path])
        else:
            failed += 1
    # A press name the batch prints many times, misread on a few pages: those pages again, mended
    mends = misread_names(seen)
    for path, found in names.items():
        if mends.keys() & found.keys():
            try:
                src = read_source(path)
                pages = analyze_text(src.text)
            except InputError as exc:  # changed on disk since: its first output stands
                print(f"newsdesk: {exc}", file=sys.stderr)
                failed += 1
                continue
            for page in pages:
                mend_press_names(page, mends)
            failed += not _write_prediction(out / f"{path.stem}.json", pages, src)
    return 1 if failed else 0


def _write_prediction(target: Path, pages: Sequence[PageAnalysis], src: SourceText) -> bool:
    articles = [a for p in pages for a in p.to_prediction()["articles"]]
    result = {"source": src.path, "encoding": src.encoding, "articles": articles}
    tmp = target.with_suffix(".json.tmp")
    try:
        tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(f"newsdesk: {target}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return False
    return True


def cmd_import(args: argparse.Namespace) -> int:
    archive = _open(args)
    files = expand_paths(args.paths, (*TEXT_SUFFIXES, ".jsonl"))
    counts = {"imported": 0, "duplicate": 0, "failed": 0}
    tty = sys.stderr.isatty()
    for n, path in enumerate(files, start=1):
        if tty:
            bar = "#" * int(30 * n / max(1, len(files)))
            print(f"\r[{bar:<30}] {n}/{len(files)} {path.name[:30]:<30}", end="", file=sys.stderr)
        res = archive.import_path(path)
        counts[res.status] += 1
        if res.status == "failed":
            print(("\n" if tty else "") + f"newsdesk: {res.path}: {res.reason}", file=sys.stderr)
    if tty:
        print(file=sys.stderr)
    print(f"imported {counts['imported']}, skipped as duplicate {counts['duplicate']}, failed {counts['failed']}")
    return 1 if counts["failed"] else 0


def cmd_list(args: argparse.Namespace) -> int:
    archive = _open(args)
    rows = archive.iter_summaries(args.status)
    if args.json:
        out = sys.stdout
        out.write("[")
        for k, r in enumerate(rows):
            item = {
                "id": r["id"],
                "source": r["source"],
                "page": r["page_no"],
                "headline": r["headline"],
                "status": r["status"],
                "updated": r["updated_at"],
            }
            out.write(("," if k else "") + json.dumps(item, ensure_ascii=False))
        out.write("]\n")
        return 0
    for r in rows:
        print(f"{r['id']:>7}  {r['status']:<9} {r['source']} p{r['page_no']}  {r['headline']}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    archive = _open(args)
    rec = archive.get(args.id)
    if args.json:
        _print_json(rec.to_json())
        return 0
    print(f"# {rec.headline}   [{rec.status}, v{rec.version}]")
    for b in rec.article.blocks:
        print(f"\n[{b.role}] {b.text}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    archive = _open(args)
    hits = archive.search(args.query, limit=args.limit)
    if args.json:
        _print_json(hits)
        return 0
    for h in hits:
        print(f"{h['id']:>7}  p{h['page']}  {h['headline']}\n         {h['snippet']}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    from .core.entities import EntitySuggester, set_cache_dir
    from .paths import cache_dir

    set_cache_dir(cache_dir())
    accepted: list[tuple[str, str]] = []
    rejected: list[tuple[str, str]] = []
    if args.db or os.environ.get("NEWSDESK_DB"):
        accepted, rejected = _open(args).tags.lexicon()
    suggester = EntitySuggester(accepted, rejected)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
    out = sys.stdout
    encode = json.JSONEncoder(ensure_ascii=False).encode  # (json.dumps would build one per line)
    for raw in stdin:
        line = raw.rstrip("\n").rstrip("\r")
        ents = [
            {"start": e.start, "end": e.end, "label": e.label, "text": e.text, "score": round(e.score, 3)}
            for e in suggester.suggest(line)
            if e.score >= args.min_score
        ]
        out.write(encode({"entities": ents}) + "\n")
    out.flush()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .store.exporting import export, records

    archive = _open(args)
    status = None if args.status == "all" else args.status
    ids = [int(x) for x in args.ids.split(",")] if args.ids else None
    arts = records(archive, status, ids, args.source, args.date_from, args.date_to)
    summary = export(arts, args.format, Path(args.out), args.combined, args.force, not args.no_entities)
    print(f"exported {summary.articles} article(s) as {summary.format} to {len(summary.files)} file(s)")
    for f in summary.files[:5]:
        print(f"  {f}")
    if len(summary.files) > 5:
        print(f"  … and {len(summary.files) - 5} more")
    return 0


def _set_status(args: argparse.Namespace, status: str) -> int:
    archive = _open(args)
    for aid in args.ids:
        archive.set_status(aid, status)
    print(f"{len(args.ids)} article(s) set to {status}")
    return 0


def self_test() -> int:
    """Open a temporary archive, import the bundled sample, analyse, search, export; 0 if all is well."""
    import tempfile

    from .core import native
    from .core.entities import EntitySuggester, cuts_with_jieba_rs, set_cache_dir
    from .core.hanzi import as_simplified
    from .paths import cache_dir, sample_page
    from .store import Archive
    from .store.exporting import export, records

    set_cache_dir(cache_dir())
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive(Path(tmp) / "self-test.db", editor="self-test")
        res = archive.import_path(sample_page())
        checks = {
            "sample imported": res.status == "imported" and res.articles == 3,
            "search finds 青川": bool(archive.search("青川")),
            "translations present": (sample_page().parent.parent / "i18n" / "newsdesk_zh_CN.qm").exists(),
            "traditional characters read": as_simplified("青川區長說，這個區將建設新圖書館。")
            == "青川区长说，这个区将建设新图书馆。",
            "entities suggested": ("张明远", "PER")
            in {(e.text, e.label) for e in EntitySuggester().suggest("区委书记张明远主持会议。")},
            "words cut by jieba-rs": cuts_with_jieba_rs(),
        }
        ids = archive.article_ids()
        archive.set_status(ids[0], "approved")
        out = export(records(archive), "jsonl", Path(tmp) / "x.jsonl")
        checks["export written"] = out.articles == 1
        archive.close()
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    print(f"pipeline: {'compiled' if native.compiled() else 'pure Python'}")
    passed = all(checks.values())
    print("self-test passed" if passed else "self-test FAILED")
    return 0 if passed else 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsdesk", description="Structure and tag OCR'd newspaper pages.")
    p.add_argument("--version", action=_VersionAction, help="show the version and exit")
    p.add_argument("--db", help="archive file (default: $NEWSDESK_DB or the user data directory)")
    p.add_argument("--self-test", action="store_true", help="import the sample into a temporary archive and check it")
    sub = p.add_subparsers(dest="verb")

    a = sub.add_parser("analyze", help="split pages into articles and write JSON")
    a.add_argument("files", nargs="+")
    a.add_argument("--out", required=True, help="output directory")
    a.set_defaults(func=cmd_analyze)

    i = sub.add_parser("import", help="import page files or directories into the archive")
    i.add_argument("paths", nargs="+")
    i.set_defaults(func=cmd_import)

    ls = sub.add_parser("list", help="list articles")
    ls.add_argument("--status", choices=["new", "reviewed", "approved"])
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    sh = sub.add_parser("show", help="show one article with its blocks")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=cmd_show)

    se = sub.add_parser("search", help="full-text search (Chinese words of any length)")
    se.add_argument("query")
    se.add_argument("--json", action="store_true")
    se.add_argument("--limit", type=int, default=50)
    se.set_defaults(func=cmd_search)

    ex = sub.add_parser("export", help="export articles (approved by default)")
    ex.add_argument(
        "--format",
        required=True,
        choices=["jsonl", "markdown", "text", "html", "docx", "csv", "nitf", "tei", "conll", "doccano"],
    )
    ex.add_argument("--out", required=True, help="file, or folder for one-file-per-article formats")
    ex.add_argument("--status", default="approved", choices=["approved", "reviewed", "new", "all"])
    ex.add_argument("--source", help="only articles whose source file name contains this")
    ex.add_argument("--from", dest="date_from", help="first page date, YYYY-MM-DD")
    ex.add_argument("--to", dest="date_to", help="last page date, YYYY-MM-DD")
    ex.add_argument("--ids", help="comma-separated article ids")
    ex.add_argument("--combined", action="store_true", help="markdown/text: one file instead of one per article")
    ex.add_argument("--no-entities", action="store_true", help="leave entity markup out")
    ex.add_argument("--force", action="store_true", help="replace existing files")
    ex.set_defaults(func=cmd_export)

    tg = sub.add_parser("tag", help="suggest entities for each line of standard input (JSON lines out)")
    tg.add_argument("--min-score", type=float, default=0.6, help="leave out suggestions scored below this")
    tg.set_defaults(func=cmd_tag)

    ap = sub.add_parser("approve", help="mark articles approved")
    ap.add_argument("ids", nargs="+", type=int)
    ap.set_defaults(func=lambda ns: _set_status(ns, "approved"))

    ro = sub.add_parser("reopen", help="reopen articles (status back to new)")
    ro.add_argument("ids", nargs="+", type=int)
    ro.set_defaults(func=lambda ns: _set_status(ns, "new"))

    for sp in (i, ls, sh, se, ap, ro, tg, ex):
        sp.add_argument("--db", help=argparse.SUPPRESS, default=argparse.SUPPRESS)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test()
    if args.verb is None:
        from .ui.app import run

        return int(run(_db_path(args)))
    from .core import hanzi
    from .paths import cache_dir
    from .store.errors import StoreError

    # (every verb that reads text may meet traditional characters: the list of them is kept
    # between runs in the user cache; the desk and the self-test set it with jieba's)
    hanzi.set_cache_dir(cache_dir())
    try:
        return int(args.func(args))
    except StoreError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
