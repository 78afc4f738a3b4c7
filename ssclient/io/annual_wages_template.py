"""The annual wages template: an .xlsx with the columns the annual wages reader knows, and a sheet
explaining them. Filling it and importing it in Business → Annual base gives back the same rows.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ssclient.io.annual_wages import REQUIRED, TEMPLATE_HEADERS
from ssclient.io.templates import BOLD, HEADER_FILL, TEXT_FORMAT, new_workbook, save_workbook

DATA_SHEET = "上年度工资"
HELP_SHEET = "填写说明"
TEMPLATE_FILE_NAME = "年度缴费工资申报模板.xlsx"
_HELP: dict[str, str] = {
    "id_number": "18位公民身份号码（末位可以是X）；外籍人员填护照或居留证件号码。该列为文本格式，请勿改为数字。",
    "name": "职工姓名。",
    "months": "上一年度在本单位实际工作的月数（1–12 的整数），与全年工资总额一起填写。",
    "total": "上一年度应发工资总额（税前），单位元，最多两位小数。",
}
_MONTH_HELP = "上一年度该月的应发工资（税前），单位元；未工作的月份留空或填0。"
_GENERAL = (
    "第一行是列标题，请勿修改；从第二行起每行填写一名职工。",
    "每行二选一：填写1月至12月的月工资（工作月数为工资大于0的月份数），或者只填全年工资总额和工作月数。",
    "月平均工资 = 全年工资总额 ÷ 工作月数，按政策的舍入规则保留到分；再按本年度缴费基数上下限核定新的缴费基数。",
    "在册参保但文件中没有工资的人员会单独列出，不会被估算；文件中有、但不在本单位参保的人员会被标出，不予申报。",
    "任何一行有误时整个文件不予导入，并逐行列出问题所在的行和列。",
)


def save_annual_wages_template(path: Path) -> Path:
    """Write the template to `path` (atomically; WriteError says why it could not be)."""
    book, data = new_workbook(DATA_SHEET)
    fields = tuple(TEMPLATE_HEADERS)
    data.append([TEMPLATE_HEADERS[f] + ("*" if f in REQUIRED else "") for f in fields])
    for index, name in enumerate(fields, start=1):
        cell = data.cell(row=1, column=index)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, Alignment(horizontal="center")
        letter = get_column_letter(index)
        data.column_dimensions[letter].width = 22 if name == "id_number" else 12 if name[0] == "m" else 16
        if name == "id_number":
            # Text cells keep all 18 characters of an ID number (a number keeps 15).
            data.column_dimensions[letter].number_format = TEXT_FORMAT
    data.freeze_panes = "C2"
    help_sheet = book.create_sheet(HELP_SHEET)
    help_sheet.append(["年度缴费工资申报模板 填写说明"])
    help_sheet["A1"].font = Font(bold=True, size=14)
    for line in _GENERAL:
        help_sheet.append([line])
    help_sheet.append([])
    help_sheet.append(["列", "填写要求"])
    for name in fields:
        help_sheet.append([TEMPLATE_HEADERS[name], _HELP.get(name, _MONTH_HELP)])
    help_sheet.column_dimensions["A"].width = 20
    help_sheet.column_dimensions["B"].width = 100
    return save_workbook(book, path)
