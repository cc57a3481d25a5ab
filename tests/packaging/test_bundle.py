"""The Linux bundle, run as a user runs it (issue 14).

Built once per test session with `packaging/build.py` (what `bootstrap.py package` runs), its
archive is unpacked into another folder (whose name has a space) and the build is deleted. Each
program then runs with a bare environment: a fresh HOME, a PATH with no Python on it (nothing at
all on it), no PYTHONPATH, started from an empty folder.

Set TP_BUNDLE_ARCHIVE=/path/to/transition-planner-….tar.gz to test an archive built elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.packaging import xserver

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "transition_planner"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
EXAMPLES = {"Haiti", "Kandora (template)", "Sudan"}

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds the Linux bundle"),
]


# -- the bundle, built once ------------------------------------------------------------------


@pytest.fixture(scope="session")
def bundle_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's archive, alone in a folder of its own: the build it came from is deleted."""
    download = tmp_path_factory.mktemp("download")
    given = os.environ.get("TP_BUNDLE_ARCHIVE")
    if given:
        archive = download / Path(given).name
        shutil.copy2(given, archive)
        return archive
    pytest.importorskip("PyInstaller", reason="the bundle is built with PyInstaller (dev extra)")
    build = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(build / "dist"),
            "--work",
            str(build / "work"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = (build / "dist").glob("transition-planner-*-linux-*.tar.gz")
    archive = download / built.name
    shutil.move(built, archive)
    shutil.rmtree(build)
    return archive


@pytest.fixture(scope="session")
def app(bundle_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The executable of the bundle, unpacked elsewhere."""
    apps = tmp_path_factory.mktemp("My Apps")
    with tarfile.open(bundle_archive) as tar:
        tar.extractall(apps, filter="data")
    executable = apps / "transition-planner" / "transition-planner"
    assert executable.is_file() and os.access(executable, os.X_OK)
    return executable


@pytest.fixture
def user(tmp_path: Path) -> dict[str, str]:
    """A bare environment: a fresh home, no Python (nor anything else) on PATH."""
    home = tmp_path / "home"
    home.mkdir()
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"HOME": str(home), "PATH": str(empty), "LANG": "C.UTF-8"}
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


def run(
    app: Path, env: dict[str, str], *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    workdir = cwd or Path(env["HOME"])
    return subprocess.run(
        [str(app), *args], env=env, cwd=workdir, capture_output=True, text=True, timeout=120
    )


def default_workspace(env: dict[str, str]) -> Path:
    # platformdirs' user data folder on Linux, without XDG_DATA_HOME
    return Path(env["HOME"]) / ".local" / "share" / "Transition Planner" / "workspace.tpw"


# -- what a user does ---------------------------------------------------------------------------


def test_selftest_passes(app: Path, user: dict[str, str]) -> None:
    result = run(app, user, "selftest")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    timings = json.loads(result.stdout)
    for step in ("workspace_with_examples", "window_shown", "view:timeline", "export_workbook"):
        assert step in timings
    assert timings["total"] > 0


def test_examples_then_check_in_the_default_workspace(app: Path, user: dict[str, str]) -> None:
    assert not default_workspace(user).exists()

    examples = run(app, user, "examples")
    assert examples.returncode == 0, examples.stderr
    assert default_workspace(user).is_file()

    check = run(app, user, "check", "Haiti", "--format", "json")
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["plan"] == "Haiti"
    assert isinstance(report["continuity_score"], float)
    assert report["gaps"], "the Haiti example keeps the gaps history shows"
    assert all({"rule", "severity", "start", "end", "detail"} <= set(g) for g in report["gaps"])

    plans = run(app, user, "plans")
    assert set(plans.stdout.splitlines()) == EXAMPLES


def test_workbook_round_trip(app: Path, user: dict[str, str]) -> None:
    """Export a plan and import it back as a new one: openpyxl, the importer and the charts
    (numpy, matplotlib) all work in the bundle."""
    assert run(app, user, "examples").returncode == 0
    book = Path(user["HOME"]) / "Sudan.xlsx"
    export = run(app, user, "export", "Sudan", str(book))
    assert export.returncode == 0, export.stderr
    # the Summary sheet's timeline picture is drawn by matplotlib; without charts the export
    # quietly leaves it out (a bundle whose numpy could not load did just that)
    with zipfile.ZipFile(book) as zf:
        assert [n for n in zf.namelist() if n.startswith("xl/media/") and n.endswith(".png")]
    imported = run(app, user, "import", str(book), "--name", "Sudan (copy)")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "Sudan (copy)"


def test_version_comes_from_the_project(app: Path, user: dict[str, str]) -> None:
    result = run(app, user, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"transition-planner {VERSION}"


@pytest.mark.skipif(xserver.available() is not None, reason=str(xserver.available()))
def test_window_opens_with_the_example_plans(
    app: Path, user: dict[str, str], tmp_path: Path
) -> None:
    with xserver.VirtualDisplay(tmp_path / "x") as display:
        env = dict(user, DISPLAY=display.name)
        log = (tmp_path / "app.log").open("w")
        process = subprocess.Popen(
            [str(app)], env=env, cwd=user["HOME"], stdout=log, stderr=subprocess.STDOUT
        )
        try:
            # first start: the default workspace is created with the example plans, and the
            # window shows it with one of them selected
            display.wait_for_window(
                xserver.main_window("workspace.tpw"), timeout=60, process=process
            )
            # … and, once its views are made, one of the example plans selected
            display.wait_for_window(
                lambda w: "workspace.tpw" in w.title and any(n in w.title for n in EXAMPLES),
                timeout=30,
                process=process,
            )
            # a drawn window has text, tables and colours, not a blank screen
            display.wait_until_drawn(tmp_path / "window.png", colours=200)
            assert default_workspace(user).is_file()
        finally:
            process.send_signal(signal.SIGTERM)
            code = process.wait(30)
            log.close()
    assert code == 0, (tmp_path / "app.log").read_text()
    # closed cleanly: no lock left behind, and the workspace holds the example plans
    assert not default_workspace(user).with_name("workspace.tpw.lock").exists()
    plans = run(app, user, "plans")
    assert set(plans.stdout.splitlines()) == EXAMPLES


def test_desktop_entry_for_the_unpacked_folder(app: Path, user: dict[str, str]) -> None:
    script = app.parent / "install-desktop-entry.sh"
    env = dict(user, PATH="/usr/bin:/bin")  # a shell script: it needs sh, cp and mkdir
    added = subprocess.run([str(script)], env=env, capture_output=True, text=True, check=True)
    entry = Path(user["HOME"]) / ".local/share/applications/transition-planner.desktop"
    assert str(entry) in added.stdout
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{app}"' in lines
    assert "Icon=transition-planner" in lines
    icon = Path(user["HOME"]) / ".local/share/icons/hicolor/scalable/apps/transition-planner.svg"
    assert icon.read_bytes() == (ROOT / "packaging/icon/transition-planner.svg").read_bytes()
    subprocess.run([str(script), "--remove"], env=env, capture_output=True, check=True)
    assert not entry.exists()
    assert not icon.exists()


# -- what is inside -----------------------------------------------------------------------------


def test_data_files_are_inside(app: Path) -> None:
    inside = app.parent / "_internal" / "transition_planner"
    guide = inside / "resources" / "USER_GUIDE.md"
    assert guide.read_bytes() == (PACKAGE / "resources" / "USER_GUIDE.md").read_bytes()
    # every file of the package's resources folder (examples, translations … as they land)
    for source in (PACKAGE / "resources").rglob("*"):
        if source.is_file() and source.suffix != ".ts":
            assert (inside / source.relative_to(PACKAGE)).is_file(), source
    # the Alembic migrations, as files (Alembic reads them from disk)
    migrations = PACKAGE / "store" / "migrations"
    for script in [migrations / "env.py", *migrations.glob("versions/*.py")]:
        assert (inside / script.relative_to(PACKAGE)).is_file(), script


def test_translations_are_inside_and_load(app: Path) -> None:
    from PySide6.QtCore import QTranslator

    catalogues = {ts.stem for ts in (ROOT / "resources" / "translations").glob("*.ts")}
    catalogues |= {ts.stem for ts in (PACKAGE / "resources" / "translations").glob("*.ts")}
    assert "transition_planner_fr" in catalogues
    folder = app.parent / "_internal" / "transition_planner" / "resources" / "translations"
    for stem in catalogues:
        translator = QTranslator()
        assert translator.load(str(folder / f"{stem}.qm")), stem
    qt_translations = app.parent / "_internal" / "PySide6" / "Qt" / "translations"
    assert sorted(p.name for p in qt_translations.iterdir()) == ["qtbase_fr.qm"]


def test_unused_qt_and_matplotlib_parts_are_left_out(app: Path) -> None:
    internal = app.parent / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    plugins = {n.split("/plugins/", 1)[1] for n in names if "/plugins/" in n and n.endswith(".so")}
    assert "platforms/libqxcb.so" in plugins
    assert "platforms/libqoffscreen.so" in plugins
    unwanted = ("wayland", "eglfs", "gtk3", "vnc", "tls/", "networkinformation", "qjpeg", "qgif")
    assert not [p for p in plugins if any(u in p for u in unwanted)]
    assert not [n for n in names if "QtNetwork" in n or "WebEngine" in n or "libQt6Qml" in n]
    assert not [n for n in names if "sample_data" in n or "libgtk" in n]


def test_picture_backends_are_inside(app: Path) -> None:
    """matplotlib imports the PDF and SVG backends by name when a picture is saved."""
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(app)).open_embedded_archive("PYZ.pyz").toc)
    for module in (
        "matplotlib.backends.backend_qtagg",
        "matplotlib.backends.backend_pdf",
        "matplotlib.backends.backend_svg",
        "openpyxl",
        "alembic.op",
        "transition_planner.ui.main_window",
    ):
        assert module in modules
