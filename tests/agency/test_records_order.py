"""The records query sorted by a column: every order pages consistently (ties by id), unknown orders are 422."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import inspect, text

from ssclient.agency.app import openapi_document
from ssclient.agency.queries import WALKED_TOGETHER, person_patterns
from ssclient.agency.schema import make_engine
from ssclient.agency.server import RunningAgency
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.sync.api import AgencyClient, DeclarationQuery, RecordSort, RecordSummary
from tests.support.agency import (
    DATABASES,
    AgencyUnit,
    declaration,
    make_id_number,
    module_agency,
    person_line,
    register_unit,
)

RECORDS = 24
KINDS = list(DeclarationType)


# The records are only read here: one agency and unit, seeded once, serve the module.
@pytest.fixture(scope="module", params=DATABASES)
def agency(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningAgency]:
    yield from module_agency(request, tmp_path_factory)


@pytest.fixture(scope="module")
def unit(agency: RunningAgency) -> Iterator[AgencyUnit]:
    with AgencyClient(agency.url, retries=0) as client:
        unit = register_unit(client)
        for number in range(RECORDS):
            if number % 3 == 0:
                # Approved, with a serial number: adds in the open period.
                document = declaration(DeclarationType.ADD, person_line(100 + number))
            else:
                # Rejected (a period whose window is not open), of every type: many ties on each column.
                period = Period(2026, 1 + number % 4)
                document = declaration(KINDS[number % len(KINDS)], person_line(100 + number), period=period)
            unit.client.submit(document, f"order-{number:04d}")
        yield unit


KEYS: dict[RecordSort, Callable[[RecordSummary], Any]] = {
    RecordSort.SERIAL_NUMBER: lambda s: (s.serial_number is not None, s.serial_number or ""),
    RecordSort.TYPE: lambda s: s.type.value,
    RecordSort.PERIOD: lambda s: str(s.period),
    RecordSort.STATUS: lambda s: s.status.value,
    RecordSort.SUBMITTED_AT: lambda s: s.submitted_at,
}


def pages(client: AgencyClient, sort: RecordSort | None, descending: bool, size: int) -> list[RecordSummary]:
    rows: list[RecordSummary] = []
    while True:
        page = client.declarations(
            DeclarationQuery(sort=sort, descending=descending, offset=len(rows), limit=size)
        )
        assert page.total == RECORDS
        rows.extend(page.items)
        if not page.items:
            return rows


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(RecordSort))
def test_every_order_pages_consistently_with_ties_by_id(
    unit: AgencyUnit, sort: RecordSort, descending: bool
) -> None:
    paged = pages(unit.client, sort, descending, size=5)
    whole = unit.client.declarations(DeclarationQuery(sort=sort, descending=descending, limit=1000)).items
    assert [s.id for s in paged] == [s.id for s in whole]
    assert len({s.id for s in paged}) == RECORDS
    key = KEYS[sort]
    assert [(key(s), s.id) for s in paged] == sorted(((key(s), s.id) for s in paged), reverse=descending)
    # The seed holds ties on this column (one clock time, few periods and types): id decides them.
    assert len({key(s) for s in paged}) < RECORDS


def test_without_a_sort_the_order_is_newest_first(unit: AgencyUnit) -> None:
    ids = [s.id for s in pages(unit.client, None, False, size=7)]
    assert ids == sorted(ids, reverse=True)


def test_the_page_follows_the_filter_and_the_order_together(unit: AgencyUnit) -> None:
    query = DeclarationQuery(period_to=Period(2026, 3), sort=RecordSort.PERIOD, descending=True, limit=1000)
    found = unit.client.declarations(query)
    assert found.total == len(found.items) > 0
    assert [str(s.period) for s in found.items] == sorted((str(s.period) for s in found.items), reverse=True)
    assert str(found.items[0].period) == "2026-03"


@pytest.mark.parametrize("sort", list(RecordSort))
def test_an_order_within_a_type_or_status_pages_consistently(unit: AgencyUnit, sort: RecordSort) -> None:
    for criteria in ({"status": DeclarationStatus.REJECTED}, {"type": DeclarationType.ADD}):
        query = DeclarationQuery(sort=sort, descending=True, limit=4, **criteria)
        paged: list[RecordSummary] = []
        while page := unit.client.declarations(replace(query, offset=len(paged))).items:
            paged.extend(page)
        whole = unit.client.declarations(replace(query, limit=1000))
        assert [s.id for s in paged] == [s.id for s in whole.items] and len(paged) == whole.total > 4
        key = KEYS[sort]
        assert [(key(s), s.id) for s in paged] == sorted(((key(s), s.id) for s in paged), reverse=True)


@pytest.fixture
def http(agency: RunningAgency, unit: AgencyUnit) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {unit.client.token}"}
    with httpx.Client(base_url=agency.url + "/api/v1", headers=headers) as client:
        yield client


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "people"},
        {"sort": "id_number"},
        {"sort": "PERIOD"},
        {"sort": ""},
        {"sort": "period", "descending": "sideways"},
    ],
)
def test_an_unknown_order_is_a_422_with_a_code(http: httpx.Client, params: dict[str, str]) -> None:
    response = http.get("/declarations", params=params)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "VALIDATION_FAILED" and body["message"]
    assert body["findings"][0]["field"] in params


def test_the_order_is_documented_as_a_closed_list() -> None:
    operation = openapi_document()["paths"]["/api/v1/declarations"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    schema = parameters["sort"]["schema"]
    options = next(s for s in schema["anyOf"] if "enum" in s)["enum"]
    assert set(options) == {s.value for s in RecordSort}
    assert "descending" in parameters


@pytest.mark.parametrize(
    "order",
    [
        "serial_number DESC NULLS LAST, id DESC",
        "serial_number ASC NULLS FIRST, id ASC",
        "type DESC, id DESC",
        "period DESC, id DESC",
        "status DESC, id DESC",
        "submitted_at DESC, id DESC",
    ],
)
def test_a_sorted_page_walks_an_index_instead_of_sorting(tmp_path: Path, order: str) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'agency.sqlite3'}")
    with engine.connect() as connection:
        plan = connection.execute(
            text(
                f"EXPLAIN QUERY PLAN SELECT id FROM declarations WHERE unit_id = 1 ORDER BY {order} LIMIT 100"
            )
        ).all()
    engine.dispose()
    steps = " | ".join(str(row[-1]) for row in plan)
    assert "TEMP B-TREE" not in steps, steps


def test_an_index_added_since_is_made_in_an_existing_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'agency.sqlite3'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_declaration_unit_submitted"))
    engine.dispose()
    again = make_engine(url)
    names = {index["name"] for index in inspect(again).get_indexes("declarations")}
    again.dispose()
    assert "ix_declaration_unit_submitted" in names


@pytest.mark.parametrize(("criterion", "sort"), sorted(WALKED_TOGETHER))
def test_a_page_by_a_criterion_sorted_by_a_column_walked_with_it_walks_one_index(
    tmp_path: Path, criterion: str, sort: str
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'agency.sqlite3'}")
    with engine.connect() as connection:
        plan = connection.execute(
            text(
                f"EXPLAIN QUERY PLAN SELECT id FROM declarations WHERE unit_id = 1 AND {criterion} = 'x' "
                f"ORDER BY {sort} DESC, id DESC LIMIT 100 OFFSET 60000"
            )
        ).all()
    engine.dispose()
    steps = " | ".join(str(row[-1]) for row in plan)
    index = f"ix_declaration_unit_{criterion}_{sort.removesuffix('_at')}"
    assert "TEMP B-TREE" not in steps and index in steps, steps


@pytest.mark.parametrize(
    "order", ["serial_number ASC NULLS FIRST, id ASC", "serial_number DESC NULLS LAST, id DESC"]
)
def test_on_the_agency_database_a_page_by_serial_needs_no_sort(agency: RunningAgency, order: str) -> None:
    """PostgreSQL too (NULL last going up unless its index says otherwise): told to avoid sorting, it can."""
    with agency.state.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET LOCAL enable_sort = off"))
        plan = connection.execute(
            text(f"EXPLAIN SELECT id FROM declarations WHERE unit_id = 1 ORDER BY {order} LIMIT 100")
        ).all()
    steps = " | ".join(str(row[-1]) for row in plan)
    assert "TEMP B-TREE" not in steps and "Sort" not in steps, steps


def test_a_person_page_past_the_end_still_counts_every_match(unit: AgencyUnit) -> None:
    everyone = unit.client.declarations(DeclarationQuery(person="张三", limit=1000))
    # Every record but the payments (they name nobody here).
    assert everyone.total == len(everyone.items) > RECORDS // 2
    past = unit.client.declarations(DeclarationQuery(person="张三", offset=RECORDS + 5))
    assert (past.items, past.total) == ((), everyone.total)
    by_digits = unit.client.declarations(DeclarationQuery(person=make_id_number(105)[-6:]))
    assert by_digits.total == 1 and by_digits.items[0].idempotency_key == "order-0005"


def test_a_person_is_looked_up_only_where_the_text_can_be() -> None:
    assert person_patterns("110101199001011234") == ("%110101199001011234%", None)
    assert person_patterns("买买提·艾力") == (None, "%买买提·艾力%")
    # Latin letters: part of a foreigner's name or of a passport number.
    assert person_patterns("john") == ("%JOHN%", "%john%")
