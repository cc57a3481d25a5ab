"""Build the Transition Planner bundle for the system this runs on, and its archive.

    python3 scripts/bootstrap.py package          # usual way: sets up .venv, then runs this
    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR]

Linux:   dist/transition-planner/ and dist/transition-planner-VERSION-linux-ARCH.tar.gz
Windows: dist\\transition-planner\\, dist\\transition-planner-VERSION-windows-ARCH.zip and, when
         Inno Setup 6 is installed, dist\\transition-planner-VERSION-windows-ARCH-setup.exe
macOS:   dist/Transition Planner.app and dist/transition-planner-VERSION-macos-ARCH.dmg

Prints the build time and the sizes, and writes them to DIST/bundle.json. Signing is left to two
hooks that do nothing unless set: TP_CODESIGN_IDENTITY (macOS, used by the spec) and
TP_SIGN_COMMAND (Windows: a command with {file}, run on the executable and on the installer).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "transition_planner.spec"
ICON_PNG = HERE / "icon" / "transition-planner.png"
ICON_SVG = HERE / "icon" / "transition-planner.svg"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME: str = PROJECT["name"]
VERSION: str = PROJECT["version"]
TITLE = "Transition Planner"
SYSTEM = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
ARCH = {"AMD64": "x64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}.get(
    platform.machine(), platform.machine().lower()
)
EXE_NAME = NAME + (".exe" if SYSTEM == "windows" else "")

#: A Linux bundle without these cannot open a window: the xcb platform plugin needs them.
XCB_PLUGIN = re.compile(r"could not resolve '([^']+)', dependency of '[^']*(?:qxcb|XcbQpa)")


def say(text: str) -> None:
    print(f"[package] {text}", flush=True)


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under `folder` (symbolic links count as nothing)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def pyinstaller(dist: Path, work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    say(" ".join(cmd))
    with log.open("w", encoding="utf-8") as out:
        code = subprocess.call(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    text = log.read_text(encoding="utf-8", errors="replace")
    if code != 0:
        print(text[-6000:], file=sys.stderr)
        sys.exit(f"PyInstaller failed (exit {code}); the whole log is {log}")
    missing = sorted(set(XCB_PLUGIN.findall(text)))
    if SYSTEM == "linux" and missing:
        sys.exit(
            "The bundle would not open a window: Qt's xcb plugin needs "
            + ", ".join(missing)
            + ", which this machine lacks. On Debian/Ubuntu run `python3 scripts/bootstrap.py "
            "package` as root (it installs them), or install libxcb-cursor0 libxcb-icccm4 "
            "libxcb-keysyms1 libxkbcommon-x11-0 yourself."
        )


def sign(path: Path) -> None:
    """The Windows signing hook: TP_SIGN_COMMAND with {file}, e.g. `signtool sign /a {file}`."""
    command = os.environ.get("TP_SIGN_COMMAND")
    if not command:
        return
    say(f"signing {path.name}")
    args = [part.replace("{file}", str(path)) for part in shlex.split(command, posix=False)]
    subprocess.run(args, check=True)


# -- Linux ---------------------------------------------------------------------------------------


def _elf(path: Path) -> tuple[bool, bool] | None:
    """(has debug sections, every loadable segment page-aligned) of a 64-bit little-endian ELF
    file; None for any other file."""
    with path.open("rb") as f:
        data = f.read(64)
        if len(data) < 64 or data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            return None
        fields = struct.unpack_from("<HHIQQQIHHHHHH", data, 16)
        phoff, shoff = fields[4], fields[5]
        phentsize, phnum, shentsize, shnum, shstrndx = fields[8:13]
        aligned = True
        for i in range(phnum):
            f.seek(phoff + i * phentsize)
            p_type, _flags, offset, vaddr = struct.unpack("<IIQQ", f.read(24))
            if p_type == 1 and (vaddr - offset) % 4096:  # PT_LOAD, as ld.so checks it
                aligned = False
        if not shnum or shstrndx >= shnum:
            return False, aligned
        f.seek(shoff + shstrndx * shentsize + 24)
        names_offset, names_size = struct.unpack("<QQ", f.read(16))
        f.seek(names_offset)
        names = f.read(names_size)
    return b".debug_info\x00" in names, aligned


def strip_debug_info(bundle: Path) -> int:
    """Remove the debug sections (not the symbols) of the bundle's libraries that carry them:
    libpython is 23 MB here, 18 of them debug information. PyInstaller's own `strip` option is
    not used: rewriting libraries that auditwheel vendored (the `*.libs/` folders) breaks their
    page alignment, and numpy's OpenBLAS then fails to load ("ELF load command address/offset not
    page-aligned"), which leaves the application without charts. Those are left alone, and any
    stripped file whose segments would not load is put back. Returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        say("no `strip` (binutils): the libraries keep their debug information")
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        info = _elf(path)
        if info is None or not info[0]:
            continue
        before = path.stat().st_size
        original = path.with_name(path.name + ".unstripped")
        shutil.copy2(path, original)
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        after = _elf(path)
        if after is not None and after[1]:
            saved += before - path.stat().st_size
            original.unlink()
        else:
            original.replace(path)
            say(f"left {path.name} unstripped: stripping would break it")
    return saved


