"""The log-in window's choice of who logs in: a unit (its administrator or an operator) or an agent (an
accounting agency, with its agent code). In agent mode the code field takes the agent code, the operator
field and the units' list step aside, and the log-in goes to the agency's agent log-in (online, or offline
against the agent's own verifier); its remembered password is the agent's own in the keyring.

Its texts are the "AgentLogin" context's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton

from ssclient.gui.forms import required_label_html

if TYPE_CHECKING:
    from ssclient.app.agents import AgentDesk, AgentLogin, OfflineLogin
    from ssclient.app.session_login import OfflineRefused
    from ssclient.gui.login import LoginDialog


class AgentMode(QObject):
    """The two choices and the agent's log-in steps; `logged_in` / `logged_in_offline` go to the shell
    with the password typed (needed once for a forced change, or to go online again)."""

    logged_in = Signal(object, str)  # sync.api_agents.AgentLogin, the password typed
    logged_in_offline = Signal(object, str)  # store.offline_login.OfflineLogin, the password typed

    def __init__(self, login: LoginDialog) -> None:
        super().__init__(login)
        self.login = login
        self.label = QLabel(QCoreApplication.translate("AgentLogin", "Log in as"), login)
        self.unit_choice = QRadioButton(QCoreApplication.translate("AgentLogin", "Unit"), login)
        self.unit_choice.setObjectName("loginAsUnit")
        self.agent_choice = QRadioButton(
            QCoreApplication.translate("AgentLogin", "Agent (accounting agency)"), login
        )
        self.agent_choice.setObjectName("loginAsAgent")
        self.agent_choice.setToolTip(
            QCoreApplication.translate(
                "AgentLogin",
                "An accounting agency logs in with its agent code and declares for every unit that "
                "mandated it (the unit's administrator grants the mandate under System → Agents).",
            )
        )
        self.group = QButtonGroup(self)
        self.group.addButton(self.unit_choice)
        self.group.addButton(self.agent_choice)
        self.unit_choice.setChecked(True)
        self.row = QHBoxLayout()
        self.row.addWidget(self.unit_choice)
        self.row.addWidget(self.agent_choice)
        self.row.addStretch(1)
        self._codes = {False: login.ctx.settings.last_unit_code, True: login.ctx.settings.last_agent_code}
        self.agent_choice.toggled.connect(self._switched)

    @property
    def agent(self) -> bool:
        return self.agent_choice.isChecked()

    def keyring_name(self, code: str) -> str:
        """The keyring's name of the code typed: the agent's own in agent mode, the unit's otherwise."""
        if not self.agent:
            return code
        from ssclient.app.agents import keyring_name

        return keyring_name(code)

    def _switched(self, agent: bool) -> None:
        login = self.login
        self._codes[not agent] = login.unit_code.text().strip()
        login.unit_code.setText(self._codes[agent])
        login.unit_code_label.setText(
            required_label_html(
                QCoreApplication.translate("AgentLogin", "Agent code")
                if agent
                else QCoreApplication.translate("LoginDialog", "Unit code")
            )
        )
        login.unit_code.setPlaceholderText(
            QCoreApplication.translate(
                "AgentLogin", "The agent code you received at registration, e.g. 190000001"
            )
            if agent
            else QCoreApplication.translate(
                "LoginDialog", "The code you received at registration, e.g. 170000001"
            )
        )
        for widget in (login.operator.label, login.operator.edit, login.units):
            widget.setVisible(not agent)
        login.register_button.setText(
            QCoreApplication.translate("AgentLogin", "Register a new agent…")
            if agent
            else QCoreApplication.translate("LoginDialog", "Register a new unit…")
        )
        login.password.clear()
        login.message.clear()
        login.remembered.load()

    # --- logging in ---------------------------------------------------------------------------------
    @staticmethod
    def missing_code() -> str:
        return QCoreApplication.translate(
            "AgentLogin", "Enter the agent code: the code the accounting agency received at its registration."
        )

    def log_in(self, online: bool) -> None:
        """The agent's log-in with the code and password typed (the window checked both are there)."""
        login = self.login
        code, password = login.unit_code.text().strip(), login.password.text()
        from ssclient.gui.workers import start_call

        desk = self.desk()
        task = (
            start_call(desk.online, login.ctx.agency, code, password)
            if online
            else start_call(desk.offline, code, password)
        )
        task.finished.connect(
            lambda outcome: self._online(outcome, password) if online else self._offline(outcome, password)
        )
        task.failed.connect(login._login_failed)
        task.ended.connect(login._task_ended)

    def _online(self, result: AgentLogin, password: str) -> None:
        login = self.login
        remember = login.remember.isEnabled() and login.remember.isChecked()
        login.ctx.settings.remember_password = remember
        login.ctx.settings.last_agent_code = result.agent_code
        self.save_password(result.agent_code, password if remember else "")
        if not result.must_change_password:  # the initial password is replaced first: remember that one
            self.remember_for_offline(result.agent_code, password)
        login.password.clear()
        self.logged_in.emit(result, password)

    def _offline(self, outcome: OfflineLogin | OfflineRefused, password: str) -> None:
        from ssclient.app.session_login import OfflineRefused

        login = self.login
        code = login.unit_code.text().strip()
        if isinstance(outcome, OfflineRefused):
            login._login_failed(self.refusal_text(outcome, code))
            return
        login.ctx.settings.last_agent_code = code
        login.password.clear()
        self.logged_in_offline.emit(outcome, password)

    def save_password(self, agent_code: str, password: str) -> None:
        """Remember the agent's password in the keyring ("" forgets it), on a worker."""
        from ssclient.gui import credentials
        from ssclient.gui.workers import start_call

        key, name = self.login.agency_key(), self.keyring_name(agent_code)
        if password:
            start_call(credentials.save_password, key, name, password)
        else:
            start_call(credentials.forget_password, key, name)

    def remember_for_offline(self, agent_code: str, password: str) -> None:
        from ssclient.gui.workers import start_call

        start_call(self.desk().remember_for_offline, agent_code, password)

    def desk(self) -> AgentDesk:
        """The agent's side of this computer at the agency in the settings."""
        from ssclient.app.agents import AgentDesk

        ctx = self.login.ctx
        return AgentDesk(ctx.units, self.login.agency_key(), ctx.clock)

    @staticmethod
    def refusal_text(refused: OfflineRefused, agent_code: str) -> str:
        if refused.never_online:
            return QCoreApplication.translate(
                "AgentLogin",
                "The agency cannot be reached, and agent %1 has not logged in online on this computer yet, "
                "so it cannot log in offline. Check the network and the agency address (Settings…), then "
                "log in online once.",
            ).replace("%1", agent_code)
        from ssclient.gui.offline_session import refusal_text

        return refusal_text(refused, agent_code)
