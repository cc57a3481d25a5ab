"""A small real file system for full-disk tests: a tmpfs mounted under tmp_path (root only)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` KiB mounted at `folder`; skipped with the reason when it cannot be
    (not Linux, not root, no mount)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("a small tmpfs needs Linux and root (the injected ENOSPC tests run anyway)")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def free_bytes(folder: Path) -> int:
    info = os.statvfs(folder)
    return info.f_bavail * info.f_frsize


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system of `folder` so that about `leave` bytes stay free."""
    filler = folder / "filler.bin"
    size = max(0, free_bytes(folder) - leave)
    with filler.open("wb") as handle:
        chunk = b"\0" * 65536
        while size > 0:
            try:
                handle.write(chunk[: min(size, len(chunk))])
                handle.flush()
            except OSError:
                break
            size -= len(chunk)
    return filler