DESKTOP_SCRIPT = """#!/bin/sh
# Add Transition Planner to this user's applications menu (no administrator rights needed):
#   ./install-desktop-entry.sh            add (or update, after moving this folder)
#   ./install-desktop-entry.sh --remove   remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/transition-planner.desktop"
icon="$data/icons/hicolor/scalable/apps/transition-planner.svg"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon"
    echo "Removed $entry"
    exit 0
fi
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/transition-planner.svg" "$icon"
{
    echo "[Desktop Entry]"
    echo "Type=Application"
    echo "Version=1.0"
    echo "Name=Transition Planner"
    echo "Comment=Plan UN transitions and see every gap in continuity of care"
    echo "Exec=\\"$here/transition-planner\\""
    echo "Icon=transition-planner"
    echo "Terminal=false"
    echo "Categories=Office;ProjectManagement;"
} > "$entry"
echo "Added Transition Planner to the applications menu: $entry"
"""


def linux_archive(bundle: Path, dist: Path) -> Path:
    shutil.copy2(ICON_SVG, bundle / "transition-planner.svg")
    script = bundle / "install-desktop-entry.sh"
    script.write_text(DESKTOP_SCRIPT, encoding="utf-8", newline="\n")
    script.chmod(0o755)
    archive = dist / f"{NAME}-{VERSION}-linux-{ARCH}.tar.gz"

    def owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    # gzip level 6: half the time of level 9 for an archive 0.4 % larger
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name, filter=owner)
    return archive


# -- Windows -------------------------------------------------------------------------------------

INNO_DEFAULTS = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6",
)


def windows_archives(bundle: Path, dist: Path, work: Path) -> list[Path]:
    sign(bundle / EXE_NAME)
    base = f"{NAME}-{VERSION}-windows-{ARCH}"
    archive = dist / f"{base}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            zf.write(path, Path(bundle.name) / path.relative_to(bundle))
    made = [archive]
    iscc = shutil.which("iscc") or next(
        (str(d / "ISCC.exe") for d in INNO_DEFAULTS if (d / "ISCC.exe").is_file()), None
    )
    if iscc is None:
        say(
            "Inno Setup 6 not found: no installer made (install it, or run ISCC on "
            "packaging/windows/transition-planner.iss yourself)"
        )
        return made
    from PIL import Image  # Pillow comes with matplotlib

    ico = work / "transition-planner.ico"
    Image.open(ICON_PNG).save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    subprocess.run(
        [
            iscc,
            "/Qp",
            f"/DAppVersion={VERSION}",
            f"/DSourceDir={bundle}",
            f"/DOutputDir={dist}",
            f"/DOutputBase={base}-setup",
            f"/DIconFile={ico}",
            str(HERE / "windows" / "transition-planner.iss"),
        ],
        check=True,
    )
    setup = dist / f"{base}-setup.exe"
    sign(setup)
    made.append(setup)
    return made


# -- macOS ---------------------------------------------------------------------------------------


def macos_archive(dist: Path, work: Path) -> Path:
    app = dist / f"{TITLE}.app"
    stage = work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    # ditto keeps the symbolic links and extended attributes of the frameworks (and signatures)
    subprocess.run(["ditto", str(app), str(stage / app.name)], check=True)
    (stage / "Applications").symlink_to("/Applications")
    archive = dist / f"{NAME}-{VERSION}-macos-{ARCH}.dmg"
    archive.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            TITLE,
            "-srcfolder",
            str(stage),
            "-fs",
            "HFS+",
            "-format",
            "UDZO",
            "-ov",
            str(archive),
        ],
        check=True,
    )
    return archive


# -- main ----------------------------------------------------------------------------------------


def build(dist: Path, work: Path) -> dict[str, object]:
    dist = dist.resolve()
    work = work.resolve()
    started = time.perf_counter()
    pyinstaller(dist, work)
    bundled = time.perf_counter()
    bundle = dist / NAME
    executable = bundle / EXE_NAME
    if not executable.is_file():
        sys.exit(f"PyInstaller made no {executable}")
    if SYSTEM == "linux":
        saved = strip_debug_info(bundle)
        say(f"debug information removed: {mb(saved)}")
        archives = [linux_archive(bundle, dist)]
    elif SYSTEM == "windows":
        archives = windows_archives(bundle, dist, work)
    elif SYSTEM == "macos":
        archives = [macos_archive(dist, work)]
    else:
        sys.exit(f"no archive format for {sys.platform}; the bundle is in {bundle}")
    done = time.perf_counter()
    info: dict[str, object] = {
        "version": VERSION,
        "system": SYSTEM,
        "arch": ARCH,
        "bundle": str(bundle),
        "executable": str(executable),
        "bundle_bytes": folder_size(bundle),
        "archives": {str(p): p.stat().st_size for p in archives},
        "pyinstaller_s": round(bundled - started, 1),
        "archive_s": round(done - bundled, 1),
        "total_s": round(done - started, 1),
    }
    (dist / "bundle.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    say(f"bundle   {bundle}  {mb(int(info['bundle_bytes']))}")  # type: ignore[call-overload]
    for path in archives:
        say(f"archive  {path}  {mb(path.stat().st_size)}")
    say(
        f"built in {info['total_s']} s (PyInstaller {info['pyinstaller_s']} s, "
        f"archive {info['archive_s']} s)"
    )
    say(f"try it:  {executable} selftest")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    args = parser.parse_args(argv)
    build(args.dist, args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
