"""The columns of the declaration records window: what each shows of a record, which the agency sorts
by (`order`), and which are identifiers an export keeps as text in Excel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ssclient.app.exports import ColumnKind
from ssclient.app.records import RecordSort, RecordSummary
from ssclient.gui.documents.texts import document_title, status_name
from ssclient.gui.operators.texts import submitted_by_header, submitter_text
from ssclient.gui.records.lazy_model import Column
from ssclient.gui.records.texts import local_time

# Typical cells, for the columns' widths.
SAMPLES = (
    "SB2026112000000003",
    "Interrupt personnel",
    "2026-11",
    "Approved",
    "2026-11-20 09:00:00",
    "10 person(s): 张三、李四、王五…",
    "SB2026112000000003",
    "SB2026112000000003",
)
_IDENTIFIER = ColumnKind.IDENTIFIER


def record_columns(people: Callable[[RecordSummary], str]) -> list[Column[RecordSummary]]:
    """The agency sorts (`order`) by the first five; the others do not sort. The strings keep the window's
    translation context: they were the window's before they moved here. `people` is the window's own (a
    counted text, which lupdate reads as one only from a tr() call)."""
    return [
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Serial number"),
            lambda r: r.serial_number or "",
            order=RecordSort.SERIAL_NUMBER,
            kind=_IDENTIFIER,
        ),
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Business type"),
            lambda r: document_title(r.type),
            order=RecordSort.TYPE,
        ),
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Period"),
            lambda r: str(r.period),
            order=RecordSort.PERIOD,
        ),
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Status"),
            lambda r: status_name(r.status),
            order=RecordSort.STATUS,
        ),
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Submitted at"),
            lambda r: local_time(r.submitted_at),
            order=RecordSort.SUBMITTED_AT,
        ),
        Column(QCoreApplication.translate("DeclarationRecordsWindow", "People"), people),
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Replaces"),
            lambda r: r.replaces_serial or "",
            kind=_IDENTIFIER,
        ),
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Replaced by"),
            lambda r: r.replaced_by_serial or "",
            kind=_IDENTIFIER,
        ),
        Column(
            QCoreApplication.translate("DeclarationRecordsWindow", "Revoked at"),
            lambda r: local_time(r.revoked_at),
        ),
        # The operator's log-in name, or the unit's administrator (its header in the operators' catalogue).
        Column(submitted_by_header(), lambda r: submitter_text(r.submitted_by)),
    ]
