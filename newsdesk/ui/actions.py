"""Every desk action with its default shortcut, declared once (menus, dialog, README).

No action uses a bare letter key, so none can fire while an editor types; all are switched
off while an input method composes text (see ``MainWindow._on_composition``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class ActionSpec:
    name: str
    label: object  # English source text (QT_TRANSLATE_NOOP), translated in the Actions context
    shortcut: str
    menu: str


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "Import pages…"), "Ctrl+O", "file"),
    ActionSpec("sample", QT_TRANSLATE_NOOP("Actions", "Open the sample page"), "", "file"),
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "Save now"), "Ctrl+S", "file"),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "Export…"), "Ctrl+E", "file"),
    ActionSpec("settings", QT_TRANSLATE_NOOP("Actions", "Settings…"), "Ctrl+,", "file"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "Ctrl+Q", "file"),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "Undo"), "Ctrl+Z", "edit"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "Redo"), "Ctrl+Shift+Z", "edit"),
    ActionSpec("split_article", QT_TRANSLATE_NOOP("Actions", "Split article at cursor"), "Ctrl+Alt+S", "edit"),
    ActionSpec("merge_next", QT_TRANSLATE_NOOP("Actions", "Merge with next article"), "Ctrl+Alt+M", "edit"),
    ActionSpec("merge_prev", QT_TRANSLATE_NOOP("Actions", "Merge with previous article"), "Ctrl+Alt+P", "edit"),
    ActionSpec("join_para", QT_TRANSLATE_NOOP("Actions", "Join paragraph with next"), "Ctrl+J", "edit"),
    ActionSpec("split_para", QT_TRANSLATE_NOOP("Actions", "Split paragraph at cursor"), "Ctrl+Shift+J", "edit"),
    ActionSpec("to_top", QT_TRANSLATE_NOOP("Actions", "Move block to top"), "Ctrl+Alt+T", "edit"),
    ActionSpec("block_next", QT_TRANSLATE_NOOP("Actions", "Move block to next article"), "Ctrl+Alt+Down", "edit"),
    ActionSpec("block_prev", QT_TRANSLATE_NOOP("Actions", "Move block to previous article"), "Ctrl+Alt+Up", "edit"),
    ActionSpec("role_headline", QT_TRANSLATE_NOOP("Actions", "Role: headline"), "Ctrl+1", "role"),
    ActionSpec("role_subheadline", QT_TRANSLATE_NOOP("Actions", "Role: sub-headline"), "Ctrl+2", "role"),
    ActionSpec("role_byline", QT_TRANSLATE_NOOP("Actions", "Role: byline"), "Ctrl+3", "role"),
    ActionSpec("role_body", QT_TRANSLATE_NOOP("Actions", "Role: body"), "Ctrl+4", "role"),
    ActionSpec("role_caption", QT_TRANSLATE_NOOP("Actions", "Role: caption"), "Ctrl+5", "role"),
    ActionSpec("role_furniture", QT_TRANSLATE_NOOP("Actions", "Role: page furniture"), "Ctrl+6", "role"),
    ActionSpec("suggest", QT_TRANSLATE_NOOP("Actions", "Suggest entities"), "F5", "entities"),
    ActionSpec("tag_per", QT_TRANSLATE_NOOP("Actions", "Tag selection as person"), "Ctrl+Shift+1", "entities"),
    ActionSpec("tag_loc", QT_TRANSLATE_NOOP("Actions", "Tag selection as place"), "Ctrl+Shift+2", "entities"),
    ActionSpec("tag_org", QT_TRANSLATE_NOOP("Actions", "Tag selection as organisation"), "Ctrl+Shift+3", "entities"),
    ActionSpec("untag", QT_TRANSLATE_NOOP("Actions", "Remove tag at cursor"), "Ctrl+Shift+0", "entities"),
    ActionSpec("review_queue", QT_TRANSLATE_NOOP("Actions", "Go to the suggestion queue"), "Ctrl+Shift+Q", "entities"),
    ActionSpec("entity_index", QT_TRANSLATE_NOOP("Actions", "Entity index…"), "Ctrl+Shift+E", "entities"),
    ActionSpec("next", QT_TRANSLATE_NOOP("Actions", "Next article"), "Alt+Down", "article"),
    ActionSpec("prev", QT_TRANSLATE_NOOP("Actions", "Previous article"), "Alt+Up", "article"),
    ActionSpec("approve_next", QT_TRANSLATE_NOOP("Actions", "Approve and go to next"), "Ctrl+Return", "article"),
    ActionSpec("approve", QT_TRANSLATE_NOOP("Actions", "Approve"), "Ctrl+Shift+A", "article"),
    ActionSpec("reviewed", QT_TRANSLATE_NOOP("Actions", "Mark reviewed"), "Ctrl+Shift+R", "article"),
    ActionSpec("reopen", QT_TRANSLATE_NOOP("Actions", "Reopen"), "Ctrl+Shift+O", "article"),
    ActionSpec("reanalyze", QT_TRANSLATE_NOOP("Actions", "Re-run analysis of this page…"), "Ctrl+Alt+R", "article"),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "History…"), "Ctrl+H", "article"),
    ActionSpec("search", QT_TRANSLATE_NOOP("Actions", "Search the archive"), "Ctrl+F", "view"),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), "F1", "help"),
)

ROLE_OF_ACTION = {
    "role_headline": "headline",
    "role_subheadline": "subheadline",
    "role_byline": "byline",
    "role_body": "body",
    "role_caption": "caption",
    "role_furniture": "furniture",
}


def label(spec: ActionSpec) -> str:
    return _t(str(spec.label))
