"""Entity suggestions: quality on entities-dev.jsonl, learning from an editor, and speed.

Usage: python benchmarks/bench_entities.py [--min-score 0.6]
1. Scores `newsdesk tag` output with ../shared/bench/score_entities.py (all lines).
2. Learning: an editor works the first half: accepts suggestions that are in the gold, corrects
   those that overlap a gold entity with the wrong span or label (the gold tag is accepted),
   rejects the rest; prints mention F1 on the second half before and after.
3. Speed: characters per second of suggestion after warm-up (one core), and the time for a
   3,000-character article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time

from _common import BENCH, ENTITIES, need

from newsdesk.core.entities import EntitySuggester, preload

LABELS = ("PER", "LOC", "ORG")


def f1(gold: list[dict], preds: list[list[tuple[int, int, str]]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for g, p in zip(gold, preds, strict=True):
        gs = {(e["start"], e["end"], e["label"]) for e in g["entities"] if e["label"] in LABELS}
        ps = set(p)
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def run(s: EntitySuggester, gold: list[dict], floor: float) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label) for e in s.suggest(g["text"]) if e.score >= floor] for g in gold]


def main() -> None:
    need(ENTITIES)
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-score", type=float, default=0.6)
    ap.add_argument("--runs", type=int, default=3, help="times to run `newsdesk tag` for its speed")
    args = ap.parse_args()
    gold = [json.loads(line) for line in ENTITIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    preload()

    # 1. the scorer on the command's output
    with (
        tempfile.NamedTemporaryFile("w+", suffix=".jsonl", encoding="utf-8") as inp,
        tempfile.NamedTemporaryFile("w+", suffix=".jsonl", encoding="utf-8") as out,
    ):
        inp.write("\n".join(g["text"] for g in gold) + "\n")
        inp.flush()
        times = []
        for _ in range(args.runs):  # (a shared machine's speed wanders: best and median of a few runs)
            out.seek(0)
            out.truncate()
            start = time.perf_counter()
            with open(inp.name, encoding="utf-8") as fin:
                subprocess.run(
                    [sys.executable, "-m", "newsdesk.cli", "tag", "--min-score", str(args.min_score)],
                    stdin=fin,
                    stdout=out,
                    check=True,
                )
            times.append(time.perf_counter() - start)
        out.flush()
        chars = sum(len(g["text"]) for g in gold)
        best, median = min(times), statistics.median(times)
        print(
            f"newsdesk tag: {chars / best:,.0f} chars/s best of {args.runs} runs, {chars / median:,.0f} median"
            " (start-up and dictionary load included)"
        )
        res = subprocess.run(
            [sys.executable, str(BENCH / "score_entities.py"), str(ENTITIES), out.name],
            check=True,
            capture_output=True,
            text=True,
        )
        print(res.stdout.strip())

    # 2. learning
    half = len(gold) // 2
    first, second = gold[:half], gold[half:]
    before = f1(second, run(EntitySuggester(), second, args.min_score))
    editor = EntitySuggester()
    for g in first:
        gs = {(e["start"], e["end"], e["label"]): e for e in g["entities"]}
        for e in editor.suggest(g["text"]):
            if e.score < args.min_score:
                continue
            if (e.start, e.end, e.label) in gs:
                editor.accept(e.text, e.label)  # a right suggestion: accepted
                continue
            overlap = [x for x in gs.values() if x["start"] < e.end and e.start < x["end"]]
            if overlap:  # wrong span or label: the editor corrects the tag (the right one is learnt)
                editor.accept(overlap[0]["text"], overlap[0]["label"])
            else:  # not an entity at all: rejected
                editor.reject(e.text, e.label)
    after = f1(second, run(editor, second, args.min_score))
    print(
        f"learning (second half, {len(second)} lines): before P={before[0]:.3f} R={before[1]:.3f} F1={before[2]:.3f}; "
        f"after {len(editor.accepted)} accepts and {len(editor.rejected)} rejects: "
        f"P={after[0]:.3f} R={after[1]:.3f} F1={after[2]:.3f}"
    )

    # 3. speed after warm-up
    s = EntitySuggester()
    texts = [g["text"] for g in gold]
    start = time.perf_counter()
    for t in texts:
        s.suggest(t)
    elapsed = time.perf_counter() - start
    print(f"suggest (warm): {sum(map(len, texts)) / elapsed:,.0f} chars/s")
    editor.suggest(texts[0])  # (the learnt words join jieba's table on the first call)
    start = time.perf_counter()
    for t in texts:
        editor.suggest(t)
    elapsed = time.perf_counter() - start
    print(f"suggest with the {len(editor.accepted):,} learnt names: {sum(map(len, texts)) / elapsed:,.0f} chars/s")
    article = "".join(texts)[:3000]
    samples = []
    for _ in range(20):
        t0 = time.perf_counter()
        s.suggest(article)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    print(f"3,000-character article: median {samples[len(samples) // 2]:.1f} ms")


if __name__ == "__main__":
    main()
