"""The local roster: the unit's people as the agency last sent them, followed by the approvals since."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.domain.roster import RosterEntry
from ssclient.store import convert, documents, roster_rows
from ssclient.store.models import DeclarationRow, PersonRow, UnitRow
from ssclient.store.records import RosterPage
from ssclient.store.session import Transactions


class RosterRepository:
    """Every unit's roster; each method is one transaction."""

    def __init__(self, transactions: Transactions) -> None:
        self._tx = transactions

    def replace_roster(
        self,
        unit_code: str,
        entries: Iterable[RosterEntry],
        *,
        fetched_at: datetime | None = None,
        tag: str = "",
    ) -> int:
        """Make `entries` the unit's whole roster (e.g. as the agency sent it, under `tag`). Returns how
        many.

        With `fetched_at`, when the agency was asked for them: approvals recorded after that are applied
        again on top, so a roster fetched before an approval and stored after it does not throw the
        approval's local update away (applying an approval twice gives the same roster). The tag is kept
        only while the roster is the agency's as sent."""
        new = list(entries)
        with self._tx.write() as session:
            session.execute(delete(PersonRow).where(PersonRow.unit_code == unit_code))
            roster_rows.insert_entries(session, unit_code, new)
            roster_rows.set_tag(session, unit_code, tag)
            if fetched_at is not None:
                for declaration in _approved_since(session, unit_code, fetched_at):
                    roster_rows.apply(session, unit_code, declaration)
            return len(new)

    def roster_tag(self, unit_code: str) -> str:
        """The agency's tag of the stored roster ("" when it has none, or it changed here since)."""
        with self._tx.read() as session:
            return session.scalar(select(UnitRow.roster_tag).where(UnitRow.unit_code == unit_code)) or ""

    def roster(self, unit_code: str) -> dict[str, RosterEntry]:
        """The unit's roster by ID number (what RuleContext.roster wants)."""
        with self._tx.read() as session:
            return roster_rows.entries(session, PersonRow.unit_code == unit_code)

    def has_insured(self, unit_code: str) -> bool:
        """Whether anyone on the unit's roster is insured now (a new unit's roster is empty)."""
        active = PersonRow.unit_code == unit_code, PersonRow.status == PersonStatus.ACTIVE
        with self._tx.read() as session:
            return session.scalar(select(PersonRow.id).where(*active).limit(1)) is not None

    def roster_entry(self, unit_code: str, id_number: str) -> RosterEntry | None:
        """One person, by exact (normalized) ID number."""
        with self._tx.read() as session:
            found = roster_rows.entries(
                session, PersonRow.unit_code == unit_code, PersonRow.id_number == id_number
            )
            return found.get(id_number)

    def roster_page(
        self,
        unit_code: str,
        *,
        offset: int = 0,
        limit: int = 100,
        filter_text: str = "",
        statuses: Collection[PersonStatus] | None = None,
    ) -> RosterPage:
        """A page of the roster ordered by name (by pinyin: domain.name_order) then ID number, keeping
        entries whose ID number or name contains `filter_text` (wildcards match literally) or, for a text of
        Latin letters, whose name's pinyin or its initials begin with it ("zhangs", "zs" find 张三), and the
        number of matching entries in all."""
        conditions: list[Any] = [PersonRow.unit_code == unit_code]
        text = filter_text.strip()
        if text:
            conditions.append(or_(*_matching(text)))
        if statuses is not None:
            conditions.append(PersonRow.status.in_(list(statuses)))
        with self._tx.read() as session:
            total = int(session.scalar(select(func.count(PersonRow.id)).where(*conditions)) or 0)
            rows = session.execute(
                select(*roster_rows.COLUMNS)
                .where(*conditions)
                .order_by(PersonRow.name_key, PersonRow.id_number)
                .offset(offset)
                .limit(limit)
            )
            entries = [convert.roster_entry(*row) for row in rows]
        return RosterPage(entries=entries, total=total, offset=offset, filter_text=text)

    def apply_approved(self, unit_code: str, declaration: Declaration) -> None:
        """Update the local roster after the agency approved `declaration` (add, renewal, interruption,
        base change; a payment declaration changes no one). See roster_changes for the reading."""
        with self._tx.write() as session:
            roster_rows.apply(session, unit_code, declaration)


def _approved_since(session: Session, unit_code: str, since: datetime) -> list[Declaration]:
    """The unit's personnel documents approved after `since`, in the order they were decided. One decided
    at the very moment of the fetch counts as known to the agency: its answer came before the fetch."""
    rows = session.scalars(
        select(DeclarationRow)
        .where(
            DeclarationRow.unit_code == unit_code,
            DeclarationRow.status == DeclarationStatus.APPROVED,
            DeclarationRow.type != DeclarationType.PAYMENT,
            DeclarationRow.decided_at > since,
        )
        .order_by(DeclarationRow.decided_at, DeclarationRow.id)
        .options(selectinload(DeclarationRow.lines), selectinload(DeclarationRow.payments))
    )
    return [convert.declaration(row) for row in rows]


def _matching(text: str) -> list[Any]:
    """The conditions of which a person matching the search `text` meets one."""
    pattern = documents.contains_pattern(text)
    found = [PersonRow.id_number.like(pattern, escape="\\"), PersonRow.name.like(pattern, escape="\\")]
    letters = "".join(text.split()).lower()
    if letters.isascii() and letters.isalpha():  # no wildcard in it: a plain prefix pattern
        found += [PersonRow.name_pinyin.like(letters + "%"), PersonRow.name_initials.like(letters + "%")]
    return found
