"""Helper process for the crash test: types into the desk until it is killed.

Prints "typed N <monotonic time>" after each character, so the test knows what was typed
and when. Run as: python crash_typist.py DB_PATH
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from newsdesk.store import Archive
from newsdesk.ui.mainwindow import MainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    archive = Archive(sys.argv[1], editor="typist")
    settings = QSettings(sys.argv[1] + ".ini", QSettings.Format.IniFormat)
    window = MainWindow(archive, settings)
    window.show()
    window.offer_sample()
    window.editor.place_cursor(2, 0)
    count = 0

    def type_one() -> None:
        nonlocal count
        commit = QInputMethodEvent("", [])
        commit.setCommitString("字")
        QApplication.sendEvent(window.editor, commit)
        count += 1
        print(f"typed {count} {time.monotonic():.3f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(100)
    app.exec()


if __name__ == "__main__":
    main()
