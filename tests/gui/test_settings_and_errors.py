"""Settings persist in the INI file; unit information via the agency; errors reach the log, not the user."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.domain.roster import Unit
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.errors import ErrorHooks
from ssclient.gui.main_window import MainWindow
from ssclient.gui.settings import SettingsDialog
from ssclient.gui.unit_info import UnitInfoDialog
from tests.app.test_policy_tables import table_text
from tests.support.agency import AgencyUnit


def test_settings_default_to_chinese_and_the_training_agency(settings: AppSettings) -> None:
    assert settings.language == "zh_CN"
    assert settings.agency_url == ""


def test_settings_dialog_saves_and_a_new_start_reads_them(
    qtbot: QtBot, settings: AppSettings, artifacts: Path
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.agency_url.setText("https://sb.example.gov.cn/")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.grab().save(str(artifacts / "settings.png"))
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.agency_changed and dialog.language_changed

    again = AppSettings()
    assert again.agency_url == "https://sb.example.gov.cn"
    assert again.language == "en"
    assert Path(again.file_name).is_relative_to(Path(settings.file_name).parent)


def test_settings_dialog_turns_each_reminder_off_and_on(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.remind_window_closing.isChecked() and dialog.remind_payment_due.isChecked()  # on by default

    dialog.remind_window_closing.setChecked(False)
    dialog.save()

    again = AppSettings()
    assert (again.remind_window_closing, again.remind_payment_due) == (False, True)
    reopened = SettingsDialog(again)
    qtbot.addWidget(reopened)
    assert not reopened.remind_window_closing.isChecked() and reopened.remind_payment_due.isChecked()


def test_settings_dialog_refuses_an_address_that_is_not_http(
    qtbot: QtBot, settings: AppSettings, artifacts: Path
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.agency_url.setText("sb.example.gov.cn")
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.agency_error.isVisible() and "https://" in dialog.agency_error.text()
    dialog.grab().save(str(artifacts / "settings-bad-address.png"))
    assert AppSettings().agency_url == ""


def test_unit_information_shows_and_updates_the_profile(
    qtbot: QtBot, ctx: AppContext, unit: AgencyUnit, artifacts: Path
) -> None:
    ctx.agency = unit.client
    ctx.set_unit(unit.client.profile())
    dialog = UnitInfoDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "北京示例科技有限公司"
    shown_class = dialog.form.findChild(QLabel, "industryClassValue")
    assert isinstance(shown_class, QLabel)
    assert shown_class.text().startswith(f"Class {unit.client.profile().industry_class}")
    dialog.contact.setText("赵出纳")
    dialog.phone.setText("010-12345678")
    with qtbot.waitSignal(ctx.signals.unit_changed, timeout=10_000):
        dialog.save()
    assert unit.client.profile().contact == "赵出纳"
    assert isinstance(ctx.unit, Unit) and ctx.unit.phone == "010-12345678"
    dialog.grab().save(str(artifacts / "unit-information.png"))


@pytest.mark.allow_log_warnings
def test_uncaught_exception_is_logged_and_shown_without_traceback(
    qtbot: QtBot, log_file: Path, artifacts: Path
) -> None:
    hooks = ErrorHooks(parent_for_box=lambda: None)
    hooks.install()
    try:
        try:
            raise KeyError("the_secret_internal_detail")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        box = hooks.reporter.last_box
        assert isinstance(box, QMessageBox)
        assert str(log_file) in box.text()
        assert "Traceback" not in box.text() and "the_secret_internal_detail" not in box.text()
        box.grab().save(str(artifacts / "error-message.png"))
        logged = log_file.read_text(encoding="utf-8")
        assert "Traceback" in logged and "the_secret_internal_detail" in logged
        box.accept()
        qtbot.waitUntil(lambda: hooks.reporter.last_box is None)
    finally:
        hooks.uninstall()


@pytest.mark.allow_log_warnings
def test_qt_warnings_go_to_the_log(qtbot: QtBot, log_file: Path) -> None:
    from PySide6.QtCore import qWarning

    hooks = ErrorHooks(parent_for_box=lambda: None).install()
    try:
        qWarning("a warning from inside Qt")
    finally:
        hooks.uninstall()
    assert "a warning from inside Qt" in log_file.read_text(encoding="utf-8")


def test_settings_policy_loads_an_official_table_and_refuses_a_bad_one(
    qtbot: QtBot, ctx: AppContext, settings: AppSettings, tmp_path: Path, artifacts: Path
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    assert main.status.policy_label.isVisible()  # the bundled table is illustrative: said plainly
    assert main.status.policy_label.text() == "Illustrative policy (not official)"
    dialog = SettingsDialog(settings, main, logged_in=True)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.policy
    qtbot.waitUntil(lambda: bool(section.schedule))
    assert [(str(row.first), row.last, row.loaded) for row in section.schedule] == [("2026-01", None, False)]
    assert "In force in 2026-11" in section.in_force_label.text()
    assert "(partly illustrative (14 of 25))" in section.in_force_label.text()

    bad = tmp_path / "bad.toml"
    bad.write_text(table_text().replace('floor = "4800.00"', 'floor = "30000.00"'), encoding="utf-8")
    section.load(bad)
    qtbot.waitUntil(lambda: "not loaded" in section.message.text())
    assert section.message.text() == (
        "The table was not loaded: key base.floor must not exceed base.ceiling. Nothing was changed."
    )
    assert len(section.schedule) == 1 and ctx.policy.illustrative

    good = tmp_path / "official.toml"
    good.write_text(table_text(starts="2026-07"), encoding="utf-8")
    with qtbot.waitSignal(ctx.signals.policy_changed, timeout=10_000):
        section.load(good)
    qtbot.waitUntil(lambda: len(section.schedule) == 2)
    assert ctx.policy.name == "测试表 2026-07" and not ctx.policy.illustrative
    assert not main.status.policy_label.isVisible()  # an official table is in force now
    rows = [(str(row.first), str(row.last), row.loaded) for row in section.schedule]
    assert rows == [("2026-01", "2026-06", False), ("2026-07", "None", True)]
    dialog.grab().save(str(artifacts / "settings-policy.png"))

    section.table.selectRow(1)
    assert section.remove_button.isEnabled()
    with qtbot.waitSignal(ctx.signals.policy_changed, timeout=10_000):
        section.remove_selected()
    assert ctx.policy.illustrative and main.status.policy_label.isVisible()
    main.leave()
