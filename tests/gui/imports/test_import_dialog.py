"""The import window against a real store: template → fill → import, the report, clean rows only, Cancel,
bad files, the report's export, and a double-click that opens the imported line."""

from __future__ import annotations

import csv
import gc
import io
import json
import multiprocessing.context
import os
import signal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.base_change_form import ContributionBaseForm
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.findings_panel import FindingsPanel
from ssclient.gui.imports.actions import open_draft_line
from ssclient.gui.imports.import_dialog import ImportDialog
from ssclient.gui.imports.template_action import write_template
from ssclient.gui.main_window import MainWindow
from ssclient.gui.shell import end_spreadsheet_reader
from ssclient.io import reader_process
from ssclient.io.check_command import run_check
from ssclient.io.errors import UnusableFile
from ssclient.io.messages import render_finding
from ssclient.io.report_table import report_table
from ssclient.io.spreadsheet import open_spreadsheet
from ssclient.io.templates import DATA_SHEET
from ssclient.store import Store
from tests.gui.documents.conftest import SUN_QI, UNIT, snapshot, wait_loaded
from tests.gui.imports.conftest import drafts, import_file, run_to_end
from tests.io.sheets import GOOD_A, GOOD_B, HEADERS_ZH, PERSON_A, PERSON_B, write_xlsx
from tests.support.file_dialogs import Answer

PERSON_FIELDS = ("id_number", "name", "hukou_type", "wage_base", "migrant_worker", "migrant_insurance", "province",
                 "city", "county")  # fmt: skip
BAD = ["12345", "王五", "11", "6500", "否", "否", "", "", ""]


def filled_template(folder: Path, rows: list[list[str]], kind: DeclarationType = DeclarationType.ADD) -> Path:
    """The program's own template, filled in as an accountant would (openpyxl stands in for Excel)."""
    path = folder / "staff.xlsx"
    assert write_template(kind, path) is None
    book = load_workbook(path)
    sheet = book[DATA_SHEET]
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=number, column=column, value=value or None)
    book.save(path)
    return path


def as_line(cells: list[str]) -> DeclarationLine:
    """The line a row of the nine person columns stands for."""
    return DeclarationLine(**dict(zip(PERSON_FIELDS, cells, strict=True)))  # type: ignore[arg-type]


