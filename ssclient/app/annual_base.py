"""Business → Annual base (年度缴费工资申报): last year's wages in, each insured person's new base out,
declared for the whole unit from the policy's first month: one document, or several of at most
MAX_PERSONNEL_LINES people each when the unit insures more than one declaration holds.

Qt-free. `import_wages` reads the wages file and the local roster and plans the new bases with the policy in
force (ssclient.rules.annual_base); it reads a file and the store, so windows run it on a worker
(gui.workers), with progress and Cancel. A file that cannot be used or has bad rows is an answer for the
user, returned as a value (`Refused`); nothing of it is kept. The plan becomes drafts (`declarations`),
saved together (`save`), then checked and declared through the documents use case like every other
document; the agency reviews each with the same rule and, on approval, the roster's bases follow.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ssclient.domain.clock import Clock
from ssclient.domain.clock import today as today_of
from ssclient.domain.declaration import MAX_PERSONNEL_LINES, Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
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
from ssclient.store import Store

__all__ = [
    "PARTIAL_YEAR_ILLUSTRATIVE",
    "TEMPLATE_FILE_NAME",
    "WAGES_MESSAGES",
    "AnnualBase",
    "AnnualBaseLine",
    "AnnualBasePlan",
    "Cap",
    "DeclaredElsewhere",
    "NotInsured",
    "NotInsuredReason",
    "ReadCancelled",
    "Refused",
    "Reopened",
    "WagesProblem",
    "problem_text",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class DeclaredElsewhere:
    """Nothing was saved: `people` of the plan already have their new base in the unit's other annual base
    documents of the year (`documents`, their ids), which would declare them twice."""

    people: int
    documents: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Reopened:
    """A saved annual base document as a plan again; `elsewhere`: the insured people whose new base is in
    the unit's other annual base documents of the same year (its other parts), who are not listed as
    without a line."""

    plan: AnnualBasePlan
    elsewhere: int


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

    def __init__(self, store: Store, unit_code: str, clock: Clock, policy: Policy) -> None:
        self._store = store
        self._unit_code = unit_code
        self._clock = clock
        self.policy = policy

    def import_wages(
        self,
        path: Path,
        *,
        own: Sequence[Declaration] = (),
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> AnnualBasePlan | Refused:
        """Read the wages in `path` and plan the new bases of the insured people no other annual base
        document of the year declares (`own`: the documents the plan will replace). So a corrected whole
        file, imported into one reopened part, gives that part's people. Raises ReadCancelled after
        `cancelled()` turned true."""
        try:
            sheet = read_annual_wages(path, today_of(self._clock), progress, cancelled)
        except UnusableFile as problem:
            return Refused(path.name, file=problem)
        if sheet.refused:
            return Refused(sheet.name, tuple(sheet.problems))
        plan = plan_annual_base(sheet.wages, self._store.roster(self._unit_code), self.policy)
        elsewhere = self._others(own)
        if not elsewhere:
            return plan
        return replace(
            plan,
            lines=tuple(line for line in plan.lines if line.id_number not in elsewhere),
            without_wages=tuple(e for e in plan.without_wages if e.id_number not in elsewhere),
            declared_elsewhere=sum(1 for line in plan.lines if line.id_number in elsewhere),
        )

    def reopen(self, declaration: Declaration) -> Reopened:
        """A saved annual base document as a plan again, against today's roster: its lines (the file's
        totals are not kept) and the insured people no annual base document of this year has a line for."""
        roster = self._store.roster(self._unit_code)
        effective = self.policy.starts
        elsewhere = self._others([declaration])
        named = {normalize_id_number(line.id_number) for line in declaration.lines}
        insured, later = insured_from(roster, effective)
        without = tuple(e for e in insured if e.id_number not in named and e.id_number not in elsewhere)
        lines = tuple(lines_of_declaration(declaration.lines, roster, self.policy))
        plan = AnnualBasePlan(effective, self.policy.year, lines, without, (), tuple(later))
        covered = sum(1 for e in insured if e.id_number in elsewhere and e.id_number not in named)
        return Reopened(plan, covered)

    def declarations(
        self, plan: AnnualBasePlan, period: Period, saved: Sequence[Declaration] = ()
    ) -> list[Declaration]:
        """The drafts to save: the plan's lines, for `period` (the month they are declared in), in parts of
        at most MAX_PERSONNEL_LINES people (what one declaration may hold), by name as the window lists
        them. The documents `saved` (the parts saved before) are replaced in order, keeping their ids and
        statuses; a revision stays one record's replacement in its first part."""
        lines = declaration_lines(plan)
        chunks = [lines[i : i + MAX_PERSONNEL_LINES] for i in range(0, len(lines), MAX_PERSONNEL_LINES)]
        parts = []
        for index, chunk in enumerate(chunks or [[]]):
            kept = saved[index] if index < len(saved) else None
            parts.append(
                Declaration(
                    DeclarationType.ANNUAL_BASE,
                    period,
                    chunk,
                    status=kept.status if kept is not None else DeclarationStatus.DRAFT,
                    id=kept.id if kept is not None else None,
                    replaces_serial=kept.replaces_serial if kept is not None else None,
                )
            )
        return parts

    def save(
        self, parts: Sequence[Declaration], source: str = "", removed: Collection[int] = ()
    ) -> list[Declaration] | DeclaredElsewhere:
        """Save the parts (see `declarations`) to the draft box in one transaction, deleting the parts
        `removed` (saved before, no longer needed); returns them as stored. New parts are noted with
        `source` (the wages file's name) and, when there are several, their place ("wages.xlsx 2/3").
        Nothing is saved when another annual base document of the year names some of their people."""
        elsewhere = self._others(parts, removed)
        clash = {number for part in parts for line in part.lines if (number := line.id_number) in elsewhere}
        if clash:
            return DeclaredElsewhere(len(clash), tuple(sorted({elsewhere[number] for number in clash})))
        count = len(parts)
        notes = [_part_note(source, index + 1, count, part) for index, part in enumerate(parts)]
        ids = self._store.save_drafts(self._unit_code, list(zip(parts, notes, strict=True)), removed=removed)
        # As stored (a saved document is a draft again), without reading back lines just written.
        return [replace(p, id=i, status=DeclarationStatus.DRAFT) for p, i in zip(parts, ids, strict=True)]

    def _others(self, parts: Sequence[Declaration], removed: Collection[int] = ()) -> dict[str, int]:
        """Who the unit's other annual base documents of the year name: not `parts`, the documents
        `removed` with them, nor the records a revision among them replaces."""
        return self._store.people_declared(
            self._unit_code,
            DeclarationType.ANNUAL_BASE,
            str(self.policy.starts),
            excluding=[*(part.id for part in parts if part.id is not None), *removed],
            replaced=[part.replaces_serial for part in parts if part.replaces_serial],
        )

    @staticmethod
    def save_template(path: Path) -> Path:
        """The wages template (.xlsx); raises WriteError when it cannot be written."""
        return save_annual_wages_template(path)


def _part_note(source: str, place: int, count: int, part: Declaration) -> str | None:
    """A part's note: the wages file and the part's place among several. A part saved before keeps its
    note when no file was imported since (a document reopened from the draft box and saved again)."""
    if part.id is not None and not source:
        return None
    where = f"{place}/{count}" if count > 1 else ""
    return " ".join(text for text in (source, where) if text)
