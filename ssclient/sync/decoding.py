"""Reading the agency's JSON defensively: a value that does not have the documented shape is refused with
`AgencyProtocolError` (a kind of AgencyError), never with a KeyError or TypeError. The small values every
answer is made of (findings, units, roster entries, payment lines, the window, the verdict) read here;
the answers themselves are in `ssclient.sync.answers`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, TypeVar

import httpx

from ssclient.domain.declaration import PaymentLine
from ssclient.domain.enums import DeclarationStatus, InsuranceType, PersonStatus
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit, backpay_of
from ssclient.domain.verdict import Verdict
from ssclient.policy.window import WindowState
from ssclient.sync.errors import AgencyError, AgencyProtocolError, SessionExpired

T = TypeVar("T")


def bad(what: str) -> AgencyProtocolError:
    return AgencyProtocolError(200, "BAD_ANSWER", f"The agency's answer is not understood ({what}).")


def obj(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise bad(f"{what} is not an object")
    return data


def get(data: Mapping[str, Any], key: str, kind: type[T]) -> T:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise bad(f"{key} is missing or not {kind.__name__}")
    return value


def opt_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad(f"{key} is not text")
    return value


def amount(data: Mapping[str, Any], key: str) -> Decimal:
    try:
        return Decimal(get(data, key, str))
    except InvalidOperation as exc:
        raise bad(f"{key} is not an amount") from exc


def _parsed(parse: Callable[[str], T], data: Mapping[str, Any], key: str, problem: str) -> T:
    """The text at `key` read by `parse`; its ValueError becomes a refusal saying `key` + `problem`."""
    try:
        return parse(get(data, key, str))
    except ValueError as exc:
        raise bad(f"{key} {problem}") from exc


# Periods are few and immutable: a 90,000-person roster names a few dozen, each read once.
_period = lru_cache(maxsize=1024)(Period.parse)


def period(data: Mapping[str, Any], key: str) -> Period:
    return _parsed(_period, data, key, "is not a period")


def opt_period(data: Mapping[str, Any], key: str) -> Period | None:
    return None if opt_str(data, key) is None else period(data, key)


def moment(data: Mapping[str, Any], key: str) -> datetime:
    return _parsed(datetime.fromisoformat, data, key, "is not a time")


def opt_moment(data: Mapping[str, Any], key: str) -> datetime | None:
    return None if data.get(key) is None else moment(data, key)


def day(data: Mapping[str, Any], key: str) -> date:
    return _parsed(date.fromisoformat, data, key, "is not a date")


def opt_day(data: Mapping[str, Any], key: str) -> date | None:
    return None if data.get(key) is None else day(data, key)


def enum(kind: type[T], data: Mapping[str, Any], key: str) -> T:
    return _parsed(kind, data, key, "has an unknown value")


def items(data: Mapping[str, Any], key: str) -> list[Any]:
    return get(data, key, list)


def findings_from_json(found: Any) -> tuple[Finding, ...]:
    if not isinstance(found, list):
        raise bad("findings is not a list")
    try:
        return tuple(Finding.from_dict(obj(item, "finding")) for item in found)
    except (KeyError, ValueError, TypeError) as exc:
        raise bad("a finding") from exc


def verdict_from_json(data: Any, answer: str, replayed: bool = False) -> Verdict:
    """The review of one submission; `answer` is the text `data` was read from, kept as it came."""
    data = obj(data, "submission")
    return Verdict(
        idempotency_key=get(data, "idempotency_key", str),
        status=enum(DeclarationStatus, data, "status"),
        serial_number=opt_str(data, "serial_number"),
        findings=findings_from_json(data.get("findings", [])),
        declaration_id=get(data, "id", int),
        submitted_at=moment(data, "submitted_at"),
        replayed=replayed,
        answer=answer,
    )


def window_state_from_json(data: Any) -> WindowState:
    """The declaration window as the agency sees it today (its clock, Beijing time)."""
    data = obj(data, "calendar")
    return WindowState(
        today=day(data, "today"),
        period=period(data, "period"),
        window_open=get(data, "window_open", bool),
        first_day=get(data, "first_day", int),
        last_day=get(data, "last_day", int),
        closes_on=opt_day(data, "closes_on"),
        days_left=get(data, "days_left", int),
        next_open=opt_day(data, "next_open"),
    )


def unit_from_json(data: Any) -> Unit:
    data = obj(data, "unit")
    return Unit(
        unit_code=get(data, "unit_code", str),
        name=get(data, "name", str),
        uscc=get(data, "uscc", str),
        tax_number=get(data, "tax_number", str),
        contact=get(data, "contact", str),
        phone=get(data, "phone", str),
        industry_class=get(data, "industry_class", int),
    )


def payment_line_from_json(data: Any) -> PaymentLine:
    data = obj(data, "payment line")
    return PaymentLine(
        id_number=get(data, "id_number", str),
        name=get(data, "name", str),
        insurance=enum(InsuranceType, data, "insurance"),
        period=period(data, "period"),
        base=amount(data, "base"),
        employer_amount=amount(data, "employer_amount"),
        employee_amount=amount(data, "employee_amount"),
        for_period=opt_period(data, "for_period"),
        wage=None if opt_str(data, "wage") is None else amount(data, "wage"),
    )


@lru_cache(maxsize=64)
def _insurance_kinds(names: tuple[str, ...]) -> tuple[InsuranceType, ...]:
    """The insurance types of a roster entry; a roster's people share a few sets of them."""
    try:
        return tuple(InsuranceType(name) for name in names)
    except ValueError as exc:
        raise bad("insurances has an unknown value") from exc


