"""Settings → Backups: the automatic copies of the store, "back up now" to a chosen folder (a USB stick),
and restoring a copy after a preview of what it holds.

The dialog only verifies and asks; the restore itself is the shell's (it must end the session and close
the store first), reached through `restore_requested`. File work runs on workers, never on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ssclient.app.backups import (
    BackupContents,
    BackupError,
    BackupInfo,
    BackupKind,
    BackupProblem,
    Backups,
    Checked,
)
from ssclient.domain.clock import Clock, china_time
from ssclient.gui.file_dialogs import ask_folder, ask_open_path
from ssclient.gui.forms import child, embed_form
from ssclient.gui.icons import app_icon
from ssclient.gui.workers import start_call


def kind_text(kind: BackupKind) -> str:
    texts = {
        BackupKind.DAILY: QCoreApplication.translate("Backups", "Daily"),
        BackupKind.EXIT: QCoreApplication.translate("Backups", "At exit"),
        BackupKind.MIGRATION: QCoreApplication.translate("Backups", "Before an upgrade"),
        BackupKind.RESTORE: QCoreApplication.translate("Backups", "Before a restore"),
        BackupKind.MANUAL: QCoreApplication.translate("Backups", "By hand"),
    }
    return texts[kind]


def problem_text(error: BackupError) -> str:
    """Why a file cannot be restored, and what to do, in the user's language."""
    texts = {
        BackupProblem.UNREADABLE: QCoreApplication.translate("Backups", "The file %1 cannot be read. Check that it exists and that you may open it."),
        BackupProblem.NOT_A_BACKUP: QCoreApplication.translate("Backups", "The file %1 is not an ssclient backup. Choose a backup file (*.backup or *.sqlite3)."),
        BackupProblem.DAMAGED: QCoreApplication.translate("Backups", "The backup %1 is damaged or incomplete (was it copied whole?). Choose another backup."),
        BackupProblem.TOO_NEW: QCoreApplication.translate("Backups", "The backup %1 was made by a newer version of ssclient. Install that version to restore it."),
        BackupProblem.OTHER_UNIT: QCoreApplication.translate("Backups", "The backup %1 holds another unit's data (%2), not this unit's. Nothing was restored."),
        BackupProblem.NO_UNIT: QCoreApplication.translate("Backups", "The backup %1 holds no unit's data. Nothing would be gained by restoring it."),
    }  # fmt: skip
    return texts[error.problem].replace("%1", str(error.path)).replace("%2", error.detail)


