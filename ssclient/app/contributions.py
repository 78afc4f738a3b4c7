"""Contributions: compute the period's payment declaration, check it, and keep it matching the roster.

A payment declaration is computed from the roster and from the back payments that this period's approved
adds and renewals asked for — the agency's own data when it answers (its roster, which carries each
person's last back payment, exactly as the agency's review reads it), the store's copy when it cannot be
reached (its roster and approved documents). The agency's roster is taken into the store as it comes
(sync.roster_fetch), so an unchanged one is not sent again.

Personnel documents of the same period change the roster: one declared together with the payment, or still
waiting for the agency, makes the payment wrong once approved (the agency then refuses the payment); one
approved after the payment leaves the approved payment short or over (it has to be revised).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ssclient.app.policy_tables import policy_tables
from ssclient.domain.clock import Clock
from ssclient.domain.declaration import Declaration, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.name_order import roster_order
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from ssclient.rules import RuleContext, finding
from ssclient.rules.payment import (
    BackPayRequest,
    backpay_requests,
    check_payment,
    check_payment_declaration,
    check_payment_size,
    compute_payments,
    roster_backpay,
)
from ssclient.rules.payment_totals import PaymentTotals, payment_totals
from ssclient.store import EDITABLE_STATUSES, DocumentSummary, Store
from ssclient.store.session import collector_paused, release_in_slices
from ssclient.sync.api import AgencyClient
from ssclient.sync.results import AgencyUnreachable
from ssclient.sync.roster_fetch import take_agency_roster

__all__ = [
    "PERSONNEL",
    "Computed",
    "Contributions",
    "PaymentInputs",
    "approved_payment",
    "batch_findings",
    "waiting_personnel",
]

PERSONNEL = (
    DeclarationType.ADD,
    DeclarationType.RENEWAL,
    DeclarationType.INTERRUPTION,
    DeclarationType.BASE_CHANGE,
    DeclarationType.ANNUAL_BASE,
    # A corrected household type can change a rural contract worker's unemployment share (the policy's
    # rural_contract_worker_employee_rate), and so the payment.
    DeclarationType.INFO_CHANGE,
)
_ON_THE_WAY = (DeclarationStatus.PENDING, DeclarationStatus.SUBMITTED)


@dataclass(frozen=True, slots=True)
class PaymentInputs:
    roster: list[RosterEntry]
    backpay: list[BackPayRequest]
    # The agency's tables by month when it answers (it recomputes with exactly those), else the ones this
    # computer has (Settings → Policy: the agency's cached history, official tables loaded over it).
    history: PolicyHistory
    # False: the agency could not be reached and the store's copies were used.
    from_agency: bool
    # The unit's work-injury industry class as the agency has it now (it may have changed it since the
    # log-in), else the profile's.
    industry_class: int = 1
    # The agency's roster had changed and was taken into the store: windows showing it must read it again.
    roster_taken_in: bool = False

    def release(self) -> None:
        """Let go of the roster a slice at a time, once used: a 100,000-person roster freed in one go, as a
        worker's call returned, held the interpreter lock, and the window, for 16 ms."""
        release_in_slices(self.roster)


@dataclass(frozen=True, slots=True)
class Computed:
    """A payment computation: the lines and what they add up to, where its inputs came from, the period's
    personnel documents still waiting for the agency (the computation leaves them out), and what stops the
    lines being declared as they are (more than one declaration holds)."""

    lines: list[PaymentLine]
    totals: PaymentTotals
    from_agency: bool
    waiting: int
    findings: list[Finding]
    # See PaymentInputs.roster_taken_in.
    roster_taken_in: bool = False


def waiting_personnel(store: Store, unit_code: str, period: Period) -> list[DocumentSummary]:
    """The period's personnel documents sent but not yet answered by the agency."""
    return store.list_declarations(unit_code, statuses=_ON_THE_WAY, types=PERSONNEL, periods=(period, period))


def approved_payment(store: Store, unit_code: str, period: Period) -> DocumentSummary | None:
    """The period's approved payment declaration, as this computer knows it (the latest, if revised)."""
    found = store.list_declarations(
        unit_code,
        statuses=[DeclarationStatus.APPROVED],
        types=[DeclarationType.PAYMENT],
        periods=(period, period),
    )
    return found[0] if found else None


def batch_findings(store: Store, unit_code: str, declarations: Sequence[Declaration]) -> list[list[Finding]]:
    """For each document checked together: a payment with personnel changes of its period declared with
    it or still waiting (an error: it could only be refused); a personnel change of a period whose payment
    is already approved (a warning: the payment has to be revised after it)."""
    out: list[list[Finding]] = []
    for declaration in declarations:
        period = declaration.period
        found: list[Finding] = []
        if declaration.type is DeclarationType.PAYMENT:
            together = sum(1 for d in declarations if d.type in PERSONNEL and d.period == period)
            count = together + len(waiting_personnel(store, unit_code, period))
            if count:
                found.append(finding("PAYMENT_CHANGES_PENDING", "", count=count, period=period))
        elif declaration.type in PERSONNEL and not declaration.replaces_serial:
            paid = approved_payment(store, unit_code, period)
            if paid is not None:
                serial = paid.serial_number or ""
                found.append(
                    finding(
                        "PAYMENT_APPROVED_BEFORE_CHANGE", "", Severity.WARNING, period=period, serial=serial
                    )
                )
        out.append(found)
    return out


