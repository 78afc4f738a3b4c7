"""The lines of a personnel information change's receipt: each corrected fact of each person, before and
after, as the agency recorded them when it approved the change (what stands on the roster since)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import HUKOU_LABELS_ZH, ID_TYPE_LABELS_ZH, HukouType, IdType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.info_change import FieldChange
from ssclient.io.receipt_texts import RECEIPT_TEXTS

_WIDTHS_MM = (10, 38, 22, 30, 37, 37)


class ReceiptLayout(Protocol):
    """What this part of a receipt takes from the receipt being laid out (io.receipts)."""

    declaration: Declaration

    @property
    def body(self) -> ParagraphStyle: ...

    @property
    def heading(self) -> ParagraphStyle: ...

    def text(self, key: str, **params: object) -> str: ...

    def _cell(self, text: str | Paragraph) -> Paragraph: ...

    def _table(
        self, rows: Sequence[Sequence[object]], widths: Sequence[float | None] | None, header_rows: int | None
    ) -> Table: ...


def info_change_story(receipt: ReceiptLayout, corrections: Sequence[FieldChange]) -> list[Flowable]:
    """A row per corrected fact (the person's number and name as corrected, the fact, before → after), then
    how many people and facts."""
    names = {normalize_id_number(line.id_number): line.name for line in receipt.declaration.lines}
    keys = ("no", "id_number", "name", "corrected", "before", "after")
    header = [receipt._cell(receipt.text(key)) for key in keys]
    rows = [
        [
            str(index),
            change.id_number,
            receipt._cell(names.get(change.id_number, "")),
            receipt._cell(receipt.text(f"fact_{change.field}")),
            receipt._cell(fact_value(receipt, change.field, change.old)),
            receipt._cell(fact_value(receipt, change.field, change.new)),
        ]
        for index, change in enumerate(corrections, 1)
    ]
    table = receipt._table([header, *rows], [width * mm for width in _WIDTHS_MM], 1)
    people = len({change.id_number for change in corrections})
    return [
        table,
        Paragraph(receipt.text("totals"), receipt.heading),
        Paragraph(
            receipt.text("corrections", people=f"{people:,}", facts=f"{len(corrections):,}"), receipt.body
        ),
    ]


def fact_value(receipt: ReceiptLayout, field: str, value: str) -> str:
    """A recorded fact as the receipt shows it: ID types by their official Chinese names, household types by
    code and name; an empty one as not recorded (people declared before the roster kept it)."""
    if not value:
        return receipt.text("not_recorded")
    if field == "id_type" and value in set(IdType):
        return ID_TYPE_LABELS_ZH[IdType(value)]
    if field == "hukou_type" and value in set(HukouType):
        key = f"hukou_{value}"
        return f"{value} {receipt.text(key) if key in RECEIPT_TEXTS else HUKOU_LABELS_ZH[HukouType(value)]}"
    return value
