"""What a table of the editor is made of: `Column` (one field, its header and what it holds) and
`TableSpec` (one table: its columns, its words and how a new row starts).

The declarations themselves are in `table_specs` (the plan's own tables) and `register_tables`
(the handover register and the funding lines).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..domain.enums import PlanEnum
from ..domain.model import Entity, Plan

#: The translation context of column headers and their tooltips.
COLUMNS_CONTEXT = "Columns"


class ColumnKind(Enum):
    """What a column holds: it chooses the editor, the parsing, the width and the sort."""

    NAME = "name"  # a required name, unique in its table
    TEXT = "text"  # a short free text
    NOTES = "notes"  # a long free text: takes the width that is left, elided, full on hover
    SUGGEST = "suggest"  # a short free text, the values the plan already has offered
    DATE = "date"
    OPTIONAL_DATE = "optional_date"
    ENUM = "enum"
    OPTIONAL_ENUM = "optional_enum"
    REF = "ref"  # the name of another entity of the plan (stored as its id)
    OPTIONAL_REF = "optional_ref"
    NUMBER = "number"  # a number ≥ 0 or blank (unknown)
    YEAR = "year"  # a calendar year, required
    MONEY = "money"  # US dollars ≥ 0, required

    @property
    def is_date(self) -> bool:
        return self in (ColumnKind.DATE, ColumnKind.OPTIONAL_DATE)

    @property
    def is_enum(self) -> bool:
        return self in (ColumnKind.ENUM, ColumnKind.OPTIONAL_ENUM)

    @property
    def is_ref(self) -> bool:
        return self in (ColumnKind.REF, ColumnKind.OPTIONAL_REF)

    @property
    def optional(self) -> bool:
        return self in (
            ColumnKind.OPTIONAL_DATE,
            ColumnKind.OPTIONAL_ENUM,
            ColumnKind.OPTIONAL_REF,
        )

    @property
    def is_text(self) -> bool:
        return self in (ColumnKind.NAME, ColumnKind.TEXT, ColumnKind.NOTES, ColumnKind.SUGGEST)

    @property
    def is_numeric(self) -> bool:
        """Right-aligned, sorted by value."""
        return self in (ColumnKind.NUMBER, ColumnKind.YEAR, ColumnKind.MONEY)


class Column:
    """One column: the entity field it shows, its header and what it holds.

    (A plain class, not a dataclass: a dataclass compiles its methods when the module loads,
    and the tables load with the window.)"""

    __slots__ = (
        "blank",
        "enum",
        "field",
        "header",
        "kind",
        "none_label",
        "ref",
        "suggest",
        "tooltip",
    )

    def __init__(
        self,
        field: str,
        header: str,
        kind: ColumnKind = ColumnKind.TEXT,
        *,
        enum: type[PlanEnum] | None = None,
        ref: type[Entity] | None = None,
        suggest: Callable[[Plan], list[str]] | None = None,
        tooltip: str = "",
        blank: str = "",
        none_label: str = "",
    ) -> None:
        if kind.is_enum and enum is None:
            raise ValueError(f"column {field}: an enumeration column needs its enum")
        if kind.is_ref and ref is None:
            raise ValueError(f"column {field}: a reference column needs its entity type")
        if kind is ColumnKind.SUGGEST and suggest is None:
            raise ValueError(f"column {field}: a suggesting column needs its suggestions")
        self.field = field
        self.header = header
        self.kind = kind
        #: ENUM columns: the enumeration offered.
        self.enum = enum
        #: REF columns: the entity type whose names are offered (the plan's entities of it).
        self.ref = ref
        #: SUGGEST columns: the values the plan already has, offered while typing.
        self.suggest = suggest
        #: What the column means (the header's tooltip and the cells' accessible description).
        self.tooltip = tooltip
        #: What a blank cell means (its tooltip), for optional columns.
        self.blank = blank
        #: Optional enumerations and references: the drop-down's first entry, the blank one
        #: ("(not assessed)"); empty: "(not tracked)" or "(none)".
        self.none_label = none_label

    def __repr__(self) -> str:
        return f"Column({self.field!r}, {self.kind.name})"

    def title(self) -> str:
        return QCoreApplication.translate(COLUMNS_CONTEXT, self.header)

    def description(self) -> str:
        return QCoreApplication.translate(COLUMNS_CONTEXT, self.tooltip) if self.tooltip else ""

    def blank_meaning(self) -> str:
        return QCoreApplication.translate(COLUMNS_CONTEXT, self.blank) if self.blank else ""

    def blank_choice(self) -> str:
        """The label of the blank entry of an optional drop-down."""
        if self.none_label:
            return QCoreApplication.translate(COLUMNS_CONTEXT, self.none_label)
        if self.kind.is_ref:
            return QCoreApplication.translate("Cells", "(none)")
        return QCoreApplication.translate("Cells", "(not tracked)")


def _nothing_implied(_entity: Entity, _field: str, _value: object) -> dict[str, object]:
    return {}


class TableSpec:
    """One table of the editor."""

    def __init__(
        self,
        *,
        name: str,
        entity: type[Entity],
        columns: tuple[Column, ...],
        title: Callable[[], str],
        description: Callable[[], str],
        add_label: Callable[[], str],
        duplicate_label: Callable[[int], str],
        delete_label: Callable[[int], str],
        new_row: Callable[[Plan], Entity],
        implied: Callable[[Entity, str, object], dict[str, object]] = _nothing_implied,
        copies_renamed: bool = True,
        area_field: str | None = None,
    ) -> None:
        notes = [i for i, c in enumerate(columns) if c.kind is ColumnKind.NOTES]
        if notes and notes != [len(columns) - 1]:
            raise ValueError(f"table {name}: the notes column comes last (it stretches)")
        #: The plural, lower-case name: object names and settings keys ("presences").
        self.name = name
        self.entity = entity
        self.columns = columns
        self.title = title
        #: What the table holds, for screen readers.
        self.description = description
        #: Undo labels: "Add a presence", "Duplicate %n presence(s)", "Delete %n presence(s)".
        self.add_label = add_label
        self.duplicate_label = duplicate_label
        self.delete_label = delete_label
        #: A new row with sensible defaults (ValueError with the reason when none can be made).
        self.new_row = new_row
        #: Further fields that follow from an edit (field, new value) of an entity.
        self.implied = implied
        #: Copies of a row get a free "… (copy)" name.
        self.copies_renamed = copies_renamed
        #: The field that says where in the country a row is: the table offers a filter by area.
        self.area_field = area_field

    def column_of(self, field_name: str) -> int:
        for i, col in enumerate(self.columns):
            if col.field == field_name:
                return i
        raise KeyError(field_name)


def free_name(base: str, taken: set[str]) -> str:
    """`base`, or `base 2`, `base 3` … whichever `taken` (case-folded names) lacks."""
    if base.casefold() not in taken:
        return base
    n = 2
    while f"{base} {n}".casefold() in taken:
        n += 1
    return f"{base} {n}"


def plan_areas(plan: Plan) -> list[str]:
    """The areas a plan names (its functions' and its handovers'), each once, sorted; the
    spelling first met is kept."""
    seen: dict[str, str] = {}
    for area in [f.area for f in plan.functions] + [h.area for h in plan.handovers]:
        area = area.strip()
        if area:
            seen.setdefault(area.casefold(), area)
    return sorted(seen.values(), key=str.casefold)
