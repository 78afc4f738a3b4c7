"""The menu entries for the main window: "Import from spreadsheet…" and "Save template…" (a submenu
with one entry per declaration type).

    for action in import_actions(ctx, main_window):
        documents_menu.addAction(action)

Object names: ``importSpreadsheet`` and ``saveTemplate`` (its submenu's entries ``saveTemplate_<type>``).
A double-click on a finding of an imported row opens the line in the main window's document editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.imports.kinds import IMPORT_KINDS

SAVED_MESSAGE_MS = 20_000  # long enough to read a long path, then the status bar shows the unit again

if TYPE_CHECKING:  # the dialog, the reader and the store load when first used, not with the main window
    from ssclient.gui.imports.import_dialog import ImportDialog


def import_actions(ctx: AppContext, main_window: QWidget) -> list[QAction]:
    """[Import from spreadsheet…, Save template… (a submenu by declaration type)], parented to the window."""
    importing = QAction(QCoreApplication.translate("ImportActions", "Import from spreadsheet…"), main_window)
    importing.setObjectName("importSpreadsheet")
    importing.triggered.connect(lambda: open_import_dialog(ctx, main_window))

    templates = QMenu(QCoreApplication.translate("ImportActions", "Save template…"), main_window)
    templates.setObjectName("saveTemplateMenu")
    # Filled when first opened: the type names come with the documents' texts, not needed before.
    templates.aboutToShow.connect(lambda: _fill_template_menu(templates, main_window))
    saving = templates.menuAction()
    saving.setObjectName("saveTemplate")
    return [importing, saving]


def _fill_template_menu(menu: QMenu, parent: QWidget) -> None:
    if menu.actions():
        return
    from ssclient.gui.documents.texts import document_title

    for kind in IMPORT_KINDS:
        entry = menu.addAction(document_title(kind))
        entry.setObjectName(f"saveTemplate_{kind.value}")
        entry.triggered.connect(lambda _checked=False, k=kind: _save_template(k, parent))


def _save_template(kind: DeclarationType, parent: QWidget) -> None:
    """Ask where, save, and say where it went and what comes next (in the main window's status bar)."""
    from ssclient.gui.imports.template_action import ask_and_save_template

    path = ask_and_save_template(kind, parent)
    if path is not None and isinstance(parent, QMainWindow):
        said = QCoreApplication.translate(
            "ImportActions",
            "The template was saved to %1. Fill it in with Excel, then bring it in with “Import from spreadsheet…”.",
        )
        parent.statusBar().showMessage(said.replace("%1", str(path)), SAVED_MESSAGE_MS)


def open_import_dialog(
    ctx: AppContext, main_window: QWidget, kind: DeclarationType | None = None
) -> ImportDialog:
    """The import window, beside the main window (not modal: the editor opens next to the report)."""
    from ssclient.gui.imports.import_dialog import ImportDialog

    dialog = ImportDialog(ctx, kind, main_window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_line_requested.connect(
        lambda declaration_id, path: open_draft_line(main_window, dialog.draft_kind, declaration_id, path)
    )
    draft_box = getattr(main_window, "actions_by_name", {}).get("draftBox")  # the main window's My documents
    if draft_box is not None:
        dialog.draft_box_requested.connect(draft_box.trigger)
    dialog.show()
    return dialog


def open_draft_line(
    host: object, kind: DeclarationType, declaration_id: int, field_path: str
) -> QWidget | None:
    """Open the draft (a document of `kind`) in the host's editor at the line and field `field_path` names
    (lines[3].name). The host is the main window: its `open_editor(kind, declaration_id)` opens (or shows)
    the document's tab; an editor with `focus_finding(path)` (the personnel editor, the base-change form)
    then selects the line and field, once it has read the document."""
    open_editor = getattr(host, "open_editor", None)
    if open_editor is None:
        return None
    editor: QWidget = open_editor(kind, declaration_id)
    focus = getattr(editor, "focus_finding", None)
    if focus is not None and field_path:
        focus(field_path)
    window = editor.window()
    window.raise_()
    window.activateWindow()
    return editor
