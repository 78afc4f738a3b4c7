"""The wire format of /api/v1: strict request models and the answers' models (documented in OpenAPI).

Requests are strict: no coercion (`false` is not `0`, `"12"` is not `12`), no unknown fields, every text
bounded. Amounts travel as decimal strings, periods as "YYYY-MM".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticSerializationError

from ssclient.domain.findings import Finding

# Bounds: one declaration holds at most this many personnel lines / payment lines.
MAX_LINES = 2000
MAX_PAYMENT_LINES = 50_000
# The largest body the agency reads (a payment declaration for ~10,000 people fits).
MAX_BODY_BYTES = 16 * 1024 * 1024

# Periods of this millennium: far enough from Period's limits that back payment and look-ahead stay inside.
PERIOD_PATTERN = r"^2[0-9]{3}-(0[1-9]|1[0-2])$"
AMOUNT_PATTERN = r"^-?[0-9]{1,13}(\.[0-9]{1,6})?$"
KEY_PATTERN = r"^[A-Za-z0-9._:\-]{8,128}$"

DeclarationTypeName = Literal["add", "renewal", "interruption", "base_change", "payment"]
InsuranceName = Literal["pension", "medical", "unemployment", "work_injury"]
StatusName = Literal["approved", "rejected", "revoked"]
# The columns the records query sorts by (ties by id, in the same direction).
DeclarationSortName = Literal["serial_number", "type", "period", "status", "submitted_at"]
Period = Annotated[str, Field(pattern=PERIOD_PATTERN, examples=["2026-11"])]
Amount = Annotated[str, Field(pattern=AMOUNT_PATTERN, examples=["6500.00"])]


def _text(limit: int) -> Any:
    return Field(default="", max_length=limit)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# JSON may escape half of a surrogate pair ("\udcff"): that is no text, and no database can store it.
_NOT_TEXT = "contains an invalid character (a lone UTF-16 surrogate)"


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class _StrictText(_Strict):
    """Small models: every text field checked on its own."""

    @field_validator("*", mode="after")
    @classmethod
    def _unicode_text(cls, value: Any) -> Any:
        if isinstance(value, str) and _LONE_SURROGATE.search(value):
            raise ValueError(_NOT_TEXT)
        return value


# --- requests ---------------------------------------------------------------------------------------------


class RegisterIn(_StrictText):
    name: str = Field(max_length=200)
    uscc: str = Field(max_length=40)
    tax_number: str = Field(max_length=40)
    contact: str = Field(max_length=50)
    phone: str = _text(30)
    password: str = Field(max_length=128)
    # The work-injury industry class (1–8) the unit declares at registration; the rules refuse others.
    industry_class: int = 1


class LoginIn(_StrictText):
    unit_code: str = Field(max_length=20)
    password: str = Field(max_length=128)


class PasswordChangeIn(_StrictText):
    old_password: str = Field(max_length=128)
    new_password: str = Field(max_length=128)


class ProfileUpdateIn(_StrictText):
    name: str | None = Field(default=None, max_length=200)
    contact: str | None = Field(default=None, max_length=50)
    phone: str | None = Field(default=None, max_length=30)


class LineIn(_Strict):
    """A personnel line as the user typed it (the rulebook judges the text); see DeclarationLine."""

    id_number: str = _text(40)
    name: str = _text(60)
    hukou_type: str = _text(10)
    wage_base: str = _text(32)
    migrant_worker: str = _text(10)
    migrant_insurance: str = _text(10)
    province: str = _text(40)
    city: str = _text(40)
    county: str = _text(40)
    reason: str = _text(100)
    backpay: dict[InsuranceName, Annotated[int, Field(ge=0, le=120)]] = Field(default_factory=dict)
    effective_period: str = _text(20)
    id_type: str = _text(20)
    nationality: str = _text(60)
    womens_category: str = _text(10)


class PaymentIn(_Strict):
    id_number: str = Field(max_length=40)
    name: str = Field(max_length=60)
    insurance: InsuranceName
    period: Period
    for_period: Period | None = None
    base: Amount
    employer_amount: Amount
    employee_amount: Amount
    # The declared wage the base was derived from (capped to the policy's limits); not checked.
    wage: Amount | None = None


class DeclarationIn(_Strict):
    type: DeclarationTypeName
    period: Period
    lines: list[LineIn] = Field(default_factory=list, max_length=MAX_LINES)
    payments: list[PaymentIn] = Field(default_factory=list, max_length=MAX_PAYMENT_LINES)
    # Revise = cancel-and-replace: the serial number of the approved record this one replaces.
    replaces_serial: str | None = Field(default=None, max_length=32)

    @model_validator(mode="after")
    def _unicode_text(self) -> DeclarationIn:
        # One pass over the whole declaration (its JSON form cannot be made from a lone surrogate) instead of
        # a validator call per field of thousands of lines; the field is looked for only when one is found.
        try:
            self.__pydantic_serializer__.to_json(self)
        except PydanticSerializationError:
            raise ValueError(f"{_first_bad_text(self.model_dump())} {_NOT_TEXT}") from None
        return self


def _first_bad_text(value: Any, path: str = "") -> str:
    """The path of the first text with a lone surrogate in a dumped model (``lines[3].name``)."""
    if isinstance(value, str):
        return path if _LONE_SURROGATE.search(value) else ""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        inner = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else str(key)
        found = (inner if isinstance(key, str) and _LONE_SURROGATE.search(key) else "") or _first_bad_text(
            item, inner
        )
        if found:
            return found
    return ""


# --- answers ----------------------------------------------------------------------------------------------


class FindingOut(BaseModel):
    code: str
    severity: Literal["error", "warning", "info"]
    field: str
    message: str
    params: dict[str, str] = Field(default_factory=dict)

    @classmethod
    def of(cls, item: Finding) -> FindingOut:
        return cls(
            code=item.code,
            severity=item.severity.value,
            field=item.field,
            message=item.message,
            params=dict(item.params),
        )


class ErrorOut(BaseModel):
    code: str = Field(examples=["USCC_TAKEN"])
    message: str
    findings: list[FindingOut] = Field(default_factory=list)


class HealthOut(BaseModel):
    status: Literal["ok"]
    name: str
    training: bool
    version: str


class RegistrationOut(BaseModel):
    unit_code: str
    must_change_password: bool


class LoginOut(BaseModel):
    unit_code: str
    token: str
    expires_at: datetime
    must_change_password: bool


class UnitOut(BaseModel):
    unit_code: str
    name: str
    uscc: str
    tax_number: str
    contact: str
    phone: str
    industry_class: int


class CalendarOut(BaseModel):
    today: date
    period: str
    window_open: bool
    first_day: int
    last_day: int
    closes_on: date | None
    days_left: int
    next_open: date | None


class PolicyOut(BaseModel):
    policy: dict[str, Any] = Field(description="The policy, shaped like the policy TOML files.")
    calendar: CalendarOut


class SubmissionOut(BaseModel):
    """The review's answer to a submission: approved or rejected (a later revocation shows on the record)."""

    id: int
    status: Literal["approved", "rejected"]
    serial_number: str | None
    findings: list[FindingOut]
    submitted_at: datetime
    idempotency_key: str


