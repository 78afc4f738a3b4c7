"""The payroll template: an .xlsx with the columns the payroll reader knows, and a sheet explaining them.

Filling it and choosing it in Payroll reconciliation gives back the same rows. Most units will choose their
payroll program's export instead; the reader knows those headers too (ssclient.io.payroll).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ssclient.io.payroll import REQUIRED, TEMPLATE_HEADERS
from ssclient.io.templates import BOLD, HEADER_FILL, TEXT_FORMAT, new_workbook, save_workbook

DATA_SHEET = "工资表"
HELP_SHEET = "填写说明"
TEMPLATE_FILE_NAME = "工资表模板.xlsx"
_HELP: dict[str, str] = {
    "id_number": "18位公民身份号码（末位可以是X）；外籍人员填护照或居留证件号码。该列为文本格式，请勿改为数字。",
    "name": "员工姓名。",
    "gross_wage": "本月应发工资（税前），单位元，最多两位小数。",
    "pension": "本月代扣的个人养老保险费；未扣填0或留空。",
    "medical": "本月代扣的个人医疗保险费；未扣填0或留空。",
    "unemployment": "本月代扣的个人失业保险费；未扣填0或留空。",
    "withheld_total": "本月代扣的个人社保合计。已按险种分列时可不填；只有合计时只填此列。",
}
_GENERAL = (
    "第一行是列标题，请勿修改；从第二行起每行填写一名员工。",
    "代扣金额可以按险种分列（养老、医疗、失业），也可以只填个人社保合计。",
    "也可以直接选择工资软件导出的工资表：常见的列名（应发工资、个人养老、代扣社保等）都能识别。",
    "任何一行有误时整个文件不予比对，并逐行列出问题所在的行和列。",
)


def save_payroll_template(path: Path) -> Path:
    """Write the template to `path` (atomically; WriteError says why it could not be)."""
    book, data = new_workbook(DATA_SHEET)
    fields = tuple(TEMPLATE_HEADERS)
    data.append([TEMPLATE_HEADERS[f] + ("*" if f in REQUIRED else "") for f in fields])
    for index, name in enumerate(fields, start=1):
        cell = data.cell(row=1, column=index)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, Alignment(horizontal="center")
        letter = get_column_letter(index)
        data.column_dimensions[letter].width = 22 if name == "id_number" else 16
        if name == "id_number":
            # Text cells keep all 18 characters of an ID number (a number keeps 15); a column style
            # applies to every cell the user types into.
            data.column_dimensions[letter].number_format = TEXT_FORMAT
    data.freeze_panes = "A2"
    help_sheet = book.create_sheet(HELP_SHEET)
    help_sheet.append(["工资表模板 填写说明"])
    help_sheet["A1"].font = Font(bold=True, size=14)
    for line in _GENERAL:
        help_sheet.append([line])
    help_sheet.append([])
    help_sheet.append(["列", "填写要求"])
    for name in fields:
        help_sheet.append([TEMPLATE_HEADERS[name], _HELP[name]])
    help_sheet.column_dimensions["A"].width = 20
    help_sheet.column_dimensions["B"].width = 90
    return save_workbook(book, path)
