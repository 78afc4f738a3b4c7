"""The person form's identity fields: the ID type (证件类型), a passport holder's nationality, and a woman's
retirement category. Kept apart from person_form.py, which only wires them in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ssclient.app.documents_rules import parse_id_type, parse_womens_category
from ssclient.domain.enums import IdType, WomensCategory


def fill_identity_choices(id_type: QComboBox, womens_category: QComboBox) -> None:
    """The ID types (a resident ID card stored as "", the default every older line has) and the categories."""
    # Literal calls in the form's own context, so that pyside6-lupdate finds every string.
    translate = QCoreApplication.translate
    names = {
        IdType.RESIDENT: translate("PersonLineForm", "Resident ID card"),
        IdType.HMT_RESIDENCE: translate("PersonLineForm", "Hong Kong, Macao or Taiwan residence permit"),
        IdType.FOREIGN_PERMANENT: translate("PersonLineForm", "Foreign permanent resident ID card"),
        IdType.PASSPORT: translate("PersonLineForm", "Passport"),
    }
    for kind, name in names.items():
        id_type.addItem(name, stored_id_type(kind.value))
    womens_category.addItem(translate("PersonLineForm", "(not needed)"), "")
    womens_category.addItem(translate("PersonLineForm", "Worker"), WomensCategory.WORKER.value)
    womens_category.addItem(translate("PersonLineForm", "Cadre"), WomensCategory.CADRE.value)


def stored_id_type(text: str) -> str:
    """An ID type as a line stores it: "" for a resident ID card (and for text that names none)."""
    kind = parse_id_type(text)
    return "" if kind is None or kind is IdType.RESIDENT else kind.value


def is_passport(stored: str) -> bool:
    return stored == IdType.PASSPORT.value


def stored_womens_category(text: str) -> str:
    found = parse_womens_category(text)
    return found.value if found else ""
