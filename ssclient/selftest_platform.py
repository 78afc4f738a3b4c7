"""Self-test checks of the windows and of what differs between platforms (`ssclient --self-test`).

- windows: the log-in window and the main window build and draw in Simplified Chinese. With
  SSCLIENT_SELFTEST_SCREENSHOTS set to a folder they are saved there as PNG (the installer check looks at
  the installed Windows build's windows this way).
- files: what Windows users' files look like: a folder with a Chinese name and spaces, deeper than Windows'
  old 260-character limit, holding a store, a CSV saved by Excel on Chinese Windows (GB18030, CRLF) read
  by the reader process, and the exports (CSV with a UTF-8 byte-order mark, .xlsx) read back.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient.selftest_core import OFFSCREEN_NOISE, CheckFailed, Workspace, qt_warnings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from ssclient.gui.app_settings import AppSettings

SCREENSHOTS_ENV = "SSCLIENT_SELFTEST_SCREENSHOTS"
# Folders as a Chinese Windows user's files sit: a Chinese name with spaces; and below it one deep enough
# that the whole path passes MAX_PATH (260), which programs without long-path support cannot open. (The
# store stays out of the deep one: SQLite refuses paths over 512 bytes on Linux, 1040 on Windows.)
_USER_FOLDER = "王芳 的 文件"
_DEEP_FOLDER = ("2026年 社保申报", *(f"Quarter {n} backup of the declarations folder" for n in range(1, 7)))
_WINDOWS_MAX_PATH = 260


def check_windows(workspace: Workspace) -> str:
    """The log-in and main windows in Chinese, built from the installed forms and drawn offscreen."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ssclient import assets
    from ssclient.gui.app_settings import AppSettings
    from ssclient.gui.i18n import CHINESE, catalogue_paths, install_translations, remove_translations

    if not catalogue_paths(CHINESE) or not list((assets.root() / "ui").glob("*.ui")):
        raise CheckFailed("needs the forms and the Chinese translations, and one of them failed above")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = AppSettings(QSettings(str(workspace.folder / "settings.ini"), QSettings.Format.IniFormat))
    translations = install_translations(app, CHINESE)
    try:
        with qt_warnings() as warnings:
            saved = _draw_windows(app, workspace, settings)
    finally:
        remove_translations(app, translations)
    others = [text for text in warnings if OFFSCREEN_NOISE not in text]
    return (
        "log-in and main windows drawn in Chinese"
        + (f"; saved {saved}" if saved else "")
        + (f"; Qt said: {others[0]}" if others else "")
    )


def _draw_windows(app: QApplication, workspace: Workspace, settings: AppSettings) -> str:
    from ssclient.gui.context import AppContext
    from ssclient.gui.login import LoginDialog
    from ssclient.gui.main_window import MainWindow
    from ssclient.selftest_roundtrip import selftest_clock

    ctx = AppContext(settings, clock=selftest_clock(), store=workspace.store, training_agency=True)
    if workspace.approved is not None:
        ctx.set_unit(workspace.approved[1])
    login = LoginDialog(ctx)
    login.set_agency_ready("培训用本地经办机构：http://127.0.0.1", training=True)
    window = MainWindow(ctx)
    shots: dict[str, QWidget] = {"login": login, "main-window": window}
    try:
        for widget in shots.values():
            widget.show()
        app.processEvents()
        title = window.actions_by_name["addPersonnel"].text()
        if login.login_button.text() != "登录" or title != "新增参保":
            raise CheckFailed(f"the windows are not in Chinese: '{login.login_button.text()}', '{title}'")
        return _save_screenshots(shots)
    finally:
        window.leave()
        for widget in shots.values():
            widget.close()
            widget.deleteLater()
        app.processEvents()


