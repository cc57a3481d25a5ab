"""Tests of the bundle built by packaging/ (PyInstaller), run as a user runs it."""