class DeclarationSummaryOut(BaseModel):
    id: int
    serial_number: str | None
    type: DeclarationTypeName
    period: str
    status: StatusName
    submitted_at: datetime
    revoked_at: datetime | None
    line_count: int
    people: list[str]
    replaces_serial: str | None
    replaced_by_serial: str | None
    idempotency_key: str


class LineOut(BaseModel):
    id_number: str
    name: str
    hukou_type: str
    wage_base: str
    migrant_worker: str
    migrant_insurance: str
    province: str
    city: str
    county: str
    reason: str
    backpay: dict[str, int]
    effective_period: str
    # Absent from records declared before these fields existed.
    id_type: str = ""
    nationality: str = ""
    womens_category: str = ""


class PaymentLineOut(BaseModel):
    id_number: str
    name: str
    insurance: InsuranceName
    period: str
    for_period: str | None
    base: str
    employer_amount: str
    employee_amount: str
    wage: str | None = None


class DeclarationOut(DeclarationSummaryOut):
    lines: list[LineOut]
    payments: list[PaymentLineOut]
    findings: list[FindingOut]


class DeclarationPageOut(BaseModel):
    items: list[DeclarationSummaryOut]
    total: int
    offset: int
    limit: int


class BaseHistoryOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from")
    base: str


class RosterEntryOut(BaseModel):
    id_number: str
    name: str
    status: Literal["active", "interrupted"]
    base: str
    since: str
    hukou_type: str
    insurances: list[InsuranceName]
    interrupted_from: str | None
    base_history: list[BaseHistoryOut]
    backpay: dict[str, int]
    renewed_in: str | None
    womens_category: str = ""
    migrant_insurance: str = ""


class RosterOut(BaseModel):
    items: list[RosterEntryOut]
    total: int


class PaymentDetailOut(BaseModel):
    period: str
    for_period: str
    id_number: str
    name: str
    insurance: InsuranceName
    base: str
    employer_amount: str
    employee_amount: str
    total: str
    serial_number: str


class ShareTotalsOut(BaseModel):
    employer_amount: str
    employee_amount: str
    total: str


class PaymentReportOut(BaseModel):
    items: list[PaymentDetailOut]
    total: int
    offset: int
    limit: int
    by_insurance: dict[str, ShareTotalsOut]
    totals: ShareTotalsOut
