"""The form of a bank agreement (三方协议: the unit, its bank and the agency agree that the agency debits the
unit's account): the bank, the account number and the agreement number, checked before the agency sees
them and again by the agency. Findings, never exceptions; masking for the screen and the logs.

- The account number is a bank card number (primary account number, PAN): 8 to 19 digits, the last one a
  check digit by the Luhn formula — both ISO/IEC 7812-1 (Identification cards — Identification of issuers).
- The bank is one of the People's Bank of China's payment-system bank category codes (行别代码, CNAPS) of
  the banks listed in BANKS.
- The agreement number's form is the agency's and the bank's; no public document gives it. The check here
  (6 to 32 letters and digits) is ILLUSTRATIVE: it only catches what cannot be a number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import luhn

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding

ACCOUNT_SOURCE = "ISO/IEC 7812-1"
# ISO/IEC 7812-1: a primary account number has 8 to 19 digits, its last the Luhn check digit.
ACCOUNT_MIN_DIGITS = 8
ACCOUNT_MAX_DIGITS = 19
# Illustrative (no public source): what an agreement number may look like.
AGREEMENT_PATTERN = re.compile(r"^[A-Za-z0-9]{6,32}$")
AGREEMENT_FORM_ILLUSTRATIVE = True

# Bank category codes (行别代码) of the People's Bank of China's payment system (CNAPS), with the names the
# banks use; the agreement is signed with one of them.
BANKS: dict[str, str] = {
    "102": "中国工商银行",
    "103": "中国农业银行",
    "104": "中国银行",
    "105": "中国建设银行",
    "301": "交通银行",
    "308": "招商银行",
    "403": "中国邮政储蓄银行",
}

# The English messages of the codes below; the windows translate them by code.
MESSAGES: dict[str, str] = {
    "BANK_UNKNOWN": "Choose the bank the agreement was signed with.",
    "ACCOUNT_REQUIRED": "Enter the account number.",
    "ACCOUNT_NOT_DIGITS": "An account number has digits only.",
    "ACCOUNT_LENGTH": "A bank card number has 8 to 19 digits; this one has {length}.",
    "ACCOUNT_CHECK_DIGIT": "The account number's last digit does not match the others (ISO/IEC 7812-1): "
    "check it for a typing error.",
    "AGREEMENT_REQUIRED": "Enter the agreement number printed on the agreement.",
    "AGREEMENT_FORM": "An agreement number has 6 to 32 letters and digits (an illustrative check).",
}

_SPACES = re.compile(r"[\s\-]+")


@dataclass(frozen=True, slots=True)
class AgreementForm:
    """What the unit typed; `account_number` as typed (spaces and dashes allowed between the digits)."""

    bank_code: str
    account_number: str
    agreement_number: str


def account_digits(text: str) -> str:
    """The account number without the spaces or dashes people type between groups of digits."""
    return _SPACES.sub("", text.strip())


def check_agreement(form: AgreementForm) -> list[Finding]:
    """The form's findings (empty when it may be sent to the agency)."""
    found: list[Finding] = []
    if form.bank_code not in BANKS:
        found.append(_finding("BANK_UNKNOWN", "bank_code"))
    found += check_account_number(form.account_number)
    number = form.agreement_number.strip()
    if not number:
        found.append(_finding("AGREEMENT_REQUIRED", "agreement_number"))
    elif not AGREEMENT_PATTERN.match(number):
        found.append(_finding("AGREEMENT_FORM", "agreement_number"))
    return found


def check_account_number(text: str) -> list[Finding]:
    digits = account_digits(text)
    if not digits:
        return [_finding("ACCOUNT_REQUIRED", "account_number")]
    if not digits.isascii() or not digits.isdigit():
        return [_finding("ACCOUNT_NOT_DIGITS", "account_number")]
    if not ACCOUNT_MIN_DIGITS <= len(digits) <= ACCOUNT_MAX_DIGITS:
        return [_finding("ACCOUNT_LENGTH", "account_number", length=len(digits))]
    if not luhn.is_valid(digits):
        return [_finding("ACCOUNT_CHECK_DIGIT", "account_number")]
    return []


def mask_account(digits: str) -> str:
    """The account number as shown and kept by the client: the first four and last four digits, the rest
    hidden (6222 **** **** 1234). A number too short to hide anything is hidden whole."""
    digits = account_digits(digits)
    if len(digits) < 12:
        return "**** " + digits[-4:] if len(digits) > 4 else "****"
    return f"{digits[:4]} **** **** {digits[-4:]}"


def _finding(code: str, field: str, **params: object) -> Finding:
    message = MESSAGES[code].format(**params)
    return Finding(code, Severity.ERROR, field, message, {k: str(v) for k, v in params.items()})
