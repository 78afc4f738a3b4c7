"""Read last year's wages for the annual base (.xlsx or .csv): ID number, name, and either the twelve
monthly wages or the year's total with the months worked.

The headers may be the template's (ssclient.io.annual_wages_template) or the usual ones of a payroll
program's yearly summary, in Chinese or English (1月 … 12月, 全年工资总额, 工作月数). A title may sit
above the header row, a totals row (合计) below the people; both are passed over. Every row is read: a cell
that is not what its column needs becomes a problem naming the row, the column as the file heads it, and
what to do; a file with any problem is refused as a whole (nothing of it is kept), as the personnel and
payroll imports refuse theirs. A file that cannot be used at all raises UnusableFile.

With monthly wages, the months worked are the months with a wage above zero (a blank or 0 month was not
worked) and the total is their sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.domain.money import ZERO, to_halfwidth
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
from ssclient.io.messages import Translate, english, render_finding, render_text
from ssclient.rules.annual_base import MONTHS_IN_YEAR, AnnualWages

WAGES_CONTEXT = "AnnualWagesSheet"
# A unit's staff over a year; far more rows than that is not one (split it).
MAX_ROWS = 100_000

# Row problems of a wages sheet (English sources; the windows translate them, context WAGES_CONTEXT).
WAGES_MESSAGES: dict[str, str] = {
    "WAGES_ID_MISSING": "The ID number is empty; every person needs one.",
    "WAGES_NAME_MISSING": "The name is empty.",
    "WAGES_AMOUNT_INVALID": "{value} is not an amount; write a number such as 6500.00.",
    "WAGES_AMOUNT_NEGATIVE": "{value} is negative; write the wage paid, 0 when nothing was paid.",
    "WAGES_AMOUNT_CENTS": "{value} has more than two decimals; amounts are in yuan and fen.",
    "WAGES_NONE": "No wage is written: fill the twelve months, or the year's total and the months worked.",
    "WAGES_BOTH": "Both the months and the year's total are filled: keep one of the two.",
    "WAGES_NO_MONTH_WORKED": "Every month is 0: a person who worked no month has no average wage; leave "
    "the row out.",
    "WAGES_TOTAL_MISSING": "The year's total is empty; write it with the months worked.",
    "WAGES_TOTAL_ZERO": "The year's total must be more than 0.",
    "WAGES_MONTHS_MISSING": "The months worked are empty; write how many months of the year were worked (1–12).",
    "WAGES_MONTHS_INVALID": "{value} is not a number of months; write a whole number from 1 to 12.",
    "WAGES_DUPLICATE": "The ID number is also in row {row}; list each person once.",
}

_MONTHS = tuple(f"m{n}" for n in range(1, MONTHS_IN_YEAR + 1))
_CHINESE_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# field → (the template's header, other headers seen in payroll programs' yearly summaries).
_HEADERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id_number": ("身份证号码", ("身份证号", "公民身份号码", "证件号码", "身份证", "idnumber", "idcardnumber",
                                 "idno")),
    "name": ("姓名", ("员工姓名", "职工姓名", "名字", "name", "employeename")),
    **{
        f"m{n}": (f"{n}月", (f"{n:02d}月", f"{_CHINESE_MONTHS[n - 1]}月", f"{n}月工资", f"{n}月份",
                             _ENGLISH_MONTHS[n - 1], f"month{n}"))
        for n in range(1, MONTHS_IN_YEAR + 1)
    },
    "total": ("全年工资总额", ("年度工资总额", "上年工资总额", "上年度工资总额", "年工资总额", "工资总额",
                               "全年工资", "annualtotal", "annualwages", "totalwages", "yeartotal")),
    "months": ("工作月数", ("实际工作月数", "在职月数", "工作月份数", "月数", "monthsworked", "months")),
}  # fmt: skip
TEMPLATE_HEADERS: dict[str, str] = {name: chinese for name, (chinese, _) in _HEADERS.items()}
REQUIRED = ("id_number", "name")
_FIELD_BY_KEY = {
    header_key(text): name for name, (chinese, aliases) in _HEADERS.items() for text in (chinese, *aliases)
}


def wages_problem_text(item: Finding, tr: Translate = english) -> str:
    """A wages problem's message in the language `tr` speaks (this catalogue, context WAGES_CONTEXT), or
    the rulebook's and the cells' for an ID number or a cell."""
    template = WAGES_MESSAGES.get(item.code)
    if template is None:
        return render_finding(item, tr)
    return render_text(WAGES_CONTEXT, template, tr, **item.params)


def field_for_header(text: str) -> str | None:
    return _FIELD_BY_KEY.get(header_key(text))


def header_score(row: Sequence[object]) -> int:
    return sum(1 for cell in row if isinstance(cell, str) and field_for_header(cell) is not None)


@dataclass(frozen=True, slots=True)
class WagesProblem:
    """A refused cell: its row as the spreadsheet shows it, its column's header, and what is wrong
    (`finding.code` a WAGES_* code of WAGES_MESSAGES, a cell code, or a rule's ID number code)."""

    row: int
    column: str
    finding: Finding


@dataclass(slots=True)
class WagesSheet:
    name: str
    rows: int = 0  # the rows read (people, good or bad; titles and totals rows not counted)
    wages: list[AnnualWages] = field(default_factory=list)
    problems: list[WagesProblem] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.problems)


