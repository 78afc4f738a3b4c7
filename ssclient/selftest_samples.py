"""Sample identities that pass the rulebook, and a unit registered the way the seeds describe: what the
self-test declares with, and what the test suite builds its fixtures from (tests.support.agency), so the
two cannot drift apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stdnum.cn import ric, uscc

from ssclient.domain.declaration import DeclarationLine

if TYPE_CHECKING:
    from ssclient.sync.api import AgencyClient, LoginResult, Registration


def valid_id_number(seq: int, birth: str = "19900101", region: str = "110101") -> str:
    """A valid resident ID number (GB 11643-1999): `seq` 0–999 tells people with the same birth apart."""
    body = f"{region}{birth}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def valid_uscc(seq: int) -> str:
    """A valid unified social credit code (GB 32100-2015), different for every `seq` (0 to 10⁹ - 1)."""
    body = f"91110108{seq:09d}"
    return body + uscc.calc_check_digit(body)


def sample_line(id_number: str, name: str, base: str) -> DeclarationLine:
    """A personnel line that passes the rulebook: local urban household, not a migrant worker."""
    return DeclarationLine(
        id_number=id_number,
        name=name,
        hukou_type="11",
        wage_base=base,
        migrant_worker="否",
        migrant_insurance="否",
    )


def register_unit(
    client: AgencyClient, *, name: str, code: str, password: str, contact: str = "王会计"
) -> tuple[Registration, LoginResult]:
    """Register a unit whose USCC and tax number are `code`, with the tax number as its initial password,
    log in and change the password to `password` (the session stays logged in). Returns the registration
    and the first log-in's answer, which asked for that change."""
    registration = client.register(name=name, uscc=code, tax_number=code, contact=contact, password=code)
    login = client.login(registration.unit_code, code)
    client.change_password(code, password)
    return registration, login
