"""User settings, declared once with type, default and a translatable label; versioned.

Stored in QSettings. ``SETTINGS_VERSION`` and ``UPGRADES`` follow Picard's config upgrade
hooks: an older settings file is brought up to date step by step when it is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from .actions import SPECS


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: object  # QT_TRANSLATE_NOOP("Settings", …)


OPTIONS: tuple[Option, ...] = (
    Option("editor/name", str, "", QT_TRANSLATE_NOOP("Settings", "Editor name")),
    Option("ui/language", str, "", QT_TRANSLATE_NOOP("Settings", "Interface language")),
    Option("ui/font_size", int, 13, QT_TRANSLATE_NOOP("Settings", "Font size")),
    Option("desk/autosave_ms", int, 1000, QT_TRANSLATE_NOOP("Settings", "Autosave after a pause of")),
    Option(
        "entities/labels", str, "PER=#d9534f,LOC=#2e9d5b,ORG=#4a86c5", QT_TRANSLATE_NOOP("Settings", "Entity labels")
    ),
)
BY_KEY = {o.key: o for o in OPTIONS}
SETTINGS_VERSION = 2


def _v1_to_v2(s: QSettings) -> None:
    """Version 1 kept the autosave interval in seconds under desk/autosave."""
    old = s.value("desk/autosave")
    if old is not None:
        s.setValue("desk/autosave_ms", int(float(str(old)) * 1000))
        s.remove("desk/autosave")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _v1_to_v2}


class Settings:
    def __init__(self, store: QSettings) -> None:
        self.store = store
        self.upgrade()

    def upgrade(self) -> None:
        version = int(str(self.store.value("settings/version", 0) or 0))
        if version == 0 and not self.store.allKeys():
            version = SETTINGS_VERSION  # a new file
        while version < SETTINGS_VERSION:
            step = UPGRADES.get(version)
            if step is not None:
                step(self.store)
            version += 1
        self.store.setValue("settings/version", SETTINGS_VERSION)

    def get(self, key: str) -> Any:
        opt = BY_KEY[key]
        value = self.store.value(key, opt.default)
        try:
            return opt.type(value)
        except (TypeError, ValueError):
            return opt.default

    def set(self, key: str, value: Any) -> None:
        self.store.setValue(key, BY_KEY[key].type(value))

    def reset(self) -> None:
        for opt in OPTIONS:
            self.store.remove(opt.key)
        self.store.remove("shortcuts")

    def labels(self) -> dict[str, str]:
        """Entity labels and their colours (the set is extensible: TIME=#…, EVENT=#…)."""
        out = {}
        for part in str(self.get("entities/labels")).split(","):
            name, _, colour = part.partition("=")
            if name.strip():
                out[name.strip().upper()] = colour.strip() or "#888888"
        return out

    def shortcut(self, action: str) -> str:
        default = next((s.shortcut for s in SPECS if s.name == action), "")
        return str(self.store.value(f"shortcuts/{action}", default))

    def set_shortcut(self, action: str, sequence: str) -> None:
        self.store.setValue(f"shortcuts/{action}", sequence)
