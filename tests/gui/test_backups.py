"""Settings → Backups on the real windows: the day's automatic copy, "back up now" to a folder, a refused
file, and a restore that logs out, brings the copy back and keeps what was there before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.gui.backups import BackupsDialog
from ssclient.gui.forms import children
from ssclient.gui.settings import SettingsDialog
from ssclient.gui.shell import Shell
from ssclient.store.backup import BackupKind, list_backups
from ssclient.store.restore import verify
from tests.gui.test_session import _main_window
from tests.support.agency import AgencyUnit

ZHANG_SAN = "110101199003070012"


def _open_backups(qtbot: QtBot, shell: Shell) -> BackupsDialog:
    window = shell.main_window
    assert window is not None
    window.actions_by_name["settings"].trigger()
    settings = window.findChild(SettingsDialog)
    assert isinstance(settings, SettingsDialog)
    qtbot.mouseClick(settings.findChild(QPushButton, "backupsButton"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(BackupsDialog)
    assert isinstance(dialog, BackupsDialog)
    settings.reject()
    return dialog


def _draft(shell: Shell) -> int:
    line = DeclarationLine(id_number=ZHANG_SAN, name="张三", hukou_type="11", wage_base="6500")
    return int(
        shell.ctx.store.create_draft(
            shell.ctx.unit_code, Declaration(DeclarationType.ADD, Period(2026, 11), [line])
        )
    )


def test_the_day_starts_with_a_copy_and_back_up_now_writes_one_to_a_folder(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, tmp_path: Path, artifacts: Path
) -> None:
    _main_window(qtbot, shell, unit)
    store_path = Path(shell.ctx.store.path)
    assert [b.kind for b in list_backups(store_path)] == [BackupKind.DAILY]
    _draft(shell)

    dialog = _open_backups(qtbot, shell)
    assert dialog.table.rowCount() == 1
    usb = tmp_path / "U 盘"
    usb.mkdir()
    dialog.back_up_into(usb)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Backed up to"), timeout=10_000)
    (copy,) = usb.glob(f"ssclient-backup-{unit.unit_code}-*.sqlite3")  # whose it is, on a shared stick
    assert verify(copy, unit.unit_code).documents == 1
    dialog.grab().save(str(artifacts / "backups.png"))


def test_a_file_that_is_no_backup_is_refused_with_the_reason(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, tmp_path: Path
) -> None:
    _main_window(qtbot, shell, unit)
    dialog = _open_backups(qtbot, shell)
    wrong = tmp_path / "staff.xlsx"
    wrong.write_bytes(b"PK\x03\x04 not a backup")
    dialog.check_and_offer(wrong)
    qtbot.waitUntil(lambda: "is not an ssclient backup" in dialog.status.text(), timeout=10_000)
    assert dialog.findChild(QMessageBox) is None


def test_restoring_the_days_copy_logs_out_and_brings_it_back(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path
) -> None:
    _main_window(qtbot, shell, unit)
    later = _draft(shell)  # made after the day's copy: the restore takes it away, kept aside
    dialog = _open_backups(qtbot, shell)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_selected, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "RestoreConfirmation") is not None, timeout=10_000)
    box = dialog.findChild(QMessageBox, "RestoreConfirmation")
    assert box is not None and "Documents: 0." in box.text()
    box.grab().save(str(artifacts / "backups-restore-confirmation.png"))
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Restore is the default button

    login = shell.login
    assert login is not None
    qtbot.waitUntil(lambda: shell.main_window is None and login.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: "The backup was restored" in login.message.text(), timeout=10_000)
    kept = [b for b in list_backups(Path(shell.store_path())) if b.kind is BackupKind.RESTORE]
    assert len(kept) == 1 and verify(kept[0].path, unit.unit_code).documents == 1

    window = _main_window(qtbot, shell, unit)
    assert window.isVisible()
    assert [s.id for s in shell.ctx.store.list_declarations(unit.unit_code)] == []
    assert later not in [s.id for s in shell.ctx.store.list_declarations(unit.unit_code)]


def test_a_unit_moves_to_a_new_computer_with_an_encrypted_archive(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, tmp_path: Path, artifacts: Path
) -> None:
    from ssclient.gui.archive_actions import ArchiveActions
    from ssclient.store.archive import read_archive

    _main_window(qtbot, shell, unit)
    _draft(shell)
    dialog = _open_backups(qtbot, shell)
    actions = next(a for a in children(shell, ArchiveActions) if a.dialog is dialog)
    archive_path = tmp_path / "U 盘" / "单位数据.ssarchive"
    archive_path.parent.mkdir()
    actions.export_to(archive_path, "换电脑 2026")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported to"), timeout=20_000)
    assert read_archive(archive_path, "换电脑 2026").contents.documents == 1

    # The "new computer": the same program with its store gone (moved aside).
    shell.log_out()
    store = shell.ctx.take_store()
    assert store is not None
    store.close()
    Path(store.path).rename(tmp_path / "old-computer.sqlite3")
    shell.show_backups()
    login = shell.login
    assert login is not None
    fresh = login.findChild(BackupsDialog)
    assert isinstance(fresh, BackupsDialog) and not fresh.export_archive.isEnabled()
    importer = next(a for a in children(shell, ArchiveActions) if a.dialog is fresh)
    importer.import_from(archive_path, "换电脑 2026")
    qtbot.waitUntil(lambda: fresh.findChild(QMessageBox, "ImportConfirmation") is not None, timeout=20_000)
    box = fresh.findChild(QMessageBox, "ImportConfirmation")
    assert box is not None and "Documents: 1." in box.text() and unit.unit_code in box.text()
    box.grab().save(str(artifacts / "archive-import-confirmation.png"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "was imported" in login.message.text(), timeout=20_000)

    _main_window(qtbot, shell, unit)
    assert len(shell.ctx.store.list_declarations(unit.unit_code)) == 1
