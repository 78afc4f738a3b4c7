"""Read a policy TOML file into a Policy, refusing a bad one with a message that names the key."""

from __future__ import annotations

import decimal
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from ssclient import assets
from ssclient.domain.enums import InsuranceType
from ssclient.domain.period import Period
from ssclient.policy.messages import POLICY_TEXTS
from ssclient.policy.model import FixedCharge, InsurancePolicy, Policy, PolicyError, Sourced

DEFAULT_POLICY_FILE = "illustrative-2026.toml"
_ROUNDING_MODES = {
    name for name in dir(decimal) if name.startswith("ROUND_") and isinstance(getattr(decimal, name), str)
}


def load_policy(path: Path) -> Policy:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        detail = str(exc.strerror or exc)
        raise PolicyError(
            f"cannot read policy file {path}: {detail}", code="unreadable", params={"detail": detail}
        ) from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(f"policy file {path} is not UTF-8 text", code="not_utf8") from exc
    return parse_policy(text, origin=str(path))


@cache
def default_policy() -> Policy:
    return load_policy(assets.resource("policy", DEFAULT_POLICY_FILE))


def parse_policy(text: str, origin: str = "<policy>") -> Policy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(
            f"{origin}: not valid TOML ({exc})", code="not_toml", params={"detail": str(exc)}
        ) from exc
    return policy_from_mapping(data, origin)


def policy_from_mapping(data: Mapping[str, Any], origin: str = "<policy>") -> Policy:
    """A policy from already-parsed data (TOML, or the agency's published JSON), checked the same way."""
    return _Reader(data, origin).policy()


