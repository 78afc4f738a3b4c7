"""Forms from Qt Designer files in ui/, loaded at run time with QUiLoader.

Not `loadUiType`: that needs `pyside6-uic` at run time, which a frozen build does not have. Files are found
through `ssclient.assets.ui_form`, the one asset-path helper that works from source and frozen.

Mandatory fields carry a red `*` before their label. In Designer, give the field widget a dynamic
boolean property ``required`` = true; `load_form` marks the label that names it (its buddy, or its label
in a QFormLayout). In code, call `mark_required(label)`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ssclient import assets

if TYPE_CHECKING:
    # Imported where used: the log-in window, built in code, takes only the helpers for labels from here,
    # and each of these classes costs about a millisecond the first time (see _RICH_TEXT).
    from PySide6.QtUiTools import QUiLoader
    from PySide6.QtWidgets import QTableWidget

REQUIRED_COLOR = "#d4380d"
DIALOG_MARGIN = 16
_REQUIRED_PROPERTY = "required"
_MARKED_PROPERTY = "requiredMarked"

W = TypeVar("W", bound=QWidget)
Q = TypeVar("Q", bound=QObject)


class FormError(RuntimeError):
    """A form file that is missing or cannot be read: a broken installation, not a user error."""


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ui/<name> (".ui" may be left out) as a widget; required fields get their red `*`.

    Children are found with `child(form, QLineEdit, "unitCode")`. Strings in the file are translated
    with the form's class name as context, as Qt Linguist extracts them.
    """
    from PySide6.QtCore import QFile, QIODevice

    file_name = name if name.endswith(".ui") else f"{name}.ui"
    path = assets.ui_form(file_name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open form {path}: {handle.errorString()}")
    try:
        loader = _loader()
        form = loader.load(handle, parent)
    finally:
        handle.close()
    if form is None:
        raise FormError(f"cannot load form {path}: {loader.errorString()}")
    mark_required_fields(form)
    return form


@cache
def _loader() -> QUiLoader:
    """One loader for every form: making one scans Qt's plugin folders, which takes a while."""
    from PySide6.QtUiTools import QUiLoader

    return QUiLoader()


def embed_form(host: QWidget, name: str, margins: int = DIALOG_MARGIN) -> QWidget:
    """Load ui/<name> and lay it out as the whole content of `host` (a dialog or a tab), with margins."""
    form = load_form(name, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.addWidget(form)
    # The loader marks a default button before the form belongs to `host`, so a dialog never learns of it
    # and makes its first button the default (a hidden page's, or Cancel): Enter in a field would press it.
    for button in children(form, QPushButton):
        if button.isDefault():
            button.setDefault(False)
            button.setDefault(True)
    return form


def scroll_form(host: QWidget, form: QWidget, below: QWidget) -> None:
    """Let a form embedded in `host` scroll, with `below` (its buttons) taken out of it and kept under it:
    a form taller than a small screen scrolls while its buttons stay in view."""
    from PySide6.QtWidgets import QFrame, QLayout, QScrollArea

    layout = host.layout()
    assert isinstance(layout, QVBoxLayout), "embed_form gives the host a vertical layout"
    for inner in children(form, QLayout):
        if inner.indexOf(below) >= 0:
            inner.removeWidget(below)
    scroll = QScrollArea(host)
    scroll.setObjectName(f"{form.objectName()}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    layout.replaceWidget(form, scroll)
    scroll.setWidget(form)
    layout.addWidget(below)


def fit_on_screen(window: QWidget, wanted: QSize) -> None:
    """Resize `window` to `wanted`, but no larger than the screen it is on leaves room for (a 1366×768
    laptop's task bar and the title bar): a dialog taller than the screen hides its buttons."""
    room = window.screen().availableGeometry()
    window.resize(min(wanted.width(), room.width() * 19 // 20), min(wanted.height(), room.height() * 9 // 10))


def children(parent: QObject, kind: type[Q]) -> list[Q]:
    """`parent.findChildren(kind)`, typed (PySide6 6.8's stubs leave the element type open)."""
    return cast(list[Q], parent.findChildren(kind))


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The named child of a loaded form, with its type checked (a wrong name fails loudly and early)."""
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"form {form.objectName()!r} has no {kind.__name__} named {name!r}")
    return found


# Qt enum values that the log-in window's widgets take, set through the Qt property by number: the first
# use of `PySide6.QtCore.Qt` builds every enum of Qt's namespace as a Python enum at once (15 to 20 ms),
# which would then come before the first window instead of after it.
_RICH_TEXT = 1  # Qt.TextFormat.RichText
_ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter)


def align_center(label: QLabel) -> None:
    """`label.setAlignment(Qt.AlignmentFlag.AlignCenter)`, without building Qt's enums (see _RICH_TEXT)."""
    label.setProperty("alignment", _ALIGN_CENTER)


# Most messages under a field take one or two lines in a form's column.
MESSAGE_LINES = 2


def message_room(message: QLabel) -> int:
    """The height kept for a message under a field."""
    return MESSAGE_LINES * message.fontMetrics().lineSpacing()


def reserve_space(message: QLabel, reserve: bool = True) -> None:
    """Keep room for a message under a field while it is hidden, so that the fields below do not move
    when it appears or goes (a click would land in the wrong field). Only for grid and box layouts: a
    form layout drops hidden rows whatever they keep."""
    policy = message.sizePolicy()
    policy.setRetainSizeWhenHidden(reserve)
    message.setSizePolicy(policy)
    message.setMinimumHeight(message_room(message) if reserve else 0)
    from PySide6.QtCore import Qt  # not at the top: see _RICH_TEXT

    message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def show_row(widget: QWidget, visible: bool) -> None:
    """Show or hide `widget`; in a QFormLayout its whole row, so that a hidden row leaves no gap (for the
    message lines under fields that appear only when there is something to say)."""
    parent = widget.parentWidget()
    if parent is not None:
        for layout in children(parent, QFormLayout):
            if layout.indexOf(widget) >= 0:
                layout.setRowVisible(widget, visible)
                return
    widget.setVisible(visible)


def mark_required_fields(form: QWidget) -> None:
    """Put the red `*` on the label of every widget whose ``required`` property is true."""
    labels = _labels_by_field(form)
    for widget in children(form, QWidget):
        if widget.property(_REQUIRED_PROPERTY) is True and widget in labels:
            mark_required(labels[widget])


def mark_required(label: QLabel) -> None:
    """Prefix a label with a red `*` (once; calling again does nothing)."""
    if label.property(_MARKED_PROPERTY):
        return
    label.setProperty(_MARKED_PROPERTY, True)
    label.setProperty("textFormat", _RICH_TEXT)  # setTextFormat(Qt.TextFormat.RichText); see _RICH_TEXT
    label.setText(required_label_html(label.text()))


def required_label_html(text: str) -> str:
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")  # rich text has no mnemonics
    escaped = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<span style="color:{REQUIRED_COLOR};">*</span>&nbsp;{escaped}'


def _labels_by_field(form: QWidget) -> dict[QWidget, QLabel]:
    labels: dict[QWidget, QLabel] = {}
    for label in children(form, QLabel):
        buddy = label.buddy()
        if buddy is not None:
            labels[buddy] = label
    for layout in children(form, QFormLayout):
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            row_label, row_field = label_item.widget(), field_item.widget()
            if isinstance(row_label, QLabel) and row_field is not None:
                labels.setdefault(row_field, row_label)
    return labels


def row_table(parent: QWidget, name: str, headers: list[str], stretch: int) -> QTableWidget:
    """A read-only list of rows chosen one at a time (operators, mandates): columns as wide as their
    contents, the `stretch` one taking the room left."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
