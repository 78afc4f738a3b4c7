""" "Import from spreadsheet…": a filled template (.xlsx or .csv) becomes a new draft (several past 2,000 people).

The user picks the declaration type and the file. Reading and checking run on a worker thread
(gui.workers) with a progress bar and Cancel; the report then lists every finding by the row number the
spreadsheet shows, the column's header and the message in the UI language. A file without errors becomes
a draft at once; with errors the user chooses: import every row (and fix them in the draft), import the
clean rows only, or fix the file and read it again. The draft is written last, in one store transaction,
also off the GUI thread, so Cancel or a failure never leaves half an import. A double-click on a finding
of an imported row asks (`open_line_requested`) to open that line and field in the document editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QWidget,
)

from ssclient.app.imports import (
    CheckedSheet,
    ImportedDraft,
    NothingToImport,
    UnusableFile,
    prepare_reading,
    read_and_check,
)
from ssclient.domain.enums import DeclarationType, Severity
from ssclient.gui.context import AppContext
from ssclient.gui.documents.texts import document_title
from ssclient.gui.file_dialogs import ask_open_path
from ssclient.gui.imports.import_form import DONE_STYLE, ERROR_STYLE, ImportDialogWidgets
from ssclient.gui.imports.report_export import ExportsReport
from ssclient.gui.imports.report_model import MESSAGE, ReportModel
from ssclient.gui.workers import Task, TaskControl


@dataclass(frozen=True, slots=True)
class _Read:
    """What the reading worker hands the window: the checked sheet and its report's model, made there."""

    checked: CheckedSheet
    model: ReportModel


