"""The annual base (年度缴费工资申报): each insured person's base for the new policy year, from last year's wages.

Pure and Decimal throughout; the client plans the declaration with it and the agency reviews the declared
lines with the same functions, so the two cannot compute a base differently.

- The base is the person's average monthly wage of the previous year: 劳办发〔1997〕116号《职工基本养老保险个人
  账户管理暂行办法》 takes "本人上一年度月平均工资" as the contribution wage base.
- The average is the year's wage total divided by the months worked, rounded by the policy's rule. Dividing
  by the months actually worked when someone worked part of the year is the usual practice of the
  provinces' online halls; this program names no official document for it, so it is ILLUSTRATIVE and the
  window says so (PARTIAL_YEAR_ILLUSTRATIVE).
- The new year's floor and ceiling then apply through rules.base.contribution_base_of (国办发〔2019〕13号):
  one rule for this, the monthly base change and the payment computation.
- People insured here without wages in the file are listed, never guessed; people in the file who are not
  insured here are flagged and left out of the declaration.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import PersonStatus
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import ZERO, parse_amount
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.model import Policy
from ssclient.rules.base import contribution_base_of
from ssclient.rules.messages import finding
from ssclient.rules.person import check_wage_base

# The months a year's wages can cover.
MONTHS_IN_YEAR = 12
# Shown beside every partial-year average (see the module docstring): not from a document this program names.
PARTIAL_YEAR_ILLUSTRATIVE = True


class Cap(StrEnum):
    """Why a new base differs from the average wage: held up to the floor or down to the ceiling."""

    NONE = "none"
    FLOOR = "floor"
    CEILING = "ceiling"


class NotInsuredReason(StrEnum):
    """Why a person in the wages file gets no line."""

    NOT_ON_ROSTER = "not_on_roster"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True)
class AnnualWages:
    """One person's wages of last year as the file gives them: the total and the months worked (1–12)."""

    row: int
    id_number: str
    name: str
    total: Decimal
    months: int


@dataclass(frozen=True, slots=True)
class AnnualBaseLine:
    """One insured person's new base: the average wage, the base it gives, and the base they have now."""

    row: int | None
    id_number: str
    name: str
    total: Decimal | None
    months: int | None
    average: Decimal
    new_base: Decimal
    cap: Cap
    old_base: Decimal | None

    @property
    def change(self) -> Decimal:
        return self.new_base - (self.old_base if self.old_base is not None else ZERO)


@dataclass(frozen=True, slots=True)
class NotInsured:
    """Wages for someone who is not insured here now: flagged, left out of the declaration."""

    wages: AnnualWages
    reason: NotInsuredReason


@dataclass(frozen=True, slots=True)
class AnnualBasePlan:
    """The new bases of everyone insured here, effective from `effective` (the policy's first month)."""

    effective: Period
    policy_year: int
    lines: tuple[AnnualBaseLine, ...]
    without_wages: tuple[RosterEntry, ...] = ()
    not_insured: tuple[NotInsured, ...] = ()
    # Insured only after `effective`: the base declared when they joined stands for this year.
    joined_later: tuple[RosterEntry, ...] = ()
    # People with wages left out because another annual base document of the year declares them already.
    declared_elsewhere: int = 0

    @property
    def old_total(self) -> Decimal:
        return sum((line.old_base or ZERO for line in self.lines), ZERO)

    @property
    def new_total(self) -> Decimal:
        return sum((line.new_base for line in self.lines), ZERO)

    @property
    def average_total(self) -> Decimal:
        return sum((line.average for line in self.lines), ZERO)

    def capped(self, cap: Cap) -> int:
        return sum(1 for line in self.lines if line.cap is cap)


def average_monthly_wage(total: Decimal, months: int, policy: Policy) -> Decimal:
    """The year's total over the months worked, rounded by the policy's rule. ValueError for months
    outside 1–12 or a negative total (the import refuses both before this)."""
    if not 1 <= months <= MONTHS_IN_YEAR:
        raise ValueError(f"months worked must be 1–{MONTHS_IN_YEAR}, not {months}")
    if total < 0:
        raise ValueError("a wage total cannot be negative")
    return policy.round(total / months)


