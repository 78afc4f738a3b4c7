"""Asking for a file or a folder: every dialog of the program goes through here.

The dialogs start in the folder the user last chose a file or folder in (remembered across runs), else in
Documents, else in the home folder. Never in the program's working folder: on Windows that is the folder
the program is installed in, hidden under AppData, where a saved export would be hard to find again.

A name typed without the extension the chosen file type has gets it, as Windows' own dialog does (Qt's
dialog on Linux does not): "名单" saved as an Excel workbook becomes "名单.xlsx".
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ssclient.gui.app_settings import AppSettings

_EXTENSION = re.compile(r"\*\.([A-Za-z0-9]+)")


def ask_save_path(parent: QWidget | None, caption: str, file_name: str, filters: str) -> Path | None:
    """Where to save a file: `file_name` proposed in the starting folder (an absolute `file_name` is
    proposed where it is, while its folder exists); None when the user cancelled, or chose not to replace
    an existing file the dialog itself did not ask about (its name took its extension here)."""
    given = Path(file_name)
    proposed = given if given.is_absolute() and given.parent.is_dir() else starting_folder() / given.name
    chosen, selected = QFileDialog.getSaveFileName(parent, caption, str(proposed), filters)
    if not chosen:
        return None
    path = with_extension(Path(chosen), selected or filters, offered=filters)
    # The dialog asked before replacing the name typed; a name it never saw is asked about here.
    if path != Path(chosen) and path.exists() and not _may_replace(parent, caption, path):
        return None
    remember_folder(path.parent)
    return path


def _may_replace(parent: QWidget | None, caption: str, path: Path) -> bool:
    text = QCoreApplication.translate("FileDialogs", "%1 already exists. Replace it?").replace(
        "%1", path.name
    )
    no = QMessageBox.StandardButton.No
    # None is allowed (no parent window); PySide6 6.8's stub says otherwise.
    answer = QMessageBox.question(parent, caption, text, QMessageBox.StandardButton.Yes | no, no)  # type: ignore[arg-type]
    return answer == QMessageBox.StandardButton.Yes


def ask_open_path(parent: QWidget | None, caption: str, filters: str, start: str = "") -> Path | None:
    """Which file to open, from `start` (a file or folder, while it is there) or the starting folder;
    None when cancelled."""
    begin = (
        start if start and (Path(start).is_dir() or Path(start).parent.is_dir()) else str(starting_folder())
    )
    chosen, _selected = QFileDialog.getOpenFileName(parent, caption, begin, filters)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path.parent)
    return path


def ask_folder(parent: QWidget | None, caption: str) -> Path | None:
    """Which folder, from the starting folder; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(starting_folder()))
    if not chosen:
        return None
    folder = Path(chosen)
    remember_folder(folder)
    return folder


def starting_folder() -> Path:
    """The folder last chosen, while it still exists (a USB stick may be gone), else Documents, else home."""
    remembered = AppSettings().last_folder
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(folder: Path) -> None:
    AppSettings().last_folder = str(folder)


def with_extension(path: Path, file_type: str, offered: str = "") -> Path:
    """`path` with the first extension of `file_type` ("Excel workbook (*.xlsx)") added when its own is none
    of the types `offered` (all the dialog's types; `file_type` alone when not given): "名单.csv" stays a
    CSV whichever type was selected. As it is for a type of any extension ("All files (*)")."""
    extensions = _EXTENSION.findall(file_type)
    if not extensions or ";;" in file_type:
        return path
    known = {extension.lower() for extension in _EXTENSION.findall(offered or file_type)}
    if path.suffix.lower().lstrip(".") in known:
        return path
    return path.with_name(f"{path.name}.{extensions[0]}")