def report_rows(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.proxy
    return [[str(model.index(row, column).data()) for column in range(4)] for row in range(model.rowCount())]


def test_template_filled_in_becomes_a_draft(
    chinese: None,
    qtbot: QtBot,
    dialog: ImportDialog,
    ctx: AppContext,
    store: Store,
    tmp_path: Path,
    artifacts: Path,
) -> None:
    path = filled_template(tmp_path, [GOOD_A, GOOD_B])
    with qtbot.waitSignal(ctx.signals.documents_changed), qtbot.waitSignal(dialog.imported) as imported:
        import_file(qtbot, dialog, path)
    draft = store.get_declaration(imported.args[0])
    assert draft.status is DeclarationStatus.DRAFT and draft.type is DeclarationType.ADD
    assert draft.lines == [as_line(GOOD_A), as_line(GOOD_B)]
    message = dialog.message_label.text()
    assert f"#{draft.id}" in message and "2" in message and "新增" in message
    assert not dialog.import_all_button.isEnabled() and not dialog.import_clean_button.isEnabled()
    assert dialog.open_draft_button.isEnabled()
    snapshot(dialog, artifacts, "import-done.png")


def test_a_file_with_errors_is_reported_then_only_its_clean_rows_imported(
    chinese: None,
    qtbot: QtBot,
    dialog: ImportDialog,
    ctx: AppContext,
    store: Store,
    tmp_path: Path,
    artifacts: Path,
) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD, GOOD_B])
    import_file(qtbot, dialog, path)
    assert drafts(store) == [], "nothing is saved before the user chooses what to import"
    rows = report_rows(dialog)
    assert rows and all(row[0] == "3" for row in rows)
    assert rows[0][1] == "身份证号码" and rows[0][2] == "错误"
    assert dialog.import_clean_button.isEnabled() and dialog.reimport_button.isEnabled()
    snapshot(dialog, artifacts, "import-report.png")

    # The same findings, in the same language, as `ssclient check` on the same file.
    out = io.StringIO()
    run_check(
        str(path), as_json=True, tr=QCoreApplication.translate, clock=ctx.clock, out=out, err=io.StringIO()
    )
    cli = [(str(f["row"]), f["message"]) for f in json.loads(out.getvalue())["findings"]]
    assert cli == [(row[0], row[3]) for row in rows]

    assert not dialog.open_finding(0), "nothing imported yet: no line to open"
    run_to_end(qtbot, dialog.import_rows(clean_rows_only=True))
    assert dialog.draft is not None
    draft = store.get_declaration(dialog.draft.declaration_id)
    assert draft.lines == [as_line(GOOD_A), as_line(GOOD_B)]
    assert not dialog.open_finding(0), "row 3 was left out"
    assert "3" in dialog.message_label.text()

    # The draft box names both the draft's line and the sheet's row the report named (issue 14, item 17).
    assert [line.source_row for line in draft.lines] == [2, 4]
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    later = Finding("BASE_OUT_OF_RANGE", Severity.WARNING, "lines[1].wage_base", "")
    panel.show_findings(
        [(dialog.draft.declaration_id, "新增参保", later)],
        str,
        declarations={dialog.draft.declaration_id: draft},
    )
    assert panel.view.model().index(0, 2).data() == "2（表格第 4 行）"


def test_the_report_sorts_by_severity_and_row(
    chinese: None, qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, artifacts: Path
) -> None:
    warning_row = [*GOOD_A[:3], "6500", "否", "是", "", "", ""]  # insurance without a home region
    several = [SUN_QI, "李四", "99", "3000", "也许", "否", "", "", ""]
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, warning_row, BAD, GOOD_B, several])
    import_file(qtbot, dialog, path)
    dialog.report_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    numbers = [int(row[0]) for row in report_rows(dialog)]
    assert numbers == sorted(numbers, reverse=True) and len(set(numbers)) >= 3
    dialog.report_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    severities = [row[2] for row in report_rows(dialog)]
    assert severities == sorted(severities, key=lambda word: word != "错误")
    snapshot(dialog, artifacts, "import-report-sorted.png")


def test_a_report_comes_sorted_as_the_window_shows_it_with_its_counts(
    chinese: None, qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    """The report's model, its sorted view and its counts are made on the worker; the window shows them."""
    warning_row = [*GOOD_A[:3], "6500", "否", "是", "", "", ""]  # insurance without a home region
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, warning_row, BAD, GOOD_B, BAD])
    import_file(qtbot, dialog, path)
    assert dialog.checked is not None
    report = dialog.checked.report
    assert [int(row[0]) for row in report_rows(dialog)] == [item.row for item in report.findings]
    counts = [report.count(severity) for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    assert counts[0] and counts[1]
    assert all(str(count) in dialog.summary_label.text() for count in counts)
    assert f" {len(report.rows_with_errors())} " in dialog.message_label.text()

    dialog.report_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # then the same file again
    dialog.set_path(tmp_path / "other.xlsx")
    import_file(qtbot, dialog, path)
    severities = [row[2] for row in report_rows(dialog)]
    assert severities == sorted(severities, key=lambda word: word == "错误") and "错误" in severities


def test_double_click_opens_the_imported_line_in_the_editor(
    qtbot: QtBot, dialog: ImportDialog, ctx: AppContext, store: Store, tmp_path: Path
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog.open_line_requested.connect(
        lambda draft_id, field: open_draft_line(window, dialog.draft_kind, draft_id, field)
    )
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD, GOOD_B])
    import_file(qtbot, dialog, path)
    run_to_end(qtbot, dialog.import_rows(clean_rows_only=False))
    assert dialog.draft is not None and len(store.get_declaration(dialog.draft.declaration_id).lines) == 3

    view = dialog.report_view
    cell = view.visualRect(dialog.proxy.index(0, 3)).center()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.open_line_requested) as opened:
        # A double-click as Qt delivers it: press, release, then the double-click press.
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    assert opened.args == [dialog.draft.declaration_id, "lines[1].id_number"]
    editor = window.tabs.currentWidget()
    assert isinstance(editor, DocumentEditor)
    wait_loaded(qtbot, editor)  # the line is gone to once the editor has read the draft
    assert editor.declaration_id == dialog.draft.declaration_id and editor.current_row() == 1

    # "Open the draft" shows the same tab again, not a second one.
    with qtbot.waitSignal(dialog.open_line_requested) as opened:
        dialog.open_draft_button.click()
    assert opened.args == [dialog.draft.declaration_id, ""]
    assert window.tabs.count() == 1 and window.tabs.currentWidget() is editor


