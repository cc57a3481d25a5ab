#!/usr/bin/env python3
"""Set up a fresh machine and run Transition Planner or its tests.

    python3 scripts/bootstrap.py run      # install what is needed, open the application
    python3 scripts/bootstrap.py test     # install what is needed, run the whole suite headless
    python3 scripts/bootstrap.py package  # build this system's bundle and its archive in dist/

Creates `.venv` beside the project (once), installs the project with its development extras
(again only when pyproject.toml changed), and on Debian/Ubuntu as root installs the system
packages the tests and the window need (LibreOffice for the workbook tests, Xvfb for the bundle's
window test, the xcb libraries Qt needs on a bare system, which the bundle also carries). Extra
arguments after `test` go to pytest; after `run`, to the application (`run -- plans`); after
`package`, to packaging/build.py (`--dist DIR`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-pyproject"

# Debian packages: the window (xcb platform plugin) and the tests (LibreOffice, Xvfb).
APT_RUN = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
]
# Building the bundle: binutils (PyInstaller reads and strips libraries), and the libraries of
# the window, which go into the bundle.
APT_PACKAGE = [*APT_RUN, "binutils"]
APT_TEST = [
    *APT_PACKAGE,
    "libreoffice-calc-nogui",
    # the brief's tests read its PDF as a person's tools do (pdftotext, pdffonts, pdfinfo)
    "poppler-utils",
    "libxkbcommon0",
    # the bundle's test opens its window on a virtual display and looks for it
    "xvfb",
    "x11-utils",
]


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def run(cmd: list[str], **kwargs: object) -> None:
    say(" ".join(str(c) for c in cmd))
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def ensure_venv() -> None:
    if sys.version_info < (3, 11):
        sys.exit("Transition Planner needs Python 3.11 or newer; this is " + sys.version)
    if not PYTHON.exists():
        run([sys.executable, "-m", "venv", str(VENV)])
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]"])
    STAMP.write_text(digest)


def dpkg_missing(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        )
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def ensure_system(packages: list[str]) -> None:
    """Install missing Debian packages when we can (root on Debian/Ubuntu); else just say so."""
    missing = dpkg_missing(packages)
    if not missing:
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        say("missing system packages (install them for full function): " + " ".join(missing))
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update", "-qq"], env=env, stdout=subprocess.DEVNULL)
    run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        env=env,
        stdout=subprocess.DEVNULL,
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "package"):
        print(__doc__)
        return 2
    what, rest = argv[0], argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    ensure_venv()
    if what == "run":
        if sys.platform.startswith("linux"):
            ensure_system(APT_RUN)
        return subprocess.call([str(PYTHON), "-m", "transition_planner", *rest])
    if what == "package":
        if sys.platform.startswith("linux"):
            ensure_system(APT_PACKAGE)
        return subprocess.call([str(PYTHON), str(ROOT / "packaging" / "build.py"), *rest], cwd=ROOT)
    if sys.platform.startswith("linux"):
        ensure_system(APT_TEST)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
