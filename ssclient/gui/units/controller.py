"""The shell's part in the units: removing one from the log-in window's list (asked first, a backup kept),
and the month board (from the log-in window or the main window), which opens a unit on the log-in window,
asking first when another unit is logged in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ssclient.app.units import STORE_FILE
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.gui.shell import Shell
    from ssclient.gui.units.month_board import MonthBoard


def bring_to_front(window: QWidget) -> None:
    # A platform without window stacking (offscreen, for tests and screenshots) warns at raise_().
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
        window.activateWindow()


Board = TypeVar("Board", bound="MonthBoard")


def shown_board(
    current: Board | None,
    make: Callable[[], Board],
    open_unit: Callable[[str], None],
    closed: Callable[[], None],
) -> Board:
    """The one month board (a unit's or an agent's): the open one refreshed and raised, else a new one made,
    wired (`open_unit` on a unit asked for, `closed` when it goes), shown and filled."""
    if current is not None:
        current.refresh()
        bring_to_front(current)
        return current
    board = make()
    board.open_requested.connect(open_unit)
    board.destroyed.connect(closed)
    board.show()
    board.refresh()
    return board


class UnitsController(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.ctx = shell.ctx
        self.board: MonthBoard | None = None

    # --- removing a unit ------------------------------------------------------------------------------
    def ask_remove(self, unit_code: str, name: str) -> QMessageBox:
        """Ask before a unit goes; the answer comes back to `remove`."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove unit"),
            self.tr(
                "Remove %1 (unit code %2) from this computer?\n\nA backup of its data is made first, and "
                "you are told where it is. Then its data file, its backups and its offline log-in are "
                "deleted from this computer. Nothing changes at the agency: log in with the unit code "
                "to add it again."
            )
            .replace("%1", name or unit_code)
            .replace("%2", unit_code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.shell.login,
        )
        box.setObjectName("confirmRemoveUnit")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.remove(unit_code))
        box.open()
        return box

    def remove(self, unit_code: str) -> None:
        """Back the unit up and take it off this computer, on a worker (its store, if still open after a
        log-out, is closed first); the log-in window says where the backup is."""
        login = self.shell.login
        units = self.ctx.units
        store = self.ctx.store_or_none
        if store is not None and Path(store.path) == (units.folder(unit_code) / STORE_FILE).absolute():
            store = self.ctx.take_store()
        else:
            store = None
        if login is not None:
            login.show_message(self.tr("Removing the unit…"), error=False)
            login.set_opening(True)
        from ssclient.gui import credentials

        steps = login.session_login() if login is not None else None

        def remove() -> Path | None:
            # The remembered passwords first, the administrator's and each operator's: the unit's folder
            # says which operators logged in here, and it goes with the removal.
            if steps is not None:
                for operator in ["", *steps.operators_here(unit_code)]:
                    credentials.forget_password(steps.agency_key, unit_code, operator)
            return units.remove(unit_code, store)

        task = start_call(remove)
        task.finished.connect(lambda kept: self._removed(unit_code, kept))
        task.failed.connect(self._remove_failed)

    def _removed(self, unit_code: str, kept: Path | None) -> None:
        login = self.shell.login
        if login is None:
            return
        login.set_opening(False)
        if login.unit_code.text().strip() == unit_code:
            login.unit_code.clear()
            login.password.clear()
        if kept is not None:
            text = self.tr("Unit %1 was removed from this computer. A backup of its data is kept in %2.")
            login.show_message(text.replace("%1", unit_code).replace("%2", str(kept)), error=False)
        else:
            text = self.tr("Unit %1 was removed from this computer.").replace("%1", unit_code)
            login.show_message(text, error=False)
        login.units.reload()

    def _remove_failed(self, message: str) -> None:
        login = self.shell.login
        if login is not None:
            login.set_opening(False)
            login.show_message(message)
            login.units.reload()

    # --- the month board ------------------------------------------------------------------------------
    def show_board(self) -> MonthBoard:
        """The month board over the current window (one at a time: shown again if open); an agent's lists
        the units that mandated it."""
        from ssclient.gui.units.month_board import MonthBoard

        if self.shell.agent is not None:
            return self.shell.agent.show_board()
        # A window of its own, not the log-in window's child: it stays open across log-ins and units.
        self.board = shown_board(self.board, lambda: MonthBoard(self.ctx), self.open_unit, self._board_closed)
        return self.board

    def _board_closed(self) -> None:
        self.board = None

    def close_board(self) -> None:
        """At exit: the board goes with the other windows (an agent's too)."""
        if self.shell.agent is not None:
            self.shell.agent.close_board()
        if self.board is not None:
            self.board.close()

    def open_unit(self, unit_code: str) -> None:
        """From the board: the log-in window, filled with the unit. Logged in to it already: its main
        window. Logged in to another: ask whether to log out and switch."""
        window = self.shell.main_window
        if window is not None and self.ctx.unit_code == unit_code:
            bring_to_front(window)
            return
        if window is None:
            self._fill_login(unit_code)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Switch unit"),
            self.tr("You are logged in to unit %1. Log out and log in to unit %2?")
            .replace("%1", self.ctx.unit_code)
            .replace("%2", unit_code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.board or window,
        )
        box.setObjectName("confirmSwitchUnit")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Switch"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._switch(unit_code))
        box.open()

    def _switch(self, unit_code: str) -> None:
        self.shell.log_out()
        if self.shell.main_window is None:  # not kept by an unsaved form the user chose to keep
            self._fill_login(unit_code)

    def _fill_login(self, unit_code: str) -> None:
        login = self.shell.login
        if login is None:
            return
        login.choose_unit(unit_code)
        login.show()
        bring_to_front(login)
        login.password.setFocus()