def new_base(average: Decimal, policy: Policy) -> tuple[Decimal, Cap]:
    """The base `average` gives under the new year's floor and ceiling, and which limit held it."""
    base = policy.round(contribution_base_of(average, policy))
    if average < policy.base_floor:
        return base, Cap.FLOOR
    if average > policy.base_ceiling:
        return base, Cap.CEILING
    return base, Cap.NONE


def plan_annual_base(
    wages: Iterable[AnnualWages], roster: Mapping[str, RosterEntry], policy: Policy
) -> AnnualBasePlan:
    """Every person insured here by the policy's first month who has wages gets a line (by name, then ID
    number); those without wages are listed apart, as are those who joined after that month; wages of
    people not insured here are flagged."""
    by_person = {normalize_id_number(w.id_number): w for w in wages}
    lines: list[AnnualBaseLine] = []
    without: list[RosterEntry] = []
    active, later = insured_from(roster, policy.starts)
    for entry in active:
        found = by_person.get(entry.id_number)
        if found is None:
            without.append(entry)
            continue
        average = average_monthly_wage(found.total, found.months, policy)
        base, cap = new_base(average, policy)
        lines.append(
            AnnualBaseLine(
                found.row, entry.id_number, entry.name, found.total, found.months, average, base, cap,
                entry.base,
            )
        )  # fmt: skip
    flagged = [
        NotInsured(w, NotInsuredReason.NOT_ON_ROSTER if e is None else NotInsuredReason.INTERRUPTED)
        for number, w in by_person.items()
        if (e := roster.get(number)) is None or e.status is not PersonStatus.ACTIVE
    ]
    return AnnualBasePlan(
        policy.starts, policy.year, tuple(lines), tuple(without), tuple(flagged), tuple(later)
    )


def insured_from(
    roster: Mapping[str, RosterEntry], effective: Period
) -> tuple[list[RosterEntry], list[RosterEntry]]:
    """The people insured here now, by name: (those insured by `effective`, who get a new base; those who
    joined after it, whose base declared on joining stands)."""
    active = sorted(
        (e for e in roster.values() if e.status is PersonStatus.ACTIVE), key=lambda e: (e.name, e.id_number)
    )
    return [e for e in active if e.since <= effective], [e for e in active if e.since > effective]


def declaration_lines(plan: AnnualBasePlan) -> list[DeclarationLine]:
    """The declaration's lines: the new base as the line's wage base, the average wage it came from."""
    return [
        DeclarationLine(
            id_number=line.id_number,
            name=line.name,
            wage_base=str(line.new_base),
            average_wage=str(line.average),
            effective_period=str(plan.effective),
            source_row=line.row,
        )
        for line in plan.lines
    ]


def lines_of_declaration(
    lines: Iterable[DeclarationLine], roster: Mapping[str, RosterEntry], policy: Policy
) -> list[AnnualBaseLine]:
    """A saved declaration's lines read back for the table (the file's total and months are not kept)."""
    shown: list[AnnualBaseLine] = []
    for line in lines:
        try:
            average = parse_amount(line.average_wage)
        except ValueError:
            continue  # the rules name the line; the table shows what can be read
        base, cap = new_base(average, policy)
        entry = roster.get(normalize_id_number(line.id_number))
        shown.append(
            AnnualBaseLine(
                line.source_row, line.id_number, line.name, None, None, average, base, cap,
                entry.base if entry is not None else None,
            )
        )  # fmt: skip
    return shown


def check_annual_base_line(line: DeclarationLine, policy: Policy) -> list[Finding]:
    """One declared line against the rule: its average wage an amount, its base the one that average gives
    under `policy`, effective from the policy's first month. Field paths are relative to the line."""
    average, findings = check_wage_base(line.average_wage, policy, "average_wage")
    expected = str(policy.starts)
    if line.effective_period.strip() != expected:
        findings.append(
            finding(
                "ANNUAL_BASE_EFFECTIVE", "effective_period", expected=expected, value=line.effective_period
            )
        )
    if average is None:
        return findings
    base, _ = new_base(policy.round(average), policy)
    try:
        declared = parse_amount(line.wage_base)
    except ValueError:
        declared = None
    if declared is None or declared != base:
        findings.append(
            finding(
                "ANNUAL_BASE_MISMATCH",
                "wage_base",
                expected=f"{base:.2f}",
                value=line.wage_base.strip()[:32],
                average=f"{average:.2f}",
            )
        )
    return findings
