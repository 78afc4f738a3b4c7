"""The log-in window: unit code and password, remember password (secure keyring only), register, settings.

The window appears before the agency is ready (the local training agency may still be starting); the
Log in button waits for it. Logging in runs off the GUI thread; `logged_in` carries the agency's answer
and the password typed, which the shell needs once for a forced password change and then drops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssclient.gui.agents.login_mode import AgentMode
from ssclient.gui.forms import DIALOG_MARGIN, align_center, mark_required
from ssclient.gui.icons import app_icon, app_pixmap
from ssclient.gui.login_keyring import RememberedPassword
from ssclient.gui.operators.login_field import OperatorField

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # its first use builds QEvent's enums: not before the window

    from ssclient.app.operators import SessionAccess
    from ssclient.app.session_login import LoginResult, SessionLogin
    from ssclient.gui.context import AppContext

TRAINING_MARKER_STYLE = (
    "background:#fff3cd; color:#7a4b00; border:2px solid #e0a100; border-radius:4px; padding:8px;"
    " font-weight:bold;"
)


class LoginDialog(QDialog):
    logged_in = Signal(object, str)  # app.session_login.LoginResult, the password typed
    # The agency cannot be reached and the password matched the last online log-in's verifier.
    logged_in_offline = Signal(object, str)  # app.session_login.OfflineLogin, the password
    register_requested = Signal()
    settings_requested = Signal()
    shown = Signal()  # first shown (the start-up benchmark measures up to here)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Log in — Social insurance online declaration"))
        self.setWindowIcon(app_icon())
        self._build()

        self._agency_ready = False
        # An agency address is set but cannot be reached: log in offline against the local verifier.
        self._offline_possible = False
        self._busy = False  # the log-in request is under way
        self._opening = False  # logged in: the shell opens the session (see set_opening)
        self._shown_once = False
        self.remembered = RememberedPassword(self)
        self._typed_password = ""
        self.remember.setEnabled(False)
        self.remember_reason.setText(self.tr("Checking whether this computer has a secure keyring…"))
        self.unit_code.setText(ctx.settings.last_unit_code)
        self.set_agency_starting()

        self.login_button.clicked.connect(self.log_in)
        # Re-emitted from a function, not connected signal to signal: that builds QMetaMethod's enums.
        self.register_button.clicked.connect(lambda: self.register_requested.emit())
        self.settings_button.clicked.connect(lambda: self.settings_requested.emit())
        self.unit_code.textEdited.connect(self._clear_message)
        self.password.textEdited.connect(self._clear_message)
        self.resize(600, 580)

    def _build(self) -> None:
        """Built in code, not from a Designer file: this is the first window, and QUiLoader's start-up
        (about 50 ms) would count against the time to it. Every other form comes from ui/."""
        self.training_banner = QLabel(
            self.tr(
                "Training agency (local): nothing you declare here reaches the real social insurance agency."
            ),
            self,
        )
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setWordWrap(True)
        align_center(self.training_banner)
        self.training_banner.setStyleSheet(TRAINING_MARKER_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN)
        layout.setSpacing(12)
        layout.addWidget(self.training_banner)
        layout.addLayout(self._heading())
        self.agency_label = QLabel(self)
        self.agency_label.setObjectName("agencyLabel")
        self.agency_label.setWordWrap(True)
        self.agency_label.setStyleSheet("color:#555;")
        layout.addWidget(self.agency_label)
        from ssclient.gui.units.unit_list import UnitList

        self.units = UnitList(self.ctx, self)
        self.units.chosen.connect(self.choose_unit)
        self.units.listed.connect(lambda: self.units.select(self.unit_code.text().strip()))
        layout.addWidget(self.units, 1)
        layout.addLayout(self._fields())
        # The room the unit list leaves when it is hidden (an agent logs in): taken here, above the buttons,
        # not spread over the banner and the heading. The list, stretched, takes it while it shows.
        layout.addStretch(0)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c62828;")
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        for first, second in (
            (self.units.tree, self.mode.unit_choice),  # who logs in, a unit or an agent, then the fields
            (self.mode.unit_choice, self.mode.agent_choice),
            (self.mode.agent_choice, self.unit_code),
            (self.unit_code, self.operator.edit),
            (self.operator.edit, self.password),
            (self.password, self.remember),
            (self.remember, self.login_button),
            (self.login_button, self.register_button),
            (self.register_button, self.settings_button),
        ):
            QWidget.setTabOrder(first, second)

    def _heading(self) -> QHBoxLayout:
        icon = QLabel(self)
        icon.setPixmap(app_pixmap(48))
        heading = QLabel(self.tr("Social insurance online declaration"), self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size:16pt; font-weight:bold;")
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(heading, 1)
        return row

    def _fields(self) -> QFormLayout:
        self.unit_code = QLineEdit(self)
        self.unit_code.setObjectName("unitCode")
        self.unit_code.setMaxLength(20)
        self.unit_code.setPlaceholderText(self.tr("The code you received at registration, e.g. 170000001"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setMaxLength(128)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember password"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember_reason = QLabel(self)
        self.remember_reason.setObjectName("rememberReason")
        self.remember_reason.setWordWrap(True)
        self.remember_reason.setStyleSheet("color:#777;")
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mode = AgentMode(self)  # a unit or an agent (an accounting agency) logs in
        fields.addRow(self.mode.label, self.mode.row)
        unit_code_label = self.unit_code_label = QLabel(self.tr("Unit code"), self)
        password_label = QLabel(self.tr("Password"), self)
        self.operator = OperatorField(self)
        for label, field in ((unit_code_label, self.unit_code), (password_label, self.password)):
            label.setBuddy(field)
            mark_required(label)
            fields.addRow(label, field)
            if field is self.unit_code:
                fields.addRow(self.operator.label, self.operator.edit)
        fields.addRow("", self.remember)
        fields.addRow("", self.remember_reason)
        return fields

    def _buttons(self) -> QHBoxLayout:
        self.register_button = QPushButton(self.tr("Register a new unit…"), self)
        self.register_button.setObjectName("registerButton")
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.setObjectName("settingsButton")
        self.login_button = QPushButton(self.tr("Log in"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        return buttons

    # --- the agency's state, told by the shell ------------------------------------------------------
    def set_agency_starting(self) -> None:
        self._agency_ready = False
        self._show_training_banner(not self.ctx.settings.agency_url)
        if self.ctx.settings.agency_url:
            self.agency_label.setText(
                self.tr("Connecting to the agency at %1…").replace("%1", self.ctx.settings.agency_url)
            )
        else:
            self.agency_label.setText(self.tr("Starting the local training agency…"))
        self._update_buttons()

    def set_agency_ready(self, description: str, training: bool) -> None:
        self._agency_ready = True
        self._offline_possible = False
        self._show_training_banner(training)
        self.agency_label.setText(description)
        self._update_buttons()

    def _show_training_banner(self, training: bool) -> None:
        if self.ctx.settings.agency_url:
            text = self.tr(
                "Training agency: nothing you declare here reaches the real social insurance agency."
            )
        else:
            text = self.tr(
                "Training agency (local): nothing you declare here reaches the real social insurance agency."
            )
        self.training_banner.setText(text)
        self.training_banner.setVisible(training)

    def set_agency_failed(self, message: str) -> None:
        self._agency_ready = False
        # The training agency runs on this computer: without it there is nothing to work offline for.
        self._offline_possible = bool(self.ctx.settings.agency_url)
        text = self.tr("No agency: %1").replace("%1", message)
        if self._offline_possible:
            text += "\n" + self.tr(
                "You can log in offline with the password of your last online log-in on this computer: "
                "documents you declare are sent once the agency answers."
            )
        self.agency_label.setText(text)
        self._update_buttons()

    # --- logging in ---------------------------------------------------------------------------------
    def log_in(self) -> None:
        unit_code = self.unit_code.text().strip()
        password = self.password.text()
        if not unit_code:
            self.show_message(
                self.mode.missing_code()
                if self.mode.agent
                else self.tr("Enter the unit code: the code you received when the unit was registered.")
            )
            self.unit_code.setFocus()
            return
        if not password:
            self.show_message(self.tr("Enter the password."))
            self.password.setFocus()
            return
        if self._busy or self._opening or not (self._agency_ready or self._offline_possible):
            return
        self._set_busy(True)
        self.show_message("")
        self._typed_password = password
        if self.mode.agent:
            self.mode.log_in(online=self._agency_ready)
            return
        operator = self.operator.text()
        if not self._agency_ready:
            from ssclient.gui.offline_session import log_in_offline

            log_in_offline(self, unit_code, password, operator)
            return
        from ssclient.app.session_login import SessionLogin
        from ssclient.gui.workers import start_call  # the task machinery loads after the first frame

        task = start_call(SessionLogin.online, self.ctx.agency, unit_code, password, operator)
        task.finished.connect(self._logged_in)
        task.failed.connect(self._login_failed)
        task.ended.connect(self._task_ended)

    def _task_ended(self) -> None:
        self._typed_password = ""
        self._set_busy(False)

    def _logged_in(self, result: LoginResult) -> None:
        password = self._typed_password
        self.ctx.settings.last_unit_code = result.unit_code
        remember = self.remember.isEnabled() and self.remember.isChecked()
        self.ctx.settings.remember_password = remember
        agency_key = self.agency_key()
        from ssclient.app.operators import access_of
        from ssclient.gui import credentials  # keyring loads its backends: not on the way to the window
        from ssclient.gui.workers import start_call

        if remember:
            start_call(credentials.save_password, agency_key, result.unit_code, password, result.operator)
        else:
            start_call(credentials.forget_password, agency_key, result.unit_code, result.operator)
        if not result.must_change_password:  # the initial password is replaced first: remember that one
            self.remember_for_offline(
                result.unit_code, password, access_of(result.operator, result.permissions)
            )
        self.password.clear()
        self.logged_in.emit(result, password)

    def _login_failed(self, message: str) -> None:
        self.show_message(message)
        self.password.selectAll()
        self.password.setFocus()

    def remember_for_offline(
        self, unit_code: str, password: str, access: SessionAccess | None = None
    ) -> None:
        """Keep the verifier for an offline log-in (after an online log-in or a password change) of the
        operator and permissions of `access` (the session's when None)."""
        from ssclient.gui.workers import start_call

        access = access or self.ctx.access
        remember = self.session_login().remember_for_offline
        start_call(remember, unit_code, password, access.operator, access.permissions)

    def session_login(self) -> SessionLogin:
        """The log-in steps at the agency in the settings."""
        from ssclient.app.session_login import SessionLogin

        return SessionLogin(self.ctx.units, self.agency_key(), self.ctx.clock)

    def agency_key(self) -> str:
        """Which agency a remembered password belongs to."""
        from ssclient.app.session_login import agency_key

        return agency_key(self.ctx.settings.agency_url)

    def choose_unit(self, unit_code: str) -> None:
        """A unit picked from the list (or from the month board): its code, its remembered password."""
        if unit_code == self.unit_code.text().strip():
            return
        self.unit_code.setText(unit_code)
        self.units.select(unit_code)
        self.password.clear()
        self.message.clear()
        self.remembered.load()

    # --- small things -------------------------------------------------------------------------------
    def show_message(self, text: str, *, error: bool = True) -> None:
        """Say `text` under the fields: in red when something went wrong, in green when it is news."""
        self.message.setStyleSheet("color:#c62828;" if error else "color:#2e7d32;")
        self.message.setText(text)
        # A long message (one naming a data file's folder) wraps over lines: make room rather than cut it.
        width = self.message.width() if self.message.width() > 100 else self.width() - 2 * DIALOG_MARGIN
        self.message.setMinimumHeight(max(0, self.message.heightForWidth(width)) if text else 0)

    def _clear_message(self) -> None:
        self.message.clear()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def set_opening(self, opening: bool) -> None:
        """The shell opens the session after a log-in (the store, the profile): no second log-in meanwhile.
        It says False when the session opened or failed to, so the window is ready again after log-out."""
        self._opening = opening
        self._update_buttons()

    def _update_buttons(self) -> None:
        working = self._busy or self._opening
        ready = self._agency_ready and not working
        self.login_button.setEnabled(ready or (self._offline_possible and not working))
        self.register_button.setEnabled(ready)
        if working:
            self.login_button.setText(self.tr("Logging in…"))
        elif not self._agency_ready and self._offline_possible:
            self.login_button.setText(self.tr("Log in offline"))
        else:
            self.login_button.setText(self.tr("Log in"))

    def setVisible(self, visible: bool) -> None:
        """Each show (show, open, exec) comes here. Not showEvent: a Python showEvent wraps Qt's event,
        whose first use builds QEvent's enum of some 180 names (1.5 ms) before the first frame."""
        showing = visible and not self.isVisible()
        if showing:
            (self.password if self.unit_code.text() else self.unit_code).setFocus()
        super().setVisible(visible)
        if not showing:
            return
        QTimer.singleShot(0, self.units.reload)  # after the frame, as the keyring below
        if not self._shown_once:
            self._shown_once = True
            # After the first frame: the keyring's imports on a worker would compete with painting.
            QTimer.singleShot(0, self.remembered.load)
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.password.clear()
        super().closeEvent(event)
