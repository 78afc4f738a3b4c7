"""Restoring an older backup never declares a document twice: what waited in its outbox is asked about
by key before anything is sent (a real store file, a real agency over HTTP)."""

from __future__ import annotations

from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import DeclarationStatus
from ssclient.store import Store
from ssclient.store.backup import BackupKind, back_up
from ssclient.store.restore import restore
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import ZHANG_SAN
from tests.sync.test_outbox import agency, client, clock, draft, make_outbox, person, store

__all__ = ["agency", "client", "clock", "store"]


def test_a_restored_backup_reconciles_its_outbox_instead_of_declaring_again(
    store: Store, client: AgencyClient, clock: FixedClock
) -> None:
    unit_code = client.profile().unit_code
    declaration_id = draft(store, unit_code, person(ZHANG_SAN, "张三"))
    key = make_outbox(store, client, clock).enqueue(declaration_id)
    backup = back_up(store.path, clock.now(), BackupKind.MANUAL)  # taken while it waited in the outbox

    first = make_outbox(store, client, clock).run()
    assert [d.approved for d in first.delivered] == [True]
    path = store.path
    store.close()

    restore(path, backup, clock.now(), unit_code)

    with Store.open(path, clock=clock) as restored:
        report = make_outbox(restored, client, clock).run()
        assert [(d.idempotency_key, d.replayed) for d in report.delivered] == [(key, True)]
        assert report.delivered[0].serial_number == first.delivered[0].serial_number
        assert restored.get_declaration(declaration_id).status is DeclarationStatus.APPROVED
    assert client.declarations().total == 1
