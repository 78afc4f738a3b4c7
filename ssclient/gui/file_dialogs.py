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

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ssclient.gui.app_settings import AppSettings

_EXTENSION = re.compile(r"\*\.([A-Za-z0-9]+)")


def ask_save_path(parent: QWidget | None, caption: str, file_name: str, filters: str) -> Path | None:
    """Where to save a file: `file_name` proposed in the starting folder (an absolute `file_name` is
    proposed where it is); None when the user cancelled."""
    proposed = Path(file_name) if Path(file_name).is_absolute() else starting_folder() / file_name
    chosen, selected = QFileDialog.getSaveFileName(parent, caption, str(proposed), filters)
    if not chosen:
        return None
    path = with_extension(Path(chosen), selected or filters)
    remember_folder(path.parent)
    return path


def ask_open_path(parent: QWidget | None, caption: str, filters: str, start: str = "") -> Path | None:
    """Which file to open, from `start` (a file or folder) or the starting folder; None when cancelled."""
    chosen, _selected = QFileDialog.getOpenFileName(parent, caption, start or str(starting_folder()), filters)
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


def with_extension(path: Path, file_type: str) -> Path:
    """`path` with the first extension of `file_type` ("Excel workbook (*.xlsx)") added when its own is not
    one of that type's; as it is for a type of any extension ("All files (*)") or several types."""
    extensions = _EXTENSION.findall(file_type)
    if not extensions or ";;" in file_type:
        return path
    if path.suffix.lower().lstrip(".") in {extension.lower() for extension in extensions}:
        return path
    return path.with_name(f"{path.name}.{extensions[0]}")
