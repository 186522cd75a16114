"""Screenshots of the real desk on the sample archive, for the README.

Usage: python scripts/screenshots.py [OUT_DIR]   (runs offscreen; needs a CJK font installed)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from newsdesk.paths import sample_page
from newsdesk.store import Archive
from newsdesk.ui.app import install_translations
from newsdesk.ui.mainwindow import MainWindow


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2d30"),
        (QPalette.ColorRole.WindowText, "#dfe1e5"),
        (QPalette.ColorRole.Base, "#1e1f22"),
        (QPalette.ColorRole.AlternateBase, "#26282b"),
        (QPalette.ColorRole.Text, "#dfe1e5"),
        (QPalette.ColorRole.Button, "#2b2d30"),
        (QPalette.ColorRole.ButtonText, "#dfe1e5"),
        (QPalette.ColorRole.Highlight, "#2f65ca"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#8c8f94"),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def shoot(out: Path, language: str, dark: bool) -> Path:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    translators = install_translations(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive(Path(tmp) / "sample.db", editor="editor")
        archive.import_path(sample_page())
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(archive, settings)
        window.resize(1500, 860)
        window.show()
        window.start_suggester(wait=True)
        window.open_article(archive.article_ids()[0])
        window.entity_panel.queue.setFocus()
        window.entity_panel.queue.setCurrentRow(1)
        window.desk.tag_all("张明远", "PER", window.desk.occurrences("张明远", False), "tag")
        app.processEvents()
        target = out / f"desk-{language}-{'dark' if dark else 'light'}.png"
        window.grab().save(str(target))
        if language == "en" and not dark:
            from newsdesk.ui.dialogs import ExportDialog, HistoryDialog

            archive.set_status(archive.article_ids()[0], "approved")
            dialog = ExportDialog(archive, None, window)
            dialog.format.setCurrentIndex(dialog.format.findData("nitf"))
            dialog.dest.setText(str(Path(tmp) / "nitf"))
            dialog.show()
            dialog.run()
            app.processEvents()
            dialog.grab().save(str(out / "export-dialog.png"))
            dialog.close()
            aid = archive.article_ids()[0]
            rec = archive.get(aid)
            rec.article.paragraphs[0].text = rec.article.paragraphs[0].text.replace("召开", "举行")
            archive.save(aid, rec.article, rec.version)
            history = HistoryDialog(archive, aid, window)
            history.list.setCurrentRow(2)
            history.show()
            app.processEvents()
            history.grab().save(str(out / "history-dialog.png"))
            history.close()
        window.desk.save()
        window.close()
        archive.close()
    for t in translators:
        app.removeTranslator(t)
    return target


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "zh_CN"):
        for dark in (False, True):
            print(shoot(out, language, dark))


if __name__ == "__main__":
    main()
