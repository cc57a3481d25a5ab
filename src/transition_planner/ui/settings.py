"""A typed settings layer over QSettings.

Each setting is declared once, with its key, type and default. Preferences (what a planner chooses)
live under `prefs/`, window state (geometry, splitters, table columns, recent workspaces) under
`state/`: resetting the window layout never loses a preference. The file carries a version; older
files are upgraded step by step when they are opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from .. import APP_ID, APP_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

T = TypeVar("T")

#: The version of the settings layout this application writes.
SETTINGS_VERSION = 3

ORGANIZATION = "United Nations"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is stored, what type it has and what it is when unset."""

    key: str
    type: type
    default: T

    @property
    def is_preference(self) -> bool:
        return self.key.startswith("prefs/")


# -- preferences ----------------------------------------------------------------------------
CONFIRM_DELETE_PLAN: Setting[bool] = Setting("prefs/confirm_delete_plan", bool, True)
SHOW_WELCOME: Setting[bool] = Setting("prefs/show_welcome", bool, True)
RECENT_LIMIT: Setting[int] = Setting("prefs/recent_limit", int, 8)
#: Plans with more assignments than this are analysed off the GUI thread.
BACKGROUND_ANALYSIS_ABOVE: Setting[int] = Setting("prefs/background_analysis_above", int, 5000)
LANGUAGE: Setting[str] = Setting("prefs/language", str, "")

# -- window state ---------------------------------------------------------------------------
WINDOW_GEOMETRY: Setting[bytes] = Setting("state/window_geometry", bytes, b"")
WINDOW_STATE: Setting[bytes] = Setting("state/window_state", bytes, b"")
MAIN_SPLITTER: Setting[bytes] = Setting("state/main_splitter", bytes, b"")
RIGHT_SPLITTER: Setting[bytes] = Setting("state/right_splitter", bytes, b"")
RECENT_WORKSPACES: Setting[list[str]] = Setting("state/recent_workspaces", list, [])
LAST_PLAN: Setting[str] = Setting("state/last_plan", str, "")
LAST_DIRECTORY: Setting[str] = Setting("state/last_directory", str, "")
CURRENT_TAB: Setting[int] = Setting("state/current_tab", int, 0)
ENTITY_TAB: Setting[int] = Setting("state/entity_tab", int, 0)
GAPS_HEADER: Setting[bytes] = Setting("state/gaps_header", bytes, b"")
TIMELINE_LEGEND: Setting[bool] = Setting("state/timeline_legend", bool, True)
DASHBOARD_LOG_SCALE: Setting[bool] = Setting("state/dashboard_log_scale", bool, False)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    CONFIRM_DELETE_PLAN,
    SHOW_WELCOME,
    RECENT_LIMIT,
    BACKGROUND_ANALYSIS_ABOVE,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    MAIN_SPLITTER,
    RIGHT_SPLITTER,
    RECENT_WORKSPACES,
    LAST_PLAN,
    LAST_DIRECTORY,
    CURRENT_TAB,
    ENTITY_TAB,
    GAPS_HEADER,
    TIMELINE_LEGEND,
    DASHBOARD_LOG_SCALE,
)


def header_state(table: str) -> Setting[bytes]:
    """The column widths, order and sort of one table view (kept only once the planner
    resized a column: until then the widths follow the plan shown)."""
    return Setting(f"state/columns/{table}", bytes, b"")


def _convert(setting: Setting[T], raw: object) -> T:
    """A stored value as the setting's type (INI files give back strings)."""
    kind = setting.type
    value: object
    if kind is bool:
        if isinstance(raw, str):
            value = raw.strip().lower() in ("1", "true", "yes", "on")
        else:
            value = bool(raw)
    elif kind is int:
        value = int(str(raw))
    elif kind is float:
        value = float(str(raw))
    elif kind is str:
        value = "" if raw is None else str(raw)
    elif kind is bytes:
        if isinstance(raw, QByteArray):
            value = raw.data()
        elif isinstance(raw, bytes | bytearray):
            value = bytes(raw)
        else:
            value = b""
    elif kind is list:
        if raw is None or raw == "":
            value = []
        elif isinstance(raw, str):
            value = [raw]
        elif isinstance(raw, list | tuple):
            value = [str(x) for x in raw]
        else:
            value = []
    else:  # pragma: no cover - every declared type is handled above
        raise TypeError(f"setting {setting.key}: unsupported type {kind!r}")
    return value  # type: ignore[return-value]


