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

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from ssclient.domain.enums import InsuranceType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import ZERO, decimal_places, parse_amount, to_halfwidth
from ssclient.io.cells import cell_finding, column_letter, value_text
from ssclient.io.csv_source import CsvSource
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.filetype import Kind, sniff
from ssclient.io.spreadsheet import RowSource
from ssclient.io.xlsx_source import HEADER_SEARCH_ROWS, XlsxSource
from ssclient.rules.identity import check_id_number
from ssclient.rules.payroll import PayrollEntry

PAYROLL_CONTEXT = "PayrollSheet"
# A unit's payroll; far more rows than that is not one (split it).
MAX_ROWS = 50_000
PROGRESS_EVERY = 200
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

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
# A row with no ID number that says this is the payroll's totals, not a person.
_TOTAL_WORDS = frozenset({"合计", "总计", "小计", "total", "sum", "subtotal"})
_UNIT = re.compile(r"[(\[（【]\s*(元|rmb|cny|yuan)\s*[)\]）】]")
_NOISE = re.compile(r"[\s_*＊:：.\-()\[\]（）【】/]+")
# What looks like a resident ID number has its checksum and date checked; a passport's or a permit's
# number is taken as given (the roster decides whether it is known).
_RESIDENT = re.compile(r"\d{17}[\dX]")


def header_key(text: str) -> str:
    """A header reduced to what names it: '养老保险（个人）*' → '养老保险个人', 'Gross wage (元)' → 'grosswage'."""
    folded = to_halfwidth(text).strip().lower()
    return _NOISE.sub("", _UNIT.sub("", folded))


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


def open_payroll_source(path: Path) -> RowSource:
    return CsvSource(path) if sniff(path) is Kind.CSV else XlsxSource(path, header_score)


def read_payroll(
    path: Path, today: date, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PayrollSheet:
    """Every row of the payroll in `path`. Raises UnusableFile (a file that cannot be used) and
    ReadCancelled; row problems are in the sheet (`refused`), and then it holds no entries."""
    source = open_payroll_source(path)
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


def _find_header(
    rows: Iterator[tuple[int, Sequence[object], object]], name: str
) -> tuple[int, Sequence[object]]:
    for number, values, _ in rows:
        if header_score(values) >= 2:
            return number, values
        if number >= HEADER_SEARCH_ROWS:
            break
    raise UnusableFile("FILE_COLUMNS_MISSING", name=name, columns=_labels(REQUIRED))


def _labels(fields: Sequence[str]) -> str:
    return ", ".join(f"{TEMPLATE_HEADERS[f]} ({f})" for f in fields)


def _map_columns(header: Sequence[object], name: str) -> dict[str, tuple[int, str]]:
    columns: dict[str, tuple[int, str]] = {}
    for index, cell in enumerate(header):
        found = field_for_header(cell) if isinstance(cell, str) else None
        if found is None:
            continue
        if found in columns:
            cells = f"{column_letter(columns[found][0])}, {column_letter(index)}"
            raise UnusableFile("FILE_COLUMN_TWICE", name=name, column=str(cell).strip(), cells=cells)
        columns[found] = (index, str(cell).strip())
    missing = [f for f in REQUIRED if f not in columns]
    if not any(f in columns for f in (*PER_INSURANCE, "withheld_total")):
        missing.append("withheld_total")
    if missing:
        raise UnusableFile("FILE_COLUMNS_MISSING", name=name, columns=_labels(missing))
    return columns


def _read_rows(
    sheet: PayrollSheet,
    rows: Iterator[tuple[int, Sequence[object], Sequence[object] | None]],
    columns: dict[str, tuple[int, str]],
    today: date,
    watch: tuple[Progress | None, Cancelled | None, int],
) -> None:
    progress, cancelled, estimate = watch
    first_row: dict[str, int] = {}
    for number, values, formulas in rows:
        if number % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ReadCancelled
            if progress is not None:
                progress(number, estimate)
        cells = _cells(values, formulas, columns)
        if cells is None or _is_totals_row(cells, values):
            continue
        if len(first_row) >= MAX_ROWS:
            raise UnusableFile("FILE_TOO_MANY_ROWS", name=sheet.name, limit=MAX_ROWS)
        entry, problems = _entry(number, cells, today, columns)
        key = normalize_id_number(cells.get("id_number", ("", None))[0])
        if key and key in first_row:
            problems.append(_problem("PAYROLL_DUPLICATE", "id_number", row=first_row[key]))
        elif key:
            first_row[key] = number
        problems.sort(key=lambda f: columns[f.field][0])  # in the order the row shows its cells
        sheet.problems += [PayrollProblem(number, columns[f.field][1], f) for f in problems]
        if entry is not None and not problems:
            sheet.entries.append(entry)
    if not first_row and not sheet.problems:
        raise UnusableFile("FILE_NO_ROWS", name=sheet.name)


# field → (text, what the cell itself got wrong)
_Cells = dict[str, tuple[str, Finding | None]]


def _cells(
    values: Sequence[object], formulas: Sequence[object] | None, columns: dict[str, tuple[int, str]]
) -> _Cells | None:
    cells: _Cells = {}
    for name, (index, _) in columns.items():
        value = values[index] if index < len(values) else None
        text, problem = value_text(name, value)
        formula = formulas[index] if formulas is not None and index < len(formulas) else None
        if value is None and isinstance(formula, str) and formula.startswith("="):
            problem = cell_finding("CELL_FORMULA_NO_VALUE", name, formula=formula[:60])
        if text or problem is not None:
            cells[name] = (text, problem)
    return cells or None


def _is_totals_row(cells: _Cells, values: Sequence[object]) -> bool:
    if cells.get("id_number", ("", None))[0]:
        return False
    return any(isinstance(v, str) and header_key(v) in _TOTAL_WORDS for v in values)


def _entry(
    number: int, cells: _Cells, today: date, columns: dict[str, tuple[int, str]]
) -> tuple[PayrollEntry | None, list[Finding]]:
    problems = [problem for _, problem in cells.values() if problem is not None and problem.is_error]
    broken = {p.field for p in problems}
    id_number = _id_number(cells.get("id_number", ("", None))[0], today, broken, problems)
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


def _id_number(text: str, today: date, broken: set[str], problems: list[Finding]) -> str | None:
    if "id_number" in broken:
        return None
    if not text:
        problems.append(_problem("PAYROLL_ID_MISSING", "id_number"))
        return None
    number = normalize_id_number(text)
    if _RESIDENT.fullmatch(number):
        valid, found = check_id_number(number, today)
        problems += [f for f in found if f.is_error]
        return valid
    return number


def _amount(column: str, text: str) -> tuple[Decimal | None, Finding | None]:
    if not text:
        missing = _problem("PAYROLL_WAGE_MISSING", column) if column == "gross_wage" else None
        return None, missing
    try:
        value = parse_amount(text)
    except ValueError:
        return None, _problem("PAYROLL_AMOUNT_INVALID", column, value=text[:30])
    if value < 0:
        return None, _problem("PAYROLL_AMOUNT_NEGATIVE", column, value=text[:30])
    if decimal_places(value) > 2:
        return None, _problem("PAYROLL_AMOUNT_CENTS", column, value=text[:30])
    return value.quantize(Decimal("0.01")), None


def _problem(code: str, column: str, **params: object) -> Finding:
    texts = {key: str(value) for key, value in params.items()}
    return Finding(code, Severity.ERROR, column, PAYROLL_MESSAGES[code].format(**texts), texts)
