"""The payment certificate's texts: English sources, translated through `tr` in context "PaymentCertificate"
(the paying catalogue holds them: ssclient/gui/paying/texts.py lists them for Qt Linguist). Apart from the
PDF writer, so that naming them loads no PDF library."""

from __future__ import annotations

CERTIFICATE_CONTEXT = "PaymentCertificate"
CERTIFICATE_TEXTS: dict[str, str] = {
    "title": "Electronic payment certificate",
    "subtitle": "Social insurance contributions",
    "number": "Certificate number",
    "unit": "Unit",
    "period": "Contributions for",
    "serial": "Payment declaration",
    "paid_at": "Paid at",
    "how": "Collected",
    "on_request": "at the unit's request",
    "at_deadline": "by the agency on the payment deadline",
    "bank": "Bank",
    "account": "Account",
    "agreement": "Bank agreement number",
    "amounts": "Amounts",
    "item": "Item",
    "amount": "Amount (yuan)",
    "contributions": "Contributions",
    "late_fee": "Late fee: {days} days after the deadline {deadline}, 0.05 % a day",
    "no_late_fee": "Late fee (paid by the deadline {deadline})",
    "total": "Total paid",
    "late_fee_source": "Late fee: Social Insurance Law of the People's Republic of China, article 86.",
    "note": "Issued by the agency when it collected the contributions through the unit's bank agreement. "
    "This certificate can be printed again from Query → Payments at any time.",
    "page": "Certificate {number} · page {page} of {pages}",
}
