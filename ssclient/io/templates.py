""" "Save template": an .xlsx for each declaration type, ready for the accountant to fill and import.

The first sheet holds the columns the reader expects (Chinese headers, a `*` on mandatory ones), text
format on the ID column so Excel keeps all 18 characters, and drop-downs for the yes/no and household-type
columns; a second sheet explains every column. Filling it and importing it gives back the same lines.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ssclient.domain.enums import HUKOU_LABELS_ZH, ID_TYPE_LABELS_ZH, DeclarationType
from ssclient.io.atomic import atomic_write
from ssclient.io.columns import COLUMN_BY_FIELD, OPTIONAL, READ_IF_PRESENT, REQUIRED

DATA_SHEET = "人员名单"
HELP_SHEET = "填写说明"
# Rows prepared with formats and drop-downs (a unit declares far fewer people at once).
PREPARED_ROWS = 5000
TEXT_FORMAT = "@"

TITLES: dict[DeclarationType, str] = {
    DeclarationType.ADD: "新增参保人员",
    DeclarationType.RENEWAL: "续保人员",
    DeclarationType.INTERRUPTION: "停保人员",
    DeclarationType.BASE_CHANGE: "缴费工资申报",
}
# Columns that are mandatory only in some rows: the home region, when migrant-worker insurance is yes.
_SOMETIMES = {"province", "city", "county"}
_YES_NO = ("是", "否")
_TEXT_FIELDS = frozenset({"id_number", "hukou_type", "effective_period"})
_HUKOU_CHOICES = "、".join(HUKOU_LABELS_ZH.values())
_HUKOU_CODES = "、".join(HUKOU_LABELS_ZH)
_HELP: dict[str, str] = {
    "id_number": (
        "证件号码。居民身份证、港澳台居民居住证、外国人永久居留身份证都是18位，末位可以是X。"
        "该列已设为文本格式，请勿改为数字格式，否则Excel只保留前15位。"
    ),
    "name": "与证件一致的姓名；少数民族姓名中的间隔号请用“·”，如：买买提·艾力。",
    "hukou_type": f"从下拉列表选择：{_HUKOU_CHOICES}（也可填代码{_HUKOU_CODES}）。",
    "wage_base": (
        "月申报工资，单位元，最多两位小数。高于当地缴费基数上限的按上限、低于下限的按下限计算，导入时会提示。"
    ),
    "migrant_worker": "从下拉列表选择“是”或“否”。",
    "migrant_insurance": "从下拉列表选择“是”或“否”；选“是”时必须填写户籍所在的省、市、县。",
    "province": "户籍所在省，填名称或代码，如：北京市 或 11。",
    "city": "户籍所在市，填名称或代码，须属于所填的省。",
    "county": "户籍所在县（区），填名称或代码，须属于所填的市。",
    "reason": "停保原因，如：离职、退休、死亡。",
    "effective_period": "新基数开始生效的年月，如：2026-11；不填则为本期。",
    "id_type": (
        f"{'、'.join(ID_TYPE_LABELS_ZH.values())}之一；不加此列或留空的行按居民身份证读取。"
        "有港澳台居民或外籍员工时在表末增加此列。"
    ),
    "nationality": "持护照人员的国籍，如：美国；其他证件不用填。",
    "womens_category": (
        "女性员工的“女职工”或“女干部”（两者法定退休年龄不同）；已到女职工、未到女干部退休年龄时必须填写，"
        "导入时会提示。"
    ),
}
_ADDED_COLUMN = "选填：需要时在表末自行增加此列"
_GENERAL_HELP = (
    "第一行是列标题，请勿修改、删除或合并；从第二行起每行填写一人。",
    "请直接录入数值，不要使用公式，不要合并单元格。",
    "带 * 的列必须填写。",
    "填好后保存为.xlsx（或CSV UTF-8），在“导入”中选择此文件；导入前会逐行检查并列出问题所在的行和列。",
)
# The look the column headers of every template share (the payroll template's too).
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
BOLD = Font(bold=True)
_RED = Font(bold=True, color="C00000")


def template_fields(kind: DeclarationType) -> tuple[str, ...]:
    """The columns of the template for a declaration type, in order."""
    if kind not in REQUIRED:
        raise ValueError(f"no template for {kind}: payment declarations are computed, not filled in")
    return REQUIRED[kind] + OPTIONAL[kind]


def header_text(field: str, kind: DeclarationType) -> str:
    column = COLUMN_BY_FIELD[field]
    mandatory = field in REQUIRED[kind] and field not in _SOMETIMES
    return f"{column.chinese}*" if mandatory else column.chinese


def template_file_name(kind: DeclarationType) -> str:
    return f"{TITLES[kind]}模板.xlsx"


def save_template(path: Path, kind: DeclarationType) -> Path:
    """Write the template for `kind` to `path` (atomically; WriteError says why it could not be)."""
    book, data = new_workbook(DATA_SHEET)
    fields = template_fields(kind)
    _fill_data_sheet(data, fields, kind)
    _fill_help_sheet(book.create_sheet(HELP_SHEET), fields, kind)
    return save_workbook(book, path)


def new_workbook(data_title: str) -> tuple[Workbook, Worksheet]:
    """A workbook and its first sheet, named `data_title`: the sheet the user fills."""
    book = Workbook()
    data = book.active
    assert data is not None  # a new workbook always has one sheet
    data.title = data_title
    return book, data


def save_workbook(book: Workbook, path: Path) -> Path:
    """Save `book` to `path` with its first sheet in front (atomically; WriteError says why it could not be)."""
    book.active = 0
    with atomic_write(path) as handle:
        book.save(handle)
    return path


def _fill_data_sheet(sheet: Worksheet, fields: tuple[str, ...], kind: DeclarationType) -> None:
    sheet.append([header_text(field, kind) for field in fields])
    for index, field in enumerate(fields, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(horizontal="center")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 22 if field in ("id_number", "migrant_insurance") else 14
        cells = f"{letter}2:{letter}{PREPARED_ROWS + 1}"
        if field in _TEXT_FIELDS:
            # Text cells keep what is typed: all 18 ID characters, "2026-11" rather than a date. A column
            # style applies to every cell the user types into.
            sheet.column_dimensions[letter].number_format = TEXT_FORMAT
        if field == "hukou_type":
            _drop_down(sheet, cells, tuple(HUKOU_LABELS_ZH.values()), "请从列表中选择户口性质。")
        elif field in ("migrant_worker", "migrant_insurance"):
            _drop_down(sheet, cells, _YES_NO, "请选择“是”或“否”。")
    sheet.freeze_panes = "A2"


def _drop_down(sheet: Worksheet, cells: str, choices: tuple[str, ...], error: str) -> None:
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    validation.error, validation.errorTitle = error, "输入有误"
    validation.showErrorMessage = True
    validation.add(cells)
    sheet.add_data_validation(validation)


def _fill_help_sheet(sheet: Worksheet, fields: tuple[str, ...], kind: DeclarationType) -> None:
    sheet.append([f"{TITLES[kind]}导入模板 填写说明"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    for line in _GENERAL_HELP:
        sheet.append([line])
    sheet.append([])
    sheet.append(["列", "是否必填", "填写要求"])
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = BOLD, HEADER_FILL
    for field in fields:
        if field in REQUIRED[kind] and field not in _SOMETIMES:
            needed = "必填"
        elif field in _SOMETIMES and field in REQUIRED[kind]:
            needed = "参加农民工保险时必填"
        else:
            needed = "选填"
        sheet.append([COLUMN_BY_FIELD[field].chinese, needed, _HELP[field]])
        if needed == "必填":
            sheet.cell(row=sheet.max_row, column=2).font = _RED
    for field in READ_IF_PRESENT[kind]:
        sheet.append([COLUMN_BY_FIELD[field].chinese, _ADDED_COLUMN, _HELP[field]])
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 30
    sheet.column_dimensions["C"].width = 90