def read_annual_wages(
    path: Path, today: date, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> WagesSheet:
    """Every row of the wages file in `path`. Raises UnusableFile (a file that cannot be used) and
    ReadCancelled; row problems are in the sheet (`refused`), and then it holds no wages."""
    source = open_keyed_source(path, header_score)
    try:
        rows = source.rows()
        header = _find_header(rows, source.name)
        columns = _map_columns(header, source.name)
        sheet = WagesSheet(source.name)
        _read_rows(sheet, rows, columns, today, (progress, cancelled, source.estimated_rows))
    finally:
        source.close()
    if sheet.problems:
        sheet.wages = []  # nothing of a refused file is kept
    return sheet


def _find_header(rows: Rows, name: str) -> Sequence[object]:
    return find_header(rows, header_score, name, _labels((*REQUIRED, "total", "months")))[1]


def _labels(fields: Sequence[str]) -> str:
    return ", ".join(f"{TEMPLATE_HEADERS[f]} ({f})" for f in fields)


def _map_columns(header: Sequence[object], name: str) -> Columns:
    columns = map_columns(header, field_for_header, name)
    missing = [f for f in REQUIRED if f not in columns]
    months = [m for m in _MONTHS if m in columns]
    if months and len(months) < MONTHS_IN_YEAR:
        missing += [m for m in _MONTHS if m not in columns]  # some months but not all: name the others
    elif not months:
        missing += [f for f in ("total", "months") if f not in columns]
    if missing:
        raise UnusableFile("FILE_COLUMNS_MISSING", name=name, columns=_labels(missing))
    return columns


def _read_rows(
    sheet: WagesSheet,
    rows: Rows,
    columns: Columns,
    today: date,
    watch: tuple[Progress | None, Cancelled | None, int],
) -> None:
    def wages(number: int, cells: Cells) -> tuple[AnnualWages | None, list[Finding]]:
        sheet.rows += 1
        return _wages(number, cells, today, columns)

    def duplicate(first: int) -> Finding:
        return _problem("WAGES_DUPLICATE", "id_number", row=first)

    for number, found, problems in read_keyed_rows(
        rows, columns, sheet.name, wages, duplicate, (*watch, MAX_ROWS)
    ):
        sheet.problems += [WagesProblem(number, columns[f.field][1], f) for f in problems]
        if found is not None and not problems:
            sheet.wages.append(found)


def _wages(
    number: int, cells: Cells, today: date, columns: Columns
) -> tuple[AnnualWages | None, list[Finding]]:
    problems = [problem for _, problem in cells.values() if problem is not None and problem.is_error]
    broken = {p.field for p in problems}
    missing = _problem("WAGES_ID_MISSING", "id_number")
    id_number = id_number_of(cells.get("id_number", ("", None))[0], today, broken, problems, missing)
    name = cells.get("name", ("", None))[0]
    if not name and "name" not in broken:
        problems.append(_problem("WAGES_NAME_MISSING", "name"))
    monthly = [m for m in _MONTHS if m in cells]
    yearly = [f for f in ("total", "months") if f in cells]
    if monthly and yearly:
        problems.append(_problem("WAGES_BOTH", yearly[0]))
        return None, problems
    if not monthly and not yearly:
        first = next((f for f in (*_MONTHS, "total") if f in columns), "total")
        problems.append(_problem("WAGES_NONE", first))
        return None, problems
    found = _from_months(cells, broken) if monthly else _from_total(cells, broken)
    problems += found[1]
    if problems or id_number is None or found[0] is None:
        return None, problems
    total, months = found[0]
    return AnnualWages(number, id_number, name, total, months), problems


def _from_months(cells: Cells, broken: set[str]) -> tuple[tuple[Decimal, int] | None, list[Finding]]:
    problems: list[Finding] = []
    total, worked = ZERO, 0
    for month in (m for m in _MONTHS if m in cells and m not in broken):
        amount, problem = _amount(month, cells[month][0])
        if problem is not None:
            problems.append(problem)
        elif amount is not None and amount > 0:
            total, worked = total + amount, worked + 1
    if problems or broken & set(_MONTHS):
        return None, problems
    if worked == 0:
        return None, [_problem("WAGES_NO_MONTH_WORKED", next(m for m in _MONTHS if m in cells))]
    return (total, worked), []


def _from_total(cells: Cells, broken: set[str]) -> tuple[tuple[Decimal, int] | None, list[Finding]]:
    problems: list[Finding] = []
    total: Decimal | None = None
    months: int | None = None
    if "total" not in broken:
        text = cells.get("total", ("", None))[0]
        total, problem = _amount("total", text) if text else (None, _problem("WAGES_TOTAL_MISSING", "total"))
        if problem is None and total is not None and total == 0:
            problem = _problem("WAGES_TOTAL_ZERO", "total")
        if problem is not None:
            problems.append(problem)
    if "months" not in broken:
        months, problem = _months(cells.get("months", ("", None))[0])
        if problem is not None:
            problems.append(problem)
    if problems or total is None or months is None:
        return None, problems
    return (total, months), []


def _months(text: str) -> tuple[int | None, Finding | None]:
    if not text:
        return None, _problem("WAGES_MONTHS_MISSING", "months")
    folded = to_halfwidth(text).strip()
    if folded.endswith(".0"):  # a number cell: 12.0
        folded = folded[:-2]
    if not folded.isdigit() or not 1 <= int(folded) <= MONTHS_IN_YEAR:
        return None, _problem("WAGES_MONTHS_INVALID", "months", value=text[:20])
    return int(folded), None


def _amount(column: str, text: str) -> tuple[Decimal | None, Finding | None]:
    return amount_of(column, text, _problem, "WAGES_")


def _problem(code: str, column: str, **params: object) -> Finding:
    texts = {key: str(value) for key, value in params.items()}
    return Finding(code, Severity.ERROR, column, WAGES_MESSAGES[code].format(**texts), texts)
