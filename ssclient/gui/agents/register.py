"""Register a new agent (an accounting agency, 代理记账): the unit's registration form with the fields an
agent has (name, unified social credit code, contact, password; the USCC may be the initial password),
checked as typed by the same rules; the answer is the agent code, the agent's user name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from ssclient.app.agents import AgentDesk
from ssclient.app.unit import check_new_password, check_unit_name, check_uscc, normalize_code
from ssclient.gui.forms import child, show_row
from ssclient.gui.register import RegisterDialog, _required
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.app.agents import AgentRegistration
    from ssclient.domain.findings import Finding
    from ssclient.gui.context import AppContext

_UNIT_ONLY = ("tax_number", "phone", "industry_class")


class AgentRegisterDialog(RegisterDialog):
    """`registered` carries the new agent code (the log-in window fills it in its agent choice)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("AgentRegisterDialog")
        self.setWindowTitle(self.tr("Register a new agent"))
        for key in _UNIT_ONLY:
            field = self.industry_class if key == "industry_class" else self.edits[key]
            show_row(field, False)
            show_row(self.errors[key], False)
        texts = {
            "intro": self.tr(
                "Register your accounting agency (代理记账) as an agent. Units then mandate it with its agent "
                "code. Fields marked * are required; each is checked as you type."
            ),
            "doneHeading": self.tr("The agent is registered."),
            "unitCodeIntro": self.tr("Your agent code is your user name for logging in. Write it down:"),
        }
        for name, text in texts.items():
            child(self.form, QLabel, name).setText(text)
        child(self.form, QCheckBox, "initialPasswordCheck").setText(
            self.tr("Use the unified social credit code as the initial password")
        )
        child(self.form, QPushButton, "copyButton").setText(self.tr("Copy the agent code"))

    def field_findings(self) -> dict[str, list[Finding]]:
        text = {key: edit.text() for key, edit in self.edits.items()}
        found: dict[str, list[Finding]] = {
            "name": check_unit_name(text["name"]),
            "uscc": check_uscc(text["uscc"]),
            "contact": [] if text["contact"].strip() else [_required(self.tr("Enter the contact person."))],
            "password": [],
            "confirm": [],
        }
        if not self.initial_password.isChecked():
            found["password"] = check_new_password(
                text["password"], field="password", uscc=text["uscc"], unit_name=text["name"]
            )
            if text["confirm"] != text["password"]:
                found["confirm"] = [_required(self.tr("The two passwords differ."))]
        return found

    def register(self) -> None:
        if self._busy:
            return
        found = self.field_findings()
        if any(found.values()):
            self._show_findings(found, all_fields=True)
            self.edits[next(key for key, problems in found.items() if problems)].setFocus()
            self.message.setText(self.tr("Correct the fields marked in red, then register again."))
            return
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        uscc = normalize_code(text["uscc"])
        password = uscc if self.initial_password.isChecked() else self.edits["password"].text()
        self._set_busy(True)
        task = start_call(AgentDesk.register, self.ctx.agency, text["name"], uscc, text["contact"], password)
        task.finished.connect(self._agent_registered)
        task.failed.connect(self._failed)
        task.ended.connect(self._ended)

    def _agent_registered(self, registration: AgentRegistration) -> None:
        if registration.must_change_password:
            note = self.tr(
                "Log in as an agent with this agent code and the unified social credit code as the password. "
                "You will be asked to choose a new password at the first log-in."
            )
        else:
            note = self.tr("Log in as an agent with this agent code and the password you chose.")
        self.show_registered(registration.agent_code, note)
