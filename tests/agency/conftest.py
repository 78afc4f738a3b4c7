"""The agency's tests run against the real service over HTTP on a free loopback port (tests.support.agency)."""

from tests.support.agency import agency, agency_client, agency_clock, unit

__all__ = ["agency", "agency_client", "agency_clock", "unit"]
