"""The annual base window against the real agency: last year's wages imported, old and new bases side by
side with who is capped and why, the people listed apart, totals; saved to the draft box, declared through
the outbox, approved, the roster's bases changed; the record reopened read-only and its receipt printed;
bad files refused with row, column, message."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.app.annual_base import AnnualBasePlan, Refused
from ssclient.domain.enums import DeclarationStatus
from ssclient.domain.period import Period
from ssclient.gui.annual_base.window import AnnualBaseWindow
from ssclient.gui.context import AppContext
from ssclient.policy import load_policy
from ssclient.store import Store
from tests.gui.annual_base.conftest import HEADER, LI, QIAN, WANG, ZHANG, ZHAO
from tests.gui.documents.conftest import close_answering, wait_loaded
from tests.gui.documents.test_journeys import declare
from tests.gui.records.conftest import snapshot
from tests.io.sheets import write_csv
from tests.support.agency import AgencyUnit

JANUARY = Period(2026, 1)


def open_window(qtbot: QtBot, ctx: AppContext, declaration_id: int | None = None) -> AnnualBaseWindow:
    window = AnnualBaseWindow(ctx, declaration_id)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    return window


def import_file(qtbot: QtBot, window: AnnualBaseWindow, path: Path) -> object:
    with qtbot.waitSignal(window.imported, timeout=20_000) as shown:
        window.import_file(path)
    return shown.args[0]


def column(model: object, index: int) -> list[str]:
    from ssclient.gui.list_model import ListTableModel

    assert isinstance(model, ListTableModel)
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def test_import_table_draft_declare_approved_roster_changed(
    qtbot: QtBot,
    records_ctx: AppContext,
    insured_unit: str,
    wages_file: Path,
    store: Store,
    unit: AgencyUnit,
    tmp_path: Path,
    artifacts: Path,
) -> None:
    window = open_window(qtbot, records_ctx)
    assert "4,800.00" in window.policy_label.text() and "ILLUSTRATIVE" in window.policy_label.text()
    assert not window.save_button.isEnabled()

    outcome = import_file(qtbot, window, wages_file)

    assert isinstance(outcome, AnnualBasePlan)
    # By name: 张 (U+5F20) 李 (U+674E) 钱 (U+94B1).
    assert column(window.model, 2) == ["张三", "李四", "钱七"]
    assert column(window.model, 3) == ["12", "7", "12"]
    assert column(window.model, 5) == ["3,000.00", "7,142.86", "30,000.00"]
    assert column(window.model, 6) == ["6,000.00", "5,000.00", "10,000.00"]
    assert column(window.model, 7) == ["4,800.00", "7,142.86", "24,000.00"]
    assert column(window.model, 8) == ["-1,200.00", "2,142.86", "14,000.00"]
    assert column(window.model, 9) == ["Raised to the floor", "", "Lowered to the ceiling"]
    why = window.model.data(window.model.index(0, 9), 3)  # the tooltip: why it is capped
    assert why == "The average wage 3,000.00 is below this year's floor 4,800.00: the base is the floor."
    assert column(window.without, 0) == [WANG]
    assert column(window.not_insured, 1) == [ZHAO]
    assert window.apart.tabText(0) == "Insured, no wages in the file (1)"
    labels = {key: label.text() for key, label in window.totals.labels.items()}
    assert (labels["people"], labels["old"], labels["new"], labels["change"]) == (
        "3", "21,000.00", "35,942.86", "14,942.86",
    )  # fmt: skip
    assert (labels["floor"], labels["ceiling"], labels["without"], labels["not_insured"]) == (
        "1",
        "1",
        "1",
        "1",
    )
    snapshot(window, artifacts, "annual_base_window.png")

    with qtbot.waitSignal(window.saved, timeout=10_000) as saved:
        window.save()
    declaration_id = int(saved.args[0])
    draft = store.get_declaration(declaration_id)
    assert [(x.id_number, x.average_wage, x.wage_base, x.effective_period) for x in draft.lines] == [
        (ZHANG, "3000.00", "4800.00", "2026-01"),
        (LI, "7142.86", "7142.86", "2026-01"),
        (QIAN, "30000.00", "24000.00", "2026-01"),
    ]

    _drafts, _notifier, delivery = declare(qtbot, records_ctx, declaration_id)

    assert delivery.approved and delivery.serial_number
    roster = store.roster(insured_unit)
    assert [roster[n].base_on(JANUARY) for n in (ZHANG, LI, QIAN, WANG)] == [
        Decimal("4800.00"), Decimal("7142.86"), Decimal("24000.00"), Decimal("9000.00"),
    ]  # fmt: skip
    at_agency = {e.id_number: e.base for e in unit.client.roster()}
    assert at_agency[ZHANG] == Decimal("4800.00") and at_agency[QIAN] == Decimal("24000.00")
    assert store.get_declaration(declaration_id).status is DeclarationStatus.APPROVED

    # The window that saved it follows: declared, it can no longer be changed there.
    qtbot.waitUntil(lambda: window.read_only, timeout=10_000)
    assert window.save() is None and not window.save_button.isVisible()

    # The approved document opens again read-only, with its lines.
    reopened = open_window(qtbot, records_ctx, declaration_id)
    wait_loaded(qtbot, reopened)
    assert reopened.read_only and not reopened.import_button.isVisible()
    assert column(reopened.model, 7) == ["4,800.00", "7,142.86", "24,000.00"]
    assert column(reopened.model, 9) == ["Raised to the floor", "", "Lowered to the ceiling"]
    assert column(reopened.without, 0) == [WANG]

    record_id = next(
        r.id for r in unit.client.declarations().items if r.serial_number == delivery.serial_number
    )
    pdf = records_ctx.receipts.write(record_id, unit.client.profile(), tmp_path / "receipt.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Business type Annual base" in text and "Average monthly wage of last year" in text
    assert "30,000.00" in text and "24,000.00" in text and "People: 3" in text


def test_a_file_with_bad_rows_is_refused_whole_with_row_column_and_message(
    qtbot: QtBot, records_ctx: AppContext, insured_unit: str, tmp_path: Path, artifacts: Path
) -> None:
    rows: list[list[object]] = [
        HEADER,
        [ZHANG, "张三", *([3000] * 12), None, None],
        [LI, "李四", *([None] * 12), "五万", 13],
    ]
    window = open_window(qtbot, records_ctx)

    outcome = import_file(qtbot, window, write_csv(tmp_path / "bad.csv", rows))

    assert isinstance(outcome, Refused)
    assert window.pages.currentWidget() is window.problem_table
    assert column(window.problems, 0) == ["3", "3"]
    assert column(window.problems, 1) == ["全年工资总额", "工作月数"]
    assert column(window.problems, 2) == [
        "五万 is not an amount; write a number such as 6500.00.",
        "13 is not a number of months; write a whole number from 1 to 12.",
    ]
    assert window.status_label.text() == (
        "bad.csv was not imported: 2 problems in its rows. Correct them and import it again."
    )
    assert window.model.rowCount() == 0 and not window.save_button.isEnabled()
    snapshot(window, artifacts, "annual_base_refused.png")

    unusable = tmp_path / "wages.xlsx"
    unusable.write_bytes(b"not a workbook")
    outcome = import_file(qtbot, window, unusable)
    assert isinstance(outcome, Refused) and outcome.file is not None
    assert window.status_label.text().startswith("Cannot use the file: ")


def test_the_template_is_saved_from_the_window(qtbot: QtBot, records_ctx: AppContext, tmp_path: Path) -> None:
    window = open_window(qtbot, records_ctx)
    with qtbot.waitSignal(window.save_template_to(tmp_path / "t.xlsx").finished, timeout=10_000):
        pass
    assert (tmp_path / "t.xlsx").is_file()
    assert window.status_label.text() == f"The template was saved to {tmp_path / 't.xlsx'}."


def test_a_big_file_is_read_on_a_worker_and_cancel_stops_it_with_nothing_imported(
    qtbot: QtBot, records_ctx: AppContext, insured_unit: str, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["身份证号码", "姓名", "全年工资总额", "工作月数"]]
    rows += [[ZHANG, "张三", "96000", "12"]] * 20_000
    path = write_csv(tmp_path / "big.csv", rows)
    window = open_window(qtbot, records_ctx)

    task = window.import_file(path)
    assert not window.import_button.isEnabled()
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        task.cancel()

    assert window.status_label.text() == "Cancelled; nothing was imported."
    assert window.model.rowCount() == 0 and window.plan is None
    qtbot.waitUntil(window.import_button.isEnabled)


def test_limits_that_name_their_notice_are_not_called_illustrative(
    qtbot: QtBot, records_ctx: AppContext
) -> None:
    """Shanghai's table: its floor and ceiling come from the bureau's page, though other figures of the
    table are illustrative; the window says the limits without calling them illustrative."""
    records_ctx.set_policy(load_policy(assets.resource("policy", "shanghai-2026-07.toml")))
    window = open_window(qtbot, records_ctx)
    assert "floor 7,546.00, ceiling 37,731.00" in window.policy_label.text()
    assert "ILLUSTRATIVE" not in window.policy_label.text()


def test_new_bases_not_saved_ask_before_the_window_closes(
    qtbot: QtBot, records_ctx: AppContext, insured_unit: str, wages_file: Path
) -> None:
    window = open_window(qtbot, records_ctx)
    assert not window.has_unsaved_changes() and window.close()  # nothing imported: nothing to lose

    window = open_window(qtbot, records_ctx)
    import_file(qtbot, window, wages_file)
    assert window.has_unsaved_changes()
    assert not close_answering(window, QMessageBox.StandardButton.Cancel) and window.isVisible()

    with qtbot.waitSignal(window.saved) as saved:
        window.save()
    assert not window.has_unsaved_changes()
    import_file(qtbot, window, wages_file)  # imported again over the saved document: not saved yet
    assert close_answering(window, QMessageBox.StandardButton.Discard)

    reopened = open_window(qtbot, records_ctx, int(saved.args[0]))
    wait_loaded(qtbot, reopened)
    assert not reopened.has_unsaved_changes() and reopened.close()


def test_saving_a_document_the_agency_got_before_the_window_heard_of_it_says_so(
    qtbot: QtBot, records_ctx: AppContext, insured_unit: str, wages_file: Path, store: Store
) -> None:
    window = open_window(qtbot, records_ctx)
    import_file(qtbot, window, wages_file)
    with qtbot.waitSignal(window.saved, timeout=10_000) as saved:
        window.save()
    declaration_id = int(saved.args[0])
    store.enqueue(declaration_id, "declared-elsewhere-key")  # by a run this window has not heard of yet

    assert window.save() is not None
    qtbot.waitUntil(lambda: window.message_box is not None, timeout=10_000)

    assert window.message_box is not None
    assert window.message_box.text().startswith(
        f"Document #{declaration_id} cannot be edited: the agency has it"
    )
    assert store.get_declaration(declaration_id).status is DeclarationStatus.PENDING
    window.message_box.close()
