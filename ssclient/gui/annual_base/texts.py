"""The annual base's words in the user's language: why a base is capped, why someone in the file gets no
line, and the wages sheet's row problems (context "AnnualWagesSheet", the same English sources as
ssclient.io.annual_wages's catalogue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ssclient.app.annual_base import (
    PARTIAL_YEAR_ILLUSTRATIVE,
    AnnualBaseLine,
    Cap,
    DeclaredElsewhere,
    NotInsuredReason,
    problem_text,
)
from ssclient.domain.findings import Finding
from ssclient.domain.money import format_money

if TYPE_CHECKING:
    from ssclient.app.session_rules import Policy


def cap_name(cap: Cap) -> str:
    names = {
        Cap.NONE: "",
        Cap.FLOOR: QCoreApplication.translate("AnnualBase", "Raised to the floor"),
        Cap.CEILING: QCoreApplication.translate("AnnualBase", "Lowered to the ceiling"),
    }
    return names[cap]


def cap_reason(line: AnnualBaseLine, floor: str, ceiling: str) -> str:
    """Why the line's base is not its average wage (the Capped column's tooltip)."""
    if line.cap is Cap.FLOOR:
        text = QCoreApplication.translate(
            "AnnualBase", "The average wage %1 is below this year's floor %2: the base is the floor."
        )
        return text.replace("%1", format_money(line.average)).replace("%2", floor)
    if line.cap is Cap.CEILING:
        text = QCoreApplication.translate(
            "AnnualBase", "The average wage %1 is above this year's ceiling %2: the base is the ceiling."
        )
        return text.replace("%1", format_money(line.average)).replace("%2", ceiling)
    return ""


def not_insured_reason(reason: NotInsuredReason) -> str:
    reasons = {
        NotInsuredReason.NOT_ON_ROSTER: QCoreApplication.translate(
            "AnnualBase", "Not on the unit's roster: not declared. Add the person first if they work here."
        ),
        NotInsuredReason.INTERRUPTED: QCoreApplication.translate(
            "AnnualBase",
            "Insurance interrupted: not declared. Renew the person first if they work here again.",
        ),
    }
    return reasons[reason]


def wages_sheet_messages() -> dict[str, str]:
    """The wages sheet's problems, translated (the sources are ssclient.io.annual_wages's WAGES_MESSAGES)."""
    return {
        "WAGES_ID_MISSING": QCoreApplication.translate(
            "AnnualWagesSheet", "The ID number is empty; every person needs one."
        ),
        "WAGES_NAME_MISSING": QCoreApplication.translate("AnnualWagesSheet", "The name is empty."),
        "WAGES_AMOUNT_INVALID": QCoreApplication.translate(
            "AnnualWagesSheet", "{value} is not an amount; write a number such as 6500.00."
        ),
        "WAGES_AMOUNT_NEGATIVE": QCoreApplication.translate(
            "AnnualWagesSheet", "{value} is negative; write the wage paid, 0 when nothing was paid."
        ),
        "WAGES_AMOUNT_CENTS": QCoreApplication.translate(
            "AnnualWagesSheet", "{value} has more than two decimals; amounts are in yuan and fen."
        ),
        "WAGES_NONE": QCoreApplication.translate(
            "AnnualWagesSheet",
            "No wage is written: fill the twelve months, or the year's total and the months worked.",
        ),
        "WAGES_BOTH": QCoreApplication.translate(
            "AnnualWagesSheet", "Both the months and the year's total are filled: keep one of the two."
        ),
        "WAGES_NO_MONTH_WORKED": QCoreApplication.translate(
            "AnnualWagesSheet",
            "Every month is 0: a person who worked no month has no average wage; leave the row out.",
        ),
        "WAGES_TOTAL_MISSING": QCoreApplication.translate(
            "AnnualWagesSheet", "The year's total is empty; write it with the months worked."
        ),
        "WAGES_TOTAL_ZERO": QCoreApplication.translate(
            "AnnualWagesSheet", "The year's total must be more than 0."
        ),
        "WAGES_MONTHS_MISSING": QCoreApplication.translate(
            "AnnualWagesSheet",
            "The months worked are empty; write how many months of the year were worked (1–12).",
        ),
        "WAGES_MONTHS_INVALID": QCoreApplication.translate(
            "AnnualWagesSheet", "{value} is not a number of months; write a whole number from 1 to 12."
        ),
        "WAGES_DUPLICATE": QCoreApplication.translate(
            "AnnualWagesSheet", "The ID number is also in row {row}; list each person once."
        ),
    }


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def sheet_problem_text(item: Finding) -> str:
    """A refused row's message in the user's language: the wages sheet's own problems from this
    catalogue, an ID number's or a cell's from the findings catalogue."""
    template = wages_sheet_messages().get(item.code)
    if template is None:
        return problem_text(item, translate)
    try:
        return template.format(**item.params)
    except (KeyError, IndexError, ValueError):
        return item.message


def title_text(policy: Policy) -> str:
    """The window's heading: the year's first month and the wages it comes from."""
    text = QCoreApplication.translate("AnnualBaseWindow", "Annual base from %1 (wages of %2)")
    return text.replace("%1", str(policy.starts)).replace("%2", str(policy.year - 1))


def policy_text(policy: Policy) -> str:
    """The policy the bases follow, and which of its figures and practices are illustrative."""
    text = (
        QCoreApplication.translate(
            "AnnualBaseWindow", "%1: floor %2, ceiling %3, rounding to %4, in force from %5."
        )
        .replace("%1", policy.name)
        .replace("%2", format_money(policy.base_floor))
        .replace("%3", format_money(policy.base_ceiling))
        .replace("%4", str(policy.rounding_quantum))
        .replace("%5", str(policy.starts))
    )
    if {"base.floor", "base.ceiling"} & set(policy.illustrative_figures()):  # a figure's own source too
        text += "\n" + QCoreApplication.translate(
            "AnnualBaseWindow",
            "These limits are ILLUSTRATIVE, not your city's official table: load the official one in "
            "Settings → Policy before declaring.",
        )
    if PARTIAL_YEAR_ILLUSTRATIVE:
        text += "\n" + QCoreApplication.translate(
            "AnnualBaseWindow",
            "For part of a year, the total is divided by the months worked: the usual practice, not "
            "from an official document this program can name (illustrative); check with your agency.",
        )
    return text


class PartsTexts(QObject):
    """The annual base window's words on a unit of more people than one declaration holds, whose annual
    base is saved as several documents (counted texts: tr's plural forms)."""

    def plan(self, people: int, effective: str, parts: int, most: int) -> str:
        text = self.tr(
            "%1 new bases from %2. Check them, then save them to the draft box as %n document(s): one "
            "declaration holds at most %3 people. Declare them together.",
            "",
            parts,
        )
        return text.replace("%1", f"{people:,}").replace("%2", effective).replace("%3", f"{most:,}")

    def saved(self, ids: list[int]) -> str:
        text = self.tr(
            "Saved to the draft box as %n document(s), #%1 to #%2: check and declare them there together.",
            "",
            len(ids),
        )
        return text.replace("%1", str(ids[0])).replace("%2", str(ids[-1]))

    def elsewhere(self, people: int) -> str:
        """Of a reopened part: the people its siblings name, not listed as without wages."""
        return self.tr(
            "%n more insured person(s) have their new base in the unit's other annual base documents of "
            "this year, so they are not listed as without wages.",
            "",
            people,
        )

    def left_out(self, people: int) -> str:
        """Of an imported file: its people whose new base other documents of the year declare already."""
        return self.tr(
            "%n person(s) in the file already have their new base in other annual base documents of this "
            "year, so they are left out.",
            "",
            people,
        )

    def declared_elsewhere(self, found: DeclaredElsewhere) -> str:
        """Why nothing was saved: other documents of the year already name some of these people."""
        shown = ", ".join(f"#{i}" for i in found.documents[:5]) + (", …" if len(found.documents) > 5 else "")
        text = self.tr(
            "%n of these people already have their new base in other annual base documents of this year "
            "(%1), so nothing was saved. Delete those still in the draft box, or revise those already "
            "approved from the records; then save again.",
            "",
            found.people,
        )
        return text.replace("%1", shown)
