"""A virtual X display (Xvfb) to run the desktop application as a user would, and what a test or
a benchmark needs of it: the titles of the top-level windows and a screenshot.

Needs Debian's `xvfb` and `x11-utils` (xwininfo); `scripts/bootstrap.py test` installs them.
Used by tests/packaging/test_bundle.py and bench/bench_bundle.py.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

_WINDOW = re.compile(r'^\s*(0x[0-9a-f]+) "(.*)": \((.*)\)\s+(\d+)x(\d+)')


def available() -> str | None:
    """Why a virtual display cannot be had here (None when it can)."""
    missing = [tool for tool in ("Xvfb", "xwininfo") if shutil.which(tool) is None]
    if missing:
        return "needs " + " and ".join(missing) + " (Debian: xvfb, x11-utils)"
    return None


@dataclass(frozen=True)
class Window:
    id: str
    title: str
    wm_class: str
    width: int
    height: int


class VirtualDisplay:
    """`with VirtualDisplay(folder) as display:` — an Xvfb server on a free display number."""

    def __init__(self, folder: Path, size: tuple[int, int] = (1600, 1000)) -> None:
        self.folder = folder
        self.size = size
        self.name = ""
        self._server: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> VirtualDisplay:
        self.folder.mkdir(parents=True, exist_ok=True)
        read, write = os.pipe()
        width, height = self.size
        # -displayfd: the server picks a free display number and writes it to the pipe when ready;
        # -fbdir: the screen is also a file (XWD), which is how screenshots are taken;
        # -noreset: no server reset when the last client leaves (a program started right after
        # another one ended could not connect during the reset)
        self._server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-fbdir",
                str(self.folder),
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "xvfb.log").open("wb"),
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self._server.kill()
            self._server.wait()
            raise RuntimeError(f"Xvfb did not start: {(self.folder / 'xvfb.log').read_text()}")
        self.name = f":{number}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.terminate()
            try:
                self._server.wait(10)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait()

    def windows(self) -> list[Window]:
        """The top-level windows with a name (Qt's helper windows included)."""
        out = subprocess.run(
            ["xwininfo", "-root", "-children"],
            env={"DISPLAY": self.name, "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "")},
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8", errors="replace")
        found = []
        for line in out.splitlines():
            match = _WINDOW.match(line)
            if match:
                wid, title, wm_class, width, height = match.groups()
                found.append(Window(wid, title, wm_class, int(width), int(height)))
        return found

    def wait_for_window(
        self,
        wanted: Callable[[Window], bool],
        timeout: float = 60.0,
        process: subprocess.Popen[bytes] | None = None,
    ) -> Window:
        """The first window that `wanted` accepts, polling every 20 ms; raises on time-out, or
        when `process` ends first."""
        deadline = time.monotonic() + timeout
        while True:
            for window in self.windows():
                if wanted(window):
                    return window
            if process is not None and process.poll() is not None:
                raise RuntimeError(
                    f"the program ended (exit {process.returncode}) before its window"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"no such window after {timeout} s: {self.windows()}")
            time.sleep(0.02)

    def screenshot(self, target: Path) -> Image.Image:
        """The whole screen, saved as PNG to `target` (read from Xvfb's XWD screen file)."""
        data = (self.folder / "Xvfb_screen0").read_bytes()
        header = struct.unpack(">25I", data[:100])
        header_size, width, height = header[0], header[4], header[5]
        bits_per_pixel, bytes_per_line, ncolors = header[11], header[12], header[19]
        if bits_per_pixel != 32:
            raise RuntimeError(f"unexpected XWD pixel size {bits_per_pixel}")
        offset = header_size + 12 * ncolors
        pixels = data[offset : offset + bytes_per_line * height]
        mode = "BGRX" if header[7] == 0 else "XRGB"  # byte order: LSB first, or MSB first
        image = Image.frombuffer("RGB", (width, height), pixels, "raw", mode, bytes_per_line, 1)
        image.save(target)
        return image

    def wait_until_drawn(
        self, target: Path, colours: int = 100, timeout: float = 30.0
    ) -> Image.Image:
        """A screenshot once the screen shows at least `colours` colours (a window drawn with
        its text and tables, not a blank or half-painted one); raises on time-out."""
        deadline = time.monotonic() + timeout
        while True:
            image = self.screenshot(target)
            if len(image.getcolors(1 << 20) or []) >= colours:
                return image
            if time.monotonic() > deadline:
                raise TimeoutError(f"the screen still looks blank after {timeout} s: {target}")
            time.sleep(0.1)


def main_window(title_part: str = "") -> Callable[[Window], bool]:
    """Accepts Transition Planner's main window (whose title contains `title_part`)."""

    def wanted(window: Window) -> bool:
        return (
            window.title.endswith("Transition Planner")
            and bool(window.wm_class)
            and window.width > 100
            and title_part in window.title
        )

    return wanted
