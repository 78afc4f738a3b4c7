"""Business → Annual base (年度缴费工资申报): last year's wages in, each insured person's new base out,
declared as one document for the whole unit from the policy's first month.

Qt-free. `import_wages` reads the wages file and the local roster and plans the new bases with the policy in
force (ssclient.rules.annual_base); it reads a file and the store, so windows run it on a worker
(gui.workers), with progress and Cancel. A file that cannot be used or has bad rows is an answer for the
user, returned as a value (`Refused`); nothing of it is kept. The plan becomes a draft (`declaration`),
saved, checked and declared through the documents use case like every other document; the agency reviews
it with the same rule and, on approval, the roster's bases follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ssclient.domain.clock import Clock
from ssclient.domain.clock import today as today_of
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.io.annual_wages import WAGES_MESSAGES, WagesProblem, read_annual_wages, wages_problem_text
from ssclient.io.annual_wages_template import TEMPLATE_FILE_NAME, save_annual_wages_template
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.messages import Translate, english
from ssclient.policy.model import Policy
from ssclient.rules.annual_base import (
    PARTIAL_YEAR_ILLUSTRATIVE,
    AnnualBaseLine,
    AnnualBasePlan,
    Cap,
    NotInsured,
    NotInsuredReason,
    declaration_lines,
    insured_from,
    lines_of_declaration,
    plan_annual_base,
)

__all__ = [
    "PARTIAL_YEAR_ILLUSTRATIVE",
    "TEMPLATE_FILE_NAME",
    "WAGES_MESSAGES",
    "AnnualBase",
    "AnnualBaseLine",
    "AnnualBasePlan",
    "Cap",
    "NotInsured",
    "NotInsuredReason",
    "ReadCancelled",
    "Refused",
    "WagesProblem",
    "problem_text",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class AnnualBaseStore(Protocol):
    def roster(self, unit_code: str) -> dict[str, RosterEntry]: ...


@dataclass(frozen=True, slots=True)
class Refused:
    """The wages file was not taken: `file` when it cannot be used at all, else its bad rows."""

    name: str
    problems: tuple[WagesProblem, ...] = ()
    file: UnusableFile | None = None

    def reason(self, tr: Translate = english) -> str:
        return self.file.reason(tr) if self.file is not None else ""


def problem_text(item: Finding, tr: Translate = english) -> str:
    """A wages problem's message in the language `tr` speaks."""
    return wages_problem_text(item, tr)


class AnnualBase:
    """The annual base declaration of one logged-in unit, under the policy in force."""

    def __init__(self, store: AnnualBaseStore, unit_code: str, clock: Clock, policy: Policy) -> None:
        self._store = store
        self._unit_code = unit_code
        self._clock = clock
        self.policy = policy

    def import_wages(
        self, path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> AnnualBasePlan | Refused:
        """Read the wages in `path` and plan every insured person's new base. Raises ReadCancelled after
        `cancelled()` turned true."""
        try:
            sheet = read_annual_wages(path, today_of(self._clock), progress, cancelled)
        except UnusableFile as problem:
            return Refused(path.name, file=problem)
        if sheet.refused:
            return Refused(sheet.name, tuple(sheet.problems))
        return plan_annual_base(sheet.wages, self._store.roster(self._unit_code), self.policy)

    def reopen(self, declaration: Declaration) -> AnnualBasePlan:
        """A saved annual base document as a plan again, against today's roster: its lines (the file's
        totals are not kept) and the insured people it has no line for."""
        roster = self._store.roster(self._unit_code)
        named = {normalize_id_number(line.id_number) for line in declaration.lines}
        insured, later = insured_from(roster, self.policy.starts)
        without = tuple(e for e in insured if e.id_number not in named)
        lines = tuple(lines_of_declaration(declaration.lines, roster, self.policy))
        return AnnualBasePlan(self.policy.starts, self.policy.year, lines, without, (), tuple(later))

    def declaration(
        self, plan: AnnualBasePlan, period: Period, saved: Declaration | None = None
    ) -> Declaration:
        """The draft to save: the plan's lines, for `period` (the month it is declared in); `saved` is the
        document it replaces in the draft box, whose id and status it keeps."""
        return Declaration(
            DeclarationType.ANNUAL_BASE,
            period,
            declaration_lines(plan),
            status=saved.status if saved is not None else DeclarationStatus.DRAFT,
            id=saved.id if saved is not None else None,
            replaces_serial=saved.replaces_serial if saved is not None else None,
        )

    @staticmethod
    def save_template(path: Path) -> Path:
        """The wages template (.xlsx); raises WriteError when it cannot be written."""
        return save_annual_wages_template(path)
