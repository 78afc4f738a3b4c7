"""The wire format of what a revision is checked against: the roster entries a record changed, as they were
before it."""

from __future__ import annotations

from pydantic import BaseModel

from ssclient.agency.schemas_infochange import RosterPersonOut


class PersonBeforeOut(BaseModel):
    """One person the record changed: their roster entry before it, or none (not on the roster then)."""

    id_number: str
    entry: RosterPersonOut | None


class RosterBeforeOut(BaseModel):
    """By ID number. Empty for a payment declaration (it changes no roster entry) and for a record that
    was not approved (it changed nothing)."""

    items: list[PersonBeforeOut]
