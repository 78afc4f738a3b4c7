"""The bundled Shanghai table loaded in System → Settings → Policy: it comes in force for the current month,
and the status bar and the settings say which of its figures are illustrative; the same table with every
figure sourced is shown as official, without 示例政策（非官方）."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.main_window import MainWindow
from ssclient.gui.settings import SettingsDialog

SHANGHAI = assets.resource("policy", "shanghai-2026-07.toml")


def test_the_shanghai_table_loads_and_says_which_figures_are_illustrative(
    qtbot: QtBot, ctx: AppContext, settings: AppSettings, tmp_path: Path, artifacts: Path
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    dialog = SettingsDialog(settings, main, logged_in=True)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.policy
    qtbot.waitUntil(lambda: bool(section.schedule))
    with qtbot.waitSignal(ctx.signals.policy_changed, timeout=10_000):
        section.load(SHANGHAI)
    qtbot.waitUntil(lambda: len(section.schedule) == 2)
    assert ctx.policy.id == "shanghai-2026-07" and ctx.policy.area == "上海市"
    rows = [(str(row.first), str(row.last), row.loaded) for row in section.schedule]
    assert rows == [("2026-01", "2026-06", False), ("2026-07", "None", True)]
    # Partly sourced: said plainly, and which figures are illustrative is listed.
    label = main.status.policy_label
    assert label.isVisible() and label.text() == "Illustrative policy (not official)"
    listed = "\n".join(
        (
            "Illustrative figures (15 of 25):",
            "Contribution base: average wage",
            "Rounding: rounding mode, rounding step",
            "Pension: employee rate, fewest back-pay months, most back-pay months",
        )
    )
    assert listed in label.toolTip()
    assert listed in section.in_force_label.text()
    assert "base floor" not in section.in_force_label.text()  # the floor comes from the bureau's page
    shanghai_row = section.table.item(1, 4)
    assert shanghai_row is not None and shanghai_row.text() == "partly illustrative (15 of 25)"
    # The whole list shows: the dialog grew to the section's texts, which arrive after it opened.
    qtbot.waitUntil(lambda: dialog.height() >= dialog.sizeHint().height())
    dialog.grab().save(str(artifacts / "settings-policy-shanghai.png"))

    # The same table with every figure sourced replaces it (same first month) and is shown as official.
    sourced = tmp_path / "shanghai-sourced.toml"
    text = SHANGHAI.read_text(encoding="utf-8").replace("illustrative = true", "illustrative = false")
    sourced.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(ctx.signals.policy_changed, timeout=10_000):
        section.load(sourced)
    qtbot.waitUntil(lambda: not ctx.policy.illustrative)
    assert not label.isVisible()
    qtbot.waitUntil(lambda: "(official)" in section.in_force_label.text())
    assert "Illustrative figures" not in section.in_force_label.text()
    main.leave()


def test_the_settings_fit_a_small_screen_with_save_in_view(
    chinese: None, qtbot: QtBot, ctx: AppContext, settings: AppSettings, artifacts: Path
) -> None:
    """With an illustrative policy's long notes the sections ask for more than a laptop's 768 pixels: they
    scroll, and Save and Cancel stay on the screen."""
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    dialog = SettingsDialog(settings, main, logged_in=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.policy.schedule))
    room = dialog.screen().availableGeometry()  # 800×800 on the test platform
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    needed = dialog.form.sizeHint().height() + save.sizeHint().height()
    assert needed > room.height() * 0.9, "the case this test is about: more than the screen leaves room for"
    assert dialog.height() <= room.height() * 0.9
    corner = save.mapTo(dialog, save.rect().bottomRight())
    assert save.isVisible() and dialog.rect().contains(corner)
    dialog.grab().save(str(artifacts / "settings_small_screen.png"))
