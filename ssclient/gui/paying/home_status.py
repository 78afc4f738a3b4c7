"""One line on the home page: the current period's payment as the agency has it (due by its deadline,
paid, or failed and what to do). Read from the agency on a worker whenever the home page reads its month;
nothing is shown before the agency was reached, or when it cannot be asked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ssclient.app.paying import MonthPayment, MonthState
from ssclient.domain.money import format_money
from ssclient.gui.context import AppContext
from ssclient.gui.paying.texts import advice_text, reason_text
from ssclient.gui.workers import Task, start_call

_STYLES = {MonthState.DUE: "", MonthState.PAID: "color:#2e7d32;", MonthState.FAILED: "color:#c0392b;"}


class PaymentStatusLabel(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self.month: MonthPayment | None = None
        self.setObjectName("collectionState")
        self.setWordWrap(True)
        self.hide()

    def refresh(self) -> Task | None:
        """Read the current period's payment again (once at a time)."""
        ctx = self._ctx
        if not ctx.has_agency or not ctx.unit_code or (self._task is not None and self._task.running):
            return None
        task = start_call(ctx.paying.months)
        task.finished.connect(self._show)
        task.failed.connect(self._forget)
        self._task = task
        return task

    def _forget(self, _message: str) -> None:
        # The status bar says the agency cannot be reached; an old state is not shown as today's.
        self.month = None
        self.hide()

    def _show(self, months: tuple[MonthPayment, ...]) -> None:
        period = self._ctx.current_period()
        self.month = next((month for month in months if month.period == period), None)
        if self.month is None:
            self.hide()
            return
        self.setText(self.month_text(self.month))
        self.setStyleSheet(_STYLES[self.month.state])
        self.show()

    def month_text(self, month: MonthPayment) -> str:
        period = str(month.period)
        if month.state is MonthState.PAID:
            return self.tr("The contributions for %1 are paid.").replace("%1", period)
        if month.state is MonthState.FAILED and month.last is not None:
            text = self.tr("The collection for %1 failed: %2. %3").replace("%1", period)
            return text.replace("%2", reason_text(month.last.reason)).replace(
                "%3", advice_text(month.last.reason)
            )
        text = self.tr("%1 is due for %2 by %3 (Query → Payments).").replace(
            "%1", format_money(month.outstanding)
        )
        return text.replace("%2", period).replace("%3", month.deadline.isoformat())
