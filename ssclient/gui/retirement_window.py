"""Query → Reaching retirement age: who on the roster reaches statutory retirement age within a few
months (3 unless asked otherwise), when, and at what age — so the unit stops their insurance in time and
does not declare a renewal the agency will refuse. Read only; re-read when the roster changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.policy_retirement import DEFAULT_MONTHS, MAX_MONTHS, RetirementList, Retiring
from ssclient.gui.context import AppContext
from ssclient.gui.records.views import size_columns
from ssclient.gui.workers import Task, start_call


class RetirementWindow(QWidget):
    """A tab of the main window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("RetirementWindow")
        self.listing: RetirementList | None = None
        self._task: Task | None = None
        self._again = False
        self.months = QSpinBox(self)
        self.months.setObjectName("monthsSpin")
        self.months.setRange(1, MAX_MONTHS)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.valueChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("ID number"),
                self.tr("Name"),
                self.tr("Reaches retirement age in"),
                self.tr("Retirement age"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # As wide as what they hold, whether or not anyone is listed (nobody is, most months).
        widest_age = self.tr("%1 years %2 months").replace("%1", "63").replace("%2", "11")
        size_columns(self.table, ["11010519491231002X", "欧阳娜娜娜", "2027-03", widest_age])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.status.setObjectName("retirementStatus")
        self.status.setWordWrap(True)
        self.rule = QLabel(self)
        self.rule.setObjectName("retirementRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color:#666;")
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        ctx.signals.roster_changed.connect(self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("People on the roster reaching statutory retirement age within"), self))
        top.addWidget(self.months)
        top.addStretch(1)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)

    def refresh(self) -> None:
        """Read the list again (the local roster: no agency call)."""
        if self._task is not None and self._task.running:
            self._again = True  # the months changed, or the roster, while reading: read once more after
            return
        self._again = False
        self.status.setText(self.tr("Reading…"))
        self._task = start_call(self.ctx.retirement.retiring, self.months.value())
        self._task.finished.connect(self._show)
        self._task.failed.connect(self.status.setText)
        self._task.ended.connect(self._ended)

    def _ended(self) -> None:
        if self._again:
            self.refresh()

    def _show(self, listing: RetirementList) -> None:
        self.listing = listing
        self.table.setRowCount(len(listing.people))
        for row, person in enumerate(listing.people):
            cells = (
                person.entry.id_number,
                person.entry.name,
                str(person.month),
                self.age(person),
                self.note(person),
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        span = self.tr("from %1 to %2").replace("%1", str(listing.first)).replace("%2", str(listing.last))
        if listing.people:
            text = self.tr("Insured people reaching retirement age %2: %1.")
        else:
            text = self.tr("Nobody insured reaches retirement age %2.")
        self.status.setText(text.replace("%1", str(len(listing.people))).replace("%2", span))
        self.rule.setText(
            self.tr(
                "Ages by month of birth under the %1 (adopted %2, in force from %3). At or past this age a "
                "person cannot be newly insured or renewed."
            )
            .replace("%1", listing.rule_title or listing.rule)
            .replace("%2", listing.adopted)
            .replace("%3", listing.in_force)
        )

    def age(self, person: Retiring) -> str:
        text = self.tr("%1 years %2 months") if person.months else self.tr("%1 years")
        return text.replace("%1", str(person.years)).replace("%2", str(person.months))

    def note(self, person: Retiring) -> str:
        if person.category_known:
            return ""
        return self.tr(
            "The roster does not say whether she is a worker or a cadre: the worker's (earlier) age is shown."
        )
