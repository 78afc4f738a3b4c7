"""Rules of a personnel information change (人员信息变更), shared by the client and the agency.

A line names a person by the ID number on the unit's roster and carries the person's corrected facts in
full (name, ID type and a passport's nationality, household type, migrant-worker answers, home region):
each passes the checks of the Add form, contradictions included, and at least one must differ from the
roster. Anyone on the roster may be corrected, interrupted people too (their record stays the agency's).

The ID number itself cannot be corrected this way: it is what finds the person's record. A number that is
not on the roster is refused with what to do instead (INFO_CHANGE_NOT_ON_ROSTER), and the form says the
same when the user asks to change one (ID_NUMBER_NOT_CHANGEABLE).
"""

from __future__ import annotations

from dataclasses import replace

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import IdType
from ssclient.domain.findings import Finding
from ssclient.domain.info_change import INFO_CHANGE_FIELDS, FieldChange
from ssclient.domain.roster import RosterEntry
from ssclient.policy.regions import Regions
from ssclient.rules.context import RuleContext
from ssclient.rules.identity import parse_id_type
from ssclient.rules.messages import finding
from ssclient.rules.person import (
    check_home_region,
    check_hukou,
    check_hukou_against_migrant,
    check_migrant,
    check_name,
    normalize_name,
    parse_hukou,
    parse_yes_no,
)

_REGION = ("province", "city", "county")


def check_info_change_fields(line: DeclarationLine, id_type: IdType, ctx: RuleContext) -> list[Finding]:
    """The corrected facts, checked as the Add form checks them (the identity document is checked with the
    line's ID number by the caller, as for every line)."""
    findings = check_name(line.name, id_type=id_type)
    findings += check_hukou(line.hukou_type)
    insured, answers = check_migrant(line.migrant_worker, line.migrant_insurance)
    findings += answers
    findings += check_hukou_against_migrant(line.hukou_type, line.migrant_worker)
    if insured:
        findings += check_home_region(line.province, line.city, line.county, ctx.regions)[1]
    return findings


def check_info_change_roster(
    line: DeclarationLine, entry: RosterEntry | None, ctx: RuleContext
) -> list[Finding]:
    """The person is on the roster, and the line corrects something."""
    if entry is None:
        return [finding("INFO_CHANGE_NOT_ON_ROSTER", "id_number")]
    if not field_changes(entry, line, ctx.regions):
        return [finding("INFO_UNCHANGED", "name")]
    return []


def id_number_change_refusal() -> Finding:
    """What the user is told on asking to change an ID number: what to do instead."""
    return finding("ID_NUMBER_NOT_CHANGEABLE", "id_number")


def roster_fields(line: DeclarationLine) -> dict[str, str]:
    """A line's facts as the roster keeps them: ID type and household type as codes (an empty ID type is
    the resident ID card, as in the Add form), answers as 是/否, a nationality with passports only and a
    home region with migrant-worker insurance only. Text that does not parse is kept as typed."""
    id_type = parse_id_type(line.id_type)
    hukou = parse_hukou(line.hukou_type)
    insured = parse_yes_no(line.migrant_insurance) is True
    fields = {
        "name": normalize_name(line.name),
        "id_type": id_type.value if id_type else line.id_type.strip(),
        "nationality": line.nationality.strip() if id_type is IdType.PASSPORT else "",
        "hukou_type": hukou.value if hukou else line.hukou_type.strip(),
        "migrant_worker": _yes_no_text(line.migrant_worker),
        "migrant_insurance": _yes_no_text(line.migrant_insurance),
    }
    fields.update({key: getattr(line, key).strip() if insured else "" for key in _REGION})
    return fields


def with_corrections(entry: RosterEntry, line: DeclarationLine) -> RosterEntry:
    """The roster's entry after an approved information change: its facts replaced, its insurance kept."""
    facts = roster_fields(line)
    return replace(
        entry,
        name=facts["name"],
        id_type=facts["id_type"],
        nationality=facts["nationality"],
        hukou_type=facts["hukou_type"],
        migrant_worker=facts["migrant_worker"],
        migrant_insurance=facts["migrant_insurance"],
        province=facts["province"],
        city=facts["city"],
        county=facts["county"],
    )


def entry_fields(entry: RosterEntry) -> dict[str, str]:
    """The facts the roster has of a person, keyed like roster_fields (an unknown ID type reads as the
    resident ID card: the only type declared before the roster kept it)."""
    fields = {key: str(getattr(entry, key)) for key in INFO_CHANGE_FIELDS}
    fields["id_type"] = fields["id_type"] or IdType.RESIDENT.value
    return fields


def field_changes(
    entry: RosterEntry, line: DeclarationLine, regions: Regions | None = None
) -> list[FieldChange]:
    """The facts `line` corrects of the roster's `entry`, in INFO_CHANGE_FIELDS order. With `regions`, a home
    region named differently (by code, or by a name's variant) but the same place is no change."""
    old, new = entry_fields(entry), roster_fields(line)
    same_region = regions is not None and _place(old, regions) == _place(new, regions) is not None
    return [
        FieldChange(entry.id_number, key, old[key], new[key])
        for key in INFO_CHANGE_FIELDS
        if old[key] != new[key] and not (same_region and key in _REGION)
    ]


def _place(fields: dict[str, str], regions: Regions) -> str | None:
    """The county code of a home region, None when it names none."""
    county, problems = check_home_region(fields["province"], fields["city"], fields["county"], regions)
    return county.code if county is not None and not problems else None


def _yes_no_text(text: str) -> str:
    answer = parse_yes_no(text)
    return text.strip() if answer is None else "是" if answer else "否"