def test_a_base_change_finding_opens_its_cell_in_the_base_form(
    qtbot: QtBot, dialog: ImportDialog, ctx: AppContext, tmp_path: Path
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog.open_line_requested.connect(
        lambda draft_id, field: open_draft_line(window, dialog.draft_kind, draft_id, field)
    )
    rows = [[PERSON_A, "张三", "7200", "2026-11"], [PERSON_B, "买买提·艾力", "0", ""]]
    dialog.set_kind(DeclarationType.BASE_CHANGE)
    import_file(qtbot, dialog, filled_template(tmp_path, rows, DeclarationType.BASE_CHANGE))
    run_to_end(qtbot, dialog.import_rows(clean_rows_only=False))
    # The one finding: the second person's new wage is zero (row 3, the template's column).
    assert [(row[0], row[1]) for row in report_rows(dialog)] == [("3", "申报工资*")]

    assert dialog.open_finding(0)
    form = window.tabs.currentWidget()
    assert isinstance(form, ContributionBaseForm)
    wait_loaded(qtbot, form)
    current = form.table.currentIndex()
    assert (current.row(), form.model.headerData(current.column(), Qt.Orientation.Horizontal)) == (
        1,
        form.model.headerData(3, Qt.Orientation.Horizontal),
    )


def test_cancel_mid_import_leaves_the_store_as_it_was(
    chinese: None, qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path, artifacts: Path
) -> None:
    before = drafts(store)
    dialog.set_path(_big_csv(tmp_path))
    task = dialog.start_import()
    assert task is not None
    seen: list[tuple[int, int]] = []

    def cancel_on_first_progress(done: int, total: int) -> None:
        if not seen:
            seen.append((done, total))
            snapshot(dialog, artifacts, "import-progress.png")
            assert dialog.progress_pane.isVisible() and dialog.cancel_button.isEnabled()
            dialog.cancel()

    task.progress.connect(cancel_on_first_progress)
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        pass
    run_to_end(qtbot, dialog.task) if dialog.task is not None else None
    assert seen and seen[0][0] < 20_000
    assert drafts(store) == before
    assert dialog.checked is None and dialog.draft is None
    assert dialog.message_label.text() == "导入已取消，未保存任何内容。"
    assert not dialog.progress_pane.isVisible() and dialog.import_button.isEnabled()


def _renamed_text(folder: Path) -> Path:
    path = folder / "staff.xlsx"
    path.write_text("this is a letter, not a workbook\n", encoding="utf-8")
    return path


def _missing_columns(folder: Path) -> Path:
    return write_xlsx(folder / "staff.xlsx", [["身份证号码", "姓名"], [PERSON_A, "张三"]])


def _empty(folder: Path) -> Path:
    path = folder / "staff.csv"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    "make", [_renamed_text, _missing_columns, _empty], ids=["renamed", "columns", "empty"]
)
def test_an_unusable_file_says_why_and_writes_nothing(
    chinese: None, qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path, make: object
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(UnusableFile) as raised:
        open_spreadsheet(path).close()
    expected = raised.value.reason(QCoreApplication.translate)
    import_file(qtbot, dialog, path)
    assert dialog.message_label.text() == expected and path.name in expected
    assert expected != raised.value.reason(), "the reason is shown in Chinese"
    assert drafts(store) == [] and dialog.checked is None
    assert not dialog.export_button.isEnabled() and not dialog.import_all_button.isEnabled()


def test_the_report_exports_to_xlsx_and_reads_back(
    chinese: None, qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    import_file(qtbot, dialog, write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD, GOOD_B]))
    target = tmp_path / "report.xlsx"
    assert dialog.export_report(target) is None
    book = load_workbook(target, read_only=True)
    written = [tuple(cell for cell in row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert dialog.checked is not None
    assert list(written[0]) == list(report_table(dialog.checked.report, QCoreApplication.translate).headers)
    assert written[0][0] == "行号"
    findings = dialog.checked.report.findings
    assert [(int(str(row[0])), row[1], row[4]) for row in written[1:]] == [
        (item.row, item.column, render_finding(item.finding, QCoreApplication.translate)) for item in findings
    ]


def test_a_report_that_cannot_be_written_says_why(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    import_file(qtbot, dialog, write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD]))
    problem = dialog.export_report(tmp_path / "no such folder" / "report.xlsx")
    assert problem is not None and "no such folder" in problem
    assert dialog.message_label.text() == problem
    gc.collect()  # nothing of the abandoned workbook may fail later, when it is collected


def test_reimport_reads_the_corrected_file(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD])
    import_file(qtbot, dialog, path)
    assert dialog.checked is not None and dialog.checked.report.has_errors
    write_xlsx(path, [HEADERS_ZH, GOOD_A, GOOD_B])  # corrected in "Excel"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.reimport_button.click()
    assert dialog.draft is not None
    lines = store.get_declaration(dialog.draft.declaration_id).lines
    assert [line.name for line in lines] == ["张三", "买买提·艾力"]
    assert dialog.proxy.rowCount() == 0


