"""`python -m transition_planner` — the same entry point as `transition-planner`.

Also the entry script of the PyInstaller bundle, which runs this file as a plain script (no
parent package): hence the absolute import.
"""

import sys

from transition_planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
