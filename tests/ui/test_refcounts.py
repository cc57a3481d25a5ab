"""The guard against PySide6 dropping references to None (see `ui.refcounts`): a long session's
worth of a table model answering None does not abort Python. (Without the guard, PySide6 6.12.0
on CPython 3.11 aborts this script with "deallocating None".)"""

from __future__ import annotations

import subprocess
import sys

from transition_planner.ui.refcounts import BALLAST, shield_singletons

SESSION = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{guard}
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 10
    def columnCount(self, parent=QModelIndex()): return 3
    def data(self, index, role=Qt.ItemDataRole.DisplayRole): return None

model = Model()
for _ in range(100_000):  # minutes of painting a table
    model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole)
print("alive", sys.getrefcount(None) > 0)
"""


def test_the_guard_is_in_place() -> None:
    assert shield_singletons()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > BALLAST // 2
        assert sys.getrefcount(True) > BALLAST // 2


def test_a_long_session_with_the_guard_survives() -> None:
    guarded = subprocess.run(
        [sys.executable, "-c", SESSION.format(guard="import transition_planner.ui")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert guarded.returncode == 0, guarded.stderr[-800:]
    assert "alive True" in guarded.stdout
    assert "Fatal Python error" not in guarded.stderr
