"""The columns of the reconciliation's tables: the differences, and a refused file's problems."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ssclient.app.exports import ColumnKind
from ssclient.app.payroll import Mismatch, PayrollProblem
from ssclient.domain.money import format_money
from ssclient.gui.list_model import ListColumn
from ssclient.gui.payroll.texts import difference_help, difference_name, sheet_problem_text
from ssclient.gui.records.texts import insurance_name


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def difference_columns() -> list[ListColumn[Mismatch]]:
    yes, no = QCoreApplication.translate("Payroll", "Yes"), QCoreApplication.translate("Payroll", "No")
    return [
        ListColumn(
            QCoreApplication.translate("Payroll", "Difference"),
            lambda m: difference_name(m.kind),
            tooltip=lambda m: difference_help(m.kind),
        ),
        ListColumn(
            QCoreApplication.translate("Payroll", "Payroll row"),
            lambda m: str(m.row or ""),
            lambda m: m.row,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("Payroll", "ID number"),
            lambda m: m.id_number,
            kind=ColumnKind.IDENTIFIER,
        ),
        ListColumn(QCoreApplication.translate("Payroll", "Name"), lambda m: m.name),
        ListColumn(
            QCoreApplication.translate("Payroll", "Insurance type"),
            lambda m: insurance_name(m.insurance) if m.insurance is not None else "",
        ),
        ListColumn(
            QCoreApplication.translate("Payroll", "On the payroll"),
            lambda m: _money(m.payroll),
            lambda m: m.payroll,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("Payroll", "Declared"),
            lambda m: _money(m.declared),
            lambda m: m.declared,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("Payroll", "Difference (money)"),
            lambda m: format_money(m.money),
            lambda m: m.money,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("Payroll", "On the roster"), lambda m: yes if m.on_roster else no
        ),
    ]


def problem_columns() -> list[ListColumn[PayrollProblem]]:
    return [
        ListColumn(
            QCoreApplication.translate("Payroll", "Row"), lambda p: str(p.row), lambda p: p.row, numeric=True
        ),
        ListColumn(QCoreApplication.translate("Payroll", "Column"), lambda p: p.column),
        ListColumn(QCoreApplication.translate("Payroll", "Problem"), lambda p: sheet_problem_text(p.finding)),
    ]
