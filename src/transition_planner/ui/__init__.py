"""The desktop application (Qt only).

Importing it guards against a reference-counting bug of PySide6 that would otherwise abort the
interpreter after enough painting (see `refcounts`)."""

from .refcounts import shield_singletons

shield_singletons()
