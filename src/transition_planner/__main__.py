"""`python -m transition_planner` — the same entry point as `transition-planner`."""

import sys

from .cli import main

sys.exit(main())
