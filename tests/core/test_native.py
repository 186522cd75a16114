"""The compiled pipeline (``newsdesk.core.native``): found only for the sources it was built
from, and giving exactly what the pure Python gives."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsdesk.core import native
from newsdesk.core.typeset import PlainArticle, typeset

CORE = Path(native.__file__).resolve().parent
ROOT = CORE.parent.parent


def _built(core_sources: Path) -> Path:
    folder = native.build_folder(core_sources)
    assert folder is not None
    folder.mkdir(parents=True)
    (folder / "COMPLETE").write_text("test\n", encoding="utf-8")
    return folder


def test_a_build_of_the_present_sources_is_found(core_sources: Path) -> None:
    folder = _built(core_sources)
    assert native.find_build(core_sources, {}) == folder
    assert folder.parent == core_sources / native.FOLDER


def test_a_build_of_other_sources_is_never_loaded(core_sources: Path) -> None:
    _built(core_sources)
    (core_sources / "paragraphs.py").write_text("# edited\nVALUE = 2\n", encoding="utf-8")
    assert native.find_build(core_sources, {}) is None  # (an edit takes effect at once: the pure Python runs)


def test_an_unfinished_build_is_not_loaded(core_sources: Path) -> None:
    folder = _built(core_sources)
    (folder / "COMPLETE").unlink()
    assert native.find_build(core_sources, {}) is None


def test_the_pure_python_can_be_asked_for(core_sources: Path) -> None:
    folder = _built(core_sources)
    assert native.find_build(core_sources, {native.PURE_ENV: "1"}) is None
    assert native.find_build(core_sources, {native.PURE_ENV: "0"}) == folder


def test_without_its_sources_no_build_is_looked_for(core_sources: Path) -> None:
    _built(core_sources)
    (core_sources / "pipeline.py").unlink()  # (a frozen app holds bytecode only)
    assert native.source_digest(core_sources) is None
    assert native.find_build(core_sources, {}) is None


def test_activate_puts_the_build_first_on_the_package_path(core_sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _built(core_sources)
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    monkeypatch.setattr(native, "_active", None)
    path = [str(core_sources)]
    assert native.activate(path) == folder
    assert path == [str(folder), str(core_sources)]
    native.activate(path)
    assert path == [str(folder), str(core_sources)]  # (once)


def test_the_pipeline_runs_compiled_where_it_was_built() -> None:
    """``./scripts/test`` builds the pipeline where the machine can, and says so."""
    if os.environ.get("NEWSDESK_EXPECT_NATIVE") != "1":
        pytest.skip("no compiled build expected (run by ./scripts/test on a machine with a C compiler)")
    import newsdesk.core.pipeline  # noqa: F401

    assert native.compiled(), "the pipeline was built but loads as pure Python"
    assert native.active() is not None


_DUMP = """
import json, sys
from newsdesk.core import native
from newsdesk.core.pipeline import analyze_text
out = {"compiled": native.compiled(), "pages": []}
for text in json.load(sys.stdin):
    pages = []
    for p in analyze_text(text):
        pages.append({
            "articles": [[[b.role, b.text, b.runs()] for b in a.blocks] for a in p.articles],
            "furniture": [[b.text, b.runs()] for b in p.furniture],
            "notices": [n.to_dict() for n in p.notices],
            "width": p.column_width,
        })
    out["pages"].append(pages)
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def _analyses(texts: list[str], pure: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    if pure:
        env[native.PURE_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _DUMP],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


_WORDS = list("县里的果园今年获得了大丰收农民收入增加新建道路学校医院图书馆青川河水清山绿城市发展经济")
_MARKS = list("，，，。。、；：？！“”（）《》—…")
_PIECES = [
    "本报讯",
    "（记者王平）",
    "记者",
    "通讯员",
    "□",
    "文/图",
    "（图片）",
    "摄",
    "图为",
    "新华社北京3月5日电",
    "2026",
    "ABC",
]


def _sentence(rng: random.Random) -> str:
    out: list[str] = []
    for _ in range(rng.randint(4, 40)):
        r = rng.random()
        out.append(rng.choice(_MARKS) if r < 0.12 else rng.choice(_PIECES) if r < 0.17 else rng.choice(_WORDS))
    return "".join(out) + "。"


def _pages(seed: int, count: int) -> list[str]:
    """Pages of articles of random text (and random lines) typeset in columns of many widths."""
    rng = random.Random(seed)
    pages: list[str] = []
    for _ in range(count):
        articles = [
            PlainArticle(
                headline="".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 16))),
                subheadlines=["——" + _sentence(rng)[:10]] if rng.random() < 0.3 else [],
                byline=rng.choice([None, "本报讯（记者王平）", "□本报记者 李丽 "]),
                paragraphs=[_sentence(rng) + _sentence(rng) for _ in range(rng.randint(1, 6))],
                captions=[_sentence(rng) + "（王海摄）"] if rng.random() < 0.3 else [],
                headline_first=rng.random() < 0.5,
            )
            for _ in range(rng.randint(1, 5))
        ]
        page = typeset(articles, width=rng.choice([10, 12, 13, 14, 16, 20, 24]), gap_every=rng.choice([0, 1]))
        lines = page.split("\n")
        for _ in range(rng.randint(0, 3)):  # a stray line, a space, a page break
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(["", " ", "第2版", "\f", _sentence(rng)[:7]]))
        pages.append("\n".join(lines))
    return pages


def test_the_compiled_pipeline_gives_what_the_pure_python_gives() -> None:
    texts = [(ROOT / "resources" / "samples" / "sample-page.txt").read_text(encoding="utf-8"), *_pages(2026, 300)]
    compiled = _analyses(texts, pure=False)
    if not compiled["compiled"]:
        pytest.skip("no compiled build for these sources (packaging/build_native.py)")
    pure = _analyses(texts, pure=True)
    assert pure["compiled"] is False
    assert compiled["pages"] == pure["pages"]


def test_an_edit_to_a_module_the_compiled_ones_import_makes_the_build_stale(core_sources: Path) -> None:
    (core_sources / "lexicon.py").write_text("SURNAMES = frozenset('王李')\n", encoding="utf-8")
    _built(core_sources)
    (core_sources / "lexicon.py").write_text("SURNAMES = {'王': 1}\n", encoding="utf-8")
    assert native.find_build(core_sources, {}) is None


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/app/newsdesk/core/pipeline.py", False),
        ("/app/_internal/newsdesk/core/pipeline.pyc", False),  # (a frozen app's bytecode)
        (f"/app/newsdesk/core/_native/abc/pipeline{native.EXTENSION_SUFFIXES[0]}", True),
    ],
)
def test_compiled_tells_by_the_loaded_modules_file(path: str, expected: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "newsdesk.core.pipeline", SimpleNamespace(__file__=path))
    assert native.compiled() is expected
