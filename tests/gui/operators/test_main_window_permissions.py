"""The main window of an operator: what it may not do is disabled and says which permission it needs, the
draft box's Declare and the records' Revoke follow the permissions too, the status bar names the operator,
and the records show who submitted each declaration."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.permissions import Permission
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.lists import DocumentList
from ssclient.gui.main_window import MainWindow
from ssclient.gui.paying.window import PaymentsWindow
from ssclient.gui.records.record_details import RecordDetailsDialog
from ssclient.gui.records.records_window import DeclarationRecordsWindow
from ssclient.gui.shell import Shell
from ssclient.gui.unit_info import UnitInfoDialog
from tests.gui.operators.conftest import first_log_in, log_in, main_window, shot
from tests.support.agency import AgencyUnit, declaration, person_line
from tests.support.operators import create_operator


def _tab(window: MainWindow, kind: type[QWidget]) -> QWidget:
    widget = window.tabs.currentWidget()
    assert isinstance(widget, kind)
    return widget


def test_a_query_only_operator_sees_why_it_may_not_draft_declare_pay_or_manage(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path
) -> None:
    create_operator(unit, "reader", [Permission.QUERY])
    window = first_log_in(qtbot, shell, unit.unit_code, "reader")
    needs = {
        "addPersonnel": "Draft",
        "renewPersonnel": "Draft",
        "interruptPersonnel": "Draft",
        "personnelInformationChange": "Draft",
        "contributionBase": "Draft",
        "annualBase": "Draft",
        "importSpreadsheet": "Draft",
        "paymentDeclaration": "Payment",
        "operators": "Manage operators",
    }
    for name, permission in needs.items():
        action = window.actions_by_name[name]
        assert not action.isEnabled(), name
        assert f"“{permission}”" in action.toolTip() and "administrator" in action.toolTip()
        assert action.statusTip() == action.toolTip()
    for name in ("declarationRecords", "paymentDetails", "insuredRoster", "draftBox", "logOut", "payments"):
        assert window.actions_by_name[name].isEnabled(), name
    # Query → Payments shows the months, but neither registers an agreement nor pays.
    window.actions_by_name["payments"].trigger()
    payments = _tab(window, PaymentsWindow)
    assert isinstance(payments, PaymentsWindow)
    for button in (payments.pay_button, payments.agreement_button):
        assert not button.isEnabled() and "“Payment”" in button.toolTip()
    # The home page's buttons follow: off, saying why; the next step's button only when it may be taken.
    quick = window.home.findChild(QPushButton, "home_addPersonnel")
    assert quick is not None and not quick.isEnabled() and "“Draft”" in quick.toolTip()
    # The unit insures nobody yet: adding its employees is the next step, which a reader may not take.
    qtbot.waitUntil(lambda: "Add the employees" in window.home.next_label.text(), timeout=10_000)
    assert window.home.next_button.isHidden()
    qtbot.waitUntil(lambda: window.findChild(QLabel, "operatorLabel") is not None)
    label = window.findChild(QLabel, "operatorLabel")
    assert label is not None and label.text() == "Operator: reader (Query only)"

    # The draft box's Declare stays off, with the reason, whatever is selected.
    shell.ctx.store.create_draft(unit.unit_code, declaration(DeclarationType.ADD, person_line(5)))
    window.actions_by_name["draftBox"].trigger()
    drafts = _tab(window, DocumentList)
    assert isinstance(drafts, DocumentList)
    qtbot.waitUntil(lambda: drafts.table.model().rowCount() == 1, timeout=10_000)
    drafts.table.selectRow(0)
    assert drafts.check_button.isEnabled() and not drafts.declare_button.isEnabled()
    assert "“Declare”" in drafts.declare_button.toolTip()
    shot(window, artifacts, "main-window-query-only.png")
    # The draft opens, but read-only, saying why.
    drafts.open_selected()
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), DocumentEditor), timeout=10_000)
    editor = window.tabs.currentWidget()
    assert isinstance(editor, DocumentEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    assert editor.read_only and editor.save_button.isHidden()
    assert "“Draft”" in editor.summary_label.text()


def test_records_show_who_submitted_them_and_revoke_needs_its_permission(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path
) -> None:
    create_operator(unit, "clerk", [Permission.DECLARE])
    window = first_log_in(qtbot, shell, unit.unit_code, "clerk")
    ctx = shell.ctx
    document = ctx.store.create_draft(
        unit.unit_code, declaration(DeclarationType.ADD, person_line(1, "张三"))
    )
    window.actions_by_name["draftBox"].trigger()
    drafts = _tab(window, DocumentList)
    assert isinstance(drafts, DocumentList)
    qtbot.waitUntil(lambda: drafts.table.model().rowCount() == 1, timeout=10_000)
    drafts.table.selectRow(0)
    assert drafts.declare_button.isEnabled()
    qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ctx.store.get_declaration(document).status is DeclarationStatus.APPROVED, timeout=20_000
    )
    assert unit.client.submit(
        declaration(DeclarationType.ADD, person_line(2, "李四")), "admin-add-02"
    ).approved
    # The audit trail names the operator who sent it (this computer sent only the operator's).
    assert {entry.record.operator for entry in ctx.audit.entries(unit.unit_code, "")} == {"clerk"}

    window.actions_by_name["declarationRecords"].trigger()
    records = _tab(window, DeclarationRecordsWindow)
    assert isinstance(records, DeclarationRecordsWindow)
    model = records.model
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == 2, timeout=10_000)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Submitted by"
    )
    assert [model.data(model.index(row, column)) for row in range(2)] == ["Administrator", "clerk"]
    records.table.selectRow(1)
    assert not records.revoke_button.isEnabled() and not records.revise_button.isEnabled()
    assert "“Revoke and revise”" in records.revoke_button.toolTip()
    assert records.window_note.isVisible() and "administrator" in records.window_note.text()
    shot(window, artifacts, "records-submitted-by.png")
    details = RecordDetailsDialog(ctx, records.model.rows()[1].id, window)
    qtbot.addWidget(details)
    with qtbot.waitSignal(details.loaded, timeout=10_000):
        details.show()
    shown = [details.facts.itemAt(i).widget() for i in range(details.facts.count())]
    texts = [w.text() for w in shown if isinstance(w, QLabel)]
    assert texts[texts.index("Submitted by") + 1] == "clerk"

    # The unit's information is the administrator's (and managers') to change.
    window.actions_by_name["unitInformation"].trigger()
    info = window.findChild(UnitInfoDialog)
    assert info is not None
    assert not info.save_button.isEnabled() and "“Manage operators”" in info.save_button.toolTip()


def test_the_administrator_may_do_everything(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    login = shell.login
    assert login is not None
    log_in(qtbot, login, unit.unit_code, "", unit.password)
    window = main_window(qtbot, shell)
    assert all(action.isEnabled() for action in window.actions_by_name.values())
    assert shell.ctx.access.is_administrator
    assert window.findChild(QLabel, "operatorLabel") is None
