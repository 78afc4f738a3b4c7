"""Settings → Policy: which policy table is in force for which month, whether its figures are official,
and loading a city's official table (a TOML file, format in resources/policy/README.md). A bad file is
refused with the key and the reason, and nothing changes. The files are read and written on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.policy_tables import (
    FORMAT_DOCUMENT,
    Policy,
    PolicyTableRefused,
    PolicyTables,
    ScheduledTable,
    policy_tables,
)
from ssclient.app.session_rules import default_policy
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.file_dialogs import ask_open_path
from ssclient.gui.policy_figures import figures_status, illustrative_figures_text
from ssclient.gui.workers import start_call

ERROR_STYLE = "color:#c62828;"
ILLUSTRATIVE_STYLE = "color:#7a4b00; font-weight:bold;"


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class PolicySection(QGroupBox):
    """The Policy part of the settings. With a session (`ctx`), a table loaded for the current month is
    put in force at once (the status bar and the payment forms follow); without, it applies at log-in."""

    changed = Signal()  # the schedule was read again (after opening, loading or removing)

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Policy"), parent)
        self.setObjectName("policyGroup")
        self.ctx = ctx
        self.tables = ctx.policy_tables if ctx is not None else policy_tables(default_policy())
        self.period = ctx.current_period() if ctx is not None else _this_month()
        self.schedule: list[ScheduledTable] = []
        self.in_force_label = QLabel(self)
        self.in_force_label.setObjectName("policyInForce")
        self.in_force_label.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("policyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Pooling area"), self.tr("Table"), self.tr("Figures")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = QLabel(self)
        self.message.setObjectName("policyMessage")
        self.message.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load an official table…"), self)
        self.load_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Remove the selected table"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        help_label = QLabel(
            self.tr(
                "A policy table is a TOML file for one pooling area, in force from a month; its format is "
                "described in %1."
            ).replace("%1", str(FORMAT_DOCUMENT)),
            self,
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color:#666;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(help_label)

    # --- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        # Bound methods, not lambdas: Qt drops the connection when the dialog is gone before the answer.
        task = start_call(self.tables.overview, self.period)
        task.finished.connect(self._show)
        task.failed.connect(self._failed)

    def _show(self, answer: tuple[list[ScheduledTable], Policy]) -> None:
        period = self.period
        self.schedule, in_force = answer
        self.table.setRowCount(len(self.schedule))
        for row, entry in enumerate(self.schedule):
            cells = (
                str(entry.first),
                str(entry.last) if entry.last is not None else self.tr("until a newer table"),
                entry.policy.area or "—",
                self.table_name(entry),
                self.figures(entry.policy),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        text = self.tr("In force in %1: %2 (%3)").replace("%1", str(period))
        text = text.replace("%2", in_force.name).replace("%3", self.figures(in_force))
        self.in_force_label.setText("\n".join(filter(None, (text, illustrative_figures_text(in_force)))))
        self.in_force_label.setStyleSheet(ILLUSTRATIVE_STYLE if in_force.illustrative else "")
        if self.ctx is not None:
            self.ctx.set_policy(in_force)  # emits policy_changed only when it is another table
        self._selection_changed()
        self.changed.emit()

    def table_name(self, entry: ScheduledTable) -> str:
        if entry.loaded:
            return entry.policy.name
        return self.tr("%1 (sent by the agency or built in)").replace("%1", entry.policy.name)

    def figures(self, policy: Policy) -> str:
        return figures_status(policy)

    # --- loading and removing ---------------------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_open_path(
            self, self.tr("Load an official policy table"), self.tr("Policy tables (*.toml)")
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Check and keep the table in `path` (on a worker); a refusal names the key and the reason."""
        self._say(self.tr("Checking %1…").replace("%1", path.name), error=False)
        self.load_button.setEnabled(False)
        task = start_call(_load, self.tables, path)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        task.ended.connect(self._load_ended)

    def _load_ended(self) -> None:
        self.load_button.setEnabled(True)

    def _loaded(self, answer: Policy | PolicyTableRefused) -> None:
        if isinstance(answer, PolicyTableRefused):
            self._refused(answer)
            return
        policy = answer
        self._say(
            self.tr("Loaded: %1, in force from %2.")
            .replace("%1", policy.name)
            .replace("%2", str(policy.starts)),
            error=False,
        )
        self.refresh()

    def _refused(self, refused: PolicyTableRefused) -> None:
        reason = refused.reason(translate)
        if refused.key:
            text = self.tr("The table was not loaded: key %1 %2. Nothing was changed.")
            text = text.replace("%1", refused.key).replace("%2", reason)
        else:
            text = self.tr("The table was not loaded: the file %1. Nothing was changed.")
            text = text.replace("%1", reason)
        self._say(text, error=True)

    def selected(self) -> ScheduledTable | None:
        rows = self.table.selectionModel().selectedRows()
        return self.schedule[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(chosen is not None and chosen.loaded)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.loaded:
            return
        task = start_call(self.tables.remove, chosen.first)
        task.finished.connect(self._removed)
        task.failed.connect(self._failed)

    def _removed(self, _nothing: object) -> None:
        self._say(self.tr("The table was removed."), error=False)
        self.refresh()

    def _failed(self, message: str) -> None:
        self._say(message, error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)


def _load(tables: PolicyTables, path: Path) -> Policy | PolicyTableRefused:
    """On the worker: a refusal is an answer to show, not a failure to log."""
    try:
        return tables.load(path)
    except PolicyTableRefused as refused:
        return refused


def _this_month() -> Period:
    """Before log-in there is no session clock: the system's, as the session would use."""
    from ssclient.domain.clock import SystemClock, today

    return Period.of(today(SystemClock()))
