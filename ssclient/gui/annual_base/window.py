"""Business → Annual base (年度缴费工资申报): import last year's wages, see each insured person's old and new
base side by side (who is raised to the floor or lowered to the ceiling, and why), the insured without wages
and the people not insured here listed apart, totals; save the document to the draft box.

The file is read and the bases computed on a worker (app.annual_base) with progress and Cancel; the window
shows the outcome, or the file's bad rows (row, column, what to do) when it was refused. A saved document
opens here again from the draft box and the records (read-only once declared).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.annual_base import (
    TEMPLATE_FILE_NAME,
    AnnualBase,
    AnnualBaseLine,
    AnnualBasePlan,
    DeclaredElsewhere,
    NotInsured,
    ReadCancelled,
    Refused,
    Reopened,
    WagesProblem,
)
from ssclient.app.documents import is_editable
from ssclient.domain.declaration import MAX_PERSONNEL_LINES, Declaration
from ssclient.domain.findings import line_index
from ssclient.domain.money import format_money
from ssclient.domain.roster import RosterEntry
from ssclient.gui.annual_base import annual_base_title
from ssclient.gui.annual_base.columns import (
    line_columns,
    not_insured_columns,
    problem_columns,
    without_wages_columns,
)
from ssclient.gui.annual_base.follow import FollowsParts
from ssclient.gui.annual_base.texts import (
    PartsTexts,
    policy_text,
    title_text,
)
from ssclient.gui.annual_base.totals import AnnualBaseTotals
from ssclient.gui.context import AppContext
from ssclient.gui.file_dialogs import ask_open_path, ask_save_path
from ssclient.gui.list_model import ListTableModel
from ssclient.gui.payroll.texts import translate
from ssclient.gui.records.export_action import open_warning, write_file
from ssclient.gui.records.views import push_button, size_columns, table_view
from ssclient.gui.unsaved import AsksBeforeClosing
from ssclient.gui.workers import Task, TaskCancelled, TaskControl, show_progress, start_call, start_task

Outcome = AnnualBasePlan | Refused
_SAMPLES = ("9999", "11010519491231002X", "欧阳娜娜", "12", "288,000.00", "24,000.00", "24,000.00",
            "24,000.00", "-12,000.00", "Lowered to the ceiling")  # fmt: skip


class AnnualBaseWindow(FollowsParts, AsksBeforeClosing, QWidget):
    """See the module docstring. `saved(declaration_id)` after it was saved to the draft box."""

    saved = Signal(int)
    imported = Signal(object)  # the outcome shown: AnnualBasePlan or Refused
    loaded = Signal()  # a saved document was read and shown

    def __init__(
        self, ctx: AppContext, declaration_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._read = declaration_id is None
        self._focus_when_loaded = ""
        self._saving: Task | None = None
        self.plan: AnnualBasePlan | None = None
        self._kept_plan: AnnualBasePlan | None = None  # the plan as saved in (or read from) the draft box
        self.declaration: Declaration | None = None
        # The documents the plan is saved as (several above MAX_PERSONNEL_LINES people), the first the one
        # this window opened; and the wages file imported since, which names new parts.
        self.parts: list[Declaration] = []
        self._source = ""
        self.read_only = False
        self.message_box: QMessageBox | None = None
        self.setObjectName("AnnualBaseWindow")
        self._show_id(declaration_id)
        policy = ctx.policy
        floor, ceiling = format_money(policy.base_floor), format_money(policy.base_ceiling)
        self.model: ListTableModel[AnnualBaseLine] = ListTableModel(line_columns(floor, ceiling), self)
        self.without: ListTableModel[RosterEntry] = ListTableModel(without_wages_columns(), self)
        self.not_insured: ListTableModel[NotInsured] = ListTableModel(not_insured_columns(), self)
        self.joined_later: ListTableModel[RosterEntry] = ListTableModel(without_wages_columns(), self)
        self.problems: ListTableModel[WagesProblem] = ListTableModel(problem_columns(), self)
        self._build()
        self._show_policy()
        self._show_editing()
        self.status_label.setText(
            self.tr("Import last year's wages (.xlsx or .csv) to compute each insured person's new base.")
        )
        ctx.signals.documents_changed.connect(self._follow_parts)  # declared or deleted meanwhile
        if declaration_id is not None:
            self._open(declaration_id)

    def _show_id(self, declaration_id: int | None) -> None:
        """The title names the document once it has an id (the main window's tab follows it)."""
        title = annual_base_title()
        self.setWindowTitle(f"{title} #{declaration_id}" if declaration_id is not None else title)

    @property
    def is_loaded(self) -> bool:
        """False while a saved document is being read."""
        return self._read

    def has_unsaved_changes(self) -> bool:
        """New bases imported and not saved to the draft box."""
        plan = self.plan
        return not self.read_only and plan is not None and bool(plan.lines) and plan is not self._kept_plan

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("titleLabel")
        self.policy_label = QLabel(self)
        self.policy_label.setObjectName("policyLabel")
        self.policy_label.setWordWrap(True)
        self.import_button = push_button(
            self, self.tr("Import last year's wages…"), "importButton", self._choose_file
        )
        self.template_button = push_button(
            self, self.tr("Save template…"), "templateButton", self._ask_template
        )
        self.save_button = push_button(self, self.tr("Save to draft box"), "saveButton", self.save)
        self.save_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)

        self.table = table_view(self.model, "basesTable", self)
        size_columns(self.table, _SAMPLES)
        self.problem_table = table_view(self.problems, "problemsTable", self)
        size_columns(self.problem_table, ("9999", "全年工资总额"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.problem_table)
        self.apart = QTabWidget(self)
        self.apart.setObjectName("apartTabs")
        self.without_table = table_view(self.without, "withoutWagesTable", self)
        size_columns(self.without_table, ("11010519491231002X", "欧阳娜娜", "24,000.00"))
        self.not_insured_table = table_view(self.not_insured, "notInsuredTable", self)
        size_columns(self.not_insured_table, ("9999", "11010519491231002X", "欧阳娜娜"))
        self.joined_table = table_view(self.joined_later, "joinedLaterTable", self)
        size_columns(self.joined_table, ("11010519491231002X", "欧阳娜娜", "24,000.00"))
        self.apart.addTab(self.without_table, "")
        self.apart.addTab(self.not_insured_table, "")
        self.apart.addTab(self.joined_table, "")
        self.apart.setMaximumHeight(190)
        self.totals = AnnualBaseTotals(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.policy_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.apart)
        layout.addWidget(self.totals)
        self._count_apart()

    def _show_policy(self) -> None:
        self.title_label.setText("<b>" + title_text(self._ctx.policy) + "</b>")
        self.policy_label.setText(policy_text(self._ctx.policy))

    def _show_editing(self) -> None:
        for button in (self.import_button, self.template_button, self.save_button):
            button.setVisible(not self.read_only)

    def _count_apart(self) -> None:
        self.apart.setTabText(
            0, self.tr("Insured, no wages in the file (%1)").replace("%1", f"{self.without.rowCount():,}")
        )
        self.apart.setTabText(
            1, self.tr("In the file, not insured here (%1)").replace("%1", f"{self.not_insured.rowCount():,}")
        )
        joined = self.tr("Joined after %1, base from joining stands (%2)")
        self.apart.setTabText(
            2,
            joined.replace("%1", str(self._ctx.policy.starts)).replace(
                "%2", f"{self.joined_later.rowCount():,}"
            ),
        )

    # --- a saved document ----------------------------------------------------------------------------
    def _open(self, declaration_id: int) -> None:
        documents, annual = self._ctx.documents, self._ctx.annual_base

        def read() -> tuple[Declaration, Reopened]:
            document = documents.load(declaration_id)
            return document, annual.reopen(document)

        self.setEnabled(False)
        task = start_call(read).owned_by(self)
        task.finished.connect(self._opened)
        task.failed.connect(self._warn)
        task.ended.connect(lambda: self.setEnabled(True))

    def _opened(self, result: tuple[Declaration, Reopened]) -> None:
        document, reopened = result
        self.declaration = document
        self.parts = [document]
        self.read_only = not is_editable(document.status)
        self._show_editing()
        self._show_plan(reopened.plan)
        self._kept_plan = reopened.plan
        text = (
            self.tr("Document #%1 for %2.")
            .replace("%1", str(document.id))
            .replace("%2", str(document.period))
        )
        if reopened.elsewhere:  # the other parts of an annual base saved in several documents
            text += " " + PartsTexts().elsewhere(reopened.elsewhere)
        self.status_label.setText(text)
        self._read = True
        self.loaded.emit()
        if self._focus_when_loaded:
            self.focus_finding(self._focus_when_loaded)

    def focus_finding(self, path: str) -> bool:
        """Go to the line a finding names (``lines[2].wage_base``), from the draft box's findings; asked
        before the document is read, it goes there when it is (and says True)."""
        if not self._read:
            self._focus_when_loaded = path
            return True
        row = line_index(path)
        if row is None or not 0 <= row < self.model.rowCount():
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()
        return True

    # --- importing -----------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = ask_open_path(
            self, self.tr("Choose last year's wages"), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> Task:
        """Read the wages in `path` and compute the new bases on a worker; `imported` follows."""
        annual: AnnualBase = self._ctx.annual_base
        own = list(self.parts)  # the documents this plan replaces: their people are not "declared elsewhere"

        def work(control: TaskControl) -> Outcome:
            try:
                return annual.import_wages(
                    path, own=own, progress=control.report, cancelled=lambda: control.cancelled
                )
            except ReadCancelled as stop:
                raise TaskCancelled from stop

        self.status_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.import_button.setEnabled(False)
        task = start_task(work, "annual base import")
        task.finished.connect(lambda outcome: self._imported(outcome, path.name))
        task.failed.connect(self._warn)
        task.cancelled.connect(lambda: self.status_label.setText(self.tr("Cancelled; nothing was imported.")))
        task.ended.connect(lambda: self.import_button.setEnabled(True))
        show_progress(task, self.tr("Reading the wages…"), self)
        return task

    def _imported(self, outcome: Outcome, source: str) -> None:
        if isinstance(outcome, Refused):
            self._show_refused(outcome)
        else:
            self._source = source
            self._show_plan(outcome)
            self.status_label.setText(self._plan_text(outcome))
        self.imported.emit(outcome)

    def _plan_text(self, plan: AnnualBasePlan) -> str:
        left_out = PartsTexts().left_out(plan.declared_elsewhere) if plan.declared_elsewhere else ""
        people, parts = len(plan.lines), -(-len(plan.lines) // MAX_PERSONNEL_LINES)
        if not people and left_out:
            text = self.tr("Nothing is left to declare.")
        elif not people:
            text = self.tr("Nobody insured here has wages in the file: there is nothing to declare.")
        elif parts > 1:
            text = PartsTexts().plan(people, str(plan.effective), parts, MAX_PERSONNEL_LINES)
        else:
            text = self.tr("%1 new bases from %2. Check them, then save the document to the draft box.")
            text = text.replace("%1", f"{people:,}").replace("%2", str(plan.effective))
        return f"{left_out} {text}" if left_out else text

    def _show_refused(self, refused: Refused) -> None:
        self._show_plan(None)
        if refused.file is not None:
            self.status_label.setText(
                self.tr("Cannot use the file: %1").replace("%1", refused.reason(translate))
            )
            return
        self.problems.set_items(list(refused.problems))
        self.pages.setCurrentWidget(self.problem_table)
        text = self.tr("%1 was not imported: %2 problems in its rows. Correct them and import it again.")
        self.status_label.setText(text.replace("%1", refused.name).replace("%2", str(len(refused.problems))))

    def _show_plan(self, plan: AnnualBasePlan | None) -> None:
        self.plan = plan
        self.model.set_items(list(plan.lines) if plan else [])
        self.without.set_items(list(plan.without_wages) if plan else [])
        self.not_insured.set_items(list(plan.not_insured) if plan else [])
        self.joined_later.set_items(list(plan.joined_later) if plan else [])
        self.problems.set_items([])
        self.pages.setCurrentWidget(self.table)
        self._count_apart()
        self.totals.show_plan(plan)
        self.save_button.setEnabled(plan is not None and bool(plan.lines) and not self.read_only)

    # --- saving --------------------------------------------------------------------------------------
    def save(self) -> Task | None:
        """Save the new bases to the draft box, as several documents when one cannot hold them all (on a
        worker; `saved(id)` of the first follows)."""
        if self.plan is None or not self.plan.lines or self.read_only or self._saving is not None:
            return None
        # Declared in the month it is declared in (a draft kept from an earlier month moves to this one);
        # a revision stays in the period of the record it replaces.
        kept = self.declaration
        period = kept.period if kept is not None and kept.replaces_serial else self._ctx.current_period()
        annual = self._ctx.annual_base
        parts = annual.declarations(self.plan, period, self.parts)
        # Parts saved before that the plan no longer fills go, or their people would be declared twice.
        removed = [part.id for part in self.parts[len(parts) :] if part.id is not None]
        task = start_call(annual.save, parts, self._source, removed)
        task.then_emit(self._ctx.signals.documents_changed)  # heard even if this tab is closed meanwhile
        self._saving = task
        self.save_button.setEnabled(False)
        task.finished.connect(self._saved)
        task.failed.connect(self._warn)
        task.ended.connect(self._save_ended)
        return task

    def _saved(self, parts: list[Declaration] | DeclaredElsewhere) -> None:
        if isinstance(parts, DeclaredElsewhere):
            self._warn(PartsTexts().declared_elsewhere(parts))
            return
        ids = [part.id for part in parts if part.id is not None]
        self.parts, self.declaration = parts, parts[0]
        self._kept_plan = self.plan
        self._show_id(ids[0])
        if len(ids) > 1:
            self.status_label.setText(PartsTexts().saved(ids))
        else:
            saved = self.tr("Saved to the draft box as document #%1: check and declare it there.")
            self.status_label.setText(saved.replace("%1", str(ids[0])))
        self.saved.emit(ids[0])

    def _save_ended(self) -> None:
        self._saving = None
        self.save_button.setEnabled(self.plan is not None and bool(self.plan.lines))

    # --- the template --------------------------------------------------------------------------------
    def _ask_template(self) -> None:
        path = ask_save_path(
            self, self.tr("Save the wages template"), TEMPLATE_FILE_NAME, self.tr("Excel workbook (*.xlsx)")
        )
        if path is not None:
            self.save_template_to(path)

    def save_template_to(self, path: Path) -> Task:
        done = self.tr("The template was saved to %1.")
        return write_file(self, AnnualBase.save_template, path, self.status_label, done, self._warn)

    def _warn(self, message: str) -> None:
        self.status_label.setText(message)
        self.message_box = open_warning(self, message)
