"""The agency's HTTP API (/api/v1) as typed method calls, for the desktop client.

Synchronous on purpose: the GUI calls it from worker threads, never from the GUI thread. One
`AgencyClient` may be shared by several threads (httpx.Client is thread-safe).

Errors:
- `AgencyError(status, code, message)` — the agency answered and refused (the code is stable, the message
  is for the user). Its subclass `SessionExpired` means 401 on a call that needs a session: log in again.
- `AgencyUnreachable(message)` — no answer (connection refused, DNS, timeout) after the retries.

Retries with exponential backoff happen only where repeating is safe: GETs, and submissions, because they
carry an idempotency key and the agency answers a repeated key with its first answer.
"""

from __future__ import annotations

from contextlib import suppress

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import InsuranceType
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.rules.payment_totals import ShareTotals
from ssclient.sync.api_agents import AgentCalls
from ssclient.sync.api_infochange import InfoChangeCalls
from ssclient.sync.api_operators import OperatorCalls
from ssclient.sync.api_paying import PayingCalls
from ssclient.sync.api_policy import PolicyCalls
from ssclient.sync.api_revisions import RevisionCalls
from ssclient.sync.decoding import page_int, page_items, verdict_from_json
from ssclient.sync.results import (
    AgencyError,
    AgencyInfo,
    AgencyProtocolError,
    AgencyUnreachable,
    DeclarationQuery,
    DeclarationRecord,
    LoginResult,
    Page,
    PaymentDetail,
    PaymentReport,
    PolicyInfo,
    RecordSort,
    RecordSummary,
    Registration,
    RosterAnswer,
    SessionExpired,
    Verdict,
    declaration_to_json,
    roster_entry_from_json,
    unit_from_json,
)
from ssclient.sync.transport import AgencyTransport, path_segment

# What callers import from here: the client and every type its calls take and give.
__all__ = [
    "AgencyClient",
    "AgencyError",
    "AgencyInfo",
    "AgencyProtocolError",
    "AgencyUnreachable",
    "DeclarationQuery",
    "DeclarationRecord",
    "LoginResult",
    "Page",
    "PaymentDetail",
    "PaymentReport",
    "PolicyInfo",
    "RecordSort",
    "RecordSummary",
    "Registration",
    "RosterAnswer",
    "SessionExpired",
    "ShareTotals",
    "Verdict",
    "declaration_to_json",
]


