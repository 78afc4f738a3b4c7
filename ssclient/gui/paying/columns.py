"""The payments table's columns: one row per month."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssclient.app.paying import Collection, MonthPayment, MonthState
from ssclient.domain.money import format_money
from ssclient.gui.list_model import ListColumn
from ssclient.gui.paying.texts import reason_text, state_name


def collection_text(collection: Collection | None) -> str:
    """The last collection in a few words: when, how, and how it ended."""
    if collection is None:
        return ""
    when = collection.collected_at.strftime("%Y-%m-%d %H:%M")
    how = (
        QCoreApplication.translate("Paying", "at the deadline")
        if collection.at_deadline
        else QCoreApplication.translate("Paying", "on request")
    )
    if collection.paid:
        return QCoreApplication.translate("Paying", "%1 paid %2").replace("%1", when).replace("%2", how)
    text = QCoreApplication.translate("Paying", "%1 failed %2: %3")
    return text.replace("%1", when).replace("%2", how).replace("%3", reason_text(collection.reason))


def late_fee_text(month: MonthPayment) -> str:
    if month.state is MonthState.PAID or month.days_late_today <= 0:
        return ""
    return format_money(month.late_fee_today)


def month_columns() -> list[ListColumn[MonthPayment]]:
    return [
        ListColumn(QCoreApplication.translate("Paying", "Period"), lambda m: str(m.period)),
        ListColumn(
            QCoreApplication.translate("Paying", "Payment declaration"), lambda m: m.serial_number or ""
        ),
        ListColumn(
            QCoreApplication.translate("Paying", "Declared"),
            lambda m: format_money(m.declared),
            lambda m: m.declared,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("Paying", "Paid"),
            lambda m: format_money(m.collected),
            lambda m: m.collected,
            numeric=True,
        ),
        ListColumn(
            QCoreApplication.translate("Paying", "Outstanding"),
            lambda m: format_money(m.outstanding),
            lambda m: m.outstanding,
            numeric=True,
        ),
        ListColumn(QCoreApplication.translate("Paying", "Deadline"), lambda m: m.deadline.isoformat()),
        ListColumn(QCoreApplication.translate("Paying", "State"), lambda m: state_name(m.state)),
        ListColumn(
            QCoreApplication.translate("Paying", "Late fee if paid today"), late_fee_text, numeric=True
        ),
        ListColumn(
            QCoreApplication.translate("Paying", "Last collection"),
            lambda m: collection_text(m.last),
            tooltip=lambda m: collection_text(m.last),
        ),
    ]
