"""What the planning of a submission needs to know of its unit, read in the unit's turn (see db.lock_unit):
the roster entries concerned, who of them is insured elsewhere, the record a revision replaces and whether
the period's payment is already declared."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ssclient.agency.db import UNITS, DeclarationRow
from ssclient.agency.errors import ApiError
from ssclient.agency.planning import Replaced, UnitState
from ssclient.agency.revoking import APPROVED, revocation_refusal, snapshot_of
from ssclient.agency.roster import load_people, load_states
from ssclient.agency.state import AgencyState
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period


def read_unit_state(state: AgencyState, db: Session, unit_id: int, declaration: Declaration) -> UnitState:
    """The unit as the submission finds it; raises ApiError when the record it would replace cannot be."""
    replaced = _replaced(state, db, unit_id, declaration) if declaration.replaces_serial else None
    # The unit's class as kept (1 only for a database from before classes were asked): a class outside
    # 1–8 is refused by the payment check (INDUSTRY_CLASS_INVALID), never taken as class 1.
    kept = db.execute(_INDUSTRY_CLASS, {"unit": unit_id}).scalar()
    industry_class = 1 if kept is None else int(kept)
    if declaration.type is DeclarationType.PAYMENT:
        return UnitState(
            current=load_states(db, unit_id),
            industry_class=industry_class,
            replaced=replaced,
            payment_declared_as=_payment_declared(db, unit_id, declaration.period, replaced),
        )
    on_it = (normalize_id_number(line.id_number) for line in declaration.lines)
    concerned = [*(number for number in on_it if number), *(replaced.roster_before if replaced else ())]
    current, elsewhere = load_people(db, unit_id, concerned)
    return UnitState(current, frozenset(elsewhere), industry_class, replaced)


_INDUSTRY_CLASS = select(UNITS.c.industry_class).where(UNITS.c.id == bindparam("unit"))


def _payment_declared(db: Session, unit_id: int, period: Period, replaced: Replaced | None) -> str | None:
    query = select(DeclarationRow.serial_number).where(
        DeclarationRow.unit_id == unit_id,
        DeclarationRow.type == DeclarationType.PAYMENT.value,
        DeclarationRow.period == str(period),
        DeclarationRow.status == APPROVED,
    )
    if replaced is not None:
        query = query.where(DeclarationRow.id != replaced.id)
    return db.scalar(query.limit(1))


def _replaced(state: AgencyState, db: Session, unit_id: int, declaration: Declaration) -> Replaced:
    row = db.scalar(
        select(DeclarationRow).where(
            DeclarationRow.unit_id == unit_id, DeclarationRow.serial_number == declaration.replaces_serial
        )
    )
    if row is None:
        raise ApiError(404, "REPLACED_NOT_FOUND", "The record to replace does not exist for this unit.")
    if row.type != declaration.type.value:
        raise ApiError(
            409,
            "REPLACED_NOT_REVOCABLE",
            "A revision must be of the same business type as the record it replaces.",
        )
    refusal = revocation_refusal(state, db, row)
    if refusal is not None:
        raise ApiError(409, "REPLACED_NOT_REVOCABLE", f"The record cannot be replaced: {refusal[1]}")
    return Replaced(row.id, snapshot_of(row))
