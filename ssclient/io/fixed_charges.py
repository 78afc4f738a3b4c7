"""The notes that say a policy's fixed monthly charges (a city's 大额医疗) where amounts are shown: the
charge is part of its insurance type's amounts, so the payment form, the receipt and the statements say
how much of each person's month it is, and where the figure comes from."""

from __future__ import annotations

from ssclient.domain.money import format_money
from ssclient.io.messages import FINDING_CONTEXT, Translate, english, render_text
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
