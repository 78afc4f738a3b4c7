"""Query → Late fee forecast: for the logged-in unit and a period, the last day without a late fee, the
fee if paid today, and what a delay of 1, 5, 10, 30 or any number of days would cost.

The outlook is read from the local records on a worker (app.late_fees); the delays are reckoned from it
here (no store, no network). The amount's source is said above the figures: the approved payment
declaration, or one not approved yet, or none (nothing to forecast).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.late_fees import LateFeeOutlook
from ssclient.domain.money import format_money
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.late_fees import late_fees_title
from ssclient.gui.late_fees.texts import LateFeeTexts
from ssclient.gui.records.views import push_button
from ssclient.gui.workers import Task, start_call

DELAYS = (1, 5, 10, 30)  # days from today: the table's rows
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LateFeeWindow(QWidget):
    shown = Signal(object)  # the LateFeeOutlook now on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.texts = LateFeeTexts(self)
        self.outlook: LateFeeOutlook | None = None
        self.setObjectName("LateFeeWindow")
        self.setWindowTitle(late_fees_title())
        self._build()
        self.show_period()
        # A payment declared, answered or revised while the window is open changes the amount: read again.
        ctx.signals.documents_changed.connect(self.show_period)

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.period_edit = QLineEdit(str(self._ctx.current_period()), self)
        self.period_edit.setObjectName("periodEdit")
        self.period_edit.setMaximumWidth(90)
        self.period_edit.returnPressed.connect(self.show_period)
        self.show_button = push_button(self, self.tr("Show"), "showButton", self.show_period)
        criteria = QHBoxLayout()
        criteria.addWidget(QLabel(self.tr("Period"), self))
        criteria.addWidget(self.period_edit)
        criteria.addWidget(self.show_button)
        criteria.addStretch(1)
        if self._ctx.policy.illustrative:
            note = QLabel(self.tr("Illustrative policy (not official)"), self)
            note.setObjectName("policyNote")
            note.setToolTip(self._ctx.policy.name)
            note.setStyleSheet("color: #c0392b; font-weight: bold;")
            criteria.addWidget(note)

        self.basis_label = self._label("basisLabel")
        self.basis_label.setStyleSheet("font-weight: bold;")
        self.deadline_label = self._label("deadlineLabel")
        self.fee_today_label = self._label("feeTodayLabel")
        self.rate_label = self._label("rateLabel", self.texts.rate())
        figures = QFormLayout()
        figures.addRow(self.tr("Last day without a late fee:"), self.deadline_label)
        figures.addRow(self.tr("Late fee if paid today:"), self.fee_today_label)
        figures.addRow(self.tr("Rate:"), self.rate_label)

        self.status_label = self._label("statusLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addWidget(self.basis_label)
        layout.addLayout(figures)
        layout.addWidget(self._delays_box())
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _delays_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("If paid later"), self)
        box.setMaximumWidth(760)  # four short columns: in a wide tab they would drift apart
        self.table = QTableWidget(len(DELAYS), 4, box)
        self.table.setObjectName("delaysTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Paid in"), self.tr("Paid on"), self.tr("Days late"), self.tr("Late fee (yuan)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader().defaultSectionSize() * len(DELAYS)
        self.table.setFixedHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        self.delay_spin = QSpinBox(box)
        self.delay_spin.setObjectName("delaySpin")
        self.delay_spin.setRange(0, 3650)
        self.delay_spin.setValue(15)
        self.delay_spin.setSuffix(self.tr(" days from today"))
        self.delay_spin.valueChanged.connect(self._show_delay)
        self.delay_label = QLabel(box)
        self.delay_label.setObjectName("delayLabel")
        any_delay = QHBoxLayout()
        any_delay.addWidget(QLabel(self.tr("Paid"), box))
        any_delay.addWidget(self.delay_spin)
        any_delay.addWidget(self.delay_label, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table)
        layout.addLayout(any_delay)
        return box

    # --- reading -------------------------------------------------------------------------------------
    def show_period(self) -> Task | None:
        """Read the outlook of the period typed, on a worker; a period that does not read is said so."""
        try:
            period = Period.parse(self.period_edit.text())
        except ValueError:
            self.status_label.setText(
                self.tr("“%1” is not a period: type the year and month, such as 2026-11.").replace(
                    "%1", self.period_edit.text().strip()
                )
            )
            return None
        self.status_label.setText(
            self.tr("Reading the payment declarations of %1…").replace("%1", str(period))
        )
        self.show_button.setEnabled(False)
        task = start_call(self._ctx.late_fees.outlook, period).owned_by(self)
        task.finished.connect(self._show)
        task.failed.connect(self.status_label.setText)
        task.ended.connect(lambda: self.show_button.setEnabled(True))
        return task

    def _show(self, outlook: LateFeeOutlook) -> None:
        self.outlook = outlook
        self.period_edit.setText(str(outlook.period))
        self.basis_label.setText(self.texts.basis(outlook))
        self.deadline_label.setText(self.texts.deadline(outlook))
        self.fee_today_label.setText(self.texts.fee_today(outlook))
        for row, days in enumerate(DELAYS):
            cells = [
                self.texts.days(days),
                outlook.paid_on(days).isoformat(),
                str(outlook.days_late_after(days)),
                self.texts.fee(outlook.fee_after(days)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(_RIGHT if column else Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self._show_delay()
        self.status_label.setText(
            self.tr(
                "As of %1, to the cent. Only what is still unpaid accrues a late fee: a month already paid "
                "owes none."
            ).replace("%1", outlook.today.isoformat())
        )
        self.shown.emit(outlook)

    def _show_delay(self) -> None:
        outlook = self.outlook
        if outlook is None:
            return
        days = self.delay_spin.value()
        fee = outlook.fee_after(days)
        if fee is None:
            self.delay_label.setText(
                self.tr("on %1: no amount to reckon on.").replace("%1", str(outlook.paid_on(days)))
            )
            return
        self.delay_label.setText(
            self.tr("on %1, %2 late: late fee %3 yuan.")
            .replace("%1", outlook.paid_on(days).isoformat())
            .replace("%2", self.texts.days(outlook.days_late_after(days)))
            .replace("%3", format_money(fee))
        )
