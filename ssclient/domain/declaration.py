"""Declarations and their lines, as the accountant fills them in.

Line fields are kept as the text the user typed (or the spreadsheet held): a draft may hold anything,
and the rulebook says what is wrong with it. Typed values are derived by the rules, not stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from operator import attrgetter

from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.period import Period

# What one declaration may hold: the agency's wire format refuses more (ssclient.agency.schemas), so the
# rulebook says so before a document is sent. Bounds of this program's agency interface, not of a policy:
# 2,000 people, or 50,000 payment lines (the four insurances of some 12,000 people).
MAX_PERSONNEL_LINES = 2_000
MAX_PAYMENT_LINES = 50_000

# The columns of a personnel line, in the order forms and spreadsheets show them.
PERSON_FIELDS: tuple[str, ...] = (
    "id_number",
    "name",
    "hukou_type",
    "wage_base",
    "migrant_worker",
    "migrant_insurance",
    "province",
    "city",
    "county",
)


# The interruption reasons the agency records, as it writes them. The form offers them translated and stores
# them like this, so a document means the same whatever language the program speaks; any other reason is
# kept as typed.
INTERRUPTION_REASONS = ("离职", "退休", "合同到期", "死亡", "调往其他单位")


@dataclass(slots=True)
class DeclarationLine:
    id_number: str = ""
    name: str = ""
    hukou_type: str = ""
    wage_base: str = ""
    migrant_worker: str = ""
    migrant_insurance: str = ""
    province: str = ""
    city: str = ""
    county: str = ""
    # Interruption: why the person leaves (离职, 退休, ...).
    reason: str = ""
    # Renewal: months of back payment asked for, per insurance type (0 = none).
    backpay: dict[InsuranceType, int] = field(default_factory=dict)
    # Base change: the first month the new base applies ("2026-11"); empty = the declaration's period.
    effective_period: str = ""
    # The identity document (IdType value or its Chinese name); empty = 居民身份证.
    id_type: str = ""
    # Passports: the holder's nationality (required there); other documents leave it empty.
    nationality: str = ""
    # Women: worker or cadre (WomensCategory value or 女职工/女干部), which decides the retirement age.
    womens_category: str = ""
    # Annual base: the person's average monthly wage of last year, from which the line's base (wage_base)
    # is computed (rules.annual_base); empty on other types.
    average_wage: str = ""
    # The spreadsheet row an imported line came from, as the import report numbers it (None: typed in).
    # The client's own bookkeeping: never sent to the agency, and not part of what the line says.
    source_row: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["backpay"] = {str(k): v for k, v in self.backpay.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DeclarationLine:
        known = {f.name for f in fields(cls)}
        values: dict[str, object] = {k: v for k, v in data.items() if k in known}
        backpay = values.pop("backpay", None) or {}
        line = cls(**{k: "" if v is None else str(v) for k, v in values.items()})  # type: ignore[arg-type]
        line.backpay = {InsuranceType(str(k)): int(v) for k, v in dict(backpay).items()}  # type: ignore[call-overload]
        return line

    def copy(self) -> DeclarationLine:
        # Field by field, in the order __init__ takes them: dataclasses.replace looks the fields up again
        # on every call, and the editor copies each of a document's 100,000 lines as it opens it.
        line = DeclarationLine(*_line_values(self))
        line.backpay = dict(self.backpay)
        return line


_line_values = attrgetter(*(f.name for f in fields(DeclarationLine)))


@dataclass(slots=True)
class PaymentLine:
    """One person's contribution for one insurance type in one period (费款申报)."""

    id_number: str
    name: str
    insurance: InsuranceType
    period: Period
    base: Decimal
    employer_amount: Decimal
    employee_amount: Decimal
    # The period this amount is for when it is a back payment, else the same as `period`.
    for_period: Period | None = None
    # The declared wage (申报工资) `base` was derived from: they differ when the wage lies outside the
    # policy's limits and the base is capped to them. None on lines made before this was kept.
    wage: Decimal | None = None

    @property
    def total(self) -> Decimal:
        return self.employer_amount + self.employee_amount


@dataclass(slots=True)
class Declaration:
    type: DeclarationType
    period: Period
    lines: list[DeclarationLine] = field(default_factory=list)
    # Payment declarations (费款申报) carry amounts instead of personnel lines.
    payments: list[PaymentLine] = field(default_factory=list)
    status: DeclarationStatus = DeclarationStatus.DRAFT
    id: int | None = None
    serial_number: str | None = None
    # Revise = cancel-and-replace: the approved record this one replaces.
    replaces_serial: str | None = None
