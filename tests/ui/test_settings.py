from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from newsdesk.store import Archive
from newsdesk.ui.dialogs import ExportDialog, SettingsDialog
from newsdesk.ui.mainwindow import MainWindow
from newsdesk.ui.settings import SETTINGS_VERSION, Settings


def test_defaults_and_types(settings: QSettings) -> None:
    s = Settings(settings)
    assert s.get("ui/font_size") == 13
    assert s.labels() == {"PER": "#d9534f", "LOC": "#2e9d5b", "ORG": "#4a86c5"}
    assert s.shortcut("approve_next") == "Ctrl+Return"
    settings.setValue("ui/font_size", "not a number")
    assert s.get("ui/font_size") == 13


def test_old_settings_are_migrated(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    store.setValue("settings/version", 1)
    store.setValue("desk/autosave", "1.5")
    s = Settings(store)
    assert s.get("desk/autosave_ms") == 1500
    assert store.value("desk/autosave") is None
    assert int(str(store.value("settings/version"))) == SETTINGS_VERSION


def test_settings_dialog_changes_take_effect(qtbot, archive: Archive, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(archive, settings)
    qtbot.addWidget(window)
    dialog = SettingsDialog(window.prefs, window)
    dialog.name.setText("林编辑")
    dialog.font_size.setValue(18)
    dialog.editors["approve_next"].setKeySequence("Ctrl+Shift+Return")
    dialog.labels.setText("PER=#ff0000,LOC=#00ff00,ORG=#0000ff,TIME=#999999")
    dialog._save()
    window.apply_prefs()
    assert archive.editor == "林编辑"
    assert window.editor.font().pointSizeF() == 18
    assert window.actions_by_name["approve_next"].shortcut().toString() == "Ctrl+Shift+Return"
    assert "TIME" in window.prefs.labels()


def test_export_dialog_writes_and_reports(qtbot, archive: Archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive.set_status(archive.article_ids()[0], "approved")
    dialog = ExportDialog(archive, None)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
    dialog.dest.setText(str(tmp_path / "md"))
    assert dialog.run()
    assert "1" in dialog.summary_label.text()
    assert len(list((tmp_path / "md").glob("*.md"))) == 1
    assert not dialog.run()  # the file exists now and "replace" is off
    assert "--force" in dialog.summary_label.text()