class ImportDialog(ExportsReport, ImportDialogWidgets):
    """`imported(declaration_id)` after a draft was created (the first of several); `open_line_requested(
    declaration_id, field path such as "lines[3].wage_base", or "" for the draft itself)` on a double-click
    on a finding of an imported row, or on "Open the draft"; `draft_box_requested` for several drafts."""

    imported = Signal(int)
    open_line_requested = Signal(int, str)
    draft_box_requested = Signal()  # "Open the draft box", after an import made several drafts

    def __init__(
        self, ctx: AppContext, kind: DeclarationType | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._checked: CheckedSheet | None = None
        self._draft: ImportedDraft | None = None
        self._task: Task | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.setObjectName("ImportDialog")
        self._build()
        if kind is not None:
            self.set_kind(kind)
        self.resize(980, 620)
        self._update_buttons()
        prepare_reading()

    # --- public -------------------------------------------------------------------------------------

    @property
    def kind(self) -> DeclarationType:
        return DeclarationType(self.type_combo.currentData())

    def set_kind(self, kind: DeclarationType) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData(kind.value))

    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))

    @property
    def task(self) -> Task | None:
        """The reading or saving under way, if any (tests wait on it)."""
        return self._task

    @property
    def checked(self) -> CheckedSheet | None:
        return self._checked

    @property
    def draft(self) -> ImportedDraft | None:
        return self._draft

    @property
    def draft_kind(self) -> DeclarationType:
        """The type of the imported draft (the chosen type until one is imported)."""
        return self._draft.plan.declaration.type if self._draft is not None else self.kind

    def start_import(self) -> Task | None:
        """Read and check the chosen file off the GUI thread; a clean file then becomes a draft."""
        text = self.path_edit.text().strip()
        if not text or self._task is not None:
            return None
        path, kind = Path(text), self.kind
        rules, period = self._ctx.rule_context(), self._ctx.current_period()
        header = self.report_view.horizontalHeader()
        sorting = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self._checked = self._draft = None
        self._show_report(ReportModel())
        self._show_message("")
        self._show_summary()

        def work(control: TaskControl) -> _Read | UnusableFile:
            checked = read_and_check(path, kind, rules, period, control)
            if isinstance(checked, UnusableFile):
                return checked
            model = ReportModel(checked.report)
            model.sort_view(*sorting)
            control.check_cancelled()  # Cancel pressed while the report was built: nothing is saved
            return _Read(checked, model.handed_to_gui())

        task = Task(work, "importing a spreadsheet")
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_checked)
        task.cancelled.connect(self._on_cancelled)
        task.failed.connect(self._on_failed)
        self._begin(task, self.tr("Reading and checking %1…").replace("%1", path.name), cancellable=True)
        return task.start()

    def import_rows(self, *, clean_rows_only: bool) -> Task | None:
        """Create the draft from the checked rows (every row, or those without errors)."""
        checked = self._checked
        if checked is None or self._draft is not None or self._task is not None:
            return None
        imports = self._ctx.imports

        def work(_control: TaskControl) -> ImportedDraft | NothingToImport:
            try:
                return imports.save_draft(checked, clean_rows_only=clean_rows_only)
            except NothingToImport as nothing:
                return nothing

        task = Task(work, "saving an imported draft")
        task.finished.connect(self._on_saved)
        task.failed.connect(self._on_failed)
        self._saving = True
        self._begin(task, self.tr("Saving the draft…"), cancellable=False)
        return task.start()

    def cancel(self) -> None:
        if self._task is not None and not self._saving:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def open_draft(self) -> None:
        """Ask to open the imported draft (at no particular line), or the draft box when there are several."""
        if self._draft is not None and len(self._draft.declaration_ids) > 1:
            self.draft_box_requested.emit()
        elif self._draft is not None:
            self.open_line_requested.emit(self._draft.declaration_id, "")

    def open_finding(self, view_row: int) -> bool:
        """Ask to open the draft's line behind a row of the report; False (and a hint why) when there is
        no such line: nothing imported yet, or the row was left out."""
        item = self.model.item_at(self.proxy.mapToSource(self.proxy.index(view_row, 0)).row())
        if self._draft is None:
            self._show_message(
                self.tr("Import the rows first; then a double-click opens the line in the draft.")
            )
            return False
        place = self._draft.line_of_row(item.row)
        if place is None:
            self._show_message(
                self.tr("Row %1 was not imported because it has errors.").replace("%1", str(item.row))
            )
            return False
        declaration_id, line = place
        self.open_line_requested.emit(declaration_id, f"lines[{line}].{item.finding.field}")
        return True

    # --- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_widgets()
        self._open_draft_text = self.open_draft_button.text()

        # Enter in the path field presses the default button, "Check and import".
        self.path_edit.textChanged.connect(self._forget_check)
        self.type_combo.currentIndexChanged.connect(self._forget_check)
        self.browse_button.clicked.connect(self._choose_file)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_all_button.clicked.connect(lambda: self.import_rows(clean_rows_only=False))
        self.import_clean_button.clicked.connect(lambda: self.import_rows(clean_rows_only=True))
        self.reimport_button.clicked.connect(self.start_import)
        self.open_draft_button.clicked.connect(self.open_draft)
        self.export_button.clicked.connect(self._choose_export_path)
        self.close_button.clicked.connect(self.close)
        self.report_view.doubleClicked.connect(lambda index: self.open_finding(index.row()))

    # --- reactions -----------------------------------------------------------------------------------

    def _forget_check(self) -> None:
        """Another file or type: the report shown was for the previous choice, so it goes."""
        if self._task is None and self._checked is not None:
            self._checked = self._draft = None
            self._show_report(ReportModel())
            self._show_summary()
            self._show_message("")
            self.import_button.setDefault(True)
        self._update_buttons()

    def _begin(self, task: Task, label: str, *, cancellable: bool) -> None:
        self._task = task
        task.ended.connect(self._on_ended)
        self.progress_label.setText(label)
        self.progress_bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(cancellable)
        self.progress_pane.show()
        self._update_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def _on_ended(self) -> None:
        if self.sender() is not self._task:
            return  # the reading task ending after the clean file's saving task took over
        self._task = None
        self._saving = False
        self.progress_pane.hide()
        self._update_buttons()

    def _on_checked(self, result: object) -> None:
        if isinstance(result, UnusableFile):
            self._show_message(result.reason(QCoreApplication.translate), ERROR_STYLE)
            return
        assert isinstance(result, _Read)
        self._checked, report = result.checked, result.checked.report
        self._show_report(result.model)
        # Sized once, now, while no worker runs; not on every layout change (see report_model).
        for column in range(MESSAGE):
            self.report_view.resizeColumnToContents(column)
        self._show_summary()
        if report.has_errors:
            self._show_message(
                self.tr(
                    "Nothing was imported yet: %n row(s) have errors. Import every row and correct them in "
                    "the draft, import the clean rows only, or fix the file and import it again.",
                    "",
                    result.model.rows_with_errors,
                ),
                ERROR_STYLE,
            )
        else:
            # Called once the reading task has ended, so the saving task may start.
            self._task = None
            self.import_rows(clean_rows_only=False)

    def _on_saved(self, result: object) -> None:
        if isinstance(result, NothingToImport):
            self._show_message(
                self.tr("Every row has errors, so there are no clean rows to import."), ERROR_STYLE
            )
            return
        assert isinstance(result, ImportedDraft)
        self._draft = result
        self._show_message(self._saved_text(result), DONE_STYLE)
        self._ctx.signals.documents_changed.emit()
        self.open_draft_button.setDefault(True)  # Enter now opens what was made
        self.open_draft_button.setFocus()
        self.imported.emit(result.declaration_id)

    def _saved_text(self, result: ImportedDraft) -> str:  # several drafts: more people than one holds
        ids, title = result.declaration_ids, document_title(result.plan.declaration.type)
        if len(ids) == 1:
            text = self.tr(
                "Draft #%1 (%2) was created in the draft box with %n person(s).", "", result.line_count
            )
            return text.replace("%1", str(ids[0])).replace("%2", title)
        text = self.tr(
            "%n person(s) are more than one declaration holds (%1): drafts #%2 to #%3 (%4) were created in the "
            "draft box, one for each %1 people in the order of the rows. Check and declare them together.",
            "",
            result.line_count,
        )
        for number, value in enumerate((f"{result.plan.part_size:,}", ids[0], ids[-1], title), start=1):
            text = text.replace(f"%{number}", str(value))
        return text

    def _on_cancelled(self) -> None:
        self._show_message(self.tr("The import was cancelled; nothing was saved."))

    def _on_failed(self, message: str) -> None:
        self._show_message(message, ERROR_STYLE)

    def _show_report(self, model: ReportModel) -> None:
        old, self.model = self.model, model
        model.setParent(self)
        header, selection = self.report_view.horizontalHeader(), self.report_view.selectionModel()
        self.proxy = model.view
        self.report_view.setModel(self.proxy)
        sorting = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if model.sorted_as != sorting:  # not made on the worker, or the user sorted otherwise meanwhile
            self.report_view.sortByColumn(*sorting)
        selection.deleteLater()  # the view made a new one for the new model
        old.deleteLater()

    def _show_summary(self) -> None:
        report = self._checked.report if self._checked is not None else None
        self.summary_label.setVisible(report is not None)
        if report is None:
            return
        self.summary_label.setText(
            self.tr("%1 — rows read: %2; errors: %3, warnings: %4, notes: %5.")
            .replace("%1", report.name)
            .replace("%2", str(report.rows))
            .replace("%3", str(self.model.counts[Severity.ERROR]))
            .replace("%4", str(self.model.counts[Severity.WARNING]))
            .replace("%5", str(self.model.counts[Severity.INFO]))
        )

    def _show_message(self, text: str, style: str = "") -> None:
        self.message_label.setStyleSheet(style)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        busy = self._task is not None
        checked = self._checked is not None
        undecided = checked and self._draft is None
        self.type_combo.setEnabled(not busy)
        self.path_edit.setEnabled(not busy)
        self.browse_button.setEnabled(not busy)
        # Once its draft is made, the same choice is not imported again (a second draft of the same people):
        # another file or type offers it again.
        self.import_button.setEnabled(
            not busy and bool(self.path_edit.text().strip()) and self._draft is None
        )
        self.import_all_button.setEnabled(not busy and undecided)
        self.import_clean_button.setEnabled(not busy and undecided)
        self.reimport_button.setEnabled(not busy and undecided)
        self.export_button.setEnabled(not busy and checked)
        self.open_draft_button.setEnabled(self._draft is not None)
        several = self._draft is not None and len(self._draft.declaration_ids) > 1
        self.open_draft_button.setText(self.tr("Open the draft &box") if several else self._open_draft_text)

    def _choose_file(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Choose the spreadsheet to import"),
            self.tr("Spreadsheets (*.xlsx *.csv)"),
            start=self.path_edit.text().strip(),
        )
        if path is not None:
            self.set_path(path)
            # Enter now checks the file; left on Choose, it would open the file dialog again.
            self.import_button.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving:
            event.ignore()  # one short transaction; closing now would hide whether the draft was made
            return
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)
