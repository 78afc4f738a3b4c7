"""Work of several transactions keeps the store open: a close from another thread waits for it to end.

The log-out closes the unit's store on a worker while the unit's outbox run may still be reading and writing;
the run must end as it would have, not meet a closed store halfway.
"""

from __future__ import annotations

import logging
import threading

import pytest

from ssclient.store import Store, StoreError
from tests.store.conftest import UNIT, add_declaration


def test_a_close_waits_for_the_work_that_keeps_the_store_open(store: Store) -> None:
    closed = threading.Event()

    def close() -> None:
        store.close()
        closed.set()

    with store.kept_open():
        closer = threading.Thread(target=close)
        closer.start()
        assert store.transactions.close_waiting.wait(timeout=10)
        # The work goes on with the store it began with: a write and a read after the close was asked for.
        declaration_id = store.create_draft(UNIT, add_declaration())
        assert store.get_declaration(declaration_id).id == declaration_id
        assert not closed.is_set()
    closer.join(timeout=10)

    assert closed.is_set()
    with pytest.raises(StoreError, match="closed"):
        store.get_declaration(declaration_id)


def test_a_close_with_nothing_kept_open_does_not_wait(store: Store) -> None:
    store.close()

    assert not store.transactions.close_waiting.is_set()
    with pytest.raises(StoreError, match="closed"):
        store.kept_open().__enter__()


@pytest.mark.allow_log_warnings  # the warning is what this test expects
def test_work_that_never_ends_does_not_hold_the_close_forever(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    with store.kept_open(), caplog.at_level(logging.WARNING):
        store.transactions.close(wait_s=0)

    assert [r.getMessage() for r in caplog.records] == [
        f"closing {store.path} while work still keeps it open"
    ]
    with pytest.raises(StoreError, match="closed"):
        store.create_draft(UNIT, add_declaration())
