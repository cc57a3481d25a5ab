"""Render the application icon from its SVG source (run after changing the SVG):

    .venv/bin/python packaging/icon/render.py

Writes transition-planner.png (1024 px), from which PyInstaller makes the Windows .ico and the
macOS .icns (with Pillow) and which the Linux desktop entry uses.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def main(size: int = 1024) -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "transition-planner.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target = HERE / "transition-planner.png"
    if not image.save(str(target)):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
