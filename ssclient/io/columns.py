"""The columns of a personnel spreadsheet and how their headers may be written.

Accountants write headers in English or Chinese, with a trailing `*` for mandatory columns, full-width
characters, spaces, or a unit in brackets (申报工资（元）); all of those name the same column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ssclient.domain.enums import DeclarationType
from ssclient.domain.money import to_halfwidth


@dataclass(frozen=True, slots=True)
class Column:
    field: str  # the DeclarationLine attribute
    chinese: str  # the header templates write
    aliases: tuple[str, ...] = ()  # other headers seen in the wild

    @property
    def label(self) -> str:
        """How a message names the column when the file does not: 身份证号码 (id_number)."""
        return f"{self.chinese} ({self.field})"


# Aliases are only words that cannot mean another column: a sheet may also carry a sequence "ID" or
# the actual monthly wage (月工资) beside the declared one, and those must not count as these columns.
COLUMNS: tuple[Column, ...] = (
    Column(
        "id_number",
        "身份证号码",
        ("身份证号", "公民身份号码", "证件号码", "身份证", "idno", "id card number"),
    ),
    Column("name", "姓名", ("名字", "员工姓名", "职工姓名")),
    Column("hukou_type", "户口性质", ("户籍性质", "户口类型", "hukou")),
    Column("wage_base", "申报工资", ("缴费基数", "缴费工资", "申报基数", "wage base")),
    Column("migrant_worker", "是否外来务工", ("外来务工", "是否农民工", "是否外来务工人员")),
    Column("migrant_insurance", "是否参加农民工保险", ("参加农民工保险", "农民工保险")),
    Column("province", "省", ("省份", "户籍省", "户籍所在省")),
    Column("city", "市", ("城市", "户籍市", "户籍所在市", "地市")),
    Column("county", "县", ("区县", "县区", "县(区)", "区", "户籍县", "户籍所在县")),
    Column("reason", "停保原因", ("减少原因", "原因")),
    Column("effective_period", "生效年月", ("生效月份", "起始年月", "effective")),
    Column("id_type", "证件类型", ("id type", "证件种类")),
    Column("nationality", "国籍", ("国家地区", "国籍地区")),
    Column("womens_category", "女职工类别", ("退休类别", "女性退休类别")),
)
COLUMN_BY_FIELD: dict[str, Column] = {c.field: c for c in COLUMNS}

_PERSON = ("id_number", "name", "hukou_type", "wage_base", "migrant_worker", "migrant_insurance",
           "province", "city", "county")  # fmt: skip

# The columns a sheet must have for each declaration type, in the order templates show them.
REQUIRED: dict[DeclarationType, tuple[str, ...]] = {
    DeclarationType.ADD: _PERSON,
    DeclarationType.RENEWAL: _PERSON,
    DeclarationType.INTERRUPTION: ("id_number", "name", "reason"),
    DeclarationType.BASE_CHANGE: ("id_number", "name", "wage_base"),
}
# Columns read when present.
OPTIONAL: dict[DeclarationType, tuple[str, ...]] = {
    DeclarationType.ADD: (),
    DeclarationType.RENEWAL: (),
    DeclarationType.INTERRUPTION: (),
    DeclarationType.BASE_CHANGE: ("effective_period",),
}
# Columns read when a sheet has them, though templates leave them out: most staff hold a resident ID card
# (the default ID type) and need none of these.
_IDENTITY = ("id_type", "nationality")
READ_IF_PRESENT: dict[DeclarationType, tuple[str, ...]] = {
    DeclarationType.ADD: (*_IDENTITY, "womens_category"),
    DeclarationType.RENEWAL: (*_IDENTITY, "womens_category"),
    DeclarationType.INTERRUPTION: _IDENTITY,
    DeclarationType.BASE_CHANGE: _IDENTITY,
}

_BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
_NOISE = re.compile(r"[\s_*＊:：.\-]+")


def header_key(text: str) -> str:
    """A header reduced to what identifies it: 'ID Number *' → 'idnumber', '申报工资（元）' → '申报工资'."""
    folded = to_halfwidth(text).strip().lower()
    without_unit = _BRACKETED.sub("", folded)
    return _NOISE.sub("", without_unit or folded)


def _keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for column in COLUMNS:
        for text in (column.field, column.chinese, *column.aliases):
            keys[header_key(text)] = column.field
    return keys


_FIELD_BY_KEY = _keys()


def field_for_header(text: str) -> str | None:
    """The DeclarationLine field a header names, or None for a column the program does not use."""
    return _FIELD_BY_KEY.get(header_key(text))
