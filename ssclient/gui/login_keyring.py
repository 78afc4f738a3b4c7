"""The log-in window's "Remember password": whether this computer has a secure keyring, and the password
remembered there for the unit in the unit code field (looked up on a worker: keyring loads its backends).

Its texts keep the log-in window's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from ssclient.gui.credentials import KeyringStatus
    from ssclient.gui.login import LoginDialog


class RememberedPassword(QObject):
    def __init__(self, login: LoginDialog) -> None:
        super().__init__(login)
        self.login = login

    def names(self) -> tuple[str, str]:
        """Whose remembered password the fields name: (the keyring's name of the code typed, the operator);
        an agent's is its own, apart from every unit's."""
        login = self.login
        code = login.unit_code.text().strip()
        if login.mode.agent:
            return login.mode.keyring_name(code), ""
        return code, login.operator.text()

    def load(self) -> None:
        """Look up the password remembered for the unit code in the field (and whether a keyring is there)."""
        login = self.login
        unit_code, operator = self.names()
        agency_key, wanted = login.agency_key(), login.ctx.settings.remember_password

        def look_up() -> tuple[KeyringStatus, str | None]:
            from ssclient.gui import credentials  # keyring loads its backends on the worker

            return credentials.remembered(agency_key, unit_code, wanted, operator)

        from ssclient.gui.workers import start_call

        task = start_call(look_up)
        task.finished.connect(lambda answer: self._loaded(answer, unit_code, operator))
        task.failed.connect(self._unavailable)

    def _loaded(self, answer: tuple[KeyringStatus, str | None], unit_code: str, operator: str = "") -> None:
        status, remembered = answer
        if not status.available:
            self._unavailable()
            return
        login = self.login
        login.remember.setEnabled(True)
        login.remember_reason.clear()
        login.remember_reason.hide()
        login.remember.setChecked(login.ctx.settings.remember_password)
        # Another unit (or operator) chosen meanwhile: its own look-up fills its password.
        chosen = self.names()
        if remembered and not login.password.text() and chosen == (unit_code, operator):
            login.password.setText(remembered)

    def _unavailable(self, _message: str = "") -> None:
        login = self.login
        login.remember.setChecked(False)
        login.remember.setEnabled(False)
        login.remember_reason.show()
        login.remember_reason.setText(
            QCoreApplication.translate(
                "LoginDialog",
                "This computer has no secure keyring (such as GNOME Keyring, KWallet or the Windows "
                "Credential Manager), so the password cannot be remembered safely.",
            )
        )
