"""A policy table's illustrative figures as an accountant reads them: grouped by what they belong to and
named in the user's language (养老保险：个人费率、补缴月数上限), not by their keys in the TOML file."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QCoreApplication

from ssclient.app.policy_tables import Policy
from ssclient.domain.enums import InsuranceType
from ssclient.gui.records.texts import insurance_name

# Every text is a literal QCoreApplication.translate call, in context "PolicyFigures", so lupdate finds it.


def _figure_names() -> dict[str, str]:
    """Each figure's name by its last key part (a function: the texts follow the language in force)."""
    return {
        "first_day": QCoreApplication.translate("PolicyFigures", "first day of the declaration window"),
        "last_day": QCoreApplication.translate("PolicyFigures", "last day of the declaration window"),
        "average_wage": QCoreApplication.translate("PolicyFigures", "average wage"),
        "floor": QCoreApplication.translate("PolicyFigures", "base floor"),
        "ceiling": QCoreApplication.translate("PolicyFigures", "base ceiling"),
        "mode": QCoreApplication.translate("PolicyFigures", "rounding mode"),
        "quantum": QCoreApplication.translate("PolicyFigures", "rounding step"),
        "employer_rate": QCoreApplication.translate("PolicyFigures", "employer rate"),
        "employee_rate": QCoreApplication.translate("PolicyFigures", "employee rate"),
        "industry_class_rates": QCoreApplication.translate(
            "PolicyFigures", "work-injury rates by industry class"
        ),
        "rural_contract_worker_employee_rate": QCoreApplication.translate(
            "PolicyFigures", "rural contract workers' employee rate"
        ),
        "backpay_min_months": QCoreApplication.translate("PolicyFigures", "fewest back-pay months"),
        "backpay_max_months": QCoreApplication.translate("PolicyFigures", "most back-pay months"),
        "employer": QCoreApplication.translate("PolicyFigures", "fixed monthly charge, employer"),
        "employee": QCoreApplication.translate("PolicyFigures", "fixed monthly charge, employee"),
    }


def _group_names() -> dict[str, str]:
    return {
        "window": QCoreApplication.translate("PolicyFigures", "Declaration window"),
        "base": QCoreApplication.translate("PolicyFigures", "Contribution base"),
        "rounding": QCoreApplication.translate("PolicyFigures", "Rounding"),
        **{f"insurance.{kind.value}": _capitalised(insurance_name(kind)) for kind in InsuranceType},
    }


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]  # "pension" heads a line in English; Chinese has no case


def _group_of(key: str) -> str:
    """`insurance.pension.employee_rate` → `insurance.pension`; a fixed charge's figure joins its insurance."""
    parts = key.split(".")
    return ".".join(parts[:2]) if parts[0] == "insurance" else parts[0]


def illustrative_figures_text(policy: Policy) -> str:
    """Which figures of `policy` name no official document ("" when none), one group a line: a partly
    sourced table says which of its figures are illustrative wherever it says it is."""
    figures = policy.illustrative_figures()
    if not figures:
        return ""
    names, groups = _figure_names(), _group_names()
    heading = QCoreApplication.translate("PolicyFigures", "Illustrative figures (%1 of %2):")
    lines = [heading.replace("%1", str(len(figures))).replace("%2", str(len(policy.figures())))]
    for group, keys in groupby(figures, key=_group_of):
        listed = [names.get(key.rsplit(".", 1)[-1], key) for key in keys]
        lines.append(_group_line(groups.get(group, group), listed))
    return "\n".join(lines)


def _group_line(group: str, figures: list[str]) -> str:
    separator = QCoreApplication.translate("PolicyFigures", ", ")
    line = QCoreApplication.translate("PolicyFigures", "%1: %2")
    return line.replace("%1", group).replace("%2", separator.join(figures))


def figures_status(policy: Policy) -> str:
    """Whether a table's figures are official, all illustrative, or some of each (with how many)."""
    if not policy.illustrative:
        return QCoreApplication.translate("PolicyFigures", "official")
    illustrative, total = len(policy.illustrative_figures()), len(policy.figures())
    if 0 < illustrative < total:
        return (
            QCoreApplication.translate("PolicyFigures", "partly illustrative (%1 of %2)")
            .replace("%1", str(illustrative))
            .replace("%2", str(total))
        )
    return QCoreApplication.translate("PolicyFigures", "illustrative, not official")
