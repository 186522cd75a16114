"""The desk's speed: start to first window, opening an article, typing in a long article.

Usage: python benchmarks/bench_desk.py [--db ARCHIVE]
With --db (e.g. the 100,000-article archive bench_archive.py builds) the article timings use
that archive; otherwise a fresh archive with the sample page. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from newsdesk.store import Archive
from newsdesk.ui.mainwindow import MainWindow
w = MainWindow(Archive(Path(sys.argv[1])), QSettings(sys.argv[1] + ".ini", QSettings.Format.IniFormat))
w.show()
from PySide6.QtCore import QTimer
QTimer.singleShot(400, w.start_suggester)  # as the app does: in the background, after the window
app.processEvents()
print("shown", time.time())
print("jieba loaded at start-up:", "jieba" in sys.modules and hasattr(sys.modules["jieba"], "dt") and
      sys.modules["newsdesk.core.entities"].is_loaded())
"""


def startup(db: Path) -> None:
    times = []
    for _ in range(3):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", STARTUP, str(db)], capture_output=True, text=True, check=True)
        shown = float(out.stdout.split()[1])
        times.append(shown - start)
    print(
        f"start to first window: best {min(times):.2f} s, median {statistics.median(times):.2f} s "
        f"({out.stdout.splitlines()[1]})"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    args = ap.parse_args()
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from newsdesk.core.typeset import PlainArticle, typeset
    from newsdesk.paths import sample_page
    from newsdesk.store import Archive
    from newsdesk.ui.mainwindow import MainWindow

    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    if args.db:
        db = Path(args.db)
    else:
        db = tmp / "desk.db"
        Archive(db).import_path(sample_page())
    startup(db)
    archive = Archive(db)
    window = MainWindow(archive, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    ids = archive.article_ids()
    print(f"archive: {len(ids)} articles")
    samples = []
    for aid in random.Random(3).sample(ids, min(100, len(ids))):
        t = time.perf_counter()
        window.desk.open(aid)
        app.processEvents()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(f"open an article: median {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms")

    # a 10,000-character article, typed into
    para = "青川区召开春季植树造林动员会，区委书记张明远出席会议并讲话，要求各街道把任务落实到山头地块。" * 4
    long = PlainArticle(headline="长文测试", paragraphs=[para] * 55)
    page = tmp / "long.txt"
    page.write_text(typeset([long]), encoding="utf-8")
    archive.import_path(page)
    aid = max(archive.article_ids())
    window.desk.open(aid)
    app.processEvents()
    print(f"long article: {len(window.editor.toPlainText())} characters")
    window.editor.place_cursor(30, 10)
    lags = []
    for _ in range(60):
        t = time.perf_counter()
        ev = QInputMethodEvent("", [])
        ev.setCommitString("字")
        QApplication.sendEvent(window.editor, ev)
        app.processEvents()
        lags.append((time.perf_counter() - t) * 1000)
    lags.sort()
    print(f"typing in it: median {statistics.median(lags):.1f} ms per keystroke, worst {lags[-1]:.1f} ms")
    t = time.perf_counter()
    window.desk.save()
    print(f"saving it: {(time.perf_counter() - t) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
