"""The accountant's month, read from the local store: what the home page shows (`Month.summary`, run on a
worker).

Per business type: the documents of the current period drafted (draft or checked), waiting (in the
outbox or sent, no answer yet), rejected and approved. The payment: not declared, waiting, declared and
current, or declared but stale — a personnel or base change of the same period was approved after it (or
waits for the agency), so the amounts it declared no longer match the roster. And from all that, the
next thing to do (for a unit that insures nobody yet, adding its employees).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.policy.model import Policy as Policy
from ssclient.policy.window import WindowState as WindowState
from ssclient.policy.window import window_state as window_state

if TYPE_CHECKING:  # the store's package loads SQLAlchemy; only its record type is needed, for typing
    from ssclient.domain.clock import Clock
    from ssclient.store import Store


S = DeclarationStatus
DRAFTED = frozenset({S.DRAFT, S.CHECKED})
WAITING = frozenset({S.PENDING, S.SUBMITTED})
# What changes who is insured, at what base or at what rate (an information change's household type can
# make a rural contract worker's unemployment share), and so what a payment must declare.
PERSONNEL = frozenset(
    {
        DeclarationType.ADD,
        DeclarationType.RENEWAL,
        DeclarationType.INTERRUPTION,
        DeclarationType.BASE_CHANGE,
        DeclarationType.ANNUAL_BASE,
        DeclarationType.INFO_CHANGE,
    }
)


class MonthDocument(Protocol):
    """What the month's summary reads of a document (a store's DocumentSummary has it all)."""

    @property
    def type(self) -> DeclarationType: ...
    @property
    def status(self) -> DeclarationStatus: ...
    @property
    def period(self) -> Period: ...
    @property
    def decided_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...  # a revoked record's: when it was revoked
    @property
    def serial_number(self) -> str | None: ...


@dataclass(slots=True)
class TypeCounts:
    drafted: int = 0
    waiting: int = 0
    rejected: int = 0
    approved: int = 0


class PaymentState(Enum):
    NOT_DECLARED = "not_declared"
    WAITING = "waiting"  # sent or about to be: the agency has not answered yet
    CURRENT = "current"  # approved, and nothing changed since
    STALE = "stale"  # approved, but personnel changed since: revise it


class NextStep(Enum):
    ADD_PERSONNEL = "add_personnel"  # nobody is insured yet: there is no payment to declare
    FIX_REJECTED = "fix_rejected"
    DECLARE_DRAFTS = "declare_drafts"
    DECLARE_PAYMENT = "declare_payment"
    REVISE_PAYMENT = "revise_payment"
    WAIT_FOR_AGENCY = "wait_for_agency"
    ALL_DONE = "all_done"
    WINDOW_CLOSED = "window_closed"


@dataclass(frozen=True, slots=True)
class MonthSummary:
    period: Period
    window: WindowState
    counts: dict[DeclarationType, TypeCounts] = field(default_factory=dict)
    payment: PaymentState = PaymentState.NOT_DECLARED
    payment_serial: str | None = None
    nobody_insured: bool = False  # on the local roster (refreshed from the agency at each log-in)

    def total(self, attribute: str) -> int:
        return sum(getattr(counts, attribute) for counts in self.counts.values())

    @property
    def nothing_to_pay(self) -> bool:
        """Nobody is insured, and no payment was declared: there is no payment to declare this month."""
        return self.nobody_insured and self.payment is PaymentState.NOT_DECLARED

    @property
    def next_step(self) -> NextStep:
        """The one thing to do next, most urgent first: what the agency refused, what is drafted, the
        payment, then waiting for answers."""
        if not self.window.window_open:
            return NextStep.WINDOW_CLOSED
        if self.total("rejected"):
            return NextStep.FIX_REJECTED
        if self.total("drafted"):
            return NextStep.DECLARE_DRAFTS
        if self.nothing_to_pay:
            return NextStep.WAIT_FOR_AGENCY if self.total("waiting") else NextStep.ADD_PERSONNEL
        if self.payment is PaymentState.NOT_DECLARED:
            return NextStep.DECLARE_PAYMENT
        if self.payment is PaymentState.STALE:
            return NextStep.REVISE_PAYMENT
        if self.total("waiting"):
            return NextStep.WAIT_FOR_AGENCY
        return NextStep.ALL_DONE


def summarize(
    documents: Iterable[MonthDocument], policy: Policy, today: date, *, nobody_insured: bool = False
) -> MonthSummary:
    """The month of `today` from the unit's documents (any periods: only the current one counts)."""
    window = window_state(policy, today)
    period = window.period
    counts = {kind: TypeCounts() for kind in DeclarationType}
    of_period = [d for d in documents if d.period == period]
    for document in of_period:
        tally = counts[document.type]
        if document.status in DRAFTED:
            tally.drafted += 1
        elif document.status in WAITING:
            tally.waiting += 1
        elif document.status is S.REJECTED:
            tally.rejected += 1
        elif document.status is S.APPROVED:
            tally.approved += 1
    payment, serial = _payment_state(of_period)
    return MonthSummary(period, window, counts, payment, serial, nobody_insured)


def _payment_state(documents: list[MonthDocument]) -> tuple[PaymentState, str | None]:
    payments = [d for d in documents if d.type is DeclarationType.PAYMENT]
    approved = [d for d in payments if d.status is S.APPROVED]
    if not approved:
        waiting = any(d.status in WAITING for d in payments)
        return (PaymentState.WAITING if waiting else PaymentState.NOT_DECLARED), None
    latest = max(approved, key=lambda d: _moment(d.decided_at))
    changes = [d for d in documents if d.type in PERSONNEL]
    paid_at = _moment(latest.decided_at)
    changed_after = any(_changed_roster_after(d, paid_at) for d in changes)
    changing = any(d.status in WAITING for d in changes)
    return (PaymentState.STALE if changed_after or changing else PaymentState.CURRENT), latest.serial_number


def _changed_roster_after(document: MonthDocument, paid_at: datetime) -> bool:
    """Whether a personnel record changed the roster after the payment was approved: approved after it and
    in force, or in force when the payment was computed and revoked since (revoking puts its people back as
    they were). One approved and revoked after the payment changed nothing the payment counted."""
    if document.status is S.APPROVED:
        return _moment(document.decided_at) > paid_at
    if document.status is S.REVOKED:
        return _moment(document.decided_at) <= paid_at < _moment(document.updated_at)
    return False


def _moment(at: datetime | None) -> datetime:
    return at if at is not None else datetime.min.replace(tzinfo=UTC)


class Month:
    """The current month of the unit's documents in the store."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def summary(self, unit_code: str, policy: Policy) -> MonthSummary:
        from ssclient.domain.clock import today as today_of

        today = today_of(self.clock)
        period = Period.of(today)
        documents = self.store.list_declarations(unit_code, periods=(period, period))
        return summarize(documents, policy, today, nobody_insured=not self.store.has_insured(unit_code))

    def document_type(self, declaration_id: int) -> DeclarationType:
        """The type of a stored document (a list names only its id; the main window opens its form)."""
        return self.store.summary(declaration_id).type
