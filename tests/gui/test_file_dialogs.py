"""Where the file dialogs start, what they remember and the extension a typed name gets: Qt's own dialogs,
answered as a user would (the test types a name and accepts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ssclient.domain.enums import DeclarationType
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.file_dialogs import ask_folder, ask_open_path, ask_save_path, with_extension
from ssclient.gui.imports.template_action import ask_and_save_template
from tests.support.file_dialogs import Answer

pytestmark = pytest.mark.usefixtures("qapp")

XLSX = "Excel workbook (*.xlsx)"


@pytest.fixture
def documents(user_dirs: Path) -> Path:
    folder = Path.home() / "Documents"
    folder.mkdir()
    return folder


def test_the_first_dialog_starts_in_documents_with_the_proposed_name(documents: Path) -> None:
    answer = Answer(None)
    assert ask_save_path(None, "Save", "名单.xlsx", XLSX) is None
    assert answer.folder == documents
    assert answer.proposed == ["名单.xlsx"]


def test_without_a_documents_folder_it_starts_at_home(user_dirs: Path) -> None:
    answer = Answer(None)
    ask_open_path(None, "Open", "Spreadsheets (*.xlsx *.csv)")
    assert answer.folder == Path.home()


def test_the_next_dialog_starts_where_the_last_file_was_chosen_also_after_a_restart(
    documents: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    Answer(stick / "参保名单")
    assert ask_save_path(None, "Save", "名单.xlsx", XLSX) == stick / "参保名单.xlsx"
    assert AppSettings().last_folder == str(stick)  # kept in the settings file: a new run reads it there

    answer = Answer(None)
    ask_open_path(None, "Open", "Spreadsheets (*.xlsx *.csv)")
    assert answer.folder == stick
    answer = Answer(None)
    ask_folder(None, "Folder")
    assert answer.folder == stick


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(documents: Path, tmp_path: Path) -> None:
    AppSettings().last_folder = str(tmp_path / "removed stick")
    answer = Answer(None)
    ask_folder(None, "Folder")
    assert answer.folder == documents


def test_a_chosen_folder_is_remembered(documents: Path, tmp_path: Path) -> None:
    backups = tmp_path / "备份"
    backups.mkdir()
    Answer(backups)
    assert ask_folder(None, "Back up to which folder?") == backups
    answer = Answer(None)
    ask_save_path(None, "Save", "a.pdf", "PDF (*.pdf)")
    assert answer.folder == backups


def test_a_name_typed_without_extension_gets_the_chosen_type(documents: Path) -> None:
    both = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
    Answer(documents / "名单", file_type="CSV, UTF-8 (*.csv)")
    assert ask_save_path(None, "Export", "名单.xlsx", both) == documents / "名单.csv"
    Answer(documents / "名单")
    assert ask_save_path(None, "Export", "名单.xlsx", both) == documents / "名单.xlsx"


@pytest.mark.parametrize(
    ("name", "file_type", "expected"),
    [
        ("名单", XLSX, "名单.xlsx"),
        ("名单.XLSX", XLSX, "名单.XLSX"),
        ("2026.12", XLSX, "2026.12.xlsx"),
        ("名单.xlsx", "CSV, UTF-8 (*.csv)", "名单.xlsx.csv"),
        ("备份", "All files (*)", "备份"),
        ("名单", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)", "名单"),
    ],
)
def test_with_extension(name: str, file_type: str, expected: str) -> None:
    assert with_extension(Path(name), file_type) == Path(expected)


def test_the_import_template_is_saved_where_the_user_chose(documents: Path) -> None:
    answer = Answer(documents / "新增模板")
    path = ask_and_save_template(DeclarationType.ADD)
    assert answer.folder == documents and answer.proposed[0].endswith(".xlsx")
    assert path == documents / "新增模板.xlsx"
    load_workbook(path, read_only=True).close()


def test_every_file_dialog_of_the_program_goes_through_file_dialogs() -> None:
    """A dialog opened directly would start in the working folder again (on Windows the install folder)."""
    gui = Path(__file__).resolve().parents[2] / "ssclient" / "gui"
    direct = [
        path.relative_to(gui).as_posix()
        for path in gui.rglob("*.py")
        if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert direct == []


def test_a_typed_csv_stays_a_csv_whichever_type_was_selected() -> None:
    both = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
    assert with_extension(Path("明细.csv"), "Excel workbook (*.xlsx)", offered=both) == Path("明细.csv")
    assert with_extension(Path("明细"), "Excel workbook (*.xlsx)", offered=both) == Path("明细.xlsx")


def _answer_question(yes: bool, seen: list[str]) -> None:
    """Answer the next message box (the replace question) Yes or No, noting its text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)


def test_replacing_a_file_the_dialog_never_saw_is_asked_first(documents: Path) -> None:
    """The dialog asks before replacing "名单"; it never saw "名单.xlsx", the name the extension made."""
    existing = documents / "名单.xlsx"
    existing.write_bytes(b"last month's")
    seen: list[str] = []
    Answer(documents / "名单")
    _answer_question(False, seen)
    assert ask_save_path(None, "Export", "名单.xlsx", XLSX) is None
    assert seen == ["名单.xlsx already exists. Replace it?"] and existing.read_bytes() == b"last month's"

    Answer(documents / "名单")
    _answer_question(True, seen)
    assert ask_save_path(None, "Export", "名单.xlsx", XLSX) == existing


def test_a_proposed_place_that_is_gone_starts_in_the_starting_folder(documents: Path, tmp_path: Path) -> None:
    """The import report is proposed beside the sheet it checked: the stick it was on may be gone."""
    answer = Answer(None)
    ask_save_path(None, "Export the report", str(tmp_path / "removed stick" / "报告.xlsx"), XLSX)
    assert answer.folder == documents and answer.proposed == ["报告.xlsx"]
    answer = Answer(None)
    ask_open_path(None, "Open", XLSX, start=str(tmp_path / "removed stick" / "名单.xlsx"))
    assert answer.folder == documents
