"""The reconciliation's words in the user's language: the kinds of difference and the payroll sheet's row
problems (context "PayrollSheet", the same English sources as ssclient.io.payroll's catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssclient.app.payroll import Difference, problem_text
from ssclient.domain.findings import Finding


def difference_name(kind: Difference) -> str:
    names = {
        Difference.PAID_NOT_INSURED: QCoreApplication.translate("Payroll", "Paid, not insured"),
        Difference.INSURED_NOT_PAID: QCoreApplication.translate("Payroll", "Insured, not paid"),
        Difference.WITHHELD_DIFFERS: QCoreApplication.translate("Payroll", "Withheld ≠ employee share"),
        Difference.WAGE_DIFFERS: QCoreApplication.translate("Payroll", "Wage ≠ declared wage"),
    }
    return names[kind]


def difference_help(kind: Difference) -> str:
    """What a kind of difference means and what to do about it (the cells' tooltips)."""
    helps = {
        Difference.PAID_NOT_INSURED: QCoreApplication.translate(
            "Payroll",
            "On the payroll but not in the approved payment: declare the person (Add or Renew personnel), or, "
            "when the roster has them, revise the payment declaration.",
        ),
        Difference.INSURED_NOT_PAID: QCoreApplication.translate(
            "Payroll",
            "Insured this month but not on the payroll: interrupt the person if they left, or add them to the "
            "payroll.",
        ),
        Difference.WITHHELD_DIFFERS: QCoreApplication.translate(
            "Payroll",
            "The amount withheld from the wage is not the employee share of the approved payment: correct the "
            "payroll, or the base if the payment is what is wrong.",
        ),
        Difference.WAGE_DIFFERS: QCoreApplication.translate(
            "Payroll",
            "The gross wage is further from the declared wage than the tolerance: check whether the "
            "contribution base should change.",
        ),
    }
    return helps[kind]


def payroll_sheet_messages() -> dict[str, str]:
    """The payroll sheet's problems, translated (the sources are ssclient.io.payroll's PAYROLL_MESSAGES)."""
    return {
        "PAYROLL_ID_MISSING": QCoreApplication.translate(
            "PayrollSheet", "The ID number is empty; every person on the payroll needs one."
        ),
        "PAYROLL_NAME_MISSING": QCoreApplication.translate("PayrollSheet", "The name is empty."),
        "PAYROLL_WAGE_MISSING": QCoreApplication.translate(
            "PayrollSheet", "The gross wage is empty; write the month's gross wage, 0 when nothing was paid."
        ),
        "PAYROLL_AMOUNT_INVALID": QCoreApplication.translate(
            "PayrollSheet", "{value} is not an amount; write a number such as 6500.00."
        ),
        "PAYROLL_AMOUNT_NEGATIVE": QCoreApplication.translate(
            "PayrollSheet", "{value} is negative; write what was paid or withheld this month."
        ),
        "PAYROLL_AMOUNT_CENTS": QCoreApplication.translate(
            "PayrollSheet", "{value} has more than two decimals; amounts are in yuan and fen."
        ),
        "PAYROLL_DUPLICATE": QCoreApplication.translate(
            "PayrollSheet", "The ID number is also in row {row}; list each person once."
        ),
    }


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def sheet_problem_text(item: Finding) -> str:
    """A refused row's message in the user's language: the payroll sheet's own problems from this
    catalogue, an ID number's or a cell's from the findings catalogue."""
    template = payroll_sheet_messages().get(item.code)
    if template is None:
        return problem_text(item, translate)
    try:
        return template.format(**item.params)
    except (KeyError, IndexError, ValueError):
        return item.message
