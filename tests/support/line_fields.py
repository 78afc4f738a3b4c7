"""The fields of a DeclarationLine by name, for test helpers that take some of them as keyword arguments:
mypy then checks each argument's name and type (a `**more: str` would let `backpay` through unchecked)."""

from __future__ import annotations

from typing import TypedDict

from ssclient.domain.enums import InsuranceType


class LineDetails(TypedDict, total=False):
    """The fields besides the person and the base, which line-making helpers take as parameters of their own."""

    migrant_worker: str
    migrant_insurance: str
    province: str
    city: str
    county: str
    reason: str
    backpay: dict[InsuranceType, int]
    effective_period: str
    id_type: str
    nationality: str
    womens_category: str


class LineFields(LineDetails, total=False):
    """Every field of a DeclarationLine."""

    id_number: str
    name: str
    hukou_type: str
    wage_base: str