class Settings:
    """Typed access to the application's settings.

    `path` points the settings at an INI file (tests, portable installs); without it they are the
    user's native settings for this application.
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._q = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_ID
            )
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._q = QSettings(str(path), QSettings.Format.IniFormat)
        self._q.setFallbacksEnabled(False)
        self.upgraded_from = self._upgrade()

    @property
    def path(self) -> str:
        return self._q.fileName()

    @property
    def application_name(self) -> str:
        return APP_NAME

    def get(self, setting: Setting[T]) -> T:
        if not self._q.contains(setting.key):
            default = setting.default
            return list(default) if isinstance(default, list) else default  # type: ignore[return-value]
        try:
            return _convert(setting, self._q.value(setting.key))
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        stored: object
        if isinstance(value, bytes | bytearray):
            stored = QByteArray(bytes(value))
        elif isinstance(value, list | tuple):
            stored = [str(x) for x in value]
        else:
            stored = value
        self._q.setValue(setting.key, stored)

    def is_set(self, setting: Setting[T]) -> bool:
        return bool(self._q.contains(setting.key))

    def reset(self, setting: Setting[T]) -> None:
        self._q.remove(setting.key)

    def reset_window_state(self) -> None:
        """Forget the window layout; preferences stay."""
        for key in self._q.allKeys():
            if key.startswith("state/"):
                self._q.remove(key)

    def sync(self) -> None:
        self._q.sync()

    @property
    def version(self) -> int:
        return int(str(self._q.value("version", 0)))

    # -- recent workspaces --------------------------------------------------------------------

    def add_recent_workspace(self, path: Path) -> list[str]:
        text = str(Path(path))
        recent = [p for p in self.get(RECENT_WORKSPACES) if p != text]
        recent.insert(0, text)
        recent = recent[: max(1, self.get(RECENT_LIMIT))]
        self.set(RECENT_WORKSPACES, recent)
        return recent

    # -- upgrades -----------------------------------------------------------------------------

    def _upgrade(self) -> int | None:
        """Bring an older settings file up to SETTINGS_VERSION; the old version, or None."""
        version = self.version
        if version >= SETTINGS_VERSION:
            return None
        is_new = not self._q.allKeys()
        if version < 2 and not is_new:
            # version 1 kept everything flat: "geometry", "recent", "confirm_delete"
            moves = {
                "geometry": WINDOW_GEOMETRY.key,
                "recent": RECENT_WORKSPACES.key,
                "confirm_delete": CONFIRM_DELETE_PLAN.key,
            }
            for old, new in moves.items():
                if self._q.contains(old):
                    self._q.setValue(new, self._q.value(old))
                    self._q.remove(old)
        if version < 3 and not is_new:
            # version 2 kept column widths fitted with a cap that cut names and dates off
            for key in self._q.allKeys():
                if key.startswith("state/header/"):
                    self._q.remove(key)
        self._q.setValue("version", SETTINGS_VERSION)
        return None if is_new else version


def save_window(
    settings: Settings, window: QMainWindow, splitters: dict[Setting[bytes], QSplitter]
) -> None:
    """A window's geometry, toolbars and splitters."""
    settings.set(WINDOW_GEOMETRY, bytes(window.saveGeometry().data()))
    settings.set(WINDOW_STATE, bytes(window.saveState().data()))
    for setting, splitter in splitters.items():
        settings.set(setting, bytes(splitter.saveState().data()))


def restore_window(
    settings: Settings, window: QMainWindow, splitters: dict[Setting[bytes], QSplitter]
) -> None:
    geometry = settings.get(WINDOW_GEOMETRY)
    if geometry:
        window.restoreGeometry(QByteArray(geometry))
    state = settings.get(WINDOW_STATE)
    if state:
        window.restoreState(QByteArray(state))
    for setting, splitter in splitters.items():
        data = settings.get(setting)
        if data:
            splitter.restoreState(QByteArray(data))
