"""The payment declaration (费款申报): what each insured person's contributions come to in a period.

The client computes it to show the accountant and to declare; the agency computes it again from its own
roster and rejects any declared line that differs. Both sides call the same functions here, so a
difference means the data differ, never the arithmetic.

Each line is one person × one insurance type × one month: base × rate for the employer and for the
employee, each rounded by the policy's rule at the end of the line (never summed first and rounded later),
plus the fixed monthly amount the policy adds to that insurance type, if any (a city's 大额医疗 charge).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass
from decimal import Decimal

from ssclient.domain.declaration import MAX_PAYMENT_LINES, Declaration, PaymentLine
from ssclient.domain.enums import DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from ssclient.rules.base import contribution_base_of
from ssclient.rules.context import RuleContext
from ssclient.rules.declaration import check_window
from ssclient.rules.messages import INSURANCE_NAMES, SHARE_NAMES, finding
from ssclient.rules.payment_totals import INSURANCE_ORDER
from ssclient.rules.person import parse_hukou
from ssclient.rules.unit import check_industry_class


@dataclass(frozen=True, slots=True)
class BackPayRequest:
    """A renewal's back payment (补缴): `months` months before the period, for one insurance type."""

    id_number: str
    insurance: InsuranceType
    months: int


def month_of(line: PaymentLine) -> Period:
    """The month a line pays for: its `for_period` when it is a back payment, else its period."""
    return line.for_period or line.period


def insured_in(entry: RosterEntry, period: Period) -> bool:
    """Whether the person owes contributions for `period`: insured from `since` until the interruption.

    An interrupted person still owes for the months before `interrupted_from`; one marked interrupted with
    no such month recorded owes nothing.
    """
    if period < entry.since:
        return False
    if entry.interrupted_from is not None:
        return period < entry.interrupted_from
    return entry.status is PersonStatus.ACTIVE


def contribution_base(entry: RosterEntry, month: Period, policy: Policy) -> Decimal:
    """The base a month's contribution is computed on, held inside the policy's floor and ceiling.

    A back payment for a month before the current insured spell (a renewal's gap) uses the base the spell
    started with; inside the spell, the base in force in that month (a base change applies to whole months).
    """
    return contribution_base_of(entry.base_on(max(month, entry.since)), policy)


def compute_payments(
    roster: Iterable[RosterEntry],
    policy: Policy | PolicyHistory,
    period: Period,
    *,
    industry_class: int = 1,
    backpay: Iterable[BackPayRequest] = (),
) -> list[PaymentLine]:
    """Every line the unit owes for `period`: each insured person's insurance types, then back payments.

    `industry_class` (1–8) sets the employer's work-injury rate; another class raises ValueError
    (check_industry_class says so to a user first). Back payments are for people insured in `period` and
    for insurance types they have; the limits on months are the renewal rules' business. Given a
    PolicyHistory, each month (a back payment's too) is computed with the table in force in that month.
    """
    rates = _RatesByMonth(policy, industry_class)
    current = rates.of(period)  # looked up once: every person's own lines are for this month
    wanted = _backpay_by_person(backpay)
    lines: list[PaymentLine] = []
    for entry in roster:
        if not insured_in(entry, period):
            continue
        current.add_lines(lines, entry, entry.insurances, period, period)
        if not wanted:
            continue
        for insurance, months in wanted.get(normalize_id_number(entry.id_number), ()):
            if insurance not in entry.insurances:
                continue
            for back in range(months, 0, -1):
                month = period.add_months(-back)
                rates.of(month).add_lines(lines, entry, (insurance,), period, month)
    return lines


def roster_backpay(roster: Iterable[RosterEntry], period: Period) -> list[BackPayRequest]:
    """The back payments the period's adds and renewals asked for, read from the roster as the agency's
    review reads its own (each person's last add or renewal: `renewed_in`, `backpay`)."""
    return [
        BackPayRequest(entry.id_number, insurance, months)
        for entry in roster
        if entry.backpay and entry.renewed_in == period
        for insurance, months in entry.backpay
    ]


def backpay_requests(declarations: Iterable[Declaration]) -> list[BackPayRequest]:
    """The back payments asked for by renewals and by adds of people hired before the declaration's month
    (the caller passes the approved ones)."""
    requests = []
    for declaration in declarations:
        if declaration.type not in (DeclarationType.ADD, DeclarationType.RENEWAL):
            continue
        for line in declaration.lines:
            for insurance, months in line.backpay.items():
                if months > 0:
                    requests.append(BackPayRequest(normalize_id_number(line.id_number), insurance, months))
    return requests


