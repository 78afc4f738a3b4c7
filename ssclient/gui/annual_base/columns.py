"""The columns of the annual base's tables: the new bases, the insured without wages, the people in the file
who are not insured here, and a refused file's problems (read-only list tables, gui.list_model)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ssclient.app.annual_base import AnnualBaseLine, NotInsured, WagesProblem
from ssclient.app.exports import ColumnKind
from ssclient.domain.money import format_money
from ssclient.domain.roster import RosterEntry
from ssclient.gui.annual_base import average_wage_title
from ssclient.gui.annual_base.texts import cap_name, cap_reason, not_insured_reason, sheet_problem_text
from ssclient.gui.list_model import ListColumn


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def line_columns(floor: str, ceiling: str) -> list[ListColumn[AnnualBaseLine]]:
    """The new bases beside the old ones; `floor` and `ceiling` (formatted) name the limits in tooltips."""
    return [
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Row"),
            lambda x: str(x.row or ""),
            lambda x: x.row,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "ID number"),
            lambda x: x.id_number,
            kind=ColumnKind.IDENTIFIER,
        ),
        ListColumn(QCoreApplication.translate("AnnualBase", "Name"), lambda x: x.name),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Months worked"),
            lambda x: str(x.months or ""),
            lambda x: x.months,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Year's total"),
            lambda x: _money(x.total),
            lambda x: x.total,
            numeric=True,
        ),
        ListColumn(
            average_wage_title(), lambda x: format_money(x.average), lambda x: x.average, numeric=True
        ),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Old base"),
            lambda x: _money(x.old_base),
            lambda x: x.old_base,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "New base"),
            lambda x: format_money(x.new_base),
            lambda x: x.new_base,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Change"),
            lambda x: format_money(x.change),
            lambda x: x.change,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Capped"),
            lambda x: cap_name(x.cap),
            tooltip=lambda x: cap_reason(x, floor, ceiling),
        ),
    ]


def without_wages_columns() -> list[ListColumn[RosterEntry]]:
    return [
        ListColumn(
            QCoreApplication.translate("AnnualBase", "ID number"),
            lambda e: e.id_number,
            kind=ColumnKind.IDENTIFIER,
        ),
        ListColumn(QCoreApplication.translate("AnnualBase", "Name"), lambda e: e.name),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Current base"),
            lambda e: format_money(e.base),
            lambda e: e.base,
            numeric=True,
        ),
        ListColumn(QCoreApplication.translate("AnnualBase", "Insured since"), lambda e: str(e.since)),
    ]


def not_insured_columns() -> list[ListColumn[NotInsured]]:
    return [
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Row"),
            lambda n: str(n.wages.row),
            lambda n: n.wages.row,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "ID number"),
            lambda n: n.wages.id_number,
            kind=ColumnKind.IDENTIFIER,
        ),
        ListColumn(QCoreApplication.translate("AnnualBase", "Name"), lambda n: n.wages.name),
        ListColumn(QCoreApplication.translate("AnnualBase", "Why"), lambda n: not_insured_reason(n.reason)),
    ]


def problem_columns() -> list[ListColumn[WagesProblem]]:
    return [
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Row"),
            lambda p: str(p.row),
            lambda p: p.row,
            numeric=True,
        ),
        ListColumn(QCoreApplication.translate("AnnualBase", "Column"), lambda p: p.column),
        ListColumn(
            QCoreApplication.translate("AnnualBase", "Problem"), lambda p: sheet_problem_text(p.finding)
        ),
    ]
