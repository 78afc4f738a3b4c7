"""The way to the log-in window stays light: what it does not need loads after it is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ssclient.gui import forms
from ssclient.gui.units import unit_list

ROOT = Path(__file__).resolve().parents[2]

# Runs `ssclient` as the start-up benchmark does; when the log-in window is up, says what was loaded.
_PROBE = """
import os, sys
import ssclient.gui.app as app
shown = app._report_shown_and_quit
def report():
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    heavy = ("sqlalchemy", "pydantic", "httpx", "keyring", "openpyxl", "platformdirs", "ssclient.rules", "signal")
    print("loaded", sorted(name for name in heavy if name in sys.modules))
    print("Qt namespace built", "Qt" in vars(PySide6.QtCore))
    classes = {
        PySide6.QtCore: ("QEvent", "QIODevice", "QLibraryInfo", "QMetaMethod", "QThread"),
        PySide6.QtGui: ("QImage",),
        PySide6.QtWidgets: ("QTreeWidgetItem",),
    }
    print("Qt classes built", sorted(name for module, names in classes.items() for name in names if name in vars(module)))
    maps = "/proc/self/maps"
    print("image plugins loaded", os.path.exists(maps) and "imageformats" in open(maps).read())
    shown()
app._report_shown_and_quit = report
sys.argv = ["ssclient"]
from ssclient.cli import main
sys.exit(main())
"""


def test_the_login_window_shows_before_the_heavy_libraries_and_qts_enums_load(user_dirs: Path) -> None:
    # platformdirs is not needed where SSCLIENT_HOME names the folders, as in every test.
    env = dict(os.environ, SSCLIENT_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert "loaded []" in lines
    assert "Qt namespace built False" in lines  # some 15 ms, which comes after the window instead
    # Each builds its enums on first use (QEvent's some 180 names: 1.5 ms): a Python showEvent, a signal
    # connected to a signal, QThread, Qt's catalogue, the unit list's rows, the icon read through a QImage
    # or by QImageReader's constructor; and signal's import builds its own.
    assert "Qt classes built []" in lines
    # QIcon(path) asks every image-format plugin whether it reads the PNG, loading each of them.
    assert "image plugins loaded False" in lines
    assert any(line.startswith("ssclient-shown ") for line in lines)


def test_qt_values_given_by_number_are_qts(qtbot: QtBot) -> None:
    assert Qt.TextFormat.RichText.value == forms._RICH_TEXT
    assert Qt.AlignmentFlag.AlignCenter.value == forms._ALIGN_CENTER
    assert Qt.ItemDataRole.UserRole.value == unit_list._CODE_ROLE
    label = QLabel("required")
    qtbot.addWidget(label)
    forms.align_center(label)
    forms.mark_required(label)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textFormat() == Qt.TextFormat.RichText
