"""The tray icon and the desktop reminders: the month's state in the icon's tooltip, a notification a few
days before the declaration window closes while something is undeclared or rejected, and one on the day a
payment falls due.

What to remind of is decided in app.reminders (pure, from the month's summary and the injected clock's
day); this part reads the summary on a worker (app.month), shows the tooltip and the notifications, and
offers a switch for each reminder in the icon's menu, kept in the settings. Without a system tray (some desktops, the offscreen platform) there is no icon and no
notification; the state is still read and `notified` still tells what would have been shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ssclient.app.month import MonthSummary, NextStep
from ssclient.app.reminders import (
    MonthReminders,
    MonthState,
    Reminder,
    ReminderKind,
    ReminderSwitches,
    due_reminders,
)
from ssclient.gui.context import AppContext
from ssclient.gui.icons import app_icon
from ssclient.gui.status import window_text
from ssclient.gui.workers import Task, start_call

# How often the month is read again while nothing changes (a day may turn meanwhile).
CHECK_EVERY_MS = 30 * 60 * 1000
# How long a notification stays up.
MESSAGE_MS = 20_000


class ReminderTray(QObject):
    updated = Signal(object)  # the MonthSummary read
    notified = Signal(object)  # a Reminder shown (or due, when there is no tray to show it in)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown: set[str] = set()
        self.tooltip = ""
        self.menu = QMenu(self.tr("Reminders"), parent)
        self.menu.setObjectName("remindersMenu")
        self.window_closing_action = self._switch(
            "remindWindowClosing",
            self.tr("Remind me before the declaration window closes"),
            ctx.settings.remind_window_closing,
            self._set_window_closing,
        )
        self.payment_due_action = self._switch(
            "remindPaymentDue",
            self.tr("Remind me on the day a payment falls due"),
            ctx.settings.remind_payment_due,
            self._set_payment_due,
        )
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._raise_window)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.signals.documents_changed.connect(self.refresh)
        ctx.signals.policy_changed.connect(self.refresh)

    def _switch(self, name: str, text: str, on: bool, slot: Callable[[bool], None]) -> QAction:
        action = QAction(text, self.menu)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setChecked(on)
        action.toggled.connect(slot)
        self.menu.addAction(action)
        return action

    def _set_window_closing(self, on: bool) -> None:
        self._ctx.settings.remind_window_closing = on

    def _set_payment_due(self, on: bool) -> None:
        self._ctx.settings.remind_payment_due = on

    def _raise_window(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget):
            window.showNormal()
            window.raise_()
            window.activateWindow()

    # --- running ---------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.tray is not None:
            self.tray.show()
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def refresh(self) -> Task | None:
        """Read the month again (on a worker), then update the tooltip and remind of what is due."""
        ctx = self._ctx
        if not ctx.has_store or not ctx.unit_code:
            return None
        reminders = MonthReminders(ctx.month, ctx.agency_or_none)
        task = start_call(reminders.read, ctx.unit_code, ctx.policy, ctx.today())
        task.finished.connect(self._update)
        return task

    def _update(self, state: MonthState) -> None:
        summary = state.summary
        self.tooltip = self.month_text(summary)
        if self.tray is not None:
            self.tray.setToolTip(self.tooltip)
        switches = ReminderSwitches(
            self.window_closing_action.isChecked(), self.payment_due_action.isChecked()
        )
        shown = frozenset(self._shown)
        for reminder in due_reminders(summary, self._ctx.today(), switches, shown, paid=state.paid):
            self._shown.add(reminder.key)
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr("Social insurance"),
                    self.reminder_text(reminder),
                    QSystemTrayIcon.MessageIcon.Information,
                    MESSAGE_MS,
                )
            self.notified.emit(reminder)
        self.updated.emit(summary)

    # --- texts -----------------------------------------------------------------------------------------
    def month_text(self, summary: MonthSummary) -> str:
        """The tooltip: the period, the window, and the next thing to do."""
        window, _ = window_text(self._ctx.policy, summary.window.today)
        title = self.tr("Social insurance %1").replace("%1", str(summary.period))
        return f"{title}\n{window}\n{self._next(summary)}"

    def _next(self, summary: MonthSummary) -> str:
        step = summary.next_step
        texts = {
            NextStep.ADD_PERSONNEL: self.tr("Next: add the employees to insure."),
            NextStep.FIX_REJECTED: self.tr("Next: fix the documents the agency rejected (%1)."),
            NextStep.DECLARE_DRAFTS: self.tr("Next: declare the drafted documents (%1)."),
            NextStep.DECLARE_PAYMENT: self.tr("Next: declare the payment."),
            NextStep.REVISE_PAYMENT: self.tr("Next: revise the payment; personnel changed after it."),
            NextStep.WAIT_FOR_AGENCY: self.tr("Waiting for the agency's answer (%1)."),
            NextStep.ALL_DONE: self.tr("Everything of the month is declared."),
            NextStep.WINDOW_CLOSED: self.tr("The window is closed; drafts can be prepared."),
        }
        counts = {
            NextStep.FIX_REJECTED: summary.total("rejected"),
            NextStep.DECLARE_DRAFTS: summary.total("drafted"),
            NextStep.WAIT_FOR_AGENCY: summary.total("waiting"),
        }
        return texts[step].replace("%1", str(counts.get(step, "")))

    def reminder_text(self, reminder: Reminder) -> str:
        period = str(reminder.period)
        if reminder.kind is ReminderKind.PAYMENT_DUE:
            # No payment due date exists yet: the payment declaration's deadline stands in (app.reminders).
            return self.tr("The payment for %1 falls due today.").replace("%1", period)
        if reminder.days_left == 1:
            text = self.tr("The declaration window for %1 closes today.")
        else:
            text = self.tr("The declaration window for %1 closes in %2 days.")
        parts = [text.replace("%1", period).replace("%2", str(reminder.days_left))]
        if reminder.undeclared:
            parts.append(self.tr("Not declared yet: %1.").replace("%1", str(reminder.undeclared)))
        if reminder.rejected:
            parts.append(self.tr("Rejected, waiting to be fixed: %1.").replace("%1", str(reminder.rejected)))
        return " ".join(parts)
