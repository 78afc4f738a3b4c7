"""The information change form's tests use the document windows' fixtures: a real store in tmp, a real
agency on loopback, a context logged in there (tests/gui/documents/conftest.py)."""

from __future__ import annotations

from tests.gui.documents.conftest import (
    agency,
    agency_client,
    clock,
    ctx,
    online_ctx,
    store,
    store_path,
)

__all__ = ["agency", "agency_client", "clock", "ctx", "online_ctx", "store", "store_path"]