def check_payment_declaration(
    declaration: Declaration,
    ctx: RuleContext,
    *,
    industry_class: int = 1,
    backpay: Iterable[BackPayRequest] = (),
    history: PolicyHistory | None = None,
) -> list[Finding]:
    """The client's Check of a payment declaration: the window when declaring, lines present, and when the
    roster is known every line against the computation the agency will make (`backpay`: the period's
    approved renewals' back payments, see `backpay_requests`)."""
    findings = check_window(declaration.period, ctx) if ctx.declaring else []
    if not declaration.payments:
        return [*findings, finding("DECLARATION_EMPTY", "payments")]
    if too_large := check_payment_size(declaration.payments):
        return [*findings, *too_large]
    class_problems = check_industry_class(industry_class)
    if class_problems:
        return [*findings, *class_problems]
    if ctx.roster is not None:
        expected = compute_payments(
            ctx.roster.values(),
            history or ctx.policy,
            declaration.period,
            industry_class=industry_class,
            backpay=backpay,
        )
        findings += check_payment(declaration.payments, expected)
    return findings


def check_payment_size(lines: Sized) -> list[Finding]:
    """More lines than one payment declaration holds: the agency would refuse it."""
    if len(lines) <= MAX_PAYMENT_LINES:
        return []
    return [
        finding("PAYMENT_TOO_LARGE", "payments", count=f"{len(lines):,}", maximum=f"{MAX_PAYMENT_LINES:,}")
    ]


def check_payment(declared: Sequence[PaymentLine], expected: Sequence[PaymentLine]) -> list[Finding]:
    """Compare declared lines with the computed ones; each difference names the line and the amount.

    Lines are matched by person, insurance type and month, not by position. A declared line with nothing
    to match is unexpected; a computed line nobody declared is missing.
    """
    wanted = {_key(line): line for line in expected}
    seen: dict[tuple[str, InsuranceType, Period], int] = {}
    findings: list[Finding] = []
    for index, line in enumerate(declared):
        prefix = f"payments[{index}]"
        key = _key(line)
        if key in seen:
            findings.append(finding("PAYMENT_DUPLICATE", f"{prefix}.insurance", line=seen[key] + 1))
            continue
        seen[key] = index
        target = wanted.get(key)
        if target is None:
            findings.append(
                finding(
                    "PAYMENT_UNEXPECTED",
                    f"{prefix}.insurance",
                    insurance=INSURANCE_NAMES[line.insurance.value],
                    period=key[2],
                    id_number=key[0],
                )
            )
            continue
        findings += _compare_line(line, target, prefix)
    first_line_of = _first_line_per_person(declared)
    for key, line in wanted.items():
        if key not in seen:
            findings.append(_missing(line, key, first_line_of.get(key[0])))
    return findings


class _RatesByMonth:
    """The rates of the table in force in each month: one table, or a pooling area's history."""

    def __init__(self, policy: Policy | PolicyHistory, industry_class: int) -> None:
        self._history = policy if isinstance(policy, PolicyHistory) else PolicyHistory((policy,))
        self._industry_class = industry_class
        self._by_table: dict[int, _Rates] = {}
        self._by_month: dict[Period, _Rates] = {}

    def of(self, month: Period) -> _Rates:
        found = self._by_month.get(month)
        if found is None:
            table = self._history.in_force(month)
            found = self._by_table.get(id(table))
            if found is None:
                found = self._by_table[id(table)] = _Rates(table, self._industry_class)
            self._by_month[month] = found
        return found


