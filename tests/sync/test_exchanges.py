"""Which exchanges with the agency the audit trail keeps: submissions, answers asked for again and
revokes, with their exact bytes — never a log-in or a password change (their bytes hold a password)."""

from __future__ import annotations

import json

from ssclient.domain.clock import FixedClock
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from ssclient.sync.exchanges import Exchange, audited_action, reference_of
from tests.gui.documents.conftest import PASSWORD, ZHANG_SAN
from tests.sync.test_outbox import agency, client, clock, draft, make_outbox, person, store

__all__ = ["agency", "client", "clock", "store"]


def test_the_audited_requests() -> None:
    assert audited_action("POST", "/declarations") == "submit"
    assert audited_action("GET", "/declarations/by-key/abc") == "answer"
    assert audited_action("POST", "/declarations/12/revoke") == "revoke"
    for method, path in (("POST", "/sessions"), ("PUT", "/units/current/password"), ("GET", "/declarations")):
        assert audited_action(method, path) is None
    assert reference_of("/declarations", {"idempotency-key": "k1"}) == "k1"
    assert reference_of("/declarations/12/revoke", {}) == "12"
    assert reference_of("/declarations/by-key/a%20b", {}) == "a b"


def test_a_client_reports_the_exact_bytes_of_a_submission_and_never_a_password(
    store: Store, client: AgencyClient, clock: FixedClock
) -> None:
    seen: list[Exchange] = []
    client.recorder = seen.append
    client.login(client.profile().unit_code, PASSWORD)
    declaration_id = draft(store, client.profile().unit_code, person(ZHANG_SAN, "张三"))
    key = make_outbox(store, client, clock).enqueue(declaration_id)
    make_outbox(store, client, clock).run()
    record = client.declarations().items[0]
    client.revoke(record.id)

    assert [(e.action, e.reference) for e in seen] == [("submit", key), ("revoke", str(record.id))]
    assert json.loads(seen[0].request)["lines"][0]["name"] == "张三"
    assert json.loads(seen[0].response)["serial_number"] == record.serial_number
    assert all(PASSWORD.encode() not in e.request for e in seen)
