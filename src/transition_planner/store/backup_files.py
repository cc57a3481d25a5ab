"""The names of a workspace's backups: where they go, how they are named and listed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: The extension of workspace files.
WORKSPACE_SUFFIX = ".tpw"
#: How many backups `make_backup` keeps per workspace.
BACKUPS_KEPT = 10

_BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"
_BACKUP_NAME = re.compile(r"_(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<n>\d+))?_(?P<slug>[A-Za-z0-9-]*)$")


def backups_dir(workspace: Path) -> Path:
    """The folder of a workspace's backups: `<stem>-backups` beside it."""
    workspace = Path(workspace)
    return workspace.with_name(f"{workspace.stem}-backups")


def slug(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


def list_backups(workspace: Path) -> list[BackupInfo]:
    """The backups of `workspace`, newest first."""
    folder = backups_dir(workspace)
    suffix = Path(workspace).suffix or WORKSPACE_SUFFIX
    prefix = f"{Path(workspace).stem}_"
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        if entry.suffix != suffix or not entry.name.startswith(prefix):
            continue
        match = _BACKUP_NAME.search(entry.stem)
        if match is None:
            continue
        try:
            created = datetime.strptime(match["stamp"], _BACKUP_STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        info = BackupInfo(entry, created, match["slug"].replace("-", " "), size)
        found.append((created, int(match["n"] or 0), info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _created, _n, info in found]


def latest_backup(workspace: Path) -> Path | None:
    backups = list_backups(workspace)
    return backups[0].path if backups else None


def _new_backup_path(workspace: Path, reason: str) -> Path:
    folder = backups_dir(workspace)
    suffix = workspace.suffix or WORKSPACE_SUFFIX
    stamp = datetime.now().strftime(_BACKUP_STAMP)
    name = slug(reason)
    candidate = folder / f"{workspace.stem}_{stamp}_{name}{suffix}"
    n = 1
    while candidate.exists():
        candidate = folder / f"{workspace.stem}_{stamp}-{n}_{name}{suffix}"
        n += 1
    return candidate
