"""A Policy to and from JSON, for the agency to publish it and the client to cache it.

The JSON has the same shape as the policy TOML files (meta, window, base, rounding, insurance.<type>), every
figure beside its source, year and `illustrative` flag, and amounts and rates as decimal strings. Reading it
back goes through the same reader as the TOML files, so a cached or published policy is checked exactly
like a bundled one and a bad one is refused with a message naming the key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ssclient.policy.history import PolicyHistory
from ssclient.policy.loader import policy_from_mapping
from ssclient.policy.model import InsurancePolicy, Policy, PolicyError, Sourced


def policy_to_dict(policy: Policy) -> dict[str, Any]:
    return {
        "meta": {
            "id": policy.id,
            "name": policy.name,
            "name_en": policy.name_en,
            "year": policy.year,
            "illustrative": policy.illustrative,
            **({"area": policy.area} if policy.area else {}),
            **({"in_force_from": str(policy.in_force_from)} if policy.in_force_from else {}),
        },
        "window": {
            "first_day": policy.window_first_day,
            "last_day": policy.window_last_day,
            **_sourced(policy.window_origin),
            **_figures(policy, "window"),
        },
        "base": {
            "average_wage": str(policy.average_wage),
            "floor": str(policy.base_floor),
            "ceiling": str(policy.base_ceiling),
            **_sourced(policy.base_origin),
            **_figures(policy, "base"),
        },
        "rounding": {
            "mode": policy.rounding_mode,
            "quantum": str(policy.rounding_quantum),
            **_sourced(policy.rounding_origin),
            **_figures(policy, "rounding"),
        },
        "insurance": {kind.value: _insurance(policy, rules) for kind, rules in policy.insurances.items()},
    }


def policy_from_dict(data: Mapping[str, Any], origin: str = "<published policy>") -> Policy:
    """Raises PolicyError (naming the key) when the data is not a usable policy."""
    if not isinstance(data, Mapping):
        raise PolicyError(f"{origin}: a policy must be a JSON object")
    return policy_from_mapping(data, origin)


def policy_to_json(policy: Policy) -> str:
    return json.dumps(policy_to_dict(policy), ensure_ascii=False, indent=1, sort_keys=True)


def policy_from_json(text: str, origin: str = "<published policy>") -> Policy:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PolicyError(f"{origin}: not valid JSON ({exc})") from exc
    return policy_from_dict(data, origin)


def _sourced(origin: Sourced) -> dict[str, Any]:
    return {"source": origin.source, "year": origin.year, "illustrative": origin.illustrative}


def _figures(policy: Policy, table: str) -> dict[str, Any]:
    """The figures of `table` that name a source of their own, as the file's `figures` sub-table."""
    own = {
        key.rpartition(".")[2]: _sourced(origin)
        for key, origin in policy.figure_origins.items()
        if key.rpartition(".")[0] == table
    }
    return {"figures": own} if own else {}


def _insurance(policy: Policy, rules: InsurancePolicy) -> dict[str, Any]:
    table = f"insurance.{rules.insurance.value}"
    optional: dict[str, Any] = {**_figures(policy, table)}
    if rules.rural_employee_rate is not None:
        optional["rural_contract_worker_employee_rate"] = str(rules.rural_employee_rate)
    if rules.fixed_monthly is not None:
        fixed = rules.fixed_monthly
        optional["fixed_monthly"] = {
            "name": fixed.name,
            "name_en": fixed.name_en,
            "employer": str(fixed.employer),
            "employee": str(fixed.employee),
            **_sourced(fixed.origin),
            **_figures(policy, f"{table}.fixed_monthly"),
        }
    return {
        **optional,
        "employer_rate": str(rules.employer_rate),
        "employee_rate": str(rules.employee_rate),
        "backpay_min_months": rules.backpay_min_months,
        "backpay_max_months": rules.backpay_max_months,
        "industry_class_rates": [str(rate) for rate in rules.industry_class_rates],
        **_sourced(rules.origin),
    }


def history_to_dict(history: PolicyHistory) -> dict[str, Any]:
    """A pooling area's tables, oldest first, each shaped as policy_to_dict (its first month in its meta)."""
    return {
        "area": history.area,
        "tables": [policy_to_dict(replace(table, in_force_from=table.starts)) for table in history.tables],
    }


def history_from_dict(data: Mapping[str, Any], origin: str = "<published policy history>") -> PolicyHistory:
    """Raises PolicyError (naming the table and the key) when a table is not usable or the tables do not
    make one area's history."""
    tables = data.get("tables") if isinstance(data, Mapping) else None
    if not isinstance(tables, list) or not tables:
        raise PolicyError(f"{origin}: 'tables' must be a non-empty list of policy tables", key="tables")
    return PolicyHistory.of(
        policy_from_dict(table, f"{origin} tables[{index}]") for index, table in enumerate(tables)
    )


def history_to_json(history: PolicyHistory) -> str:
    return json.dumps(history_to_dict(history), ensure_ascii=False, indent=1, sort_keys=True)


def history_from_json(text: str, origin: str = "<published policy history>") -> PolicyHistory:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PolicyError(f"{origin}: not valid JSON ({exc})") from exc
    return history_from_dict(data, origin)
