"""The brief (SPEC §6): an A4 PDF of at most two pages for a Head of Mission or a Resident
Coordinator, drawn with ReportLab and the chart builders, without Qt."""

from .content import BriefContent, brief_content
from .document import BriefTooLong, brief_pdf, write_brief

__all__ = ["BriefContent", "BriefTooLong", "brief_content", "brief_pdf", "write_brief"]
