"""Excel workbooks of a plan (SPEC §5): export, import as a new plan, and change review.

The names below are imported when first used (PEP 562): `from .workbook.examples import …` or
`from .workbook.errors import …` does not import openpyxl, so that commands which never touch
a workbook start fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import WorkbookError, WorkbookProblem

if TYPE_CHECKING:
    from .export import export_plan
    from .importer import ImportReview, read_plan, review_import

_LAZY = {
    "export_plan": ".export",
    "ImportReview": ".importer",
    "read_plan": ".importer",
    "review_import": ".importer",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ImportReview",
    "WorkbookError",
    "WorkbookProblem",
    "export_plan",
    "read_plan",
    "review_import",
]
