"""Slow work off the GUI thread: importing page files with progress and cancel."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from ..core.reader import expand_paths
from ..store import Archive, StoreError


class ImportWorker(QThread):
    progressed = Signal(int, str)
    """Files done so far and the name of the current one."""
    finishedImport = Signal(dict)
    """Counts: imported, duplicate, failed, cancelled, errors."""

    def __init__(self, db_path: str, paths: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.paths = paths
        self._cancel = False

    def cancel(self) -> None:
        """Stop after the current file; each file is imported in its own transaction."""
        self._cancel = True

    def run(self) -> None:
        counts: dict[str, object] = {"imported": 0, "duplicate": 0, "failed": 0, "cancelled": False, "errors": []}
        errors: list[str] = []
        try:
            archive = Archive(self.db_path) if self.db_path != ":memory:" else None
        except StoreError as exc:
            errors.append(str(exc))
            archive = None
        if archive is not None:
            files = expand_paths(self.paths)
            for n, path in enumerate(files, start=1):
                if self._cancel:
                    counts["cancelled"] = True
                    break
                try:
                    res = archive.import_path(path)
                except StoreError as exc:
                    errors.append(str(exc))
                    counts["failed"] = int(counts["failed"]) + 1  # type: ignore[call-overload]
                    break
                counts[res.status] = int(counts[res.status]) + 1  # type: ignore[call-overload]
                if res.status == "failed":
                    errors.append(f"{res.path}: {res.reason}")
                self.progressed.emit(n, path.name)
            archive.close()
        counts["errors"] = errors
        self.finishedImport.emit(counts)
