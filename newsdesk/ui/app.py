"""Starting the desk: application object, translations, the window, crash safety."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..paths import log_dir, resources_dir
from ..store import Archive, StoreError

if TYPE_CHECKING:
    from .mainwindow import MainWindow

log = logging.getLogger("newsdesk")


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load newsdesk's and Qt's own translations for ``language`` (default: the system's)."""
    locale = QLocale(language) if language else QLocale.system()
    loaded = []
    ours = QTranslator(app)
    if ours.load(locale, "newsdesk", "_", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        loaded.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded


def setup_logging() -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "newsdesk.log"
    logging.basicConfig(filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return path


def error_handler(
    window: MainWindow, log_path: Path
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An excepthook: log the error, save the open article, show a dialog with the details."""

    def on_error(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        saved = window.desk.save()  # never lose the open article's edits
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(window.tr("Unexpected error"))
        note = window.tr("Your open article was saved.") if saved else window.tr("The open article could not be saved.")
        box.setText(
            window.tr("Something went wrong. %1\nDetails are in %2").replace("%1", note).replace("%2", str(log_path))
        )
        box.setDetailedText(details)
        box.exec()

    return on_error


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("newsdesk")
    app.setOrganizationName("newsdesk")
    app.setDesktopFileName("io.github.newsdesk.Newsdesk")
    icon = QIcon(str(resources_dir() / "icons" / "newsdesk.svg"))
    app.setWindowIcon(icon)
    log_path = setup_logging()
    settings = QSettings()
    install_translations(app, str(settings.value("ui/language", "")) or None)
    from ..core.entities import set_cache_dir
    from ..paths import cache_dir
    from .mainwindow import MainWindow

    set_cache_dir(cache_dir())

    first_start = not db_path.exists()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        archive = Archive(db_path, editor=str(settings.value("editor/name", "")) or None)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(None, "newsdesk", str(exc))
        return 2
    window = MainWindow(archive, settings)

    sys.excepthook = error_handler(window, log_path)
    window.show()
    # jieba loads in a background thread once the window is up, off the start-up path
    QTimer.singleShot(400, window.start_suggester)
    window.offer_sample(ask=not first_start)  # a new archive opens with the sample page
    return int(app.exec())