class AgencyClient(
    AgentCalls, InfoChangeCalls, OperatorCalls, PayingCalls, PolicyCalls, RevisionCalls, AgencyTransport
):
    """A session with one agency: its calls, as typed methods (the HTTP under them: AgencyTransport).

    `base_url` is the agency's root (``http://127.0.0.1:8765``); `transport` lets a caller swap the
    network layer (httpx transports). `retries` is how many times a safe request is repeated after a
    network failure or a 502/503/504, waiting `backoff`, 2×`backoff`, 4×`backoff`... in between.
    """

    # --- public calls (no session needed) -----------------------------------------------------------------

    def health(self) -> AgencyInfo:
        """Is the agency there, and is it a training agency? Cheap; for the status bar's connection light."""
        return AgencyInfo.from_json(self._call("GET", "/health", auth=False))

    def policy(self) -> PolicyInfo:
        """The policy in force (for the client to cache and check offline) and today's calendar."""
        return PolicyInfo.from_json(self._call("GET", "/policy", auth=False))

    def register(
        self,
        *,
        name: str,
        uscc: str,
        tax_number: str,
        contact: str,
        password: str,
        phone: str = "",
        industry_class: int = 1,
    ) -> Registration:
        """Register a unit. A password equal to the tax number is the initial one and must be changed at
        first login. Refusals: 409 USCC_TAKEN; 422 VALIDATION_FAILED with `findings` naming the fields."""
        body = {
            "name": name,
            "uscc": uscc,
            "tax_number": tax_number,
            "contact": contact,
            "phone": phone,
            "password": password,
            "industry_class": industry_class,
        }
        return Registration.from_json(self._call("POST", "/units", json=body, auth=False, expect=(201,)))

    def login(self, unit_code: str, password: str) -> LoginResult:
        """Log in; the token is kept for the following calls. Refusals: 401 LOGIN_FAILED (unit code or
        password wrong — which one is not said), 429 UNIT_LOCKED (too many wrong passwords with this unit
        code or from this address: paused for a while; the message says until when)."""
        body = {"unit_code": unit_code, "password": password}
        result = LoginResult.from_json(self._call("POST", "/sessions", json=body, auth=False, expect=(201,)))
        self._token = result.token
        return result

    # --- session calls ------------------------------------------------------------------------------------

    def logout(self) -> None:
        """End the session at the agency (if it still exists) and forget the token."""
        token, self._token = self._token, None
        if token is not None:
            self.end_session(token)

    def end_session(self, token: str) -> None:
        """End the session `token` names (one this client has already forgotten, see `logout`) at the
        agency. A log-in on this client in the meantime keeps its own session: the window can forget the
        old token at once and end it on a worker, while the next unit logs in."""
        headers = {"Authorization": f"Bearer {token}"}
        response = self._request("DELETE", "/sessions/current", headers=headers, auth=False)
        with suppress(SessionExpired):  # ended already (expired, or by another log-out)
            self._answer(response, (204,))

    def change_password(self, old_password: str, new_password: str) -> None:
        """Refusals: 403 WRONG_PASSWORD (the old one is wrong), 422 VALIDATION_FAILED with findings
        PASSWORD_WEAK / PASSWORD_SAME. The session stays valid and may then make every call."""
        body = {"old_password": old_password, "new_password": new_password}
        self._call("POST", "/units/me/password", json=body, expect=(204,))

    def profile(self) -> Unit:
        return unit_from_json(self._call("GET", "/units/me"))

    def update_profile(
        self,
        *,
        name: str | None = None,
        contact: str | None = None,
        phone: str | None = None,
        industry_class: int | None = None,
    ) -> Unit:
        """Change the given fields (None keeps a field). The USCC and tax number cannot change; an industry
        class outside 1–8 is refused (422 with the finding INDUSTRY_CLASS_INVALID)."""
        fields = (("name", name), ("contact", contact), ("phone", phone), ("industry_class", industry_class))
        body = {k: v for k, v in fields if v is not None}
        return unit_from_json(self._call("PATCH", "/units/me", json=body))

    def submit(self, declaration: Declaration, idempotency_key: str) -> Verdict:
        """Submit a declaration for review; the answer is the agency's verdict (approved or rejected).

        `idempotency_key` is made once when the document enters the outbox and reused for every retry:
        the agency answers a key it has seen with its first answer (`replayed` true) and creates nothing.
        Refusals (nothing stored): 409 IDEMPOTENCY_KEY_REUSED (the key went with another body),
        409 REPLACED_NOT_REVOCABLE / 404 REPLACED_NOT_FOUND (revise of a record that cannot be replaced),
        413 BODY_TOO_LARGE, 422 VALIDATION_FAILED (a malformed body — a client bug).
        """
        headers = {"Idempotency-Key": idempotency_key}
        response = self._request(
            "POST", "/declarations", json=declaration_to_json(declaration), headers=headers, retry=True
        )
        data = self._answer(response, expect=(200, 201))
        return verdict_from_json(data, response.text, replayed=response.status_code == 200)

    def find_submission(self, idempotency_key: str) -> Verdict | None:
        """Reconcile after a crash: the agency's answer to this key (approved or rejected, as it was given;
        a later revocation shows on the record), or None when it never received it."""
        path = f"/declarations/by-key/{path_segment(idempotency_key)}"
        response = self._request("GET", path, retry=True)
        try:
            data = self._answer(response, expect=(200,))
        except AgencyError as error:
            if error.status == 404 and not isinstance(error, SessionExpired):
                return None
            raise
        return verdict_from_json(data, response.text, replayed=True)

    def declarations(self, query: DeclarationQuery | None = None) -> Page[RecordSummary]:
        """The records query (newest first, or in the query's sort order), one page at a time."""
        query = query or DeclarationQuery()
        data = self._call("GET", "/declarations", params=query.params())
        return Page(
            items=tuple(RecordSummary.from_json(x) for x in page_items(data)),
            total=page_int(data, "total"),
            offset=page_int(data, "offset"),
            limit=page_int(data, "limit"),
        )

    def declaration(self, declaration_id: int) -> DeclarationRecord:
        """One declaration with lines and findings. Another unit's record answers 404 NOT_FOUND."""
        return DeclarationRecord.from_json(self._call("GET", f"/declarations/{int(declaration_id)}"))

    def revoke(self, declaration_id: int) -> DeclarationRecord:
        """Revoke an approved declaration; its roster effect is undone. Refusals (409, the message says
        why): REVOKE_NOT_APPROVED, REVOKE_WINDOW_CLOSED, REVOKE_DEPENDENT (a later approved declaration
        for the same people builds on this personnel declaration; nothing builds on a payment);
        404 NOT_FOUND."""
        return DeclarationRecord.from_json(self._call("POST", f"/declarations/{int(declaration_id)}/revoke"))

    def roster(self) -> list[RosterEntry]:
        """Everyone this unit has insured (active and interrupted), by ID number."""
        entries = self.roster_if_changed("").entries
        assert entries is not None  # no tag was sent, so the answer has the roster
        return entries

    def roster_if_changed(self, known_tag: str) -> RosterAnswer:
        """The roster with its tag, or only the tag when it is still `known_tag` (the tag of the roster the
        caller keeps; "" for none). A large unit's roster is tens of megabytes; unchanged, it is not sent."""
        headers = {"If-None-Match": f'"{known_tag}"'} if known_tag else None
        response = self._request("GET", "/roster", headers=headers, retry=True)
        tag = response.headers.get("ETag", "").removeprefix("W/").strip('"')
        if known_tag and response.status_code == 304:
            return RosterAnswer(None, tag or known_tag)
        data = self._answer(response, expect=(200,))
        return RosterAnswer([roster_entry_from_json(x) for x in page_items(data)], tag)

    def payments(
        self,
        *,
        period_from: Period | None = None,
        period_to: Period | None = None,
        person: str | None = None,
        insurance: InsuranceType | None = None,
        offset: int = 0,
        limit: int = 1000,
    ) -> PaymentReport:
        """Payment details from approved payment declarations, per period, person (ID number or name)
        and insurance type, with totals over every match (not only this page)."""
        params: dict[str, str] = {"offset": str(offset), "limit": str(limit)}
        if insurance is not None:
            params["insurance"] = insurance.value
        if period_from is not None:
            params["period_from"] = str(period_from)
        if period_to is not None:
            params["period_to"] = str(period_to)
        if person:
            params["person"] = person.strip()
        return PaymentReport.from_json(self._call("GET", "/payments", params=params))
