"""Write real spreadsheet files for the reader's tests: CSV in a chosen encoding, .xlsx with openpyxl."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ssclient.domain.declaration import DeclarationLine
from tests.rules.idgen import make_id

HEADERS_EN = ["id_number", "name", "hukou_type", "wage_base", "migrant_worker", "migrant_insurance", "province",
              "city", "county"]  # fmt: skip
HEADERS_ZH = [
    "身份证号码",
    "姓名",
    "户口性质",
    "申报工资",
    "是否外来务工",
    "是否参加农民工保险",
    "省",
    "市",
    "县",
]
PERSON_A = make_id(date(1990, 3, 7), "110105", 123)
PERSON_B = make_id(date(1985, 6, 1), "110105", 456)
GOOD_A = [PERSON_A, "张三", "11", "6500.00", "否", "否", "", "", ""]
GOOD_B = [PERSON_B, "买买提·艾力", "22", "7200", "是", "是", "北京市", "市辖区", "东城区"]


def line_of(cells: Sequence[str]) -> DeclarationLine:
    """The line a row of the nine person columns (as in HEADERS_EN) stands for."""
    id_number, name, hukou_type, wage_base, migrant_worker, migrant_insurance, province, city, county = cells
    return DeclarationLine(
        id_number, name, hukou_type, wage_base, migrant_worker, migrant_insurance, province, city, county
    )


def write_csv(
    path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    before: Sequence[str] = (),
    edit: Callable[[Worksheet], None] | None = None,
) -> Path:
    """A workbook whose data sheet holds `rows`; `before` names sheets placed ahead of it (instructions)."""
    book = Workbook()
    first = book.active
    assert first is not None
    for index, title in enumerate(before):
        sheet = first if index == 0 else book.create_sheet()
        sheet.title = title
        sheet.append(["请在下一张工作表中填写人员信息。"])
    data = book.create_sheet("人员") if before else first
    for row in rows:
        data.append(list(row))
    if edit is not None:
        edit(data)
    book.save(path)
    return path


def with_cached_results(path: Path, results: dict[str, str]) -> Path:
    """Give formula cells the saved results Excel would have written (openpyxl writes none)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheets = [name for name in parts if name.startswith("xl/worksheets/sheet")]
    for name in sheets:
        xml = parts[name].decode("utf-8")
        for cell, value in results.items():
            xml = re.sub(rf'<c r="{cell}"([^>]*)><f>(.*?)</f><v\s*/>', rf'<c r="{cell}" t="str"><f>\2</f><v>{value}</v>',
                         xml)  # fmt: skip
        parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path
