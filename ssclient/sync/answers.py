"""What the agency answers, as typed values: the client's side of the wire format of /api/v1. Each type
reads itself from the agency's JSON (`from_json`) through `ssclient.sync.decoding`, which refuses an answer
that does not have the documented shape with AgencyProtocolError."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from ssclient.domain.declaration import DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.permissions import ALL_PERMISSIONS, Permission, permissions_from_wire
from ssclient.domain.roster import RosterEntry
from ssclient.policy.model import Policy, PolicyError
from ssclient.policy.serialize import policy_from_dict
from ssclient.policy.window import WindowState
from ssclient.rules.payment_totals import ShareTotals
from ssclient.sync import decoding as d

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Registration:
    """A unit registered: its unit code is the username for logging in."""

    unit_code: str
    must_change_password: bool

    @classmethod
    def from_json(cls, data: Any) -> Registration:
        data = d.obj(data, "registration")
        return cls(d.get(data, "unit_code", str), d.get(data, "must_change_password", bool))


@dataclass(frozen=True, slots=True)
class LoginResult:
    """A session. While `must_change_password` is true only change_password and logout succeed."""

    unit_code: str
    token: str
    expires_at: datetime
    must_change_password: bool
    # The operator who logged in ("" for the unit's administrator, who holds every permission).
    operator: str = ""
    permissions: frozenset[Permission] = ALL_PERMISSIONS

    @classmethod
    def from_json(cls, data: Any) -> LoginResult:
        data = d.obj(data, "login")
        return cls(
            d.get(data, "unit_code", str),
            d.get(data, "token", str),
            d.moment(data, "expires_at"),
            d.get(data, "must_change_password", bool),
            d.opt_str(data, "operator") or "",
            permissions_from_wire(map(str, d.items(data, "permissions")))
            if "permissions" in data
            else ALL_PERMISSIONS,
        )


@dataclass(frozen=True, slots=True)
class PolicyInfo:
    """The policy in force and today's window (`calendar`, the agency's clock: the status bar says "open
    until the {closes_on.day}th, {days_left} days left" or "closed until {next_open}"). `policy_json` is
    the raw policy, for caching."""

    policy: Policy
    calendar: WindowState
    policy_json: Mapping[str, Any]

    @classmethod
    def from_json(cls, data: Any) -> PolicyInfo:
        data = d.obj(data, "policy answer")
        raw = d.obj(data.get("policy"), "policy")
        try:
            policy = policy_from_dict(raw, "the agency's policy")
        except PolicyError as exc:
            raise d.bad(str(exc)) from exc
        return cls(policy, d.window_state_from_json(data.get("calendar")), raw)


@dataclass(frozen=True, slots=True)
class AgencyInfo:
    """Who answers: `training` is true for a training agency, which the client must show plainly."""

    name: str
    training: bool
    version: str

    @classmethod
    def from_json(cls, data: Any) -> AgencyInfo:
        data = d.obj(data, "health")
        return cls(d.get(data, "name", str), d.get(data, "training", bool), d.get(data, "version", str))


@dataclass(frozen=True, slots=True)
class RecordSummary:
    """One row of the agency's records query (a declaration record as the agency keeps it)."""

    id: int
    serial_number: str | None
    type: DeclarationType
    period: Period
    status: DeclarationStatus
    submitted_at: datetime
    revoked_at: datetime | None
    line_count: int
    # The first few people on it ("张三, 李四 and 8 more" in a list).
    people: tuple[str, ...]
    replaces_serial: str | None
    replaced_by_serial: str | None
    idempotency_key: str
    # The operator's log-in name who submitted it; "" for the unit's administrator.
    submitted_by: str = ""

    @classmethod
    def from_json(cls, data: Any) -> RecordSummary:
        data = d.obj(data, "declaration")
        return cls(
            id=d.get(data, "id", int),
            serial_number=d.opt_str(data, "serial_number"),
            type=d.enum(DeclarationType, data, "type"),
            period=d.period(data, "period"),
            status=d.enum(DeclarationStatus, data, "status"),
            submitted_at=d.moment(data, "submitted_at"),
            revoked_at=d.opt_moment(data, "revoked_at"),
            line_count=d.get(data, "line_count", int),
            people=tuple(str(p) for p in d.items(data, "people")),
            replaces_serial=d.opt_str(data, "replaces_serial"),
            replaced_by_serial=d.opt_str(data, "replaced_by_serial"),
            idempotency_key=d.get(data, "idempotency_key", str),
            submitted_by=d.opt_str(data, "submitted_by") or "",
        )


