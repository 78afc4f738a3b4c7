"""The main window's status bar: the unit, the agency connection (with the training-agency marker), the
declaration window from the injected clock and the policy, whether the policy in force is illustrative
(示例政策（非官方）), and how many documents wait in the outbox."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from ssclient.app.month import Policy, window_state
from ssclient.app.session import SessionController
from ssclient.domain.clock import china_time
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.policy_figures import illustrative_figures_text
from ssclient.gui.workers import Task, start_call

TRAINING_STYLE = (
    "background:#fff3cd; color:#7a4b00; border:1px solid #e0a100; padding:1px 6px; font-weight:bold;"
)
OPEN_STYLE = "color:#2e7d32;"
CLOSED_STYLE = "color:#c62828;"
ILLUSTRATIVE_STYLE = "color:#7a4b00; border:1px solid #e0a100; padding:1px 6px;"
# How often the connection light asks the agency (milliseconds); the outbox reports too.
HEALTH_INTERVAL_MS = 30_000
# The window text changes at midnight; a minute's delay is fine.
CLOCK_INTERVAL_MS = 60_000


def english_ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def window_text(policy: Policy, today: date) -> tuple[str, bool]:
    """The declaration window on that day: ("open until the 23rd, 3 days left", True) and the like.

    %1 is the English ordinal day, %2 the plain day number (for languages without ordinals), %3 the days
    left counting today.
    """
    state = window_state(policy, today)
    if state.window_open and state.closes_on is not None:
        if state.days_left == 1:
            template = QCoreApplication.translate(
                "StatusBar", "Declaration window open until the %1 — today is the last day"
            )
        else:
            template = QCoreApplication.translate(
                "StatusBar", "Declaration window open until the %1, %3 days left"
            )
        return _fill(template, state.closes_on.day, state.days_left), True
    opens = state.next_open.day if state.next_open is not None else policy.window_first_day
    return _fill(
        QCoreApplication.translate("StatusBar", "Declaration window closed until the %1"), opens, 0
    ), False


def _fill(template: str, day: int, days_left: int) -> str:
    return template.replace("%1", english_ordinal(day)).replace("%2", str(day)).replace("%3", str(days_left))


class ShellStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shellStatusBar")
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName("unitStatus")
        # A long unit name gives way (whole in its tooltip) rather than widen the window past a small
        # screen: the status bar set the main window's least width.
        self.unit_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.training_label = QLabel(QCoreApplication.translate("StatusBar", "Training agency (local)"), self)
        self.training_label.setObjectName("trainingStatus")
        self.training_label.setStyleSheet(TRAINING_STYLE)
        self.training_label.setToolTip(
            QCoreApplication.translate(
                "StatusBar",
                "This agency runs on this computer for practice. Nothing declared here reaches the real agency.",
            )
        )
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionStatus")
        self.window_label = QLabel(self)
        self.window_label.setObjectName("windowStatus")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingStatus")
        self.policy_label = QLabel(
            QCoreApplication.translate("StatusBar", "Illustrative policy (not official)"), self
        )
        self.policy_label.setObjectName("policyStatus")
        self.policy_label.setStyleSheet(ILLUSTRATIVE_STYLE)
        for label in (self.unit_label, self.connection_label, self.window_label, self.pending_label):
            label.setContentsMargins(6, 0, 6, 0)
        self.addWidget(self.unit_label, 1)  # the room the permanent labels leave
        self.addPermanentWidget(self.policy_label)
        self.addPermanentWidget(self.window_label)
        self.addPermanentWidget(self.pending_label)
        self.addPermanentWidget(self.training_label)
        self.addPermanentWidget(self.connection_label)

        signals = ctx.signals
        signals.unit_changed.connect(self.show_unit)
        signals.connection_changed.connect(self.show_connection)
        signals.pending_changed.connect(self.show_pending)
        signals.policy_changed.connect(self.show_window)
        signals.policy_changed.connect(self.show_policy)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self._clock_timer.timeout.connect(self.show_window)
        self._clock_timer.start()
        self._health_timer = QTimer(self)
        self._health_timer.setInterval(HEALTH_INTERVAL_MS)
        self._health_timer.timeout.connect(self.check_connection)
        self._health_task: Task | None = None
        self.refresh()

    def refresh(self) -> None:
        self.show_unit()
        if self.ctx.settings.agency_url:
            self.training_label.setText(QCoreApplication.translate("StatusBar", "Training agency"))
        else:
            self.training_label.setText(QCoreApplication.translate("StatusBar", "Training agency (local)"))
        self.training_label.setVisible(self.ctx.training_agency)
        self.show_connection(self.ctx.connected)
        self.show_window()
        self.show_policy()
        self.show_pending(self.ctx.pending_count)

    def show_unit(self) -> None:
        unit = self.ctx.unit
        text = f"{unit.name} ({unit.unit_code})" if unit else ""
        self.unit_label.setText(
            QCoreApplication.translate("StatusBar", "Unit: %1").replace("%1", text) if text else ""
        )
        self.unit_label.setToolTip(self.unit_label.text())

    def show_connection(self, connected: bool | None) -> None:
        if connected is None:
            text, style = QCoreApplication.translate("StatusBar", "Agency: connecting…"), ""
        elif connected:
            text, style = QCoreApplication.translate("StatusBar", "Agency: connected"), OPEN_STYLE
        else:
            text, style = QCoreApplication.translate("StatusBar", "Agency: cannot be reached"), CLOSED_STYLE
            if self.ctx.offline_since is not None:
                since = china_time(self.ctx.offline_since).strftime("%m-%d %H:%M")
                text = QCoreApplication.translate("StatusBar", "Offline since %1").replace("%1", since)
        self.connection_label.setText(text)
        self.connection_label.setStyleSheet(style)
        tip = self.ctx.agency.base_url if self.ctx.has_agency else ""
        if self.ctx.offline_since is not None and not connected:
            tip += "\n" + QCoreApplication.translate(
                "StatusBar",
                "Logged in offline: declared documents wait in the outbox and are sent once the agency answers.",
            )
        self.connection_label.setToolTip(tip.strip())

    def show_window(self) -> None:
        text, is_open = window_text(self.ctx.policy, self.ctx.today())
        period = Period.of(self.ctx.today())
        self.window_label.setText(text)
        self.window_label.setStyleSheet(OPEN_STYLE if is_open else CLOSED_STYLE)
        self.window_label.setToolTip(
            QCoreApplication.translate("StatusBar", "Current period: %1").replace("%1", str(period))
        )

    def show_policy(self) -> None:
        """Say plainly while the amounts follow a table whose city figures name no official document."""
        policy = self.ctx.policy
        self.policy_label.setVisible(policy.illustrative)
        tip = QCoreApplication.translate(
            "StatusBar",
            "%1: some of its figures come from no official document. Load your city's official table "
            "in System → Settings → Policy before declaring for real.",
        ).replace("%1", policy.name)
        self.policy_label.setToolTip("\n".join(filter(None, (tip, illustrative_figures_text(policy)))))

    def show_pending(self, count: int) -> None:
        if count:
            self.pending_label.setText(
                QCoreApplication.translate("StatusBar", "Waiting to be sent: %1").replace("%1", str(count))
            )
            self.pending_label.setStyleSheet(CLOSED_STYLE)
        else:
            self.pending_label.setText(QCoreApplication.translate("StatusBar", "Nothing waiting to be sent"))
            self.pending_label.setStyleSheet("")

    # --- the connection light ---------------------------------------------------------------------
    def start_health_checks(self) -> None:
        self._health_timer.start()
        self.check_connection()

    def stop_health_checks(self) -> None:
        self._health_timer.stop()

    def check_connection(self) -> None:
        if not self.ctx.has_agency or (self._health_task is not None and self._health_task.running):
            return
        self._health_task = start_call(SessionController.health, self.ctx.agency)
        self._health_task.finished.connect(self._healthy)
        self._health_task.failed.connect(self._unhealthy)

    def _healthy(self, _info: object) -> None:
        self.ctx.set_connected(True)

    def _unhealthy(self, _message: str) -> None:
        self.ctx.set_connected(False)
