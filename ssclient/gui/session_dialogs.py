"""The session's dialogs, opened by the shell: register and settings from the log-in window, the forced
password change after a first log-in, and the System menu's unit information, password and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.gui.shell import Shell


class SessionDialogs(QObject):
    """Opens each dialog over the shell's current window and carries out what it answers."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.ctx = shell.ctx

    # --- from the log-in window -----------------------------------------------------------------------
    def show_register(self) -> None:
        from ssclient.gui.register import RegisterDialog

        login = self.shell.login
        if login is not None and login.mode.agent:  # an accounting agency registers as an agent
            from ssclient.gui.agents.register import AgentRegisterDialog

            dialog: RegisterDialog = AgentRegisterDialog(self.ctx, login)
        else:
            dialog = RegisterDialog(self.ctx, login)
        dialog.registered.connect(self._registered)
        dialog.open()

    def _registered(self, unit_code: str) -> None:
        login = self.shell.login
        if login is not None:
            login.unit_code.setText(unit_code)
            login.password.clear()
            login.password.setFocus()  # the code is filled in: the password is what to type next

    def show_settings_from_login(self) -> None:
        from ssclient.gui.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.shell.login)
        dialog.accepted.connect(lambda: self.shell.apply_settings(agency_changed=dialog.agency_changed))
        dialog.backups_requested.connect(self.shell.show_backups)
        dialog.open()

    # --- the first log-in: the initial password is replaced first ---------------------------------------
    def force_password_change(self, password: str, *, remember: bool) -> None:
        from ssclient.gui.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(
            self.ctx, forced=True, current_password=password, parent=self.shell.login
        )
        dialog.accepted.connect(lambda: self._forced_change_done(dialog.new_password, remember))
        dialog.rejected.connect(self._forced_change_refused)
        dialog.open()

    def _forced_change_done(self, new_password: str, remember: bool) -> None:
        login = self.shell.login
        assert login is not None
        unit_code = self.ctx.settings.last_unit_code
        operator = self.ctx.access.operator
        if remember:
            from ssclient.gui import credentials

            start_call(credentials.save_password, login.agency_key(), unit_code, new_password, operator)
        login.remember_for_offline(unit_code, new_password)
        self.shell.open_session(unit_code)

    def _forced_change_refused(self) -> None:
        self.shell.end_agency_session()
        if self.shell.login is not None:
            self.shell.login.show_message(
                self.tr("Choose a new password to continue. Log in again when you are ready.")
            )

    # --- System menu ----------------------------------------------------------------------------------
    def show_unit_info(self) -> None:
        from ssclient.gui.unit_info import UnitInfoDialog

        dialog = UnitInfoDialog(self.ctx, self.shell.main_window)
        dialog.open()
        dialog.refresh()

    def show_change_password(self) -> None:
        from ssclient.gui.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, parent=self.shell.main_window)
        dialog.accepted.connect(lambda: self._password_changed(dialog.new_password))
        dialog.open()

    def _password_changed(self, new_password: str) -> None:
        from ssclient.gui import credentials

        login, window = self.shell.login, self.shell.main_window
        key = login.agency_key() if login is not None else ""
        if self.shell.agent is not None:  # the agent's own password: its keyring entry and verifier
            self.shell.agent.password_changed(new_password)
        elif self.ctx.settings.remember_password and key:
            start_call(
                credentials.save_password, key, self.ctx.unit_code, new_password, self.ctx.access.operator
            )
        if login is not None and self.shell.agent is None:
            login.remember_for_offline(self.ctx.unit_code, new_password)
        if window is not None:
            window.statusBar().showMessage(self.tr("The password was changed."), 8000)

    def show_settings_from_main(self) -> None:
        from ssclient.gui.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.shell.main_window, logged_in=True)
        dialog.backups_requested.connect(self.shell.show_backups)
        dialog.open()