class _Reader:
    def __init__(self, data: Mapping[str, Any], origin: str) -> None:
        self._data = data
        self._origin = origin

    def fail(self, key: str, code: str, **params: object) -> PolicyError:
        problem = POLICY_TEXTS[code].format(**params)
        return PolicyError(f"{self._origin}: key '{key}' {problem}", key=key, code=code, params=params)

    def table(self, key: str) -> Mapping[str, Any]:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise self.fail(key, "missing")
            node = node[part]
        if not isinstance(node, Mapping):
            raise self.fail(key, "table")
        return node

    def value(self, table: str, name: str) -> Any:
        section = self.table(table)
        if name not in section:
            raise self.fail(f"{table}.{name}", "missing")
        return section[name]

    def text(self, table: str, name: str) -> str:
        value = self.value(table, name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{table}.{name}", "text")
        return value

    def optional_text(self, table: str, name: str) -> str:
        return self.text(table, name) if name in self.table(table) else ""

    def optional_period(self, table: str, name: str) -> Period | None:
        if name not in self.table(table):
            return None
        text = self.text(table, name)
        try:
            return Period.parse(text)
        except ValueError as exc:
            raise self.fail(f"{table}.{name}", "month") from exc

    def integer(self, table: str, name: str, low: int, high: int) -> int:
        value = self.value(table, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(f"{table}.{name}", "whole", low=low, high=high)
        return value

    def boolean(self, table: str, name: str) -> bool:
        value = self.value(table, name)
        if not isinstance(value, bool):
            raise self.fail(f"{table}.{name}", "bool")
        return value

    def decimal(self, table: str, name: str, value: Any = None, *, high: Decimal | None = None) -> Decimal:
        key = f"{table}.{name}"
        raw = self.value(table, name) if value is None else value
        # Amounts and rates are quoted strings so that TOML never reads them as binary floats.
        if not isinstance(raw, str):
            raise self.fail(key, "quoted")
        try:
            number = Decimal(raw)
        except InvalidOperation as exc:
            raise self.fail(key, "not_decimal", raw=repr(raw)) from exc
        if not number.is_finite() or number < 0 or (high is not None and number > high):
            raise self.fail(key, "range")
        return number

    def sourced(self, table: str) -> Sourced:
        return Sourced(
            source=self.text(table, "source"),
            year=self.integer(table, "year", 1990, 2100),
            illustrative=self.boolean(table, "illustrative"),
        )

    def figure_origins(self, table: str, names: Sequence[str]) -> dict[str, Sourced]:
        """The `figures` sub-table of `table`: a source of their own for some of its figures, by the
        figure's key (a city's notice may set some figures of a table and not others)."""
        if "figures" not in self.table(table):
            return {}
        origins = {}
        for name in self.table(f"{table}.figures"):
            if name not in names:
                raise self.fail(f"{table}.figures.{name}", "not_a_figure", names=", ".join(names))
            origins[f"{table}.{name}"] = self.sourced(f"{table}.figures.{name}")
        return origins

    def sourced_figures(self, policy: Policy) -> Policy:
        """`policy` with its figures' own sources; refused when figures are illustrative but the table does
        not say so (`meta.illustrative`), for the program shows a table as illustrative by that flag."""
        origins: dict[str, Sourced] = {}
        for table, _origin, names in policy.figure_tables():
            origins.update(self.figure_origins(table, names))
        policy = replace(policy, figure_origins=origins)
        illustrative = policy.illustrative_figures()
        if illustrative and not policy.illustrative:
            raise self.fail("meta.illustrative", "illustrative_figures", figures=", ".join(illustrative))
        return policy

    def insurance(self, kind: InsuranceType) -> InsurancePolicy:
        table = f"insurance.{kind.value}"
        classes_raw = self.table(table).get("industry_class_rates", [])
        if not isinstance(classes_raw, list):
            raise self.fail(f"{table}.industry_class_rates", "list")
        classes = tuple(
            self.decimal(table, "industry_class_rates", item, high=Decimal(1)) for item in classes_raw
        )
        rural = None
        if "rural_contract_worker_employee_rate" in self.table(table):
            rural = self.decimal(table, "rural_contract_worker_employee_rate", high=Decimal(1))
        fixed = self.fixed_charge(f"{table}.fixed_monthly") if "fixed_monthly" in self.table(table) else None
        low = self.integer(table, "backpay_min_months", 0, 120)
        high = self.integer(table, "backpay_max_months", 0, 120)
        if low > high:
            raise self.fail(f"{table}.backpay_min_months", "not_above", other="backpay_max_months")
        return InsurancePolicy(
            insurance=kind,
            employer_rate=self.decimal(table, "employer_rate", high=Decimal(1)),
            employee_rate=self.decimal(table, "employee_rate", high=Decimal(1)),
            backpay_min_months=low,
            backpay_max_months=high,
            origin=self.sourced(table),
            industry_class_rates=classes,
            rural_employee_rate=rural,
            fixed_monthly=fixed,
        )

    def fixed_charge(self, table: str) -> FixedCharge:
        """A fixed monthly charge per person; its amounts are whole multiples of the rounding quantum, so
        that a line's amount stays rounded as the policy says."""
        quantum = self.decimal("rounding", "quantum")
        amounts = {}
        for share in ("employer", "employee"):
            amount = self.decimal(table, share)
            if quantum > 0 and amount % quantum != 0:
                raise self.fail(f"{table}.{share}", "quantum", quantum=quantum)
            amounts[share] = amount
        return FixedCharge(
            name=self.text(table, "name"),
            name_en=self.text(table, "name_en"),
            employer=amounts["employer"],
            employee=amounts["employee"],
            origin=self.sourced(table),
        )

    def policy(self) -> Policy:
        first = self.integer("window", "first_day", 1, 31)
        last = self.integer("window", "last_day", 1, 31)
        if first > last:
            raise self.fail("window.first_day", "not_after", other="window.last_day")
        floor = self.decimal("base", "floor")
        ceiling = self.decimal("base", "ceiling")
        if floor > ceiling:
            raise self.fail("base.floor", "not_above", other="base.ceiling")
        mode = self.text("rounding", "mode")
        if mode not in _ROUNDING_MODES:
            raise self.fail("rounding.mode", "one_of", choices=", ".join(sorted(_ROUNDING_MODES)))
        quantum = self.decimal("rounding", "quantum")
        if quantum <= 0:
            raise self.fail("rounding.quantum", "positive")
        policy = Policy(
            area=self.optional_text("meta", "area"),
            in_force_from=self.optional_period("meta", "in_force_from"),
            id=self.text("meta", "id"),
            name=self.text("meta", "name"),
            name_en=self.text("meta", "name_en"),
            year=self.integer("meta", "year", 1990, 2100),
            illustrative=self.boolean("meta", "illustrative"),
            window_first_day=first,
            window_last_day=last,
            window_origin=self.sourced("window"),
            average_wage=self.decimal("base", "average_wage"),
            base_floor=floor,
            base_ceiling=ceiling,
            base_origin=self.sourced("base"),
            rounding_mode=mode,
            rounding_quantum=quantum,
            rounding_origin=self.sourced("rounding"),
            insurances={kind: self.insurance(kind) for kind in InsuranceType},
        )
        return self.sourced_figures(policy)
