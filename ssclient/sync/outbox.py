"""The outbox: documents on their way to the agency, delivered exactly once.

A document enters the outbox with an idempotency key made right then (`enqueue`); every later attempt
reuses that key, and the agency answers a key it has seen with its first answer, so a retry can never
declare twice. Each attempt is recorded before the request goes out (state *sending*) and the answer is
recorded with its effect on the document in one transaction. After a crash between the two, `reconcile`
asks the agency what it did with the key instead of sending again.

Plain Python, no Qt: the GUI runs `Outbox.run` on a worker thread; tests call it directly.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from ssclient.domain.clock import Clock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.verdict import Verdict
from ssclient.sync.errors import AgencyError, AgencyUnreachable, SessionExpired
from ssclient.sync.roster_fetch import RosterKeeper, RosterSource, take_agency_roster

log = logging.getLogger(__name__)

# Waits between automatic attempts while the agency cannot be reached: 5 s, 10 s, 20 s … at most 5 min.
FIRST_RETRY = timedelta(seconds=5)
PENDING, SENDING = "pending", "sending"
LONGEST_RETRY = timedelta(minutes=5)


class QueuedItem(Protocol):
    """A document in the outbox, as the store keeps it (ssclient.store.OutboxItem)."""

    @property
    def idempotency_key(self) -> str: ...

    @property
    def declaration_id(self) -> int: ...

    @property
    def state(self) -> str:
        """ "pending", "sending" (a request went out, no answer recorded) or "answered"."""
        ...

    @property
    def attempts(self) -> int: ...

    @property
    def next_attempt_at(self) -> datetime: ...


class OutboxStore(RosterKeeper, Protocol):
    """What the outbox needs from the local store; `ssclient.store.Store` is one (the sync layer does not
    import the store: whoever holds both hands the store in)."""

    def get_declaration(self, declaration_id: int) -> Declaration: ...

    def enqueue(self, declaration_id: int, key: str) -> QueuedItem:
        """Put the document in the outbox under `key` (a document already waiting keeps its own key)."""
        ...

    def pending_items(
        self, *, due_by: datetime | None = None, unit_code: str | None = None
    ) -> Sequence[QueuedItem]:
        """Items pending or sending, earliest next attempt first."""
        ...

    def mark_sending(self, key: str) -> object: ...

    def record_attempt(self, key: str, error: str, next_at: datetime) -> object: ...

    def record_verdict(self, verdict: Verdict) -> object:
        """The verdict (its raw answer kept with the item) and its effect on the document (status,
        findings, the local roster) in one transaction."""
        ...


class OutboxAgency(RosterSource, Protocol):
    """What the outbox needs from the agency client (ssclient.sync.api.AgencyClient)."""

    def submit(self, declaration: Declaration, idempotency_key: str) -> Verdict: ...

    def find_submission(self, idempotency_key: str) -> Verdict | None: ...

    def health(self) -> object: ...


@dataclass(frozen=True, slots=True)
class Delivery:
    """The agency's verdict on one local document: which document (`declaration_id`, the store's id) and
    the verdict itself, not copied."""

    declaration_id: int
    verdict: Verdict

    @property
    def idempotency_key(self) -> str:
        return self.verdict.idempotency_key

    @property
    def approved(self) -> bool:
        return self.verdict.approved

    @property
    def status(self) -> DeclarationStatus:
        return self.verdict.status

    @property
    def serial_number(self) -> str | None:
        return self.verdict.serial_number

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.verdict.findings

    @property
    def replayed(self) -> bool:
        """True when the answer was the agency's record of an earlier request (a retry, a reconciliation)."""
        return self.verdict.replayed


@dataclass(slots=True)
class SyncReport:
    """What one run of the outbox did."""

    delivered: list[Delivery] = field(default_factory=list)
    # The agency could not be reached (or took too long): its message; the documents stay pending.
    unreachable: str = ""
    # The session ended: log in again; the documents stay pending.
    session_expired: bool = False
    # The agency's roster was taken into the store after an approval.
    roster_refreshed: bool = False
    still_pending: int = 0

    @property
    def reached_agency(self) -> bool:
        return not self.unreachable