class _Rates:
    """The policy's rates for one unit, looked up once rather than per line."""

    def __init__(self, policy: Policy, industry_class: int) -> None:
        self._policy = policy
        self._rates = {
            insurance: (policy[insurance].employer_rate_for(industry_class), policy[insurance].employee_rate)
            for insurance in INSURANCE_ORDER
        }
        self._quantum, self._mode = policy.rounding_quantum, policy.rounding_mode
        # Rural contract workers' own employee rates, where the policy sets them apart.
        self._rural = {
            insurance: (self._rates[insurance][0], rate)
            for insurance in INSURANCE_ORDER
            if (rate := policy[insurance].rural_employee_rate) is not None
        }
        # Fixed amounts per person and month (a city's major-illness charge), added after rounding.
        self._fixed = {
            insurance: (charge.employer, charge.employee)
            for insurance, charge in policy.fixed_charges().items()
        }

    def add_lines(
        self,
        lines: list[PaymentLine],
        entry: RosterEntry,
        insurances: tuple[InsuranceType, ...],
        period: Period,
        month: Period,
    ) -> None:
        """Append the person's lines for `month` of the `insurances` they have, in the usual order. This
        runs for every person of a unit (400,000 lines for 100,000 people): what a person's lines share
        (the wage, the base, rural or not) is worked out once, and the rounding is called directly."""
        since = entry.since
        wage = entry.base_on(month if month > since else since)
        base = contribution_base_of(wage, self._policy)
        rural = bool(self._rural) and _is_rural(entry.hukou_type)
        for_period = None if month == period else month
        quantum, mode, fixed = self._quantum, self._mode, self._fixed
        for insurance in INSURANCE_ORDER:
            if insurance not in insurances:
                continue
            employer_rate, employee_rate = (
                self._rural[insurance] if rural and insurance in self._rural else self._rates[insurance]
            )
            # As Policy.round: the policy's quantum and rounding mode.
            employer = (base * employer_rate).quantize(quantum, rounding=mode)
            employee = (base * employee_rate).quantize(quantum, rounding=mode)
            if fixed and insurance in fixed:
                employer_fixed, employee_fixed = fixed[insurance]
                employer, employee = employer + employer_fixed, employee + employee_fixed
            lines.append(
                PaymentLine(
                    id_number=entry.id_number,
                    name=entry.name,
                    insurance=insurance,
                    period=period,
                    base=base,
                    employer_amount=employer,
                    employee_amount=employee,
                    for_period=for_period,
                    wage=wage,
                )
            )


def _is_rural(hukou_type: str) -> bool:
    hukou = parse_hukou(hukou_type)
    return hukou is not None and hukou.is_rural


def _backpay_by_person(requests: Iterable[BackPayRequest]) -> dict[str, list[tuple[InsuranceType, int]]]:
    """Requests by ID number, one per insurance type (the largest asked), in the usual insurance order."""
    months: dict[str, dict[InsuranceType, int]] = {}
    for request in requests:
        if request.months > 0:
            person = months.setdefault(normalize_id_number(request.id_number), {})
            person[request.insurance] = max(person.get(request.insurance, 0), request.months)
    return {
        number: [(insurance, asked[insurance]) for insurance in INSURANCE_ORDER if insurance in asked]
        for number, asked in months.items()
    }


def _key(line: PaymentLine) -> tuple[str, InsuranceType, Period]:
    return normalize_id_number(line.id_number), line.insurance, month_of(line)


def _compare_line(line: PaymentLine, target: PaymentLine, prefix: str) -> list[Finding]:
    findings = []
    insurance = INSURANCE_NAMES[line.insurance.value]
    month = month_of(target)
    if _valid_amount(line.base) and line.base != target.base:
        findings.append(
            finding(
                "PAYMENT_BASE_MISMATCH",
                f"{prefix}.base",
                insurance=insurance,
                period=month,
                expected=_show(target.base),
                value=_show(line.base),
            )
        )
    for share in ("employer", "employee"):
        value: Decimal = getattr(line, f"{share}_amount")
        right: Decimal = getattr(target, f"{share}_amount")
        field = f"{prefix}.{share}_amount"
        if not _valid_amount(value):
            findings.append(finding("AMOUNT_INVALID", field, value=str(value)))
        elif value != right:
            findings.append(
                finding(
                    "PAYMENT_MISMATCH",
                    field,
                    share=SHARE_NAMES[share],
                    insurance=insurance,
                    period=month,
                    expected=_show(right),
                    value=_show(value),
                )
            )
    if not _valid_amount(line.base):
        findings.append(finding("AMOUNT_INVALID", f"{prefix}.base", value=str(line.base)))
    return findings


def _missing(line: PaymentLine, key: tuple[str, InsuranceType, Period], person_line: int | None) -> Finding:
    # Beside the person's other lines when they have some; on the declaration as a whole otherwise.
    field = "payments" if person_line is None else f"payments[{person_line}].id_number"
    return finding(
        "PAYMENT_MISSING",
        field,
        insurance=INSURANCE_NAMES[line.insurance.value],
        name=line.name,
        id_number=key[0],
        period=key[2],
        amount=_show(line.total),
    )


def _first_line_per_person(declared: Sequence[PaymentLine]) -> dict[str, int]:
    first: dict[str, int] = {}
    for index, line in enumerate(declared):
        first.setdefault(normalize_id_number(line.id_number), index)
    return first


def _valid_amount(value: Decimal) -> bool:
    return isinstance(value, Decimal) and value.is_finite() and value >= 0


def _show(value: Decimal) -> str:
    """Two decimals as amounts are written, unless that would hide what was actually declared."""
    shown = f"{value:.2f}"
    return shown if Decimal(shown) == value else str(value)
