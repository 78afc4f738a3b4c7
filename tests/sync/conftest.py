"""The client's tests talk to the real agency over HTTP on a free loopback port (tests.support.agency)."""

from tests.support.agency import agency, agency_client, agency_clock, unit

__all__ = ["agency", "agency_client", "agency_clock", "unit"]
