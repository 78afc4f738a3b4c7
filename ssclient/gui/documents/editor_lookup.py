"""The editor's look-ups by ID number: an interruption finds the person in the local roster; a renewal
brings the person's name, household type and last base along, and their answers of last time.

The roster is the one on this computer (refreshed at log-in and after each approval, never by a window).
A mixin of `DocumentEditor`: it works on the editor's lines model and form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.gui.documents.editor_lines import LineChecks
from ssclient.gui.workers import Task, start_call

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

_ANSWERS = ("migrant_worker", "migrant_insurance", "province", "city", "county")


class RosterLookup(LineChecks):
    """What `DocumentEditor` does when Enter is pressed in the ID number field."""

    answers_filled: SignalInstance
    _lookup_task: Task | None

    def _look_up(self, text: str) -> None:
        number = normalize_id_number(text)
        if self.kind is DeclarationType.RENEWAL:
            self._prefill_renewal(self._roster.get(number))
        else:
            self._fill_from_roster(self._roster.get(number))

    def _fill_from_roster(self, entry: RosterEntry | None) -> None:
        row = self._current
        line = self.form.line()
        line.name = entry.name if entry else ""
        line.wage_base = f"{entry.base:.2f}" if entry else ""
        self.model.set_line(row, line)
        touched = self._touched[row]
        if touched is not None:
            touched.add("id_number")
        self._current = -1
        self._select_row(row)
        if entry is not None:
            self.form.focus_field("reason")

    def _prefill_renewal(self, entry: RosterEntry | None) -> None:
        """Renewal: a person the roster knows brings their name, household type and last base along, and
        (from their last add or renewal, looked up in the background) their migrant-worker answers and home
        region; what the user already typed stays."""
        if entry is None:
            return
        line = self.form.line()
        line.name = line.name or entry.name
        line.hukou_type = line.hukou_type or entry.hukou_type
        line.wage_base = line.wage_base or f"{entry.base:.2f}"
        row = self._current
        self.model.set_line(row, line)
        self._current = -1
        self._select_row(row)
        self.form.focus_field("migrant_worker")
        task = start_call(self._ctx.documents.last_joining_line, entry.id_number).owned_by(self.form)
        self._lookup_task = task
        task.finished.connect(lambda last: self._prefill_answers(row, entry.id_number, last))

    def _prefill_answers(self, row: int, id_number: str, last: object) -> None:
        """The answers the person gave last time, into the fields still empty on that line."""
        if not isinstance(last, DeclarationLine) or row >= self.model.rowCount():
            return
        line = self.model.line(row)
        if normalize_id_number(line.id_number) != normalize_id_number(id_number):
            return  # the user moved on to someone else
        for name in _ANSWERS:
            if not getattr(line, name).strip():
                setattr(line, name, getattr(last, name))
        self.model.set_line(row, line)
        if row == self._current:
            self._current = -1
            self._select_row(row)
            self.form.focus_field("wage_base")
        self.answers_filled.emit(row)
