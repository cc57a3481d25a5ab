"""A guard against a reference-counting bug of PySide6 (seen with 6.12.0 on CPython 3.11).

Each time Qt calls a Python override that returns None for a `QVariant` — a table model's
`data()` for a role it does not serve, thousands of times a second while a table paints — or
calls a Python `QTranslator.translate`, PySide6 drops one reference to None it never took. None's
count runs down as the window is used, and when it reaches zero the interpreter aborts ("Fatal
Python error: none_dealloc: deallocating None"; the issue's "bool_dealloc" is the same for True
and False). CPython 3.12 made None, True and False immortal, which hides the bug; on earlier
versions we give them a reference count no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to None, True and False (a session would need 2**40 dropped references).
BALLAST = 1 << 40


def shield_singletons() -> bool:
    """Make None, True and False as good as immortal on CPython < 3.12; True when done (or not
    needed), False when the interpreter's object layout is not the one expected."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return True
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        # the count is the object's first field in a release build: check before writing
        if count.value != sys.getrefcount(obj) - 1:
            return False
        if count.value < BALLAST:
            count.value += BALLAST
    return True
