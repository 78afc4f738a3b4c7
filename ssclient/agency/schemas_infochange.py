"""The wire format of personnel information changes (人员信息变更): the roster's person with the facts an
information change corrects, and what an approved information change corrected."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ssclient.agency.schemas import RosterEntryOut


class RosterPersonOut(RosterEntryOut):
    """A roster entry with the person's identity document, migrant-worker answer and home region ("" when
    not known: declared before the roster kept them)."""

    id_type: str = ""
    nationality: str = ""
    migrant_worker: str = ""
    province: str = ""
    city: str = ""
    county: str = ""


class RosterPeopleOut(BaseModel):
    items: list[RosterPersonOut]
    total: int


class FieldChangeOut(BaseModel):
    """One corrected fact of one person: ID type and household type as codes, answers as 是/否."""

    id_number: str
    field: str = Field(examples=["name"])
    old: str
    new: str


class InfoChangesOut(BaseModel):
    """What an information change corrected, person by person in the order of its lines, each person's facts
    in the order forms show them."""

    items: list[FieldChangeOut]
