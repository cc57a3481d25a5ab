"""Transition Planner: plan UN transitions and see every gap in continuity of care."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("transition-planner")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

APP_NAME = "Transition Planner"
APP_ID = "transition-planner"