def test_every_row_broken_leaves_no_clean_rows(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path
) -> None:
    import_file(qtbot, dialog, write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, BAD]))
    run_to_end(qtbot, dialog.import_rows(clean_rows_only=True))
    assert drafts(store) == [] and dialog.draft is None
    assert "no clean rows" in dialog.message_label.text()


def test_interruption_sheet_imports_as_an_interruption(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path
) -> None:
    path = filled_template(tmp_path, [[PERSON_A, "张三", "离职"]], DeclarationType.INTERRUPTION)
    dialog.set_kind(DeclarationType.INTERRUPTION)
    import_file(qtbot, dialog, path)
    assert dialog.checked is not None and dialog.checked.kind is DeclarationType.INTERRUPTION
    if dialog.draft is None:  # the rulebook may warn or refuse without a roster; every row is then imported
        run_to_end(qtbot, dialog.import_rows(clean_rows_only=False))
    assert dialog.draft is not None
    draft = store.get_declaration(dialog.draft.declaration_id)
    assert draft.type is DeclarationType.INTERRUPTION and [line.name for line in draft.lines] == ["张三"]
    assert draft.lines[0].reason and UNIT.unit_code


def _big_csv(folder: Path, rows: int = 20_000) -> Path:
    path = folder / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS_ZH)
        writer.writerows(
            [PERSON_A, f"员工{index}", "11", "6500", "否", "否", "", "", ""] for index in range(rows)
        )
    return path


def test_closing_the_window_while_reading_cancels(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path
) -> None:
    dialog.set_path(_big_csv(tmp_path))
    task = dialog.start_import()
    assert task is not None
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        task.progress.connect(lambda _done, _total: dialog.close())
    assert drafts(store) == []


