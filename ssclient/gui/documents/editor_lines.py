"""The editor's lines: the table of people on the document, the selected line in the form, and the
rulebook on each line as the user types (it takes well under a millisecond per line).

A mixin of `DocumentEditor` (through `RosterLookup`): it works on the editor's table, model and form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel

from ssclient.app.documents_rules import check_line, finding, line_counts, problem_counts
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.findings import Finding, line_index
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.gui.documents.line_model import LinesModel, filled
from ssclient.gui.documents.texts import render_finding
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QTableView

    from ssclient.domain.period import Period
    from ssclient.gui.context import AppContext
    from ssclient.gui.documents.person_form import PersonLineForm

# Above this many lines the Problems column is counted on a worker: the rulebook takes some 20 µs a line,
# so a bigger document would hold the window longer than a frame or two (100,000 lines: about 2 s).
COUNT_ON_A_WORKER_ABOVE = 2_000


def split_line_path(path: str) -> tuple[int | None, str]:
    """``lines[2].backpay.medical`` → (2, ``backpay.medical``); a path without a line → (None, path)."""
    index = line_index(path)
    if index is None:
        return None, path
    rest = path.split("]", 1)[1]
    return index, rest.removeprefix(".")


class LineChecks:
    """The lines table, the form's line, and the findings of each line; see the module docstring."""

    _ctx: AppContext
    kind: DeclarationType
    period: Period
    declaration: Declaration
    read_only: bool
    model: LinesModel
    form: PersonLineForm
    lines_table: QTableView
    summary_label: QLabel
    _roster: Mapping[str, RosterEntry]
    _current: int
    _touched: list[set[str] | None]

    def _gap(self, entry: RosterEntry | None) -> int | None:
        """Renewal: the months the person was not insured before this document's period (None: unknown)."""
        if entry is None or entry.interrupted_from is None:
            return None
        return self.period.months_since(entry.interrupted_from)

    def _size_columns(self) -> None:
        """Columns as wide as their content in a sample of rows, and never narrower than a full ID number,
        a long name and a large amount (the table starts empty, and is not re-measured while typing)."""
        self.lines_table.resizeColumnsToContents()
        metrics = self.lines_table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        widest = {1: "11010119900307123X", 2: "买买提·艾力", 3: "24,000.00"}
        for column, sample in widest.items():
            needed = metrics.horizontalAdvance(sample) + padding
            if self.lines_table.columnWidth(column) < needed:
                self.lines_table.setColumnWidth(column, needed)

    def _select_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        if row != self._current:
            self._count_whole(self._current)  # left: its untyped fields count now, as a save would find them
            self._current = row
            entry = self._roster.get(normalize_id_number(self.model.line(row).id_number))
            self.form.set_line(self.model.line(row), entry)
            if self.kind is DeclarationType.RENEWAL:
                self.form.set_backpay_gap(self._gap(entry))
        selection = self.lines_table.selectionModel()
        index = self.model.index(row, 0)
        if selection.currentIndex().row() != row:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._validate_current()

    def _on_edited(self, field: str) -> None:
        row = self._current
        if row < 0:
            return
        touched = self._touched[row]
        if touched is not None:
            touched.add(field)
        line = self.form.line()
        if self.kind is DeclarationType.INTERRUPTION:
            # Name and base are the roster's; a changed ID number clears them until the next lookup.
            previous = self.model.line(row)
            if normalize_id_number(previous.id_number) == normalize_id_number(line.id_number):
                line.name, line.wage_base = previous.name, previous.wage_base
            else:
                line.name = line.wage_base = ""
                self.form.line_edit("name").clear()
                self.form.line_edit("wage_base").clear()
                self.form.show_roster_entry(None)
        self.model.set_line(row, line)
        self._validate_current()
        self.summary_label.setText("")

    def _validate_current(self) -> None:
        row = self._current
        if self.read_only:
            # A declared document is the agency's record: today's roster would only confuse it.
            self.form.show_findings([], render_finding)
            return
        findings = self._line_findings(row)
        touched = self._touched[row]
        shown = findings if touched is None else [f for f in findings if f.field in touched]
        self.form.show_findings(shown, render_finding)
        # The line being filled counts what its form shows: not "2 problems" before anything is typed.
        self.model.set_counts(row, line_counts(shown))

    def _count_whole(self, row: int) -> None:
        if 0 <= row < self.model.rowCount() and not self.read_only:
            self.model.set_counts(row, line_counts(self._line_findings(row)))

    def _line_findings(self, row: int) -> list[Finding]:
        line = self.model.line(row)
        ctx = self._ctx.rule_context(self._roster)
        findings = check_line(line, self.kind, self.period, ctx)
        same = self.model.rows_with_same_person(row)
        if len(same) > 1:
            # What check_duplicates says for this line, without scanning the whole document per keystroke.
            findings.append(
                finding("DUPLICATE_PERSON", "id_number", lines=", ".join(str(i + 1) for i in same))
            )
        return findings

    def _reload_roster(self) -> None:
        documents, declaration = self._ctx.documents, self.declaration
        task = start_call(lambda: documents.roster_for(declaration))
        task.finished.connect(self._roster_read)

    def _roster_read(self, roster: object) -> None:
        assert isinstance(roster, Mapping)
        self._roster = roster
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        if self.read_only:
            return
        ctx = self._ctx.rule_context(self._roster)
        model, lines = self.model, self.model.snapshot()
        if len(lines) <= COUNT_ON_A_WORKER_ABOVE:
            self._show_counts(model, lines, problem_counts(lines, self.kind, self.period, ctx))
            return
        # The table stands for the editor: a tab closed before the count comes is deleted with it.
        task = start_call(problem_counts, lines, self.kind, self.period, ctx).owned_by(self.lines_table)
        task.finished.connect(lambda counts: self._show_counts(model, lines, counts))

    def _show_counts(self, model: LinesModel, counted: list[DeclarationLine], counts: object) -> None:
        """Show the counts of `counted` (`model`'s lines when counting began) on the lines still the same."""
        assert isinstance(counts, dict)
        if model is not self.model:  # the document was reloaded meanwhile: its own count follows
            return
        # The line the user is still filling keeps the count of what its form shows (its typed fields).
        row = self._current
        filling = 0 <= row < len(self._touched) and self._touched[row] is not None
        model.set_counts_of(counted, {**counts, row: model.counts(row)} if filling else counts)
        if 0 <= self._current < model.rowCount():
            self._validate_current()

    def _reload_lines(self, lines: list[DeclarationLine]) -> None:
        self._current = -1
        self.model = LinesModel(self.kind, lines, share=True)  # the lines just read or saved: nobody else's
        self.lines_table.setModel(self.model)
        self._size_columns()
        self.lines_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._select_row(current.row())
        )
        self._touched = [None if filled(line) else set() for line in lines]
        self._select_row(0)
        self._refresh_counts()