class Contributions:
    """Payment declarations and their currency; see the module docstring."""

    def __init__(
        self,
        store: Store,
        agency: AgencyClient | None,
        unit_code: str,
        clock: Clock,
        policy: Policy,
        industry_class: int,
        rules: Callable[..., RuleContext],
    ) -> None:
        self._store = store
        self._agency = agency
        self._unit_code = unit_code
        self._clock = clock
        self._policy = policy
        self._industry_class = industry_class
        self._rules = rules

    def payment_inputs(self, period: Period) -> PaymentInputs:
        """The roster and the period's granted back payments, from the agency when it answers."""
        if self._agency is not None:
            try:
                history = self._agency.policy_history()
                industry_class = self._agency.profile().industry_class
                roster, taken_in = self._agency_roster(self._agency)
                # As the agency's review reads them: a large unit's adds were tens of records to fetch.
                backpay = roster_backpay(roster, period)
                return PaymentInputs(roster, backpay, history, True, industry_class, taken_in)
            except AgencyUnreachable:
                pass
        roster = list(self._store.roster(self._unit_code).values())
        history = policy_tables(self._policy, self._store, self._unit_code).history()
        backpay = backpay_requests(self._stored_renewals(period))
        return PaymentInputs(roster, backpay, history, False, self._industry_class)

    def _agency_roster(self, agency: AgencyClient) -> tuple[list[RosterEntry], bool]:
        """The agency's roster, taken into the store as it comes (True), or the store's when the agency says
        it has not changed (False): a large unit's is tens of megabytes, and the form computes often."""
        fetched_at = self._clock.now()
        entries = take_agency_roster(agency, self._store, self._unit_code, fetched_at=fetched_at).entries
        if entries is None:
            return list(self._store.roster(self._unit_code).values()), False
        return entries, True

    def compute(self, period: Period) -> Computed:
        """The period's payment lines, computed as the agency will, and their totals (a large unit's take
        the form's GUI thread too long)."""
        # A 100,000-person unit's 400,000 lines are millions of new objects: the collector's full passes
        # over them would hold the interpreter lock, and the window, for hundreds of milliseconds each.
        with collector_paused():
            inputs = self.payment_inputs(period)
            lines = self._lines(period, inputs)
            totals = payment_totals(lines)
        inputs.release()
        waiting = len(waiting_personnel(self._store, self._unit_code, period))
        findings = check_payment_size(lines)
        return Computed(lines, totals, inputs.from_agency, waiting, findings, inputs.roster_taken_in)

    def recheck(self, period: Period, declared: Sequence[PaymentLine]) -> list[Finding]:
        """Saved lines against a fresh computation: each difference is a finding."""
        with collector_paused():  # as compute's: as many new objects
            inputs = self.payment_inputs(period)
            fresh = self._lines(period, inputs)
            findings = check_payment(declared, fresh)
        release_in_slices(fresh)
        inputs.release()
        return findings

    def check_payment_document(self, declaration: Declaration, *, declaring: bool) -> list[Finding]:
        """The draft box's Check for a payment declaration: the window when declaring, and every line
        against what the agency will compute from the same roster and back payments."""
        inputs = self.payment_inputs(declaration.period)
        roster = {entry.id_number: entry for entry in inputs.roster}
        rules = self._rules(roster, declaring=declaring)
        findings = check_payment_declaration(
            declaration,
            replace(rules, policy=inputs.history.in_force(declaration.period)),
            industry_class=inputs.industry_class,
            backpay=inputs.backpay,
            history=inputs.history,
        )
        roster.clear()  # its entries are the inputs' own, released with them
        inputs.release()
        return findings

    def waiting_personnel(self, period: Period) -> list[DocumentSummary]:
        return waiting_personnel(self._store, self._unit_code, period)

    def payment_to_revise(self, declaration_id: int) -> DocumentSummary | None:
        """A personnel change just approved after the period's payment: that payment, which no longer
        matches the roster (None when the document is no personnel change or nothing was paid before it)."""
        changed = self._store.summary(declaration_id)
        if changed.type not in PERSONNEL:
            return None
        paid = approved_payment(self._store, self._unit_code, changed.period)
        if paid is None or (paid.decided_at and changed.decided_at and paid.decided_at > changed.decided_at):
            return None
        return paid

    def revision_of(self, payment: DocumentSummary) -> int:
        """The draft that replaces the approved payment: the one already in the draft box, else a new copy
        (the user computes it again there). Returns its id."""
        serial = payment.serial_number or ""
        editable = self._store.list_declarations(
            self._unit_code, statuses=EDITABLE_STATUSES, types=[DeclarationType.PAYMENT]
        )
        for summary in editable:
            if summary.replaces_serial == serial:
                return summary.id
        approved = self._store.get_declaration(payment.id)
        draft = Declaration(
            DeclarationType.PAYMENT, approved.period, payments=list(approved.payments), replaces_serial=serial
        )
        return self._store.create_draft(self._unit_code, draft)

    def _lines(self, period: Period, inputs: PaymentInputs) -> list[PaymentLine]:
        # People in the roster's order (by the pinyin of names), as the roster window, the form and the
        # receipt then list them.
        roster = sorted(inputs.roster, key=lambda entry: roster_order(entry.name, entry.id_number))
        return compute_payments(
            roster,
            inputs.history,
            period,
            industry_class=inputs.industry_class,
            backpay=inputs.backpay,
        )

    def _stored_renewals(self, period: Period) -> list[Declaration]:
        summaries = self._store.list_declarations(
            self._unit_code,
            statuses=[DeclarationStatus.APPROVED],
            types=[DeclarationType.ADD, DeclarationType.RENEWAL],
            periods=(period, period),
        )
        return [self._store.get_declaration(s.id) for s in summaries]