class BackupsDialog(QDialog):
    """Lists the copies beside `store_path`; `restore_requested(path)` once the user confirmed a restore."""

    restore_requested = Signal(Path)
    export_requested = Signal()  # "Export for a new computer…" (the controller asks where and how)
    import_requested = Signal()  # "Import from another computer…"

    def __init__(
        self, store_path: Path, unit_code: str | None, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store_path, self.unit_code = store_path, unit_code
        self.backups = Backups(store_path, clock)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.setWindowIcon(app_icon())
        self.form = embed_form(self, "backups.ui")
        self.table = child(self.form, QTableWidget, "backupsTable")
        self.status = child(self.form, QLabel, "statusLabel")
        self.back_up_now = child(self.form, QPushButton, "backUpNowButton")
        self.restore_selected = child(self.form, QPushButton, "restoreSelectedButton")
        self.restore_file = child(self.form, QPushButton, "restoreFileButton")
        self.back_up_now.setText(self.tr("Back up now to…"))
        self.restore_selected.setText(self.tr("Restore the selected backup…"))
        self.restore_file.setText(self.tr("Restore from a file…"))
        self.export_archive = child(self.form, QPushButton, "exportArchiveButton")
        self.import_archive = child(self.form, QPushButton, "importArchiveButton")
        self.export_archive.setText(self.tr("Export for a new computer…"))
        self.import_archive.setText(self.tr("Import from another computer…"))
        self.export_archive.setEnabled(unit_code is not None)  # a logged-in unit's data
        self.export_archive.clicked.connect(self.export_requested)
        self.import_archive.clicked.connect(self.import_requested)
        buttons = child(self.form, QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        child(self.form, QLabel, "explanation").setText(
            self.tr(
                "A copy of your data is kept automatically at the first start of each day, at exit after a "
                "change, before an upgrade and before a restore: the newest of each of the last 7 days, 4 "
                "weeks and 12 months. They are in %1."
            ).replace("%1", str(store_path.parent))
        )
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Why"), self.tr("Size")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.back_up_now.clicked.connect(self.choose_folder_and_back_up)
        self.restore_selected.clicked.connect(self.restore_selected_backup)
        self.restore_file.clicked.connect(self.choose_file_and_restore)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.found: list[BackupInfo] = []
        self.refresh()
        self.resize(680, 440)

    def refresh(self) -> None:
        # A glob and a stat of a handful of files in one folder: quick enough for the GUI thread.
        self.found = self.backups.listed()
        self.table.setRowCount(len(self.found))
        locale = QLocale()
        for row, info in enumerate(self.found):
            taken = china_time(info.taken_at).strftime("%Y-%m-%d %H:%M:%S")
            size = QTableWidgetItem(locale.formattedDataSize(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(taken))
            self.table.setItem(row, 1, QTableWidgetItem(kind_text(info.kind)))
            self.table.setItem(row, 2, size)
        if not self.found:
            self.status.setText(self.tr("No backup has been taken yet."))
        self.back_up_now.setEnabled(self.store_path.is_file())
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_selected.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # --- back up now ------------------------------------------------------------------------------------
    def choose_folder_and_back_up(self) -> None:
        folder = ask_folder(self, self.tr("Back up to which folder?"))
        if folder is not None:
            self.back_up_into(folder)

    def back_up_into(self, folder: Path) -> None:
        self.status.setText(self.tr("Backing up…"))
        self.back_up_now.setEnabled(False)
        task = start_call(self.backups.back_up_to, folder, self.unit_code)
        task.finished.connect(self._backed_up)
        task.failed.connect(lambda _message: self._backup_failed(folder))

    def _backed_up(self, target: Path) -> None:
        self.back_up_now.setEnabled(True)
        self.status.setText(self.tr("Backed up to %1.").replace("%1", str(target)))

    def _backup_failed(self, folder: Path) -> None:
        self.back_up_now.setEnabled(True)
        self.status.setText(
            self.tr(
                "The backup could not be written to %1 (full, read-only or removed?). Nothing was changed; "
                "choose another folder and try again."
            ).replace("%1", str(folder))
        )

    # --- restore ----------------------------------------------------------------------------------------
    def restore_selected_backup(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.check_and_offer(self.found[rows[0].row()].path)

    def choose_file_and_restore(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Restore which backup?"),
            self.tr("ssclient backups (*.backup *.sqlite3);;All files (*)"),
        )
        if path is not None:
            self.check_and_offer(path)

    def check_and_offer(self, path: Path) -> None:
        """Verify `path` on a worker, then show what it holds and ask before restoring it."""
        self.status.setText(self.tr("Checking the backup…"))
        task = start_call(self.backups.check, path, self.unit_code)
        task.finished.connect(self._checked)
        task.failed.connect(self.status.setText)

    def _checked(self, checked: Checked) -> None:
        if checked.problem is not None:
            self.status.setText(problem_text(checked.problem))
            return
        assert checked.contents is not None
        self.status.setText("")
        box, restore = self.confirmation(checked.contents)
        contents = checked.contents

        def clicked(button: object) -> None:
            if button is restore:
                self._confirmed(contents)

        box.buttonClicked.connect(clicked)
        box.open()

    def confirmation(self, contents: BackupContents) -> tuple[QMessageBox, QPushButton]:
        known = {info.path: info.taken_at for info in self.found}
        taken = china_time(known.get(contents.path, contents.modified_at))
        text = self.tr(
            "Restore the backup of %1?\n\nDocuments: %2. People on the roster: %3. Waiting to be sent: %4 "
            "(these are checked with the agency before anything is sent again).\n\n"
            "Your data as it is now is kept as a backup first. You will be logged out and log in again."
        )
        for marker, value in (
            ("%1", taken.strftime("%Y-%m-%d %H:%M")),
            ("%2", str(contents.documents)),
            ("%3", str(contents.roster_people)),
            ("%4", str(contents.waiting_in_outbox)),
        ):
            text = text.replace(marker, value)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"), text, parent=self)
        box.setObjectName("RestoreConfirmation")
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        return box, restore

    def _confirmed(self, contents: BackupContents) -> None:
        self.restore_requested.emit(contents.path)
        self.accept()
