"""The audit trail: every submission, agency answer and revoke of the unit, with the exact bytes sent and
received, kept in a hash chain in the store's file (ssclient.store.audit).

`Audit.recorder` is what the session hands the agency client, so each exchange it reports is stored;
the rest serves Query → Audit trail. Everything here reads or writes the disk: call it from a worker
(the recorder runs where the agency client runs, already off the GUI thread).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient.domain.clock import china_time
from ssclient.io.atomic import atomic_write
from ssclient.store.audit import AuditEntry as AuditEntry
from ssclient.store.audit import AuditRecord, AuditTrail
from ssclient.store.audit import ChainCheck as ChainCheck

if TYPE_CHECKING:
    from ssclient.domain.clock import Clock
    from ssclient.sync.exchanges import Exchange, Recorder

CSV_COLUMNS = (
    "time",
    "unit",
    "operator",
    "action",
    "reference",
    "method",
    "path",
    "status",
    "request",
    "response",
    "hash",
)


class Audit:
    """The audit trail in the store file at `store_path`."""

    def __init__(self, store_path: Path, clock: Clock) -> None:
        self.store_path = store_path
        self.clock = clock

    @contextmanager
    def _trail(self) -> Iterator[AuditTrail]:
        """The trail on a connection of its own for the moment of one use: reads and exchanges are rare."""
        trail = AuditTrail(self.store_path)
        try:
            yield trail
        finally:
            trail.close()

    def recorder(self, unit_code: str, operator: str) -> Recorder:
        """A recorder for the agency client: each kept exchange becomes an entry in the trail."""

        def record(e: Exchange) -> None:
            with self._trail() as trail:
                trail.append(
                    AuditRecord(
                        self.clock.now(),
                        unit_code,
                        operator,
                        e.action,
                        e.reference,
                        e.method,
                        e.path,
                        e.status,
                        e.request,
                        e.response,
                    )
                )

        return record

    def entries(self, unit_code: str, search: str) -> list[AuditEntry]:
        with self._trail() as trail:
            return trail.entries(unit_code, search)

    def verify(self) -> ChainCheck:
        with self._trail() as trail:
            return trail.verify()

    @staticmethod
    def write_csv(target: Path, entries: list[AuditEntry]) -> Path:
        """UTF-8 with a BOM, so that Excel on Chinese Windows opens it without mojibake."""
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        for entry in entries:
            record = entry.record
            writer.writerow(
                [china_time(record.at).isoformat(timespec="seconds"), record.unit_code, record.operator, record.action,
                 record.reference, record.method, record.path, record.status, body_text(record.request),
                 body_text(record.response), entry.entry_hash]
            )  # fmt: skip
        with atomic_write(target) as file:
            file.write(text.getvalue().encode("utf-8-sig"))
        return target


def body_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")
