"""Rules on a whole declaration: each line by its business type, then duplicates, roster and window."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from ssclient.domain.declaration import MAX_PERSONNEL_LINES, Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, IdType, InsuranceType, PersonStatus, Severity
from ssclient.domain.findings import Finding, has_errors, line_index
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.model import Policy
from ssclient.policy.regions import Regions
from ssclient.rules.annual_base import check_annual_base_line
from ssclient.rules.context import RuleContext
from ssclient.rules.identity import check_identity, check_minimum_age, parse_id_type
from ssclient.rules.info_change import check_info_change_fields, check_info_change_roster
from ssclient.rules.messages import INSURANCE_NAMES, finding
from ssclient.rules.person import (
    check_home_region,
    check_hukou,
    check_hukou_against_migrant,
    check_migrant,
    check_name,
    check_wage_base,
    normalize_name,
)
from ssclient.rules.retirement import check_retirement_age

# Types whose lines describe a person joining: all personnel fields apply.
_JOINING = (DeclarationType.ADD, DeclarationType.RENEWAL)
# The furthest ahead a base change may be declared.
_BASE_CHANGE_AHEAD_MONTHS = 12


def check_line(
    line: DeclarationLine, kind: DeclarationType, period: Period, ctx: RuleContext
) -> list[Finding]:
    """Every rule that looks at one line alone. Field paths are relative to the line."""
    identity, findings = check_identity(
        line.id_type, line.id_number, line.nationality, ctx.today, ctx.regions
    )
    id_type = identity.id_type if identity is not None else parse_id_type(line.id_type) or IdType.RESIDENT
    joining = kind in _JOINING
    if identity is not None and identity.born is not None and joining:
        findings += check_minimum_age(identity.born, period)
        findings += check_retirement_age(identity, line.womens_category, period, ctx.retirement)
    if joining:
        findings += _check_joining_fields(line, id_type, ctx)
    elif kind is DeclarationType.INTERRUPTION:
        if not line.reason.strip():
            findings.append(finding("REASON_REQUIRED", "reason"))
        if line.name.strip():
            findings += check_name(line.name, id_type=id_type)
    elif kind is DeclarationType.BASE_CHANGE:
        findings += check_wage_base(line.wage_base, ctx.policy)[1]
        findings += _check_effective_period(line.effective_period, period, ctx.policy)
        if line.name.strip():
            findings += check_name(line.name, id_type=id_type)
    elif kind is DeclarationType.ANNUAL_BASE:
        findings += check_annual_base_line(line, ctx.policy)
        if line.name.strip():
            findings += check_name(line.name, id_type=id_type)
    elif kind is DeclarationType.INFO_CHANGE:
        findings += check_info_change_fields(line, id_type, ctx)
    if joining and line.backpay:
        # A renewal's gap, or a new hire's first months that passed before the declaration: back pay within
        # the policy's limits.
        findings += _check_backpay_limits(line, ctx.policy)
    if identity is not None and ctx.roster is not None:
        number = identity.number
        findings += _check_against_roster(line, number, kind, period, ctx.roster.get(number), ctx)
    return findings


def check_declaration(declaration: Declaration, ctx: RuleContext) -> list[Finding]:
    """The full rulebook for one declaration (payment declarations are checked by the payment rules)."""
    findings: list[Finding] = []
    if ctx.declaring:
        findings += check_window(declaration.period, ctx)
    if not declaration.lines:
        findings.append(finding("DECLARATION_EMPTY", "lines"))
    elif len(declaration.lines) > MAX_PERSONNEL_LINES:
        count, maximum = f"{len(declaration.lines):,}", f"{MAX_PERSONNEL_LINES:,}"
        findings.append(finding("DECLARATION_TOO_LARGE", "lines", count=count, maximum=maximum))
    for index, line in enumerate(declaration.lines):
        prefix = f"lines[{index}]"
        findings += [f.at(prefix) for f in check_line(line, declaration.type, declaration.period, ctx)]
    findings += check_duplicates(line.id_number for line in declaration.lines)
    return findings


def check_window(period: Period, ctx: RuleContext) -> list[Finding]:
    policy = ctx.policy
    findings = []
    if not policy.window_open_on(ctx.today.day):
        findings.append(
            finding(
                "WINDOW_CLOSED",
                "period",
                first=policy.window_first_day,
                last=policy.window_last_day,
                day=ctx.today.day,
            )
        )
    current = Period.of(ctx.today)
    if period != current:
        findings.append(finding("PERIOD_NOT_CURRENT", "period", expected=current, value=period))
    return findings


def check_duplicates(
    id_numbers: Iterable[str], field: str = "id_number", shown_as: Sequence[int] | None = None
) -> list[Finding]:
    """The same person on several lines: an error on each of those lines, in line order.

    The message names the lines by `shown_as[index]` (a spreadsheet's row numbers), else by position from 1.
    """
    seen: dict[str, list[int]] = {}
    for index, raw in enumerate(id_numbers):
        number = normalize_id_number(raw)
        if number:
            seen.setdefault(number, []).append(index)
    found: list[tuple[int, Finding]] = []
    for indexes in seen.values():
        if len(indexes) > 1:
            shown = ", ".join(str(shown_as[i] if shown_as is not None else i + 1) for i in indexes)
            found += [(i, finding("DUPLICATE_PERSON", f"lines[{i}].{field}", lines=shown)) for i in indexes]
    found.sort(key=lambda pair: pair[0])
    return [f for _, f in found]


def check_batch(declarations: Sequence[Declaration], names: Sequence[str]) -> list[list[Finding]]:
    """Documents declared together (and those already on their way to the agency): a person in two of them
    whose business types clash (joining twice, interrupted twice, two base changes or information changes)
    for the same period
    would be refused by the agency in one. Each such line gets an error naming the other document by
    `names[i]`. Returns the findings of each document, in the order given."""
    found: list[list[Finding]] = [[] for _ in declarations]
    places: dict[tuple[Period, int, str], list[tuple[int, int]]] = {}
    for doc, declaration in enumerate(declarations):
        group = _clash_group(declaration.type)
        if group is None:
            continue
        for index, line in enumerate(declaration.lines):
            number = normalize_id_number(line.id_number)
            if number:
                places.setdefault((declaration.period, group, number), []).append((doc, index))
    for occurrences in places.values():
        documents = list(dict.fromkeys(doc for doc, _ in occurrences))
        if len(documents) < 2:
            continue
        for doc, index in occurrences:
            other = next(d for d in documents if d != doc)
            found[doc].append(
                finding("PERSON_IN_OTHER_DOCUMENT", f"lines[{index}].id_number", document=names[other])
            )
    for findings in found:
        findings.sort(key=lambda item: line_index(item.field) or 0)
    return found


def _clash_group(kind: DeclarationType) -> int | None:
    """Business types whose documents clash over the same person (None: payments, which name no one)."""
    groups = {
        DeclarationType.ADD: 0,
        DeclarationType.RENEWAL: 0,
        DeclarationType.INTERRUPTION: 1,
        DeclarationType.BASE_CHANGE: 2,
        # A person's base set twice from the same month: the annual base and a base change clash.
        DeclarationType.ANNUAL_BASE: 2,
        DeclarationType.INFO_CHANGE: 3,
    }
    return groups.get(kind)


def _check_joining_fields(line: DeclarationLine, id_type: IdType, ctx: RuleContext) -> list[Finding]:
    findings = list(_name_findings(line.name, id_type))
    hukou, answers = _answers(
        line.hukou_type, line.migrant_worker, line.migrant_insurance, line.province, line.city, line.county,
        ctx.regions,
    )  # fmt: skip
    findings += hukou
    findings += check_wage_base(line.wage_base, ctx.policy)[1]
    findings += answers
    return findings


# A sheet of a million people has some tens of thousands of names (张伟 many times over): each is checked once.
@lru_cache(maxsize=32768)
def _name_findings(name: str, id_type: IdType) -> tuple[Finding, ...]:
    return tuple(check_name(name, id_type=id_type))


# Room for every answer and home county a million-row sheet holds (17,000 in the benchmark's, some 10 MB):
# with fewer, the migrant workers' counties pushed each other out.
@lru_cache(maxsize=32768)
def _answers(
    hukou_type: str,
    migrant_worker: str,
    migrant_insurance: str,
    province: str,
    city: str,
    county: str,
    regions: Regions,
) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """(household type findings, migrant and home region findings) of a joining line. Cached: a sheet
    repeats a few answers and home regions row after row, and these rules cost a third of a line's check."""
    insured, findings = check_migrant(migrant_worker, migrant_insurance)
    findings += check_hukou_against_migrant(hukou_type, migrant_worker)
    if insured:
        findings += check_home_region(province, city, county, regions)[1]
    return tuple(check_hukou(hukou_type)), tuple(findings)


def _check_backpay_limits(line: DeclarationLine, policy: Policy) -> list[Finding]:
    findings = []
    for insurance, months in line.backpay.items():
        rules = policy[insurance]
        if not rules.allows_backpay(months):
            allowed = _allowed_months(rules.backpay_min_months, rules.backpay_max_months)
            findings.append(
                finding(
                    "BACKPAY_INVALID",
                    f"backpay.{insurance.value}",
                    insurance=INSURANCE_NAMES[insurance.value],
                    allowed=allowed,
                    value=months,
                )
            )
    return findings


def _allowed_months(low: int, high: int) -> str:
    # Written without words ("0/1–3", not "0 or 1–3") so the message reads right in every language.
    if high == 0:
        return "0"
    return f"0/{low}" if low == high else f"0/{low}–{high}"


def _check_effective_period(text: str, period: Period, policy: Policy) -> list[Finding]:
    if not text.strip():
        return []
    try:
        effective = Period.parse(text)
    except ValueError:
        return [finding("EFFECTIVE_PERIOD_INVALID", "effective_period", value=text.strip()[:20])]
    # A base change reaches back no further than the strictest back-pay allowance of the insurances.
    reach = min(
        (p.backpay_max_months for p in policy.insurances.values() if p.backpay_max_months > 0), default=0
    )
    earliest = period.add_months(-reach)
    latest = period.add_months(_BASE_CHANGE_AHEAD_MONTHS)
    if effective < earliest:
        return [finding("EFFECTIVE_PERIOD_TOO_EARLY", "effective_period", earliest=earliest)]
    if effective > latest:
        return [finding("EFFECTIVE_PERIOD_TOO_LATE", "effective_period", latest=latest)]
    return []


def _check_against_roster(
    line: DeclarationLine,
    id_number: str,
    kind: DeclarationType,
    period: Period,
    entry: RosterEntry | None,
    ctx: RuleContext,
) -> list[Finding]:
    if kind is DeclarationType.INFO_CHANGE:
        # Its name is the correction, not a mismatch to warn of.
        return check_info_change_roster(line, entry, ctx)
    active = entry is not None and entry.status is PersonStatus.ACTIVE
    findings: list[Finding] = []
    if kind is DeclarationType.ADD and active:
        findings.append(finding("ROSTER_ALREADY_ACTIVE", "id_number"))
    elif kind is DeclarationType.ADD and entry is not None:  # interrupted here: coming back is a renewal
        since = entry.interrupted_from or ""
        findings.append(finding("ROSTER_RETURNING", "id_number", Severity.WARNING, since=since))
    elif kind is DeclarationType.RENEWAL:
        if entry is None or entry.status is not PersonStatus.INTERRUPTED:
            findings.append(finding("ROSTER_NOT_INTERRUPTED", "id_number"))
        elif entry.interrupted_from is not None:
            findings += _check_backpay_reach(line, period, entry.interrupted_from)
    elif kind in (DeclarationType.INTERRUPTION, DeclarationType.BASE_CHANGE, DeclarationType.ANNUAL_BASE):
        if not active:
            findings.append(finding("ROSTER_NOT_ACTIVE", "id_number"))
        if kind is not DeclarationType.INTERRUPTION and entry is not None:
            findings += _check_effective_after_joining(line.effective_period, period, entry)
        if kind is DeclarationType.BASE_CHANGE and entry is not None and line.wage_base.strip():
            findings += _check_base_changes(line.wage_base, entry.base, ctx)
    if entry is not None and line.name.strip() and normalize_name(line.name) != entry.name:
        findings.append(finding("NAME_ROSTER_MISMATCH", "name", Severity.WARNING, expected=entry.name))
    return findings


def _check_effective_after_joining(text: str, period: Period, entry: RosterEntry) -> list[Finding]:
    """A new base cannot apply to months before the person's insured spell here began."""
    try:
        effective = Period.parse(text) if text.strip() else period
    except ValueError:
        return []  # said by _check_effective_period
    if effective < entry.since:
        return [
            finding("EFFECTIVE_PERIOD_BEFORE_JOINING", "effective_period", value=effective, since=entry.since)
        ]
    return []


def _check_backpay_reach(line: DeclarationLine, period: Period, interrupted_from: Period) -> list[Finding]:
    reach = period.months_since(interrupted_from)
    return [
        finding(
            "BACKPAY_BEFORE_INTERRUPTION", f"backpay.{insurance.value}", value=months, since=interrupted_from
        )
        for insurance, months in line.backpay.items()
        if months > max(reach, 0)
    ]


def _check_base_changes(text: str, current: Decimal, ctx: RuleContext) -> list[Finding]:
    amount, problems = check_wage_base(text, ctx.policy)
    if amount is not None and not has_errors(problems) and amount == current:
        return [finding("BASE_UNCHANGED", "wage_base", Severity.WARNING, value=f"{amount:.2f}")]
    return []


def backpay_insurances() -> tuple[InsuranceType, ...]:
    """Insurance types a renewal may ask back payment for, in the order forms show them."""
    return (InsuranceType.PENSION, InsuranceType.MEDICAL, InsuranceType.UNEMPLOYMENT)
