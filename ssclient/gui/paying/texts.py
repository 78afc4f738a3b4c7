"""The paying area's words in the user's language: month states, why a collection failed and what to do,
the agreement form's problems (context "BankForm", the same English sources as ssclient.rules.bank) and
the certificate's texts (context "PaymentCertificate", those of ssclient.io.payment_certificate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssclient.app.paying import MonthState
from ssclient.domain.findings import Finding


def state_name(state: MonthState) -> str:
    names = {
        MonthState.DUE: QCoreApplication.translate("Paying", "Due"),
        MonthState.PAID: QCoreApplication.translate("Paying", "Paid"),
        MonthState.FAILED: QCoreApplication.translate("Paying", "Failed"),
    }
    return names[state]


def reason_text(code: str) -> str:
    """Why a collection failed, as the bank or the agency said."""
    reasons = {
        "NO_AGREEMENT": QCoreApplication.translate("Paying", "no bank agreement is registered"),
        "AGREEMENT_VOID": QCoreApplication.translate("Paying", "the bank has voided the agreement"),
        "NO_FUNDS": QCoreApplication.translate("Paying", "the account does not hold enough money"),
    }
    return reasons.get(code, code)


def advice_text(code: str) -> str:
    """What to do after a collection failed for `code`."""
    advice = {
        "NO_AGREEMENT": QCoreApplication.translate(
            "Paying", "Register the unit's bank agreement (Bank agreement…), then click Pay."
        ),
        "AGREEMENT_VOID": QCoreApplication.translate(
            "Paying",
            "Sign a new agreement with the bank, register it here (Bank agreement…), then click Pay.",
        ),
        "NO_FUNDS": QCoreApplication.translate(
            "Paying",
            "Put the money into the account, then click Pay. After the deadline a late fee of 0.05 % a day "
            "is added.",
        ),
    }
    return advice.get(code, QCoreApplication.translate("Paying", "Try again later, or ask the agency."))


def form_messages() -> dict[str, str]:
    """The agreement form's problems, translated (the sources are ssclient.rules.bank's MESSAGES)."""
    return {
        "BANK_UNKNOWN": QCoreApplication.translate(
            "BankForm", "Choose the bank the agreement was signed with."
        ),
        "ACCOUNT_REQUIRED": QCoreApplication.translate("BankForm", "Enter the account number."),
        "ACCOUNT_NOT_DIGITS": QCoreApplication.translate("BankForm", "An account number has digits only."),
        "ACCOUNT_LENGTH": QCoreApplication.translate(
            "BankForm", "A bank card number has 8 to 19 digits; this one has {length}."
        ),
        "ACCOUNT_CHECK_DIGIT": QCoreApplication.translate(
            "BankForm",
            "The account number's last digit does not match the others (ISO/IEC 7812-1): check it for a "
            "typing error.",
        ),
        "AGREEMENT_REQUIRED": QCoreApplication.translate(
            "BankForm", "Enter the agreement number printed on the agreement."
        ),
        "AGREEMENT_FORM": QCoreApplication.translate(
            "BankForm", "An agreement number has 6 to 32 letters and digits (an illustrative check)."
        ),
    }


def form_problem_text(item: Finding) -> str:
    template = form_messages().get(item.code)
    if template is None:
        return item.message
    try:
        return template.format(**item.params)
    except (KeyError, IndexError, ValueError):
        return item.message


def certificate_texts() -> dict[str, str]:
    """The certificate's texts, translated (the sources are ssclient.io.payment_certificate's)."""
    return {
        "title": QCoreApplication.translate("PaymentCertificate", "Electronic payment certificate"),
        "subtitle": QCoreApplication.translate("PaymentCertificate", "Social insurance contributions"),
        "number": QCoreApplication.translate("PaymentCertificate", "Certificate number"),
        "unit": QCoreApplication.translate("PaymentCertificate", "Unit"),
        "period": QCoreApplication.translate("PaymentCertificate", "Contributions for"),
        "serial": QCoreApplication.translate("PaymentCertificate", "Payment declaration"),
        "paid_at": QCoreApplication.translate("PaymentCertificate", "Paid at"),
        "how": QCoreApplication.translate("PaymentCertificate", "Collected"),
        "on_request": QCoreApplication.translate("PaymentCertificate", "at the unit's request"),
        "at_deadline": QCoreApplication.translate(
            "PaymentCertificate", "by the agency on the payment deadline"
        ),
        "bank": QCoreApplication.translate("PaymentCertificate", "Bank"),
        "account": QCoreApplication.translate("PaymentCertificate", "Account"),
        "agreement": QCoreApplication.translate("PaymentCertificate", "Bank agreement number"),
        "amounts": QCoreApplication.translate("PaymentCertificate", "Amounts"),
        "item": QCoreApplication.translate("PaymentCertificate", "Item"),
        "amount": QCoreApplication.translate("PaymentCertificate", "Amount (yuan)"),
        "contributions": QCoreApplication.translate("PaymentCertificate", "Contributions"),
        "late_fee": QCoreApplication.translate(
            "PaymentCertificate", "Late fee: {days} days after the deadline {deadline}, 0.05 % a day"
        ),
        "no_late_fee": QCoreApplication.translate(
            "PaymentCertificate", "Late fee (paid by the deadline {deadline})"
        ),
        "total": QCoreApplication.translate("PaymentCertificate", "Total paid"),
        "late_fee_source": QCoreApplication.translate(
            "PaymentCertificate",
            "Late fee: Social Insurance Law of the People's Republic of China, article 86.",
        ),
        "note": QCoreApplication.translate(
            "PaymentCertificate",
            "Issued by the agency when it collected the contributions through the unit's bank agreement. "
            "This certificate can be printed again from Query → Payments at any time.",
        ),
        "page": QCoreApplication.translate(
            "PaymentCertificate", "Certificate {number} · page {page} of {pages}"
        ),
    }
