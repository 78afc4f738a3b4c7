"""Settings → Backups → moving to a new computer: export the unit's data as one archive (optionally with
a passphrase), and import one with a preview of what it holds (app/archive.py does the work).

The import replaces the store, so it ends the session first, like a restore (gui/backup_session.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ssclient.app.archive import SUFFIX, Archive, ArchiveError, ArchiveProblem, Archives
from ssclient.domain.clock import china_time
from ssclient.gui.file_dialogs import ask_open_path, ask_save_path
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.gui.backups import BackupsDialog
    from ssclient.gui.shell import Shell


def archive_problem_text(error: ArchiveError) -> str:
    texts = {
        ArchiveProblem.NOT_AN_ARCHIVE: QCoreApplication.translate("Archive", "This file is not an ssclient archive. Choose a file ending in .ssarchive, made with “Export for a new computer”."),
        ArchiveProblem.DAMAGED: QCoreApplication.translate("Archive", "The archive is damaged or incomplete (was it copied whole?). Export it again on the old computer."),
        ArchiveProblem.TOO_NEW: QCoreApplication.translate("Archive", "The archive was made by a newer version of ssclient. Install that version here first."),
        ArchiveProblem.PASSPHRASE_NEEDED: QCoreApplication.translate("Archive", "The archive is protected by a passphrase. Enter it to import the archive."),
        ArchiveProblem.WRONG_PASSPHRASE: QCoreApplication.translate("Archive", "The passphrase is wrong (or the archive was changed). Nothing was imported."),
        ArchiveProblem.OTHER_UNIT: QCoreApplication.translate("Archive", "This computer already holds the data of unit %1; the archive belongs to another unit. Nothing was imported.").replace("%1", error.detail),
    }  # fmt: skip
    return texts[error.problem]


def ask_passphrase(parent: QWidget, text: str) -> str | None:
    """A passphrase typed in a password field; None when the user cancels."""
    value, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Archive", "Passphrase"), text, QLineEdit.EchoMode.Password
    )
    return value if ok else None


class ArchiveActions(QObject):
    """Export and import for one backups dialog; `shell` ends the session before an import."""

    def __init__(self, shell: Shell, dialog: BackupsDialog) -> None:
        # The shell's child, not the dialog's: an import logs out, which closes the dialog's window.
        super().__init__(shell)
        self.shell, self.dialog = shell, dialog
        self._importing = False
        dialog.export_requested.connect(self.choose_export)
        dialog.import_requested.connect(self.choose_import)
        dialog.finished.connect(self._dialog_closed)

    def _dialog_closed(self) -> None:
        if not self._importing:  # an import under way deletes this when it is done
            self.deleteLater()

    # --- export ---------------------------------------------------------------------------------------
    def choose_export(self) -> None:
        stamp = china_time(self.shell.ctx.clock.now()).strftime("%Y%m%d")
        target = ask_save_path(
            self.dialog,
            self.tr("Export for a new computer"),
            f"ssclient-{self.dialog.unit_code}-{stamp}{SUFFIX}",
            self.tr("ssclient archives (*%1)").replace("%1", SUFFIX),
        )
        if target is None:
            return
        passphrase = ask_passphrase(
            self.dialog,
            self.tr(
                "A passphrase protects the archive (recommended on a USB stick). Leave it empty for none:"
            ),
        )
        if passphrase is None:
            return
        if passphrase and ask_passphrase(self.dialog, self.tr("Type the passphrase again:")) != passphrase:
            self.dialog.status.setText(self.tr("The two passphrases differ. Nothing was exported."))
            return
        self.export_to(target, passphrase)

    def export_to(self, target: Path, passphrase: str) -> None:
        ctx = self.shell.ctx
        settings = {"agency_url": ctx.settings.agency_url, "language": ctx.settings.language}
        self.dialog.status.setText(self.tr("Exporting…"))
        archives = Archives(self.dialog.store_path, ctx.clock)
        task = start_call(archives.export, target, self.dialog.unit_code or "", settings, passphrase)
        task.finished.connect(
            lambda path: self.dialog.status.setText(
                self.tr("Exported to %1. Copy this file to the new computer and import it there.").replace(
                    "%1", str(path)
                )
            )
        )
        task.failed.connect(
            lambda _message: self.dialog.status.setText(
                self.tr("The archive could not be written to %1 (full, read-only or removed?). Choose another place.").replace("%1", str(target.parent))
            )
        )  # fmt: skip

    # --- import ---------------------------------------------------------------------------------------
    def choose_import(self) -> None:
        source = ask_open_path(
            self.dialog,
            self.tr("Import from another computer"),
            self.tr("ssclient archives (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if source is not None:
            self.import_from(source, "")

    def import_from(self, source: Path, passphrase: str) -> None:
        self.dialog.status.setText(self.tr("Reading the archive…"))
        archives = Archives(self.dialog.store_path, self.shell.ctx.clock)
        task = start_call(archives.read, source, passphrase)
        task.finished.connect(lambda outcome: self._read(source, outcome))

    def _read(self, source: Path, outcome: Archive | ArchiveError) -> None:
        if isinstance(outcome, ArchiveError):
            self.dialog.status.setText(archive_problem_text(outcome))
            if outcome.problem in (ArchiveProblem.PASSPHRASE_NEEDED, ArchiveProblem.WRONG_PASSPHRASE):
                passphrase = ask_passphrase(self.dialog, archive_problem_text(outcome))
                if passphrase:
                    self.import_from(source, passphrase)
            return
        self.dialog.status.setText("")
        self.confirm(outcome)

    def confirm(self, archive: Archive) -> QMessageBox:
        text = self.tr(
            "Import the data of unit %1, exported %2?\n\nDocuments: %3. People on the roster: %4.\n\n"
            "The data on this computer, if any, is kept as a backup first. You will log in again."
        )
        for marker, value in (
            ("%1", archive.unit_code),
            ("%2", china_time(archive.created_at).strftime("%Y-%m-%d %H:%M")),
            ("%3", str(archive.contents.documents)),
            ("%4", str(archive.contents.roster_people)),
        ):
            text = text.replace(marker, value)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Import from another computer"), text, parent=self.dialog
        )
        box.setObjectName("ImportConfirmation")
        accept = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)

        def clicked(button: object) -> None:
            if button is accept:
                self._importing = True  # before the dialog closes: this outlives it
                self.dialog.accept()
                self.run_import(archive)
            else:
                archive.discard()

        box.buttonClicked.connect(clicked)
        box.open()
        return box

    def run_import(self, archive: Archive) -> None:
        from ssclient.gui.backup_session import close_session_for

        shell = self.shell
        self._importing = True
        ended, store = close_session_for(shell, self.tr("Importing…"))
        if not ended:
            archive.discard()
            self.deleteLater()
            return
        # Into the store of the archive's own unit, never into that of another one listed here.
        archives = Archives(shell.store_path(archive.unit_code), shell.ctx.clock)
        task = start_call(archives.import_, store, archive)
        task.finished.connect(lambda kept: self._imported(archive, kept))
        task.failed.connect(self._failed)

    def _imported(self, archive: Archive, kept: Path | None) -> None:
        self.deleteLater()
        shell, settings = self.shell, self.shell.ctx.settings
        agency_changed = (
            bool(archive.settings.get("agency_url")) and archive.settings["agency_url"] != settings.agency_url
        )
        if archive.settings.get("language"):
            settings.language = archive.settings["language"]
        if agency_changed:
            settings.agency_url = archive.settings["agency_url"]
        settings.last_unit_code = archive.unit_code
        text = self.tr("The data of unit %1 was imported. Log in to continue.").replace(
            "%1", archive.unit_code
        )
        if kept is not None:
            text += " " + self.tr("The data that was here before is kept in %1.").replace("%1", str(kept))
        if shell.login is not None:
            shell.login.unit_code.setText(archive.unit_code)
            shell.login.set_opening(False)
            shell.login.show_message(text)
        if agency_changed:
            shell.apply_settings(agency_changed=True)

    def _failed(self, message: str) -> None:
        self.deleteLater()
        if self.shell.login is not None:
            self.shell.login.set_opening(False)
            self.shell.login.show_message(message)
