"""Fixtures for the payments window: the query windows' logged-in session (a real agency on loopback, a
real store in tmp) and a unit with November's payment declaration approved."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.gui.records.conftest import records_ctx, store
from tests.support.agency import AgencyUnit
from tests.support.paying import approve_payment

__all__ = ["records_ctx", "store"]


@pytest.fixture
def declared(unit: AgencyUnit) -> Decimal:
    """November's payment approved for two people; its total."""
    return approve_payment(unit)
