"""Documents declared together are checked as one batch: the same person in two that clash is found."""

from __future__ import annotations

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.rules import check_batch

NOVEMBER = Period(2026, 11)
ZHANG = "110101199003071233"
LI = "110101198506150027"


def document(kind: DeclarationType, *numbers: str, period: Period = NOVEMBER) -> Declaration:
    return Declaration(kind, period, [DeclarationLine(id_number=n) for n in numbers])


def test_joining_twice_is_an_error_on_each_line_naming_the_other_document() -> None:
    found = check_batch(
        [document(DeclarationType.ADD, LI, ZHANG), document(DeclarationType.RENEWAL, f" {ZHANG.lower()} ")],
        ["first", "second"],
    )
    assert [(f.code, f.field, f.params["document"]) for f in found[0]] == [
        ("PERSON_IN_OTHER_DOCUMENT", "lines[1].id_number", "second")
    ]
    assert [(f.field, f.params["document"]) for f in found[1]] == [("lines[0].id_number", "first")]


def test_types_that_do_not_clash_and_other_periods_pass() -> None:
    joining_and_leaving = [
        document(DeclarationType.ADD, ZHANG),
        document(DeclarationType.INTERRUPTION, ZHANG),
    ]
    assert check_batch(joining_and_leaving, ["a", "b"]) == [[], []]
    two_months = [
        document(DeclarationType.ADD, ZHANG),
        document(DeclarationType.ADD, ZHANG, period=NOVEMBER.add_months(1)),
    ]
    assert check_batch(two_months, ["a", "b"]) == [[], []]
    assert check_batch([document(DeclarationType.ADD, ZHANG, ZHANG)], ["a"]) == [
        []
    ]  # within one: its own rule
