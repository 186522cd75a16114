"""kill -9 while typing: reopening shows the work at most 2 s old (a real process)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.paths import sample_page
from newsdesk.store import Archive


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_work_survives_kill_during_typing(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    seed = Archive(db)
    seed.import_path(sample_page())
    aid = seed.article_ids()[0]
    original = seed.get(aid).article.blocks[2].text
    seed.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_typist.py")), str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    typed: list[tuple[int, float]] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        _, n, stamp = line.split()
        typed.append((int(n), float(stamp)))
        if len(typed) >= 40:  # about four seconds of continuous typing
            break
    killed_at = time.monotonic()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    assert len(typed) >= 40, "the typist did not start"
    reopened = Archive(db)
    saved = reopened.get(aid).article.blocks[2].text
    reopened.close()
    assert saved.endswith(original)
    kept = len(saved) - len(original)
    must_have = max(n for n, stamp in typed if stamp <= killed_at - 2.0)
    assert kept >= must_have, f"only {kept} of the {must_have} characters typed 2 s before the kill were saved"
