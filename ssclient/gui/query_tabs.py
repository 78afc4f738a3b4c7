"""The main window's Query tabs: declaration records, payment details, the roster, the payroll
reconciliation, the audit trail and who reaches retirement age. Each opens once, as a tab of the main
window (`open_tab`), its module imported when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ssclient.domain.enums import DeclarationType
from ssclient.gui.payroll import payroll_title

if TYPE_CHECKING:
    from collections.abc import Callable

    from ssclient.gui.context import AppContext


class QueryTabs:
    """Mixed into MainWindow, which provides `ctx`, `open_tab` and `open_editor`. Its titles keep the main
    window's translation context, where they have always been."""

    if TYPE_CHECKING:
        ctx: AppContext

        def open_tab(self, factory: Callable[[], QWidget], title: str, key: str | None = None) -> QWidget: ...

        def open_editor(self, kind: DeclarationType, declaration_id: int | None = None) -> QWidget: ...

    def open_records(self) -> QWidget:
        def make() -> QWidget:
            from ssclient.gui.records.records_window import DeclarationRecordsWindow

            window = DeclarationRecordsWindow(self.ctx)
            window.draft_created.connect(self._open_revision)
            return window

        return self.open_tab(
            make, QCoreApplication.translate("MainWindow", "Declaration records"), "query:records"
        )

    def _open_revision(self, declaration_id: int, kind: str) -> None:
        """Revise made a draft from an approved record: open it to edit."""
        self.open_editor(DeclarationType(kind), declaration_id)

    def open_payment_details(self) -> QWidget:
        def make() -> QWidget:
            from ssclient.gui.records.payments_window import PaymentDetailsWindow

            return PaymentDetailsWindow(self.ctx)

        return self.open_tab(
            make, QCoreApplication.translate("MainWindow", "Payment details"), "query:payments"
        )

    def open_roster(self) -> QWidget:
        def make() -> QWidget:
            from ssclient.gui.records.roster_window import RosterWindow

            return RosterWindow(self.ctx)

        return self.open_tab(make, QCoreApplication.translate("MainWindow", "Insured roster"), "query:roster")

    def open_payroll(self) -> QWidget:
        def make() -> QWidget:
            from ssclient.gui.payroll.window import PayrollWindow

            window = PayrollWindow(self.ctx)
            window.person_requested.connect(self.open_person)
            return window

        return self.open_tab(make, payroll_title(), "query:payroll")

    def open_person(self, id_number: str) -> QWidget:
        """The insured roster, searched for one person (their ID number)."""
        from ssclient.gui.records.roster_window import RosterWindow

        roster = self.open_roster()
        assert isinstance(roster, RosterWindow)
        roster.filter_edit.setText(id_number)
        roster.search()
        return roster

    def open_audit(self) -> QWidget:
        def make() -> QWidget:
            from ssclient.gui.audit_window import AuditWindow

            return AuditWindow(self.ctx)

        return self.open_tab(make, QCoreApplication.translate("MainWindow", "Audit trail"), "query:audit")

    def open_retiring(self) -> QWidget:
        def make() -> QWidget:
            from ssclient.gui.retirement_window import RetirementWindow

            return RetirementWindow(self.ctx)

        return self.open_tab(
            make, QCoreApplication.translate("MainWindow", "Reaching retirement age"), "query:retiring"
        )
