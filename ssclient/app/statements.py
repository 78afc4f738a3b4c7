"""Query → Payment details, the monthly statements for employees (Social Insurance Law art. 60), and a
record's receipt, printed again from the agency's record.

Qt-free. Every method asks the agency or writes a file, so windows call them on a worker thread
(gui.workers). Files are written atomically; one that cannot be written raises WriteError.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from threading import Lock

from ssclient.app.exports import PageSource, Progress, Translate
from ssclient.app.records import record_declaration
from ssclient.domain.clock import Clock
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.io.fixed_charges import fixed_charge_notes, fixed_columns, fixed_parts
from ssclient.io.messages import english
from ssclient.io.receipts import RecordState, write_receipt_pdf
from ssclient.io.statements import insurance_name, statement_text, write_statements_csv
from ssclient.io.statements_pdf import write_statements_pdf
from ssclient.policy.model import Policy
from ssclient.rules.payment_totals import ShareTotals
from ssclient.sync.api import AgencyClient, DeclarationQuery
from ssclient.sync.results import PaymentDetail, PaymentReport

__all__ = [
    "FixedChargeParts",
    "PaymentDetail",
    "PaymentDetailsQuery",
    "Receipts",
    "ShareTotals",
    "StatementFiles",
    "Statements",
    "insurance_name",
]

# The agency answers up to 10,000 payment details per page.
_STATEMENT_PAGE = 5000


@dataclass(frozen=True, slots=True)
class StatementFiles:
    """The statements written: how many people, the PDF (a page each) and the CSV."""

    people: int
    pdf: Path
    csv: Path


@dataclass
class _Totals:
    by_insurance: Mapping[InsuranceType, ShareTotals] = field(default_factory=dict)
    overall: ShareTotals | None = None


class PaymentDetailsQuery:
    """Payment details for a period range and a person (part of an ID number or name), page by page.
    The agency sends the totals over every match with each page; the latest are kept for `totals`,
    which a window reads on its own thread while pages load on another."""

    def __init__(
        self, agency: AgencyClient, first: Period | None, last: Period | None, person: str | None
    ) -> None:
        self._agency = agency
        self.criteria = (first, last, person)
        self._totals = _Totals()
        self._lock = Lock()

    def page(self, offset: int, limit: int) -> tuple[Sequence[PaymentDetail], int]:
        first, last, person = self.criteria
        report: PaymentReport = self._agency.payments(
            period_from=first, period_to=last, person=person, offset=offset, limit=limit
        )
        with self._lock:
            self._totals = _Totals(dict(report.by_insurance), report.totals)
        return report.items, report.total_count

    def totals(self) -> tuple[dict[InsuranceType, ShareTotals], ShareTotals | None]:
        """Per insurance type and overall, as of the latest page answered (nothing before the first)."""
        with self._lock:
            return dict(self._totals.by_insurance), self._totals.overall

    def fixed_charge_parts(self, tr: Translate = english) -> FixedChargeParts:
        """The columns that split each detail's fixed monthly charge out (employee, employer), as the
        statements' spreadsheet does, under the agency's table in force in the detail's month; no columns
        when no table sets a charge. Asks the agency: call it on a worker."""
        history = self._agency.policy_history()
        headers = fixed_columns(history, tr)
        if not headers:
            return FixedChargeParts([], lambda _detail: [])
        return FixedChargeParts(
            headers, lambda detail: fixed_parts(history, detail.insurance, detail.for_period)
        )


@dataclass(frozen=True, slots=True)
class FixedChargeParts:
    """Headers (employee, employer) and each payment detail's fixed-charge part under them."""

    headers: list[str]
    parts: Callable[[PaymentDetail], list[Decimal]]


