"""Transition Planner: plan UN transitions and see every gap in continuity of care."""

from __future__ import annotations

from functools import cache

APP_NAME = "Transition Planner"
APP_ID = "transition-planner"


_DIST_INFO = ("transition_planner-", ".dist-info")


@cache
def _version() -> str:
    """The installed version. Found by the name of the package's `.dist-info` folder on the
    import path (a directory listing or two): importlib.metadata, the fallback, costs a command
    line start some 50–150 ms of imports."""
    import os
    import sys

    prefix, suffix = _DIST_INFO
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip archive, a folder that is gone
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(suffix):
                return name[len(prefix) : -len(suffix)]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("transition-planner")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
