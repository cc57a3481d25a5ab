"""`selftest` prints its timings and nothing else: no chatter of Qt's offscreen platform on
standard error (issue 14.4)."""

from __future__ import annotations

import json

from .test_cli import tp


def test_selftest_prints_json_and_no_stray_qt_messages() -> None:
    result = tp("selftest", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout)
    assert timings["total"] > 0
    assert "propagateSizeHints" not in result.stderr
    assert "This plugin does not support" not in result.stderr
    assert result.stderr.strip() == "", result.stderr
