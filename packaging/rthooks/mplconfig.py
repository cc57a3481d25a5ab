# PyInstaller run-time hook (runs in the bundle before the application): matplotlib's settings and
# font cache go to the application's own cache folder and stay there between runs.
#
# It replaces PyInstaller's own hook, which points matplotlib at a new temporary folder at every
# start, so that matplotlib scans every font of the system again each time (a fraction of a second
# here, seconds on a Windows laptop with hundreds of fonts) before the first chart can be drawn.
# A folder of our own also keeps a user's ~/.config/matplotlib/matplotlibrc out of our charts.
# Where the folder cannot be made, matplotlib falls back to a temporary folder by itself.


def _pyi_rthook() -> None:
    import os

    if os.environ.get("MPLCONFIGDIR"):
        return
    try:
        import platformdirs

        folder = platformdirs.user_cache_path("Transition Planner", appauthor=False) / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    os.environ["MPLCONFIGDIR"] = str(folder)


_pyi_rthook()
del _pyi_rthook
