"""The columns of the reconciliation's tables: the differences, and a refused file's problems."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ssclient.app.exports import ColumnKind
from ssclient.app.payroll import Mismatch, PayrollProblem
from ssclient.domain.money import format_money
from ssclient.gui.payroll.model import ListColumn
from ssclient.gui.payroll.texts import difference_help, difference_name, sheet_problem_text
from ssclient.gui.records.texts import insurance_name


def _tr(source: str) -> str:
    return QCoreApplication.translate("Payroll", source)


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def difference_columns() -> list[ListColumn[Mismatch]]:
    yes, no = _tr("Yes"), _tr("No")
    return [
        ListColumn(
            _tr("Difference"), lambda m: difference_name(m.kind), tooltip=lambda m: difference_help(m.kind)
        ),
        ListColumn(_tr("Payroll row"), lambda m: str(m.row or ""), lambda m: m.row, numeric=True),
        ListColumn(_tr("ID number"), lambda m: m.id_number, kind=ColumnKind.IDENTIFIER),
        ListColumn(_tr("Name"), lambda m: m.name),
        ListColumn(
            _tr("Insurance type"),
            lambda m: insurance_name(m.insurance) if m.insurance is not None else "",
        ),
        ListColumn(_tr("On the payroll"), lambda m: _money(m.payroll), lambda m: m.payroll, numeric=True),
        ListColumn(_tr("Declared"), lambda m: _money(m.declared), lambda m: m.declared, numeric=True),
        ListColumn(
            _tr("Difference (money)"), lambda m: format_money(m.money), lambda m: m.money, numeric=True
        ),
        ListColumn(_tr("On the roster"), lambda m: yes if m.on_roster else no),
    ]


def problem_columns() -> list[ListColumn[PayrollProblem]]:
    return [
        ListColumn(_tr("Row"), lambda p: str(p.row), lambda p: p.row, numeric=True),
        ListColumn(_tr("Column"), lambda p: p.column),
        ListColumn(_tr("Problem"), lambda p: sheet_problem_text(p.finding)),
    ]
