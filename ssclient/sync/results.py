"""What the agency answers, as typed values: the client's side of the wire format of /api/v1.

Each type reads itself from the agency's JSON (`from_json`) and refuses an answer that does not have the
documented shape with `AgencyProtocolError` (a kind of AgencyError), never with a KeyError or TypeError.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Generic, TypeVar

from ssclient.domain.declaration import DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.policy.model import Policy, PolicyError
from ssclient.policy.serialize import policy_from_dict
from ssclient.rules.payment import ShareTotals

T = TypeVar("T")


class AgencyError(Exception):
    """The agency answered and refused: `status` is the HTTP status, `code` a stable reason such as
    ``USCC_TAKEN`` or ``REVOKE_WINDOW_CLOSED``, `message` a sentence for the user. `findings` holds the
    per-field problems when the agency gives them (registration and validation errors)."""

    def __init__(self, status: int, code: str, message: str, findings: Sequence[Finding] = ()) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.findings = tuple(findings)


class SessionExpired(AgencyError):
    """401 on a call that needs a session: the token is missing, wrong or expired; log in again."""


class AgencyProtocolError(AgencyError):
    """The answer does not have the documented shape (a wrong URL, a proxy page, another version)."""


class AgencyUnreachable(Exception):
    """No answer: the agency cannot be reached or took too long. `message` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- reading JSON defensively -----------------------------------------------------------------------------


def _bad(what: str) -> AgencyProtocolError:
    return AgencyProtocolError(200, "BAD_ANSWER", f"The agency's answer is not understood ({what}).")