def _save_screenshots(widgets: dict[str, QWidget]) -> str:
    folder = os.environ.get(SCREENSHOTS_ENV)
    if not folder:
        return ""
    prefix = "windows" if os.name == "nt" else "selftest"
    names = []
    for name, widget in widgets.items():
        path = Path(folder) / f"{prefix}-{name}-zh.png"
        if not widget.grab().save(str(path)):
            raise CheckFailed(f"the screenshot {path} could not be written")
        names.append(path.name)
    return ", ".join(names)


def check_files(workspace: Workspace) -> str:
    """A store in a folder with a Chinese name and spaces; a GB18030 CSV and the exports deeper than 260."""
    from ssclient.io.export import Table, export_table
    from ssclient.selftest_roundtrip import sample_declaration, selftest_clock
    from ssclient.store import Store

    folder = workspace.folder / _USER_FOLDER
    # Windows opens paths over 260 characters only when the administrator allowed it (LongPathsEnabled).
    deep = folder.joinpath(*_DEEP_FOLDER) if _long_paths_allowed() else folder / "导出"
    deep.mkdir(parents=True)
    store = Store.open(folder / "ssclient.sqlite3", clock=selftest_clock())
    try:
        draft = sample_declaration()
        saved = store.get_declaration(store.create_draft("selftest", draft))
        if saved.lines[0].name != draft.lines[0].name:
            raise CheckFailed("a draft saved in a folder with a Chinese name came back different")
    finally:
        store.close()
    read_back = _read_gb18030_csv(workspace, deep)
    table = Table(
        headers=["姓名", "公民身份号码", "缴费基数"], rows=[["王芳", "110101199001011234", "5000.00"]]
    )
    exported = export_table(table, deep / "导出 人员名单.csv")
    raw = exported.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf") or "王芳" not in raw.decode("utf-8-sig"):
        raise CheckFailed("the CSV export lacks the UTF-8 byte-order mark Excel needs to show Chinese")
    book = export_table(table, deep / "导出 人员名单.xlsx")
    from openpyxl import load_workbook

    workbook = load_workbook(book, read_only=True)
    first = workbook.active["A2"].value  # type: ignore[index]
    workbook.close()  # a read-only workbook keeps its file open, which Windows would not let us delete
    if first != "王芳":
        raise CheckFailed("the .xlsx export did not read back")
    longest = len(str(book))
    return (
        f"store, GB18030 CSV ({read_back}) and exports in a Chinese folder with spaces, "
        f"path {longest} characters"
        + (" (beyond MAX_PATH)" if longest > _WINDOWS_MAX_PATH else " (Windows' long paths are off here)")
    )


def _long_paths_allowed() -> bool:
    if sys.platform != "win32":
        return True
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem") as key:
            return bool(winreg.QueryValueEx(key, "LongPathsEnabled")[0])
    except OSError:
        return False


def _read_gb18030_csv(workspace: Workspace, folder: Path) -> str:
    """A sheet saved by Excel on Chinese Windows as plain CSV: GB18030 text, CRLF line ends."""
    import time

    from openpyxl import load_workbook

    from ssclient.domain.enums import DeclarationType
    from ssclient.io.reader_process import open_in_child, shut_down
    from ssclient.io.templates import DATA_SHEET, save_template, template_fields
    from ssclient.selftest_roundtrip import READER_SECONDS, sample_declaration

    kind = DeclarationType.ADD
    person = sample_declaration().lines[0]
    template = load_workbook(save_template(workspace.folder / "csv-template.xlsx", kind), read_only=True)
    headers = [cell.value for cell in next(template[DATA_SHEET].iter_rows(max_row=1))]
    template.close()
    path = folder / "人员 名单（Excel 另存为 CSV）.csv"
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerow([getattr(person, name) or "" for name in template_fields(kind)])
    workspace.cleanups.append(shut_down)
    deadline = time.monotonic() + READER_SECONDS
    with open_in_child(path, kind, cancelled=lambda: time.monotonic() > deadline) as sheet:
        lines = [row.line for row in sheet.rows()]
    if lines != [person]:
        raise CheckFailed(f"the GB18030 CSV read back as {lines!r}, not the person written into it")
    return "read by the reader process"
