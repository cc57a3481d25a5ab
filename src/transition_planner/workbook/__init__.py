"""Excel workbooks of a plan (SPEC §5): export, import as a new plan, and change review."""

from .errors import WorkbookError, WorkbookProblem
from .export import export_plan
from .importer import ImportReview, read_plan, review_import

__all__ = [
    "ImportReview",
    "WorkbookError",
    "WorkbookProblem",
    "export_plan",
    "read_plan",
    "review_import",
]