def _obj(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise _bad(f"{what} is not an object")
    return data


def _get(data: Mapping[str, Any], key: str, kind: type[T]) -> T:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _bad(f"{key} is missing or not {kind.__name__}")
    return value


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _bad(f"{key} is not text")
    return value


def _decimal(data: Mapping[str, Any], key: str) -> Decimal:
    try:
        return Decimal(_get(data, key, str))
    except InvalidOperation as exc:
        raise _bad(f"{key} is not an amount") from exc


def _period(text: str | None, key: str) -> Period:
    try:
        return Period.parse(text or "")
    except ValueError as exc:
        raise _bad(f"{key} is not a period") from exc


def _opt_period(data: Mapping[str, Any], key: str) -> Period | None:
    text = _opt_str(data, key)
    return None if text is None else _period(text, key)


def _datetime(data: Mapping[str, Any], key: str) -> datetime:
    try:
        return datetime.fromisoformat(_get(data, key, str))
    except ValueError as exc:
        raise _bad(f"{key} is not a time") from exc


def _opt_datetime(data: Mapping[str, Any], key: str) -> datetime | None:
    return None if data.get(key) is None else _datetime(data, key)


def _date(data: Mapping[str, Any], key: str) -> date:
    try:
        return date.fromisoformat(_get(data, key, str))
    except ValueError as exc:
        raise _bad(f"{key} is not a date") from exc


def _enum(kind: type[T], data: Mapping[str, Any], key: str) -> T:
    try:
        return kind(_get(data, key, str))  # type: ignore[call-arg]
    except ValueError as exc:
        raise _bad(f"{key} has an unknown value") from exc


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    return _get(data, key, list)


def findings_from_json(items: Any) -> tuple[Finding, ...]:
    if not isinstance(items, list):
        raise _bad("findings is not a list")
    try:
        return tuple(Finding.from_dict(_obj(item, "finding")) for item in items)
    except (KeyError, ValueError, TypeError) as exc:
        raise _bad("a finding") from exc


# --- results ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Registration:
    """A unit registered: its unit code is the username for logging in."""

    unit_code: str
    must_change_password: bool

    @classmethod
    def from_json(cls, data: Any) -> Registration:
        data = _obj(data, "registration")
        return cls(_get(data, "unit_code", str), _get(data, "must_change_password", bool))


@dataclass(frozen=True, slots=True)
class LoginResult:
    """A session. While `must_change_password` is true only change_password and logout succeed."""

    unit_code: str
    token: str
    expires_at: datetime
    must_change_password: bool

    @classmethod
    def from_json(cls, data: Any) -> LoginResult:
        data = _obj(data, "login")
        return cls(
            _get(data, "unit_code", str),
            _get(data, "token", str),
            _datetime(data, "expires_at"),
            _get(data, "must_change_password", bool),
        )


def unit_from_json(data: Any) -> Unit:
    data = _obj(data, "unit")
    return Unit(
        unit_code=_get(data, "unit_code", str),
        name=_get(data, "name", str),
        uscc=_get(data, "uscc", str),
        tax_number=_get(data, "tax_number", str),
        contact=_get(data, "contact", str),
        phone=_get(data, "phone", str),
        industry_class=_get(data, "industry_class", int),
    )


@dataclass(frozen=True, slots=True)
class Calendar:
    """The declaration window as the agency sees it today (its clock, Beijing time).

    `days_left` counts today when the window is open (on the last day it is 1); `next_open` is the first
    day of the next window when it is closed, else None. The status bar says "open until the
    {closes_on.day}th, {days_left} days left" or "closed until {next_open}".
    """

    today: date
    period: Period
    window_open: bool
    first_day: int
    last_day: int
    closes_on: date | None
    days_left: int
    next_open: date | None

    @classmethod
    def from_json(cls, data: Any) -> Calendar:
        data = _obj(data, "calendar")
        return cls(
            today=_date(data, "today"),
            period=_period(_get(data, "period", str), "period"),
            window_open=_get(data, "window_open", bool),
            first_day=_get(data, "first_day", int),
            last_day=_get(data, "last_day", int),
            closes_on=None if data.get("closes_on") is None else _date(data, "closes_on"),
            days_left=_get(data, "days_left", int),
            next_open=None if data.get("next_open") is None else _date(data, "next_open"),
        )


@dataclass(frozen=True, slots=True)
class PolicyInfo:
    """The policy in force and today's calendar. `policy_json` is the raw policy, for caching."""

    policy: Policy
    calendar: Calendar
    policy_json: Mapping[str, Any]

    @classmethod
    def from_json(cls, data: Any) -> PolicyInfo:
        data = _obj(data, "policy answer")
        raw = _obj(data.get("policy"), "policy")
        try:
            policy = policy_from_dict(raw, "the agency's policy")
        except PolicyError as exc:
            raise _bad(str(exc)) from exc
        return cls(policy, Calendar.from_json(data.get("calendar")), raw)


@dataclass(frozen=True, slots=True)
class AgencyInfo:
    """Who answers: `training` is true for a training agency, which the client must show plainly."""

    name: str
    training: bool
    version: str

    @classmethod
    def from_json(cls, data: Any) -> AgencyInfo:
        data = _obj(data, "health")
        return cls(_get(data, "name", str), _get(data, "training", bool), _get(data, "version", str))


@dataclass(frozen=True, slots=True)
class SubmitResult:
    """The agency's review of one submission.

    `status` is APPROVED (with `serial_number`) or REJECTED (with `findings`, whose field paths such as
    ``lines[3].id_number`` / ``payments[7].employer_amount`` name the line). Warnings may come with an
    approval. `replayed` is true when this is the stored first answer to a key sent before.
    """

    declaration_id: int
    status: DeclarationStatus
    serial_number: str | None
    findings: tuple[Finding, ...]
    submitted_at: datetime
    idempotency_key: str
    replayed: bool = False

    @property
    def approved(self) -> bool:
        return self.status is DeclarationStatus.APPROVED

    @classmethod
    def from_json(cls, data: Any, replayed: bool = False) -> SubmitResult:
        data = _obj(data, "submission")
        return cls(
            declaration_id=_get(data, "id", int),
            status=_enum(DeclarationStatus, data, "status"),
            serial_number=_opt_str(data, "serial_number"),
            findings=findings_from_json(data.get("findings", [])),
            submitted_at=_datetime(data, "submitted_at"),
            idempotency_key=_get(data, "idempotency_key", str),
            replayed=replayed,
        )


@dataclass(frozen=True, slots=True)
class DeclarationSummary:
    """One row of the records query."""

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

    @classmethod
    def from_json(cls, data: Any) -> DeclarationSummary:
        data = _obj(data, "declaration")
        return cls(
            id=_get(data, "id", int),
            serial_number=_opt_str(data, "serial_number"),
            type=_enum(DeclarationType, data, "type"),
            period=_period(_get(data, "period", str), "period"),
            status=_enum(DeclarationStatus, data, "status"),
            submitted_at=_datetime(data, "submitted_at"),
            revoked_at=_opt_datetime(data, "revoked_at"),
            line_count=_get(data, "line_count", int),
            people=tuple(str(p) for p in _list(data, "people")),
            replaces_serial=_opt_str(data, "replaces_serial"),
            replaced_by_serial=_opt_str(data, "replaced_by_serial"),
            idempotency_key=_get(data, "idempotency_key", str),
        )


@dataclass(frozen=True, slots=True)
class DeclarationRecord:
    """One declaration in full: its lines (or payment lines), and the review's findings."""

    summary: DeclarationSummary
    lines: tuple[DeclarationLine, ...]
    payments: tuple[PaymentLine, ...]
    findings: tuple[Finding, ...]

    @classmethod
    def from_json(cls, data: Any) -> DeclarationRecord:
        data = _obj(data, "declaration")
        try:
            lines = tuple(DeclarationLine.from_dict(dict(_obj(x, "line"))) for x in _list(data, "lines"))
        except (KeyError, ValueError, TypeError) as exc:
            raise _bad("a line") from exc
        return cls(
            summary=DeclarationSummary.from_json(data),
            lines=lines,
            payments=tuple(payment_line_from_json(x) for x in _list(data, "payments")),
            findings=findings_from_json(data.get("findings", [])),
        )


def payment_line_to_json(line: PaymentLine) -> dict[str, Any]:
    return {
        "id_number": line.id_number,
        "name": line.name,
        "insurance": line.insurance.value,
        "period": str(line.period),
        "for_period": str(line.for_period) if line.for_period is not None else None,
        **({"wage": str(line.wage)} if line.wage is not None else {}),
        "base": str(line.base),
        "employer_amount": str(line.employer_amount),
        "employee_amount": str(line.employee_amount),
    }


def payment_line_from_json(data: Any) -> PaymentLine:
    data = _obj(data, "payment line")
    return PaymentLine(
        id_number=_get(data, "id_number", str),
        name=_get(data, "name", str),
        insurance=_enum(InsuranceType, data, "insurance"),
        period=_period(_get(data, "period", str), "period"),
        base=_decimal(data, "base"),
        employer_amount=_decimal(data, "employer_amount"),
        employee_amount=_decimal(data, "employee_amount"),
        for_period=_opt_period(data, "for_period"),
        wage=None if _opt_str(data, "wage") is None else _decimal(data, "wage"),
    )


def roster_entry_from_json(data: Any) -> RosterEntry:
    data = _obj(data, "roster entry")
    history = []
    for item in _list(data, "base_history"):
        item = _obj(item, "base history")
        history.append((_period(_get(item, "from", str), "from"), _decimal(item, "base")))
    insurances = _list(data, "insurances")
    try:
        kinds = tuple(InsuranceType(str(x)) for x in insurances)
    except ValueError as exc:
        raise _bad("insurances has an unknown value") from exc
    return RosterEntry(
        id_number=_get(data, "id_number", str),
        name=_get(data, "name", str),
        status=_enum(PersonStatus, data, "status"),
        base=_decimal(data, "base"),
        since=_period(_get(data, "since", str), "since"),
        hukou_type=_get(data, "hukou_type", str),
        insurances=kinds,
        interrupted_from=_opt_period(data, "interrupted_from"),
        base_history=tuple(history),
        # Absent from an agency older than these fields.
        womens_category=str(data.get("womens_category") or ""),
        migrant_insurance=str(data.get("migrant_insurance") or ""),
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
        data = _obj(data, "payment detail")
        return cls(
            period=_period(_get(data, "period", str), "period"),
            for_period=_period(_get(data, "for_period", str), "for_period"),
            id_number=_get(data, "id_number", str),
            name=_get(data, "name", str),
            insurance=_enum(InsuranceType, data, "insurance"),
            base=_decimal(data, "base"),
            employer_amount=_decimal(data, "employer_amount"),
            employee_amount=_decimal(data, "employee_amount"),
            serial_number=_get(data, "serial_number", str),
        )


def _share_totals(data: Any) -> ShareTotals:
    data = _obj(data, "totals")
    return ShareTotals(_decimal(data, "employer_amount"), _decimal(data, "employee_amount"))


@dataclass(frozen=True, slots=True)
class PaymentReport:
    """Payment details (one page of them) with totals per insurance type and overall (over all pages)."""

    items: tuple[PaymentDetail, ...]
    total_count: int
    by_insurance: Mapping[InsuranceType, ShareTotals]
    totals: ShareTotals

    @classmethod
    def from_json(cls, data: Any) -> PaymentReport:
        data = _obj(data, "payment report")
        by_insurance: dict[InsuranceType, ShareTotals] = {}
        for key, value in _obj(data.get("by_insurance"), "by_insurance").items():
            try:
                by_insurance[InsuranceType(key)] = _share_totals(value)
            except ValueError as exc:
                raise _bad("by_insurance has an unknown insurance") from exc
        return cls(
            items=tuple(PaymentDetail.from_json(x) for x in _list(data, "items")),
            total_count=_get(data, "total", int),
            by_insurance=by_insurance,
            totals=_share_totals(data.get("totals")),
        )


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a query: `total` counts every match, `items` holds at most `limit` from `offset`."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int


class DeclarationSort(StrEnum):
    """The columns the agency sorts declaration records by (its `sort` parameter)."""

    SERIAL_NUMBER = "serial_number"
    TYPE = "type"
    PERIOD = "period"
    STATUS = "status"
    SUBMITTED_AT = "submitted_at"


@dataclass(frozen=True, slots=True)
class DeclarationQuery:
    """Criteria of the records query; None means any. `person` matches an ID number exactly or a name
    exactly (after trimming). Results are newest first, or sorted by `sort` (ascending unless
    `descending`; ties by id in the same direction, so that pages never overlap or skip)."""

    period_from: Period | None = None
    period_to: Period | None = None
    type: DeclarationType | None = None
    status: DeclarationStatus | None = None
    person: str | None = None
    offset: int = 0
    limit: int = 100
    sort: DeclarationSort | None = None
    descending: bool = False

    def params(self) -> dict[str, str]:
        out: dict[str, str] = {"offset": str(self.offset), "limit": str(self.limit)}
        if self.period_from is not None:
            out["period_from"] = str(self.period_from)
        if self.period_to is not None:
            out["period_to"] = str(self.period_to)
        if self.type is not None:
            out["type"] = self.type.value
        if self.status is not None:
            out["status"] = self.status.value
        if self.person:
            out["person"] = self.person.strip()
        if self.sort is not None:
            out["sort"] = self.sort.value
            out["descending"] = "true" if self.descending else "false"
        return out
