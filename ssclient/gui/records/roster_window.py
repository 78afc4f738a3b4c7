"""Query → Insured roster: who is insured here, with status, base and since when.

Rows come page by page from the local store's copy of the roster (app.records_roster), filtered by ID
number or name and by status. The window never asks the agency for the roster: the session takes it in at
log-in and after each approval, and the window reads it again on `roster_changed`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.exports import ColumnKind
from ssclient.app.records_roster import base_used
from ssclient.domain.enums import PersonStatus
from ssclient.domain.money import format_money, round_money
from ssclient.domain.name_order import name_sort_key
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.records.export_action import ask_export_path, export_pages, open_warning, report_export
from ssclient.gui.records.lazy_model import Column, LazyTableModel
from ssclient.gui.records.texts import (
    hukou_text,
    insurance_name,
    person_status_name,
)
from ssclient.gui.records.views import report_loading, size_columns, table_view
from ssclient.gui.workers import Task


class RosterWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.message_box: QMessageBox | None = None
        self.setObjectName("RosterWindow")
        self.setWindowTitle(self.tr("Insured roster"))
        self.model: LazyTableModel[RosterEntry] = LazyTableModel(self._columns(), self)
        # The roster pages come from the local store, quickly: a whole roster sorts in moments.
        self.model.max_sort_rows = 100_000
        self._build()
        report_loading(
            self.model,
            self.table,
            self.status_label,
            none=self.tr("No one matches."),
            shown=self.tr("%1 of %2 people shown."),
        )
        ctx.signals.roster_changed.connect(self.search)
        ctx.signals.policy_changed.connect(self.search)  # another floor or ceiling: other bases used
        self.search()

    def _columns(self) -> list[Column[RosterEntry]]:
        return [
            Column(self.tr("ID number"), lambda e: e.id_number, kind=ColumnKind.IDENTIFIER),
            Column(self.tr("Name"), lambda e: e.name, lambda e: name_sort_key(e.name)),
            Column(self.tr("Status"), lambda e: person_status_name(e.status)),
            Column(
                self.tr("Declared wage"),
                lambda e: format_money(e.base),
                lambda e: e.base,
                numeric=True,
                value=lambda e: round_money(e.base),
            ),
            Column(
                self.tr("Base"),
                lambda e: format_money(self._base_used(e)),
                self._base_used,
                numeric=True,
                value=lambda e: round_money(self._base_used(e)),
            ),
            Column(self.tr("Insured since"), lambda e: str(e.since), lambda e: e.since),
            Column(
                self.tr("Interrupted from"),
                lambda e: str(e.interrupted_from or ""),
                lambda e: e.interrupted_from,
            ),
            Column(self.tr("Household registration"), lambda e: hukou_text(e.hukou_type)),
            Column(self.tr("Insurance types"), lambda e: "、".join(insurance_name(i) for i in e.insurances)),
        ]

    def _base_used(self, entry: RosterEntry) -> Decimal:
        # Under the policy in force this month (the session's): the floor and ceiling applied.
        return base_used(entry, self._ctx.policy)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Name, its pinyin or initials, or part of an ID number"))
        self.filter_edit.setClearButtonEnabled(True)
        hint = self.filter_edit.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
        self.filter_edit.setMinimumWidth(max(240, hint + 48))  # the hint whole, beside the clear button
        self.filter_edit.returnPressed.connect(self.search)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Everyone"), None)
        for status in PersonStatus:
            self.status_combo.addItem(person_status_name(status), status.value)
        self.status_combo.currentIndexChanged.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._ask_export_path)

        criteria = QHBoxLayout()
        criteria.addWidget(QLabel(self.tr("Person"), self))
        criteria.addWidget(self.filter_edit)
        criteria.addWidget(self.status_combo)
        criteria.addWidget(self.search_button)
        criteria.addStretch(1)

        self.table = table_view(self.model, "rosterTable", self)
        size_columns(
            self.table,
            [
                "11010519491231002X",
                "欧阳娜娜",
                "Interrupted",
                "24,000.00",
                "2026-11",
                "2026-11",
                "12 外地城镇",
                "pension、medical、unemployment、work injury",
            ],
        )
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    # --- searching ------------------------------------------------------------------------------------
    def _criteria(self) -> tuple[str, PersonStatus | None]:
        status = self.status_combo.currentData()
        return self.filter_edit.text().strip(), PersonStatus(status) if status else None

    def search(self) -> None:
        if not self._ctx.has_store:
            return
        self.status_label.setText(self.tr("Loading…"))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.load(self._ctx.roster_query.pages(*self._criteria()))

    # --- export ---------------------------------------------------------------------------------------
    def _ask_export_path(self) -> None:
        path = ask_export_path(self, self.tr("Export the roster"), self.tr("insured-roster"))
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> Task:
        source = self._ctx.roster_query.pages(*self._criteria())
        task = export_pages(self, source, self.model.columns(), path, title=self.windowTitle())
        done = self.tr("%1 people exported to %2.")
        return report_export(task, path, self.status_label, done, self._warn, id_numbers=True)

    def _warn(self, message: str) -> None:
        self.status_label.setText(message)
        self.message_box = open_warning(self, message)
