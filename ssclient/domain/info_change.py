"""Personnel information change (人员信息变更): which of a person's recorded facts it corrects, and one
correction as old and new value."""

from __future__ import annotations

from dataclasses import dataclass

# The facts an information change may correct, in the order forms and receipts show them. The ID number is
# not among them: it is the key of the person's record (see the rule INFO_CHANGE_NOT_ON_ROSTER).
INFO_CHANGE_FIELDS: tuple[str, ...] = (
    "name",
    "id_type",
    "nationality",
    "hukou_type",
    "migrant_worker",
    "migrant_insurance",
    "province",
    "city",
    "county",
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One corrected fact of one person, as the roster keeps it: ID type and household type as codes,
    answers as 是/否, the home region by name."""

    id_number: str
    field: str
    old: str
    new: str
