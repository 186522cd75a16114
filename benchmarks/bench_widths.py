"""Short articles set in other column widths than their page's.

Usage: python benchmarks/bench_widths.py
Real pages set some articles narrower or wider than the rest, and many of those are short
briefs, which give few full lines to tell their column by. This takes the articles written for
the pipeline's tests (text of this project's own, in ``tests/core/test_pipeline.py``; it needs
no corpus), lays out every page of three of them in order, the middle one in another width
(12/18, 12/20, 14/20 and back), headlines after and before their articles, runs the pipeline
and prints the share of pages whose three articles all come out exactly. The same pages with
all three articles in one width (12, 14, 18, 20) are the reference: what the pipeline gets
right when no width changes.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
import time
from dataclasses import replace
from types import ModuleType

from _common import ROOT

from newsdesk.core.pipeline import analyze_page

#: The tests' articles the pages are made of: briefs of one paragraph and articles of two or
#: three, with and without a byline, one with narrow digits.
NAMES = ("TREES", "CANTEEN", "_LIFTS", "PARKS", "FEAST", "BRIEF", "TRAIL", "_FERRY")
MIXED = ((12, 18), (18, 12), (12, 20), (20, 12), (14, 20), (20, 14))
SAME = ((12, 12), (14, 14), (18, 18), (20, 20))


def _tests() -> ModuleType:
    path = ROOT / "tests" / "core" / "test_pipeline.py"
    spec = importlib.util.spec_from_file_location("newsdesk_pipeline_tests", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    t = _tests()
    articles = {name: getattr(t, name) for name in NAMES}
    for label, pairs in (("one width", SAME), ("middle article in another width", MIXED)):
        print(label)
        for outer, middle in pairs:
            started = time.perf_counter()
            for first in (False, True):
                exact = total = 0
                for trio in itertools.permutations(NAMES, 3):
                    arts = [replace(articles[n], headline_first=first) for n in trio]
                    page = analyze_page(t.set_in_widths(arts, (outer, middle, outer)))
                    total += 1
                    exact += [t.plain(a) for a in page.articles] == [t.expected(a) for a in arts]
                where = "before" if first else "after"
                print(f"  {outer}/{middle}/{outer}, headlines {where:6s}: {exact / total:.3f} of {total} pages")
            print(f"    ({time.perf_counter() - started:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
