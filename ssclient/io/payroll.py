"""Read the month's payroll (.xlsx or .csv): ID number, name, gross wage, and the employee contributions
withheld, per insurance type or in total.

The headers may be the template's (ssclient.io.payroll_template) or those of the usual payroll exports, in
Chinese or English (应发工资, 个人养老, 代扣社保; gross wage, employee pension). A title may sit above the
header row, a totals row (合计) below the people; both are passed over. Every row is read: a cell that is
not what its column needs becomes a problem naming the row, the column as the file heads it, and what to
do, and a file with any problem is refused as a whole (nothing of it is compared). A file that cannot be
used at all raises UnusableFile, as the personnel reader does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from ssclient.domain.enums import InsuranceType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.money import ZERO
from ssclient.io.errors import UnusableFile
from ssclient.io.keyed_sheet import (
    Cancelled,
    Cells,
    Columns,
    Progress,
    Rows,
    amount_of,
    find_header,
    header_key,
    id_number_of,
    map_columns,
    open_keyed_source,
    read_keyed_rows,
)
from ssclient.rules.payroll import PayrollEntry

PAYROLL_CONTEXT = "PayrollSheet"
# A unit's payroll; far more rows than that is not one (split it).
MAX_ROWS = 50_000

# Row problems of a payroll sheet (English sources; the windows translate them).
PAYROLL_MESSAGES: dict[str, str] = {
    "PAYROLL_ID_MISSING": "The ID number is empty; every person on the payroll needs one.",
    "PAYROLL_NAME_MISSING": "The name is empty.",
    "PAYROLL_WAGE_MISSING": "The gross wage is empty; write the month's gross wage, 0 when nothing was paid.",
    "PAYROLL_AMOUNT_INVALID": "{value} is not an amount; write a number such as 6500.00.",
    "PAYROLL_AMOUNT_NEGATIVE": "{value} is negative; write what was paid or withheld this month.",
    "PAYROLL_AMOUNT_CENTS": "{value} has more than two decimals; amounts are in yuan and fen.",
    "PAYROLL_DUPLICATE": "The ID number is also in row {row}; list each person once.",
}

# field → (the template's header, other headers seen in payroll exports). Employer columns (单位养老) and
# other deductions (公积金, 个税) are not listed, so they are never taken for these.
_HEADERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id_number": ("身份证号码", ("身份证号", "公民身份号码", "证件号码", "身份证", "idnumber", "idcardnumber",
                                 "idno")),
    "name": ("姓名", ("员工姓名", "职工姓名", "名字", "name", "employeename")),
    "gross_wage": ("应发工资", ("应发合计", "应发金额", "应发工资合计", "工资总额", "税前工资", "grosswage",
                               "grosspay", "grosssalary")),
    "pension": ("养老保险(个人)", ("个人养老", "个人养老保险", "养老个人", "代扣养老保险", "代扣养老",
                                   "养老保险", "基本养老保险个人", "pension", "employeepension",
                                   "pensionemployee")),
    "medical": ("医疗保险(个人)", ("个人医疗", "个人医疗保险", "医疗个人", "代扣医疗保险", "代扣医疗",
                                   "医疗保险", "基本医疗保险个人", "medical", "employeemedical",
                                   "medicalemployee")),
    "unemployment": ("失业保险(个人)", ("个人失业", "个人失业保险", "失业个人", "代扣失业保险", "代扣失业",
                                        "失业保险", "unemployment", "employeeunemployment",
                                        "unemploymentemployee")),
    "withheld_total": ("个人社保合计", ("社保个人合计", "个人社保", "代扣社保", "代扣社保合计", "社保扣款",
                                        "社保代扣", "代扣社会保险费", "社会保险个人合计", "个人缴纳社保",
                                        "employeecontributions", "socialinsurancewithheld",
                                        "employeesocialinsurance", "withheldtotal")),
}  # fmt: skip
TEMPLATE_HEADERS: dict[str, str] = {name: chinese for name, (chinese, _) in _HEADERS.items()}
PER_INSURANCE: dict[str, InsuranceType] = {
    "pension": InsuranceType.PENSION,
    "medical": InsuranceType.MEDICAL,
    "unemployment": InsuranceType.UNEMPLOYMENT,
}
AMOUNT_FIELDS = ("gross_wage", *PER_INSURANCE, "withheld_total")
REQUIRED = ("id_number", "name", "gross_wage")
_FIELD_BY_KEY = {
    header_key(text): name for name, (chinese, aliases) in _HEADERS.items() for text in (chinese, *aliases)
}


def field_for_header(text: str) -> str | None:
    return _FIELD_BY_KEY.get(header_key(text))


def header_score(row: Sequence[object]) -> int:
    return sum(1 for cell in row if isinstance(cell, str) and field_for_header(cell) is not None)


@dataclass(frozen=True, slots=True)
class PayrollProblem:
    """A refused cell: its row as the spreadsheet shows it, its column's header, and what is wrong
    (`finding.code` a PAYROLL_* code of PAYROLL_MESSAGES, a cell code, or a rule's ID number code)."""

    row: int
    column: str
    finding: Finding


@dataclass(slots=True)
class PayrollSheet:
    name: str
    entries: list[PayrollEntry] = field(default_factory=list)
    problems: list[PayrollProblem] = field(default_factory=list)
    # The withheld columns the file has: per insurance type, and the total.
    insurances: tuple[InsuranceType, ...] = ()
    has_total: bool = False

    @property
    def refused(self) -> bool:
        return bool(self.problems)


def read_payroll(
    path: Path, today: date, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PayrollSheet:
    """Every row of the payroll in `path`. Raises UnusableFile (a file that cannot be used) and
    ReadCancelled; row problems are in the sheet (`refused`), and then it holds no entries."""
    source = open_keyed_source(path, header_score)
    try:
        rows = source.rows()
        _, header = _find_header(rows, source.name)
        columns = _map_columns(header, source.name)
        sheet = PayrollSheet(
            source.name,
            insurances=tuple(PER_INSURANCE[f] for f in PER_INSURANCE if f in columns),
            has_total="withheld_total" in columns,
        )
        _read_rows(sheet, rows, columns, today, (progress, cancelled, source.estimated_rows))
    finally:
        source.close()
    if sheet.problems:
        sheet.entries = []  # nothing of a refused file is kept
    return sheet


def _find_header(rows: Rows, name: str) -> tuple[int, Sequence[object]]:
    return find_header(rows, header_score, name, _labels(REQUIRED))


def _labels(fields: Sequence[str]) -> str:
    return ", ".join(f"{TEMPLATE_HEADERS[f]} ({f})" for f in fields)


def _map_columns(header: Sequence[object], name: str) -> Columns:
    columns = map_columns(header, field_for_header, name)
    missing = [f for f in REQUIRED if f not in columns]
    if not any(f in columns for f in (*PER_INSURANCE, "withheld_total")):
        missing.append("withheld_total")
    if missing:
        raise UnusableFile("FILE_COLUMNS_MISSING", name=name, columns=_labels(missing))
    return columns


def _read_rows(
    sheet: PayrollSheet,
    rows: Rows,
    columns: Columns,
    today: date,
    watch: tuple[Progress | None, Cancelled | None, int],
) -> None:
    def entry(number: int, cells: Cells) -> tuple[PayrollEntry | None, list[Finding]]:
        return _entry(number, cells, today, columns)

    def duplicate(first: int) -> Finding:
        return _problem("PAYROLL_DUPLICATE", "id_number", row=first)

    for number, found, problems in read_keyed_rows(
        rows, columns, sheet.name, entry, duplicate, (*watch, MAX_ROWS)
    ):
        sheet.problems += [PayrollProblem(number, columns[f.field][1], f) for f in problems]
        if found is not None and not problems:
            sheet.entries.append(found)


def _entry(
    number: int, cells: Cells, today: date, columns: Columns
) -> tuple[PayrollEntry | None, list[Finding]]:
    problems = [problem for _, problem in cells.values() if problem is not None and problem.is_error]
    broken = {p.field for p in problems}
    missing = _problem("PAYROLL_ID_MISSING", "id_number")
    id_number = id_number_of(cells.get("id_number", ("", None))[0], today, broken, problems, missing)
    name = cells.get("name", ("", None))[0]
    if not name and "name" not in broken:
        problems.append(_problem("PAYROLL_NAME_MISSING", "name"))
    amounts: dict[str, Decimal] = {}
    for column in (f for f in AMOUNT_FIELDS if f not in broken):
        text = cells.get(column, ("", None))[0]
        amount, problem = _amount(column, text)
        if problem is not None:
            problems.append(problem)
        elif amount is not None:
            amounts[column] = amount
    if problems or id_number is None:
        return None, problems
    # A blank withheld cell is nothing withheld: payroll exports leave zeros out. A row that fills only the
    # total (the template has both) is compared in total.
    per_insurance = [f for f in PER_INSURANCE if f in columns]
    withheld: dict[InsuranceType, Decimal] = {}
    if any(f in cells for f in per_insurance) or "withheld_total" not in columns:
        withheld = {PER_INSURANCE[f]: amounts.get(f, ZERO) for f in per_insurance}
    total = amounts.get("withheld_total", ZERO) if "withheld_total" in columns else None
    return PayrollEntry(number, id_number, name, amounts["gross_wage"], withheld, total), problems


def _amount(column: str, text: str) -> tuple[Decimal | None, Finding | None]:
    if not text:
        missing = _problem("PAYROLL_WAGE_MISSING", column) if column == "gross_wage" else None
        return None, missing
    return amount_of(column, text, _problem, "PAYROLL_")


def _problem(code: str, column: str, **params: object) -> Finding:
    texts = {key: str(value) for key, value in params.items()}
    return Finding(code, Severity.ERROR, column, PAYROLL_MESSAGES[code].format(**texts), texts)
