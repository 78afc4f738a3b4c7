"""The paying use case's tests run against the real agency over HTTP (tests.support.agency)."""

from tests.support.agency import agency, agency_client, agency_clock, unit

__all__ = ["agency", "agency_client", "agency_clock", "unit"]
