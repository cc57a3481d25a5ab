"""Warnings about where a workspace lives: a folder synced by a cloud service, a network drive."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..i18n import translate

_SYNCED_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "box": "Box",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
}
_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "lustre",
    "gpfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.davfs2",
    "davfs",
}


def _linux_filesystem(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def _on_network_drive(path: Path) -> bool:
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes

        root = os.path.splitdrive(text)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == 4)  # DRIVE_REMOTE
    if sys.platform.startswith("linux"):
        return _linux_filesystem(path) in _NETWORK_FILESYSTEMS
    return False


def location_warnings(path: Path) -> list[str]:
    """Warnings about where a workspace lives (synced folder, network drive)."""
    warnings = []
    parts = [p.lower() for p in path.parent.parts]
    service = next(
        (
            name
            for part in parts
            for marker, name in _SYNCED_FOLDERS.items()
            if part == marker or part.startswith(marker + " ") or part.startswith(marker + "-")
        ),
        None,
    )
    if service is not None:
        warnings.append(
            translate(
                "Store",
                "{path} is in a folder synced by {service}: if two computers change it before "
                "the sync finishes, one set of changes is lost. Keep the workspace in a local "
                "folder and share plans as workbooks",
            ).format(path=path, service=service)
        )
    resolved = path.resolve()
    if _on_network_drive(resolved):
        warnings.append(
            translate(
                "Store",
                "{path} is on a network drive: saving is slower, and a dropped connection can "
                "interrupt a save. Keep the workspace in a local folder if you can",
            ).format(path=path)
        )
    return warnings
