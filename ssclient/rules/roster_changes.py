"""How an approved declaration changes a unit's roster. Pure: no database. The client's store (to check
drafts offline) and the agency (as the record) both follow an approval with this one function, so they
cannot read a declaration differently.

Each declaration's period is the month its change takes effect: an add or a renewal is insured from the
period on (a renewal starts a new spell, its base history afresh), an interruption is no longer insured
from the period on, and a base change (the annual base too) applies from its line's effective period (the declaration's period
when that is empty; see RosterEntry.with_base_change). An information change replaces the person's
recorded facts (rules.info_change.roster_fields) and leaves their insurance as it is. Applying the same approved declaration twice gives
the same roster. tests/sync/test_roster_agreement.py checks the two rosters end to end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import CENT, parse_amount
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, backpay_of
from ssclient.rules.info_change import roster_fields, with_corrections
from ssclient.rules.retirement import parse_womens_category


class UnreadableLineError(ValueError):
    """An approved line whose ID number, base or period cannot be read (the agency approved bad data)."""


def apply_declaration(roster: Mapping[str, RosterEntry], declaration: Declaration) -> list[RosterEntry]:
    """The entries `declaration` adds or changes, keyed like `roster` by normalized ID number.

    People the declaration does not name are not returned. An interruption or base change for someone
    the local roster does not know is skipped: the roster refreshed from the agency will bring them.
    """
    changed: dict[str, RosterEntry] = {}
    for index, line in enumerate(declaration.lines):
        id_number = normalize_id_number(line.id_number)
        if not id_number:
            raise UnreadableLineError(f"line {index + 1} has no ID number")
        current = changed.get(id_number) or roster.get(id_number)
        entry = _apply_line(current, id_number, line, declaration.type, declaration.period, index)
        if entry is not None:
            changed[id_number] = entry
    return list(changed.values())


def _apply_line(
    current: RosterEntry | None,
    id_number: str,
    line: DeclarationLine,
    kind: DeclarationType,
    period: Period,
    index: int,
) -> RosterEntry | None:
    if kind in (DeclarationType.ADD, DeclarationType.RENEWAL):
        return _join(current, id_number, line, period, index)
    if current is None:
        return None
    if kind is DeclarationType.INTERRUPTION:
        return replace(current, status=PersonStatus.INTERRUPTED, interrupted_from=period)
    if kind in (DeclarationType.BASE_CHANGE, DeclarationType.ANNUAL_BASE):
        # The annual base's line holds the new base (capped) as its wage base, from the policy's first month.
        effective = _period(line.effective_period, index) if line.effective_period.strip() else period
        return current.with_base_change(effective, _amount(line.wage_base, index))
    if kind is DeclarationType.INFO_CHANGE:
        return with_corrections(current, line)
    return None


def _join(
    current: RosterEntry | None, id_number: str, line: DeclarationLine, period: Period, index: int
) -> RosterEntry:
    """An add or a renewal: insured here from `period` on, at the line's base, as a new spell."""
    facts = roster_fields(line)  # every fact the line states, read once (a review joins a hundred people)
    return RosterEntry(
        id_number=id_number,
        name=facts["name"] or (current.name if current else ""),
        status=PersonStatus.ACTIVE,
        base=_amount(line.wage_base, index),
        since=period,
        hukou_type=facts["hukou_type"],
        womens_category=category.value if (category := parse_womens_category(line.womens_category)) else "",
        migrant_insurance=facts["migrant_insurance"],
        id_type=facts["id_type"],
        nationality=facts["nationality"],
        migrant_worker=facts["migrant_worker"],
        province=facts["province"],
        city=facts["city"],
        county=facts["county"],
        renewed_in=period,
        backpay=backpay_of(line.backpay),
    )


def _amount(text: str, index: int) -> Decimal:
    try:
        return parse_amount(text).quantize(CENT)
    except ValueError as error:
        raise UnreadableLineError(f"line {index + 1}: the wage base {text!r} is not an amount") from error


def _period(text: str, index: int) -> Period:
    try:
        return Period.parse(text)
    except ValueError as error:
        raise UnreadableLineError(f"line {index + 1}: {text!r} is not a period") from error
