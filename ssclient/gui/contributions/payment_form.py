"""Business → Payment declaration (费款申报) for the current period.

Opened new from the main window (the menu, the toolbar or the home page's next step) it computes at once.
Compute takes the roster and the back payments granted by this period's renewals (from the agency when it
answers) and works out, per person and insurance type, the employer's and the employee's amounts with the
policy's rounding; the lines show with totals per insurance type and per share. "Save to draft box" keeps
the declaration to be checked and declared from the draft box like any other document; the agency
recomputes it and refuses any line that differs.

Opening a saved draft recomputes in the background and lists any line that no longer matches (the roster
changed since), so the user can compute again before declaring.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)

from ssclient.app.contributions import Computed
from ssclient.app.documents import is_editable, is_old_draft
from ssclient.app.documents_rules import PaymentTotals, payment_totals
from ssclient.app.policy_tables import fixed_charge_notes
from ssclient.domain.declaration import Declaration, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.payment_lines_model import PaymentLinesModel
from ssclient.gui.contributions.payment_reads import Followed, follow_saved, read_saved
from ssclient.gui.contributions.titles import show_title
from ssclient.gui.documents.editor_follow import read_only_text
from ssclient.gui.documents.findings_panel import finding_lines
from ssclient.gui.documents.texts import render_finding
from ssclient.gui.forms import child, embed_form
from ssclient.gui.late_fees.form_note import LateFeeNote
from ssclient.gui.policy_figures import illustrative_figures_text
from ssclient.gui.records.views import configure_table, fill_payment_totals, size_columns
from ssclient.gui.unsaved import AsksBeforeClosing
from ssclient.gui.workers import Task, start_call

Index = QModelIndex | QPersistentModelIndex


class PaymentDeclarationForm(AsksBeforeClosing, QWidget):
    """See the module docstring. `saved(declaration_id)` after it was saved to the draft box."""

    saved = Signal(int)
    computed = Signal()
    loaded = Signal()  # the saved declaration opened is read and shown

    def __init__(
        self,
        ctx: AppContext,
        declaration_id: int | None = None,
        parent: QWidget | None = None,
        *,
        compute_now: bool = False,
    ) -> None:
        """`compute_now`: a new declaration computes the period's payment at once, as the main window's
        Payment declaration asks (the accountant came to declare it, not to press Compute first)."""
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self._following: Task | None = None
        self._follow_again = False  # the documents changed while busy: look again when idle
        self._read = declaration_id is None  # a saved declaration is read on a worker
        self.findings: list[Finding] = []
        # What the computation made at opening showed, while nobody computed again: not work to lose.
        self._opening_lines: list[PaymentLine] | None = None
        self._computing_at_opening = False
        # Until a saved declaration is read (on a worker; `loaded` follows), a blank one stands in.
        self.declaration = Declaration(DeclarationType.PAYMENT, ctx.current_period(), id=declaration_id)
        self.read_only = False
        self.setObjectName("PaymentDeclarationForm")
        self._build()
        self._show_totals(payment_totals(()))
        self._update_buttons()
        if declaration_id is not None:
            task = self._start(start_call(read_saved, ctx.documents, declaration_id))
            task.finished.connect(self._loaded)
            task.failed.connect(self.status_label.setText)
        elif compute_now:
            self.compute(at_opening=True)
        # A bound method: Qt drops the connection when this form is deleted.
        ctx.signals.documents_changed.connect(self._follow_store)

    @property
    def is_loaded(self) -> bool:
        """False while the saved declaration is being read."""
        return self._read

    def has_unsaved_changes(self) -> bool:
        """Computed lines not saved (the saved lines, shown as read, are the same objects: quick to compare);
        the computation made at opening is not the user's work until they compute again or save."""
        if not self._read or self.read_only:
            return False
        lines = self.model.lines()
        return lines != self.declaration.payments and lines != self._opening_lines

    def _loaded(self, result: object) -> None:
        assert isinstance(result, tuple)  # read_saved's (declaration, findings, totals)
        self.declaration, stored_findings, totals = result
        self._read = True
        self.read_only = not is_editable(self.declaration.status) or not self._ctx.access.may_edit(
            self.declaration.type
        )
        self._show_title()
        self.model.set_lines(self.declaration.payments)
        self._show_totals(totals)
        self._show_stored_verdict(stored_findings)
        self.loaded.emit()
        if self.declaration.payments and not self.read_only:
            self._task = None  # the load is done: the recheck is the form's task now
            self.recheck()

    @property
    def period(self) -> Period:
        return self.declaration.period

    def _show_title(self) -> None:
        """The title with the period; for a draft of an earlier month, that only the current one can be
        declared (it cannot be moved: its amounts are that month's)."""
        title = self.tr("Payment declaration %1").replace("%1", str(self.period))
        show_title(self, self.title_label, title, self.declaration.replaces_serial)
        current = self._ctx.current_period()
        old = is_old_draft(self.declaration, self.period, current)
        if old:
            self.period_note.setText(
                self.tr(
                    "Only %1 can be declared now: compute its payment from Business → Payment declaration."
                ).replace("%1", str(current))
            )
        self.period_note.setVisible(old)

    def _add_fixed_charge_note(self, form: QWidget) -> None:
        """Under the totals: the fixed monthly charges (a city's 大额医疗) the amounts include, if any."""
        self.fixed_charge_note = QLabel(
            "\n".join(fixed_charge_notes(self._ctx.policy, QCoreApplication.translate)), form
        )
        self.fixed_charge_note.setObjectName("fixedChargeNote")
        self.fixed_charge_note.setWordWrap(True)
        self.fixed_charge_note.setVisible(bool(self.fixed_charge_note.text()))
        layout = form.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(self.totals_box) + 1, self.fixed_charge_note)

    def _build(self) -> None:
        form = embed_form(self, "payment_declaration", margins=0)
        self.late_fee_note = LateFeeNote.under_title(self._ctx, form)
        self.title_label = child(form, QLabel, "titleLabel")
        self.period_note = child(form, QLabel, "periodNote")
        self._show_title()
        self.policy_note = child(form, QLabel, "policyNote")
        if self._ctx.policy.illustrative:
            # The amounts follow a table whose city figures name no official document: say so beside them.
            self.policy_note.setText(self.tr("Illustrative policy (not official)"))
            figures = illustrative_figures_text(self._ctx.policy)
            self.policy_note.setToolTip("\n".join(filter(None, (self._ctx.policy.name, figures))))
            self.policy_note.show()
        self.compute_button = child(form, QPushButton, "computeButton")
        self.save_button = child(form, QPushButton, "saveButton")
        self.status_label = child(form, QLabel, "statusLabel")
        self.totals_box = child(form, QGroupBox, "totalsBox")
        self._add_fixed_charge_note(form)
        grid = self.totals_box.layout()
        assert isinstance(grid, QGridLayout), "payment_declaration.ui: totalsBox has a grid layout"
        self.totals_grid = grid
        self.total_labels: dict[str, QLabel] = {}
        self.findings_list = child(form, QListWidget, "findingsList")
        self.findings_list.hide()
        self.model = PaymentLinesModel(self)
        self.table = configure_table(child(form, QTableView, "paymentLinesTable"), self.model)
        size_columns(
            self.table,
            [
                "11010519491231002X",
                "欧阳娜娜",
                "unemployment",
                "2026-11",
                "24,000.00",
                "1,920.00",
                "3,840.00",
                "5,760.00",
            ],
        )
        # The total stays as wide as its figures, beside them, instead of stretching across the window.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.compute_button.clicked.connect(self.compute)
        self.save_button.clicked.connect(self.save)

    def _update_buttons(self) -> None:
        idle = self._task is None
        self.compute_button.setEnabled(idle and not self.read_only)
        self.save_button.setEnabled(idle and not self.read_only and self.model.rowCount() > 0)

    def _start(self, task: Task) -> Task:
        self._task = task.owned_by(self)  # a closed tab is deleted: its slots must not run after
        task.ended.connect(lambda: self._ended(task))
        self._update_buttons()
        return task

    def _ended(self, task: Task) -> None:
        if self._task is task:  # not the task started after it (the recheck after the load)
            self._task = None
        self._update_buttons()
        self._follow_if_asked()

    # --- computing --------------------------------------------------------------------------------------
    def compute(self, *, at_opening: bool = False) -> Task:
        self.status_label.setText(self.tr("Computing…"))
        self._opening_lines, self._computing_at_opening = None, at_opening
        task = self._start(start_call(self._ctx.contributions.compute, self.period))
        # Online, a roster that changed at the agency was taken in: the roster's windows read it again.
        task.then_emit(self._ctx.signals.roster_changed, when=lambda computed: computed.roster_taken_in)
        task.finished.connect(self._computed)
        task.failed.connect(self.status_label.setText)
        return task

    def _computed(self, result: Computed) -> None:
        lines = result.lines
        self.model.set_lines(lines)
        if self._computing_at_opening:
            self._opening_lines, self._computing_at_opening = self.model.lines(), False
        self._set_findings(result.findings)
        self._show_totals(result.totals)
        people = result.totals.people
        if not lines:
            text = self.tr("No one is insured in %1, so nothing is owed.").replace("%1", str(self.period))
        else:
            text = (
                self.tr("%1 people, %2 lines computed.")
                .replace("%1", f"{people:,}")
                .replace("%2", f"{len(lines):,}")
            )
        if not result.from_agency:
            text += " " + self.tr(
                "The agency could not be reached: the roster saved on this computer was used; compute again "
                "before declaring."
            )
        if waiting := result.waiting:
            text += " " + self.tr(
                "%n personnel document(s) of this period still wait for the agency's answer: this payment "
                "leaves them out. Compute again once they are answered, then declare.",
                "",
                waiting,
            )
        self.status_label.setText(text)
        self._update_buttons()
        self.computed.emit()

    def recheck(self) -> Task:
        """Compare the saved lines with a fresh computation; differences are listed."""
        task = self._start(start_call(self._ctx.contributions.recheck, self.period, self.model.lines()))
        task.finished.connect(self._rechecked)
        task.failed.connect(self.status_label.setText)
        return task

    def _rechecked(self, findings: list[Finding]) -> None:
        if self.declaration.status is DeclarationStatus.REJECTED:
            # The agency's reasons (and what the status line says of them) stay; the fresh comparison adds
            # what they do not already say.
            said = {(f.code, f.field) for f in self.findings}
            self._set_findings([*self.findings, *(f for f in findings if (f.code, f.field) not in said)])
        else:
            self._set_findings(findings)
        if findings and self.declaration.status is not DeclarationStatus.REJECTED:
            self.status_label.setText(
                self.tr("The roster changed since this was computed; press Compute before declaring.")
            )
        self.computed.emit()

    def _set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.findings_list.clear()
        self.findings_list.addItems(finding_lines(findings, self.declaration, render_finding))
        self.findings_list.setVisible(bool(findings))

    # --- following the document's life ------------------------------------------------------------------
    def _show_stored_verdict(self, stored_findings: list[Finding]) -> None:
        """A rejected declaration shows the agency's reasons; one on its way, approved or revoked since (by
        its revision's approval, say) says so."""
        status = self.declaration.status
        if status is DeclarationStatus.REJECTED:
            self._set_findings(stored_findings)
            self.status_label.setText(
                self.tr(
                    "The agency rejected this declaration for the reasons listed below. Press Compute to "
                    "take in the roster's changes, save, and declare it again."
                )
            )
        elif status in (DeclarationStatus.PENDING, DeclarationStatus.SUBMITTED):
            self.status_label.setText(self.tr("Declared: waiting for the agency's answer."))
        elif status in (DeclarationStatus.APPROVED, DeclarationStatus.REVOKED):
            self.status_label.setText(read_only_text(self._ctx, self.declaration))

    def _follow_store(self) -> None:
        """The document moved on (declared, answered, deleted) while this form was open: show where it is
        now instead of what was last done here."""
        if self.declaration.id is None:
            return
        if self._task is not None or self._following is not None:
            self._follow_again = True  # the answer may have come meanwhile: read once more when idle
            return
        task = start_call(follow_saved, self._ctx.documents, self.declaration.id, self.declaration.status)
        self._following = task
        task.finished.connect(self._followed)
        task.ended.connect(self._follow_ended)

    def _follow_ended(self) -> None:
        self._following = None
        self._follow_if_asked()

    def _follow_if_asked(self) -> None:
        if self._follow_again and self._task is None and self._following is None:
            self._follow_again = False
            self._follow_store()

    def _followed(self, followed: object) -> None:
        assert isinstance(followed, Followed)
        if self._task is not None:
            return
        if followed.deleted:  # from the draft box: the lines shown can be saved again, as a new draft
            self.declaration = replace(self.declaration, id=None)
            self.status_label.setText(
                self.tr("This declaration was deleted from the draft box. Save it to keep it as a new draft.")
            )
            self._update_buttons()
            return
        if followed.saved is None:
            return
        stored, stored_findings, totals = followed.saved
        if stored.status is self.declaration.status:
            return
        self.declaration = stored
        self.read_only = not is_editable(stored.status)
        self.model.set_lines(stored.payments)
        self._show_totals(totals)
        self._set_findings([])
        self._show_stored_verdict(stored_findings)
        self._update_buttons()

    def _show_totals(self, totals: PaymentTotals) -> None:
        """The sums under the table, worked out on the worker that brought the lines."""
        self.total_labels = fill_payment_totals(
            self.totals_grid, self.totals_box, totals.by_insurance, totals.overall
        )
        owed = totals.overall.total if self.model.rowCount() else None
        self.late_fee_note.show_for(self.declaration, owed)

    # --- saving -----------------------------------------------------------------------------------------
    def save(self) -> Task | None:
        """Save to the draft box (a new document, or the one opened) on a worker; `saved(id)` follows."""
        lines = self.model.lines()
        if self.read_only or not lines or self._task is not None:
            return None
        # The lines go with a copy: until it is saved, the form's own declaration still holds what was saved
        # before, so that a failed save leaves the lines unsaved (and closing asks).
        task = self._start(start_call(self._ctx.documents.save, replace(self.declaration, payments=lines)))
        task.then_emit(self._ctx.signals.documents_changed)  # heard even if this tab is closed meanwhile
        task.finished.connect(self._saved)
        task.failed.connect(self.status_label.setText)
        return task

    def _saved(self, stored: object) -> None:
        assert isinstance(stored, Declaration) and stored.id is not None
        self.declaration = stored
        self.status_label.setText(
            self.tr("Saved to the draft box. Check and declare it there before the window closes.")
        )
        self.saved.emit(stored.id)
