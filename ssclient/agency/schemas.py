"""The wire format of /api/v1: strict request models and the answers' models (documented in OpenAPI).

Requests are strict: no coercion (`false` is not `0`, `"12"` is not `12`), no unknown fields, every text
bounded. Amounts travel as decimal strings, periods as "YYYY-MM".
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticSerializationError

from ssclient.domain.declaration import MAX_PAYMENT_LINES, MAX_PERSONNEL_LINES
from ssclient.domain.findings import Finding

# Bounds: one declaration holds at most this many personnel lines / payment lines (the client's rulebook
# knows them too).
MAX_LINES = MAX_PERSONNEL_LINES
# The largest body the agency reads (a payment declaration for ~10,000 people fits).
MAX_BODY_BYTES = 16 * 1024 * 1024

# Periods of this millennium: far enough from Period's limits that back payment and look-ahead stay inside.
PERIOD_PATTERN = r"^2[0-9]{3}-(0[1-9]|1[0-2])$"
AMOUNT_PATTERN = r"^-?[0-9]{1,13}(\.[0-9]{1,6})?$"
KEY_PATTERN = r"^[A-Za-z0-9._:\-]{8,128}$"
# Text may hold anything but NUL (no database keeps it in text, and no form can type it); required texts
# also hold something other than spaces.
TEXT_PATTERN = r"^[^\x00]*$"
FILLED_PATTERN = r"^[^\x00]*[^\x00\s][^\x00]*$"
# Ids are 32-bit integers in every database the agency runs on.
MAX_ID = 2**31 - 1

DeclarationTypeName = Literal[
    "add", "renewal", "interruption", "base_change", "payment", "annual_base", "info_change"
]
InsuranceName = Literal["pension", "medical", "unemployment", "work_injury"]
StatusName = Literal["approved", "rejected", "revoked"]
# The columns the records query sorts by (ties by id, in the same direction).
DeclarationSortName = Literal["serial_number", "type", "period", "status", "submitted_at"]
Period = Annotated[str, Field(pattern=PERIOD_PATTERN, examples=["2026-11"])]
Amount = Annotated[str, Field(pattern=AMOUNT_PATTERN, examples=["6500.00"])]


def _text(limit: int) -> Any:
    """A text of a declaration line: NUL is refused by DeclarationIn's one pass over the whole body."""
    return Field(default="", max_length=limit, json_schema_extra={"pattern": TEXT_PATTERN})


def _filled(limit: int, default: Any = ...) -> Any:
    """A required text: documented as not blank; a blank one is refused by the rule that names the field
    (UNIT_NAME_REQUIRED...), a NUL by _StrictText."""
    return Field(default, max_length=limit, json_schema_extra={"pattern": FILLED_PATTERN})


def _any_text(limit: int, default: Any = ...) -> Any:
    return Field(default, max_length=limit, json_schema_extra={"pattern": TEXT_PATTERN})


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# JSON may escape half of a surrogate pair ("\udcff"): that is no text, and no database can store it.
_NOT_TEXT = "contains an invalid character (a lone UTF-16 surrogate)"
_NUL = re.compile("\x00")
_NUL_TEXT = "contains a NUL character"


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class _StrictText(_Strict):
    """Small models: every text field checked on its own."""

    @field_validator("*", mode="after")
    @classmethod
    def _unicode_text(cls, value: Any) -> Any:
        if isinstance(value, str) and _LONE_SURROGATE.search(value):
            raise ValueError(_NOT_TEXT)
        if isinstance(value, str) and "\x00" in value:
            raise ValueError(_NUL_TEXT)
        return value


def _whole_number(value: Any) -> Any:
    """JSON has one number type: 18.0 is the integer 18 (JSON Schema says so too), 18.5 is no integer."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# Months of back payment: an integer, never a string or true.
Months = Annotated[int, Field(ge=0, le=120), BeforeValidator(_whole_number)]
# The work-injury industry class of a unit: documented as 1–8; the rulebook refuses others with its own
# finding (INDUSTRY_CLASS_INVALID), which the client shows as it does before sending.
IndustryClass = Annotated[
    int, Field(json_schema_extra={"minimum": 1, "maximum": 8}), BeforeValidator(_whole_number)
]


# --- requests ---------------------------------------------------------------------------------------------


class RegisterIn(_StrictText):
    name: str = _filled(200)
    uscc: str = _filled(40)
    tax_number: str = _filled(40)
    contact: str = _filled(50)
    phone: str = _any_text(30, "")
    password: str = Field(max_length=128, json_schema_extra={"minLength": 1, "pattern": TEXT_PATTERN})
    # The work-injury industry class (1–8) the unit declares at registration; the rules refuse others.
    industry_class: IndustryClass = 1


class LoginIn(_StrictText):
    unit_code: str = _any_text(20)
    password: str = _any_text(128)


class PasswordChangeIn(_StrictText):
    old_password: str = _any_text(128)
    new_password: str = Field(max_length=128, json_schema_extra={"minLength": 1, "pattern": TEXT_PATTERN})


class ProfileUpdateIn(_StrictText):
    name: str | None = _filled(200, None)
    contact: str | None = _filled(50, None)
    phone: str | None = _any_text(30, None)
    # A unit-information change may declare another work-injury industry class (1–8; the rules refuse others).
    industry_class: IndustryClass | None = None


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
    backpay: dict[InsuranceName, Months] = Field(default_factory=dict)
    effective_period: str = _text(20)
    id_type: str = _text(20)
    nationality: str = _text(60)
    womens_category: str = _text(10)
    average_wage: str = _text(32)


class PaymentIn(_Strict):
    id_number: str = Field(max_length=40, json_schema_extra={"pattern": TEXT_PATTERN})
    name: str = Field(max_length=60, json_schema_extra={"pattern": TEXT_PATTERN})
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
    replaces_serial: str | None = Field(default=None, max_length=32, pattern=TEXT_PATTERN)

    @model_validator(mode="after")
    def _unicode_text(self) -> DeclarationIn:
        # One pass over the whole declaration (its JSON form cannot be made from a lone surrogate, and shows
        # a NUL as \u0000) instead of a validator call per field of thousands of lines; the field is looked
        # for only when one is found.
        try:
            text = self.__pydantic_serializer__.to_json(self)
        except PydanticSerializationError:
            raise ValueError(f"{_first_bad_text(self.model_dump(), _LONE_SURROGATE)} {_NOT_TEXT}") from None
        if b"\\u0000" in text:
            raise ValueError(f"{_first_bad_text(self.model_dump(), _NUL)} {_NUL_TEXT}")
        return self


def _first_bad_text(value: Any, bad: re.Pattern[str], path: str = "") -> str:
    """The path of the first text that `bad` finds in a dumped model (``lines[3].name``)."""
    if isinstance(value, str):
        return path if bad.search(value) else ""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        inner = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else str(key)
        found = (inner if isinstance(key, str) and bad.search(key) else "") or _first_bad_text(
            item, bad, inner
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
    submitted_by: str = ""  # the operator's log-in name; "" for the unit's administrator


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
    average_wage: str = ""


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
