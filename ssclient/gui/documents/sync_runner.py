"""The outbox, run off the GUI thread: declare, send, retry while the agency is away, tell the user.

One `SyncRunner` per logged-in context (`SyncRunner.for_context(ctx)`). `start()` after log-in reconciles
what a crash may have left half-sent and sends what waits; a timer then probes the agency while documents
are pending, so they go out as soon as it answers again. `DeliveryNotifier` shows the agency's verdicts
(approved with the serial number; rejected with the lines and fields to fix).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ssclient.app.documents import DeliveryNews, DocumentSummary
from ssclient.app.documents_outbox import Delivery, SyncReport
from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.findings_panel import finding_lines
from ssclient.gui.documents.texts import document_name, render_finding
from ssclient.gui.workers import Task, TaskControl, start_call, start_task

log = logging.getLogger(__name__)

# How often the agency is asked whether it answers again while documents wait.
PROBE_INTERVAL_MS = 15_000

_runners: weakref.WeakKeyDictionary[AppContext, SyncRunner] = weakref.WeakKeyDictionary()


class SyncRunner(QObject):
    """Runs `Outbox.run` on a worker, one run at a time; `delivered` fires per verdict on the GUI thread."""

    delivered = Signal(object)  # Delivery
    run_finished = Signal(object)  # SyncReport
    run_failed = Signal(str)  # an unexpected failure, already logged; the documents stay pending
    session_expired = Signal()  # the agency ended the session: log in again (the documents stay pending)

    def __init__(self, ctx: AppContext, probe_interval_ms: int = PROBE_INTERVAL_MS) -> None:
        super().__init__()
        self._ctx = ctx
        self._task: Task | None = None
        self._again: tuple[bool, bool] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(probe_interval_ms)
        self._timer.timeout.connect(self._on_timer)
        self.last_report: SyncReport | None = None
        # Per delivered document: its name, content and the payment it makes stale (filled by the run).
        self._news: dict[int, DeliveryNews] = {}

    def news(self, declaration_id: int) -> DeliveryNews:
        """What the run read about a delivered document for its message (empty when it read nothing)."""
        return self._news.get(declaration_id, DeliveryNews(None, None, None))

    @classmethod
    def for_context(cls, ctx: AppContext) -> SyncRunner:
        """The context's runner (made on first use)."""
        runner = _runners.get(ctx)
        if runner is None:
            runner = cls(ctx)
            _runners[ctx] = runner
        return runner

    @classmethod
    def release(cls, ctx: AppContext) -> None:
        """The context is ending: stop its runner, if it has one, so no timed run outlives the session."""
        runner = _runners.pop(ctx, None)
        if runner is not None:
            runner.stop()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def set_probe_interval(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)

    def start(self) -> None:
        """After log-in: reconcile and send what waits, then keep probing while anything is pending."""
        self._timer.start()
        self.kick()

    def stop(self) -> None:
        """At log-out: no more runs (one in flight finishes; its answers are recorded)."""
        self._timer.stop()
        self._again = None
        if self._task is not None:
            self._task.cancel()

    def declare(self, declaration_ids: Iterable[int]) -> Task:
        """Put documents in the outbox (each gets its idempotency key now, on a worker) and send them. The
        task's `finished` carries the keys; a failure (the store refused) is its `failed` message."""
        task = start_call(self._ctx.documents.declare, list(declaration_ids))
        task.finished.connect(self._declared)
        return task

    def _declared(self, result: object) -> None:
        assert isinstance(result, tuple)  # Documents.declare's (keys, how many wait)
        self._ctx.set_pending_count(int(result[1]))
        self._ctx.signals.documents_changed.emit()
        self.kick(force=True)

    def kick(self, *, force: bool = False, probe: bool = False) -> None:
        """Run the outbox now (or right after the run in flight)."""
        if self._ctx.offline_since is not None:
            # Logged in offline: no session at the agency yet. Documents wait until the offline session
            # logs in online (it kicks then); sending now would meet "not logged in" as a refusal.
            return
        if self.busy:
            previous = self._again or (False, False)
            self._again = (previous[0] or force, previous[1] or probe)
            return
        documents = self._ctx.documents
        news = self._news

        def work(control: TaskControl) -> SyncReport:
            # Stopped (the log-out) before a worker was free: the session's store may be closed by now.
            control.check_cancelled()
            # What the verdicts' messages show comes with the report, read here rather than on the GUI thread.
            report, delivered_news = documents.send_waiting(
                force=force, probe=probe, cancelled=lambda: control.cancelled
            )
            news.update(delivered_news)
            return report

        task = start_task(work, QCoreApplication.translate("SyncRunner", "sending documents to the agency"))
        self._task = task
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        task.ended.connect(self._on_ended)

    def _on_timer(self) -> None:
        if self._ctx.pending_count > 0 and not self.busy:
            self.kick(probe=True)

    def _on_finished(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        self.last_report = report
        signals = self._ctx.signals
        self._ctx.set_connected(report.reached_agency)
        self._ctx.set_pending_count(report.still_pending)
        if report.delivered:
            signals.documents_changed.emit()
        if any(d.approved for d in report.delivered):
            signals.roster_changed.emit()
        for delivery in report.delivered:
            self.delivered.emit(delivery)
            self._news.pop(delivery.declaration_id, None)
        if report.session_expired:
            self.session_expired.emit()
        self.run_finished.emit(report)

    def _on_failed(self, message: str) -> None:
        log.error("the outbox run failed: %s", message)
        self.run_failed.emit(message)

    def _on_ended(self) -> None:
        self._task = None
        if self._again is not None:
            force, probe = self._again
            self._again = None
            self.kick(force=force, probe=probe)


class DeliveryNotifier(QObject):
    """Shows the verdicts of each outbox run in a message box over `parent` (non-blocking: the window keeps
    working): a verdict alone in its box, several answered together in one box that counts them and lists
    each (46 drafts of a long staff list declared at once must not make 46 boxes to close). A verdict that
    offers to revise the period's payment keeps a box of its own, for its button."""

    revision_opened = Signal(int)  # the draft revising a payment that no longer matches

    def __init__(self, ctx: AppContext, runner: SyncRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._parent = parent
        self.boxes: list[QMessageBox] = []
        # This run's verdicts with what was known of each document (the runner forgets it once told).
        self._answered: list[tuple[Delivery, DeliveryNews]] = []
        runner.delivered.connect(self._take_delivery)
        runner.run_finished.connect(self._show_answered)

    def _take_delivery(self, delivery: object) -> None:
        assert isinstance(delivery, Delivery)
        self._answered.append((delivery, self._runner.news(delivery.declaration_id)))

    def _show_answered(self, _report: object) -> None:
        answered, self._answered = self._answered, []
        alone = [pair for pair in answered if pair[1].stale_payment is not None]
        together = [pair for pair in answered if pair[1].stale_payment is None]
        if len(together) > 1:
            self._show_together(together)
        else:
            alone += together
        for delivery, news in alone:
            self.show_delivery(delivery, news)

    def _show_together(self, answered: list[tuple[Delivery, DeliveryNews]]) -> QMessageBox:
        approved = sum(1 for delivery, _news in answered if delivery.approved)
        rejected = len(answered) - approved
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning if rejected else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Declarations answered"))
        box.setText(
            self.tr("The agency answered %n declaration(s): %1 approved, %2 rejected.", "", len(answered))
            .replace("%1", str(approved))
            .replace("%2", str(rejected))
        )
        if rejected:
            box.setInformativeText(
                self.tr(
                    "Find the rejected ones under My documents → Rejected, fix what each lists, and declare them "
                    "again."
                )
            )
        box.setDetailedText("\n".join(self._verdict_line(delivery, news) for delivery, news in answered))
        return self._open(box)

    def _verdict_line(self, delivery: Delivery, news: DeliveryNews) -> str:
        title = self._title(delivery.declaration_id, news.summary)
        if delivery.approved:
            text = self.tr("%1: approved, serial number %2").replace("%2", delivery.serial_number or "")
        else:
            text = self.tr("%1: rejected, %n problem(s) to fix", "", len(delivery.findings))
        return text.replace("%1", title)

    def show_delivery(self, delivery: object, news: DeliveryNews | None = None) -> QMessageBox:
        """One verdict in a box of its own (`news`: what was known of the document; asked of the runner
        when not given)."""
        assert isinstance(delivery, Delivery)
        news = news or self._runner.news(delivery.declaration_id)
        box = QMessageBox(self._parent)
        title = self._title(delivery.declaration_id, news.summary)
        if delivery.approved:
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Declaration approved"))
            box.setText(
                self.tr("%1 was approved by the agency.\nSerial number: %2")
                .replace("%1", title)
                .replace("%2", delivery.serial_number or "")
            )
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Declaration rejected"))
            box.setText(
                self.tr(
                    "%1 was rejected by the agency. Find it under My documents → Rejected, fix what is listed below, and declare it again."
                ).replace("%1", title)
            )
            box.setInformativeText("\n".join(finding_lines(delivery.findings, news.document, render_finding)))
        if delivery.approved and news.summary is not None and news.stale_payment is not None:
            self._offer_payment_revision(box, news.summary, news.stale_payment)
        return self._open(box)

    def _open(self, box: QMessageBox) -> QMessageBox:
        if not box.buttons():
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _result: self._forget(box))
        self.boxes.append(box)
        box.open()
        return box

    def _offer_payment_revision(
        self, box: QMessageBox, changed: DocumentSummary, paid: DocumentSummary
    ) -> None:
        """A personnel change approved after the period's payment: the payment no longer matches. Say so,
        and offer Revise (a draft replacing it, opened for computing again when the window can open it)."""
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            self.tr(
                "The payment declaration for %1 (serial %2) was approved before this change and no longer "
                "matches the roster. Revise it: compute it again and declare the revision."
            )
            .replace("%1", str(changed.period))
            .replace("%2", paid.serial_number or "")
        )
        revise = box.addButton(self.tr("Revise the payment"), QMessageBox.ButtonRole.AcceptRole)
        revise.clicked.connect(lambda: self.revise_payment(paid))
        box.setDefaultButton(revise)

    def revise_payment(self, payment: DocumentSummary) -> Task:
        """Make (or find, on a worker) the draft revising `payment` and open it; `revision_opened(id)`
        follows."""
        task = start_call(self._ctx.contributions.revision_of, payment)
        task.finished.connect(self._open_revision)
        return task

    def _open_revision(self, draft_id: object) -> None:
        assert isinstance(draft_id, int)
        self._ctx.signals.documents_changed.emit()
        self.revision_opened.emit(draft_id)
        open_editor = getattr(self._parent, "open_editor", None)
        if callable(open_editor):  # the main window
            open_editor(DeclarationType.PAYMENT, draft_id)

    def _forget(self, box: QMessageBox) -> None:
        if box in self.boxes:
            self.boxes.remove(box)
        box.deleteLater()

    def _title(self, declaration_id: int, summary: DocumentSummary | None) -> str:
        if summary is None:
            return self.tr("Document %1").replace("%1", str(declaration_id))
        return document_name(summary, self._ctx.clock.now().tzinfo)
