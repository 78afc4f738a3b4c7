"""What the client says of late fees, in the user's language (one translation context, LateFeeTexts).

Every text that names the fee names its law: 《社会保险法》第八十六条, 0.05 % of the arrears a day.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject

from ssclient.app.late_fees import Basis, LateFeeOutlook
from ssclient.domain.money import format_money

# The payment form warns from this many days before the deadline (the deadline day and the two before it).
# The client's own choice, not a figure of any policy.
WARN_DAYS = 3


class LateFeeTexts(QObject):
    """The texts; a QObject so that counted strings ("%n day(s)") get their plural forms."""

    def law(self) -> str:
        return self.tr("Social Insurance Law art. 86")

    def rate(self) -> str:
        return self.tr("0.05 % of the amount owed a day, from the day after the last free day (%1)").replace(
            "%1", self.law()
        )

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)

    def basis(self, outlook: LateFeeOutlook) -> str:
        """Which declaration the amount comes from, and how sure it is."""
        period = str(outlook.period)
        amount = format_money(outlook.amount) if outlook.amount is not None else ""
        if outlook.basis is Basis.OUTSTANDING:
            text = self.tr(
                "Reckoned on what the agency says is still unpaid of the approved payment declaration of %1 "
                "(serial number %2): %3 yuan."
            )
            return text.replace("%1", period).replace("%2", outlook.serial_number or "").replace("%3", amount)
        if outlook.basis is Basis.APPROVED:
            text = self.tr("Reckoned on the approved payment declaration of %1 (serial number %2): %3 yuan.")
            return text.replace("%1", period).replace("%2", outlook.serial_number or "").replace("%3", amount)
        if outlook.basis is Basis.PAID:
            text = self.tr(
                "The payment declaration of %1 (serial number %2) is paid in full at the agency: no late fee "
                "accrues."
            )
            return text.replace("%1", period).replace("%2", outlook.serial_number or "")
        if outlook.basis is Basis.WAITING:
            text = self.tr(
                "Reckoned on the payment declaration of %1 waiting for the agency's answer (not approved yet): "
                "%2 yuan."
            )
            return text.replace("%1", period).replace("%2", amount)
        if outlook.basis is Basis.DRAFT:
            text = self.tr(
                "Reckoned on the payment declaration of %1 in the draft box (not declared yet; the approved "
                "one counts): %2 yuan."
            )
            return text.replace("%1", period).replace("%2", amount)
        return self.tr(
            "No payment declaration of %1 on this computer: there is no amount to forecast a late fee on. "
            "Compute it from Business → Payment declaration."
        ).replace("%1", period)

    def fee(self, fee: Decimal | None) -> str:
        """A fee cell: the amount, or a dash when there is no amount to reckon on."""
        return format_money(fee) if fee is not None else "–"

    def day(self, day: date) -> str:
        return day.isoformat()

    def deadline(self, outlook: LateFeeOutlook) -> str:
        """The last free day, and how far today is from it."""
        day = self.day(outlook.last_free_day)
        ahead = outlook.days_to_deadline
        if ahead > 0:
            return self.tr("%1 (in %2)").replace("%1", day).replace("%2", self.days(ahead))
        if ahead == 0:
            return self.tr("%1 (today)").replace("%1", day)
        return self.tr("%1 (%2 ago)").replace("%1", day).replace("%2", self.days(-ahead))

    def fee_today(self, outlook: LateFeeOutlook) -> str:
        if outlook.fee_today is None:
            return "–"
        late = outlook.days_late_today
        if not late:
            return self.tr("%1 yuan (not late)").replace("%1", format_money(outlook.fee_today))
        return (
            self.tr("%1 yuan (%2 late)")
            .replace("%1", format_money(outlook.fee_today))
            .replace("%2", self.days(late))
        )

    def form_warning(self, outlook: LateFeeOutlook) -> str:
        """The payment form's warning: past the deadline, or in the window's last WARN_DAYS days; "" when
        neither."""
        ahead = outlook.days_to_deadline
        if ahead >= WARN_DAYS:
            return ""
        day, period = self.day(outlook.last_free_day), str(outlook.period)
        if ahead < 0:
            if outlook.fee_today is None:
                text = self.tr(
                    "%1 was the last day to pay %2 without a late fee; today is %3 past it. A late fee accrues "
                    "(%4): compute the payment to see it."
                )
            else:
                text = self.tr(
                    "%1 was the last day to pay %2 without a late fee; today is %3 past it. Late fee if paid "
                    "today: %5 yuan, and more each day (%4)."
                ).replace("%5", format_money(outlook.fee_today))
            return (
                text.replace("%1", day)
                .replace("%2", period)
                .replace("%3", self.days(-ahead))
                .replace("%4", self.rate())
            )
        left = self.days(ahead + 1)  # today and the deadline both count
        if outlook.amount is None:
            text = self.tr(
                "%1 left: %2 is the last day to pay %3 without a late fee. Paid later, a late fee is added "
                "(%4)."
            )
        else:
            text = self.tr(
                "%1 left: %2 is the last day to pay %3 without a late fee. Paid later, a late fee is added "
                "(%4): a day late costs %5 yuan, ten days %6 yuan."
            )
            after = ahead + 1
            text = text.replace("%5", self.fee(outlook.fee_after(after))).replace(
                "%6", self.fee(outlook.fee_after(after + 9))
            )
        return text.replace("%1", left).replace("%2", day).replace("%3", period).replace("%4", self.rate())

    def board_headers(self) -> list[str]:
        return [self.tr("Last free day"), self.tr("Late fee today")]

    def board_cells(self, outlook: LateFeeOutlook | None) -> list[str]:
        """The month board's two cells for a unit (blank when its store could not be read)."""
        if outlook is None:
            return ["", ""]
        return [self.day(outlook.last_free_day), self.fee(outlook.fee_today)]

    def board_tooltip(self, outlook: LateFeeOutlook | None) -> str:
        """The fee cell's tooltip: which payment declaration it is reckoned on, and the rate."""
        if outlook is None:
            return ""
        return f"{self.basis(outlook)}\n{self.rate()}"
