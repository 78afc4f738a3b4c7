"""The agency changes a unit's work-injury industry class (行业类别): from the unit's own profile change,
or by the agency's staff (`ssclient-agency set-class`). Every payment reviewed after it uses the new class;
a class outside 1–8 is refused, never taken as class 1."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ssclient.agency.db import UnitRow
from ssclient.rules.unit import check_industry_class


class IndustryClassRefused(ValueError):
    """The class or the unit is not one the agency can change; the message says which and what to do."""


def set_industry_class(engine: Engine, unit_code: str, value: object) -> int:
    """Set the class of the unit with `unit_code`; returns the class set."""
    if check_industry_class(value):
        raise IndustryClassRefused(
            f"the work-injury industry class must be a whole number from 1 to 8, not {value!r}"
        )
    industry_class = int(str(value).strip())
    with Session(engine) as db:
        unit = db.scalars(select(UnitRow).where(UnitRow.unit_code == unit_code.strip())).one_or_none()
        if unit is None:
            raise IndustryClassRefused(f"no unit has the code {unit_code!r}: check the unit code (170…)")
        unit.industry_class = industry_class
        db.commit()
    return industry_class
