"""The home page: the accountant's month at a glance, shown while no tab is open.

The period and the days left in the declaration window; per business type what is drafted, waiting,
rejected and approved this period; whether the payment is declared and still current; and the next thing
to do as one button. The numbers come from the local store on a worker (app/month.py) and follow every
change of documents, roster, policy or unit. Below, the frequent actions start something new.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.month import MonthSummary, NextStep, PaymentState
from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.texts import document_title
from ssclient.gui.paying.home_status import PaymentStatusLabel
from ssclient.gui.status import window_text
from ssclient.gui.workers import Task, start_call

# The columns of the month's table: a TypeCounts attribute each.
COLUMNS = ("drafted", "waiting", "rejected", "approved")
# What the next-step button opens (an action of the main window), by step.
STEP_ACTIONS = {
    NextStep.ADD_PERSONNEL: "addPersonnel",
    NextStep.FIX_REJECTED: "rejected",
    NextStep.DECLARE_DRAFTS: "draftBox",
    NextStep.DECLARE_PAYMENT: "paymentDeclaration",
    NextStep.REVISE_PAYMENT: "declarationRecords",
    NextStep.WAIT_FOR_AGENCY: "submitted",
    NextStep.ALL_DONE: "paymentDetails",
    NextStep.WINDOW_CLOSED: "draftBox",
}
# How often the page reads the month again while it shows (for the days left): every ten minutes.
_REREAD_MS = 10 * 60 * 1000
_BOX_STYLE = "QFrame#%s { border:1px solid #c5d3e8; border-radius:6px; background:#f5f9ff; }"
_NEXT_STYLE = (
    "QPushButton { background:#1f6fd1; color:white; font-weight:bold; border:none; border-radius:4px;"
    " padding:6px 18px; } QPushButton:hover { background:#185bb0; }"
)
# The payment line's colour by its state: a stale payment needs attention, a current one is done.
_PAYMENT_STYLES = {
    PaymentState.NOT_DECLARED: "",
    PaymentState.WAITING: "",
    PaymentState.CURRENT: "color:#1e7e34;",
    PaymentState.STALE: "color:#b06000; font-weight:bold;",
}
_QUICK_STYLE = (
    "QPushButton { text-align:left; padding:6px 12px; border:1px solid #c5d3e8; border-radius:6px;"
    " background:#ffffff; } QPushButton:hover { background:#e3eefc; }"
)


class HomePage(QWidget):
    """`updated` after the month was read and shown (tests wait for it)."""

    updated = Signal()

    def __init__(self, ctx: AppContext, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._ctx = ctx
        self._actions = actions
        self._task: Task | None = None
        self._again = False
        self.summary: MonthSummary | None = None
        self.count_labels: dict[tuple[DeclarationType, str], QLabel] = {}
        self._build()
        for signal in (
            ctx.signals.documents_changed,
            ctx.signals.roster_changed,
            ctx.signals.policy_changed,
            ctx.signals.unit_changed,
        ):
            signal.connect(self.refresh)
        # The days left change at midnight, with no document moving: read again now and then.
        self.reread_timer = QTimer(self)
        self.reread_timer.setInterval(_REREAD_MS)
        self.reread_timer.timeout.connect(self.refresh)
        self.reread_timer.start()

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        outer.setSpacing(14)
        self.heading = QLabel(self)
        self.heading.setObjectName("monthHeading")
        self.heading.setStyleSheet("font-size:16pt; font-weight:bold;")
        self.window_label = QLabel(self)
        self.window_label.setObjectName("windowLabel")
        outer.addWidget(self.heading)
        outer.addWidget(self.window_label)
        outer.addWidget(self._next_step_box())
        outer.addWidget(self._month_box())
        outer.addWidget(self._quick_actions())
        outer.addStretch(1)

    def _next_step_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("nextStepBox")
        box.setStyleSheet(_BOX_STYLE % "nextStepBox")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        self.next_label = QLabel(self.tr("Reading this month's documents…"), box)
        self.next_label.setObjectName("nextStepLabel")
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("font-size:11pt;")
        self.next_button = QPushButton(box)
        self.next_button.setObjectName("nextStepButton")
        self.next_button.setMinimumHeight(36)
        # As wide as its text: beside a word-wrapped label it was squeezed to a few letters.
        self.next_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.next_button.setStyleSheet(_NEXT_STYLE)
        self.next_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.next_button.clicked.connect(self._do_next_step)
        self.next_button.hide()
        layout.addWidget(self.next_label, 1)
        layout.addWidget(self.next_button)
        return box

    def _month_box(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        titles = (self.tr("Drafted"), self.tr("Waiting"), self.tr("Rejected"), self.tr("Approved"))
        grid.addWidget(self._bold(self.tr("This period"), box), 0, 0)
        for column, title in enumerate(titles, 1):
            header = self._bold(title, box)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        for row, kind in enumerate(DeclarationType, 1):
            grid.addWidget(QLabel(document_title(kind), box), row, 0)
            for column, attribute in enumerate(COLUMNS, 1):
                label = QLabel("–", box)
                label.setObjectName(f"count_{kind.value}_{attribute}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                label.setMinimumWidth(72)
                self.count_labels[(kind, attribute)] = label
                grid.addWidget(label, row, column)
        self.payment_label = QLabel(box)
        self.payment_label.setObjectName("paymentState")
        self.payment_label.setWordWrap(True)
        grid.addWidget(self.payment_label, len(DeclarationType) + 1, 0, 1, len(COLUMNS) + 1)
        self.collection_label = PaymentStatusLabel(self._ctx, box)  # the payment as the agency has it
        grid.addWidget(self.collection_label, len(DeclarationType) + 2, 0, 1, len(COLUMNS) + 1)
        grid.setColumnStretch(len(COLUMNS) + 1, 1)
        return box

    def _quick_actions(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._bold(self.tr("Start something new"), box))
        row = QHBoxLayout()
        for name in ("addPersonnel", "renewPersonnel", "interruptPersonnel", "contributionBase"):
            action = self._actions.get(name)
            if action is None:
                continue
            button = QPushButton(action.text(), box)
            button.setObjectName(f"home_{name}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(_QUICK_STYLE)
            button.clicked.connect(action.trigger)
            # An action the operator may not use is off here too, its tooltip saying why.
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip() if not action.isEnabled() else "")
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _bold(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setStyleSheet("font-weight:bold;")
        return label

    # --- reading the month ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the month again, off the GUI thread; a refresh asked meanwhile runs once after it.
        Hidden behind a tab, the page reads nothing: it reads when it shows again."""
        ctx = self._ctx
        if not ctx.has_store or not ctx.unit_code or not self.isVisible():
            return
        if self._task is not None:
            self._again = True
            return
        self.collection_label.refresh()
        self._task = start_call(ctx.month.summary, ctx.unit_code, ctx.policy)
        self._task.finished.connect(self._show)
        self._task.failed.connect(self.next_label.setText)
        self._task.ended.connect(self._read_ended)

    def _read_ended(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Shown (at log-in, or back from the tabs): what moved meanwhile and the days left are read now.
        super().showEvent(event)
        self.refresh()

    # --- showing it -------------------------------------------------------------------------------------
    def _show(self, summary: MonthSummary) -> None:
        self.summary = summary
        self.heading.setText(self.tr("Period %1").replace("%1", str(summary.period)))
        text, window_open = window_text(self._ctx.policy, summary.window.today)
        self.window_label.setText(text)
        self.window_label.setStyleSheet("" if window_open else "color:#b06000;")
        for (kind, attribute), label in self.count_labels.items():
            count = getattr(summary.counts[kind], attribute)
            label.setText(str(count) if count else "–")
            alert = attribute == "rejected" and count
            label.setStyleSheet("color:#c0392b; font-weight:bold;" if alert else "")
        self.payment_label.setText(self._payment_text(summary))
        self.payment_label.setStyleSheet(_PAYMENT_STYLES[summary.payment])
        step = summary.next_step
        self.next_label.setText(self._step_text(summary, step))
        action = self._actions.get(STEP_ACTIONS[step])
        self.next_button.setVisible(action is not None and action.isEnabled())
        if action is not None:
            self.next_button.setText(self._step_button(step))
        self.updated.emit()

    def _payment_text(self, summary: MonthSummary) -> str:
        period = str(summary.period)
        if summary.nothing_to_pay:
            return self.tr("Nobody is insured for %1 yet: there is no payment to declare.").replace(
                "%1", period
            )
        texts = {
            PaymentState.NOT_DECLARED: self.tr("The payment for %1 is not declared yet."),
            PaymentState.WAITING: self.tr("The payment for %1 waits for the agency's answer."),
            PaymentState.CURRENT: self.tr("The payment for %1 is declared (%2) and matches the roster."),
            PaymentState.STALE: self.tr(
                "The payment for %1 was declared (%2), but personnel changed since: revise it so that "
                "it matches the roster."
            ),
        }
        return texts[summary.payment].replace("%1", period).replace("%2", summary.payment_serial or "")

    def _step_text(self, summary: MonthSummary, step: NextStep) -> str:
        period = str(summary.period)
        if step is NextStep.WINDOW_CLOSED:
            return self.tr("The declaration window is closed. Drafts can be prepared meanwhile.")
        if step is NextStep.ADD_PERSONNEL:
            return self.tr("Next: nobody is insured by this unit yet. Add the employees to insure.")
        if step is NextStep.FIX_REJECTED:
            count = summary.total("rejected")
            return self.tr("Next: the agency rejected %n document(s). Fix and declare them again.", "", count)
        if step is NextStep.DECLARE_DRAFTS:
            count = summary.total("drafted")
            return self.tr("Next: check and declare %n drafted document(s).", "", count)
        if step is NextStep.DECLARE_PAYMENT:
            return self.tr("Next: compute and declare the payment for %1.").replace("%1", period)
        if step is NextStep.REVISE_PAYMENT:
            return self.tr("Next: revise the payment for %1; personnel changed after it.").replace(
                "%1", period
            )
        if step is NextStep.WAIT_FOR_AGENCY:
            count = summary.total("waiting")
            return self.tr("%n document(s) wait for the agency's answer; nothing else to do now.", "", count)
        return self.tr("Everything for %1 is declared. Give the employees their monthly statements.").replace(
            "%1", period
        )

    def _step_button(self, step: NextStep) -> str:
        texts = {
            NextStep.ADD_PERSONNEL: self.tr("Add personnel"),
            NextStep.FIX_REJECTED: self.tr("Open rejected documents"),
            NextStep.DECLARE_DRAFTS: self.tr("Open the draft box"),
            NextStep.DECLARE_PAYMENT: self.tr("Declare the payment"),
            NextStep.REVISE_PAYMENT: self.tr("Open declaration records"),
            NextStep.WAIT_FOR_AGENCY: self.tr("See what was submitted"),
            NextStep.ALL_DONE: self.tr("Monthly statements"),
            NextStep.WINDOW_CLOSED: self.tr("Open the draft box"),
        }
        return texts[step]

    def _do_next_step(self) -> None:
        if self.summary is None:
            return
        action = self._actions.get(STEP_ACTIONS[self.summary.next_step])
        if action is not None:
            action.trigger()
