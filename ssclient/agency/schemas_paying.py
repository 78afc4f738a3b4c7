"""The wire format of the paying area (/api/v1/paying/...): the bank agreement, the months' payment states
and the collections. Amounts travel as decimal strings; an account number only ever leaves the agency
masked."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ssclient.agency.schemas import TEXT_PATTERN

MonthStateName = Literal["due", "paid", "failed"]
CollectionStatusName = Literal["paid", "failed"]
TriggerName = Literal["request", "deadline"]


class AgreementIn(BaseModel):
    """The agreement as the unit typed it; the agency checks its form as the client does
    (ssclient.rules.bank) and answers 422 AGREEMENT_FORM_INVALID with findings. Nothing but digits, letters
    and the spaces between them passes that check, so no other text is ever stored."""

    model_config = ConfigDict(strict=True, extra="forbid")

    bank_code: str = Field(max_length=8, pattern=TEXT_PATTERN)
    account_number: str = Field(max_length=40, pattern=TEXT_PATTERN)
    agreement_number: str = Field(max_length=40, pattern=TEXT_PATTERN)


class AgreementOut(BaseModel):
    bank_code: str
    bank_name: str
    account_masked: str
    agreement_number: str
    status: Literal["valid", "void"]
    signed_at: datetime


class AgreementStateOut(BaseModel):
    """The agreement in force (or voided by the bank), or none; whether its number's form check is only
    illustrative (no public source gives the form)."""

    agreement: AgreementOut | None
    agreement_form_illustrative: bool


class CollectionOut(BaseModel):
    id: int
    period: str
    serial_number: str
    trigger: TriggerName
    status: CollectionStatusName
    reason: str
    amount: str
    late_fee: str
    days_late: int
    total: str
    collected_at: datetime
    certificate_number: str | None
    bank_code: str | None
    bank_name: str | None
    account_masked: str | None
    agreement_number: str | None


class MonthOut(BaseModel):
    """A period with an approved payment declaration (or a payment): what was declared and collected, what
    is still due, by when, and what paying today would add as late fee."""

    period: str
    serial_number: str | None
    declared: str
    collected: str
    outstanding: str
    deadline: date
    state: MonthStateName
    days_late_today: int
    late_fee_today: str
    collections: list[CollectionOut]


class MonthsOut(BaseModel):
    items: list[MonthOut]
    today: date
