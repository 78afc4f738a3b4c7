"""The paying area of the agency's API (/api/v1/paying): the unit's bank agreement, each month's payment
state, and collecting a month on request. A mixin of AgencyClient (ssclient.sync.api)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ssclient.domain.period import Period
from ssclient.sync import decoding as d
from ssclient.sync.transport import AgencyTransport


class MonthState(StrEnum):
    DUE = "due"
    PAID = "paid"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class BankAgreement:
    """The unit's agreement as the agency shows it: the account masked (6222 **** **** 1234)."""

    bank_code: str
    bank_name: str
    account_masked: str
    agreement_number: str
    void: bool
    signed_at: datetime

    @classmethod
    def from_json(cls, data: Any) -> BankAgreement:
        data = d.obj(data, "agreement")
        return cls(
            bank_code=d.get(data, "bank_code", str),
            bank_name=d.get(data, "bank_name", str),
            account_masked=d.get(data, "account_masked", str),
            agreement_number=d.get(data, "agreement_number", str),
            void=d.get(data, "status", str) == "void",
            signed_at=d.moment(data, "signed_at"),
        )


@dataclass(frozen=True, slots=True)
class AgreementState:
    agreement: BankAgreement | None
    form_illustrative: bool


@dataclass(frozen=True, slots=True)
class Collection:
    """One collection made or tried. `paid` false: `reason` says why the bank or the agency refused
    (NO_AGREEMENT, AGREEMENT_VOID, NO_FUNDS). `total` is `amount` + `late_fee`."""

    id: int
    period: Period
    serial_number: str
    at_deadline: bool
    paid: bool
    reason: str
    amount: Decimal
    late_fee: Decimal
    days_late: int
    total: Decimal
    collected_at: datetime
    certificate_number: str | None
    bank_name: str | None
    account_masked: str | None
    agreement_number: str | None

    @classmethod
    def from_json(cls, data: Any) -> Collection:
        data = d.obj(data, "collection")
        return cls(
            id=d.get(data, "id", int),
            period=d.period(data, "period"),
            serial_number=d.get(data, "serial_number", str),
            at_deadline=d.get(data, "trigger", str) == "deadline",
            paid=d.get(data, "status", str) == "paid",
            reason=d.get(data, "reason", str),
            amount=d.amount(data, "amount"),
            late_fee=d.amount(data, "late_fee"),
            days_late=d.get(data, "days_late", int),
            total=d.amount(data, "total"),
            collected_at=d.moment(data, "collected_at"),
            certificate_number=d.opt_str(data, "certificate_number"),
            bank_name=d.opt_str(data, "bank_name"),
            account_masked=d.opt_str(data, "account_masked"),
            agreement_number=d.opt_str(data, "agreement_number"),
        )


@dataclass(frozen=True, slots=True)
class MonthPayment:
    """A month's payment: declared (the approved payment declaration), collected, still outstanding, its
    deadline, its state, the late fee paying today would add, and every collection made or tried."""

    period: Period
    serial_number: str | None
    declared: Decimal
    collected: Decimal
    outstanding: Decimal
    deadline: date
    state: MonthState
    days_late_today: int
    late_fee_today: Decimal
    collections: tuple[Collection, ...]

    @property
    def last(self) -> Collection | None:
        return self.collections[-1] if self.collections else None

    @classmethod
    def from_json(cls, data: Any) -> MonthPayment:
        data = d.obj(data, "month")
        return cls(
            period=d.period(data, "period"),
            serial_number=d.opt_str(data, "serial_number"),
            declared=d.amount(data, "declared"),
            collected=d.amount(data, "collected"),
            outstanding=d.amount(data, "outstanding"),
            deadline=d.day(data, "deadline"),
            state=d.enum(MonthState, data, "state"),
            days_late_today=d.get(data, "days_late_today", int),
            late_fee_today=d.amount(data, "late_fee_today"),
            collections=tuple(Collection.from_json(x) for x in d.items(data, "collections")),
        )


class PayingCalls(AgencyTransport):
    """The paying calls; AgencyClient derives from this."""

    def bank_agreement(self) -> AgreementState:
        data = d.obj(self._call("GET", "/paying/agreement"), "agreement state")
        found = data.get("agreement")
        return AgreementState(
            None if found is None else BankAgreement.from_json(found),
            d.get(data, "agreement_form_illustrative", bool),
        )

    def register_bank_agreement(
        self, bank_code: str, account_number: str, agreement_number: str
    ) -> BankAgreement:
        """Refusal: 422 AGREEMENT_FORM_INVALID with findings (the client checks the same form first)."""
        body = {
            "bank_code": bank_code,
            "account_number": account_number,
            "agreement_number": agreement_number,
        }
        return BankAgreement.from_json(self._call("PUT", "/paying/agreement", json=body))

    def payment_months(
        self, first: Period | None = None, last: Period | None = None
    ) -> tuple[MonthPayment, ...]:
        """The unit's months newest first; the agency collects the deadlines that have come before it answers."""
        params: Mapping[str, str] = {
            key: str(value)
            for key, value in (("period_from", first), ("period_to", last))
            if value is not None
        }
        data = d.obj(self._call("GET", "/paying/months", params=params), "months")
        return tuple(MonthPayment.from_json(x) for x in d.items(data, "items"))

    def collect(self, period: Period) -> Collection:
        """Collect what `period` owes now. A refusal by the bank is a Collection that is not paid; refusals
        of the call: 404 NOTHING_DECLARED, 409 NOTHING_DUE."""
        return Collection.from_json(self._call("POST", f"/paying/months/{period}/collect", expect=(201,)))
