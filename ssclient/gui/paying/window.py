"""Query → Payments: the unit's bank agreement, each month's payment (due, paid, failed with the bank's
reason and what to do), Pay, and the electronic payment certificate of a paid month.

Everything is asked of the agency on a worker (app.paying). The agency collects a month itself on its
deadline; it notices when asked, so opening or refreshing this window may show a month just collected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.paying import (
    AgreementState,
    BankAgreement,
    Collection,
    MonthPayment,
    MonthState,
    NothingToPay,
    Paying,
    WriteError,
    certificate_file_name,
)
from ssclient.domain.money import format_money
from ssclient.domain.permissions import Permission
from ssclient.gui.context import AppContext
from ssclient.gui.file_dialogs import ask_save_path
from ssclient.gui.list_model import ListTableModel
from ssclient.gui.operators.actions import restrict_button
from ssclient.gui.paying import payments_title
from ssclient.gui.paying.agreement_dialog import AgreementDialog
from ssclient.gui.paying.columns import month_columns
from ssclient.gui.paying.texts import advice_text, reason_text
from ssclient.gui.records.export_action import open_question, open_warning
from ssclient.gui.records.texts import TRANSLATE, write_error_text
from ssclient.gui.records.views import push_button, size_columns, table_view
from ssclient.gui.workers import Task, start_call

_SAMPLES = ("2026-11", "SB2026112000000001", "1,234,567.89", "1,234,567.89", "1,234,567.89", "2026-11-23",
            "Failed", "12,345.67", "2026-11-23 09:00 failed at the deadline")  # fmt: skip

# Failures an agreement registered since then puts right.
_AGREEMENT_REASONS = ("NO_AGREEMENT", "AGREEMENT_VOID")


class PaymentsWindow(QWidget):
    loaded = Signal(object)  # the months shown (a tuple of MonthPayment)
    agreement_loaded = Signal(object)  # the AgreementState shown
    paid = Signal(object)  # Pay's outcome: a Collection (paid or failed) or NothingToPay
    certificate_written = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._paying: Paying = ctx.paying
        self.agreement: BankAgreement | None = None
        self.agreement_read = False  # until then, whether there is one is not known
        self.message_box: QMessageBox | None = None
        self.dialog: AgreementDialog | None = None
        self.setObjectName("PaymentsWindow")
        self.setWindowTitle(payments_title())
        self.model: ListTableModel[MonthPayment] = ListTableModel(month_columns(), self)
        self._build()
        self.refresh()

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        box = QGroupBox(self.tr("Bank agreement (三方协议)"), self)
        self.agreement_label = QLabel(self.tr("Reading the agreement…"), box)
        self.agreement_label.setObjectName("agreementLabel")
        self.agreement_label.setWordWrap(True)
        self.agreement_button = push_button(
            box, self.tr("Bank agreement…"), "agreementButton", self.open_agreement
        )
        row = QHBoxLayout(box)
        row.addWidget(self.agreement_label, 1)
        row.addWidget(self.agreement_button)

        self.table = table_view(self.model, "monthsTable", self)
        size_columns(self.table, _SAMPLES)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.refresh_button = push_button(self, self.tr("Refresh"), "refreshButton", self.refresh)
        self.pay_button = push_button(self, self.tr("Pay…"), "payButton", self.ask_pay)
        self.certificate_button = push_button(
            self, self.tr("Print certificate…"), "certificateButton", self._ask_certificate_path
        )
        # An operator without the payment permission sees the months but neither pays nor registers one.
        self.may_pay = self._ctx.access.may(Permission.PAYMENT)
        restrict_button(self.agreement_button, self._ctx, Permission.PAYMENT)
        restrict_button(self.pay_button, self._ctx, Permission.PAYMENT)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pay_button)
        buttons.addWidget(self.certificate_button)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------------------
    def refresh(self) -> tuple[Task, Task]:
        """Read the agreement and the months again (the agency collects deadlines that have come first)."""
        self.status_label.setText(self.tr("Reading the payments…"))
        agreement = start_call(self._paying.agreement)
        agreement.finished.connect(self._show_agreement)
        agreement.failed.connect(self._warn)
        months = start_call(self._paying.months)
        months.finished.connect(self._show_months)
        months.failed.connect(self._warn)
        return agreement, months

    def _show_agreement(self, state: AgreementState) -> None:
        self.agreement, self.agreement_read = state.agreement, True
        found = state.agreement
        if found is None:
            text = self.tr(
                "No bank agreement is registered: register the unit's agreement to pay through it."
            )
        else:
            text = (
                self.tr("%1 · account %2 · agreement %3")
                .replace("%1", found.bank_name)
                .replace("%2", found.account_masked)
                .replace("%3", found.agreement_number)
            )
            if found.void:
                text += " — " + self.tr(
                    "voided by the bank: sign a new agreement with the bank and register it here."
                )
        if state.form_illustrative:
            text += "\n" + self.tr("The agreement number's form check is illustrative (no public source).")
        self.agreement_label.setText(text)
        self._selection_changed()  # what the month says depends on the agreement
        self.agreement_loaded.emit(state)

    @property
    def without_agreement(self) -> bool:
        """Known to have no agreement the bank collects through (none registered, or voided)."""
        return self.agreement_read and (self.agreement is None or self.agreement.void)

    def _show_months(self, months: tuple[MonthPayment, ...]) -> None:
        selected = self.selected()
        self.model.set_items(list(months))
        if not months:
            self.status_label.setText(
                self.tr("No month has an approved payment declaration yet: declare the payment first.")
            )
        else:
            due = sum(1 for month in months if month.state is not MonthState.PAID)
            self.status_label.setText(
                self.tr("Months: %1 · not paid: %2").replace("%1", str(len(months))).replace("%2", str(due))
            )
        row = next(
            (i for i, m in enumerate(months) if selected and m.period == selected.period), 0 if months else -1
        )
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()
        self.loaded.emit(months)

    # --- the selected month --------------------------------------------------------------------------
    def selected(self) -> MonthPayment | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    def select_period(self, period: str) -> None:
        for row, month in enumerate(self.model.items):
            if str(month.period) == period:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        month = self.selected()
        self.detail_label.setText(self.month_text(month) if month is not None else "")
        self._update_buttons()

    def month_text(self, month: MonthPayment) -> str:
        """What the month's state means and what to do."""
        period, deadline = str(month.period), month.deadline.isoformat()
        if month.collected > month.declared:
            text = self.tr(
                "%1: %2 was paid, more than the approved payment declaration now asks (%3): ask the agency to "
                "refund the difference."
            )
            return (
                text.replace("%1", period)
                .replace("%2", format_money(month.collected))
                .replace("%3", format_money(month.declared))
            )
        if month.state is MonthState.PAID:
            last = _last_paid(month)
            text = self.tr("%1 is paid. Print certificate… prints its electronic payment certificate (%2).")
            return text.replace("%1", period).replace("%2", last.certificate_number or "" if last else "")
        if month.state is MonthState.FAILED and month.last is not None:
            text = self.tr("%1: the collection failed: %2. %3")
            text = text.replace("%1", period).replace("%2", reason_text(month.last.reason))
            advice = advice_text(month.last.reason)
            if (
                month.last.reason in _AGREEMENT_REASONS
                and self.agreement is not None
                and not self.agreement.void
            ):
                advice = self.tr("An agreement is registered now: click Pay.")
            text = text.replace("%3", advice)
        else:
            if self.without_agreement:
                text = self.tr(
                    "%1: %2 is due by %3. The agency collects it only through the unit's bank agreement: "
                    "register the agreement (Bank agreement…), then click Pay."
                )
            else:
                text = self.tr(
                    "%1: %2 is due by %3. Pay collects it now; the agency collects it through the agreement on "
                    "%3 if it is not paid before."
                )
            text = (
                text.replace("%1", period)
                .replace("%2", format_money(month.outstanding))
                .replace("%3", deadline)
            )
        if month.days_late_today > 0:
            late = self.tr(
                "Paid today, it is %1 days late: a late fee of %2 is added (0.05 % a day, Social Insurance Law "
                "art. 86)."
            )
            text += " " + late.replace("%1", str(month.days_late_today)).replace(
                "%2", format_money(month.late_fee_today)
            )
        return text

    def _update_buttons(self) -> None:
        month = self.selected()
        self.pay_button.setEnabled(self.may_pay and month is not None and month.state is not MonthState.PAID)
        self.certificate_button.setEnabled(month is not None and _last_paid(month) is not None)

    # --- the agreement -------------------------------------------------------------------------------
    def open_agreement(self) -> AgreementDialog:
        """The agreement form, opened without blocking; a registered agreement refreshes the window."""
        dialog = AgreementDialog(self._paying, self)
        if self.agreement is not None:
            dialog.set_values(self.agreement.bank_code, "", self.agreement.agreement_number)
        dialog.registered.connect(self._agreement_registered)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _agreement_registered(self, agreement: BankAgreement) -> None:
        self.agreement = agreement
        self.refresh()

    # --- paying --------------------------------------------------------------------------------------
    def ask_pay(self) -> QMessageBox | None:
        """Ask before collecting the selected month (the amount, the late fee, the account)."""
        month = self.selected()
        if month is None or month.state is MonthState.PAID:
            return None
        if self.without_agreement:
            return self._offer_agreement()
        if self.agreement is None:  # not read yet (or the reading failed): read it, and ask to pay again
            self.refresh()
            self.status_label.setText(self.tr("Reading the bank agreement… click Pay again once it shows."))
            return None
        account = self.agreement.account_masked
        total = month.outstanding + (month.late_fee_today if month.days_late_today > 0 else 0)
        text = self.tr("Pay %1 for %2 from %3 now?").replace("%1", format_money(total))
        text = text.replace("%2", str(month.period)).replace("%3", account)
        if month.days_late_today > 0:
            fee = self.tr("It includes a late fee of %1 for %2 days after the deadline.")
            text += "\n" + fee.replace("%1", format_money(month.late_fee_today)).replace(
                "%2", str(month.days_late_today)
            )
        self.message_box = open_question(self, self.tr("Pay"), text, lambda: self.pay(month))
        return self.message_box

    def _offer_agreement(self) -> QMessageBox:
        """Nothing can be collected without an agreement: asked to pay, offer to register one (a collection
        tried anyway would only stand in the month's record as failed)."""
        if self.agreement is not None and self.agreement.void:
            text = self.tr(
                "The bank has voided the unit's agreement, so nothing can be collected. Sign a new agreement "
                "with the bank, then register it here. Register it now?"
            )
        else:
            text = self.tr(
                "No bank agreement is registered: the agency collects contributions only through the unit's "
                "agreement with its bank (三方协议). Register it now?"
            )
        self.message_box = open_question(self, self.tr("Pay"), text, self.open_agreement)
        return self.message_box

    def pay(self, month: MonthPayment) -> Task:
        """Collect `month` now, on a worker; `paid` follows."""
        self.pay_button.setEnabled(False)
        self.status_label.setText(self.tr("Paying %1…").replace("%1", str(month.period)))
        task = start_call(self._paying.pay, month.period)
        task.finished.connect(self._paid)
        task.failed.connect(self._warn)
        task.ended.connect(self._update_buttons)
        return task

    def _paid(self, outcome: Collection | NothingToPay) -> None:
        if isinstance(outcome, NothingToPay):
            self.status_label.setText(
                self.tr("%1 has nothing left to pay.").replace("%1", str(outcome.period))
            )
        elif outcome.paid:
            text = self.tr("%1 paid: %2 (certificate %3).").replace("%1", str(outcome.period))
            self.status_label.setText(
                text.replace("%2", format_money(outcome.total)).replace(
                    "%3", outcome.certificate_number or ""
                )
            )
        else:
            text = self.tr("The payment of %1 failed: %2. %3").replace("%1", str(outcome.period))
            message = text.replace("%2", reason_text(outcome.reason)).replace(
                "%3", advice_text(outcome.reason)
            )
            self.status_label.setText(message)  # not left at "Paying…"
            self.message_box = open_warning(self, message)
        self.paid.emit(outcome)
        months = start_call(self._paying.months)
        months.finished.connect(self._show_months_keeping_status)
        months.failed.connect(self._warn)

    def _show_months_keeping_status(self, months: tuple[MonthPayment, ...]) -> None:
        status = self.status_label.text()
        self._show_months(months)
        self.status_label.setText(status)

    # --- the certificate -----------------------------------------------------------------------------
    def _ask_certificate_path(self) -> None:
        month = self.selected()
        last = _last_paid(month) if month is not None else None
        if last is None:
            return
        path = ask_save_path(
            self, self.tr("Save the payment certificate"), certificate_file_name(last), self.tr("PDF (*.pdf)")
        )
        if path is not None:
            self.write_certificate(path)

    def write_certificate(self, path: Path) -> Task | None:
        """Print the selected month's certificate (its last paid collection) to `path`, on a worker."""
        month = self.selected()
        last = _last_paid(month) if month is not None else None
        unit = self._ctx.unit
        if last is None or unit is None:
            return None
        paying = self._paying

        def work() -> Path | WriteError:
            try:
                return paying.write_certificate(last, unit, path, TRANSLATE)
            except WriteError as error:
                return error

        self.status_label.setText(self.tr("Writing the certificate…"))
        task = start_call(work)
        task.finished.connect(self._certificate_written)
        task.failed.connect(self._warn)
        return task

    def _certificate_written(self, done: Path | WriteError) -> None:
        if isinstance(done, WriteError):
            self._warn(write_error_text(done))
            return
        self.status_label.setText(self.tr("The certificate was saved to %1.").replace("%1", str(done)))
        self.certificate_written.emit(done)

    def _warn(self, message: str) -> None:
        self.status_label.setText(message)
        self.message_box = open_warning(self, message)


def _last_paid(month: MonthPayment | None) -> Collection | None:
    if month is None:
        return None
    return next((c for c in reversed(month.collections) if c.paid), None)
