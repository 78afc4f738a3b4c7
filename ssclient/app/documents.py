"""Documents: save, load, list, check, declare and delete the unit's declarations in the draft box.

`Documents` owns every store and agency call of the document windows (the editor, the contribution forms,
the My documents lists). It runs on a worker thread; the windows call it through `gui.workers` tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, cast

from ssclient.app.contributions import Contributions, batch_findings
from ssclient.app.policy_tables import policy_tables
from ssclient.app.revision_roster import roster_before, roster_for_revision
from ssclient.app.shared_roster import SharedRoster
from ssclient.domain.clock import Clock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding, has_errors
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.rules import RuleContext, check_batch, check_declaration
from ssclient.store import EDITABLE_STATUSES, DocumentSummary, NotFoundError, Store, StoreError
from ssclient.sync.api import AgencyClient
from ssclient.sync.outbox import Outbox, OutboxAgency, SyncReport
from ssclient.sync.results import AgencyError, AgencyUnreachable, DeclarationQuery

__all__ = [
    "APPROVED",
    "DRAFT_BOX",
    "EDITABLE_STATUSES",
    "REJECTED",
    "SUBMITTED",
    "CheckResult",
    "DeliveryNews",
    "DocumentSummary",
    "Documents",
    "RuleContextMaker",
    "SelectionFindings",
    "StoreError",
    "is_editable",
    "is_old_draft",
]

DRAFT_BOX = (DeclarationStatus.DRAFT, DeclarationStatus.CHECKED)
SUBMITTED = (DeclarationStatus.PENDING, DeclarationStatus.SUBMITTED)
APPROVED = (DeclarationStatus.APPROVED,)
REJECTED = (DeclarationStatus.REJECTED,)
_JOINING = (DeclarationType.ADD, DeclarationType.RENEWAL)


class RuleContextMaker(Protocol):
    """The rulebook's inputs (policy, regions, today) with a roster: `AppContext.rule_context`."""

    def __call__(
        self, roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False
    ) -> RuleContext: ...


def is_editable(status: DeclarationStatus) -> bool:
    """Whether a document in `status` may still be changed (draft, checked, rejected)."""
    return status in EDITABLE_STATUSES


