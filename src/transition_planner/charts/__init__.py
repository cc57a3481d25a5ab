"""Charts of a plan: plain series data built from a plan and its analysis, and matplotlib drawing.

Nothing here imports Qt or pyplot: the drawing functions take a `matplotlib.figure.Figure`, so the
same code draws on screen (through `ui.timeline_view`), into exports and into the workbook.
"""
