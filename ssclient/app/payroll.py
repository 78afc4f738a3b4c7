"""Query → Payroll reconciliation: the month's payroll against the approved payment and the roster.

Qt-free. `check` reads the payroll file, fetches the approved payment's details of the period from the
agency (every page) and reads the local roster, then compares (ssclient.rules.payroll); it asks the agency
and the store, so windows run it on a worker (gui.workers). A file that cannot be used or has bad rows,
and a period with no approved payment declaration, are answers for the user, returned as values
(`Refused`, `NoApprovedPayment`); nothing of a refused file is compared or kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from ssclient.domain.clock import Clock
from ssclient.domain.clock import today as today_of
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.messages import Translate, english, render_finding, render_text
from ssclient.io.payroll import PAYROLL_CONTEXT, PAYROLL_MESSAGES, PayrollProblem, read_payroll
from ssclient.io.payroll_template import TEMPLATE_FILE_NAME, save_payroll_template
from ssclient.rules.payroll import (
    DEFAULT_WAGE_TOLERANCE,
    DIFFERENCE_ORDER,
    Difference,
    KindTotal,
    Mismatch,
    Reconciliation,
    reconcile,
)
from ssclient.sync.api import AgencyClient
from ssclient.sync.results import PaymentDetail

__all__ = [
    "DEFAULT_WAGE_TOLERANCE",
    "DIFFERENCE_ORDER",
    "PAYROLL_MESSAGES",
    "TEMPLATE_FILE_NAME",
    "Difference",
    "KindTotal",
    "Mismatch",
    "NoApprovedPayment",
    "PayrollProblem",
    "PayrollReconciliation",
    "ReadCancelled",
    "Reconciliation",
    "Refused",
    "problem_text",
]

# The agency answers up to 10,000 payment details a page.
_PAGE = 5000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PayrollStore(Protocol):
    def roster(self, unit_code: str) -> dict[str, RosterEntry]: ...


@dataclass(frozen=True, slots=True)
class Refused:
    """The payroll file was not compared: `reason` when it cannot be used at all (in English; `file`
    keeps the UnusableFile for the user's language), else its bad rows in `problems`."""

    name: str
    problems: tuple[PayrollProblem, ...] = ()
    file: UnusableFile | None = None

    def reason(self, tr: Translate = english) -> str:
        return self.file.reason(tr) if self.file is not None else ""


@dataclass(frozen=True, slots=True)
class NoApprovedPayment:
    """No approved payment declaration covers the period: there is nothing to compare the payroll with."""

    period: Period


def problem_text(item: Finding, tr: Translate = english) -> str:
    """A payroll problem's message in the language `tr` speaks (its own catalogue, or the rulebook's and
    the cells' for an ID number or a cell)."""
    template = PAYROLL_MESSAGES.get(item.code)
    if template is None:
        return render_finding(item, tr)
    return render_text(PAYROLL_CONTEXT, template, tr, **item.params)


class PayrollReconciliation:
    """The payroll reconciliation of one logged-in unit."""

    def __init__(self, agency: AgencyClient, store: PayrollStore, unit_code: str, clock: Clock) -> None:
        self._agency = agency
        self._store = store
        self._unit_code = unit_code
        self._clock = clock

    def check(
        self,
        path: Path,
        period: Period,
        tolerance: Decimal = DEFAULT_WAGE_TOLERANCE,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Reconciliation | Refused | NoApprovedPayment:
        """Read the payroll in `path` and compare it with `period`'s approved payment and the roster.
        Raises ReadCancelled after `cancelled()` turned true."""
        try:
            sheet = read_payroll(path, today_of(self._clock), progress, cancelled)
        except UnusableFile as problem:
            return Refused(path.name, file=problem)
        if sheet.refused:
            return Refused(sheet.name, tuple(sheet.problems))
        details = self.approved_payment(period)
        if not details:
            return NoApprovedPayment(period)
        serials = tuple(dict.fromkeys(d.serial_number for d in details))
        roster = self._store.roster(self._unit_code).values()
        return reconcile(period, sheet.entries, details, roster, tolerance, serials)

    def approved_payment(self, period: Period) -> Sequence[PaymentDetail]:
        """Every line of the approved payment declaration of `period`, as the agency has it."""
        details: list[PaymentDetail] = []
        while True:
            report = self._agency.payments(
                period_from=period, period_to=period, offset=len(details), limit=_PAGE
            )
            details += report.items
            if not report.items or len(details) >= report.total_count:
                return details

    @staticmethod
    def save_template(path: Path) -> Path:
        """The payroll template (.xlsx); raises WriteError when it cannot be written."""
        return save_payroll_template(path)