@dataclass(frozen=True, slots=True)
class DeclarationRecord:
    """One declaration record in full: its lines (or payment lines), and the review's findings."""

    summary: RecordSummary
    lines: tuple[DeclarationLine, ...]
    payments: tuple[PaymentLine, ...]
    findings: tuple[Finding, ...]

    @classmethod
    def from_json(cls, data: Any) -> DeclarationRecord:
        data = d.obj(data, "declaration")
        try:
            lines = tuple(DeclarationLine.from_dict(dict(d.obj(x, "line"))) for x in d.items(data, "lines"))
        except (KeyError, ValueError, TypeError) as exc:
            raise d.bad("a line") from exc
        return cls(
            summary=RecordSummary.from_json(data),
            lines=lines,
            payments=tuple(d.payment_line_from_json(x) for x in d.items(data, "payments")),
            findings=d.findings_from_json(data.get("findings", [])),
        )


@dataclass(frozen=True, slots=True)
class PaymentDetail:
    """One person's amounts for one insurance type in one period, from an approved payment declaration."""

    period: Period
    for_period: Period
    id_number: str
    name: str
    insurance: InsuranceType
    base: Decimal
    employer_amount: Decimal
    employee_amount: Decimal
    serial_number: str

    @property
    def total(self) -> Decimal:
        return self.employer_amount + self.employee_amount

    @classmethod
    def from_json(cls, data: Any) -> PaymentDetail:
        data = d.obj(data, "payment detail")
        return cls(
            period=d.period(data, "period"),
            for_period=d.period(data, "for_period"),
            id_number=d.get(data, "id_number", str),
            name=d.get(data, "name", str),
            insurance=d.enum(InsuranceType, data, "insurance"),
            base=d.amount(data, "base"),
            employer_amount=d.amount(data, "employer_amount"),
            employee_amount=d.amount(data, "employee_amount"),
            serial_number=d.get(data, "serial_number", str),
        )


def _share_totals(data: Any) -> ShareTotals:
    data = d.obj(data, "totals")
    return ShareTotals(d.amount(data, "employer_amount"), d.amount(data, "employee_amount"))


@dataclass(frozen=True, slots=True)
class PaymentReport:
    """Payment details (one page of them) with totals per insurance type and overall (over all pages)."""

    items: tuple[PaymentDetail, ...]
    total_count: int
    by_insurance: Mapping[InsuranceType, ShareTotals]
    totals: ShareTotals

    @classmethod
    def from_json(cls, data: Any) -> PaymentReport:
        data = d.obj(data, "payment report")
        by_insurance: dict[InsuranceType, ShareTotals] = {}
        for key, value in d.obj(data.get("by_insurance"), "by_insurance").items():
            try:
                by_insurance[InsuranceType(key)] = _share_totals(value)
            except ValueError as exc:
                raise d.bad("by_insurance has an unknown insurance") from exc
        return cls(
            items=tuple(PaymentDetail.from_json(x) for x in d.items(data, "items")),
            total_count=d.get(data, "total", int),
            by_insurance=by_insurance,
            totals=_share_totals(data.get("totals")),
        )


@dataclass(frozen=True, slots=True)
class RosterAnswer:
    """The unit's roster (`entries`, by ID number) and its `tag`, which names this state of it ("" when the
    agency gives none); `entries` is None when the roster is still the one of the tag the client sent."""

    entries: list[RosterEntry] | None
    tag: str

    @property
    def unchanged(self) -> bool:
        return self.entries is None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a query: `total` counts every match, `items` holds at most `limit` from `offset`."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int
