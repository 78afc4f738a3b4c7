"""Query → Audit trail on the real windows: a declaration's submission is kept with the exact bytes sent
and received, found by search, the chain verified, and exported as CSV that Excel opens."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.audit_window import AuditWindow
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.shell import Shell
from ssclient.store.audit import AuditTrail
from ssclient.sync.api import declaration_to_json
from tests.gui.test_session import _main_window
from tests.support.agency import AgencyUnit, declaration, person_line


def test_a_submission_is_kept_searchable_verifiable_and_exportable(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, tmp_path: Path, artifacts: Path
) -> None:
    window = _main_window(qtbot, shell, unit)
    store = shell.ctx.store
    document = store.create_draft(unit.unit_code, declaration(DeclarationType.ADD, person_line(3, "赵六")))
    with qtbot.waitSignal(SyncRunner.for_context(shell.ctx).declare([document]).finished) as declared:
        pass  # the document enters the outbox on a worker
    (key,), _waiting = declared.args[0]
    qtbot.waitUntil(
        lambda: store.get_declaration(document).status is DeclarationStatus.APPROVED, timeout=15_000
    )

    trail = AuditTrail(Path(store.path))
    (entry,) = trail.entries(unit.unit_code)
    trail.close()
    assert (entry.record.action, entry.record.method, entry.record.path, entry.record.status) == (
        "submit",
        "POST",
        "/declarations",
        201,
    )
    assert json.loads(entry.record.request) == json.loads(
        json.dumps(declaration_to_json(store.get_declaration(document)))
    )
    assert json.loads(entry.record.response)["serial_number"] == store.get_declaration(document).serial_number

    window.actions_by_name["auditTrail"].trigger()
    audit = window.findChild(AuditWindow)
    assert isinstance(audit, AuditWindow)
    qtbot.waitUntil(lambda: audit.table.rowCount() == 1, timeout=10_000)
    audit.search.setText("赵六")
    audit.refresh()
    qtbot.waitUntil(lambda: audit.status.text() == "Entries: 1", timeout=10_000)
    audit.table.selectRow(0)
    assert "赵六" in audit.details.toPlainText()
    audit.verify()
    qtbot.waitUntil(lambda: "The chain is intact: 1 entries" in audit.status.text(), timeout=10_000)
    window.grab().save(str(artifacts / "audit-trail.png"))

    target = tmp_path / "审计日志.csv"
    audit.export_to(target)
    qtbot.waitUntil(lambda: audit.status.text().startswith("Exported to"), timeout=10_000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with its BOM
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["action"] for r in rows] == ["submit"] and "赵六" in rows[0]["request"]
    assert rows[0]["reference"] == key == entry.record.reference
