"""Archive at scale: build 100,000 articles from the dev pages, then time search and show.

Usage: python benchmarks/bench_archive.py [--articles N] [--db PATH]
The dev pages are tiled: every copy gets its own header line and a few of its characters
rotated through look-alikes, so each copy is a distinct file (its own hash) with varied text.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from _common import PAGES, need, percentiles

from newsdesk.core.reader import SourceText
from newsdesk.store import Archive

SWAPS = str.maketrans("的是在和了有", "地事再合子又")


def variant(text: str, copy: int, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(5):  # vary a few lines' characters
        k = rng.randrange(len(lines))
        lines[k] = lines[k].translate(SWAPS)
    return f"第{copy}期 第{copy % 16 + 1}版\n" + "\n".join(lines)


def build(archive: Archive, target: int) -> tuple[int, float]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
    rng = random.Random(7)
    pages = 0
    start = time.perf_counter()
    copy = 0
    while archive.count() < target:
        for n, text in enumerate(texts):
            body = variant(text, copy, rng)
            data = body.encode("utf-8")
            import hashlib

            src = SourceText(f"copy{copy}-{n}.txt", body, "utf-8", len(data), hashlib.sha256(data).hexdigest())
            archive.import_source(src)
            pages += 1
            if pages % 500 == 0:
                print(
                    f"  {pages} pages, {archive.count()} articles, {pages / (time.perf_counter() - start):.0f} pages/s"
                )
            if archive.count() >= target:
                break
        copy += 1
    return pages, time.perf_counter() - start


def main() -> None:
    need(PAGES)
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--db")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    db = Path(args.db) if args.db else Path(tmp) / "bench.db"
    archive = Archive(db, editor="bench")
    if archive.count() < args.articles:
        pages, secs = build(archive, args.articles)
        print(f"import: {pages} pages in {secs:.0f} s = {pages / secs:.1f} pages/s ({archive.count()} articles)")
    size = sum(f.stat().st_size for f in db.parent.glob(db.name + "*"))
    print(f"archive size: {size / 2**20:.0f} MiB for {archive.count()} articles")
    for label, queries in (
        ("2-char", ["龙华", "北京", "经济", "记者", "王卫", "改革", "农民", "江苏"]),
        ("3-char", ["国务院", "江泽民", "新华社", "党中央", "科学院", "上海市", "农业部", "全国人"]),
        ("6-char", ["社会主义市场", "中国共产党中", "国有企业改革", "改革开放以来", "精神文明建设", "全面建设小康"]),
    ):
        samples = []
        for _ in range(3):
            for q in queries:
                t = time.perf_counter()
                archive.search(q, limit=50)
                samples.append((time.perf_counter() - t) * 1000)
        print(f"search {label}: {percentiles(samples)}")
    ids = archive.article_ids()
    rng = random.Random(1)
    samples = []
    for aid in rng.sample(ids, 300):
        t = time.perf_counter()
        archive.get(aid).to_json()
        samples.append((time.perf_counter() - t) * 1000)
    print(f"show: {percentiles(samples)}")
    t = time.perf_counter()
    n = sum(1 for _ in archive.iter_summaries())
    print(f"list (streamed) {n} rows: {(time.perf_counter() - t):.2f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS) of this process: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
