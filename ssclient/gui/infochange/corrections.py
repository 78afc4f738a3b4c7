"""What an information change corrects, beside what the roster has: a row per corrected fact."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ssclient.app.info_change import FieldChange
from ssclient.domain.enums import HukouType, IdType


def fact_name(field: str) -> str:
    """The name of a fact an information change corrects, in the user's language."""
    # Literal contexts, so that pyside6-lupdate finds every string.
    translate = QCoreApplication.translate
    names = {
        "name": translate("InfoChangeFacts", "Name"),
        "id_type": translate("InfoChangeFacts", "ID type"),
        "nationality": translate("InfoChangeFacts", "Nationality"),
        "hukou_type": translate("InfoChangeFacts", "Household registration"),
        "migrant_worker": translate("InfoChangeFacts", "Migrant worker"),
        "migrant_insurance": translate("InfoChangeFacts", "Migrant-worker insurance"),
        "province": translate("InfoChangeFacts", "Home province"),
        "city": translate("InfoChangeFacts", "Home city"),
        "county": translate("InfoChangeFacts", "Home county"),
        "region": translate("InfoChangeFacts", "Home region"),
    }
    return names.get(field, field)


def fact_text(field: str, value: str) -> str:
    """A fact as the roster keeps it (codes, 是/否), in words in the user's language."""
    # Literal contexts, so that pyside6-lupdate finds every string.
    translate = QCoreApplication.translate
    if not value:
        return translate("InfoChangeFacts", "(not recorded)")
    if field == "id_type" and value in set(IdType):
        return {
            IdType.RESIDENT: translate("InfoChangeFacts", "Resident ID card"),
            IdType.HMT_RESIDENCE: translate("InfoChangeFacts", "Hong Kong, Macao or Taiwan residence permit"),
            IdType.FOREIGN_PERMANENT: translate("InfoChangeFacts", "Foreign permanent resident ID card"),
            IdType.PASSPORT: translate("InfoChangeFacts", "Passport"),
        }[IdType(value)]
    if field == "hukou_type" and value in set(HukouType):
        return (
            f"{value} "
            + {
                HukouType.LOCAL_URBAN: translate("InfoChangeFacts", "Local urban"),
                HukouType.NONLOCAL_URBAN: translate("InfoChangeFacts", "Non-local urban"),
                HukouType.LOCAL_RURAL: translate("InfoChangeFacts", "Local rural"),
                HukouType.NONLOCAL_RURAL: translate("InfoChangeFacts", "Non-local rural"),
                HukouType.RESIDENT: translate("InfoChangeFacts", "Resident (unified registration)"),
            }[HukouType(value)]
        )
    if field in ("migrant_worker", "migrant_insurance") and value in ("是", "否"):
        return translate("InfoChangeFacts", "Yes") if value == "是" else translate("InfoChangeFacts", "No")
    return value


class CorrectionsTable(QTableWidget):
    """Each corrected fact: its name, what the roster has, and the correction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("correctionsTable")
        self.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("On the roster"), self.tr("Corrected")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Room for every fact an information change corrects but the home region's three.
        self.setMinimumHeight(7 * self.verticalHeader().defaultSectionSize())

    def show_changes(self, changes: Sequence[FieldChange]) -> None:
        self.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (
                fact_name(change.field),
                fact_text(change.field, change.old),
                fact_text(change.field, change.new),
            )
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (fact, on the roster, corrected)."""
        return [
            tuple(item.text() if (item := self.item(row, column)) is not None else "" for column in range(3))
            for row in range(self.rowCount())
        ]
