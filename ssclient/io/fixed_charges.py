"""The notes that say a policy's fixed monthly charges (a city's 大额医疗) where amounts are shown: the
charge is part of its insurance type's amounts, so the payment form, the receipt and the statements say
how much of each person's month it is, and where the figure comes from."""

from __future__ import annotations

from decimal import Decimal

from ssclient.domain.enums import InsuranceType
from ssclient.domain.money import format_money
from ssclient.domain.period import Period
from ssclient.io.messages import FINDING_CONTEXT, Translate, english, render_text
from ssclient.policy.history import PolicyHistory
from ssclient.policy.messages import POLICY_CONTEXT, POLICY_TEXTS
from ssclient.policy.model import Policy
from ssclient.rules.messages import INSURANCE_NAMES


def fixed_charge_notes(policy: Policy | None, tr: Translate = english) -> list[str]:
    """One sentence per fixed charge of `policy`, in the language of `tr`; none without a policy."""
    if policy is None:
        return []
    notes = []
    for insurance, charge in policy.fixed_charges().items():
        key = "fixed_charge_illustrative" if charge.origin.illustrative else "fixed_charge"
        notes.append(
            render_text(
                POLICY_CONTEXT,
                POLICY_TEXTS[key],
                tr,
                insurance=tr(FINDING_CONTEXT, INSURANCE_NAMES[insurance.value]),
                name=charge.name,
                name_en=charge.name_en,
                employer=format_money(charge.employer),
                employee=format_money(charge.employee),
                origin=charge.origin.source,
            )
        )
    return notes


def fixed_columns(history: PolicyHistory | None, tr: Translate = english) -> list[str]:
    """The headers of the columns that give each line's fixed-charge part (employee, employer), for a
    spreadsheet of lines; none when no table of `history` sets a fixed charge."""
    if history is None or not any(table.fixed_charges() for table in history.tables):
        return []
    return [
        render_text(POLICY_CONTEXT, POLICY_TEXTS[key], tr) for key in ("fixed_employee", "fixed_employer")
    ]


def fixed_parts(history: PolicyHistory, insurance: InsuranceType, month: Period) -> list[Decimal]:
    """A line's fixed-charge part (employee, employer) under the table in force in its month."""
    charge = history.in_force(month).fixed_charges().get(insurance)
    return [Decimal("0.00"), Decimal("0.00")] if charge is None else [charge.employee, charge.employer]
