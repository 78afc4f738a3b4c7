"""Query → Payments: the unit's bank agreement (三方协议), each month's payment (due, paid, failed), paying
a month through the agreement, and the electronic payment certificate (电子缴费凭证) of a paid one.

Qt-free. Every method asks the agency or writes a file, so windows call them on a worker (gui.workers).
The agreement's form is checked here first, with the agency's own rules (ssclient.rules.bank): an ill-formed
one comes back as `AgreementRefused` without being sent. The full account number goes to the agency only;
the client keeps and shows the masked form the agency answers with, and never logs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ssclient.domain.clock import Clock
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.io.atomic import WriteError
from ssclient.io.messages import Translate, english
from ssclient.io.payment_certificate_texts import CERTIFICATE_CONTEXT, CERTIFICATE_TEXTS
from ssclient.policy.model import Policy
from ssclient.rules.bank import AGREEMENT_FORM_ILLUSTRATIVE, BANKS, MESSAGES, AgreementForm, check_agreement
from ssclient.rules.late_fees import LATE_FEE_SOURCE, payment_deadline
from ssclient.sync.api import AgencyClient, AgencyError
from ssclient.sync.api_paying import AgreementState, BankAgreement, Collection, MonthPayment, MonthState

__all__ = [
    "AGREEMENT_FORM_ILLUSTRATIVE",
    "BANKS",
    "CERTIFICATE_CONTEXT",
    "CERTIFICATE_TEXTS",
    "FORM_MESSAGES",
    "LATE_FEE_SOURCE",
    "AgreementRefused",
    "AgreementState",
    "BankAgreement",
    "Collection",
    "MonthPayment",
    "MonthState",
    "NothingToPay",
    "Paying",
    "WriteError",
    "certificate_file_name",
]

# The agreement form's messages by finding code (English sources; the window has them translated).
FORM_MESSAGES = MESSAGES


@dataclass(frozen=True, slots=True)
class AgreementRefused:
    """The agreement was not registered: its form's problems (each names its field)."""

    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class NothingToPay:
    """Pay found nothing to collect: the month was paid meanwhile (at its deadline, or from another
    computer), or its payment declaration was revoked."""

    period: Period
    code: str


class Paying:
    """The payments of one logged-in unit."""

    def __init__(self, agency: AgencyClient, clock: Clock, policy: Policy) -> None:
        self._agency = agency
        self._clock = clock
        self._policy = policy

    def agreement(self) -> AgreementState:
        return self._agency.bank_agreement()

    def register_agreement(
        self, bank_code: str, account_number: str, agreement_number: str
    ) -> BankAgreement | AgreementRefused:
        """Check the form, then register it at the agency (it replaces the agreement before)."""
        form = AgreementForm(bank_code, account_number, agreement_number)
        findings = check_agreement(form)
        if findings:
            return AgreementRefused(tuple(findings))
        try:
            return self._agency.register_bank_agreement(bank_code, account_number, agreement_number.strip())
        except AgencyError as refused:
            if refused.code == "AGREEMENT_FORM_INVALID" and refused.findings:
                return AgreementRefused(tuple(refused.findings))
            raise

    def months(self) -> tuple[MonthPayment, ...]:
        """Every month with an approved payment declaration or a payment, newest first."""
        return self._agency.payment_months()

    def pay(self, period: Period) -> Collection | NothingToPay:
        """Collect what `period` owes now. A bank's refusal is a Collection that is not paid."""
        try:
            return self._agency.collect(period)
        except AgencyError as refused:
            if refused.code in ("NOTHING_DUE", "NOTHING_DECLARED"):
                return NothingToPay(period, refused.code)
            raise

    def write_certificate(
        self, collection: Collection, unit: Unit, path: Path, tr: Translate = english
    ) -> Path:
        """The certificate of a paid collection as PDF; raises WriteError when the file cannot be written,
        ValueError for a collection that was not paid."""
        if not collection.paid or collection.certificate_number is None:
            raise ValueError("only a paid collection has a certificate")
        # The PDF writer (reportlab) loads when a certificate is first printed, not with the home page.
        from ssclient.io.payment_certificate import CertificateFacts, write_certificate_pdf

        facts = CertificateFacts(
            number=collection.certificate_number,
            period=collection.period,
            serial_number=collection.serial_number,
            paid_at=collection.collected_at,
            at_deadline=collection.at_deadline,
            bank_name=collection.bank_name or "",
            account_masked=collection.account_masked or "",
            agreement_number=collection.agreement_number or "",
            amount=collection.amount,
            late_fee=collection.late_fee,
            days_late=collection.days_late,
            deadline=payment_deadline(self._policy, collection.period),
        )
        write_certificate_pdf(facts, unit, path, tr=tr)
        return path


def certificate_file_name(collection: Collection) -> str:
    return f"缴费凭证-{collection.period}-{collection.certificate_number or collection.id}.pdf"
