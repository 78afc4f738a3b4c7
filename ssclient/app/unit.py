"""The unit's account at the agency: register a new unit, read and update its profile, change its password
(and the rules the forms check as they are typed, the same the agency applies).

Each call goes over the network: run it on a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ssclient.rules.unit import INDUSTRY_CLASSES as INDUSTRY_CLASSES
from ssclient.rules.unit import check_industry_class as check_industry_class
from ssclient.rules.unit import check_new_password as check_new_password
from ssclient.rules.unit import check_tax_number as check_tax_number
from ssclient.rules.unit import check_unit_name as check_unit_name
from ssclient.rules.unit import check_uscc as check_uscc
from ssclient.rules.unit import normalize_code as normalize_code

if TYPE_CHECKING:
    from ssclient.domain.roster import Unit
    from ssclient.sync.api import AgencyClient
    from ssclient.sync.results import Registration as Registration


class UnitAccount:
    """The unit's account at the agency the client talks to."""

    def __init__(self, agency: AgencyClient) -> None:
        self.agency = agency

    def register(
        self,
        *,
        name: str,
        uscc: str,
        tax_number: str,
        contact: str,
        phone: str,
        password: str,
        industry_class: int,
    ) -> Registration:
        """Register a unit (the codes normalised as the agency keeps them); a password equal to the tax
        number is the initial one, to be changed at the first log-in. `industry_class` (1–8) sets the
        employer's work-injury rate in every payment; the agency refuses another."""
        return self.agency.register(
            name=name,
            uscc=normalize_code(uscc),
            tax_number=normalize_code(tax_number),
            contact=contact,
            phone=phone,
            password=password,
            industry_class=industry_class,
        )

    def profile(self) -> Unit:
        """The unit's profile as the agency keeps it (another workstation may have changed it)."""
        return self.agency.profile()

    def update_profile(
        self, *, name: str, contact: str, phone: str, industry_class: int | None = None
    ) -> Unit:
        """Change the profile at the agency; `industry_class` (1–8, None keeps it) changes the employer's
        work-injury rate in every payment from then on. The agency refuses a class outside 1–8 (an
        AgencyError with the finding INDUSTRY_CLASS_INVALID; check_industry_class says so before)."""
        return self.agency.update_profile(
            name=name, contact=contact, phone=phone, industry_class=industry_class
        )

    def change_password(self, current: str, new: str) -> None:
        self.agency.change_password(current, new)