def new_idempotency_key() -> str:
    return uuid.uuid4().hex


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failed attempt (1, 2, 3 …)."""
    delay: timedelta = FIRST_RETRY * 2 ** max(attempts - 1, 0)
    return min(delay, LONGEST_RETRY)


class Outbox:
    """Sends one unit's pending documents; see the module docstring."""

    def __init__(self, store: OutboxStore, agency: OutboxAgency, unit_code: str, clock: Clock) -> None:
        self._store = store
        self._agency = agency
        self._unit_code = unit_code
        self._clock = clock

    def enqueue(self, declaration_id: int) -> str:
        """Put a document in the outbox (status pending) with a fresh idempotency key; returns the key in
        effect (a document already waiting keeps the key it entered with)."""
        item = self._store.enqueue(declaration_id, new_idempotency_key())
        log.info("declaration %s queued for the agency with key %s", declaration_id, item.idempotency_key)
        return item.idempotency_key

    def pending(self) -> list[QueuedItem]:
        return list(self._store.pending_items(unit_code=self._unit_code))

    def run(
        self, *, force: bool = False, probe: bool = False, cancelled: Callable[[], bool] = lambda: False
    ) -> SyncReport:
        """Reconcile interrupted sends, then send what is due (everything when `force`).

        With `probe`, when documents wait but none is due yet, ask the agency whether it answers again
        (a cheap health call) and, if it does, send them all now instead of waiting out the backoff.
        """
        report = SyncReport()
        if probe and not force:
            force = self._agency_answers_again(report)
            if not report.reached_agency:
                report.still_pending = len(self.pending())
                return report
        self._reconcile(report, cancelled)
        if report.reached_agency and not report.session_expired:
            self._send(report, force, cancelled)
        if any(d.approved for d in report.delivered):
            self._refresh_roster(report)
        report.still_pending = len(self.pending())
        return report

    def _agency_answers_again(self, report: SyncReport) -> bool:
        waiting = self.pending()
        now = self._clock.now()
        if not waiting or any(item.next_attempt_at <= now for item in waiting):
            return False
        try:
            self._agency.health()
        except (AgencyUnreachable, AgencyError) as error:
            report.unreachable = getattr(error, "message", str(error))
            return False
        return True

    # --- steps ----------------------------------------------------------------------------------------

    def _reconcile(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Items left *sending* by a crash: ask the agency what became of their key."""
        for item in [i for i in self.pending() if i.state == SENDING]:
            if cancelled() or not self._attempt(report, item, self._ask_agency):
                return

    def _send(self, report: SyncReport, force: bool, cancelled: Callable[[], bool]) -> None:
        now = self._clock.now()
        for item in [i for i in self.pending() if i.state == PENDING]:
            if cancelled():
                return
            if not force and item.next_attempt_at > now:
                continue
            if not self._attempt(report, item, self._submit):
                return

    def _attempt(
        self, report: SyncReport, item: QueuedItem, exchange: Callable[[QueuedItem], Verdict | None]
    ) -> bool:
        """One exchange with the agency for one item; False when the others should wait (agency away)."""
        try:
            result = exchange(item)
        except AgencyUnreachable as error:
            self._postpone(item, error.message)
            report.unreachable = error.message
            return False
        except SessionExpired as error:
            self._postpone(item, error.message)
            report.session_expired = True
            return False
        except AgencyError as error:
            if error.status >= 500:
                self._postpone(item, error.message)
                report.unreachable = error.message
                return False
            report.delivered.append(self._record_refusal(item, error))
            return True
        if result is None:
            # The agency never received this key (the crash came before the request reached it): send it.
            self._store.record_attempt(item.idempotency_key, "", self._clock.now())
            return self._attempt(report, item, self._submit)
        report.delivered.append(self._record(item, result))
        return True

    def _submit(self, item: QueuedItem) -> Verdict:
        declaration = self._store.get_declaration(item.declaration_id)
        self._store.mark_sending(item.idempotency_key)
        return self._agency.submit(declaration, item.idempotency_key)

    def _ask_agency(self, item: QueuedItem) -> Verdict | None:
        return self._agency.find_submission(item.idempotency_key)

    def _postpone(self, item: QueuedItem, message: str) -> None:
        next_at = self._clock.now() + retry_delay(item.attempts + 1)
        self._store.record_attempt(item.idempotency_key, message, next_at)
        log.info(
            "declaration %s stays in the outbox (%s); next attempt at %s",
            item.declaration_id,
            message,
            next_at.isoformat(),
        )

    def _record(self, item: QueuedItem, verdict: Verdict) -> Delivery:
        self._store.record_verdict(verdict)
        log.info(
            "declaration %s %s by the agency (serial %s)",
            item.declaration_id,
            verdict.status.value,
            verdict.serial_number,
        )
        return Delivery(item.declaration_id, verdict)

    def _record_refusal(self, item: QueuedItem, error: AgencyError) -> Delivery:
        findings = tuple(error.findings) or (Finding(error.code, Severity.ERROR, "", error.message),)
        answer = json.dumps({"status": error.status, "code": error.code, "message": error.message})
        verdict = Verdict(item.idempotency_key, DeclarationStatus.REJECTED, findings=findings, answer=answer)
        self._store.record_verdict(verdict)
        # The code, not the message: an agency's sentence may quote a person's name or ID number.
        log.info("declaration %s refused by the agency: %s %s", item.declaration_id, error.status, error.code)
        return Delivery(item.declaration_id, verdict)

    def _refresh_roster(self, report: SyncReport) -> None:
        """After an approval the agency's roster is the truth: take it whole, once per run. The store
        already applied each approval to the local roster with its answer; what was approved after the
        fetch began stays applied (see Store.replace_roster)."""
        fetched_at = self._clock.now()
        try:
            take_agency_roster(self._agency, self._store, self._unit_code, fetched_at=fetched_at)
        except (AgencyError, AgencyUnreachable) as error:
            log.info("roster not refreshed after approval: %s", error)
            return
        report.roster_refreshed = True
