"""The reconciliation's totals in the window's grid: people and money of the payroll and of the approved
payment, and each kind of difference's count and amount (Decimal, shown as money)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ssclient.app.payroll import Reconciliation
from ssclient.domain.money import format_money


def fill_totals(labels: dict[str, QLabel], report: Reconciliation) -> None:
    labels["payroll.people"].setText(str(report.payroll_people))
    labels["payroll.wages"].setText(format_money(report.payroll_wages))
    labels["payroll.withheld"].setText(format_money(report.payroll_withheld))
    labels["declared.people"].setText(str(report.declared_people))
    labels["declared.wages"].setText("")
    labels["declared.withheld"].setText(format_money(report.declared_employee))
    labels["difference"].setText(format_money(report.withheld_difference))
    for kind, total in report.by_kind().items():
        labels[f"{kind}.count"].setText(str(total.count))
        labels[f"{kind}.amount"].setText(format_money(total.amount))
