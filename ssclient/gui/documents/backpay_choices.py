"""A renewal's (or a late-declared new hire's) back-payment choices: the months the policy allows per insurance type (pension and
unemployment up to 1 month after a normal interruption, medical 1 to 3 in the bundled policy), never
reaching back before the person's interruption, and those limits said in words."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QComboBox

from ssclient.app.documents_rules import Policy, backpay_insurances
from ssclient.domain.enums import DeclarationType, InsuranceType


class BackpayChoices(QObject):
    """The choices for one person: `gap` is how many months they were not insured before the renewal's
    period (0: stopped this very month, nothing to pay back; None: not known, the policy's limits only)."""

    def __init__(
        self, policy: Policy, gap: int | None, kind: DeclarationType = DeclarationType.RENEWAL
    ) -> None:
        super().__init__()
        self._policy = policy
        self._gap = gap
        self._kind = kind  # an add's back payment is for a new hire's missed months, not a renewal's gap

    def most(self, insurance: InsuranceType) -> int:
        limit = self._policy[insurance].backpay_max_months
        return limit if self._gap is None else min(limit, max(self._gap, 0))

    def fill(self, combo: QComboBox, insurance: InsuranceType) -> None:
        """Offer "no back payment" and the months allowed. A choice already made beyond them stays, so
        that its problem shows beside it rather than the choice being silently dropped."""
        keep = combo.currentData() or 0
        first = max(self._policy[insurance].backpay_min_months, 1)
        months = sorted({*range(first, self.most(insurance) + 1), *([keep] if keep else [])})
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("No back payment"), 0)
            for count in months:
                combo.addItem(self.tr("%n month(s)", "", count), count)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.setEnabled(combo.count() > 1)

    def limits_text(self) -> str:
        """The policy's limits per insurance type, then what this person's gap leaves."""
        names = {
            InsuranceType.PENSION: self.tr("pension"),
            InsuranceType.MEDICAL: self.tr("medical"),
            InsuranceType.UNEMPLOYMENT: self.tr("unemployment"),
        }
        parts = [self._limit_text(names[insurance], insurance) for insurance in backpay_insurances()]
        if self._kind is DeclarationType.ADD:
            intro = self.tr("Back payment for the months since the person was hired, before this one: %1.")
        else:
            intro = self.tr("Back payment for the months before this renewal: %1.")
        said = intro.replace("%1", self.tr("; ").join(parts))
        if self._gap is not None and self._gap <= 0:
            said += " " + self.tr("This person's insurance stopped this month: there is nothing to pay back.")
        elif self._gap is not None:
            said += " " + self.tr(
                "This person was not insured for %n month(s) before this one: no more can be paid back.",
                "",
                self._gap,
            )
        return said

    def _limit_text(self, name: str, insurance: InsuranceType) -> str:
        rules = self._policy[insurance]
        if rules.backpay_max_months <= 0:
            return self.tr("%1: none").replace("%1", name)
        if rules.backpay_min_months <= 1:
            return self.tr("%1: up to %n month(s)", "", rules.backpay_max_months).replace("%1", name)
        return (
            self.tr("%1: %2 to %n month(s)", "", rules.backpay_max_months)
            .replace("%1", name)
            .replace("%2", str(rules.backpay_min_months))
        )
