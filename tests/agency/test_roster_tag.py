"""GET /roster tags each state of the unit's roster (ETag): asked again with the tag (If-None-Match), an
unchanged roster is answered 304 with no body. Every write to the roster gives it a new tag; a payment,
which changes no one, keeps it."""

from __future__ import annotations

import httpx

from ssclient.agency.server import RunningAgency
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.rules.payment import compute_payments
from ssclient.sync.transport import API_PREFIX
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, declaration, make_id_number, person_line


def get_roster(agency: RunningAgency, unit: AgencyUnit, if_none_match: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {unit.client.token}"}
    if if_none_match is not None:
        headers["If-None-Match"] = if_none_match
    return httpx.get(f"{agency.url}{API_PREFIX}/roster", headers=headers)


def test_an_unchanged_roster_is_answered_304_until_a_declaration_changes_it(
    agency: RunningAgency, unit: AgencyUnit
) -> None:
    empty = get_roster(agency, unit)
    assert empty.status_code == 200 and empty.json()["total"] == 0
    assert get_roster(agency, unit, empty.headers["ETag"]).status_code == 304
    assert unit.client.submit(declaration(DeclarationType.ADD, person_line(1, "张三")), "add-0001").approved

    first = get_roster(agency, unit)
    tag = first.headers["ETag"]
    assert first.status_code == 200 and first.json()["total"] == 1 and tag.startswith('"')
    unchanged = get_roster(agency, unit, tag)
    assert (unchanged.status_code, unchanged.content, unchanged.headers["ETag"]) == (304, b"", tag)
    # Compared weakly and in a list, as HTTP has it.
    assert get_roster(agency, unit, f'"other", W/{tag}').status_code == 304
    assert get_roster(agency, unit, '"other"').status_code == 200

    # A payment changes no one on the roster: the tag stands.
    policy, industry = unit.client.policy().policy, unit.client.profile().industry_class
    payments = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, industry_class=industry)
    paid = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments), "pay-0001"
    )
    assert paid.approved, paid.findings
    assert get_roster(agency, unit, tag).status_code == 304

    assert unit.client.submit(declaration(DeclarationType.ADD, person_line(2, "李四")), "add-0002").approved
    added = get_roster(agency, unit, tag)
    assert added.status_code == 200 and added.json()["total"] == 2
    assert added.headers["ETag"] != tag


def test_a_revocation_gives_the_roster_a_new_tag(agency: RunningAgency, unit: AgencyUnit) -> None:
    add = unit.client.submit(declaration(DeclarationType.ADD, person_line(1, "张三")), "add-0001")
    assert add.approved and add.declaration_id is not None
    tag = get_roster(agency, unit).headers["ETag"]

    unit.client.revoke(add.declaration_id)

    after = get_roster(agency, unit, tag)
    assert after.status_code == 200 and after.headers["ETag"] != tag
    assert [item["id_number"] for item in after.json()["items"]] == []  # the add undone: no one left


def test_the_client_keeps_its_roster_when_the_agency_says_it_is_unchanged(unit: AgencyUnit) -> None:
    assert unit.client.submit(declaration(DeclarationType.ADD, person_line(1, "张三")), "add-0001").approved

    whole = unit.client.roster_if_changed("")
    assert whole.entries is not None and [e.id_number for e in whole.entries] == [make_id_number(1)]
    again = unit.client.roster_if_changed(whole.tag)
    assert again.unchanged and again.tag == whole.tag
    stale = unit.client.roster_if_changed("a-tag-from-another-database")
    assert stale.entries is not None and stale.tag == whole.tag