@pytest.mark.allow_log_warnings
def test_a_store_that_fails_while_saving_says_so_and_keeps_the_report(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path, chinese: None
) -> None:
    import_file(qtbot, dialog, write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD]))
    store.close()  # the database went away (a removed USB disk, say)
    run_to_end(qtbot, dialog.import_rows(clean_rows_only=False))
    assert dialog.draft is None and dialog.message_label.isVisible()
    assert dialog.message_label.text() and "Traceback" not in dialog.message_label.text()
    assert dialog.import_all_button.isEnabled(), "the user can try again"
    assert "ssclient.log" in dialog.message_label.text(), "it says where the details are"


def test_choosing_another_type_forgets_the_report(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    import_file(qtbot, dialog, write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD]))
    assert dialog.proxy.rowCount() and dialog.import_all_button.isEnabled()
    dialog.set_kind(DeclarationType.RENEWAL)
    assert dialog.checked is None and dialog.proxy.rowCount() == 0
    assert not dialog.import_all_button.isEnabled() and not dialog.export_button.isEnabled()
    assert dialog.import_button.isEnabled()


@pytest.mark.allow_log_warnings
def test_without_a_reader_process_the_file_is_read_in_the_program(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    reader_process.shut_down()

    def refuse(_process: object) -> None:  # the system will not start another process
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    import_file(qtbot, dialog, filled_template(tmp_path, [GOOD_A, GOOD_B]))
    assert dialog.draft is not None
    assert store.get_declaration(dialog.draft.declaration_id).lines == [as_line(GOOD_A), as_line(GOOD_B)]
    assert "in the program's own process" in caplog.text


def test_the_reader_process_starts_with_the_window_and_ends_with_the_program(dialog: ImportDialog) -> None:
    started = reader_process.ready_process()
    assert started is not None and started.pid is not None, (
        "the window starts the reader while the user picks a file"
    )
    end_spreadsheet_reader()  # as the program does at exit
    assert reader_process.ready_process() is None
    with pytest.raises(ProcessLookupError):
        os.kill(started.pid, 0)


@pytest.mark.allow_log_warnings
def test_a_reader_process_stopped_as_it_starts_still_leaves_the_file_read(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    reader_process.shut_down()
    start = multiprocessing.context.SpawnProcess.start

    def start_then_stopped(process: multiprocessing.context.SpawnProcess) -> None:
        start(process)  # then security software ends it before it answers
        assert process.pid is not None
        os.kill(process.pid, signal.SIGKILL)

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", start_then_stopped)
    import_file(qtbot, dialog, filled_template(tmp_path, [GOOD_A, GOOD_B]))
    assert dialog.draft is not None
    assert store.get_declaration(dialog.draft.declaration_id).lines == [as_line(GOOD_A), as_line(GOOD_B)]
    assert "in the program's own process" in caplog.text


def test_enter_after_choosing_the_file_checks_it(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    path = filled_template(tmp_path, [GOOD_A])
    Answer(path)
    dialog.browse_button.setFocus()  # as a click or Tab leaves it
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(path)
    assert dialog.focusWidget() is dialog.import_button  # not Choose, where Enter opens the chooser again
    QTest.keyClick(dialog.import_button, Qt.Key.Key_Return)
    run_to_end(qtbot, dialog.task)
    assert dialog.checked is not None and dialog.checked.path == path


def test_a_file_made_into_a_draft_is_not_imported_twice_by_another_enter(
    qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path
) -> None:
    path = filled_template(tmp_path, [GOOD_A])
    import_file(qtbot, dialog, path)
    assert len(drafts(store)) == 1
    # Enter now opens the draft; Check and import waits for another file (a second draft of the same
    # people is what pressing it again made).
    assert not dialog.import_button.isEnabled() and dialog.open_draft_button.isDefault()
    other = tmp_path / "other.xlsx"
    other.write_bytes(path.read_bytes())
    dialog.set_path(other)
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
