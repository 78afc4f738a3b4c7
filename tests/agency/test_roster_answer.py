"""GET /roster answers from the rows' columns as stored, without a model per person: the answer must still
be exactly what its documented model (RosterPeopleOut) describes, people in ID number order."""

from __future__ import annotations

from datetime import datetime

import httpx

from ssclient.agency.schemas_infochange import RosterPeopleOut
from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.sync.transport import API_PREFIX
from tests.support.agency import AgencyUnit, declaration, make_id_number, person_line


def test_the_roster_answer_is_its_documented_model_exactly(
    agency: RunningAgency, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    client = unit.client
    people = [person_line(3, "王五"), person_line(1, "张三"), person_line(2, "欧阳娜娜", base="30000.00")]
    assert client.submit(declaration(DeclarationType.ADD, *people), "add-0001").approved
    leaving = person_line(3, "王五", reason="离职")
    assert client.submit(declaration(DeclarationType.INTERRUPTION, leaving), "stop-0001").approved
    agency_clock.set(datetime(2026, 12, 5, 9, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    change = person_line(1, "张三", base="9000.00", effective_period="2027-01")
    base_change = declaration(DeclarationType.BASE_CHANGE, change, period=Period(2026, 12))
    assert client.submit(base_change, "base-0001").approved

    headers = {"Authorization": f"Bearer {client.token}"}
    answer = httpx.get(f"{agency.url}{API_PREFIX}/roster", headers=headers).json()
    documented = RosterPeopleOut.model_validate(answer, strict=True).model_dump(mode="json", by_alias=True)
    assert answer == documented
    assert answer["total"] == 3
    assert [item["id_number"] for item in answer["items"]] == sorted(make_id_number(n) for n in (1, 2, 3))

    by_number = {entry.id_number: entry for entry in client.roster()}
    zhang, ouyang, wang = (by_number[make_id_number(n)] for n in (1, 2, 3))
    assert [(p, str(b)) for p, b in zhang.base_history] == [
        (Period(2026, 11), "6500.00"),
        (Period(2027, 1), "9000.00"),
    ]
    assert (ouyang.name, str(ouyang.base), ouyang.interrupted_from) == ("欧阳娜娜", "30000.00", None)
    assert (wang.status, wang.interrupted_from) == (PersonStatus.INTERRUPTED, Period(2026, 11))