class Statements:
    """The monthly statements of a period, from the agency's payment details."""

    def __init__(self, agency: AgencyClient) -> None:
        self._agency = agency

    def details(self, first: Period | None, last: Period | None, person: str | None) -> PaymentDetailsQuery:
        return PaymentDetailsQuery(self._agency, first, last, person)

    def write(
        self,
        unit: Unit,
        period: Period,
        folder: Path,
        *,
        full_id_numbers: bool = False,
        tr: Translate = english,
        progress: Progress | None = None,
    ) -> StatementFiles:
        """The period's statements as <name>-<period>.pdf (a page per employee) and .csv in `folder`,
        named in the language of `tr` (statements-… in English, 社会保险缴费明细告知单-… in Chinese); no files when no approved
        payment declaration covers the period (people = 0). ID numbers are masked unless asked for in
        full. `progress` is called after each page read, once the declared wages are read, after each
        statement drawn and before the PDF is saved; it may raise (Cancel)."""
        source: PageSource[PaymentDetail] = self.details(period, period, None).page
        details: list[PaymentDetail] = []
        while True:
            page, total = source(len(details), _STATEMENT_PAGE)
            details += page
            if progress is not None:
                progress(0, 0)  # still reading: no count to show yet, but a Cancel is heard
            if not page or len(details) >= total:
                break
        wages = self.declared_wages(period, {detail.serial_number for detail in details})
        if progress is not None:
            progress(0, 0)  # the declaration's record is read (a second for 10,000 people)
        stem = statement_text(tr, "file_stem", period=period)
        pdf, csv = folder / f"{stem}.pdf", folder / f"{stem}.csv"
        full = full_id_numbers
        # The tables by month: the fixed monthly charges the amounts include, said and split out.
        history = self._agency.policy_history() if details else None
        notes = fixed_charge_notes(history.in_force(period), tr) if history else []
        people = write_statements_pdf(
            unit,
            period,
            details,
            pdf,
            tr=tr,
            progress=progress,
            full_id_numbers=full,
            wages=wages,
            notes=notes,
        )
        write_statements_csv(
            unit, period, details, csv, tr=tr, full_id_numbers=full, wages=wages, history=history
        )
        return StatementFiles(people, pdf, csv)

    def declared_wages(self, period: Period, serials: set[str]) -> dict[str, Decimal]:
        """Each person's declared wage (申报工资) for `period`'s own month, by normalised ID number, from
        the approved payment declarations with these serial numbers. The payment details carry only the
        base used; the declaration record keeps the wage it was capped from (absent on older records)."""
        wages: dict[str, Decimal] = {}
        offset = 0
        while serials:
            query = DeclarationQuery(
                period_from=period,
                period_to=period,
                type=DeclarationType.PAYMENT,
                status=DeclarationStatus.APPROVED,
                offset=offset,
                limit=100,
            )
            page = self._agency.declarations(query)
            for summary in page.items:
                if summary.serial_number in serials:
                    record = self._agency.declaration(summary.id)
                    for line in record.payments:
                        if line.wage is not None and (line.for_period or line.period) == period:
                            wages[normalize_id_number(line.id_number)] = line.wage
            offset += len(page.items)
            if not page.items or offset >= page.total:
                break
        return wages


class Receipts:
    """A record's receipt, printed again from the agency's record with its status at printing time.

    A personnel record's declared wages are shown with the base used when the policy caps them, and a
    payment's fixed monthly charges are said: the `policy` given, else the agency's table in force in the
    record's month (asked for when a receipt is written)."""

    def __init__(self, agency: AgencyClient, clock: Clock, policy: Policy | None = None) -> None:
        self._agency = agency
        self._clock = clock
        self._policy = policy

    def write(self, declaration_id: int, unit: Unit, path: Path, *, tr: Translate = english) -> Path:
        record = self._agency.declaration(declaration_id)
        summary = record.summary
        # The status as the agency has it now: a revoked or replaced record's receipt says so.
        state = RecordState(summary.revoked_at, summary.replaced_by_serial, printed_at=self._clock.now())
        declaration = record_declaration(record)
        if declaration.type is DeclarationType.INFO_CHANGE:
            state = replace(state, corrections=tuple(self._agency.info_changes(declaration_id)))
        policy = self._policy
        if policy is None:  # the table of the record's month: its limits, and its fixed charges
            policy = self._agency.policy_history().in_force(declaration.period)
        write_receipt_pdf(declaration, unit, summary.submitted_at, path, tr=tr, state=state, policy=policy)
        return path