def roster_entry_from_json(data: Any) -> RosterEntry:
    data = obj(data, "roster entry")
    history = []
    for item in items(data, "base_history"):
        item = obj(item, "base history")
        history.append((period(item, "from"), amount(item, "base")))
    kinds = _insurance_kinds(tuple(str(x) for x in items(data, "insurances")))
    return RosterEntry(
        id_number=get(data, "id_number", str),
        name=get(data, "name", str),
        status=enum(PersonStatus, data, "status"),
        base=amount(data, "base"),
        since=period(data, "since"),
        hukou_type=get(data, "hukou_type", str),
        insurances=kinds,
        interrupted_from=opt_period(data, "interrupted_from"),
        base_history=tuple(history),
        # Absent from an agency older than these fields.
        womens_category=str(data.get("womens_category") or ""),
        migrant_insurance=str(data.get("migrant_insurance") or ""),
        id_type=str(data.get("id_type") or ""),
        nationality=str(data.get("nationality") or ""),
        migrant_worker=str(data.get("migrant_worker") or ""),
        province=str(data.get("province") or ""),
        city=str(data.get("city") or ""),
        county=str(data.get("county") or ""),
        renewed_in=opt_period(data, "renewed_in"),
        backpay=_backpay(data.get("backpay") or {}),
    )


def _backpay(months: Any) -> tuple[tuple[InsuranceType, int], ...]:
    """A roster entry's back payment ({insurance: months}); nearly everyone's is empty."""
    if not months:
        return ()
    if not isinstance(months, dict):
        raise bad("backpay is not an object")
    try:
        return backpay_of(months)
    except (ValueError, TypeError) as exc:
        raise bad("backpay has an unknown insurance or a count that is not a number") from exc


def page_items(data: Any) -> list[Any]:
    """The `items` of a paged or listed answer."""
    return items(obj(data, "list"), "items")


def page_int(data: Any, key: str) -> int:
    return get(obj(data, "list"), key, int)


def error_from(response: httpx.Response, *, session_call: bool) -> AgencyError:
    """The refusal an answer other than the expected one stands for; its own code and message when the
    agency gave them, else one made from the HTTP status."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("code"), str) and isinstance(body.get("message"), str):
        code, message = body["code"], body["message"]
        try:
            findings: tuple[Finding, ...] = findings_from_json(body.get("findings", []))
        except AgencyProtocolError:
            findings = ()
    else:
        code, message, findings = (
            f"HTTP_{status}",
            f"The agency answered {status} {response.reason_phrase}.",
            (),
        )
    if status == 401 and session_call:
        return SessionExpired(status, code, message, findings)
    return AgencyError(status, code, message, findings)