def is_old_draft(declaration: Declaration, period: Period, current: Period) -> bool:
    """Whether a document saved with `period` is a draft of an earlier month that has to be moved to the
    current period before it can be declared (only the current period can be). A revision keeps the period
    of the record it replaces; a declared document is the agency's."""
    return is_editable(declaration.status) and not declaration.replaces_serial and period != current


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One document's Check: its findings, and whether it may be declared; the document as checked (who
    is on each line its findings name)."""

    declaration_id: int
    title: str
    findings: tuple[Finding, ...]
    document: Declaration

    @property
    def clean(self) -> bool:
        return not has_errors(self.findings)


@dataclass(frozen=True, slots=True)
class SelectionFindings:
    """What the lists show below the selected documents: each one's stored findings and status, and the
    document itself where it has findings (who is on each line)."""

    findings: dict[int, list[Finding]]
    documents: dict[int, Declaration]


@dataclass(frozen=True, slots=True)
class DeliveryNews:
    """What the message about the agency's verdict on a document shows: the document's list row and
    content (None when they cannot be read), and for an approved personnel change, the period's payment
    approved before it, which no longer matches the roster."""

    summary: DocumentSummary | None
    document: Declaration | None
    stale_payment: DocumentSummary | None


class Documents:
    """The unit's documents in the local store; see the module docstring."""

    def __init__(
        self,
        store: Store,
        agency: AgencyClient | None,
        unit_code: str,
        clock: Clock,
        rules: RuleContextMaker,
        contributions: Contributions,
        rosters: SharedRoster,
    ) -> None:
        self._store = store
        self._agency = agency
        self._unit_code = unit_code
        self._clock = clock
        self._rules = rules
        self._contributions = contributions
        self._rosters = rosters

    # --- reading ----------------------------------------------------------------------------------------
    def roster(self) -> Mapping[str, RosterEntry]:
        """The unit's roster as the store has it, by ID number (the windows never refresh it): one map
        shared by every caller until the roster changes (see app.shared_roster); read it, never change it."""
        store, unit_code = self._store, self._unit_code
        # The store object too: a backup restored into the same file is another store, another roster.
        return self._rosters.get((id(store), store.path, unit_code), lambda: store.roster(unit_code))

    def roster_for(self, declaration: Declaration | None) -> Mapping[str, RosterEntry]:
        """The roster `declaration` is checked against: the unit's, or for a revision the unit's with the
        people of the record it replaces as they were before it (see app.revision_roster)."""
        roster = self.roster()
        if declaration is None or declaration.id is None or not declaration.replaces_serial:
            return roster
        return roster_for_revision(roster, roster_before(self._store, self._agency, declaration))

    def load(self, declaration_id: int) -> Declaration:
        return self._store.get_declaration(declaration_id)

    def load_with_findings(self, declaration_id: int) -> tuple[Declaration, list[Finding]]:
        """The document and its stored findings (the last Check's, or the agency's)."""
        return self._store.get_declaration(declaration_id), self._store.findings(declaration_id)

    def summary(self, declaration_id: int) -> DocumentSummary:
        return self._store.summary(declaration_id)

    def summary_if_kept(self, declaration_id: int) -> DocumentSummary | None:
        """The document's list row, or None once it is deleted (from the draft box, while a form shows it)."""
        try:
            return self._store.summary(declaration_id)
        except NotFoundError:
            return None

    def listed(self, statuses: Collection[DeclarationStatus]) -> list[DocumentSummary]:
        """The unit's documents in those statuses, most recently changed first."""
        return self._store.list_declarations(self._unit_code, statuses=statuses)

    def selection_findings(self, declaration_ids: Sequence[int]) -> SelectionFindings:
        findings = {
            declaration_id: self._store.findings(declaration_id) for declaration_id in declaration_ids
        }
        documents = {key: self._store.get_declaration(key) for key, found in findings.items() if found}
        return SelectionFindings(findings, documents)

    def delivery_news(self, declaration_id: int) -> DeliveryNews:
        try:
            summary = self._store.summary(declaration_id)
            document = self._store.get_declaration(declaration_id)
        except StoreError:
            return DeliveryNews(None, None, None)
        stale = None
        if summary.status is DeclarationStatus.APPROVED:
            stale = self._contributions.payment_to_revise(declaration_id)
        return DeliveryNews(summary, document, stale)

    def last_joining_line(self, id_number: str) -> DeclarationLine | None:
        """The person's line in their latest approved add or renewal: what they answered last time (migrant
        worker, migrant-worker insurance, home region), which the roster does not keep. The records on this
        computer first, then the agency's when it answers."""
        number = normalize_id_number(id_number)
        kept = self._store.list_declarations(
            self._unit_code, statuses=[DeclarationStatus.APPROVED], types=_JOINING, person=number
        )
        for summary in sorted(kept, key=lambda s: s.period, reverse=True):
            found = _line_of(self._store.get_declaration(summary.id).lines, number)
            if found is not None:
                return found
        if self._agency is None:
            return None
        try:
            page = self._agency.declarations(
                DeclarationQuery(person=number, status=DeclarationStatus.APPROVED, limit=100)
            )
            joining = sorted(
                (s for s in page.items if s.type in _JOINING), key=lambda s: s.period, reverse=True
            )
            for record in joining[:1]:
                return _line_of(self._agency.declaration(record.id).lines, number)
        except (AgencyError, AgencyUnreachable):
            return None  # the user answers the questions instead
        return None

    # --- changing ---------------------------------------------------------------------------------------
    def save(self, declaration: Declaration) -> Declaration:
        """Save to the draft box (a new document, or the edited one); returns it as stored."""
        if declaration.id is None:
            declaration_id = self._store.create_draft(self._unit_code, declaration)
        else:
            declaration_id = declaration.id
            self._store.update_draft(declaration_id, declaration)
        return self._store.get_declaration(declaration_id)

    def delete(self, declaration_ids: Sequence[int]) -> None:
        for declaration_id in declaration_ids:
            self._store.delete_declaration(declaration_id)

    def outbox(self) -> Outbox:
        """The unit's outbox over this store and agency."""
        # Without an agency (before log-in) documents can still be queued; sending waits for one.
        agency = cast(OutboxAgency, self._agency)
        return Outbox(self._store, agency, self._unit_code, self._clock)

    def send_waiting(
        self, *, force: bool, probe: bool, cancelled: Callable[[], bool]
    ) -> tuple[SyncReport, dict[int, DeliveryNews]]:
        """On a worker: run the outbox, then read what each verdict's message shows. The store stays open
        until both are done: a log-out meanwhile closes it after this run, not in the middle of it."""
        with self._store.kept_open():
            report = self.outbox().run(force=force, probe=probe, cancelled=cancelled)
            news = {d.declaration_id: self.delivery_news(d.declaration_id) for d in report.delivered}
        return report, news

    def declare(self, declaration_ids: Sequence[int]) -> tuple[list[str], int]:
        """Put documents in the outbox (each gets its idempotency key now). Returns the keys and how many
        documents now wait in the outbox."""
        outbox = self.outbox()
        keys = [outbox.enqueue(declaration_id) for declaration_id in declaration_ids]
        return keys, len(outbox.pending())

    # --- checking ---------------------------------------------------------------------------------------
    def check(
        self,
        declaration_ids: Sequence[int],
        name_of: Callable[[DocumentSummary], str],
        *,
        declaring: bool,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[CheckResult]:
        """The full rulebook on each document against the local roster and, when declaring, the window.
        Findings are stored; a clean document becomes *checked*. `name_of` names a document for the user
        (in findings about the same person on two documents).

        `progress(done, total)` is told after each document is read and after each is checked (the 50
        drafts of a 100,000-row import take seconds); it may raise to stop (Cancel: `TaskControl.advance`),
        and nothing is stored then: the findings are written only once every document is checked."""
        report = progress or _no_progress
        total = 2 * len(declaration_ids) + 1  # read each, check them together, check each
        rules = self._rules(self.roster(), declaring=declaring)
        # Each document is checked with the table in force in its period (the agency judges it so).
        tables = policy_tables(rules.policy, self._store, self._unit_code).history()
        declarations: list[Declaration] = []
        names: list[str] = []
        for declaration_id in declaration_ids:
            declarations.append(self._store.get_declaration(declaration_id))
            names.append(name_of(self._store.summary(declaration_id)))
            report(len(declarations), total)
        across = self._check_together(declarations, names, name_of)
        payments = batch_findings(self._store, self._unit_code, declarations)
        done = len(declarations) + 1
        report(done, total)
        results = []
        for declaration, name, together, payment in zip(declarations, names, across, payments, strict=True):
            assert declaration.id is not None  # read from the store
            if declaration.type is DeclarationType.PAYMENT:
                # Amounts, not people: checked against the agency's own computation from the same inputs.
                findings = self._contributions.check_payment_document(declaration, declaring=declaring)
            else:
                in_force = replace(
                    rules, policy=tables.in_force(declaration.period), roster=self.roster_for(declaration)
                )
                findings = check_declaration(declaration, in_force) + together
            results.append(CheckResult(declaration.id, name, (*findings, *payment), declaration))
            done += 1
            report(done, total)
        for result, declaration in zip(results, declarations, strict=True):
            if is_editable(declaration.status):
                self._store.record_check(result.declaration_id, result.findings)  # with the status, at once
            else:
                self._store.replace_findings(result.declaration_id, result.findings)
        return results

    def _check_together(
        self,
        declarations: list[Declaration],
        names: list[str],
        name_of: Callable[[DocumentSummary], str],
    ) -> list[list[Finding]]:
        """The documents checked together, and those already on their way to the agency, as one batch: the
        same person twice across them is found here rather than refused by the agency in one of them."""
        checked = {declaration.id for declaration in declarations}
        waiting = [
            summary
            for summary in self._store.list_declarations(self._unit_code, statuses=SUBMITTED)
            if summary.id not in checked and summary.type is not DeclarationType.PAYMENT
        ]
        others = [self._store.get_declaration(summary.id) for summary in waiting]
        return check_batch([*declarations, *others], [*names, *(name_of(s) for s in waiting)])


def _no_progress(_done: int, _total: int) -> None:
    """Nobody is watching the progress."""


def _line_of(lines: Sequence[DeclarationLine], number: str) -> DeclarationLine | None:
    return next((line for line in lines if normalize_id_number(line.id_number) == number), None)
