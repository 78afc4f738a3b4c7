"""The outbox's report types, for the windows that show what a run delivered (the Store itself is the
outbox's port, `ssclient.sync.outbox.OutboxStore`)."""

from __future__ import annotations

from ssclient.sync.outbox import Delivery, SyncReport

__all__ = ["Delivery", "SyncReport"]
